#pragma once

#include "appeal/Appeal.h"
#include "appeal/AppealDeadline.h"
#include "deadline/DeadlineCalculator.h"
#include "deadline/DeadlineRule.h"

#include <QCoreApplication>
#include <memory>

namespace armcpg {

class Database;

// The term of an appeal as the screens show it: the term in force (appeal.due_on, which AppealTerms keeps through
// extension, inspection and a duplicate's main term) on the calendar kept in the database, and its words. Read once
// per screen; the calendar does not change under a person's eyes.
class AppealTermSource
{
    Q_DECLARE_TR_FUNCTIONS(AppealTermSource)

public:
    explicit AppealTermSource(Database& db);

    AppealTerm term(const Appeal& appeal, const QDate& asOf) const;
    // "Due 31.03.2026 (D15): 5 days left", "overdue by 3 days", "deemed refused (I-83)", or that no term applies.
    static QString describe(const AppealTerm& term, const Appeal& appeal);

private:
    DeadlineRuleSet m_rules;
    std::unique_ptr<DeadlineCalculator> m_calculator;
    std::unique_ptr<AppealDeadline> m_deadline;
};

} // namespace armcpg
