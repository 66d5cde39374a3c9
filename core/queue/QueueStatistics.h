#pragma once

#include "common/Problem.h"
#include "queue/QueueStats.h"
#include "queue/QueueTicket.h"

#include <QCoreApplication>
#include <optional>

namespace armcpg {

class Database;
class Session;

// The estimated wait for a ticket of a service (ZMS #878): average service time × people ahead ÷ active desks.
struct WaitEstimate
{
    int peopleAhead = 0;
    int activeDesks = 1;              // desks serving the service with a queue event in the last hour, else all of them
    double averageServiceMinutes = 0; // from the log of the last 14 days, else the service's configured minutes
    int minutes = 0;

    QJsonObject toJson() const;
};

// Whether the longest current wait passed the centre's threshold (the head's alert, Qmatic).
struct WaitAlert
{
    bool exceeded = false;
    int longestWaitMinutes = 0;
    int thresholdMinutes = 0;
    QString ticketNumber; // the ticket waiting longest
    int waitingOverThreshold = 0;

    QJsonObject toJson() const;
};

// Reads the queue's event log into statistics, estimates and alerts.
class QueueStatistics
{
    Q_DECLARE_TR_FUNCTIONS(QueueStatistics)

public:
    explicit QueueStatistics(Database& db) : m_db(db) {}

    // A head or an administrator. from/to are days (inclusive).
    std::optional<QueueStats> compute(const Session& by, QDate from, QDate to, Problems* problems);
    // For a new walk-in ticket of the service (the talon and the kiosk show it), or for an issued ticket.
    WaitEstimate estimate(const QString& serviceCode);
    WaitEstimate estimate(const QueueTicket& ticket);
    WaitAlert waitAlert();

private:
    WaitEstimate estimateWith(const QString& serviceCode, int peopleAhead);
    Database& m_db;
};

} // namespace armcpg
