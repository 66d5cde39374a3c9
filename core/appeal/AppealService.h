#pragma once

#include "appeal/Appeal.h"
#include "common/Problem.h"

#include <QCoreApplication>
#include <optional>

namespace armcpg {

class Database;
class Session;

// Registering appeals (rules-000 §2.1): kind, regime, form, channel, applicants, essence, the registration number
// and date (I-23, I-24), the mark "с личного приема" and the ЛП-1 card; control (I-53, R-54).
class AppealService
{
    Q_DECLARE_TR_FUNCTIONS(AppealService)

public:
    explicit AppealService(Database& db) : m_db(db) {}

    // Every problem of the appeal, each naming its field.
    Problems validate(const Appeal& appeal);

    // Registers a new appeal with its number and registration date (the next working day for a receipt on a day
    // off is the deadline's business; the registration date is the day it is registered, I-23).
    bool registerAppeal(const Session& by, Appeal* appeal, Problems* problems);

    std::optional<Appeal> load(const QString& id);
    // load(), or the problem "there is no such appeal": the first step of every service that changes an appeal.
    std::optional<Appeal> find(const QString& id, Problems* problems);
    std::optional<Appeal> byNumber(const QString& number);
    // Appeals registered between the dates (inclusive), by registration date and number.
    QList<Appeal> list(const QDate& from, const QDate& to, int limit = 1000);

    // Control (I-53, R-54, rules-000 §2.7). A head or the reception prosecutor takes the appeal on control; only
    // the same person removes it, and an appeal from a reception only once its final answer was sent. Interim
    // answers (I-52), forwarding and extension never close it.
    bool takeOnControl(const Session& by, const QString& appealId, Problems* problems);
    bool removeFromControl(const Session& by, const QString& appealId, Problems* problems);
    // The sending date of an answer (I-68: the end of the term); final == false for an interim answer (I-52).
    bool recordAnswer(const Session& by, const QString& appealId, const QDate& sentOn, bool final,
                      Problems* problems);

    static constexpr int kMaxTextLength = 20000;

    // Completes or corrects the registration fields of a registered appeal (an appeal a reception card created with
    // the mark, R-51, comes without kind, regime and form), validated like registerAppeal, against the version the
    // caller read. The number, the registration date, the mark and the card never change; the audit trail records
    // the fields changed. On success *appeal is reloaded.
    bool update(const Session& by, Appeal* appeal, Problems* problems);

private:
    Database& m_db;
};

} // namespace armcpg
