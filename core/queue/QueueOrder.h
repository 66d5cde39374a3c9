#pragma once

#include "queue/QueueTicket.h"

#include <QList>

namespace armcpg {

// The order in which waiting tickets are called (R-44: an electronic queue in order of arrival, R-9):
//   tier 0  out-of-turn categories of R-9 (participants of the Great Patriotic War and equated persons, persons
//           with disabilities, pregnant women, «Алтын Қыран», «Халық қаһарманы», «Еңбек Ері»);
//   tier 1  pre-registered visitors whose appointment time has come, by appointment time;
//   tier 2  out-of-town visitors (R-8: received the day they come, regardless of the schedule). The program
//           places them before ordinary walk-ins so that the same-day rule holds even late in the day; among
//           themselves they go by arrival (decision recorded in README, "Electronic queue");
//   tier 3  everybody else, by arrival. A pre-registered visitor whose time has not come yet waits here at
//           the time of the appointment, so an early arrival is not served ahead of those who came before it.
// Within a tier: rankAt (arrival; the appointment for pre-registered visitors; for a postponed ticket the
// time it was postponed to), then issue time, then number. A redirected ticket keeps its rankAt: its place.
// A ticket is callable only from its readyAt (a postponed ticket comes back after that time).
class QueueOrder
{
public:
    static int tier(const QueueTicket& ticket, const QDateTime& now);
    static bool isCallable(const QueueTicket& ticket, const QDateTime& now);
    // True when a is called before b at the moment now.
    static bool before(const QueueTicket& a, const QueueTicket& b, const QDateTime& now);
    // The waiting tickets in call order (those not yet callable at now last, by readyAt).
    static QList<QueueTicket> sorted(QList<QueueTicket> tickets, const QDateTime& now);

    // The same order as SQL for "call next": an ORDER BY clause over queue_ticket columns that takes the
    // moment "now" as one bound parameter (the same ISO text the columns hold). tst_queueorder checks that
    // the SQL and the C++ agree.
    static QString orderBySql();
};

} // namespace armcpg
