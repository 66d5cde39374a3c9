#include "ScheduleService.h"

#include "calendar/CalendarService.h"
#include "directory/DirectoryRepository.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {

const QString kTable = u"reception_schedule"_s;
const QList<Role> kKeepers = {Role::Operator, Role::ReceptionProsecutor, Role::Administrator, Role::Head};
const QList<Role> kApprovers = {Role::Head};
// R-50 gives the instruction to the ЦПГ prosecutor; the head, who approves schedules, may do what it approves.
// Not the Administrator, although it keeps drafts: the one who issues is recorded as the one who instructed, and an
// administrator's account instructing a prosecutor would be a false record (approval, R-4, excludes it likewise).
const QList<Role> kInstructors = {Role::ReceptionProsecutor, Role::Head};
// R-50 names them: oblast (and equivalent: cities of republican significance, the capital) prosecutors and district
// (and equivalent: city, inter-district, specialised) prosecutors, and their deputies, as the position directory
// words these posts.
const QStringList kInstructedPositions = {u"regional_prosecutor"_s, u"deputy_regional_prosecutor"_s,
                                          u"district_prosecutor"_s, u"deputy_district_prosecutor"_s};

QString dmy(const QDate& date) { return date.toString(u"dd.MM.yyyy"_s); }

ScheduleEntry readEntry(const QSqlQuery& q)
{
    const QSqlRecord r = q.record();
    auto text = [&](const char* column) { return r.value(QString::fromLatin1(column)).toString(); };
    auto date = [&](const char* column) {
        const QVariant v = r.value(QString::fromLatin1(column));
        return v.isNull() ? QDate() : QDate::fromString(v.toString().left(10), Qt::ISODate);
    };
    auto time = [&](const char* column) { return QTime::fromString(text(column), u"HH:mm"_s); };
    ScheduleEntry e;
    e.id = text("id");
    e.version = r.value(u"version"_s).toInt();
    e.organisationCode = text("organisation_code");
    e.officialUserId = text("official_user_id");
    e.officialName = text("official_name");
    e.positionCode = text("position_code");
    ScheduleEntry::kindFromCode(text("kind"), &e.kind);
    e.weekday = r.value(u"weekday"_s).toInt();
    e.weekOfMonth = r.value(u"week_of_month"_s).toInt();
    e.date = date("on_date");
    e.validFrom = date("valid_from");
    e.validTo = date("valid_to");
    e.startsAt = time("starts_at");
    e.endsAt = time("ends_at");
    e.placeKk = text("place_kk");
    e.placeRu = text("place_ru");
    e.facilityTypeCode = text("facility_type_code");
    e.facilityName = text("facility_name");
    e.note = text("note");
    ScheduleEntry::statusFromCode(text("status"), &e.status);
    e.approvedBy = text("approved_by");
    e.approvedByLogin = text("approved_by_login");
    e.approvedByName = text("approved_by_name");
    e.approvedOn = date("approved_on");
    e.instructionForm = text("instruction_form");
    e.instructedBy = text("instructed_by");
    e.instructedByLogin = text("instructed_by_login");
    e.instructedByName = text("instructed_by_name");
    const QVariant at = r.value(u"instructed_at"_s);
    e.instructedAt = at.isNull() ? QDateTime() : at.toDateTime().toUTC();
    e.visitorName = text("visitor_name");
    e.instructionReason = text("instruction_reason");
    e.cardId = text("card_id");
    e.cardNumber = text("card_number");
    return e;
}

QVariantMap valuesOf(const ScheduleEntry& e)
{
    const bool dated = e.isDated();
    return {{u"organisation_code"_s, e.organisationCode},
            {u"official_user_id"_s, nullIfEmpty(e.officialUserId)},
            {u"official_name"_s, e.officialName.simplified()},
            {u"position_code"_s, e.positionCode},
            {u"kind"_s, ScheduleEntry::kindCode(e.kind)},
            {u"weekday"_s, dated ? QVariant() : QVariant(e.weekday)},
            {u"week_of_month"_s, dated || e.weekOfMonth == 0 ? QVariant() : QVariant(e.weekOfMonth)},
            {u"on_date"_s, dated ? nullIfEmpty(e.date) : QVariant()},
            {u"valid_from"_s, dated ? QVariant() : nullIfEmpty(e.validFrom)},
            {u"valid_to"_s, dated ? QVariant() : nullIfEmpty(e.validTo)},
            {u"starts_at"_s, e.startsAt.toString(u"HH:mm"_s)},
            {u"ends_at"_s, e.endsAt.toString(u"HH:mm"_s)},
            {u"place_kk"_s, nullIfEmpty(e.placeKk.trimmed())},
            {u"place_ru"_s, nullIfEmpty(e.placeRu.trimmed())},
            {u"facility_type_code"_s, nullIfEmpty(e.facilityTypeCode)},
            {u"facility_name"_s, nullIfEmpty(e.facilityName.trimmed())},
            {u"note"_s, nullIfEmpty(e.note)}};
}

} // namespace

ScheduleService::ScheduleService(Database& db) : m_db(db), m_check(CalendarService(db).load()) {}

QString ScheduleService::organisationOrDefault(const QString& code) const
{
    return code.isEmpty() ? m_db.organisationCode() : code;
}

ReceptionLevel ScheduleService::level(const ScheduleEntry& entry)
{
    return ReceptionLevels::of(m_db, entry.positionCode, entry.organisationCode);
}

Problems ScheduleService::validate(const ScheduleEntry& e)
{
    Problems problems;
    DirectoryRepository directories(m_db);
    if (e.officialName.trimmed().isEmpty())
        problems.append({tr("Official"), tr("Official: the full name is required (R-5)")});
    if (e.positionCode.isEmpty())
        problems.append({tr("Position"), tr("Position is required")});
    else if (!directories.exists(u"position"_s, e.positionCode))
        problems.append({tr("Position"), tr("Position: \"%1\" is not in the directory").arg(e.positionCode)});
    if (e.organisationCode.isEmpty())
        problems.append({tr("Organisation"), tr("Organisation is required")});
    else if (!directories.exists(u"organisation"_s, e.organisationCode))
        problems.append(
            {tr("Organisation"), tr("Organisation: \"%1\" is not in the directory").arg(e.organisationCode)});

    // The day: one date, or a weekday within a period.
    if (e.isDated()) {
        if (!e.date.isValid())
            problems.append({tr("Date"), tr("Date: give the day of the reception or a weekday")});
        else if (!calendar().isWorkingDay(e.date))
            problems.append({tr("Date"), tr("Date: %1 is a day off in the calendar; receptions are held on working "
                                            "days (R-4)")
                                             .arg(dmy(e.date))});
    } else if (e.weekday < 1 || e.weekday > 7) {
        problems.append({tr("Weekday"), tr("Weekday: %1 is not a day of the week").arg(e.weekday)});
    } else if (e.weekday > 5) {
        problems.append({tr("Weekday"), tr("Weekday: receptions are held on working days (R-4); a working Saturday "
                                           "or Sunday by decree takes a line with its date")});
    } else {
        if (!e.validFrom.isValid())
            problems.append({tr("Valid from"), tr("Valid from: the first day of the schedule is required")});
        else if (e.validTo.isValid() && e.validTo < e.validFrom)
            problems.append({tr("Valid to"), tr("Valid to: the period ends before it starts")});
        if (e.weekOfMonth != 0 && e.weekOfMonth != ScheduleEntry::kLastWeekOfMonth
            && (e.weekOfMonth < 1 || e.weekOfMonth > 5))
            problems.append({tr("Week of the month"), tr("Week of the month: 1 to 5, the last (-1) or every week (0)")});
    }

    // hours inside 9:00–18:30.
    for (const ScheduleIssue& issue : m_check.hours(e))
        problems.append({tr("Hours"), issue.message});
    if (e.placeKk.trimmed().isEmpty() && e.placeRu.trimmed().isEmpty())
        problems.append({tr("Place"), tr("Place: where the reception is held is required")});

    // a duty prosecutor's line names the facility, posted there.
    if (e.kind == ScheduleEntry::Kind::DutyFacility) {
        if (e.facilityTypeCode.isEmpty()) {
            problems.append({tr("Facility type"), tr("Facility type: required for a duty prosecutor's reception (R-6)")});
        } else {
            const auto type = directories.entry(u"facility_type"_s, e.facilityTypeCode);
            if (!type)
                problems.append({tr("Facility type"),
                                 tr("Facility type: \"%1\" is not in the directory").arg(e.facilityTypeCode)});
            else if (type->attributes.value(u"duty_reception"_s) != u"1")
                problems.append({tr("Facility type"),
                                 tr("Facility type: duty prosecutors do not receive in %1 (R-6)").arg(type->nameRu)});
        }
        if (e.facilityName.trimmed().isEmpty())
            problems.append({tr("Facility"), tr("Facility: the facility where the duty prosecutor receives is required "
                                                "(R-6)")});
    } else if (!e.facilityTypeCode.isEmpty() || !e.facilityName.trimmed().isEmpty()) {
        problems.append({tr("Facility"), tr("Facility: only a duty prosecutor's reception is held in a facility (R-6)")});
    }

    const QList<std::pair<QString, QString>> texts = {{tr("Official"), e.officialName}, {tr("Place"), e.placeKk},
                                                      {tr("Place"), e.placeRu},         {tr("Facility"), e.facilityName},
                                                      {tr("Note"), e.note}};
    for (const auto& [field, value] : texts) {
        if (value.size() > kMaxTextLength)
            problems.append({field, tr("%1 is longer than %2 characters").arg(field).arg(kMaxTextLength)});
    }

    // The same official twice at once, against the other live lines of the organisation.
    if (problems.isEmpty()) {
        const QList<ScheduleEntry> others = entries(e.organisationCode);
        for (const ScheduleIssue& issue : m_check.overlaps(e, others))
            problems.append({tr("Hours"), issue.message});
    }
    return problems;
}

bool ScheduleService::save(const Session& by, ScheduleEntry* entry, Problems* problems)
{
    if (!by.require(kKeepers, tr("keep reception schedules"), problems))
        return false;
    // an instruction is issued (instruct), never drafted, and stays as it was given.
    if (entry->isOffSchedule()) {
        problems->append({tr("Kind"), tr("Kind: an off-schedule reception is issued as an instruction of the ЦПГ "
                                         "prosecutor (R-50), not kept as a schedule line")});
        return false;
    }
    std::optional<ScheduleEntry> stored;
    if (!entry->id.isEmpty()) {
        stored = load(entry->id);
        if (!stored) {
            problems->append({tr("Schedule"), tr("Schedule: there is no such line")});
            return false;
        }
        if (stored->isOffSchedule()) {
            problems->append({tr("Kind"), tr("Kind: an instruction given (R-50) is not changed; remove it and issue "
                                             "another")});
            return false;
        }
        // A posted schedule is always one a head approved.
        if (stored->isApproved() && !by.require(kApprovers, tr("change an approved schedule"), problems))
            return false;
        entry->organisationCode = stored->organisationCode;
    }
    entry->organisationCode = organisationOrDefault(entry->organisationCode);
    const Problems found = validate(*entry);
    if (!found.isEmpty()) {
        problems->append(found);
        return false;
    }
    WriteTransaction tx(m_db, by.actor());
    bool ok = tx.isOpen();
    QString id = entry->id;
    if (ok && id.isEmpty()) {
        QVariantMap values = valuesOf(*entry);
        values.insert(u"status"_s, ScheduleEntry::statusCode(ScheduleEntry::Status::Draft));
        id = tx.insert(kTable, values);
        ok = !id.isEmpty();
    } else if (ok) {
        QVariantMap values = valuesOf(*entry);
        const bool changed = valuesOf(*stored) != values;
        // A changed approved line goes back to draft: approved again before it is posted.
        if (changed && stored->isApproved()) {
            values.insert(u"status"_s, ScheduleEntry::statusCode(ScheduleEntry::Status::Draft));
            values.insert(u"approved_by"_s, QVariant());
            values.insert(u"approved_by_login"_s, QVariant());
            values.insert(u"approved_by_name"_s, QVariant());
            values.insert(u"approved_on"_s, QVariant());
        }
        ok = tx.update(kTable, id, values, entry->version);
    }
    if (ok && tx.commit()) {
        if (const auto saved = load(id))
            *entry = *saved;
        return true;
    }
    problems->append({tr("Schedule"), tx.error().isEmpty() ? tr("the schedule line could not be saved") : tx.error()});
    return false;
}

bool ScheduleService::approve(const Session& by, const QString& entryId, Problems* problems)
{
    if (!by.require(kApprovers, tr("approve reception schedules (R-4)"), problems))
        return false;
    const auto e = load(entryId);
    if (!e) {
        problems->append({tr("Schedule"), tr("Schedule: there is no such line")});
        return false;
    }
    if (e->isApproved()) {
        problems->append({tr("Schedule"), tr("Schedule: the line is approved already (%1, %2)")
                                              .arg(e->approvedByName.isEmpty() ? e->approvedByLogin : e->approvedByName,
                                                   dmy(e->approvedOn))});
        return false;
    }
    // the schedule is posted in the state and Russian languages.
    if (e->placeKk.trimmed().isEmpty() || e->placeRu.trimmed().isEmpty()) {
        problems->append({tr("Place"), tr("Place: give it in Kazakh and in Russian, the schedule is posted in both "
                                          "languages (R-5)")});
        return false;
    }
    // The conflicts found at saving may have arisen since (a line synced from another desk, a new decree).
    const Problems found = validate(*e);
    if (!found.isEmpty()) {
        problems->append(found);
        return false;
    }
    WriteTransaction tx(m_db, by.actor());
    const QString name = by.user().fullName.isEmpty() ? by.user().login : by.user().fullName;
    bool ok = tx.isOpen()
              && tx.update(kTable, entryId,
                           {{u"status"_s, ScheduleEntry::statusCode(ScheduleEntry::Status::Approved)},
                            {u"approved_by"_s, nullIfEmpty(by.user().id)},
                            {u"approved_by_login"_s, nullIfEmpty(by.isProgram() ? by.actor().login : by.user().login)},
                            {u"approved_by_name"_s, nullIfEmpty(name)},
                            {u"approved_on"_s, m_db.clock().today()}},
                           e->version);
    if (ok && tx.commit())
        return true;
    problems->append({tr("Schedule"), tx.error().isEmpty() ? tr("the line could not be approved") : tx.error()});
    return false;
}

bool ScheduleService::mayBeInstructed(ReceptionLevel level, const QString& positionCode)
{
    return (level == ReceptionLevel::AgencyOblastHead || level == ReceptionLevel::District)
           && kInstructedPositions.contains(positionCode);
}

Problems ScheduleService::validateInstruction(const ScheduleEntry& e)
{
    Problems problems;
    // oblast or district prosecutors and their deputies, no one else.
    if (!e.positionCode.isEmpty() && !mayBeInstructed(level(e), e.positionCode)) {
        const auto position = DirectoryRepository(m_db).entry(u"position"_s, e.positionCode);
        problems.append({tr("Position"), tr("Position: an off-schedule reception is instructed to oblast or district "
                                            "prosecutors and their deputies (R-50), not to %1")
                                             .arg(position ? position->nameRu : e.positionCode)});
    }
    if (!ScheduleEntry::instructionForms().contains(e.instructionForm))
        problems.append({tr("Form"), tr("Form: the instruction is given in writing or orally (R-50)")});
    if (!e.isDated() || !e.date.isValid())
        problems.append({tr("Date"), tr("Date: the day of the off-schedule reception is required (R-50)")});
    else if (e.date < m_db.clock().today())
        problems.append({tr("Date"), tr("Date: %1 has passed; a reception that cannot wait is instructed for today or "
                                        "a day ahead (R-50)")
                                         .arg(dmy(e.date))});
    if (!e.startsAt.isValid() || !e.endsAt.isValid())
        problems.append({tr("Hours"), tr("Hours: from and to are required, within 9:00–18:30 (R-4)")});
    if (e.instructionReason.trimmed().isEmpty())
        problems.append({tr("Reason"), tr("Reason: why the reception cannot wait for the schedule is required (R-50)")});
    if (e.kind != ScheduleEntry::Kind::OffSchedule)
        problems.append({tr("Kind"), tr("Kind: an instruction is an off-schedule reception (R-50)")});
    const QList<std::pair<QString, QString>> texts = {
        {tr("Visitor"), e.visitorName}, {tr("Reason"), e.instructionReason}, {tr("ЛП-1 card"), e.cardNumber}};
    for (const auto& [field, value] : texts) {
        if (value.size() > kMaxTextLength)
            problems.append({field, tr("%1 is longer than %2 characters").arg(field).arg(kMaxTextLength)});
    }
    return problems;
}

bool ScheduleService::instruct(const Session& by, ScheduleEntry* entry, Problems* problems)
{
    if (!by.require(kInstructors, tr("instruct an off-schedule reception (R-50)"), problems))
        return false;
    if (!entry->id.isEmpty()) {
        problems->append({tr("Schedule"), tr("Schedule: the instruction is given already")});
        return false;
    }
    // A dated line of its own kind: no weekday, no period, no facility.
    entry->kind = ScheduleEntry::Kind::OffSchedule;
    entry->weekday = 0;
    entry->weekOfMonth = 0;
    entry->validFrom = entry->validTo = QDate();
    entry->organisationCode = organisationOrDefault(entry->organisationCode);
    entry->visitorName = entry->visitorName.simplified();
    entry->instructionReason = entry->instructionReason.trimmed();
    entry->cardNumber = entry->cardNumber.trimmed();

    Problems found = validateInstruction(*entry);
    // The ЛП-1 card it came from, by id or number, when it is here (a card kept at another desk is named as given).
    if (!entry->cardId.isEmpty() || !entry->cardNumber.isEmpty()) {
        QSqlQuery q = m_db.prepare(entry->cardId.isEmpty()
                                       ? u"SELECT id, number FROM reception_card WHERE number = ? AND deleted = ?"_s
                                       : u"SELECT id, number FROM reception_card WHERE id = ? AND deleted = ?"_s);
        q.addBindValue(entry->cardId.isEmpty() ? entry->cardNumber : entry->cardId);
        q.addBindValue(false);
        if (q.exec() && q.next()) {
            entry->cardId = q.value(0).toString();
            entry->cardNumber = q.value(1).toString();
        } else if (!entry->cardId.isEmpty()) {
            found.append({tr("ЛП-1 card"), tr("ЛП-1 card: there is no card %1").arg(entry->cardId)});
        }
    }
    // The line as any other: the official, the organisation, a working day, 9:00–18:30, the place, and the
    // same official twice at once against the lines of the organisation.
    // Each field named once: the instruction's message where it has one.
    for (const Problem& p : validate(*entry)) {
        if (std::none_of(found.cbegin(), found.cend(), [&](const Problem& f) { return f.field == p.field; }))
            found.append(p);
    }
    if (!found.isEmpty()) {
        problems->append(found);
        return false;
    }

    const QString login = by.isProgram() ? by.actor().login : by.user().login;
    const QString name = by.user().fullName.isEmpty() ? login : by.user().fullName;
    const QDateTime now = m_db.clock().now();
    QVariantMap values = valuesOf(*entry);
    // Issued, not a draft: the instruction is the authority, so the line is approved from the start by the
    // one who instructed, on the day; ScheduleService::entries keeps it off the posted schedule all the same.
    values.insert(u"status"_s, ScheduleEntry::statusCode(ScheduleEntry::Status::Approved));
    values.insert(u"approved_by"_s, nullIfEmpty(by.user().id));
    values.insert(u"approved_by_login"_s, nullIfEmpty(login));
    values.insert(u"approved_by_name"_s, nullIfEmpty(name));
    values.insert(u"approved_on"_s, m_db.clock().today());
    values.insert(u"instruction_form"_s, entry->instructionForm);
    values.insert(u"instructed_by"_s, nullIfEmpty(by.user().id));
    values.insert(u"instructed_by_login"_s, nullIfEmpty(login));
    values.insert(u"instructed_by_name"_s, nullIfEmpty(name));
    values.insert(u"instructed_at"_s, now);
    values.insert(u"visitor_name"_s, nullIfEmpty(entry->visitorName));
    values.insert(u"instruction_reason"_s, entry->instructionReason);
    values.insert(u"card_id"_s, nullIfEmpty(entry->cardId));
    values.insert(u"card_number"_s, nullIfEmpty(entry->cardNumber));
    WriteTransaction tx(m_db, by.actor());
    QString id;
    if (tx.isOpen())
        id = tx.insert(kTable, values);
    if (!id.isEmpty() && tx.commit()) {
        if (const auto saved = load(id))
            *entry = *saved;
        return true;
    }
    problems->append(
        {tr("Schedule"), tx.error().isEmpty() ? tr("the instruction could not be recorded") : tx.error()});
    return false;
}

QList<ScheduleEntry> ScheduleService::instructions(const QString& organisationCode, const QDate& from,
                                                   const QDate& to)
{
    QList<ScheduleEntry> result;
    for (const ScheduleEntry& e : entries(organisationCode, false)) {
        if (e.isOffSchedule() && e.date >= from && e.date <= to)
            result.append(e);
    }
    return result;
}

bool ScheduleService::remove(const Session& by, const QString& entryId, Problems* problems)
{
    const auto e = load(entryId);
    // an instruction is withdrawn by those who may give one.
    if (e && e->isOffSchedule()) {
        if (!by.require(kInstructors, tr("withdraw an off-schedule reception instruction (R-50)"), problems))
            return false;
    } else {
        if (!by.require(kKeepers, tr("keep reception schedules"), problems))
            return false;
        if (!e) {
            problems->append({tr("Schedule"), tr("Schedule: there is no such line")});
            return false;
        }
        if (e->isApproved() && !by.require(kApprovers, tr("remove an approved schedule line"), problems))
            return false;
    }
    // Persons signed up for a coming reception of the line must be told first.
    QSqlQuery q = m_db.prepare(u"SELECT COUNT(*) FROM prereg_request WHERE schedule_id = ? AND deleted = ? AND "
                               "reception_on >= ? AND state IN ('registered', 'awaiting_agreement')"_s);
    q.addBindValue(entryId);
    q.addBindValue(false);
    q.addBindValue(m_db.clock().today());
    if (q.exec() && q.next() && q.value(0).toInt() > 0) {
        problems->append({tr("Schedule"), tr("Schedule: %n person(s) signed up for a coming reception of this line", "",
                                             q.value(0).toInt())});
        return false;
    }
    WriteTransaction tx(m_db, by.actor());
    if (tx.isOpen() && tx.remove(kTable, entryId) && tx.commit())
        return true;
    problems->append({tr("Schedule"), tx.error().isEmpty() ? tr("the line could not be removed") : tx.error()});
    return false;
}

QList<ScheduleEntry> ScheduleService::select(const QString& where, const QVariantList& values)
{
    QList<ScheduleEntry> result;
    QSqlQuery q = m_db.prepare(u"SELECT * FROM reception_schedule WHERE deleted = ? %1 "
                               "ORDER BY official_name, position_code, COALESCE(on_date, valid_from), starts_at, id"_s
                                   .arg(where));
    q.addBindValue(false);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (q.exec()) {
        while (q.next())
            result.append(readEntry(q));
    }
    return result;
}

std::optional<ScheduleEntry> ScheduleService::load(const QString& id)
{
    const QList<ScheduleEntry> found = select(u"AND id = ?"_s, {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<ScheduleEntry> ScheduleService::entries(const QString& organisationCode, bool approvedOnly)
{
    QString where;
    QVariantList values;
    const QString org = organisationOrDefault(organisationCode);
    if (!org.isEmpty()) {
        where += u" AND organisation_code = ?"_s;
        values << org;
    }
    if (approvedOnly) {
        // The posted lines: an instruction is approved by its instruction but never posted.
        where += u" AND status = ? AND kind <> ?"_s;
        values << ScheduleEntry::statusCode(ScheduleEntry::Status::Approved)
               << ScheduleEntry::kindCode(ScheduleEntry::Kind::OffSchedule);
    }
    return select(where, values);
}

QList<ScheduleEntry> ScheduleService::entriesOfMonth(const QString& organisationCode, int year, int month,
                                                     bool approvedOnly)
{
    const QDate first(year, month, 1);
    const QDate last(year, month, first.daysInMonth());
    QList<ScheduleEntry> result;
    for (const ScheduleEntry& e : entries(organisationCode, approvedOnly)) {
        if (e.mayReceiveBetween(first, last))
            result.append(e);
    }
    return result;
}

QList<QDate> ScheduleService::occurrences(const QString& entryId, const QDate& from, const QDate& to)
{
    const auto e = load(entryId);
    return e ? m_check.occurrences(*e, from, to) : QList<QDate>();
}

QList<ScheduleOccurrence> ScheduleService::occurrences(const QString& organisationCode, int year, int month,
                                                       bool approvedOnly)
{
    const QDate first(year, month, 1);
    const QDate last(year, month, first.daysInMonth());
    QList<ScheduleOccurrence> result;
    for (const ScheduleEntry& e : entriesOfMonth(organisationCode, year, month, approvedOnly)) {
        for (const QDate& day : m_check.occurrences(e, first, last))
            result.append({day, e});
    }
    std::stable_sort(result.begin(), result.end(), [](const ScheduleOccurrence& a, const ScheduleOccurrence& b) {
        if (a.date != b.date)
            return a.date < b.date;
        return a.entry.startsAt < b.entry.startsAt;
    });
    return result;
}

QList<ScheduleIssue> ScheduleService::conflicts(const QString& organisationCode, int year, int month)
{
    return m_check.conflicts(entriesOfMonth(organisationCode, year, month, false), year, month);
}

QList<ScheduleIssue> ScheduleService::frequencyWarnings(const QString& organisationCode, int year, int month)
{
    const QDate first(year, month, 1);
    const QDate last(year, month, first.daysInMonth());
    const QDate before = first.addMonths(-1);
    // a reception by instruction is outside the schedule; it does not stand for the regular ones (R-15,
    // ), so it neither counts nor brings its official into the warnings.
    QList<ScheduleEntry> all = entries(organisationCode, false);
    all.removeIf([](const ScheduleEntry& e) { return e.isOffSchedule(); });
    // The officials on the schedule now: a line reaching into the month or the month before.
    QSet<QString> officials;
    for (const ScheduleEntry& e : all) {
        if (e.mayReceiveBetween(before, last))
            officials.insert(e.officialKey());
    }
    QList<ScheduleEntry> lines;
    for (const ScheduleEntry& e : all) {
        if (officials.contains(e.officialKey()))
            lines.append(e);
    }
    QHash<QString, ReceptionLevel> levels;
    auto levelOf = [&](const ScheduleEntry& e) {
        const QString key = e.positionCode + u'|' + e.organisationCode;
        auto it = levels.constFind(key);
        if (it == levels.constEnd())
            it = levels.insert(key, level(e));
        return *it;
    };
    return m_check.frequency(lines, levelOf, year, month);
}

} // namespace armcpg
