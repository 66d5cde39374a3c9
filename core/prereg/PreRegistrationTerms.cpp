#include "PreRegistrationTerms.h"

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {

QString dmy(const QDate& date) { return date.toString(u"dd.MM.yyyy"_s); }

// A reception date as the engine's anchor: the date is what counts for day terms.
QDateTime anchorOf(const QDate& date) { return QDateTime(date, QTime(9, 0)); }

} // namespace

PreRegistrationTerms::PreRegistrationTerms(const WorkCalendar& calendar, DeadlineSettings settings)
    : m_rules(DeadlineRuleSet::builtin()), m_calculator(calendar, settings)
{
}

QDate PreRegistrationTerms::due(const QString& ruleId, const QDate& anchor) const
{
    const DeadlineRule* rule = m_rules.find(ruleId);
    if (!rule || !anchor.isValid())
        return {};
    const Due d = m_calculator.due(*rule, anchorOf(anchor));
    return d.computable ? d.date : QDate();
}

Due PreRegistrationTerms::cutoff(ReceptionLevel level, const QDate& receptionOn) const
{
    const QString ruleId = ReceptionLevels::cutoffRule(level);
    const DeadlineRule* rule = ruleId.isEmpty() ? nullptr : m_rules.find(ruleId);
    if (!rule || !receptionOn.isValid()) {
        Due none;
        none.computable = false;
        none.explanation = level == ReceptionLevel::District
                               ? tr("District offices receive daily without pre-registration (R-39).")
                               : tr("This official receives without pre-registration (R-3).");
        return none;
    }
    return m_calculator.due(*rule, anchorOf(receptionOn));
}

QDate PreRegistrationTerms::lastIntakeDay(ReceptionLevel level, const QDate& receptionOn) const
{
    const Due d = cutoff(level, receptionOn);
    return d.computable ? d.date : QDate();
}

bool PreRegistrationTerms::isOpen(ReceptionLevel level, const QDate& receptionOn, const QDate& day, QString* why) const
{
    auto refuse = [&](const QString& text) {
        if (why)
            *why = text;
        return false;
    };
    if (level == ReceptionLevel::District)
        return refuse(tr("District offices receive daily without pre-registration: there is nothing to sign up for "
                         "(R-39)"));
    if (!ReceptionLevels::hasPreRegistration(level))
        return refuse(tr("This official receives without pre-registration (R-3)"));
    const QString paragraph = level == ReceptionLevel::AgencyOblastHead ? u"R-36"_s : u"R-18"_s;
    if (!m_calculator.calendar().isWorkingDay(day))
        return refuse(tr("%1 is a day off: registration is kept on working days only (%2)").arg(dmy(day), paragraph));
    const QDate last = lastIntakeDay(level, receptionOn);
    if (!last.isValid() || day > last)
        return refuse(tr("Registration for the reception on %1 closed: the last day of intake was %2 (%3)")
                          .arg(dmy(receptionOn), dmy(last), paragraph));
    return true;
}

QDate PreRegistrationTerms::requestNoteDue(ReceptionLevel level, const QDate& receptionOn) const
{
    if (level != ReceptionLevel::GeneralProsecutor && level != ReceptionLevel::DeputyGeneralProsecutor)
        return {};
    // R-18 closes consideration of the requests; R-17 wants the справка 3 working days before that.
    const QDate closing = lastIntakeDay(level, receptionOn);
    return closing.isValid() ? due(u"R5"_s, closing) : QDate();
}

QString PreRegistrationTerms::receptionNotesRule(ReceptionLevel level)
{
    switch (level) {
    case ReceptionLevel::GeneralProsecutor:
        return u"R7"_s;
    case ReceptionLevel::DeputyGeneralProsecutor:
        return u"R8"_s;
    default:
        return {};
    }
}

QDate PreRegistrationTerms::receptionNotesDue(ReceptionLevel level, const QDate& receptionOn) const
{
    const QString rule = receptionNotesRule(level);
    return rule.isEmpty() ? QDate() : due(rule, receptionOn);
}

} // namespace armcpg
