#pragma once

#include "common/Problem.h"
#include "prereg/PreRegistration.h"
#include "queue/QueueTicket.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace armcpg {

class Database;
class Session;

// On the reception day a person signed up by pre-registration checks in to the electronic queue (issue 7; R-3,
// at the kiosk with their IIN or the request's number, or at a desk. The ticket is of the "prereg" service
// (seeded in resources/seed/queue/services.csv), carries the appointment time — the request's, or the start of
// the schedule line's hours when none was given — and QueueOrder calls it when that time has come, ahead of the
// walk-ins (migration 0006). A request is checked in once while its ticket is open.
class PreRegistrationCheckIn
{
    Q_DECLARE_TR_FUNCTIONS(PreRegistrationCheckIn)

public:
    static inline const QString kServiceCode = QStringLiteral("prereg");

    explicit PreRegistrationCheckIn(Database& db) : m_db(db) {}

    // Today's persons signed up whose IIN or request number is `iinOrNumber`, by appointment time.
    QList<PreRegistration> find(const QString& iinOrNumber);
    // The request a visitor checking in with `iinOrNumber` comes for: the first appointment of the day not checked in
    // yet; else the first whose ticket is closed (sent back to the queue); nullopt when nobody is signed up today or
    // every request has its ticket open.
    std::optional<PreRegistration> next(const QString& iinOrNumber);
    // Issues the ticket for the request in the visitor's language ("kk" or "ru", R-45). Refused, naming the field,
    // for a request not signed up, a reception on another day, a second check-in while the first ticket is open,
    // and whatever QueueService refuses (the kiosk's program session or the Центр's staff may issue).
    std::optional<QueueTicket> checkIn(const Session& by, const QString& requestId, const QString& language,
                                       Problems* problems, const QString& deskCode = {});
    // The day's check-in tickets by request id (the latest ticket of each request).
    QHash<QString, QueueTicket> tickets(const QDate& day = {});

private:
    Database& m_db;
};

} // namespace armcpg
