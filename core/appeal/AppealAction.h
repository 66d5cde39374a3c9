#pragma once

#include "common/Problem.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace armcpg {

struct Appeal;
class Database;
class Session;
class WriteTransaction;

// One step in the life of an appeal (table appeal_action, migration 0008): screening, forwarding, deficiency
// notice, assignment, transfer, extension, inspection, hearing notice, decision, answer, control, a notice to
// the applicant. Steps are only appended: what was decided, when, by whom and why is never overwritten.
struct AppealAction
{
    QString id;
    QString appealId;
    QString kind;           // see AppealAction::Kind below
    QDate actionOn;         // the day of the step (a decision, a sending)
    QDate dueOn;            // the step's own term, e.g. a notice within 3 working days (I-31, I-52, I-58, I-75)
    QDate doneOn;           // when that follow-up was done (the notice sent)
    QString byUserId;
    QString byLogin;
    QString approvedByLogin; // the head or deputy who approved a conclusion or an extension (I-42, I-52, I-58)
    QString target;          // the body forwarded to, the executor transferred to, ...
    QString reason;          // the motivation, the rapport, the ground
    QString documentNumber;
    QVariantMap details;     // what else the kind needs (stored as JSON)
    QDateTime createdAt;

    // The kinds used across the appeal services; one word each, stored as is.
    struct Kind
    {
        static constexpr const char* Screened = "screened";
        static constexpr const char* Forwarded = "forwarded";
        static constexpr const char* DeficiencyNotice = "deficiency_notice";
        static constexpr const char* Returned = "returned";
        static constexpr const char* AnonymousRedirected = "anonymous_redirected";
        static constexpr const char* LeftWithoutConsideration = "left_without_consideration";
        static constexpr const char* DuplicateAttached = "duplicate_attached";
        static constexpr const char* PartSplit = "part_split";
        static constexpr const char* Assigned = "assigned";
        static constexpr const char* Transferred = "transferred";
        static constexpr const char* Extended = "extended";
        static constexpr const char* AdditionalControl = "additional_control";
        static constexpr const char* InspectionStarted = "inspection_started";
        static constexpr const char* InspectionEnded = "inspection_ended";
        static constexpr const char* HearingNotice = "hearing_notice";
        static constexpr const char* InterimAnswer = "interim_answer";
        static constexpr const char* Decided = "decided";
        static constexpr const char* FinalAnswer = "final_answer";
        static constexpr const char* CorrespondenceTerminated = "correspondence_terminated";
        static constexpr const char* ControlTaken = "control_taken";
        static constexpr const char* ControlRemoved = "control_removed";
        static constexpr const char* NoticeSent = "notice_sent";
    };
};

// Appending and reading the steps of an appeal.
class AppealActionLog
{
public:
    explicit AppealActionLog(Database& db) : m_db(db) {}

    // Appends the step inside the caller's transaction (so the step and the change it records commit together);
    // fills id, byUserId/byLogin from the session when empty. Returns false with tx.error() set on failure.
    static bool append(WriteTransaction& tx, const Session& by, const QString& organisationCode, AppealAction* action);

    // A step with the change of the appeal it records, in one transaction of its own: updates the appeal row with
    // the version it was read at (nothing when changes is empty), appends the step (appealId filled from the appeal
    // when empty), runs `within` for more work in the same transaction (e.g. AppealTerms::refresh) and commits.
    // On failure adds {field, the transaction's error, or failure when it has none} and returns false.
    static bool commitStep(Database& db, const Session& by, const Appeal& appeal, const QVariantMap& changes,
                           AppealAction* step, const QString& field, const QString& failure, Problems* problems,
                           const std::function<bool(WriteTransaction&)>& within = {});

    // The steps of an appeal, oldest first.
    QList<AppealAction> of(const QString& appealId);
    // The latest step of a kind, if any.
    std::optional<AppealAction> latest(const QString& appealId, const QString& kind);
    // Marks a step's follow-up done (the notice sent) on a day.
    bool markDone(const Session& by, const QString& actionId, const QDate& doneOn, QString* error);

private:
    Database& m_db;
};

} // namespace armcpg
