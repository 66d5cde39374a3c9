#include "AppealAction.h"

#include "appeal/Appeal.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

#include <optional>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {

AppealAction readAction(const QSqlQuery& q)
{
    const QSqlRecord r = q.record();
    auto text = [&](const char* column) { return r.value(QString::fromLatin1(column)).toString(); };
    auto date = [&](const char* column) {
        const QVariant v = r.value(QString::fromLatin1(column));
        return v.isNull() ? QDate() : QDate::fromString(v.toString().left(10), Qt::ISODate);
    };
    AppealAction a;
    a.id = text("id");
    a.appealId = text("appeal_id");
    a.kind = text("kind");
    a.actionOn = date("action_on");
    a.dueOn = date("due_on");
    a.doneOn = date("done_on");
    a.byUserId = text("by_user_id");
    a.byLogin = text("by_login");
    a.approvedByLogin = text("approved_by_login");
    a.target = text("target");
    a.reason = text("reason");
    a.documentNumber = text("document_number");
    a.details = QJsonDocument::fromJson(text("details").toUtf8()).object().toVariantMap();
    a.createdAt = r.value(u"created_at"_s).toDateTime();
    return a;
}

} // namespace

bool AppealActionLog::append(WriteTransaction& tx, const Session& by, const QString& organisationCode,
                             AppealAction* action)
{
    if (action->byUserId.isEmpty() && action->byLogin.isEmpty()) {
        action->byUserId = by.user().id;
        action->byLogin = by.user().login;
    }
    const QString details = action->details.isEmpty()
                              ? QString()
                              : QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(action->details))
                                                      .toJson(QJsonDocument::Compact));
    action->id = tx.insert(u"appeal_action"_s, {{u"appeal_id"_s, action->appealId},
                                                {u"organisation_code"_s, organisationCode},
                                                {u"kind"_s, action->kind},
                                                {u"action_on"_s, action->actionOn},
                                                {u"due_on"_s, nullIfEmpty(action->dueOn)},
                                                {u"done_on"_s, nullIfEmpty(action->doneOn)},
                                                {u"by_user_id"_s, nullIfEmpty(action->byUserId)},
                                                {u"by_login"_s, nullIfEmpty(action->byLogin)},
                                                {u"approved_by_login"_s, nullIfEmpty(action->approvedByLogin)},
                                                {u"target"_s, nullIfEmpty(action->target)},
                                                {u"reason"_s, nullIfEmpty(action->reason)},
                                                {u"document_number"_s, nullIfEmpty(action->documentNumber)},
                                                {u"details"_s, nullIfEmpty(details)}});
    return !action->id.isEmpty();
}

bool AppealActionLog::commitStep(Database& db, const Session& by, const Appeal& appeal, const QVariantMap& changes,
                                 AppealAction* step, const QString& field, const QString& failure, Problems* problems,
                                 const std::function<bool(WriteTransaction&)>& within)
{
    if (step->appealId.isEmpty())
        step->appealId = appeal.id;
    WriteTransaction tx(db, by.actor());
    const bool ok = tx.isOpen() && (changes.isEmpty() || tx.update(u"appeal"_s, appeal.id, changes, appeal.version))
                 && append(tx, by, appeal.organisationCode, step) && (!within || within(tx)) && tx.commit();
    if (!ok)
        problems->append({field, tx.error().isEmpty() ? failure : tx.error()});
    return ok;
}

QList<AppealAction> AppealActionLog::of(const QString& appealId)
{
    QList<AppealAction> actions;
    QSqlQuery q = m_db.prepare(u"SELECT * FROM appeal_action WHERE appeal_id = ? AND deleted = ? "
                               "ORDER BY action_on, hlc"_s);
    q.addBindValue(appealId);
    q.addBindValue(false);
    if (q.exec()) {
        while (q.next())
            actions << readAction(q);
    }
    return actions;
}

std::optional<AppealAction> AppealActionLog::latest(const QString& appealId, const QString& kind)
{
    QSqlQuery q = m_db.prepare(u"SELECT * FROM appeal_action WHERE appeal_id = ? AND kind = ? AND deleted = ? "
                               "ORDER BY action_on DESC, hlc DESC LIMIT 1"_s);
    q.addBindValue(appealId);
    q.addBindValue(kind);
    q.addBindValue(false);
    if (q.exec() && q.next())
        return readAction(q);
    return std::nullopt;
}

bool AppealActionLog::markDone(const Session& by, const QString& actionId, const QDate& doneOn, QString* error)
{
    WriteTransaction tx(m_db, by.actor());
    const bool ok = tx.isOpen() && tx.update(u"appeal_action"_s, actionId, {{u"done_on"_s, doneOn}}) && tx.commit();
    if (!ok && error)
        *error = tx.error();
    return ok;
}

} // namespace armcpg
