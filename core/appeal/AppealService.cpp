#include "AppealService.h"

#include "appeal/AppealAction.h"
#include "appeal/AppealTerms.h"

#include "directory/DirectoryRepository.h"
#include "identity/Iin.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/NumberSequence.h"
#include "storage/Rows.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {

const QString kTable = u"appeal"_s;
// rules-000 §5: the registrar's work; the workstation's roles that accept and register appeals.
const QList<Role> kRegistrars = {Role::Operator, Role::ReceptionProsecutor, Role::DutyProsecutor, Role::Head};

Appeal readAppeal(const QSqlQuery& q)
{
    const QSqlRecord r = q.record();
    auto text = [&](const char* column) { return r.value(QString::fromLatin1(column)).toString(); };
    auto date = [&](const char* column) {
        const QVariant v = r.value(QString::fromLatin1(column));
        return v.isNull() ? QDate() : QDate::fromString(v.toString().left(10), Qt::ISODate);
    };
    auto stamp = [&](const char* column) {
        const QVariant v = r.value(QString::fromLatin1(column));
        return v.isNull() ? QDateTime() : v.toDateTime();
    };
    // SQLite gives booleans back as text or integers, PostgreSQL as booleans.
    auto flag = [&](const char* column) {
        const QVariant v = r.value(QString::fromLatin1(column));
        return v.typeId() == QMetaType::QString ? v.toString() == u"1" || v.toString() == u"true" : v.toBool();
    };
    Appeal a;
    a.id = text("id");
    a.version = r.value(u"version"_s).toInt();
    a.number = text("number");
    a.organisationCode = text("organisation_code");
    a.receivedOn = date("received_on");
    a.registeredOn = date("registered_on");
    a.kindCode = text("kind_code");
    a.regimeCode = text("regime_code");
    a.formCode = text("form_code");
    a.channelCode = text("channel_code");
    a.applicantName = text("applicant_name");
    a.applicantLegal = flag("applicant_legal");
    a.applicantIin = text("applicant_iin");
    a.applicantBin = text("applicant_bin");
    a.applicantAddress = text("applicant_address");
    const QString co = text("co_applicants");
    a.coApplicants = co.isEmpty() ? QStringList() : co.split(u'\n');
    a.representative = text("representative");
    a.addressee = text("addressee");
    a.subject = text("subject");
    a.essence = text("essence");
    a.language = text("language");
    a.fromReception = flag("from_reception");
    a.receptionCardId = text("reception_card_id");
    a.controlBy = text("control_by");
    a.controlByLogin = text("control_by_login");
    a.controlTakenAt = stamp("control_taken_at");
    a.controlRemovedAt = stamp("control_removed_at");
    a.interimAnswerSentOn = date("interim_answer_sent_on");
    a.finalAnswerSentOn = date("final_answer_sent_on");
    a.screening = text("screening");
    a.mainAppealId = text("main_appeal_id");
    a.parentAppealId = text("parent_appeal_id");
    a.partNumber = r.value(u"part_number"_s).toInt();
    a.status = text("status");
    a.resultsRequired = flag("results_required");
    a.controlAuthority = text("control_authority");
    a.respondentUserId = text("respondent_user_id");
    a.learnedOn = date("learned_on");
    a.dueOn = date("due_on");
    a.extendedTo = date("extended_to");
    a.additionalControl = flag("additional_control");
    a.inspectionStartedOn = date("inspection_started_on");
    a.inspectionEndedOn = date("inspection_ended_on");
    a.leadExecutorId = text("lead_executor_id");
    a.leadExecutorLogin = text("lead_executor_login");
    a.decisionCode = text("decision_code");
    a.decidedOn = date("decided_on");
    a.answerLanguage = text("answer_language");
    a.answerSignedBy = text("answer_signed_by");
    a.answerSignedByLogin = text("answer_signed_by_login");
    a.answerSignedOn = date("answer_signed_on");
    return a;
}


// What the registrar fills in (rules-000 §1.2), as stored at registration and on every correction; the number, the
// dates and the mark that registration fixes are not among them.
QVariantMap registrationColumns(const Appeal& a)
{
    return {{u"received_on"_s, a.receivedOn},
            {u"kind_code"_s, a.kindCode},
            {u"regime_code"_s, a.regimeCode},
            {u"form_code"_s, a.formCode},
            {u"channel_code"_s, a.channelCode},
            // An anonymous appeal (I-2(11)) has no author: stored as an empty name, the column is NOT NULL.
            {u"applicant_name"_s, a.applicantName.trimmed().isEmpty() ? u""_s : a.applicantName.trimmed()},
            {u"applicant_legal"_s, a.applicantLegal},
            {u"applicant_iin"_s, nullIfEmpty(a.applicantIin.trimmed())},
            {u"applicant_bin"_s, nullIfEmpty(a.applicantBin.trimmed())},
            {u"applicant_address"_s, nullIfEmpty(a.applicantAddress)},
            {u"co_applicants"_s, nullIfEmpty(a.coApplicants.join(u'\n'))},
            {u"representative"_s, nullIfEmpty(a.representative)},
            {u"addressee"_s, nullIfEmpty(a.addressee)},
            {u"subject"_s, nullIfEmpty(a.subject)},
            {u"essence"_s, a.essence},
            {u"language"_s, nullIfEmpty(a.language)},
            {u"results_required"_s, a.resultsRequired},
            {u"control_authority"_s, nullIfEmpty(a.controlAuthority)},
            {u"respondent_user_id"_s, nullIfEmpty(a.respondentUserId)},
            {u"learned_on"_s, nullIfEmpty(a.learnedOn)}};
}

} // namespace

Problems AppealService::validate(const Appeal& a)
{
    Problems problems;
    DirectoryRepository directories(m_db);
    auto code = [&](const QString& field, const char* directory, const QString& value, bool required) {
        if (value.trimmed().isEmpty()) {
            if (required)
                problems.append({field, tr("%1 is required").arg(field)});
            return std::optional<DirectoryEntry>();
        }
        auto entry = directories.entry(QString::fromLatin1(directory), value);
        if (!entry)
            problems.append({field, tr("%1: \"%2\" is not in the directory").arg(field, value)});
        return entry;
    };
    const auto kind = code(tr("Kind"), "appeal_kind", a.kindCode, true);
    if (kind && kind->code == u"reception_application")
        problems.append({tr("Kind"), tr("Kind: an application for personal reception is not an appeal")});
    code(tr("Procedural regime"), "procedural_regime", a.regimeCode, true);
    const auto form = code(tr("Form"), "appeal_form", a.formCode, true);
    // I-2(13): a petition (ходатайство) is a written request.
    if (kind && form && kind->attributes.value(u"written_only"_s) == u"1"
        && form->attributes.value(u"written"_s) != u"1")
        problems.append({tr("Form"), tr("Form: a petition is made in writing only")});
    const auto channel = code(tr("Channel"), "appeal_channel", a.channelCode, true);
    // an appeal accepted at a reception carries the mark and comes through the personal-reception channel.
    if (a.fromReception && channel && channel->code != u"personal_reception")
        problems.append({tr("Channel"), tr("Channel: an appeal from a personal reception comes through that channel")});
    if (!a.receptionCardId.isEmpty()) {
        QSqlQuery q = m_db.prepare(u"SELECT 1 FROM reception_card WHERE id = ? AND deleted = ?"_s);
        q.addBindValue(a.receptionCardId);
        q.addBindValue(false);
        if (!(q.exec() && q.next()))
            problems.append({tr("Reception card"), tr("Reception card: there is no such ЛП-1 card")});
        if (!a.fromReception)
            problems.append({tr("From personal reception"),
                             tr("From personal reception: an appeal linked to an ЛП-1 card carries the mark")});
    }
    if (!a.language.isEmpty())
        code(tr("Language"), "protocol_language", a.language, false);

    // I-39: patronymic, IIN and BIN are optional; an appeal without an author is anonymous (I-2(11)) and is
    // registered all the same, never discarded (I-42).
    if (a.applicantLegal && a.applicantName.trimmed().isEmpty())
        problems.append({tr("Applicant"), tr("Applicant: the name of the legal entity is required")});
    if (!a.applicantIin.trimmed().isEmpty()) {
        const IinInfo iin = Iin::check(a.applicantIin.trimmed());
        if (!iin.valid)
            problems.append({tr("IIN"), tr("IIN: %1 is not a valid IIN").arg(a.applicantIin)});
    }
    if (!a.applicantBin.trimmed().isEmpty()) {
        const BinInfo bin = Bin::check(a.applicantBin.trimmed());
        if (!bin.valid)
            problems.append({tr("BIN"), tr("BIN: %1 is not a valid BIN").arg(a.applicantBin)});
    }
    // I-40: the essence, motives and demands are required.
    if (a.essence.trimmed().isEmpty())
        problems.append({tr("Essence"), tr("Essence is required (I-40)")});
    const QList<std::pair<QString, QString>> texts = {
        {tr("Applicant"), a.applicantName}, {tr("Address"), a.applicantAddress},
        {tr("Representative"), a.representative}, {tr("Addressee"), a.addressee},
        {tr("Subject"), a.subject}, {tr("Essence"), a.essence}, {tr("Co-applicants"), a.coApplicants.join(u'\n')}};
    for (const auto& [field, value] : texts) {
        if (value.size() > kMaxTextLength)
            problems.append({field, tr("%1 is longer than %2 characters").arg(field).arg(kMaxTextLength)});
    }
    const QDate today = m_db.clock().today();
    if (!a.receivedOn.isValid())
        problems.append({tr("Received on"), tr("Received on: the date of receipt is required")});
    else if (a.receivedOn > today)
        problems.append({tr("Received on"), tr("Received on: the date of receipt is in the future")});
    return problems;
}

bool AppealService::registerAppeal(const Session& by, Appeal* appeal, Problems* problems)
{
    if (!by.require(kRegistrars, tr("register appeals"), problems))
        return false;
    if (!appeal->id.isEmpty()) {
        problems->append({tr("Number"), tr("the appeal is registered already as %1").arg(appeal->number)});
        return false;
    }
    if (appeal->organisationCode.isEmpty())
        appeal->organisationCode = m_db.organisationCode();
    if (!appeal->receptionCardId.isEmpty())
        appeal->fromReception = true;
    if (appeal->fromReception && appeal->channelCode.isEmpty())
        appeal->channelCode = u"personal_reception"_s;
    const Problems found = validate(*appeal);
    if (!found.isEmpty()) {
        problems->append(found);
        return false;
    }
    const QDate today = m_db.clock().today();
    const QString org = appeal->organisationCode;
    WriteTransaction tx(m_db, by.actor());
    bool ok = tx.isOpen();
    QString number, id;
    if (ok) {
        const qint64 seq = NumberSequence::next(m_db, u"appeal"_s, org, today.year());
        ok = seq > 0;
        number = NumberSequence::format(org, today.year(), m_db.deviceId(), seq, u"ЖҚ-"_s);
    }
    if (ok) {
        QVariantMap row = registrationColumns(*appeal);
        row.insert(QVariantMap{{u"number"_s, number},
                               {u"organisation_code"_s, org},
                               {u"registered_on"_s, today},
                               {u"from_reception"_s, appeal->fromReception},
                               {u"reception_card_id"_s, nullIfEmpty(appeal->receptionCardId)},
                               {u"screening"_s, nullIfEmpty(appeal->screening)},
                               {u"main_appeal_id"_s, nullIfEmpty(appeal->mainAppealId)},
                               {u"status"_s, appeal->status.isEmpty() ? u"registered"_s : appeal->status}});
        id = tx.insert(kTable, row);
        ok = !id.isEmpty();
    }
    // The term in force is stored at registration (appeal.due_on), so that the control lists are one query.
    if (ok)
        ok = AppealTerms(m_db).refresh(tx, id);
    if (ok && tx.commit()) {
        if (const auto stored = load(id))
            *appeal = *stored;
        return true;
    }
    problems->append({tr("Appeal"), tx.error().isEmpty() ? tr("the appeal could not be registered") : tx.error()});
    return false;
}

std::optional<Appeal> AppealService::load(const QString& id)
{
    return firstRow(m_db, u"SELECT * FROM appeal WHERE id = ? AND deleted = ?"_s, {id, false}, readAppeal);
}

std::optional<Appeal> AppealService::find(const QString& id, Problems* problems)
{
    auto a = load(id);
    if (!a)
        problems->append({tr("Appeal"), tr("there is no such appeal")});
    return a;
}

std::optional<Appeal> AppealService::byNumber(const QString& number)
{
    return firstRow(m_db, u"SELECT * FROM appeal WHERE number = ? AND deleted = ?"_s, {number, false}, readAppeal);
}

QList<Appeal> AppealService::list(const QDate& from, const QDate& to, int limit)
{
    return allRows(m_db,
                   u"SELECT * FROM appeal WHERE deleted = ? AND registered_on >= ? AND registered_on <= ? "
                   "ORDER BY registered_on, number LIMIT ?"_s,
                   {false, from.isValid() ? from : QDate(1900, 1, 1), to.isValid() ? to : QDate(2200, 12, 31), limit},
                   readAppeal);
}

namespace {

AppealAction step(const char* kind, const QDate& on)
{
    AppealAction s;
    s.kind = QString::fromLatin1(kind);
    s.actionOn = on;
    return s;
}

// The same person: by user id; the program (no user id) by its label.
bool samePerson(const Session& by, const Appeal& a)
{
    if (!a.controlBy.isEmpty())
        return by.user().id == a.controlBy;
    return by.user().id.isEmpty() && by.user().login == a.controlByLogin;
}

} // namespace

bool AppealService::takeOnControl(const Session& by, const QString& appealId, Problems* problems)
{
    if (!by.require({Role::Head, Role::ReceptionProsecutor}, tr("take appeals on control"), problems))
        return false;
    const auto a = find(appealId, problems);
    if (!a)
        return false;
    if (a->onControl()) {
        problems->append({tr("Control"), tr("Control: the appeal is on control already (%1)").arg(a->controlByLogin)});
        return false;
    }
    AppealAction taken = step(AppealAction::Kind::ControlTaken, m_db.clock().today());
    return AppealActionLog::commitStep(m_db, by, *a,
                                       {{u"control_by"_s, nullIfEmpty(by.user().id)},
                                        {u"control_by_login"_s, by.user().login},
                                        {u"control_taken_at"_s, m_db.clock().now()},
                                        {u"control_removed_at"_s, QVariant()}},
                                       &taken, tr("Control"), tr("the appeal could not be taken on control"), problems);
}

bool AppealService::removeFromControl(const Session& by, const QString& appealId, Problems* problems)
{
    const auto a = find(appealId, problems);
    if (!a)
        return false;
    if (!a->onControl()) {
        problems->append({tr("Control"), tr("Control: the appeal is not on control")});
        return false;
    }
    // I-53: only the head who took the appeal on control removes it.
    if (!samePerson(by, *a)) {
        problems->append({tr("Control"),
                          tr("Control: only %1, who took the appeal on control, can remove it (I-53)").arg(a->controlByLogin)});
        return false;
    }
    // the only ground to remove a reception appeal from control is the final reasoned answer.
    if (a->fromReception && !a->finalAnswerSentOn.isValid()) {
        problems->append({tr("Control"), tr("Control: an appeal from a personal reception stays on control until its "
                                            "final answer is sent (R-54)")});
        return false;
    }
    AppealAction removed = step(AppealAction::Kind::ControlRemoved, m_db.clock().today());
    return AppealActionLog::commitStep(m_db, by, *a, {{u"control_removed_at"_s, m_db.clock().now()}}, &removed,
                                       tr("Control"), tr("control could not be removed"), problems);
}

bool AppealService::recordAnswer(const Session& by, const QString& appealId, const QDate& sentOn, bool final,
                                 Problems* problems)
{
    if (!by.require(kRegistrars, tr("record answers"), problems))
        return false;
    const auto a = find(appealId, problems);
    if (!a)
        return false;
    const QString field = final ? tr("Final answer sent on") : tr("Interim answer sent on");
    if (!sentOn.isValid()) {
        problems->append({field, tr("%1: the sending date is required").arg(field)});
        return false;
    }
    if (sentOn > m_db.clock().today() || (a->receivedOn.isValid() && sentOn < a->receivedOn)) {
        problems->append({field, tr("%1: the date must lie between the receipt and today").arg(field)});
        return false;
    }
    AppealAction answer = step(final ? AppealAction::Kind::FinalAnswer : AppealAction::Kind::InterimAnswer, sentOn);
    return AppealActionLog::commitStep(m_db, by, *a,
                                       {{final ? u"final_answer_sent_on"_s : u"interim_answer_sent_on"_s, sentOn}},
                                       &answer, field, tr("the answer could not be recorded"), problems);
}

bool AppealService::update(const Session& by, Appeal* appeal, Problems* problems)
{
    if (!by.require(kRegistrars, tr("correct appeals"), problems))
        return false;
    const auto stored = appeal->id.isEmpty() ? std::nullopt : load(appeal->id);
    if (!stored) {
        problems->append({tr("Appeal"), tr("there is no such appeal")});
        return false;
    }
    // What registration fixed stays as it is (I-23, R-51).
    appeal->number = stored->number;
    appeal->registeredOn = stored->registeredOn;
    appeal->organisationCode = stored->organisationCode;
    appeal->fromReception = stored->fromReception;
    appeal->receptionCardId = stored->receptionCardId;
    if (appeal->fromReception && appeal->channelCode.isEmpty())
        appeal->channelCode = u"personal_reception"_s;
    const Problems found = validate(*appeal);
    if (!found.isEmpty()) {
        problems->append(found);
        return false;
    }
    WriteTransaction tx(m_db, by.actor());
    const bool ok = tx.isOpen()
                 && tx.update(kTable, appeal->id, registrationColumns(*appeal), appeal->version)
                 // The term in force follows the kind, the regime and the day of receipt (I-50, I-54, I-79).
                 && AppealTerms(m_db).refresh(tx, appeal->id) && tx.commit();
    if (!ok) {
        problems->append({tr("Appeal"), tx.error().isEmpty() ? tr("the appeal could not be saved") : tx.error()});
        return false;
    }
    if (const auto reloaded = load(appeal->id))
        *appeal = *reloaded;
    return true;
}

} // namespace armcpg
