#include "CalendarService.h"

#include "common/Uuid.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
QVariantMap entryValues(const CalendarEntry& e)
{
    return {{u"day"_s, e.date},          {u"kind"_s, kindCode(e.kind)}, {u"name_kk"_s, e.nameKk},
            {u"name_ru"_s, e.nameRu},    {u"name_en"_s, e.nameEn},      {u"source"_s, e.source}};
}

// New rows of the calendar get the stable ids of their natural keys, the same on every device.
QVariantMap withStableId(QVariantMap values, const QString& table, const QString& key)
{
    values.insert(u"id"_s, stableUuid(table, key));
    return values;
}

QVariantMap newEntryValues(const CalendarEntry& e)
{
    return withStableId(entryValues(e), u"calendar_entry"_s, e.date.toString(Qt::ISODate) + u'/' + kindCode(e.kind));
}

QString findId(Database& db, const QString& sql, const QVariantList& binds)
{
    QSqlQuery q = db.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}
} // namespace

WorkCalendar CalendarService::load()
{
    WorkCalendar calendar;
    QList<RuleHoliday> rule;
    QSqlQuery q = m_db.prepare(u"SELECT month_day, religious, name_kk, name_ru, name_en, source FROM calendar_rule "
                               "WHERE deleted = ? ORDER BY month_day"_s);
    q.addBindValue(false);
    if (q.exec()) {
        while (q.next()) {
            const QString md = q.value(0).toString();
            rule.append({md.left(2).toInt(), md.mid(3, 2).toInt(), q.value(1).toBool(), q.value(2).toString(),
                         q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
        }
    }
    calendar.setRuleHolidays(rule);

    QMap<int, QList<CalendarEntry>> entries;
    QSqlQuery e = m_db.prepare(u"SELECT day, kind, name_kk, name_ru, name_en, source FROM calendar_entry "
                               "WHERE deleted = ? ORDER BY day"_s);
    e.addBindValue(false);
    if (e.exec()) {
        while (e.next()) {
            const auto kind = kindFromCode(e.value(1).toString());
            const QDate day = e.value(0).toDate();
            if (kind && day.isValid())
                entries[day.year()].append({day, *kind, e.value(2).toString(), e.value(3).toString(),
                                            e.value(4).toString(), e.value(5).toString()});
        }
    }
    QSqlQuery y = m_db.prepare(u"SELECT year, confirmed FROM calendar_year WHERE deleted = ?"_s);
    y.addBindValue(false);
    if (y.exec()) {
        while (y.next())
            calendar.setYear(y.value(0).toInt(), entries.value(y.value(0).toInt()), y.value(1).toBool());
    }
    return calendar;
}

bool CalendarService::ensureYear(WriteTransaction& tx, int year, bool confirmed, const QString& source, bool update,
                                 const CalendarEntry* except)
{
    const QString id = findId(m_db, u"SELECT id FROM calendar_year WHERE year = ?"_s, {year});
    if (!id.isEmpty())
        return !update || tx.update(u"calendar_year"_s, id, {{u"confirmed"_s, confirmed}, {u"source"_s, source},
                                                             {u"deleted"_s, false}});
    if (tx.insert(u"calendar_year"_s, withStableId({{u"year"_s, year}, {u"confirmed"_s, confirmed}, {u"source"_s, source}},
                                                   u"calendar_year"_s, QString::number(year)))
            .isEmpty())
        return false;
    // A year gets its own data from now on and no longer falls back to the rule: it starts with the rule's
    // fixed-date holidays, in the same transaction, so that none of them is lost.
    for (const RuleHoliday& h : load().ruleHolidays()) {
        const CalendarEntry e{QDate(year, h.month, h.day),
                              h.religious ? CalendarEntry::Kind::ReligiousHoliday : CalendarEntry::Kind::PublicHoliday,
                              h.nameKk, h.nameRu, h.nameEn, h.source};
        if (e.date.isValid() && !(except && e.date == except->date && e.kind == except->kind)
            && tx.insert(u"calendar_entry"_s, newEntryValues(e)).isEmpty())
            return false;
    }
    return true;
}

bool CalendarService::seedBuiltin(const Session& by, WriteTransaction& tx, Problems* problems)
{
    if (!by.require({Role::Administrator}, tr("change the calendar"), problems))
        return false;
    const WorkCalendar builtin = WorkCalendar::builtin(problems);
    for (const RuleHoliday& h : builtin.ruleHolidays()) {
        const QString md = u"%1-%2"_s.arg(h.month, 2, 10, QLatin1Char('0')).arg(h.day, 2, 10, QLatin1Char('0'));
        if (!findId(m_db, u"SELECT id FROM calendar_rule WHERE month_day = ?"_s, {md}).isEmpty())
            continue;
        tx.insert(u"calendar_rule"_s,
                  withStableId({{u"month_day"_s, md}, {u"religious"_s, h.religious}, {u"name_kk"_s, h.nameKk},
                                {u"name_ru"_s, h.nameRu}, {u"name_en"_s, h.nameEn}, {u"source"_s, h.source}},
                               u"calendar_rule"_s, md));
    }
    for (int year : builtin.years()) {
        if (!findId(m_db, u"SELECT id FROM calendar_year WHERE year = ?"_s, {year}).isEmpty())
            continue; // an administrator's data for that year wins over the shipped one
        // Shipped years carry their own complete data: the row is written here, not started from the rule.
        tx.insert(u"calendar_year"_s, withStableId({{u"year"_s, year}, {u"confirmed"_s, builtin.isConfirmed(year)},
                                                    {u"source"_s, u"shipped with the program"_s}},
                                                   u"calendar_year"_s, QString::number(year)));
        for (const CalendarEntry& e : builtin.entries(year))
            tx.insert(u"calendar_entry"_s, newEntryValues(e));
    }
    return tx.error().isEmpty() || (problems->append({tr("calendar"), tx.error()}), false);
}

bool CalendarService::setEntry(const Session& by, const CalendarEntry& entry, Problems* problems)
{
    if (!by.require({Role::Administrator}, tr("change the calendar"), problems))
        return false;
    if (!entry.date.isValid()) {
        problems->append({tr("date"), tr("the date is not valid")});
        return false;
    }
    const bool weekend = entry.date.dayOfWeek() >= 6;
    if (entry.kind == CalendarEntry::Kind::DecreeWorkingDay && !weekend) {
        problems->append({tr("kind"), tr("%1 is a weekday; only a Saturday or Sunday can be made a working day")
                                          .arg(entry.date.toString(u"dd.MM.yyyy"_s))});
        return false;
    }
    if (entry.kind == CalendarEntry::Kind::DecreeDayOff && weekend) {
        problems->append({tr("kind"), tr("%1 is already a weekend day").arg(entry.date.toString(u"dd.MM.yyyy"_s))});
        return false;
    }
    if (entry.nameRu.trimmed().isEmpty() && entry.nameKk.trimmed().isEmpty()) {
        problems->append({tr("name"), tr("give the name of the holiday or the decree in Kazakh or Russian")});
        return false;
    }
    WriteTransaction tx(m_db, by.actor());
    ensureYear(tx, entry.date.year(), false, {}, false, &entry);
    const QString id = findId(m_db, u"SELECT id FROM calendar_entry WHERE day = ? AND kind = ?"_s,
                              {entry.date, kindCode(entry.kind)});
    QVariantMap values = entryValues(entry);
    values.insert(u"deleted"_s, false);
    const bool ok = id.isEmpty() ? !tx.insert(u"calendar_entry"_s, newEntryValues(entry)).isEmpty()
                                 : tx.update(u"calendar_entry"_s, id, values);
    if (ok && tx.commit())
        return true;
    problems->append({tr("calendar"), tx.error()});
    return false;
}

bool CalendarService::removeEntry(const Session& by, const QDate& date, CalendarEntry::Kind kind, Problems* problems)
{
    if (!by.require({Role::Administrator}, tr("change the calendar"), problems))
        return false;
    const QString id = findId(m_db, u"SELECT id FROM calendar_entry WHERE day = ? AND kind = ? AND deleted = ?"_s,
                              {date, kindCode(kind), false});
    if (id.isEmpty()) {
        problems->append({tr("date"), tr("there is no such entry on %1").arg(date.toString(u"dd.MM.yyyy"_s))});
        return false;
    }
    WriteTransaction tx(m_db, by.actor());
    if (tx.remove(u"calendar_entry"_s, id) && tx.commit())
        return true;
    problems->append({tr("calendar"), tx.error()});
    return false;
}

bool CalendarService::setYearConfirmed(const Session& by, int year, bool confirmed, const QString& source,
                                       Problems* problems)
{
    if (!by.require({Role::Administrator}, tr("change the calendar"), problems))
        return false;
    WriteTransaction tx(m_db, by.actor());
    if (ensureYear(tx, year, confirmed, source, true) && tx.commit())
        return true;
    problems->append({tr("calendar"), tx.error()});
    return false;
}

} // namespace armcpg
