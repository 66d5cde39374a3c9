#include "OutboxStatus.h"

#include "storage/Database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace armcpg {

OutboxStatus OutboxStatus::read(Database& db)
{
    OutboxStatus status;
    QSqlQuery q = db.prepare(u"SELECT COUNT(*), MIN(created_at) FROM sync_outbox"_s);
    if (q.exec() && q.next()) {
        status.pending = q.value(0).toInt();
        status.oldest = q.value(1).toDateTime().toUTC();
    }
    return status;
}

} // namespace armcpg
