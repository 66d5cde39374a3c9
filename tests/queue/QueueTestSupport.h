#pragma once
// Shared by the queue tests: a seeded centre database, users of each role and a clock at a local time.
#include "TestDatabase.h"

#include "common/Uuid.h"
#include "queue/QueueConfig.h"
#include "queue/QueueService.h"
#include "security/Session.h"
#include "setup/Setup.h"

#include <QTest>

namespace armcpg::test {

// Local wall-clock time of a test day (days and hours of the queue are local).
inline QDateTime at(int hour, int minute, int day = 23)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute));
}

inline Session userWith(QList<Role> roles, const QString& login)
{
    UserAccount user;
    user.id = newUuid();
    user.login = login;
    user.fullName = login;
    user.roles = std::move(roles);
    return Session(user);
}

inline Session operatorSession()
{
    return userWith({Role::Operator}, QStringLiteral("operator"));
}
inline Session kiosk()
{
    return Session::program(QStringLiteral("kiosk"));
}

inline TicketRequest walkIn(const QString& service, const QString& language = QStringLiteral("ru"))
{
    TicketRequest r;
    r.serviceCode = service;
    r.language = language;
    return r;
}

// Directories (the R-9 categories) and the queue's default services and desks.
inline bool seedCentre(Database& db, QString* error)
{
    Problems problems;
    if (Setup::initialise(db, false, &problems))
        return true;
    *error = describe(problems);
    return false;
}

} // namespace armcpg::test
