#pragma once

#include "common/Problem.h"
#include "directory/DirectoryEntry.h"
#include "queue/QueueDesk.h"
#include "queue/QueueServiceType.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace armcpg {

class Database;
class Session;

// The centre's queue set-up: services, desks, out-of-turn categories (the directory priority_category, R-9)
// and settings. Changed by an administrator; read by everyone.
class QueueConfig
{
    Q_DECLARE_TR_FUNCTIONS(QueueConfig)

public:
    explicit QueueConfig(Database& db) : m_db(db) {}

    QList<QueueServiceType> services(bool activeOnly = false);
    std::optional<QueueServiceType> service(const QString& code);
    QList<QueueDesk> desks(bool activeOnly = false);
    std::optional<QueueDesk> desk(const QString& code);
    // The out-of-turn categories of R-9 valid today, in directory order.
    QList<DirectoryEntry> priorityCategories();

    // Administrator only. Validates (code, prefix, names, range) and names the field of each problem.
    bool saveService(const Session& by, const QueueServiceType& service, Problems* problems);
    bool saveDesk(const Session& by, const QueueDesk& desk, Problems* problems);

    // The wait in minutes after which the head is alerted (default 30).
    int alertWaitMinutes();
    bool setAlertWaitMinutes(const Session& by, int minutes, Problems* problems);

    // Seeds the default services and desks (resources/seed/queue) when the centre has none yet: idempotent.
    bool seedDefaults(Problems* problems);

private:
    bool writeService(const QueueServiceType& service, QString* error);
    bool writeDesk(const QueueDesk& desk, QString* error);
    Database& m_db;
};

} // namespace armcpg
