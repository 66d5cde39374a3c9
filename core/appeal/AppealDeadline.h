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

    // The day a rule of resources/rules/deadlines.csv gives counted from `from` (with the rule's own base, roll and
    // direction); invalid for an unknown rule, an invalid date or a rule without a date.
    QDate due(const QString& ruleId, const QDate& from) const;

    // The term in force, kept in appeal.due_on: the main term, moved by an extension to extended_to (I-52); once an
    // inspection has ended, 10 working days after its end (D20, I-52) when that is later (it never shortens it). A
    // duplicate shares its main appeal's term (I-35), or has 10 calendar days from its own receipt when the main
    // appeal was answered before it came (D12b). Invalid when the АППК terms do not apply (I-5, I-10, I-13).
    QDate termInForce(const Appeal& appeal, const Appeal* main = nullptr) const;
    // Where the appeal stands with its term in force (appeal.dueOn once stored, termInForce() otherwise): days
    // left, overdue by the sending date (I-68), deemed refused for a complaint (I-83).
    AppealTerm status(const Appeal& appeal, const QDate& asOf) const;

    // I-52, D17a as the engine reads it: "the total term ends no later than 2 months from the base date", the
    // base being the receipt (the next working day for a receipt on a day off, I-24), rolled forward (I-68).
    QDate extensionCap(const Appeal& appeal) const;
    // I-52, D18: the last day to file the extension rapport, one calendar day before the term expires (moved back
    // to a working day).
    QDate extensionRapportBy(const QDate& termExpires) const;
    // I-56: no hearing in the simplified procedure (сообщения, запросы, предложения, отклики), except for
    // заявления and жалобы.
    static bool hearingAllowed(const QString& kindCode, const QString& regimeCode);
    // I-52: an inspection requires an interim answer; missing while no interim answer was sent since the inspection
    // began and the final answer is not sent yet.
    static bool interimAnswerMissing(const Appeal& appeal);
    // I-71, D24: a complaint filed more than three months after the person learned of the act is accepted all the
    // same, with this warning (translated); empty when it is not late or not a complaint. Never a refusal.
    QString lateComplaintWarning(const Appeal& appeal) const;

private:
    // Days left, overdue and deemed refusal of `t.due` as of `asOf`.
    void measure(AppealTerm* t, const Appeal& appeal, const QDate& asOf) const;

    const DeadlineCalculator& m_calculator;
    const DeadlineRuleSet& m_rules;
};

} // namespace armcpg
