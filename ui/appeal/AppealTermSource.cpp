#include "AppealTermSource.h"

#include "calendar/CalendarService.h"

using namespace Qt::StringLiterals;

namespace armcpg {

AppealTermSource::AppealTermSource(Database& db)
    : m_rules(DeadlineRuleSet::builtin()),
      m_calculator(std::make_unique<DeadlineCalculator>(CalendarService(db).load())),
      m_deadline(std::make_unique<AppealDeadline>(*m_calculator, m_rules))
{
}

AppealTerm AppealTermSource::term(const Appeal& appeal, const QDate& asOf) const
{
    // The term in force (appeal.due_on, kept by AppealTerms: extension, inspection, a duplicate's main term).
    return m_deadline->status(appeal, asOf);
}

QString AppealTermSource::describe(const AppealTerm& t, const Appeal& appeal)
{
    if (!t.applies || !t.due.isValid())
        return t.explanation.isEmpty() ? tr("No term of the Administrative Procedural Code applies") : t.explanation;
    const QString due = t.due.toString(u"dd.MM.yyyy"_s);
    const QString rule = t.ruleId.isEmpty() ? QString() : u" (%1)"_s.arg(t.ruleId);
    if (appeal.finalAnswerSentOn.isValid()) {
        const QString sent = appeal.finalAnswerSentOn.toString(u"dd.MM.yyyy"_s);
        return t.overdue ? tr("Due %1%2: answered on %3, after the term (I-68)").arg(due, rule, sent)
                         : tr("Due %1%2: answered on %3, within the term (I-68)").arg(due, rule, sent);
    }
    if (t.deemedRefused)
        return tr("Due %1%2: overdue by %3 days; the complaint is deemed refused (I-83)").arg(due, rule).arg(-t.daysLeft);
    if (t.overdue)
        return tr("Due %1%2: overdue by %3 days").arg(due, rule).arg(-t.daysLeft);
    if (t.daysLeft == 0)
        return tr("Due %1%2: the last day is today").arg(due, rule);
    return tr("Due %1%2: %3 days left, %4 working days").arg(due, rule).arg(t.daysLeft).arg(t.workingDaysLeft);
}

} // namespace armcpg
