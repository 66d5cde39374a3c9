#pragma once
// Shared by the schedule and pre-registration tests: an approved schedule line through the services.
#include "common/Problem.h"
#include "schedule/ScheduleService.h"
#include "security/Session.h"

#include <QDebug>

namespace armcpg::test {

// The official receives on `weekday` (1 = Monday) every week from 2025-01-01, 10:00–13:00, in room 101; `keeper`
// saves the line and `head` approves it. The line's id; empty (with a warning) when refused.
inline QString approvedScheduleLine(Database& db, const Session& keeper, const Session& head, const QString& org,
                                    const QString& name, const QString& position, int weekday)
{
    ScheduleService schedules(db);
    ScheduleEntry e;
    e.organisationCode = org;
    e.officialName = name;
    e.positionCode = position;
    e.weekday = weekday;
    e.validFrom = QDate(2025, 1, 1);
    e.startsAt = QTime(10, 0);
    e.endsAt = QTime(13, 0);
    e.placeKk = QStringLiteral("101 каб.");
    e.placeRu = QStringLiteral("каб. 101");
    Problems problems;
    if (!schedules.save(keeper, &e, &problems) || !schedules.approve(head, e.id, &problems)) {
        qWarning() << describe(problems);
        return {};
    }
    return e.id;
}

} // namespace armcpg::test
