#include "QueueOrder.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace armcpg {

int QueueOrder::tier(const QueueTicket& ticket, const QDateTime& now)
{
    if (ticket.isOutOfTurn())
        return 0;
    if (ticket.isPreRegistered() && ticket.appointmentAt <= now) // at the appointment time
        return 1;
    if (ticket.outOfTown) // the same day
        return 2;
    return 3; // order of arrival
}

bool QueueOrder::isCallable(const QueueTicket& ticket, const QDateTime& now)
{
    return ticket.state == TicketState::Waiting && (!ticket.readyAt.isValid() || ticket.readyAt <= now);
}

bool QueueOrder::before(const QueueTicket& a, const QueueTicket& b, const QDateTime& now)
{
    const int ta = tier(a, now), tb = tier(b, now);
    if (ta != tb)
        return ta < tb;
    if (a.rankAt != b.rankAt)
        return a.rankAt < b.rankAt;
    if (a.issuedAt != b.issuedAt)
        return a.issuedAt < b.issuedAt;
    if (a.seq != b.seq)
        return a.seq < b.seq;
    return a.serviceCode < b.serviceCode;
}

QList<QueueTicket> QueueOrder::sorted(QList<QueueTicket> tickets, const QDateTime& now)
{
    std::stable_sort(tickets.begin(), tickets.end(), [&now](const QueueTicket& a, const QueueTicket& b) {
        const bool ca = isCallable(a, now), cb = isCallable(b, now);
        if (ca != cb)
            return ca;
        if (!ca && a.readyAt != b.readyAt) // both later: the one that comes back first
            return a.readyAt < b.readyAt;
        return before(a, b, now);
    });
    return tickets;
}

QString QueueOrder::orderBySql()
{
    // Keep in step with tier() and before(). The one parameter is "now" (QueueSql::time).
    return u"CASE WHEN priority_code IS NOT NULL THEN 0 "
           "WHEN appointment_at IS NOT NULL AND appointment_at <= ? THEN 1 "
           "WHEN out_of_town = {{TRUE}} THEN 2 ELSE 3 END, rank_at, issued_at, seq, service_code"_s;
}

} // namespace armcpg
