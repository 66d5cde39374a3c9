#include "QueueEvent.h"

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
struct KindCode
{
    QueueEventKind kind;
    const char16_t* code;
};
constexpr KindCode kKinds[] = {{QueueEventKind::Issued, u"issued"},         {QueueEventKind::Called, u"called"},
                               {QueueEventKind::Recalled, u"recalled"},     {QueueEventKind::Started, u"started"},
                               {QueueEventKind::Redirected, u"redirected"}, {QueueEventKind::Postponed, u"postponed"},
                               {QueueEventKind::NoShow, u"no_show"},        {QueueEventKind::Finished, u"finished"}};
} // namespace

QString queueEventCode(QueueEventKind kind)
{
    for (const KindCode& k : kKinds) {
        if (k.kind == kind)
            return QString::fromUtf16(k.code);
    }
    return {};
}

bool queueEventFromCode(const QString& code, QueueEventKind* kind)
{
    for (const KindCode& k : kKinds) {
        if (code == QStringView(k.code)) {
            *kind = k.kind;
            return true;
        }
    }
    return false;
}

QJsonObject QueueEvent::toJson() const
{
    QJsonObject o{{u"seq"_s, seq},
                  {u"ticket_id"_s, ticketId},
                  {u"number"_s, number},
                  {u"day"_s, day.toString(Qt::ISODate)},
                  {u"at"_s, at.toUTC().toString(Qt::ISODateWithMs)},
                  {u"kind"_s, queueEventCode(kind)},
                  {u"service"_s, serviceCode}};
    if (!deskCode.isEmpty())
        o.insert(u"desk"_s, deskCode);
    if (!userLogin.isEmpty())
        o.insert(u"user"_s, userLogin);
    if (!comment.isEmpty())
        o.insert(u"comment"_s, comment);
    if (!detail.isEmpty())
        o.insert(u"detail"_s, detail);
    return o;
}

} // namespace armcpg
