#pragma once

#include <QDateTime>

namespace armcpg {

class Database;

// What the status bar says about sync until the sync itself exists: changes waiting in the outbox.
struct OutboxStatus
{
    int pending = 0;
    QDateTime oldest; // when the oldest waiting change was made (UTC); invalid when none

    static OutboxStatus read(Database& db);
};

} // namespace armcpg
