#include "NumberSequence.h"

#include "storage/Database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace armcpg {

qint64 NumberSequence::next(Database& db, const QString& kind, const QString& organisation, int year)
{
    // One statement, atomic on both databases: processes of one device never draw the same value.
    QSqlQuery q = db.prepare(u"INSERT INTO number_sequence (kind, organisation_code, device, year, last_value) "
                             "VALUES (?, ?, ?, ?, 1) ON CONFLICT (kind, organisation_code, device, year) "
                             "DO UPDATE SET last_value = number_sequence.last_value + 1 RETURNING last_value"_s);
    q.addBindValue(kind);
    q.addBindValue(organisation);
    q.addBindValue(db.deviceId());
    q.addBindValue(year);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QString NumberSequence::format(const QString& organisation, int year, const QString& deviceId, qint64 value,
                               const QString& prefix)
{
    return u"%1%2-%3-%4-%5"_s.arg(prefix, organisation).arg(year).arg(devicePart(deviceId)).arg(value, 6, 10, QLatin1Char('0'));
}

QString NumberSequence::devicePart(const QString& deviceId)
{
    return QString(deviceId).remove(u'-').left(6).toUpper();
}

} // namespace armcpg
