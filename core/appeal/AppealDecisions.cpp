#include "AppealDecisions.h"

#include "appeal/AppealAction.h"
#include "appeal/AppealService.h"
#include "appeal/SigningMatrix.h"
#include "calendar/CalendarService.h"
#include "deadline/DeadlineCalculator.h"
#include "deadline/DeadlineRule.h"
#include "directory/DirectoryRepository.h"
#include "reception/CardService.h"
#include "security/Session.h"
#include "settings/AppSettings.h"
#include "storage/Database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {

const QString kDirectory = u"appeal_decision"_s;
const QString kFavourable = u"favourable"_s;
const QString kBurdensome = u"burdensome"_s;
// rules-000 §5: the officials who consider appeals record their decisions; the operator registers only.
const QList<Role> kDeciders = {Role::ReceptionProsecutor, Role::DutyProsecutor, Role::Head};
// Recording a signature and its date is office work: the registrar may do it for the signer.
const QList<Role> kRecorders = {Role::Operator, Role::ReceptionProsecutor, Role::DutyProsecutor, Role::Head};

struct Signer
{
    QString id, login, fullName, level;
    bool active = false;
    bool head = false;
};

std::optional<Signer> userById(Database& db, const QString& id)
{
    if (id.isEmpty())
        return std::nullopt;
    QSqlQuery q = db.prepare(u"SELECT id, login, full_name, roles, active, signing_level FROM app_user "
                             "WHERE id = ? AND deleted = ?"_s);
    q.addBindValue(id);
    q.addBindValue(false);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Signer s;
    s.id = q.value(0).toString();
    s.login = q.value(1).toString();
    s.fullName = q.value(2).toString();
    s.head = q.value(3).toString().split(u',').contains(roleCode(Role::Head));
    s.active = q.value(4).toBool();
    s.level = q.value(5).toString();
    return s;
}

// The day a notice is due after a decision, by a rule of resources/rules/deadlines.csv (D21a, D26).
QDate noticeDue(Database& db, const QString& ruleId, const QDate& decidedOn)
{
    static const DeadlineRuleSet rules = DeadlineRuleSet::builtin();
    const DeadlineRule* rule = rules.find(ruleId);
    if (!rule)
        return {};
    DeadlineSettings settings; // the administrator's counting convention, as everywhere else (SettingsTab)
    settings.receiptDayCounts = AppSettings(db).boolValue(u"deadline.receipt_day_counts"_s, false);
    const DeadlineCalculator calculator(CalendarService(db).load(), settings);
    return calculator.due(*rule, QDateTime(decidedOn, QTime(12, 0))).date;
}

} // namespace

QString AppealDecisions::procedureOf(const QString& regimeCode)
{
    if (regimeCode == u"appk_administrative")
        return u"administrative"_s;
    if (regimeCode == u"appk_simplified" || regimeCode == u"parliament")
        return u"simplified"_s;
    if (regimeCode == u"appk_complaint")
        return u"complaint"_s;
    return {};
}

QString AppealDecisions::procedureOfDecision(const QString& decisionCode)
{
    const auto entry = DirectoryRepository(m_db).entry(kDirectory, decisionCode);
    return entry ? entry->attributes.value(u"procedure"_s) : QString();
}

bool AppealDecisions::satisfies(const QString& decisionCode, const QString& actEffect)
{
    const auto entry = DirectoryRepository(m_db).entry(kDirectory, decisionCode);
    if (!entry)
        return false;
    if (entry->attributes.value(u"satisfies"_s) == u"1")
        return true;
    return entry->attributes.value(u"act"_s) == u"1" && actEffect == kFavourable;
}

bool AppealDecisions::decide(const Session& by, const QString& appealId, const QString& decisionCode,
                             const QDate& decidedOn, const QString& reason, Problems* problems,
                             const DecisionDetails& details)
{
    if (!by.require(kDeciders, tr("record decisions on appeals"), problems))
        return false;
    const auto a = AppealService(m_db).find(appealId, problems);
    if (!a)
        return false;
    const int before = problems->size();
    const QString field = tr("Decision");
    const QString procedure = procedureOf(a->regimeCode);
    DirectoryRepository directories(m_db);
    const auto entry = directories.entry(kDirectory, decisionCode);
    if (procedure.isEmpty()) {
        problems->append({field, tr("Decision: the appeal's regime \"%1\" is decided under its own law, not by the "
                                    "lists of the Instruction (I-5, I-10, I-13)")
                                     .arg(a->regimeCode)});
    } else if (!entry || entry->attributes.value(u"ground"_s) == u"1") {
        problems->append({field, tr("Decision: \"%1\" is not a decision of the directory").arg(decisionCode)});
    } else if (entry->attributes.value(u"procedure"_s) != procedure) {
        // I-46, I-69, I-80: each procedure has its own list.
        problems->append({field, tr("Decision: \"%1\" belongs to the %2 procedure; this appeal is considered in the "
                                    "%3 procedure (I-46, I-69, I-80)")
                                     .arg(entry->nameRu, entry->attributes.value(u"procedure"_s), procedure)});
    }
    if (entry && problems->size() == before) {
        const auto& attributes = entry->attributes;
        // I-82: a refusal is motivated; I-80(5): the violations are listed; I-46(2), I-57: the grounds are stated.
        if (attributes.value(u"reason_required"_s) == u"1" && reason.trimmed().isEmpty())
            problems->append({tr("Reason"), tr("Reason: the decision \"%1\" must be motivated (I-82)").arg(entry->nameRu)});
        if (attributes.value(u"ground_required"_s) == u"1") {
            const auto ground = details.groundCode.isEmpty() ? std::nullopt
                                                             : directories.entry(kDirectory, details.groundCode);
            if (!ground || ground->parentCode != entry->code)
                problems->append({tr("Ground"), tr("Ground: the decision \"%1\" needs one of its grounds (I-57, I-74)")
                                                    .arg(entry->nameRu)});
        } else if (!details.groundCode.isEmpty()) {
            problems->append({tr("Ground"), tr("Ground: the decision \"%1\" takes no ground").arg(entry->nameRu)});
        }
        // I-47: an administrative act is favourable or burdensome.
        if (attributes.value(u"act"_s) == u"1" && details.actEffect != kFavourable && details.actEffect != kBurdensome)
            problems->append({tr("Act"), tr("Act: say whether the administrative act is favourable or burdensome (I-47)")});
        else if (attributes.value(u"act"_s) != u"1" && !details.actEffect.isEmpty())
            problems->append({tr("Act"), tr("Act: the decision \"%1\" adopts no act").arg(entry->nameRu)});
    }
    const QDate today = m_db.clock().today();
    if (!decidedOn.isValid())
        problems->append({tr("Decided on"), tr("Decided on: the date of the decision is required")});
    else if (decidedOn > today || (a->receivedOn.isValid() && decidedOn < a->receivedOn))
        problems->append({tr("Decided on"), tr("Decided on: the date must lie between the receipt and today")});
    if (a->finalAnswerSentOn.isValid())
        problems->append({field, tr("Decision: the final answer was sent on %1; the decision stands")
                                     .arg(a->finalAnswerSentOn.toString(u"dd.MM.yyyy"_s))});
    if (problems->size() > before)
        return false;

    AppealAction step;
    step.kind = QString::fromLatin1(AppealAction::Kind::Decided);
    step.actionOn = decidedOn;
    step.target = decisionCode;
    step.reason = reason.trimmed();
    if (!details.groundCode.isEmpty())
        step.details.insert(u"ground"_s, details.groundCode);
    if (!details.actEffect.isEmpty())
        step.details.insert(u"act_effect"_s, details.actEffect);
    // I-75 (D26): the participant is notified within 3 working days of leaving the complaint without consideration.
    const QString noticeRule = entry->attributes.value(u"notice_rule"_s);
    if (!noticeRule.isEmpty())
        step.dueOn = noticeDue(m_db, noticeRule, decidedOn);
    return AppealActionLog::commitStep(
        m_db, by, *a, {{u"decision_code"_s, decisionCode}, {u"decided_on"_s, decidedOn}, {u"status"_s, u"decided"_s}},
        &step, field, tr("the decision could not be recorded"), problems);
}

std::optional<AppealDecisions::Recorded> AppealDecisions::latestDecision(const QString& appealId)
{
    const auto step = AppealActionLog(m_db).latest(appealId, QString::fromLatin1(AppealAction::Kind::Decided));
    if (!step)
        return std::nullopt;
    Recorded r;
    r.decisionCode = step->target;
    r.decidedOn = step->actionOn;
    r.reason = step->reason;
    r.groundCode = step->details.value(u"ground"_s).toString();
    r.actEffect = step->details.value(u"act_effect"_s).toString();
    r.noticeDueOn = step->dueOn;
    return r;
}

QString AppealDecisions::receivingOfficial(const Appeal& appeal)
{
    if (appeal.receptionCardId.isEmpty())
        return {};
    const auto card = CardService(m_db).load(appeal.receptionCardId);
    if (!card)
        return {};
    const QString official = card->text("official_user_id");
    return official.isEmpty() ? card->text("presiding_user_id") : official;
}

bool AppealDecisions::signAnswer(const Session& by, const QString& appealId, const QString& signerUserId,
                                 const QDate& signedOn, const QString& language, Problems* problems)
{
    if (!by.require(kRecorders, tr("record the signature of answers"), problems))
        return false;
    const auto a = AppealService(m_db).find(appealId, problems);
    if (!a)
        return false;
    const int before = problems->size();
    const QString signerField = tr("Signer");
    if (a->decisionCode.isEmpty()) {
        problems->append({tr("Decision"), tr("Decision: the answer states a decision; record it first")});
        return false;
    }
    // I-85: the state language or the language of the appeal.
    if (language != u"kk" && (language.isEmpty() || language != a->language))
        problems->append({tr("Answer language"),
                          tr("Answer language: the answer is in the state language (kk) or in the language of the "
                             "appeal (%1), not \"%2\" (I-85)")
                              .arg(a->language.isEmpty() ? u"—"_s : a->language, language)});
    const QDate today = m_db.clock().today();
    if (!signedOn.isValid())
        problems->append({tr("Signed on"), tr("Signed on: the date of the signature is required")});
    else if (signedOn > today || (a->decidedOn.isValid() && signedOn < a->decidedOn))
        problems->append({tr("Signed on"), tr("Signed on: the date must lie between the decision and today")});

    const auto signer = userById(m_db, signerUserId);
    if (!signer || !signer->active) {
        problems->append({signerField, tr("Signer: there is no such active user")});
        return false;
    }
    const QString row = SigningMatrix::rowFor(a->kindCode, a->decisionCode);
    const SigningMatrix matrix = SigningMatrix::load(m_db);
    if (signer->level.isEmpty()) {
        problems->append({signerField, tr("Signer: %1 has no signing level (I-88)").arg(signer->fullName)});
    } else if (!matrix.allows(row, signer->level)) {
        QStringList names;
        for (const QString& level : matrix.allowedLevels(row))
            names << SigningMatrix::levelName(level);
        problems->append({signerField, tr("Signer: %1 (%2) does not sign \"%3\"; it is signed by: %4 (I-88)")
                                           .arg(signer->fullName, SigningMatrix::levelName(signer->level), row,
                                                names.isEmpty() ? tr("nobody") : names.join(u"; "_s))});
    }
    // the official who held the reception signs; another one only when the appeal is satisfied.
    if (a->fromReception) {
        const QString official = receivingOfficial(*a);
        const auto decision = latestDecision(a->id);
        const bool satisfied = satisfies(a->decisionCode, decision ? decision->actEffect : QString());
        if (official.isEmpty() && !satisfied) {
            problems->append({signerField, tr("Signer: the ЛП-1 card of this reception appeal does not name the "
                                              "official who held the reception, who signs a refusal (R-53)")});
        } else if (!official.isEmpty() && official != signer->id && !satisfied) {
            const auto held = userById(m_db, official);
            problems->append({signerField, tr("Signer: the appeal from a personal reception is not satisfied, so its "
                                              "answer is signed by the official who held the reception, %1 (R-53)")
                                               .arg(held ? held->fullName : official)});
        }
    }
    if (problems->size() > before)
        return false;

    AppealAction step;
    step.kind = QString::fromLatin1(kAnswerSigned);
    step.actionOn = signedOn;
    step.target = signer->login;
    step.details.insert(u"language"_s, language);
    step.details.insert(u"signing_level"_s, signer->level);
    return AppealActionLog::commitStep(m_db, by, *a,
                                       {{u"answer_language"_s, language},
                                        {u"answer_signed_by"_s, signer->id},
                                        {u"answer_signed_by_login"_s, signer->login},
                                        {u"answer_signed_on"_s, signedOn}},
                                       &step, signerField, tr("the signature could not be recorded"), problems);
}

bool AppealDecisions::terminateCorrespondence(const Session& by, const QString& appealId, const QDate& decidedOn,
                                              const QString& conclusion, const QString& approvedByUserId,
                                              Problems* problems)
{
    if (!by.require(kDeciders, tr("terminate correspondence"), problems))
        return false;
    const auto a = AppealService(m_db).find(appealId, problems);
    if (!a)
        return false;
    const int before = problems->size();
    // I-57(1): only a repeated appeal without new arguments.
    if (a->screening != u"repeated")
        problems->append({tr("Screening"), tr("Screening: correspondence is terminated on a repeated appeal only "
                                              "(I-57(1), I-58)")});
    if (a->status == u"correspondence_terminated")
        problems->append({tr("Status"), tr("Status: correspondence is terminated already")});
    // I-58: a motivated conclusion, approved by the head or a deputy.
    if (conclusion.trimmed().isEmpty())
        problems->append({tr("Conclusion"), tr("Conclusion: the motivated conclusion is required (I-58)")});
    const auto approver = userById(m_db, approvedByUserId);
    if (!approver || !approver->active || !approver->head)
        problems->append({tr("Approved by"), tr("Approved by: the conclusion is approved by a head or a deputy "
                                                "(a user with the role Head; I-58)")});
    const QDate today = m_db.clock().today();
    if (!decidedOn.isValid() || decidedOn > today || (a->receivedOn.isValid() && decidedOn < a->receivedOn))
        problems->append({tr("Decided on"), tr("Decided on: the date must lie between the receipt and today")});
    if (problems->size() > before)
        return false;

    AppealAction step;
    step.kind = QString::fromLatin1(AppealAction::Kind::CorrespondenceTerminated);
    step.actionOn = decidedOn;
    step.reason = conclusion.trimmed();
    step.approvedByLogin = approver->login;
    step.dueOn = noticeDue(m_db, u"D21a"_s, decidedOn); // the applicant is notified within 3 working days
    return AppealActionLog::commitStep(m_db, by, *a, {{u"status"_s, u"correspondence_terminated"_s}}, &step,
                                       tr("Status"), tr("correspondence could not be terminated"), problems);
}

} // namespace armcpg
