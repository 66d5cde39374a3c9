#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace armcpg {

class Database;

// What the sync runs of this workstation did (the local sync_log table, written by SyncClient::run), for the
// Sync page. Read-only: the lines are written by the sync itself.
class SyncLog
{
public:
    struct Entry
    {
        qint64 seq = 0;
        QDateTime at; // UTC
        QString level; // "info", "warning", "error"
        QString message;
    };

    // The latest lines, newest first; empty when there are none (or on a database without the table).
    static QList<Entry> recent(Database& db, int limit = 200);

    // A run that never reached SyncClient::run (the centre unreachable, a wrong password): recorded in the state
    // SyncStatus reads (last attempt, last error), as SyncClient records its own runs.
    static bool recordFailedAttempt(Database& db, const QString& error);
};

} // namespace armcpg
