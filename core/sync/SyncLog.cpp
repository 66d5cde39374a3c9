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

bool SyncLog::recordFailedAttempt(Database& db, const QString& error)
{
    const QString now = db.clock().now().toUTC().toString(Qt::ISODateWithMs);
    return db.setLocalState(u"sync.last_attempt"_s, now) && db.setLocalState(u"sync.last_error"_s, error);
}

} // namespace armcpg
