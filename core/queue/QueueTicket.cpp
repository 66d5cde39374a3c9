#include "QueueTicket.h"

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
struct StateCode
{
    TicketState state;
    const char16_t* code;
};
constexpr StateCode kStates[] = {{TicketState::Waiting, u"waiting"},
                                 {TicketState::Called, u"called"},
                                 {TicketState::Serving, u"serving"},
                                 {TicketState::Finished, u"finished"},
                                 {TicketState::NoShow, u"no_show"}};

QJsonValue timeJson(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}
QJsonValue textJson(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}
} // namespace

QString ticketStateCode(TicketState state)
{
    for (const StateCode& s : kStates) {
        if (s.state == state)
            return QString::fromUtf16(s.code);
    }
    return {};
}

bool ticketStateFromCode(const QString& code, TicketState* state)
{
    for (const StateCode& s : kStates) {
        if (code == QStringView(s.code)) {
            *state = s.state;
            return true;
        }
    }
    return false;
}

QString ticketStateName(TicketState state)
{
    switch (state) {
    case TicketState::Waiting:
        return QCoreApplication::translate("QueueTicket", "waiting");
    case TicketState::Called:
        return QCoreApplication::translate("QueueTicket", "called");
    case TicketState::Serving:
        return QCoreApplication::translate("QueueTicket", "in reception");
    case TicketState::Finished:
        return QCoreApplication::translate("QueueTicket", "finished");
    case TicketState::NoShow:
        return QCoreApplication::translate("QueueTicket", "did not come");
    }
    return {};
}

QString QueueTicket::formatNumber(const QString& prefix, int seq, int lastNumber)
{
    const int width = qMax(3, int(QString::number(lastNumber).size()));
    const QString digits = u"%1"_s.arg(seq, width, 10, QChar(u'0'));
    return prefix.isEmpty() ? digits : prefix + u'-' + digits;
}

QJsonObject QueueTicket::toJson() const
{
    return {
        {u"id"_s, id},
        {u"day"_s, day.toString(Qt::ISODate)},
        {u"number"_s, number},
        {u"service"_s, serviceCode},
        {u"language"_s, language},
        {u"priority"_s, textJson(priorityCode)},
        {u"out_of_town"_s, outOfTown},
        {u"appointment_at"_s, timeJson(appointmentAt)},
        {u"visitor_name"_s, textJson(visitorName)},
        {u"issued_at"_s, timeJson(issuedAt)},
        {u"issued_at_desk"_s, textJson(issuedAtDesk)},
        {u"state"_s, ticketStateCode(state)},
        {u"rank_at"_s, timeJson(rankAt)},
        {u"ready_at"_s, timeJson(readyAt)},
        {u"desk"_s, textJson(deskCode)},
        {u"target_desk"_s, textJson(targetDesk)},
        {u"target_user"_s, textJson(targetUser)},
        {u"called_at"_s, timeJson(calledAt)},
        {u"started_at"_s, timeJson(startedAt)},
        {u"finished_at"_s, timeJson(finishedAt)},
        {u"call_count"_s, callCount},
        {u"comment"_s, textJson(comment)},
        {u"card_id"_s, textJson(cardId)},
        {u"prereg_request_id"_s, textJson(preregRequestId)},
    };
}

} // namespace armcpg
