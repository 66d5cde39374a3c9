#pragma once

#include "appeal/Appeal.h"
#include "common/Problem.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace armcpg {

class Database;
class Session;

// The optional parts of a decision: the ground of a termination (I-57) or of leaving a complaint without
// consideration (I-74), and whether an adopted act is favourable or burdensome (I-47).
struct DecisionDetails
{
    QString groundCode; // a child of the decision in the directory appeal_decision
    QString actEffect;  // "favourable" or "burdensome" for a decision that adopts an act (I-47)
};

// Decisions and answers (rules-000 §2.3–§2.5, §2.8): a decision from the list of the appeal's procedure (I-46
// administrative, I-69 simplified, I-80 complaint; directory appeal_decision), the answer's signature checked
// against the signing matrix (I-88) and R-53, the language of the answer (I-85), and the termination of
// correspondence (I-58). Every step is appended to appeal_action in the transaction of the change.
class AppealDecisions
{
    Q_DECLARE_TR_FUNCTIONS(AppealDecisions)

public:
    explicit AppealDecisions(Database& db) : m_db(db) {}

    // The procedure whose list applies to a regime: administrative, simplified or complaint; empty for the regimes
    // whose own law decides (УПК, УИК, ГПК, КоАП, ОРД, asset recovery: I-5, I-10, I-13). A deputy's request
    // (regime parliament) is answered on the merits: the simplified list.
    static QString procedureOf(const QString& regimeCode);

    // The procedure a decision belongs to ("" for a ground or an unknown code).
    QString procedureOfDecision(const QString& decisionCode);
    // The decision satisfies the appeal (R-53: then a lower official may sign): cancel, cancel and adopt new, an
    // action, or a favourable act (I-47).
    bool satisfies(const QString& decisionCode, const QString& actEffect);

    // Records the decision: decision_code, decided_on, status "decided", and a "decided" step with the reason, the
    // ground and the act's effect in the same transaction. Leaving a complaint without consideration records the
    // notice due within 3 working days (D26, I-75) on the step. Refused, naming the field: a decision from another
    // procedure's list, a missing reason where it must be motivated (I-82, I-80(5), I-46(2)), a missing or foreign
    // ground (I-57, I-74), an act without favourable/burdensome (I-47), a date before the receipt or in the future.
    bool decide(const Session& by, const QString& appealId, const QString& decisionCode, const QDate& decidedOn,
                const QString& reason, Problems* problems, const DecisionDetails& details = {});

    // Records who signed the answer, when and in which language. The sending date (the end of the term, I-68) is
    // recorded apart, with AppealService::recordAnswer(final = true). language: "kk" (the state language) or the
    // language of the appeal (I-85). The signer's level (app_user.signing_level) must be allowed by the signing
    // matrix for the decision (I-88; a deputy's request: the GP, I-12); an appeal from a personal reception is
    // signed by the official who held it, another official only when the decision satisfies the appeal.
    bool signAnswer(const Session& by, const QString& appealId, const QString& signerUserId, const QDate& signedOn,
                    const QString& language, Problems* problems);

    // Termination of correspondence (I-58, I-57(1)) on a repeated appeal without new arguments: a motivated
    // conclusion approved by a head (a user with the role Head); status "correspondence_terminated"; the step
    // carries the notice due within 3 working days (D21a).
    bool terminateCorrespondence(const Session& by, const QString& appealId, const QDate& decidedOn,
                                 const QString& conclusion, const QString& approvedByUserId, Problems* problems);

    // The decision step of an appeal's latest decision (reason, ground, act effect in details), if any.
    struct Recorded
    {
        QString decisionCode;
        QDate decidedOn;
        QString reason;
        QString groundCode;
        QString actEffect;
        QDate noticeDueOn;
    };
    std::optional<Recorded> latestDecision(const QString& appealId);

    // The user who held the reception of the appeal's ЛП-1 card: the card's official_user_id, else its
    // presiding_user_id; empty when the card names neither.
    QString receivingOfficial(const Appeal& appeal);

    // The kind of the step that records a signature (appeal_action.kind).
    static constexpr const char* kAnswerSigned = "answer_signed";

private:
    Database& m_db;
};

} // namespace armcpg
