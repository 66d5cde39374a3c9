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
    std::optional<ScheduleEntry> stored;
    if (!entry->id.isEmpty()) {
        stored = load(entry->id);
        if (!stored) {
            problems->append({tr("Schedule"), tr("Schedule: there is no such line")});
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

bool ScheduleService::remove(const Session& by, const QString& entryId, Problems* problems)
{
    if (!by.require(kKeepers, tr("keep reception schedules"), problems))
        return false;
    const auto e = load(entryId);
    if (!e) {
        problems->append({tr("Schedule"), tr("Schedule: there is no such line")});
        return false;
    }
    if (e->isApproved() && !by.require(kApprovers, tr("remove an approved schedule line"), problems))
        return false;
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
        where += u" AND status = ?"_s;
        values << ScheduleEntry::statusCode(ScheduleEntry::Status::Approved);
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
    const QList<ScheduleEntry> all = entries(organisationCode, false);
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
