#pragma once

#include "deadline/DeadlineCalculator.h"
#include "deadline/DeadlineRule.h"
#include "schedule/ReceptionLevel.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace armcpg {

// The terms of pre-registration for one reception, on the working-day calendar through the deadline engine
// (resources/rules/deadlines.csv): when registration closes (R-18: rule R6, 5 working days before, for the General
// Prosecutor, the deputies and the GP's subdivision heads; R-36: rule R10, 1 working day before, for heads of
// agencies, ГВП, ГТП and oblast prosecutors; DeadlineSettings::registrationCutoffInclusive decides whether the
// closing day still takes requests) and when the справки are due (R-17: R5; R-22: R7; R-27: R8).
class PreRegistrationTerms
{
    Q_DECLARE_TR_FUNCTIONS(PreRegistrationTerms)

public:
    explicit PreRegistrationTerms(const WorkCalendar& calendar, DeadlineSettings settings = {});

    const DeadlineCalculator& calculator() const { return m_calculator; }

    // The cut-off as the engine computes it, with its explanation; computable == false for a level without
    // pre-registration (district R-39, officials receiving as needed).
    Due cutoff(ReceptionLevel level, const QDate& receptionOn) const;
    // The last day requests are taken for the reception; null without pre-registration.
    QDate lastIntakeDay(ReceptionLevel level, const QDate& receptionOn) const;
    // Whether a request may be taken on `day` for the reception: the level has pre-registration, `day` is a
    // working day (R-18, R-36: "ежедневно, кроме праздничных, выходных дней") and not after the last intake day.
    // Otherwise `why` says what stands in the way, citing the paragraph.
    bool isOpen(ReceptionLevel level, const QDate& receptionOn, const QDate& day, QString* why = nullptr) const;

    // R-17 (rule R5): the subdivision's справка on a request to be received by the General Prosecutor or a deputy
    // is due 3 working days before the end of the consideration of requests for that reception, which is the
    // cut-off (product decision: the source names no other term for deciding a request). Null for other levels.
    QDate requestNoteDue(ReceptionLevel level, const QDate& receptionOn) const;
    // The справки on the persons signed up: R-22 (R7) 3 working days before the General Prosecutor's reception;
    // R-27 (R8) the day before a deputy's reception (a day off rolls back). Null for other levels (R-37 sets no
    // term).
    QDate receptionNotesDue(ReceptionLevel level, const QDate& receptionOn) const;
    // "R7", "R8" or empty.
    static QString receptionNotesRule(ReceptionLevel level);

private:
    QDate due(const QString& ruleId, const QDate& anchor) const;

    DeadlineRuleSet m_rules;
    DeadlineCalculator m_calculator;
};

} // namespace armcpg
