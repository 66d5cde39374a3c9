#include "AppealAssignment.h"

#include "appeal/AppealAction.h"
#include "appeal/AppealService.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {

const QString kExecutors = u"appeal_executor"_s;
// I-33: the heads of the subdivisions assign; at a reception centre the reception prosecutor does it as well.
const QList<Role> kAssigners = {Role::Head, Role::ReceptionProsecutor};

QString dmy(const QDate& date) { return date.toString(u"dd.MM.yyyy"_s); }

// SQLite gives booleans back as text or integers, PostgreSQL as booleans.
bool flag(const QVariant& v)
{
    return v.typeId() == QMetaType::QString ? v.toString() == u"1" || v.toString() == u"true" : v.toBool();
}

QDate dateOf(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString().left(10), Qt::ISODate);
}

// A name compared as the journal compares it (CardService::nameFold): lower case, ё = е, single spaces.
QString fold(const QString& name)
{
    return name.toLower().replace(u'ё', u'е').simplified();
}

// the same applicant: by IIN when the appeal has one, by name otherwise; an anonymous appeal has none.
bool sameApplicant(const Appeal& appeal, const QString& iin, const QString& nameFold)
{
    const QString ownIin = appeal.applicantIin.trimmed();
    if (!ownIin.isEmpty())
        return iin.trimmed() == ownIin;
    const QString ownName = fold(appeal.applicantName);
    return !ownName.isEmpty() && fold(nameFold) == ownName;
}

} // namespace

AppealAssignment::AppealAssignment(Database& db) : m_db(db), m_terms(db) {}

std::optional<AppealAssignment::Person> AppealAssignment::person(const QString& userId)
{
    // PostgreSQL refuses a malformed uuid in a comparison: such an id is nobody.
    if (QUuid::fromString(userId).isNull())
        return std::nullopt;
    QSqlQuery q = m_db.prepare(u"SELECT id, login, full_name, active FROM app_user WHERE id = ? AND deleted = ?"_s);
    q.addBindValue(userId);
    q.addBindValue(false);
    if (!q.exec() || !q.next() || !flag(q.value(3)))
        return std::nullopt;
    Person p;
    p.id = q.value(0).toString();
    p.login = q.value(1).toString();
    p.name = u"%1 (%2)"_s.arg(q.value(2).toString(), p.login);
    return p;
}

QDate AppealAssignment::coExecutorsDue(const Appeal& appeal) const
{
    const QDate expires = appeal.dueOn.isValid() ? appeal.dueOn : m_terms.deadline().termInForce(appeal);
    return m_terms.deadline().due(u"D10"_s, expires);
}

QStringList AppealAssignment::check(const Appeal& appeal, const QString& userId)
{
    const auto p = person(userId);
    if (!p)
        return {tr("there is no active user %1").arg(userId)};
    return check(appeal, *p);
}

QStringList AppealAssignment::check(const Appeal& appeal, const Person& p)
{
    QStringList reasons;
    // I-61: the appeal is never given to the official whose actions it complains about.
    if (!appeal.respondentUserId.isEmpty() && appeal.respondentUserId == p.id)
        reasons << tr("%1 is the official whose actions are complained about: the appeal is never assigned to them (I-61)")
                       .arg(p.name);
    if (!appeal.fromReception)
        return reasons;

    const QString iin = appeal.applicantIin.trimmed();
    const QString name = fold(appeal.applicantName);
    if (iin.isEmpty() && name.isEmpty())
        return reasons; // anonymous: no applicant to follow
    // the applicant's earlier appeals this person executed or led. Every lead and co-executor has a row in
    // appeal_executor (a transfer keeps the released ones), found by the user's index.
    QString sql = u"SELECT a.id, a.number, a.applicant_iin, a.applicant_name, a.received_on FROM appeal a "
                  "WHERE a.deleted = ? AND a.id IN "
                  "(SELECT e.appeal_id FROM appeal_executor e WHERE e.user_id = ? AND e.deleted = ?)"_s;
    if (!iin.isEmpty())
        sql += u" AND a.applicant_iin = ?"_s;
    if (!appeal.id.isEmpty())
        sql += u" AND a.id <> ?"_s;
    sql += u" ORDER BY a.received_on, a.number"_s;
    QSqlQuery q = m_db.prepare(sql);
    q.addBindValue(false);
    q.addBindValue(p.id);
    q.addBindValue(false);
    if (!iin.isEmpty())
        q.addBindValue(iin);
    if (!appeal.id.isEmpty())
        q.addBindValue(appeal.id);
    if (q.exec()) {
        while (q.next()) {
            const QDate received = dateOf(q.value(4));
            if (appeal.receivedOn.isValid() && received.isValid() && received > appeal.receivedOn)
                continue; // a later appeal is no earlier resolution
            if (sameApplicant(appeal, q.value(2).toString(), q.value(3).toString()))
                reasons << tr("%1 handled the same applicant's earlier appeal %2: a reception appeal is not assigned to "
                              "whoever handled the applicant's question before (R-53)")
                               .arg(p.name, q.value(1).toString());
        }
    } else {
        reasons << tr("the earlier appeals of the applicant could not be checked (R-53): %1").arg(Database::errorText(q));
    }

    // the applicant's earlier personal receptions this person presided or held and resolved. The card the
    // appeal came from is the current reception, not an earlier one.
    // The card's name_fold is folded as fold() folds; the applicant's IIN or name finds the cards by their index.
    sql = u"SELECT id, number, reception_date, iin, name_fold FROM reception_card WHERE deleted = ? "
          "AND decision_code IS NOT NULL AND (presiding_user_id = ? OR official_user_id = ?)"_s;
    sql += iin.isEmpty() ? u" AND name_fold = ?"_s : u" AND iin = ?"_s;
    const bool ownCard = !appeal.receptionCardId.isEmpty() && !QUuid::fromString(appeal.receptionCardId).isNull();
    if (ownCard)
        sql += u" AND id <> ?"_s;
    sql += u" ORDER BY reception_date, number"_s;
    q = m_db.prepare(sql);
    q.addBindValue(false);
    q.addBindValue(p.id);
    q.addBindValue(p.id);
    q.addBindValue(iin.isEmpty() ? name : iin);
    if (ownCard)
        q.addBindValue(appeal.receptionCardId);
    if (q.exec()) {
        while (q.next()) {
            const QDate held = dateOf(q.value(2));
            if (appeal.receivedOn.isValid() && held.isValid() && held > appeal.receivedOn)
                continue;
            if (sameApplicant(appeal, q.value(3).toString(), q.value(4).toString()))
                reasons << tr("%1 resolved the same applicant's earlier personal reception (ЛП-1 card %2 of %3): a "
                              "reception appeal is not assigned to whoever handled the applicant's question before (R-53)")
                               .arg(p.name, q.value(1).toString(), dmy(held));
        }
    } else {
        reasons << tr("the earlier receptions of the applicant could not be checked (R-53): %1").arg(Database::errorText(q));
    }
    return reasons;
}

std::optional<Appeal> AppealAssignment::open(const QString& appealId, Problems* problems)
{
    auto a = AppealService(m_db).find(appealId, problems);
    if (!a)
        return std::nullopt;
    if (a->finalAnswerSentOn.isValid()) {
        problems->append({tr("Appeal"), tr("the final answer to appeal %1 was sent on %2").arg(a->number, dmy(a->finalAnswerSentOn))});
        return std::nullopt;
    }
    return a;
}

bool AppealAssignment::assign(const Session& by, const QString& appealId, const QString& leadUserId,
                              const QStringList& coExecutorIds, Problems* problems)
{
    if (!by.require(kAssigners, tr("assign executors"), problems))
        return false;
    const auto a = open(appealId, problems);
    if (!a)
        return false;
    const QString leadField = tr("Lead executor");
    const QString coField = tr("Co-executors");
    if (!a->leadExecutorId.isEmpty()) {
        problems->append({leadField, tr("Lead executor: the appeal is assigned to %1 already; hand it over by a transfer "
                                        "with a rapport (I-34)")
                                         .arg(a->leadExecutorLogin)});
        return false;
    }
    if (leadUserId.trimmed().isEmpty()) {
        problems->append({leadField, tr("Lead executor is required (I-33)")});
        return false;
    }
    Problems found;
    QList<Person> people;
    QSet<QString> named;
    const QStringList ids = QStringList{leadUserId.trimmed()} + coExecutorIds;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString& field = i == 0 ? leadField : coField;
        const QString id = ids.at(i).trimmed();
        if (id.isEmpty())
            continue;
        const auto p = person(id);
        if (!p) {
            found.append({field, tr("%1: there is no active user %2").arg(field, id)});
            continue;
        }
        if (named.contains(p->id)) {
            found.append({field, tr("%1: %2 is named twice").arg(field, p->name)});
            continue;
        }
        named.insert(p->id);
        for (const QString& reason : check(*a, *p))
            found.append({field, reason});
        people << *p;
    }
    if (!found.isEmpty()) {
        problems->append(found);
        return false;
    }

    const QDate today = m_db.clock().today();
    QStringList logins;
    for (const Person& p : std::as_const(people))
        logins << p.login;
    AppealAction step;
    step.appealId = a->id;
    step.kind = QString::fromLatin1(AppealAction::Kind::Assigned);
    step.actionOn = today;
    step.target = people.first().login;
    step.details = {{u"executors"_s, logins}};
    if (people.size() > 1) {
        step.dueOn = coExecutorsDue(*a); // I-33, D10
        if (step.dueOn.isValid())
            step.details.insert(u"co_executors_due"_s, step.dueOn.toString(Qt::ISODate));
    }

    QVariantMap row = {{u"lead_executor_id"_s, people.first().id}, {u"lead_executor_login"_s, people.first().login}};
    if (a->status.isEmpty() || a->status == u"registered")
        row.insert(u"status"_s, u"in_consideration"_s);
    WriteTransaction tx(m_db, by.actor());
    bool ok = tx.isOpen() && tx.update(u"appeal"_s, a->id, row, a->version);
    for (qsizetype i = 0; ok && i < people.size(); ++i) {
        ok = !tx.insert(kExecutors, {{u"appeal_id"_s, a->id},
                                     {u"organisation_code"_s, a->organisationCode},
                                     {u"user_id"_s, people.at(i).id},
                                     {u"user_login"_s, people.at(i).login},
                                     {u"lead"_s, i == 0},
                                     {u"position"_s, int(i)},
                                     {u"assigned_on"_s, today},
                                     {u"assigned_by_login"_s, nullIfEmpty(by.user().login)}})
                  .isEmpty();
    }
    ok = ok && AppealActionLog::append(tx, by, a->organisationCode, &step) && m_terms.refresh(tx, a->id) && tx.commit();
    if (!ok)
        problems->append({leadField, tx.error().isEmpty() ? tr("the executors could not be assigned") : tx.error()});
    return ok;
}

bool AppealAssignment::transfer(const Session& by, const QString& appealId, const QString& toUserId,
                                const QString& rapport, Problems* problems, QStringList* warnings)
{
    if (!by.require(kAssigners, tr("transfer appeals"), problems))
        return false;
    const auto a = open(appealId, problems);
    if (!a)
        return false;
    const QString toField = tr("Transfer to");
    std::optional<AppealExecutor> lead;
    std::optional<AppealExecutor> existing;
    const QList<AppealExecutor> current = executors(appealId);
    for (const AppealExecutor& e : current) {
        if (!e.active())
            continue;
        if (e.lead)
            lead = e;
        if (e.userId == toUserId.trimmed())
            existing = e;
    }
    if (!lead) {
        problems->append({toField, tr("Transfer to: the appeal has no lead executor yet; assign it first (I-33)")});
        return false;
    }
    Problems found;
    if (rapport.trimmed().isEmpty())
        found.append({tr("Rapport"), tr("Rapport: a transfer is made on a rapport stating its reasons (I-34)")});
    const auto to = person(toUserId.trimmed());
    if (!to) {
        found.append({toField, tr("Transfer to: there is no active user %1").arg(toUserId)});
    } else if (to->id == lead->userId) {
        found.append({toField, tr("Transfer to: %1 is the lead executor already").arg(to->name)});
    } else {
        for (const QString& reason : check(*a, *to))
            found.append({toField, reason});
    }
    if (!found.isEmpty()) {
        problems->append(found);
        return false;
    }

    // D11: the rapport within 3 working days of the receipt by the official handling it; a late one still goes
    // through, flagged.
    const QDate today = m_db.clock().today();
    const QDate rapportDue = m_terms.deadline().due(u"D11"_s, lead->assignedOn);
    const bool late = rapportDue.isValid() && today > rapportDue;
    if (late && warnings)
        *warnings << tr("The rapport is late: it was due within 3 working days of the receipt by %1 on %2, by %3 "
                        "(D11, I-34)")
                         .arg(lead->userLogin, dmy(lead->assignedOn), dmy(rapportDue));

    AppealAction step;
    step.appealId = a->id;
    step.kind = QString::fromLatin1(AppealAction::Kind::Transferred);
    step.actionOn = today;
    step.dueOn = rapportDue;
    step.target = to->login;
    step.reason = rapport.trimmed();
    step.details = {{u"from"_s, lead->userLogin}, {u"late"_s, late}};

    WriteTransaction tx(m_db, by.actor());
    bool ok = tx.isOpen()
           && tx.update(kExecutors, lead->id, {{u"released_on"_s, today}, {u"release_reason"_s, rapport.trimmed()}});
    if (ok && existing) {
        // A co-executor takes the lead: the same row, now first.
        ok = tx.update(kExecutors, existing->id, {{u"lead"_s, true}, {u"position"_s, 0}});
    } else if (ok) {
        ok = !tx.insert(kExecutors, {{u"appeal_id"_s, a->id},
                                     {u"organisation_code"_s, a->organisationCode},
                                     {u"user_id"_s, to->id},
                                     {u"user_login"_s, to->login},
                                     {u"lead"_s, true},
                                     {u"position"_s, 0},
                                     {u"assigned_on"_s, today},
                                     {u"assigned_by_login"_s, nullIfEmpty(by.user().login)}})
                  .isEmpty();
    }
    ok = ok
      && tx.update(u"appeal"_s, a->id, {{u"lead_executor_id"_s, to->id}, {u"lead_executor_login"_s, to->login}},
                   a->version)
      && AppealActionLog::append(tx, by, a->organisationCode, &step) && m_terms.refresh(tx, a->id) && tx.commit();
    if (!ok)
        problems->append({toField, tx.error().isEmpty() ? tr("the appeal could not be transferred") : tx.error()});
    return ok;
}

QList<AppealExecutor> AppealAssignment::executors(const QString& appealId)
{
    QList<AppealExecutor> list;
    QSqlQuery q = m_db.prepare(u"SELECT * FROM appeal_executor WHERE appeal_id = ? AND deleted = ? "
                               "ORDER BY CASE WHEN released_on IS NULL THEN 0 ELSE 1 END, position, assigned_on, hlc"_s);
    q.addBindValue(appealId);
    q.addBindValue(false);
    if (!q.exec())
        return list;
    while (q.next()) {
        const QSqlRecord r = q.record();
        AppealExecutor e;
        e.id = r.value(u"id"_s).toString();
        e.appealId = r.value(u"appeal_id"_s).toString();
        e.userId = r.value(u"user_id"_s).toString();
        e.userLogin = r.value(u"user_login"_s).toString();
        e.lead = flag(r.value(u"lead"_s));
        e.position = r.value(u"position"_s).toInt();
        e.assignedOn = dateOf(r.value(u"assigned_on"_s));
        e.assignedByLogin = r.value(u"assigned_by_login"_s).toString();
        e.releasedOn = dateOf(r.value(u"released_on"_s));
        e.releaseReason = r.value(u"release_reason"_s).toString();
        list << e;
    }
    return list;
}

} // namespace armcpg
