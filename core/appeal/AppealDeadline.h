#pragma once

#include "appeal/Appeal.h"
#include "deadline/DeadlineCalculator.h"

#include <QCoreApplication>

namespace armcpg {

class DeadlineRuleSet;

// The main term of an appeal (rules-000 §3.2) and where it stands on a day.
struct AppealTerm
{
    QString ruleId;  // D15, D16, D27, D9a; empty when the АППК terms do not apply (I-5, I-10, I-13)
    QDate due;       // the last day of consideration; invalid without a term
    bool applies = false;
    int daysLeft = 0;        // calendar days from the day to the due date (negative once passed)
    int workingDaysLeft = 0; // working days after the day up to and including the due date (0 once passed)
    bool overdue = false;    // no final answer sent by the due date, or sent after it (I-68)
    bool deemedRefused = false; // a complaint without a decision within its term (I-83)
    QString explanation;        // translated
};

// Which rule gives an appeal its term, and the term on the real calendar.
class AppealDeadline
{
    Q_DECLARE_TR_FUNCTIONS(AppealDeadline)

public:
    AppealDeadline(const DeadlineCalculator& calculator, const DeadlineRuleSet& rules)
        : m_calculator(calculator), m_rules(rules)
    {
    }

    // D9a for a deputy request (I-12); none for the regimes outside the АППК terms (УПК, УИК, ГПК, КоАП, ОРД,
    // asset recovery: I-5, I-10, I-13); D27 for a complaint about prosecutors (Ch. 4, I-79); D15 for a statement
    // (I-50); D16 for reports, requests, proposals, responses and complaints about other bodies (I-54, I-55).
    static QString ruleIdFor(const QString& kindCode, const QString& regimeCode);

    // The term counted from the receipt (I-24 when received on a day off), as of `asOf`.
    AppealTerm term(const Appeal& appeal, const QDate& asOf) const;

private:
    const DeadlineCalculator& m_calculator;
    const DeadlineRuleSet& m_rules;
};

} // namespace armcpg
