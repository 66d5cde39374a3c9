#include "SyncStatus.h"

#include "storage/Database.h"
#include "sync/ConflictService.h"
#include "sync/OutboxStatus.h"
#include "sync/SyncLog.h"

using namespace Qt::StringLiterals;

namespace armcpg {

SyncStatus SyncStatus::read(Database& db)
{
    SyncStatus status;
    const OutboxStatus outbox = OutboxStatus::read(db);
    status.pending = outbox.pending;
    status.oldestPending = outbox.oldest;
    status.server = db.localState(u"sync.server"_s);
    status.automatic = db.localState(u"sync.automatic"_s) != u"off";
    status.lastSuccess = QDateTime::fromString(db.localState(u"sync.last_success"_s), Qt::ISODateWithMs).toUTC();
    status.lastAttempt = QDateTime::fromString(db.localState(u"sync.last_attempt"_s), Qt::ISODateWithMs).toUTC();
    status.lastError = db.localState(u"sync.last_error"_s);
    status.openConflicts = ConflictService(db).openCount();
    return status;
}

bool SyncStatus::setServer(Database& db, const QString& address, bool automatic, QString* error)
{
    return db.setLocalState(u"sync.server"_s, address, error)
           && db.setLocalState(u"sync.automatic"_s, automatic ? u"on"_s : u"off"_s, error);
}

void SyncStatus::recordAttempt(Database& db, const QString& error, const QString& summary, bool complete)
{
    const QString now = db.clock().now().toUTC().toString(Qt::ISODateWithMs);
    db.setLocalState(u"sync.last_attempt"_s, now);
    if (error.isEmpty() && complete)
        db.setLocalState(u"sync.last_success"_s, now);
    db.setLocalState(u"sync.last_error"_s, error);
    SyncLog::append(db, error.isEmpty() ? u"info"_s : u"error"_s, error.isEmpty() ? summary : error);
}

} // namespace armcpg
