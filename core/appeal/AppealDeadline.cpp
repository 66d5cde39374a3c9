#include "AppealDeadline.h"

#include "deadline/DeadlineRule.h"

using namespace Qt::StringLiterals;

namespace armcpg {

QString AppealDeadline::ruleIdFor(const QString& kindCode, const QString& regimeCode)
{
    // I-5, I-10, I-11, I-13: appeals under these laws follow their own procedure; the АППК terms do not apply.
    static const QStringList excluded = {u"upk"_s, u"uik"_s, u"gpk"_s, u"koap"_s, u"ord"_s, u"asset_recovery"_s};
    if (excluded.contains(regimeCode))
        return {};
    // I-12: a deputy request, one month.
    if (kindCode == u"deputy_request" || regimeCode == u"parliament")
        return u"D9a"_s;
    // The regime decides first: a complaint about a prosecutor (Ch. 4) has 20 WD (I-79); a complaint about
    // another body is a сообщение, 15 WD (I-55).
    if (regimeCode == u"appk_complaint")
        return u"D27"_s;
    if (regimeCode == u"appk_simplified")
        return u"D16"_s;
    if (regimeCode == u"appk_administrative")
        return u"D15"_s;
    // Other regimes (I-14 to I-21): by the kind, "если иное не предусмотрено законами" (I-50).
    if (kindCode == u"complaint")
        return u"D27"_s;
    if (kindCode == u"report" || kindCode == u"request" || kindCode == u"proposal" || kindCode == u"response")
        return u"D16"_s;
    if (kindCode == u"statement" || kindCode == u"deputy_appeal")
        return u"D15"_s;
    return {};
}

AppealTerm AppealDeadline::term(const Appeal& appeal, const QDate& asOf) const
{
    AppealTerm t;
    t.ruleId = ruleIdFor(appeal.kindCode, appeal.regimeCode);
    const DeadlineRule* rule = t.ruleId.isEmpty() ? nullptr : m_rules.find(t.ruleId);
    const QDate received = appeal.receivedOn.isValid() ? appeal.receivedOn : appeal.registeredOn;
    if (!rule || !received.isValid()) {
        t.ruleId.clear();
        t.explanation = tr("The terms of the Administrative Procedural Code do not apply to this appeal (I-5, I-13)");
        return t;
    }
    const Due due = m_calculator.due(*rule, QDateTime(received, QTime(12, 0)));
    if (!due.computable || !due.date.isValid()) {
        t.explanation = due.explanation;
        return t;
    }
    t.applies = true;
    t.due = due.date;
    t.explanation = due.explanation;
    t.daysLeft = int(asOf.daysTo(t.due));
    const WorkCalendar& calendar = m_calculator.calendar();
    for (QDate d = asOf.addDays(1); d <= t.due; d = d.addDays(1)) {
        if (calendar.isWorkingDay(d))
            ++t.workingDaysLeft;
    }
    // I-68: the term ends with the sending of the answer, not its signing.
    const bool answered = appeal.finalAnswerSentOn.isValid();
    t.overdue = answered ? appeal.finalAnswerSentOn > t.due : asOf > t.due;
    // I-83: a complaint without a decision within its term is deemed refused from the expiry date.
    t.deemedRefused = t.ruleId == u"D27" && !answered && asOf > t.due;
    return t;
}

} // namespace armcpg
