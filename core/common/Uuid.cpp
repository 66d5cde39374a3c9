#include "Uuid.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

#include <cstring>

namespace armcpg {

QString newUuid()
{
    // RFC 9562 UUIDv7: 48 bits of Unix milliseconds, version 7, 74 random bits, variant 10.
    quint8 bytes[16];
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i)
        bytes[i] = quint8(ms >> (8 * (5 - i)));
    quint32 random[3];
    QRandomGenerator::system()->fillRange(random);
    std::memcpy(bytes + 6, random, 10);
    bytes[6] = quint8(0x70 | (bytes[6] & 0x0F));
    bytes[8] = quint8(0x80 | (bytes[8] & 0x3F));
    return QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char*>(bytes), 16)).toString(QUuid::WithoutBraces);
}

QString stableUuid(const QString& table, const QString& naturalKey)
{
    static const QUuid kNamespace(QStringLiteral("3b0e6f3c-2c1a-4f59-9a43-0c8d5b7e21a4")); // АРМ «ЦПГ»
    return QUuid::createUuidV5(kNamespace, table + u'/' + naturalKey).toString(QUuid::WithoutBraces);
}

} // namespace armcpg
