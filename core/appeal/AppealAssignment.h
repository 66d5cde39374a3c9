#pragma once

#include "appeal/Appeal.h"
#include "appeal/AppealTerms.h"
#include "common/Problem.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace armcpg {

class Database;
class Session;

// One executor of an appeal (table appeal_executor): the lead, who prepares the consolidated answer, or a
// co-executor, in the order named (I-33); released by a transfer with the rapport's reason (I-34).
struct AppealExecutor
{
    QString id;
    QString appealId;
    QString userId;
    QString userLogin;
    bool lead = false;
    int position = 0; // 0 for the lead, then the co-executors in the order named
    QDate assignedOn;
    QString assignedByLogin;
    QDate releasedOn;
    QString releaseReason;

    bool active() const { return !releasedOn.isValid(); }
};

// Assigning executors to an appeal and transferring it (rules-000 §2.2): I-33, I-34, I-61, R-53.
class AppealAssignment
{
    Q_DECLARE_TR_FUNCTIONS(AppealAssignment)

public:
    explicit AppealAssignment(Database& db);

    // I-33: the head or the reception prosecutor assigns the lead executor (the first named, who prepares the
    // consolidated answer) and co-executors, whose information is due 5 calendar days before expiry (D10, on the
    // step). Each person is checked (check()); a refusal names the person and the paragraph. The appeal goes to
    // in_consideration; its row keeps the lead.
    bool assign(const Session& by, const QString& appealId, const QString& leadUserId,
                const QStringList& coExecutorIds, Problems* problems);
    // I-34: hands the appeal to another lead executor on a rapport with reasons, due within 3 working days of the
    // receipt by the official handling it (D11). A late rapport is allowed but flagged (the step's details
    // "late", and a warning). The previous lead is released with the day and the rapport as reason.
    bool transfer(const Session& by, const QString& appealId, const QString& toUserId, const QString& rapport,
                  Problems* problems, QStringList* warnings = nullptr);

    // The executors, the active ones first (the lead, then the co-executors in order), then the released ones.
    QList<AppealExecutor> executors(const QString& appealId);
    // Why the user may not be given the appeal (translated, each naming the person and the paragraph); empty when
    // they may. I-61: never the official whose actions are complained about. R-53: a reception appeal never goes
    // to whoever handled the same applicant's earlier appeal (its executor or lead; the applicant by IIN, by name
    // when there is no IIN) or resolved the applicant's earlier personal reception (ЛП-1: presiding or holding it).
    QStringList check(const Appeal& appeal, const QString& userId);
    // I-33, D10: the co-executors' information to the lead, 5 calendar days before the term in force expires.
    QDate coExecutorsDue(const Appeal& appeal) const;

private:
    struct Person
    {
        QString id;
        QString login;
        QString name; // "full name (login)"
    };
    std::optional<Person> person(const QString& userId);
    QStringList check(const Appeal& appeal, const Person& person);
    // The appeal, or a problem naming it; refused when its final answer is sent already.
    std::optional<Appeal> open(const QString& appealId, Problems* problems);

    Database& m_db;
    AppealTerms m_terms;
};

} // namespace armcpg
