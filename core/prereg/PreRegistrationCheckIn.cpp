#include "PreRegistrationCheckIn.h"

#include "prereg/PreRegistrationService.h"
#include "queue/QueueService.h"
#include "schedule/ScheduleService.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace armcpg {

QList<PreRegistration> PreRegistrationCheckIn::find(const QString& iinOrNumber)
{
    return PreRegistrationService(m_db).registeredOn(m_db.clock().today(), iinOrNumber);
}

std::optional<PreRegistration> PreRegistrationCheckIn::next(const QString& iinOrNumber)
{
    const QList<PreRegistration> found = find(iinOrNumber);
    if (found.isEmpty())
        return std::nullopt;
    const QHash<QString, QueueTicket> issued = tickets();
    for (const PreRegistration& p : found) {
        if (!issued.contains(p.id))
            return p;
    }
    for (const PreRegistration& p : found) {
        if (!issued.value(p.id).isOpen())
            return p;
    }
    return found.first(); // checking it in again names its open ticket
}

std::optional<QueueTicket> PreRegistrationCheckIn::checkIn(const Session& by, const QString& requestId,
                                                           const QString& language, Problems* problems,
                                                           const QString& deskCode)
{
    const auto request = PreRegistrationService(m_db).load(requestId);
    if (!request) {
        problems->append({tr("Request"), tr("Request: there is no such request")});
        return std::nullopt;
    }
    if (request->state != PreRegistration::State::Registered) {
        problems->append({tr("Request"), tr("Request %1: the person is not signed up (%2)")
                                             .arg(request->number, PreRegistration::stateName(request->state))});
        return std::nullopt;
    }
    const QDate today = m_db.clock().today();
    if (request->receptionOn != today) {
        problems->append({tr("Reception date"), tr("Request %1: the reception is on %2; check-in is on that day")
                                                    .arg(request->number, request->receptionOn.toString(u"dd.MM.yyyy"_s))});
        return std::nullopt;
    }
    QTime at = request->appointmentAt;
    if (!at.isValid()) {
        const auto line = ScheduleService(m_db).load(request->scheduleId);
        at = line ? line->startsAt : ScheduleEntry::kOpens;
    }
    TicketRequest ticket;
    ticket.serviceCode = kServiceCode;
    ticket.language = language;
    ticket.outOfTown = request->outOfTown;
    ticket.appointmentAt = QDateTime(today, at);
    ticket.visitorName = request->applicantName;
    ticket.deskCode = deskCode;
    ticket.preregRequestId = request->id;
    return QueueService(m_db).issue(by, ticket, problems);
}

QHash<QString, QueueTicket> PreRegistrationCheckIn::tickets(const QDate& day)
{
    QHash<QString, QueueTicket> result;
    // Newest first: the first ticket seen of a request is its latest.
    for (const QueueTicket& t : QueueService(m_db).checkIns(day)) {
        if (!result.contains(t.preregRequestId))
            result.insert(t.preregRequestId, t);
    }
    return result;
}

} // namespace armcpg
