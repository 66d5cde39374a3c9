#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace armcpg {

class Database;

// What the sync runs of this workstation did (the local sync_log table), for the Sync page.
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

    // Adds a line; the last thousand are kept.
    static bool append(Database& db, const QString& level, const QString& message);
};

} // namespace armcpg
