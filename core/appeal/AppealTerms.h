#pragma once

#include "appeal/Appeal.h"
#include "appeal/AppealDeadline.h"
#include "common/Problem.h"
#include "deadline/DeadlineCalculator.h"
#include "deadline/DeadlineRule.h"

#include <QCoreApplication>
#include <QVariantMap>

#include <optional>

namespace armcpg {

struct AppealAction;
class Database;
class Session;
class WriteTransaction;

// The term in force of an appeal and the steps that move it (rules-000 §2.6, §3): extension, additional control,
// inspection (I-52), the hearing notice (I-43, I-56). The term in force is kept in appeal.due_on so that the
// control lists are one indexed query; refresh() recomputes it after every change of its causes. Every step is
// appended to appeal_action in the transaction of the change, with its own term (a notice within 3 working days).
// The calendar is the database's, the counting convention the administrator's (deadline.receipt_day_counts).
class AppealTerms
{
    Q_DECLARE_TR_FUNCTIONS(AppealTerms)

public:
    explicit AppealTerms(Database& db);
    AppealTerms(const AppealTerms&) = delete;
    AppealTerms& operator=(const AppealTerms&) = delete;

    const AppealDeadline& deadline() const { return m_deadline; }
    const DeadlineCalculator& calculator() const { return m_calculator; }

    // Recomputes appeal.due_on (AppealDeadline::termInForce) inside the caller's transaction, and that of the
    // duplicates attached to it (I-35). Returns false with tx.error() set on failure.
    bool refresh(WriteTransaction& tx, const QString& appealId);
    // The same in a transaction of its own.
    bool refresh(const Session& by, const QString& appealId, Problems* problems);

    // I-52, D17, D18: the head or a deputy (Role::Head) extends the term by a motivated decision (reason), to
    // newDue no later than two months from the receipt (D17a); the rapport must have been filed at least one day
    // before the term expires (D18); refused once the term has passed. The notice to the applicant is due within
    // 3 working days (D17b, on the step). Control stays as it is.
    bool extend(const Session& by, const QString& appealId, const QDate& newDue, const QString& reason,
                const QDate& rapportFiledOn, Problems* problems);
    // I-52, D19: additional control by the head or a deputy on a rapport (reason); notice within 3 working days.
    bool putOnAdditionalControl(const Session& by, const QString& appealId, const QString& reason, Problems* problems);
    // I-52, D20: an inspection requires an interim answer (interimAnswerMissing); once it ends the final answer is
    // due within 10 working days.
    bool startInspection(const Session& by, const QString& appealId, const QDate& startedOn, Problems* problems);
    bool endInspection(const Session& by, const QString& appealId, const QDate& endedOn, Problems* problems);
    // I-43, D14: the notice of the hearing no later than 3 working days before the act is adopted; I-56: no hearing
    // in the simplified procedure except for заявления and жалобы.
    bool noticeOfHearing(const Session& by, const QString& appealId, const QDate& actOn, const QString& place,
                         Problems* problems);

    // AppealDeadline::status: the term in force as of a day (days left, overdue by the sending date I-68, deemed
    // refusal I-83).
    AppealTerm status(const Appeal& appeal, const QDate& asOf) const { return m_deadline.status(appeal, asOf); }
    // I-71, D24: the warning for a late complaint (accepted all the same); empty when it is not late.
    QString lateComplaintWarning(const Appeal& appeal) const { return m_deadline.lateComplaintWarning(appeal); }
    // I-52: the appeals under inspection without an interim answer since it began and without a final answer, of
    // an organisation (all when empty), by term in force.
    QList<Appeal> interimAnswerMissing(const QString& organisationCode = {});

private:
    bool refresh(WriteTransaction& tx, const QString& appealId, int depth);
    // The appeal, or a problem naming it; refused when its final answer is sent already.
    std::optional<Appeal> open(const QString& appealId, Problems* problems);
    // AppealActionLog::commitStep with the term of the appeal refreshed before the commit.
    bool commitStep(const Session& by, const Appeal& appeal, const QVariantMap& changes, AppealAction* step,
                    const QString& field, const QString& failure, Problems* problems);

    Database& m_db;
    DeadlineRuleSet m_rules;
    DeadlineCalculator m_calculator;
    AppealDeadline m_deadline;
};

} // namespace armcpg
