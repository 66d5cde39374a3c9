#include "AppealTerms.h"

#include "appeal/AppealAction.h"
#include "appeal/AppealService.h"
#include "calendar/CalendarService.h"
#include "security/Session.h"
#include "settings/AppSettings.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {

const QString kTable = u"appeal"_s;
// Who carries out the steps of consideration: the prosecutors and the head (rules-000 §5).
const QList<Role> kConsiderers = {Role::Head, Role::ReceptionProsecutor, Role::DutyProsecutor};

DeadlineSettings settingsOf(Database& db)
{
    DeadlineSettings settings;
    settings.receiptDayCounts = AppSettings(db).boolValue(u"deadline.receipt_day_counts"_s, false);
    return settings;
}

QString dmy(const QDate& date) { return date.toString(u"dd.MM.yyyy"_s); }

} // namespace

AppealTerms::AppealTerms(Database& db)
    : m_db(db), m_rules(DeadlineRuleSet::builtin()), m_calculator(CalendarService(db).load(), settingsOf(db)),
      m_deadline(m_calculator, m_rules)
{
}

bool AppealTerms::refresh(WriteTransaction& tx, const QString& appealId) { return refresh(tx, appealId, 0); }

bool AppealTerms::refresh(WriteTransaction& tx, const QString& appealId, int depth)
{
    AppealService appeals(m_db);
    const auto a = appeals.load(appealId);
    if (!a)
        return false;
    std::optional<Appeal> main;
    if (!a->mainAppealId.isEmpty() && a->mainAppealId != a->id)
        main = appeals.load(a->mainAppealId);
    QDate due = m_deadline.termInForce(*a, main ? &*main : nullptr);
    // I-35, D12b: a duplicate attached when its main appeal was answered already (AppealTriage decides it at the
    // attachment and records the rule on the step) is answered by reference within 10 days of its own receipt.
    if (main) {
        const auto attached = AppealActionLog(m_db).latest(appealId, QString::fromLatin1(AppealAction::Kind::DuplicateAttached));
        if (attached && attached->details.value(u"rule"_s).toString() == u"D12b")
            due = m_deadline.due(u"D12b"_s, a->receivedOn.isValid() ? a->receivedOn : a->registeredOn);
    }
    if (!tx.update(kTable, appealId, {{u"due_on"_s, nullIfEmpty(due)}}))
        return false;
    // I-35: the duplicates share this term. One level: a duplicate is attached to a main appeal, never to another
    // duplicate, and the depth guards against a cycle in bad data.
    if (depth > 0)
        return true;
    QSqlQuery q = m_db.prepare(u"SELECT id FROM appeal WHERE main_appeal_id = ? AND deleted = ?"_s);
    q.addBindValue(appealId);
    q.addBindValue(false);
    if (!q.exec())
        return false;
    QStringList duplicates;
    while (q.next())
        duplicates << q.value(0).toString();
    for (const QString& id : std::as_const(duplicates)) {
        if (id != appealId && !refresh(tx, id, depth + 1))
            return false;
    }
    return true;
}

bool AppealTerms::refresh(const Session& by, const QString& appealId, Problems* problems)
{
    WriteTransaction tx(m_db, by.actor());
    if (tx.isOpen() && refresh(tx, appealId) && tx.commit())
        return true;
    problems->append({tr("Term"), tx.error().isEmpty() ? tr("the term of the appeal could not be recomputed") : tx.error()});
    return false;
}

std::optional<Appeal> AppealTerms::open(const QString& appealId, Problems* problems)
{
    auto a = AppealService(m_db).find(appealId, problems);
    if (!a)
        return std::nullopt;
    if (a->finalAnswerSentOn.isValid()) {
        problems->append({tr("Appeal"), tr("the final answer to appeal %1 was sent on %2: its terms are closed")
                                            .arg(a->number, dmy(a->finalAnswerSentOn))});
        return std::nullopt;
    }
    return a;
}

bool AppealTerms::commitStep(const Session& by, const Appeal& appeal, const QVariantMap& changes, AppealAction* step,
                             const QString& field, const QString& failure, Problems* problems)
{
    // Every step here may move the term in force: it is stored again in the same transaction.
    return AppealActionLog::commitStep(m_db, by, appeal, changes, step, field, failure, problems,
                                       [&](WriteTransaction& tx) { return refresh(tx, appeal.id); });
}

bool AppealTerms::extend(const Session& by, const QString& appealId, const QDate& newDue, const QString& reason,
                         const QDate& rapportFiledOn, Problems* problems)
{
    // I-52: "мотивированным решением руководителя органа прокуратуры или его заместителя".
    if (!by.require({Role::Head}, tr("extend the term of appeals"), problems))
        return false;
    const auto a = open(appealId, problems);
    if (!a)
        return false;
    const QString newDueField = tr("New term");
    if (!a->mainAppealId.isEmpty()) {
        problems->append({newDueField, tr("New term: a duplicate shares the term of its main appeal (I-35): extend the "
                                          "main appeal")});
        return false;
    }
    const QDate current = a->dueOn.isValid() ? a->dueOn : m_deadline.termInForce(*a);
    if (!current.isValid()) {
        problems->append({newDueField, tr("New term: the terms of the Administrative Procedural Code do not apply to "
                                          "this appeal (I-5, I-13): there is no term to extend")});
        return false;
    }
    const QDate today = m_db.clock().today();
    // The rapport comes before expiry (D18), so an expired term is not extended after the fact.
    if (today > current) {
        problems->append({newDueField, tr("New term: the term expired on %1 and can no longer be extended (I-52)")
                                           .arg(dmy(current))});
        return false;
    }
    Problems found;
    if (reason.trimmed().isEmpty())
        found.append({tr("Reason"), tr("Reason: the extension is decided by a motivated decision; state the reasons "
                                       "(I-52)")});
    const QDate cap = m_deadline.extensionCap(*a);
    if (!newDue.isValid())
        found.append({newDueField, tr("New term: the date is required")});
    else if (newDue <= current)
        found.append({newDueField, tr("New term: %1 is not later than the term in force, %2").arg(dmy(newDue), dmy(current))});
    else if (cap.isValid() && newDue > cap)
        found.append({newDueField, tr("New term: no more than two months from the receipt: the term may end on %1 at "
                                      "the latest (D17a, I-52)")
                                       .arg(dmy(cap))});
    const QString rapportField = tr("Rapport filed on");
    const QDate rapportBy = m_deadline.extensionRapportBy(current);
    if (!rapportFiledOn.isValid())
        found.append({rapportField, tr("Rapport filed on: the date of the extension rapport is required (I-52)")});
    else if (rapportFiledOn > today)
        found.append({rapportField, tr("Rapport filed on: the date is in the future")});
    else if (rapportBy.isValid() && rapportFiledOn > rapportBy)
        found.append({rapportField, tr("Rapport filed on: the rapport is filed at least one day before the term "
                                       "expires on %1, that is by %2 (D18, I-52)")
                                        .arg(dmy(current), dmy(rapportBy))});
    if (!found.isEmpty()) {
        problems->append(found);
        return false;
    }

    AppealAction step;
    step.kind = QString::fromLatin1(AppealAction::Kind::Extended);
    step.actionOn = today;
    step.dueOn = m_deadline.due(u"D17b"_s, today); // the notice to the applicant within 3 WD
    step.approvedByLogin = by.user().login;
    step.target = newDue.toString(Qt::ISODate);
    step.reason = reason.trimmed();
    step.details = {{u"previous_due"_s, current.toString(Qt::ISODate)},
                    {u"extended_to"_s, newDue.toString(Qt::ISODate)},
                    {u"rapport_filed_on"_s, rapportFiledOn.toString(Qt::ISODate)}};
    return commitStep(by, *a, {{u"extended_to"_s, newDue}}, &step, newDueField, tr("the term could not be extended"),
                      problems);
}

bool AppealTerms::putOnAdditionalControl(const Session& by, const QString& appealId, const QString& reason,
                                         Problems* problems)
{
    if (!by.require({Role::Head}, tr("put appeals on additional control"), problems))
        return false;
    const auto a = open(appealId, problems);
    if (!a)
        return false;
    const QString field = tr("Additional control");
    if (a->additionalControl) {
        problems->append({field, tr("Additional control: the appeal is on additional control already")});
        return false;
    }
    if (reason.trimmed().isEmpty()) {
        problems->append({tr("Reason"), tr("Reason: additional control is decided on a rapport; state its reasons (I-52)")});
        return false;
    }
    const QDate today = m_db.clock().today();
    AppealAction step;
    step.kind = QString::fromLatin1(AppealAction::Kind::AdditionalControl);
    step.actionOn = today;
    step.dueOn = m_deadline.due(u"D19"_s, today);
    step.approvedByLogin = by.user().login;
    step.reason = reason.trimmed();
    return commitStep(by, *a, {{u"additional_control"_s, true}}, &step, field,
                      tr("the appeal could not be put on additional control"), problems);
}

bool AppealTerms::startInspection(const Session& by, const QString& appealId, const QDate& startedOn,
                                  Problems* problems)
{
    if (!by.require(kConsiderers, tr("record inspections"), problems))
        return false;
    const auto a = open(appealId, problems);
    if (!a)
        return false;
    const QString field = tr("Inspection started on");
    if (a->inspectionStartedOn.isValid() && !a->inspectionEndedOn.isValid()) {
        problems->append({field, tr("Inspection started on: an inspection is under way since %1")
                                     .arg(dmy(a->inspectionStartedOn))});
        return false;
    }
    const QDate today = m_db.clock().today();
    if (!startedOn.isValid()) {
        problems->append({field, tr("Inspection started on: the date is required")});
        return false;
    }
    if (startedOn > today || (a->receivedOn.isValid() && startedOn < a->receivedOn)) {
        problems->append({field, tr("Inspection started on: the date must lie between the receipt and today")});
        return false;
    }
    AppealAction step;
    step.kind = QString::fromLatin1(AppealAction::Kind::InspectionStarted);
    step.actionOn = startedOn;
    step.details = {{u"interim_answer_required"_s, true}}; // I-52
    return commitStep(by, *a, {{u"inspection_started_on"_s, startedOn}, {u"inspection_ended_on"_s, QVariant()}}, &step,
                      field, tr("the inspection could not be recorded"), problems);
}

bool AppealTerms::endInspection(const Session& by, const QString& appealId, const QDate& endedOn, Problems* problems)
{
    if (!by.require(kConsiderers, tr("record inspections"), problems))
        return false;
    const auto a = open(appealId, problems);
    if (!a)
        return false;
    const QString field = tr("Inspection ended on");
    if (!a->inspectionStartedOn.isValid() || a->inspectionEndedOn.isValid()) {
        problems->append({field, tr("Inspection ended on: no inspection is under way")});
        return false;
    }
    if (!endedOn.isValid()) {
        problems->append({field, tr("Inspection ended on: the date is required")});
        return false;
    }
    const QDate today = m_db.clock().today();
    if (endedOn > today || endedOn < a->inspectionStartedOn) {
        problems->append({field, tr("Inspection ended on: the date must lie between the start of the inspection, %1, "
                                    "and today")
                                     .arg(dmy(a->inspectionStartedOn))});
        return false;
    }
    AppealAction step;
    step.kind = QString::fromLatin1(AppealAction::Kind::InspectionEnded);
    step.actionOn = endedOn;
    step.dueOn = m_deadline.due(u"D20"_s, endedOn); // the final answer within 10 WD
    return commitStep(by, *a, {{u"inspection_ended_on"_s, endedOn}}, &step, field,
                      tr("the end of the inspection could not be recorded"), problems);
}

bool AppealTerms::noticeOfHearing(const Session& by, const QString& appealId, const QDate& actOn, const QString& place,
                                  Problems* problems)
{
    if (!by.require(kConsiderers, tr("notify hearings"), problems))
        return false;
    const auto a = open(appealId, problems);
    if (!a)
        return false;
    if (!AppealDeadline::hearingAllowed(a->kindCode, a->regimeCode)) {
        problems->append({tr("Hearing"), tr("Hearing: there is no hearing in the simplified procedure, except for "
                                            "statements and complaints (I-56)")});
        return false;
    }
    const QString actField = tr("Act on");
    const QDate today = m_db.clock().today();
    Problems found;
    QDate noticeBy;
    if (!actOn.isValid()) {
        found.append({actField, tr("Act on: the planned date of the administrative act is required")});
    } else {
        noticeBy = m_deadline.due(u"D14"_s, actOn);
        if (noticeBy.isValid() && today > noticeBy)
            found.append({actField, tr("Act on: the participant is notified no later than 3 working days before the "
                                       "act, by %1; the act can be adopted on %2 at the earliest (D14, I-43)")
                                        .arg(dmy(noticeBy), dmy(m_calculator.addWorkingDays(today, 3)))});
    }
    if (place.trimmed().isEmpty())
        found.append({tr("Place"), tr("Place: the place of the hearing is required (I-43)")});
    if (!found.isEmpty()) {
        problems->append(found);
        return false;
    }
    AppealAction step;
    step.kind = QString::fromLatin1(AppealAction::Kind::HearingNotice);
    step.actionOn = today;
    step.dueOn = noticeBy;
    step.target = place.trimmed();
    step.details = {{u"act_on"_s, actOn.toString(Qt::ISODate)}};
    // The hearing changes no column of the appeal: the step alone.
    return commitStep(by, *a, {}, &step, actField, tr("the hearing notice could not be recorded"), problems);
}

QList<Appeal> AppealTerms::interimAnswerMissing(const QString& organisationCode)
{
    QString sql = u"SELECT id FROM appeal WHERE deleted = ? AND inspection_started_on IS NOT NULL "
                  "AND final_answer_sent_on IS NULL "
                  "AND (interim_answer_sent_on IS NULL OR interim_answer_sent_on < inspection_started_on)"_s;
    if (!organisationCode.isEmpty())
        sql += u" AND organisation_code = ?"_s;
    sql += u" ORDER BY due_on, number"_s;
    QSqlQuery q = m_db.prepare(sql);
    q.addBindValue(false);
    if (!organisationCode.isEmpty())
        q.addBindValue(organisationCode);
    QStringList ids;
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toString();
    }
    QList<Appeal> appeals;
    AppealService service(m_db);
    for (const QString& id : std::as_const(ids)) {
        if (auto a = service.load(id))
            appeals << *a;
    }
    return appeals;
}

} // namespace armcpg
