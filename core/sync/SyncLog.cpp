#include "SyncLog.h"

#include "storage/Database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace armcpg {

QList<SyncLog::Entry> SyncLog::recent(Database& db, int limit)
{
    QList<Entry> result;
    QSqlQuery q = db.prepare(u"SELECT seq, at, level, message FROM sync_log ORDER BY seq DESC LIMIT ?"_s);
    q.addBindValue(std::max(limit, 0));
    if (!q.exec())
        return result;
    while (q.next()) {
        Entry e;
        e.seq = q.value(0).toLongLong();
        const QVariant at = q.value(1);
        e.at = at.typeId() == QMetaType::QString ? QDateTime::fromString(at.toString(), Qt::ISODateWithMs)
                                                  : at.toDateTime();
        e.at = e.at.toUTC();
        e.level = q.value(2).toString();
        e.message = q.value(3).toString();
        result.append(e);
    }
    return result;
}

bool SyncLog::append(Database& db, const QString& level, const QString& message)
{
    QSqlQuery query = db.prepare(u"INSERT INTO sync_log (at, level, message) VALUES (?, ?, ?)"_s);
    query.addBindValue(db.clock().now().toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(level);
    query.addBindValue(message);
    if (!query.exec())
        return false;
    // The log is for people: the last thousand lines are plenty.
    return db.exec(u"DELETE FROM sync_log WHERE seq <= (SELECT MAX(seq) - 1000 FROM sync_log)"_s);
}

} // namespace armcpg
