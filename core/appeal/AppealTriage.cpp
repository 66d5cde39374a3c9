#include "AppealTriage.h"

#include "appeal/AppealAction.h"
#include "appeal/AppealDeadline.h"
#include "appeal/AppealScreening.h"
#include "appeal/AppealService.h"

#include "calendar/CalendarService.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {

const QString kTable = u"appeal"_s;
// rules-000 §5: the registrar triages (I-23 to I-26, I-31, I-35).
const QList<Role> kRegistrars = {Role::Operator, Role::ReceptionProsecutor, Role::DutyProsecutor, Role::Head};

QString text(const char* value)
{
    return QString::fromLatin1(value);
}

} // namespace

AppealTriage::AppealTriage(Database& db)
    : m_db(db), m_calculator(CalendarService(db).load()), m_rules(DeadlineRuleSet::builtin())
{
}

AppealTriage::AppealTriage(Database& db, const DeadlineCalculator& calculator, const DeadlineRuleSet& rules)
    : m_db(db), m_calculator(calculator), m_rules(rules)
{
}

bool AppealTriage::isOpen(const QString& status)
{
    return status.isEmpty() || status == QLatin1String(Status::Registered)
        || status == QLatin1String(Status::InConsideration) || status == QLatin1String(Status::DeficiencyNotified);
}

QDate AppealTriage::dueBy(const QString& ruleId, const Appeal& appeal) const
{
    const DeadlineRule* rule = m_rules.find(ruleId);
    const QDate received = appeal.receivedOn.isValid() ? appeal.receivedOn : appeal.registeredOn;
    if (!rule || !received.isValid())
        return {};
    const Due due = m_calculator.due(*rule, QDateTime(received, QTime(12, 0)));
    return due.computable ? due.date : QDate();
}

QDate AppealTriage::forwardingDue(const Appeal& appeal) const
{
    return dueBy(u"D8"_s, appeal);
}

QDate AppealTriage::anonymousDecisionDue(const Appeal& appeal) const
{
    return dueBy(u"D13b"_s, appeal);
}

QDate AppealTriage::lateDuplicateDue(const Appeal& appeal) const
{
    return dueBy(u"D12b"_s, appeal);
}

std::optional<Appeal> AppealTriage::openAppeal(const QString& appealId, Problems* problems)
{
    auto a = AppealService(m_db).find(appealId, problems);
    if (!a)
        return std::nullopt;
    if (!isOpen(a->status)) {
        problems->append({tr("Status"), tr("Status: appeal %1 is %2 already").arg(a->number, a->status)});
        return std::nullopt;
    }
    return a;
}

namespace {

// The checks forward() and forwardPart() share (I-31); adds the problems and returns false when refused.
bool checkForwarding(const Appeal& a, const Forwarding& f, Problems* problems)
{
    const qsizetype before = problems->size();
    if (f.targetBody.trimmed().isEmpty())
        problems->append({AppealTriage::tr("Competent body"),
                          AppealTriage::tr("Competent body: name the body the appeal is forwarded to (I-31)")});
    // I-31: forwarding without the simultaneous notice to the applicant is invalid; explaining the competent
    // body without forwarding is not an action at all.
    if (!f.applicantNotified)
        problems->append({AppealTriage::tr("Notice to the applicant"),
                          AppealTriage::tr("Notice to the applicant: the applicant is notified at the same time as "
                                           "the appeal is forwarded (I-31)")});
    // I-42: an anonymous appeal has nobody to notify; it is redirected (crime, security) or left by a conclusion.
    if (a.screening == QLatin1String(AppealScreening::Screening::Anonymous))
        problems->append({AppealTriage::tr("Screening"),
                          AppealTriage::tr("Screening: an anonymous appeal is redirected or left without "
                                           "consideration, not forwarded with a notice (I-42)")});
    return problems->size() == before;
}

AppealAction forwardedStep(const Appeal& a, const Forwarding& f, const QDate& today, const QDate& due)
{
    AppealAction step;
    step.appealId = a.id;
    step.kind = text(AppealAction::Kind::Forwarded);
    step.actionOn = today;
    step.dueOn = due;
    step.doneOn = today; // the notice goes out with the forwarding (I-31)
    step.target = f.targetBody.trimmed();
    step.reason = f.reason.trimmed();
    step.documentNumber = f.coverLetterNumber.trimmed();
    step.details.insert(u"notice_sent_on"_s, today.toString(Qt::ISODate));
    if (!f.noticeNumber.trimmed().isEmpty())
        step.details.insert(u"notice_number"_s, f.noticeNumber.trimmed());
    if (due.isValid() && today > due)
        step.details.insert(u"late"_s, true); // D8 missed: recorded all the same, and visible
    return step;
}

} // namespace

bool AppealTriage::forward(const Session& by, const QString& appealId, const Forwarding& forwarding,
                           Problems* problems)
{
    if (!by.require(kRegistrars, tr("forward appeals"), problems))
        return false;
    const auto a = openAppeal(appealId, problems);
    if (!a || !checkForwarding(*a, forwarding, problems))
        return false;
    const QDate today = m_db.clock().today();
    AppealAction step = forwardedStep(*a, forwarding, today, forwardingDue(*a));
    return AppealActionLog::commitStep(m_db, by, *a, {{u"status"_s, text(Status::Forwarded)}}, &step, tr("Appeal"),
                                       tr("the appeal could not be forwarded"), problems);
}

QString AppealTriage::forwardPart(const Session& by, const QString& appealId, const Forwarding& forwarding,
                                  Problems* problems)
{
    if (!by.require(kRegistrars, tr("forward parts of appeals"), problems))
        return {};
    const auto a = openAppeal(appealId, problems);
    if (!a)
        return {};
    bool valid = checkForwarding(*a, forwarding, problems);
    if (forwarding.partEssence.trimmed().isEmpty()) {
        problems->append({tr("Part"), tr("Part: state the question that goes to the other body (RR-11)")});
        valid = false;
    } else if (forwarding.partEssence.size() > AppealService::kMaxTextLength) {
        problems->append({tr("Part"), tr("Part is longer than %1 characters").arg(AppealService::kMaxTextLength)});
        valid = false;
    }
    // RR-11 numbers parts of the main appeal; a part is not split again.
    if (!a->parentAppealId.isEmpty()) {
        problems->append({tr("Part"), tr("Part: %1 is a part already; split the main appeal (RR-11)").arg(a->number)});
        valid = false;
    }
    if (!valid)
        return {};

    const QDate today = m_db.clock().today();
    WriteTransaction tx(m_db, by.actor());
    bool ok = tx.isOpen();
    int n = 0;
    if (ok) {
        // Inside the transaction; deleted parts count too, as a number is never reused (the column is UNIQUE).
        QSqlQuery q = m_db.prepare(u"SELECT MAX(part_number) FROM appeal WHERE parent_appeal_id = ?"_s);
        q.addBindValue(a->id);
        ok = q.exec();
        n = ok && q.next() ? q.value(0).toInt() + 1 : 1;
    }
    const QString number = u"%1/%2"_s.arg(a->number).arg(n);
    QString partId;
    if (ok) {
        partId = tx.insert(kTable, {{u"number"_s, number},
                                    {u"organisation_code"_s, a->organisationCode},
                                    {u"registered_on"_s, a->registeredOn},
                                    {u"received_on"_s, nullIfEmpty(a->receivedOn)},
                                    {u"kind_code"_s, nullIfEmpty(a->kindCode)},
                                    {u"regime_code"_s, nullIfEmpty(a->regimeCode)},
                                    {u"form_code"_s, nullIfEmpty(a->formCode)},
                                    {u"channel_code"_s, nullIfEmpty(a->channelCode)},
                                    {u"from_reception"_s, a->fromReception},
                                    {u"reception_card_id"_s, nullIfEmpty(a->receptionCardId)},
                                    {u"applicant_name"_s, a->applicantName},
                                    {u"applicant_legal"_s, a->applicantLegal},
                                    {u"applicant_iin"_s, nullIfEmpty(a->applicantIin)},
                                    {u"applicant_bin"_s, nullIfEmpty(a->applicantBin)},
                                    {u"applicant_address"_s, nullIfEmpty(a->applicantAddress)},
                                    {u"co_applicants"_s, nullIfEmpty(a->coApplicants.join(u'\n'))},
                                    {u"representative"_s, nullIfEmpty(a->representative)},
                                    {u"addressee"_s, nullIfEmpty(a->addressee)},
                                    {u"subject"_s, nullIfEmpty(forwarding.partSubject.trimmed().isEmpty()
                                                                   ? a->subject
                                                                   : forwarding.partSubject.trimmed())},
                                    {u"essence"_s, forwarding.partEssence.trimmed()},
                                    {u"language"_s, nullIfEmpty(a->language)},
                                    {u"screening"_s, nullIfEmpty(a->screening)},
                                    {u"parent_appeal_id"_s, a->id},
                                    {u"part_number"_s, n},
                                    {u"status"_s, text(Status::Forwarded)},
                                    {u"results_required"_s, a->resultsRequired},
                                    {u"control_authority"_s, nullIfEmpty(a->controlAuthority)}});
        ok = !partId.isEmpty();
    }
    // The main appeal records the split and stays in consideration with the rest of its questions.
    AppealAction split;
    split.appealId = a->id;
    split.kind = text(AppealAction::Kind::PartSplit);
    split.actionOn = today;
    split.target = forwarding.targetBody.trimmed();
    split.reason = forwarding.reason.trimmed();
    split.details = {{u"part_appeal_id"_s, partId}, {u"part_number"_s, n}, {u"part_appeal_number"_s, number}};
    Appeal part = *a;
    part.id = partId;
    part.number = number;
    AppealAction step = forwardedStep(part, forwarding, today, forwardingDue(*a));
    step.details.insert(u"parent_appeal_id"_s, a->id);
    if (ok && a->status != QLatin1String(Status::InConsideration)
        && a->status != QLatin1String(Status::DeficiencyNotified))
        ok = tx.update(kTable, a->id, {{u"status"_s, text(Status::InConsideration)}}, a->version);
    ok = ok && AppealActionLog::append(tx, by, a->organisationCode, &split)
      && AppealActionLog::append(tx, by, a->organisationCode, &step) && tx.commit();
    if (!ok) {
        problems->append({tr("Part"), tx.error().isEmpty() ? tr("the part could not be forwarded") : tx.error()});
        return {};
    }
    return partId;
}

bool AppealTriage::notifyDeficiency(const Session& by, const QString& appealId, const QString& requirements,
                                    const QDate& fixBy, const QString& noticeNumber, Problems* problems)
{
    if (!by.require(kRegistrars, tr("send deficiency notices"), problems))
        return false;
    const auto a = openAppeal(appealId, problems);
    if (!a)
        return false;
    // I-25: АППК art. 63 applies to these kinds only (a complaint, a petition, deputies' appeals have their own).
    static const QStringList kinds = {u"statement"_s, u"report"_s, u"proposal"_s, u"response"_s, u"request"_s};
    const qsizetype before = problems->size();
    if (!kinds.contains(a->kindCode))
        problems->append({tr("Kind"), tr("Kind: a deficiency notice applies to a statement, report, proposal, "
                                         "response or request only (I-25)")});
    if (a->status == QLatin1String(Status::DeficiencyNotified))
        problems->append({tr("Status"), tr("Status: a deficiency notice is pending already")});
    if (requirements.trimmed().isEmpty())
        problems->append({tr("Requirements"), tr("Requirements: name the requirements of АППК art. 63 that are not met "
                                                 "(I-25)")});
    else if (requirements.size() > AppealService::kMaxTextLength)
        problems->append({tr("Requirements"),
                          tr("Requirements is longer than %1 characters").arg(AppealService::kMaxTextLength)});
    const QDate today = m_db.clock().today();
    if (!fixBy.isValid() || fixBy <= today)
        problems->append({tr("Term to fix"), tr("Term to fix: set a reasonable term after today (I-25, D5)")});
    if (problems->size() != before)
        return false;
    AppealAction step;
    step.kind = text(AppealAction::Kind::DeficiencyNotice);
    step.actionOn = today;
    step.dueOn = fixBy;
    step.reason = requirements.trimmed();
    step.documentNumber = noticeNumber.trimmed();
    step.details.insert(u"previous_status"_s, a->status);
    return AppealActionLog::commitStep(m_db, by, *a, {{u"status"_s, text(Status::DeficiencyNotified)}}, &step, tr("Appeal"),
                                       tr("the notice could not be recorded"), problems);
}

namespace {

// The deficiency notice the appeal waits on (I-25): its latest one, while its status says a notice is pending.
std::optional<AppealAction> pendingNotice(Database& db, const Appeal& a)
{
    if (a.status != QLatin1String(AppealTriage::Status::DeficiencyNotified))
        return std::nullopt;
    return AppealActionLog(db).latest(a.id, text(AppealAction::Kind::DeficiencyNotice));
}

} // namespace

bool AppealTriage::returnAppeal(const Session& by, const QString& appealId, Problems* problems)
{
    if (!by.require(kRegistrars, tr("return appeals"), problems))
        return false;
    const auto a = AppealService(m_db).find(appealId, problems);
    if (!a)
        return false;
    const auto notice = pendingNotice(m_db, *a);
    if (!notice) {
        problems->append({tr("Status"), tr("Status: only an appeal with a pending deficiency notice is returned (I-25)")});
        return false;
    }
    const QDate today = m_db.clock().today();
    // I-25: returned only when not fixed within the term the official set.
    if (notice->dueOn.isValid() && today <= notice->dueOn) {
        problems->append({tr("Term to fix"), tr("Term to fix: the applicant may fix the appeal until %1 (I-25)")
                                                 .arg(QLocale().toString(notice->dueOn, QLocale::ShortFormat))});
        return false;
    }
    AppealAction step;
    step.kind = text(AppealAction::Kind::Returned);
    step.actionOn = today;
    step.reason = notice->reason;
    step.details.insert(u"deficiency_notice_id"_s, notice->id);
    step.details.insert(u"term_to_fix"_s, notice->dueOn.toString(Qt::ISODate));
    return AppealActionLog::commitStep(m_db, by, *a, {{u"status"_s, text(Status::Returned)}}, &step, tr("Appeal"),
                                       tr("the appeal could not be returned"), problems);
}

bool AppealTriage::deficiencyCorrected(const Session& by, const QString& appealId, Problems* problems)
{
    if (!by.require(kRegistrars, tr("record corrected appeals"), problems))
        return false;
    const auto a = AppealService(m_db).find(appealId, problems);
    if (!a)
        return false;
    const auto notice = pendingNotice(m_db, *a);
    if (!notice) {
        problems->append({tr("Status"), tr("Status: the appeal has no pending deficiency notice")});
        return false;
    }
    const QDate today = m_db.clock().today();
    AppealAction step;
    step.kind = text(kDeficiencyCorrected);
    step.actionOn = today;
    step.details.insert(u"deficiency_notice_id"_s, notice->id);
    if (notice->dueOn.isValid() && today > notice->dueOn)
        step.details.insert(u"late"_s, true); // after the term, but before anyone returned it
    return AppealActionLog::commitStep(m_db, by, *a, {{u"status"_s, text(Status::InConsideration)}}, &step, tr("Appeal"),
                                       tr("the correction could not be recorded"), problems);
}

bool AppealTriage::redirectAnonymous(const Session& by, const QString& appealId, const QString& targetBody,
                                     AnonymousGround ground, const QString& reason, Problems* problems)
{
    if (!by.require(kRegistrars, tr("redirect anonymous appeals"), problems))
        return false;
    const auto a = openAppeal(appealId, problems);
    if (!a)
        return false;
    const qsizetype before = problems->size();
    if (a->screening != QLatin1String(AppealScreening::Screening::Anonymous))
        problems->append({tr("Screening"), tr("Screening: confirm the appeal as anonymous first (I-2(11))")});
    if (targetBody.trimmed().isEmpty())
        problems->append({tr("Competent body"),
                          tr("Competent body: name the body the anonymous appeal is redirected to (I-42)")});
    if (problems->size() != before)
        return false;
    const QDate today = m_db.clock().today();
    AppealAction step;
    step.kind = text(AppealAction::Kind::AnonymousRedirected);
    step.actionOn = today;
    step.dueOn = dueBy(u"D13a"_s, *a); // immediately (I-42)
    step.doneOn = today;
    step.target = targetBody.trimmed();
    step.reason = reason.trimmed();
    step.details.insert(u"ground"_s, ground == AnonymousGround::Crime ? u"crime"_s : u"security"_s);
    if (step.dueOn.isValid() && today > step.dueOn)
        step.details.insert(u"late"_s, true);
    return AppealActionLog::commitStep(m_db, by, *a, {{u"status"_s, text(Status::Redirected)}}, &step, tr("Appeal"),
                                       tr("the appeal could not be redirected"), problems);
}

bool AppealTriage::leaveAnonymousWithoutConsideration(const Session& by, const QString& appealId,
                                                      const QString& conclusion, const Session& approver,
                                                      Problems* problems)
{
    if (!by.require(kRegistrars, tr("leave anonymous appeals without consideration"), problems))
        return false;
    const auto a = openAppeal(appealId, problems);
    if (!a)
        return false;
    const qsizetype before = problems->size();
    if (a->screening != QLatin1String(AppealScreening::Screening::Anonymous))
        problems->append({tr("Screening"), tr("Screening: confirm the appeal as anonymous first (I-2(11))")});
    if (conclusion.trimmed().isEmpty())
        problems->append({tr("Conclusion"), tr("Conclusion: a motivated conclusion is required (I-42)")});
    else if (conclusion.size() > AppealService::kMaxTextLength)
        problems->append({tr("Conclusion"),
                          tr("Conclusion is longer than %1 characters").arg(AppealService::kMaxTextLength)});
    // I-42: approved by the head of the prosecutor's office or a deputy.
    if (!approver.isSignedIn() || !approver.has(Role::Head))
        problems->append({tr("Approved by"), tr("Approved by: the conclusion is approved by a head or a deputy "
                                                "(I-42)")});
    if (problems->size() != before)
        return false;
    const QDate today = m_db.clock().today();
    AppealAction step;
    step.kind = text(AppealAction::Kind::LeftWithoutConsideration);
    step.actionOn = today;
    step.dueOn = anonymousDecisionDue(*a);
    step.reason = conclusion.trimmed();
    step.approvedByLogin = approver.user().login;
    // D13b: three working days; a later conclusion stands but is marked late.
    step.details.insert(u"late"_s, step.dueOn.isValid() && today > step.dueOn);
    if (!approver.user().id.isEmpty())
        step.details.insert(u"approved_by_user_id"_s, approver.user().id);
    return AppealActionLog::commitStep(m_db, by, *a, {{u"status"_s, text(Status::LeftWithoutConsideration)}}, &step, tr("Appeal"),
                                       tr("the conclusion could not be recorded"), problems);
}

bool AppealTriage::attachDuplicate(const Session& by, const QString& duplicateId, const QString& mainId,
                                   Problems* problems, const EarlierAnswer& earlier)
{
    if (!by.require(kRegistrars, tr("attach duplicates"), problems))
        return false;
    const auto d = openAppeal(duplicateId, problems);
    if (!d)
        return false;
    AppealService appeals(m_db);
    const auto main = appeals.load(mainId);
    if (!main || main->id == d->id || main->organisationCode != d->organisationCode) {
        problems->append({tr("Main appeal"), tr("Main appeal: there is no such earlier appeal in this prosecutor's "
                                                "office")});
        return false;
    }
    if (!main->mainAppealId.isEmpty()) {
        const auto root = appeals.load(main->mainAppealId);
        problems->append({tr("Main appeal"), tr("Main appeal: %1 is itself a duplicate of %2; attach to that one (I-35)")
                                                 .arg(main->number, root ? root->number : main->mainAppealId)});
        return false;
    }
    AppealAction step;
    step.kind = text(AppealAction::Kind::DuplicateAttached);
    step.actionOn = m_db.clock().today();
    step.target = main->number;
    step.details.insert(u"main_appeal_id"_s, main->id);
    QDate due;
    const bool mainAnswered = main->finalAnswerSentOn.isValid();
    if (!mainAnswered) {
        // D12a: no term of its own; the main appeal's term in force.
        due = main->dueOn.isValid()
                ? main->dueOn
                : AppealDeadline(m_calculator, m_rules).term(*main, m_db.clock().today()).due;
        step.details.insert(u"rule"_s, u"D12a"_s);
    } else {
        // D12b: ten calendar days, and the answer refers to the earlier one (its date and outgoing number).
        const qsizetype before = problems->size();
        if (!earlier.sentOn.isValid() || earlier.outgoingNumber.trimmed().isEmpty())
            problems->append({tr("Earlier answer"),
                              tr("Earlier answer: the main appeal %1 was answered on %2; give that answer's date and "
                                 "outgoing number for the reply (I-35)")
                                  .arg(main->number, QLocale().toString(main->finalAnswerSentOn, QLocale::ShortFormat))});
        else if (earlier.sentOn != main->finalAnswerSentOn)
            problems->append({tr("Earlier answer"), tr("Earlier answer: the main appeal %1 was answered on %2")
                                                        .arg(main->number, QLocale().toString(main->finalAnswerSentOn,
                                                                                              QLocale::ShortFormat))});
        if (problems->size() != before)
            return false;
        due = lateDuplicateDue(*d);
        step.details.insert(u"rule"_s, u"D12b"_s);
        step.details.insert(u"earlier_answer_on"_s, earlier.sentOn.toString(Qt::ISODate));
        step.details.insert(u"earlier_answer_number"_s, earlier.outgoingNumber.trimmed());
        step.documentNumber = earlier.outgoingNumber.trimmed();
    }
    step.dueOn = due;
    step.details.insert(u"main_answered"_s, mainAnswered);
    return AppealActionLog::commitStep(m_db, by, *d,
                                       {{u"status"_s, text(Status::Attached)},
                                        {u"screening"_s, QString::fromLatin1(AppealScreening::Screening::Duplicate)},
                                        {u"main_appeal_id"_s, main->id},
                                        {u"due_on"_s, nullIfEmpty(due)}},
                                       &step, tr("Appeal"), tr("the duplicate could not be attached"), problems);
}

} // namespace armcpg
