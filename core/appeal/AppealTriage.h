#pragma once

#include "appeal/Appeal.h"
#include "common/Problem.h"
#include "deadline/DeadlineCalculator.h"
#include "deadline/DeadlineRule.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace armcpg {

class Database;
class Session;

// Forwarding an appeal (or a part of it) to the competent body (I-31, D8).
struct Forwarding
{
    QString targetBody;             // required: the competent body
    bool applicantNotified = false; // I-31: the notice to the applicant goes out with the forwarding; required
    QString noticeNumber;           // the notice's outgoing number, when it has one
    QString coverLetterNumber;      // the cover letter's outgoing number (I-32)
    QString reason;                 // why it is not within the prosecutor's competence (I-4)
    // forwardPart only (RR-11): the question that goes elsewhere; required there.
    QString partEssence;
    QString partSubject;
};

// The earlier answer a late duplicate's answer refers to (I-35: its date and outgoing number).
struct EarlierAnswer
{
    QDate sentOn;
    QString outgoingNumber;
};

// The triage branches of rules-000 §2.1 taken from a registered appeal: forwarding by competence (I-31) and of a
// part (RR-11), the deficiency notice and return (I-25), anonymous appeals (I-42) and duplicates (I-35). Each step
// checks the roles, changes the appeal and appends its AppealAction in one WriteTransaction.
class AppealTriage
{
    Q_DECLARE_TR_FUNCTIONS(AppealTriage)

public:
    // The statuses this class sets (migration 0008).
    struct Status
    {
        static constexpr const char* Registered = "registered";
        static constexpr const char* InConsideration = "in_consideration";
        static constexpr const char* DeficiencyNotified = "deficiency_notified";
        static constexpr const char* Returned = "returned";
        static constexpr const char* Forwarded = "forwarded";
        static constexpr const char* Redirected = "redirected";
        static constexpr const char* LeftWithoutConsideration = "left_without_consideration";
        static constexpr const char* Attached = "attached";
    };
    // The step that ends a deficiency notice when the applicant fixed the appeal in time (I-25).
    static constexpr const char* kDeficiencyCorrected = "deficiency_corrected";
    // What an anonymous appeal redirected at once reports (I-42, D13a).
    enum class AnonymousGround
    {
        Crime,   // a prepared or committed criminal offence
        Security // a threat to national or public security
    };

    // Terms on the calendar kept in the database and the shipped deadline rules.
    explicit AppealTriage(Database& db);
    AppealTriage(Database& db, const DeadlineCalculator& calculator, const DeadlineRuleSet& rules);

    // I-31, D8: forwarded by competence within 3 working days of receipt, the applicant notified at the same time;
    // a later forwarding is recorded and flagged late. Status "forwarded"; the step's due_on is the D8 day and its
    // done_on the day of forwarding and notice. There is no "explain the competent body" without forwarding.
    bool forward(const Session& by, const QString& appealId, const Forwarding& forwarding, Problems* problems);

    // RR-11: one question of the appeal goes to another body: a new appeal row numbered "<main>/n" (n = 1, 2, ...
    // per main appeal) is created for it and forwarded as above; the main appeal stays in consideration. Returns
    // the part's id, empty when refused.
    QString forwardPart(const Session& by, const QString& appealId, const Forwarding& forwarding, Problems* problems);

    // I-25, D5: a заявление, сообщение, предложение, отклик or запрос that does not meet АППК art. 63; the official
    // sets a reasonable term (after today). Status "deficiency_notified".
    bool notifyDeficiency(const Session& by, const QString& appealId, const QString& requirements, const QDate& fixBy,
                          const QString& noticeNumber, Problems* problems);
    // I-25: not fixed within the term: returned (refused while the term runs). Return does not prevent a new appeal.
    bool returnAppeal(const Session& by, const QString& appealId, Problems* problems);
    // I-25: fixed: back in consideration.
    bool deficiencyCorrected(const Session& by, const QString& appealId, Problems* problems);

    // I-42, D13a: an anonymous appeal on a crime or a security threat is redirected at once to the competent body.
    bool redirectAnonymous(const Session& by, const QString& appealId, const QString& targetBody,
                           AnonymousGround ground, const QString& reason, Problems* problems);
    // I-42, D13b: any other anonymous appeal is left without consideration only by a motivated conclusion approved
    // by a head (`approver` holds Role::Head), within 3 working days of receipt (later is recorded, flagged late).
    // Never automatic.
    bool leaveAnonymousWithoutConsideration(const Session& by, const QString& appealId, const QString& conclusion,
                                            const Session& approver, Problems* problems);

    // I-35, D12: the duplicate is attached to its main appeal and shares its term while the main is open. When the
    // main was answered already, the duplicate gets 10 calendar days (D12b, rolled forward I-68) and its answer
    // refers to the earlier answer's date and outgoing number (`earlier`, required then).
    bool attachDuplicate(const Session& by, const QString& duplicateId, const QString& mainId, Problems* problems,
                         const EarlierAnswer& earlier = {});

    // The terms, counted from the receipt (I-24 for a receipt on a day off).
    QDate forwardingDue(const Appeal& appeal) const;        // D8
    QDate anonymousDecisionDue(const Appeal& appeal) const; // D13b
    QDate lateDuplicateDue(const Appeal& appeal) const;     // D12b

    // Statuses from which triage may still act.
    static bool isOpen(const QString& status);

private:
    QDate dueBy(const QString& ruleId, const Appeal& appeal) const;
    std::optional<Appeal> openAppeal(const QString& appealId, Problems* problems);

    Database& m_db;
    DeadlineCalculator m_calculator;
    DeadlineRuleSet m_rules;
};

} // namespace armcpg
