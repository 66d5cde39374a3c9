#include "Hlc.h"

#include <QStringList>

namespace armcpg {

Hlc::Hlc(QString deviceId) : m_device(std::move(deviceId)) {}

QString Hlc::tick(qint64 physicalMs)
{
    if (physicalMs > m_ms) {
        m_ms = physicalMs;
        m_counter = 0;
    } else {
        ++m_counter;
    }
    return format(m_ms, m_counter, m_device);
}

void Hlc::receive(const QString& timestamp)
{
    qint64 ms = 0;
    int counter = 0;
    if (!parse(timestamp, &ms, &counter, nullptr))
        return;
    if (ms > m_ms || (ms == m_ms && counter > m_counter)) {
        m_ms = ms;
        m_counter = counter;
    }
}

// 15 digits of milliseconds and 6 hex digits of counter: fixed width, so text order is causal order.
QString Hlc::format(qint64 ms, int counter, const QString& device)
{
    return QStringLiteral("%1-%2-%3")
        .arg(ms, 15, 10, QLatin1Char('0'))
        .arg(counter, 6, 16, QLatin1Char('0'))
        .arg(device);
}

bool Hlc::parse(const QString& timestamp, qint64* ms, int* counter, QString* device)
{
    const int first = timestamp.indexOf(u'-');
    const int second = timestamp.indexOf(u'-', first + 1);
    if (first != 15 || second != 22)
        return false;
    bool okMs = false, okCounter = false;
    *ms = timestamp.left(first).toLongLong(&okMs);
    *counter = timestamp.mid(first + 1, 6).toInt(&okCounter, 16);
    if (device)
        *device = timestamp.mid(second + 1);
    return okMs && okCounter;
}

} // namespace armcpg
