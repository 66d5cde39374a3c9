#include "PreRegistrationService.h"

#include "common/Uuid.h"
#include "directory/DirectoryRepository.h"
#include "identity/Iin.h"
#include "security/Session.h"
#include "settings/AppSettings.h"
#include "storage/Database.h"
#include "storage/NumberSequence.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {

const QString kTable = u"prereg_request"_s;
const QString kClosures = u"prereg_closure"_s;
// rules-000 §5: the reception organiser (Центр, responsible staff) keeps pre-registration.
const QList<Role> kOrganisers = {Role::Operator, Role::ReceptionProsecutor, Role::Head};

QString dmy(const QDate& date) { return date.toString(u"dd.MM.yyyy"_s); }

PreRegistration readRequest(const QSqlQuery& q)
{
    const QSqlRecord r = q.record();
    auto text = [&](const char* column) { return r.value(QString::fromLatin1(column)).toString(); };
    auto date = [&](const char* column) {
        const QVariant v = r.value(QString::fromLatin1(column));
        return v.isNull() ? QDate() : QDate::fromString(v.toString().left(10), Qt::ISODate);
    };
    auto flag = [&](const char* column) {
        const QVariant v = r.value(QString::fromLatin1(column));
        return v.typeId() == QMetaType::QString ? v.toString() == u"1" || v.toString() == u"true" : v.toBool();
    };
    PreRegistration p;
    p.id = text("id");
    p.version = r.value(u"version"_s).toInt();
    p.organisationCode = text("organisation_code");
    p.number = text("number");
    p.receivedOn = date("received_on");
    p.channelCode = text("channel_code");
    p.applicantName = text("applicant_name");
    p.applicantIin = text("applicant_iin");
    p.applicantPhone = text("applicant_phone");
    p.applicantAddress = text("applicant_address");
    p.thirdParty = flag("third_party");
    p.representedName = text("represented_name");
    p.authority = text("authority");
    p.essence = text("essence");
    p.outOfTown = flag("out_of_town");
    p.scheduleId = text("schedule_id");
    p.officialName = text("official_name");
    p.positionCode = text("position_code");
    p.receptionOn = date("reception_on");
    p.appointmentAt = QTime::fromString(text("appointment_at"), u"HH:mm"_s);
    PreRegistration::stateFromCode(text("state"), &p.state);
    p.agreementGround = text("agreement_ground");
    p.agreedUnit = text("agreed_unit");
    p.agreedOn = date("agreed_on");
    p.byInstruction = flag("by_instruction");
    p.instructionFrom = text("instruction_from");
    p.refusalGroundKind = text("refusal_ground_kind");
    p.refusalGroundCode = text("refusal_ground_code");
    p.refusalExplanation = text("refusal_explanation");
    p.returnedReason = text("returned_reason");
    p.decidedOn = date("decided_on");
    p.decidedByLogin = text("decided_by_login");
    p.attendedOn = date("attended_on");
    return p;
}

// at the General Prosecutor's level all three kinds are agreed with the subdivision; R-35: at the level of
// agencies and oblasts, repeated appeals with new arguments.
bool needsAgreement(ReceptionLevel level, const QString& ground)
{
    if (ground.isEmpty())
        return false;
    if (level == ReceptionLevel::GeneralProsecutor)
        return true;
    return level == ReceptionLevel::AgencyOblastHead && ground == u"repeated_new_arguments";
}

QString loginOf(const Session& by) { return by.actor().login; }

} // namespace

DeadlineSettings PreRegistrationService::deadlineSettings(Database& db)
{
    AppSettings settings(db);
    DeadlineSettings s;
    s.receiptDayCounts = settings.boolValue(u"deadline.receipt_day_counts"_s, false);
    s.registrationCutoffInclusive = settings.boolValue(u"deadline.registration_cutoff_inclusive"_s, true);
    return s;
}

PreRegistrationService::PreRegistrationService(Database& db)
    : m_db(db), m_schedules(db), m_terms(m_schedules.calendar(), deadlineSettings(db))
{
}

std::optional<ScheduleEntry> PreRegistrationService::entryFor(const QString& scheduleId, ReceptionLevel* level,
                                                              Problems* problems)
{
    const auto entry = scheduleId.isEmpty() ? std::nullopt : m_schedules.load(scheduleId);
    if (!entry) {
        problems->append({tr("Reception"), tr("Reception: choose a line of the reception schedule")});
        return std::nullopt;
    }
    // a reception by instruction is organised for the visitor it was instructed for, outside the schedule.
    if (entry->isOffSchedule()) {
        problems->append({tr("Reception"), tr("Reception: %1 receives off-schedule by instruction (R-50); there is no "
                                              "pre-registration to it")
                                               .arg(entry->officialName)});
        return std::nullopt;
    }
    *level = m_schedules.level(*entry);
    if (*level == ReceptionLevel::District) {
        problems->append({tr("Reception"), tr("Reception: district offices receive daily without pre-registration and "
                                              "never refuse a reception (R-39, R-41)")});
        return std::nullopt;
    }
    if (!ReceptionLevels::hasPreRegistration(*level)) {
        problems->append({tr("Reception"), tr("Reception: %1 receives without pre-registration (R-3)")
                                               .arg(entry->officialName)});
        return std::nullopt;
    }
    return entry;
}

ReceptionLevel PreRegistrationService::level(const QString& scheduleId)
{
    const auto entry = m_schedules.load(scheduleId);
    return entry ? m_schedules.level(*entry) : ReceptionLevel::None;
}

Problems PreRegistrationService::validate(const PreRegistration& p)
{
    Problems problems;
    if (!PreRegistration::channels().contains(p.channelCode))
        problems.append({tr("Channel"), tr("Channel: an egov.kz e-application, a paper appeal or a Call-centre request "
                                           "(R-3)")});
    if (p.applicantName.trimmed().isEmpty())
        problems.append({tr("Applicant"), tr("Applicant: the name is required")});
    if (!p.applicantIin.trimmed().isEmpty() && !Iin::check(p.applicantIin.trimmed()).valid)
        problems.append({tr("IIN"), tr("IIN: %1 is not a valid IIN").arg(p.applicantIin)});
    if (p.thirdParty) {
        if (p.representedName.trimmed().isEmpty())
            problems.append({tr("Represented person"),
                             tr("Represented person: the person in whose interests the request is filed is required")});
        if (p.channelCode == u"call_centre" && p.authority.trimmed().isEmpty())
            problems.append({tr("Authority"), tr("Authority: a Call-centre request for another person is taken only "
                                                 "with the information on the authority to file it (R-3)")});
    }
    if (!p.agreementGround.isEmpty() && !PreRegistration::agreementGrounds().contains(p.agreementGround))
        problems.append({tr("Agreement"), tr("Agreement: \"%1\" is not a case of R-21 or R-35").arg(p.agreementGround)});
    if (p.byInstruction && p.instructionFrom.trimmed().isEmpty())
        problems.append({tr("Instruction"), tr("Instruction: who instructed the reception is required (R-3, R-24, "
                                               "R-29)")});
    if (!p.receivedOn.isValid())
        problems.append({tr("Received on"), tr("Received on: the date is required")});
    else if (p.receivedOn > m_db.clock().today())
        problems.append({tr("Received on"), tr("Received on: the date is in the future")});
    const QList<std::pair<QString, QString>> texts = {
        {tr("Applicant"), p.applicantName}, {tr("Address"), p.applicantAddress},
        {tr("Represented person"), p.representedName}, {tr("Authority"), p.authority},
        {tr("Essence"), p.essence}, {tr("Instruction"), p.instructionFrom}, {tr("Phone"), p.applicantPhone}};
    for (const auto& [field, value] : texts) {
        if (value.size() > kMaxTextLength)
            problems.append({field, tr("%1 is longer than %2 characters").arg(field).arg(kMaxTextLength)});
    }
    return problems;
}

bool PreRegistrationService::signUp(const Session& by, PreRegistration* request, Problems* problems)
{
    if (!by.require(kOrganisers, tr("keep pre-registration"), problems))
        return false;
    if (!request->id.isEmpty()) {
        problems->append({tr("Request"), tr("Request: registered already as %1").arg(request->number)});
        return false;
    }
    ReceptionLevel level = ReceptionLevel::None;
    const auto entry = entryFor(request->scheduleId, &level, problems);
    if (!entry)
        return false;
    const QDate today = m_db.clock().today();
    if (!request->receivedOn.isValid())
        request->receivedOn = today;
    Problems found = validate(*request);
    // the reception is a day of the approved schedule, within its hours.
    if (!entry->isApproved())
        found.append({tr("Reception"), tr("Reception: the schedule line of %1 is not approved yet (R-4)")
                                           .arg(entry->officialName)});
    if (!request->receptionOn.isValid() || !entry->occursOn(request->receptionOn, m_schedules.calendar()))
        found.append({tr("Reception date"), tr("Reception date: %1 does not receive on %2")
                                                .arg(entry->officialName, dmy(request->receptionOn))});
    else if (request->receptionOn <= today)
        found.append({tr("Reception date"), tr("Reception date: the reception on %1 is not ahead any more")
                                                .arg(dmy(request->receptionOn))});
    if (request->appointmentAt.isValid()
        && (request->appointmentAt < entry->startsAt || request->appointmentAt >= entry->endsAt))
        found.append({tr("Appointment"), tr("Appointment: %1 is outside the reception hours %2–%3")
                                             .arg(request->appointmentAt.toString(u"HH:mm"_s),
                                                  entry->startsAt.toString(u"HH:mm"_s),
                                                  entry->endsAt.toString(u"HH:mm"_s))});
    if (!found.isEmpty()) {
        problems->append(found);
        return false;
    }

    // a request that does not state its essence (АППК ст. 63) is returned without consideration: recorded,
    // so that the return is on file, whatever the date.
    const bool returned = request->essence.trimmed().isEmpty();
    if (!returned) {
        QString why;
        if (const auto closed = closure(request->scheduleId, request->receptionOn)) {
            problems->append({tr("Reception date"), tr("Reception date: registration for %1 was closed on %2")
                                                        .arg(dmy(request->receptionOn), dmy(closed->closedOn))});
            return false;
        }
        if (!m_terms.isOpen(level, request->receptionOn, today, &why)) {
            problems->append({tr("Reception date"), why});
            return false;
        }
    }
    PreRegistration::State state = PreRegistration::State::Registered;
    if (returned)
        state = PreRegistration::State::Returned;
    else if (needsAgreement(level, request->agreementGround) && request->agreedUnit.trimmed().isEmpty())
        state = PreRegistration::State::AwaitingAgreement;

    WriteTransaction tx(m_db, by.actor());
    bool ok = tx.isOpen();
    QString id, number;
    const QString org = entry->organisationCode;
    if (ok) {
        const qint64 seq = NumberSequence::next(m_db, u"prereg"_s, org, today.year());
        ok = seq > 0;
        number = NumberSequence::format(org, today.year(), m_db.deviceId(), seq, u"АЖ-"_s);
    }
    if (ok) {
        const bool agreed = !request->agreedUnit.trimmed().isEmpty();
        id = tx.insert(
            kTable,
            {{u"organisation_code"_s, org},
             {u"number"_s, number},
             {u"received_on"_s, request->receivedOn},
             {u"channel_code"_s, request->channelCode},
             {u"applicant_name"_s, request->applicantName.trimmed()},
             {u"applicant_iin"_s, nullIfEmpty(request->applicantIin.trimmed())},
             {u"applicant_phone"_s, nullIfEmpty(request->applicantPhone.trimmed())},
             {u"applicant_address"_s, nullIfEmpty(request->applicantAddress.trimmed())},
             {u"third_party"_s, request->thirdParty},
             {u"represented_name"_s, nullIfEmpty(request->representedName.trimmed())},
             {u"authority"_s, nullIfEmpty(request->authority.trimmed())},
             {u"essence"_s, nullIfEmpty(request->essence.trimmed())},
             {u"out_of_town"_s, request->outOfTown},
             {u"schedule_id"_s, entry->id},
             {u"official_name"_s, entry->officialName},
             {u"position_code"_s, entry->positionCode},
             {u"reception_on"_s, request->receptionOn},
             {u"appointment_at"_s,
              request->appointmentAt.isValid() ? QVariant(request->appointmentAt.toString(u"HH:mm"_s)) : QVariant()},
             {u"state"_s, PreRegistration::stateCode(state)},
             {u"agreement_ground"_s, nullIfEmpty(request->agreementGround)},
             {u"agreed_unit"_s, nullIfEmpty(request->agreedUnit.trimmed())},
             {u"agreed_on"_s, agreed ? QVariant(request->agreedOn.isValid() ? request->agreedOn : today) : QVariant()},
             {u"by_instruction"_s, request->byInstruction},
             {u"instruction_from"_s, nullIfEmpty(request->instructionFrom.trimmed())},
             {u"returned_reason"_s,
              returned ? QVariant(tr("The essence of the question is not stated (АППК ст. 63): returned without "
                                     "consideration (R-3)"))
                       : QVariant()},
             {u"decided_on"_s, state == PreRegistration::State::AwaitingAgreement ? QVariant() : QVariant(today)},
             {u"decided_by_login"_s,
              state == PreRegistration::State::AwaitingAgreement ? QVariant() : QVariant(loginOf(by))}});
        ok = !id.isEmpty();
    }
    if (ok && tx.commit()) {
        if (const auto stored = load(id))
            *request = *stored;
        return true;
    }
    problems->append({tr("Request"), tx.error().isEmpty() ? tr("the request could not be registered") : tx.error()});
    return false;
}

bool PreRegistrationService::decide(const Session& by, const PreRegistration& request, const QVariantMap& values,
                                    Problems* problems)
{
    WriteTransaction tx(m_db, by.actor());
    if (tx.isOpen() && tx.update(kTable, request.id, values, request.version) && tx.commit())
        return true;
    problems->append({tr("Request"), tx.error().isEmpty() ? tr("the request could not be changed") : tx.error()});
    return false;
}

bool PreRegistrationService::recordAgreement(const Session& by, const QString& requestId, const QString& unit,
                                             Problems* problems)
{
    if (!by.require(kOrganisers, tr("keep pre-registration"), problems))
        return false;
    const auto p = load(requestId);
    if (!p) {
        problems->append({tr("Request"), tr("Request: there is no such request")});
        return false;
    }
    if (p->state != PreRegistration::State::AwaitingAgreement) {
        problems->append({tr("Request"), tr("Request %1: nothing awaits agreement (%2)")
                                             .arg(p->number, PreRegistration::stateName(p->state))});
        return false;
    }
    if (unit.trimmed().isEmpty()) {
        problems->append({tr("Subdivision"), tr("Subdivision: the structural subdivision agreed with is required (R-21, "
                                                "R-35)")});
        return false;
    }
    ReceptionLevel level = ReceptionLevel::None;
    if (!entryFor(p->scheduleId, &level, problems))
        return false;
    QString why;
    const QDate today = m_db.clock().today();
    if (closure(p->scheduleId, p->receptionOn)) {
        problems->append({tr("Reception date"), tr("Reception date: registration for %1 is closed")
                                                    .arg(dmy(p->receptionOn))});
        return false;
    }
    if (!m_terms.isOpen(level, p->receptionOn, today, &why)) {
        problems->append({tr("Reception date"), why});
        return false;
    }
    return decide(by, *p,
                  {{u"state"_s, PreRegistration::stateCode(PreRegistration::State::Registered)},
                   {u"agreed_unit"_s, unit.trimmed()},
                   {u"agreed_on"_s, today},
                   {u"decided_on"_s, today},
                   {u"decided_by_login"_s, loginOf(by)}},
                  problems);
}

QList<DirectoryEntry> PreRegistrationService::refusalGrounds(ReceptionLevel level, const QDate& on)
{
    const QString kind = ReceptionLevels::refusalGrounds(level);
    if (kind.isEmpty())
        return {};
    const QDate day = on.isValid() ? on : m_db.clock().today();
    QList<DirectoryEntry> grounds;
    for (const DirectoryEntry& e : DirectoryRepository(m_db).entries(kind)) {
        if (e.isValidOn(day))
            grounds.append(e);
    }
    std::stable_sort(grounds.begin(), grounds.end(),
                     [](const DirectoryEntry& a, const DirectoryEntry& b) { return a.sortOrder < b.sortOrder; });
    return grounds;
}

bool PreRegistrationService::refuse(const Session& by, const QString& requestId, const QString& groundCode,
                                    const QString& explanation, Problems* problems)
{
    if (!by.require(kOrganisers, tr("keep pre-registration"), problems))
        return false;
    const auto p = load(requestId);
    if (!p) {
        problems->append({tr("Request"), tr("Request: there is no such request")});
        return false;
    }
    ReceptionLevel level = ReceptionLevel::None;
    if (!entryFor(p->scheduleId, &level, problems))
        return false;
    if (p->state != PreRegistration::State::Registered && p->state != PreRegistration::State::AwaitingAgreement) {
        problems->append({tr("Request"), tr("Request %1: it cannot be refused now (%2)")
                                             .arg(p->number, PreRegistration::stateName(p->state))});
        return false;
    }
    const QDate today = m_db.clock().today();
    if (p->receptionOn <= today) {
        problems->append({tr("Request"), tr("Request %1: the reception on %2 is not ahead any more")
                                             .arg(p->number, dmy(p->receptionOn))});
        return false;
    }
    const QString kind = ReceptionLevels::refusalGrounds(level);
    if (kind.isEmpty()) {
        problems->append({tr("Ground"), tr("Ground: the rules list no grounds to refuse registration for %1; only the "
                                           "General Prosecutor (R-19), the deputies (R-25) and the heads of R-33 have "
                                           "them")
                                            .arg(ReceptionLevels::name(level))});
        return false;
    }
    const QList<DirectoryEntry> grounds = refusalGrounds(level, today);
    const auto ground = std::find_if(grounds.cbegin(), grounds.cend(),
                                     [&](const DirectoryEntry& e) { return e.code == groundCode; });
    const QString paragraph = level == ReceptionLevel::GeneralProsecutor         ? u"R-19"_s
                              : level == ReceptionLevel::DeputyGeneralProsecutor ? u"R-25"_s
                                                                                 : u"R-33"_s;
    const QString explained = level == ReceptionLevel::GeneralProsecutor         ? u"R-20"_s
                              : level == ReceptionLevel::DeputyGeneralProsecutor ? u"R-26"_s
                                                                                 : u"R-34"_s;
    Problems found;
    if (groundCode.isEmpty())
        found.append({tr("Ground"), tr("Ground: choose the ground of refusal (%1)").arg(paragraph)});
    else if (ground == grounds.cend())
        found.append({tr("Ground"), tr("Ground: \"%1\" is not a ground of %2 for %3")
                                        .arg(groundCode, paragraph, ReceptionLevels::name(level))});
    if (explanation.trimmed().isEmpty())
        found.append({tr("Explanation"), tr("Explanation: the explanation given to the person is required (%1)")
                                             .arg(explained)});
    else if (explanation.size() > kMaxTextLength)
        found.append({tr("Explanation"), tr("%1 is longer than %2 characters").arg(tr("Explanation")).arg(kMaxTextLength)});
    if (!found.isEmpty()) {
        problems->append(found);
        return false;
    }
    return decide(by, *p,
                  {{u"state"_s, PreRegistration::stateCode(PreRegistration::State::Refused)},
                   {u"refusal_ground_kind"_s, kind},
                   {u"refusal_ground_code"_s, groundCode},
                   {u"refusal_explanation"_s, explanation.trimmed()},
                   {u"decided_on"_s, today},
                   {u"decided_by_login"_s, loginOf(by)}},
                  problems);
}

bool PreRegistrationService::recordAttendance(const Session& by, const QString& requestId, bool attended,
                                              Problems* problems)
{
    if (!by.require(kOrganisers, tr("keep pre-registration"), problems))
        return false;
    const auto p = load(requestId);
    if (!p) {
        problems->append({tr("Request"), tr("Request: there is no such request")});
        return false;
    }
    if (p->state != PreRegistration::State::Registered) {
        problems->append({tr("Request"), tr("Request %1: the person is not signed up (%2)")
                                             .arg(p->number, PreRegistration::stateName(p->state))});
        return false;
    }
    const QDate today = m_db.clock().today();
    if (today < p->receptionOn) {
        problems->append({tr("Request"), tr("Request %1: the reception is on %2").arg(p->number, dmy(p->receptionOn))});
        return false;
    }
    return decide(by, *p,
                  {{u"state"_s, PreRegistration::stateCode(attended ? PreRegistration::State::Attended
                                                                    : PreRegistration::State::NoShow)},
                   {u"attended_on"_s, attended ? QVariant(p->receptionOn) : QVariant()}},
                  problems);
}

bool PreRegistrationService::closeRegistration(const Session& by, const QString& scheduleId, const QDate& receptionOn,
                                               Problems* problems)
{
    if (!by.require(kOrganisers, tr("keep pre-registration"), problems))
        return false;
    ReceptionLevel level = ReceptionLevel::None;
    const auto entry = entryFor(scheduleId, &level, problems);
    if (!entry)
        return false;
    if (!receptionOn.isValid() || !entry->occursOn(receptionOn, m_schedules.calendar())) {
        problems->append({tr("Reception date"), tr("Reception date: %1 does not receive on %2")
                                                    .arg(entry->officialName, dmy(receptionOn))});
        return false;
    }
    const QDate today = m_db.clock().today();
    if (receptionOn < today) {
        problems->append({tr("Reception date"), tr("Reception date: %1 has passed").arg(dmy(receptionOn))});
        return false;
    }
    if (const auto closed = closure(scheduleId, receptionOn)) {
        problems->append({tr("Reception date"), tr("Reception date: registration for %1 was closed on %2 already")
                                                    .arg(dmy(receptionOn), dmy(closed->closedOn))});
        return false;
    }
    const int persons = int(signedUp(scheduleId, receptionOn).size());
    WriteTransaction tx(m_db, by.actor());
    const QString id = stableUuid(kClosures, scheduleId + u'/' + receptionOn.toString(Qt::ISODate));
    const QDate notesDue = m_terms.receptionNotesDue(level, receptionOn);
    const bool ok = tx.isOpen()
                    && !tx.insert(kClosures, {{u"id"_s, id},
                                              {u"organisation_code"_s, entry->organisationCode},
                                              {u"schedule_id"_s, scheduleId},
                                              {u"reception_on"_s, receptionOn},
                                              {u"closed_on"_s, today},
                                              {u"closed_by_login"_s, loginOf(by)},
                                              {u"persons"_s, persons},
                                              {u"notes_due_on"_s, nullIfEmpty(notesDue)}})
                            .isEmpty();
    if (ok && tx.commit())
        return true;
    problems->append({tr("Reception"), tx.error().isEmpty() ? tr("registration could not be closed") : tx.error()});
    return false;
}

std::optional<RegistrationClosure> PreRegistrationService::closure(const QString& scheduleId, const QDate& receptionOn)
{
    QSqlQuery q = m_db.prepare(u"SELECT id, schedule_id, reception_on, closed_on, closed_by_login, persons, notes_due_on "
                               "FROM prereg_closure WHERE schedule_id = ? AND reception_on = ? AND deleted = ?"_s);
    q.addBindValue(scheduleId);
    q.addBindValue(receptionOn);
    q.addBindValue(false);
    if (!q.exec() || !q.next())
        return std::nullopt;
    auto date = [&](int i) {
        const QVariant v = q.value(i);
        return v.isNull() ? QDate() : QDate::fromString(v.toString().left(10), Qt::ISODate);
    };
    RegistrationClosure c;
    c.id = q.value(0).toString();
    c.scheduleId = q.value(1).toString();
    c.receptionOn = date(2);
    c.closedOn = date(3);
    c.closedByLogin = q.value(4).toString();
    c.persons = q.value(5).toInt();
    c.notesDueOn = date(6);
    return c;
}

bool PreRegistrationService::isOpen(const QString& scheduleId, const QDate& receptionOn, QString* why)
{
    if (closure(scheduleId, receptionOn)) {
        if (why)
            *why = tr("Registration for %1 is closed").arg(dmy(receptionOn));
        return false;
    }
    return m_terms.isOpen(level(scheduleId), receptionOn, m_db.clock().today(), why);
}

QDate PreRegistrationService::lastIntakeDay(const QString& scheduleId, const QDate& receptionOn)
{
    return m_terms.lastIntakeDay(level(scheduleId), receptionOn);
}

QDate PreRegistrationService::requestNoteDue(const QString& scheduleId, const QDate& receptionOn)
{
    return m_terms.requestNoteDue(level(scheduleId), receptionOn);
}

QDate PreRegistrationService::receptionNotesDue(const QString& scheduleId, const QDate& receptionOn)
{
    return m_terms.receptionNotesDue(level(scheduleId), receptionOn);
}

QList<PreRegistration> PreRegistrationService::select(const QString& where, const QVariantList& values,
                                                      const QString& order)
{
    QList<PreRegistration> result;
    QSqlQuery q = m_db.prepare(u"SELECT * FROM prereg_request WHERE deleted = ? %1 ORDER BY %2"_s.arg(where, order));
    q.addBindValue(false);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (q.exec()) {
        while (q.next())
            result.append(readRequest(q));
    }
    return result;
}

std::optional<PreRegistration> PreRegistrationService::load(const QString& id)
{
    const auto found = select(u"AND id = ?"_s, {id}, u"id"_s);
    return found.isEmpty() ? std::nullopt : std::optional<PreRegistration>(found.first());
}

std::optional<PreRegistration> PreRegistrationService::byNumber(const QString& number)
{
    const auto found = select(u"AND number = ?"_s, {number}, u"id"_s);
    return found.isEmpty() ? std::nullopt : std::optional<PreRegistration>(found.first());
}

QList<PreRegistration> PreRegistrationService::signedUp(const QString& scheduleId, const QDate& receptionOn)
{
    // Those without an appointment time after those with one.
    return select(u"AND schedule_id = ? AND reception_on = ? AND state IN ('registered', 'attended', 'no_show')"_s,
                  {scheduleId, receptionOn},
                  u"CASE WHEN appointment_at IS NULL THEN 1 ELSE 0 END, appointment_at, number"_s);
}

QList<PreRegistration> PreRegistrationService::requests(const QString& scheduleId, const QDate& receptionOn)
{
    return select(u"AND schedule_id = ? AND reception_on = ?"_s, {scheduleId, receptionOn}, u"number"_s);
}

QList<PreRegistration> PreRegistrationService::registeredOn(const QDate& day, const QString& iinOrNumber)
{
    const QString key = iinOrNumber.trimmed();
    if (key.isEmpty())
        return {};
    const bool iin = key.size() == 12 && std::all_of(key.begin(), key.end(), [](QChar c) { return c.isDigit(); });
    return select(u"AND reception_on = ? AND state = 'registered' AND %1"_s.arg(iin ? u"applicant_iin = ?"_s
                                                                                    : u"UPPER(number) = ?"_s),
                  {day, iin ? key : key.toUpper()},
                  u"CASE WHEN appointment_at IS NULL THEN 1 ELSE 0 END, appointment_at, number"_s);
}

QList<QPair<QString, QDate>> PreRegistrationService::receptionsWithRequests(const QDate& from)
{
    QList<QPair<QString, QDate>> result;
    QSqlQuery q = m_db.prepare(u"SELECT DISTINCT schedule_id, reception_on FROM prereg_request WHERE deleted = ? AND "
                               "reception_on >= ? AND state IN ('registered', 'awaiting_agreement') "
                               "ORDER BY reception_on, schedule_id"_s);
    q.addBindValue(false);
    q.addBindValue(from);
    if (q.exec()) {
        while (q.next())
            result.append({q.value(0).toString(), QDate::fromString(q.value(1).toString().left(10), Qt::ISODate)});
    }
    return result;
}

} // namespace armcpg
