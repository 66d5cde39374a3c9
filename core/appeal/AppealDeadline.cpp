#include "AppealDeadline.h"

#include "deadline/DeadlineRule.h"

#include <algorithm>

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
    measure(&t, appeal, asOf);
    return t;
}

void AppealDeadline::measure(AppealTerm* t, const Appeal& appeal, const QDate& asOf) const
{
    t->daysLeft = int(asOf.daysTo(t->due));
    t->workingDaysLeft = 0;
    const WorkCalendar& calendar = m_calculator.calendar();
    for (QDate d = asOf.addDays(1); d <= t->due; d = d.addDays(1)) {
        if (calendar.isWorkingDay(d))
            ++t->workingDaysLeft;
    }
    // I-68: the term ends with the sending of the answer, not its signing.
    const bool answered = appeal.finalAnswerSentOn.isValid();
    t->overdue = answered ? appeal.finalAnswerSentOn > t->due : asOf > t->due;
    // I-83: a complaint without a decision within its term is deemed refused from the expiry date.
    t->deemedRefused = t->ruleId == u"D27" && !answered && asOf > t->due;
}

QDate AppealDeadline::due(const QString& ruleId, const QDate& from) const
{
    const DeadlineRule* rule = m_rules.find(ruleId);
    if (!rule || !from.isValid())
        return {};
    const Due d = m_calculator.due(*rule, QDateTime(from, QTime(12, 0)));
    return d.computable ? d.date : QDate();
}

QDate AppealDeadline::termInForce(const Appeal& appeal, const Appeal* main) const
{
    // I-35: a duplicate is considered within its main appeal's term; when the main appeal was answered before the
    // duplicate came, the duplicate is answered by reference within 10 calendar days (D12b).
    if (main && !appeal.mainAppealId.isEmpty() && main->id == appeal.mainAppealId) {
        const QDate received = appeal.receivedOn.isValid() ? appeal.receivedOn : appeal.registeredOn;
        if (main->finalAnswerSentOn.isValid() && received.isValid() && main->finalAnswerSentOn <= received)
            return due(u"D12b"_s, received);
        return main->dueOn.isValid() ? main->dueOn : termInForce(*main);
    }
    const QString ruleId = ruleIdFor(appeal.kindCode, appeal.regimeCode);
    if (ruleId.isEmpty())
        return {};
    QDate inForce = due(ruleId, appeal.receivedOn.isValid() ? appeal.receivedOn : appeal.registeredOn);
    if (!inForce.isValid())
        return {};
    // I-52: an extension moves the term to the date decided.
    if (appeal.extendedTo.isValid())
        inForce = appeal.extendedTo;
    // I-52, D20: the term takes the inspection into account: the final answer is due within 10 working days of its
    // end. An inspection never shortens the term: a later main or extended term still holds.
    if (appeal.inspectionStartedOn.isValid() && appeal.inspectionEndedOn.isValid()) {
        const QDate afterInspection = due(u"D20"_s, appeal.inspectionEndedOn);
        if (afterInspection.isValid())
            inForce = std::max(inForce, afterInspection);
    }
    return inForce;
}

AppealTerm AppealDeadline::status(const Appeal& appeal, const QDate& asOf) const
{
    AppealTerm t = term(appeal, asOf);
    const QDate inForce = appeal.dueOn.isValid() ? appeal.dueOn : termInForce(appeal);
    if (!inForce.isValid() || inForce == t.due)
        return t;
    const QString date = inForce.toString(u"dd.MM.yyyy"_s);
    QString cause;
    if (!appeal.mainAppealId.isEmpty())
        cause = tr("The term in force is %1, that of the main appeal (I-35).").arg(date);
    else if (appeal.inspectionEndedOn.isValid() && inForce == due(u"D20"_s, appeal.inspectionEndedOn))
        cause = tr("The term in force is %1: 10 working days after the inspection ended on %2 (D20, I-52).")
                    .arg(date, appeal.inspectionEndedOn.toString(u"dd.MM.yyyy"_s));
    else if (appeal.extendedTo.isValid() && inForce == appeal.extendedTo)
        cause = tr("The term in force is %1: extended by the head's decision (I-52).").arg(date);
    else
        cause = tr("The term in force is %1.").arg(date);
    t.applies = true;
    t.due = inForce;
    t.explanation = t.explanation.isEmpty() ? cause : t.explanation + u' ' + cause;
    measure(&t, appeal, asOf);
    return t;
}

QDate AppealDeadline::extensionCap(const Appeal& appeal) const
{
    return due(u"D17a"_s, appeal.receivedOn.isValid() ? appeal.receivedOn : appeal.registeredOn);
}

QDate AppealDeadline::extensionRapportBy(const QDate& termExpires) const
{
    return due(u"D18"_s, termExpires);
}

bool AppealDeadline::hearingAllowed(const QString& kindCode, const QString& regimeCode)
{
    if (kindCode == u"statement" || kindCode == u"complaint")
        return true;
    static const QStringList simplifiedKinds = {u"report"_s, u"request"_s, u"proposal"_s, u"response"_s};
    return !simplifiedKinds.contains(kindCode) && regimeCode != u"appk_simplified";
}

bool AppealDeadline::interimAnswerMissing(const Appeal& appeal)
{
    if (!appeal.inspectionStartedOn.isValid() || appeal.finalAnswerSentOn.isValid())
        return false;
    return !appeal.interimAnswerSentOn.isValid() || appeal.interimAnswerSentOn < appeal.inspectionStartedOn;
}

QString AppealDeadline::lateComplaintWarning(const Appeal& appeal) const
{
    if (appeal.kindCode != u"complaint" || !appeal.learnedOn.isValid())
        return {};
    const QDate received = appeal.receivedOn.isValid() ? appeal.receivedOn : appeal.registeredOn;
    const QDate end = due(u"D24"_s, appeal.learnedOn);
    if (!received.isValid() || !end.isValid() || received <= end)
        return {};
    return tr("The complaint was filed after the three-month term: the applicant learned of the act on %1, the term "
              "ended on %2. It is accepted all the same; the reasons for the delay are examined on the merits and the "
              "term may be restored on petition (I-71, D24).")
        .arg(appeal.learnedOn.toString(u"dd.MM.yyyy"_s), end.toString(u"dd.MM.yyyy"_s));
}

} // namespace armcpg
