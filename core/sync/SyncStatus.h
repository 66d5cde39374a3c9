#pragma once

#include <QDateTime>
#include <QString>

namespace armcpg {

class Database;

// What the status bar and the Sync page say: when the last sync succeeded, what waits to be pushed, what waits
// for a person. The sync address is kept in the laptop's database file (its identity travels with its data);
// the password never is: libpq finds it (PGPASSWORD, ~/.pgpass) or the workstation asks.
struct SyncStatus
{
    QString server;          // postgresql://role@host:port/db?sslmode=..., empty when this laptop does not sync
    bool automatic = true;   // sync whenever the centre is reachable
    int pending = 0;         // changes in the outbox
    QDateTime oldestPending; // UTC; invalid when none
    QDateTime lastSuccess;   // UTC; invalid when never
    QDateTime lastAttempt;
    QString lastError;
    int openConflicts = 0;

    static SyncStatus read(Database& db);
    static bool setServer(Database& db, const QString& address, bool automatic, QString* error = nullptr);
    // The end of a sync attempt, whether it reached the centre or not: last attempt, last success (a complete run
    // without error), last error, and a line in the sync log.
    static void recordAttempt(Database& db, const QString& error, const QString& summary = {}, bool complete = true);
};

} // namespace armcpg
