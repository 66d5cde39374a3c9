#include "WorkCalendar.h"

#include "common/Csv.h"

#include <QDirIterator>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QtDebug>

#include <algorithm>
#include <array>
#include <atomic>
#include <bitset>
#include <unordered_map>

namespace armcpg {

using namespace Qt::StringLiterals;

namespace {

// How far the day searches look before giving up (only data that makes every day a day off gets there).
constexpr int SearchLimitDays = 3660;

bool isWeekend(const QDate& date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

const QStringList& entryColumns()
{
    static const QStringList columns{u"date"_s, u"kind"_s, u"name_kk"_s, u"name_ru"_s, u"name_en"_s, u"source"_s};
    return columns;
}

const QStringList& ruleColumns()
{
    static const QStringList columns{u"month_day"_s, u"kind"_s, u"name_kk"_s, u"name_ru"_s, u"name_en"_s, u"source"_s};
    return columns;
}

} // namespace

// What one year works out to: a bit per day of the year (1-based) and the lists the UI shows.
struct WorkCalendar::YearCache
{
    qint64 firstJulianDay = 0; // 1 January
    std::bitset<367> off;      // by day of the year, 1-based
    bool isOff(const QDate& date) const { return off.test(size_t(date.toJulianDay() - firstJulianDay + 1)); }
    QList<DayOff> daysOff; // every day off, weekends included, sorted
    QList<QDate> workingWeekendDays;
};

// Computed years of one set of data. Entries are added, never removed, so references to them stay valid for the
// life of the Cache; a change of data gives the calendar a new Cache instead of clearing this one. Years near
// today are also published in `published` so that isWorkingDay() finds them without taking the mutex.
struct WorkCalendar::Cache
{
    static constexpr int FirstSlotYear = 1950;
    static constexpr int SlotCount = 200;
    std::array<std::atomic<const YearCache*>, SlotCount> published{};
    QMutex mutex;
    std::unordered_map<int, std::unique_ptr<const YearCache>> years; // owns every computed year
};

WorkCalendar::WorkCalendar() : m_cache(std::make_shared<Cache>()) {}

void WorkCalendar::invalidate()
{
    m_cache = std::make_shared<Cache>();
}

void WorkCalendar::setRuleHolidays(QList<RuleHoliday> holidays)
{
    m_rule = std::move(holidays);
    invalidate();
}

void WorkCalendar::setYear(int year, QList<CalendarEntry> entries, bool confirmed)
{
    entries.removeIf([year](const CalendarEntry& e) { return e.date.year() != year; });
    std::stable_sort(entries.begin(), entries.end(),
                     [](const CalendarEntry& a, const CalendarEntry& b) { return a.date < b.date; });
    m_years.insert(year, YearData{std::move(entries), confirmed});
    invalidate();
}

void WorkCalendar::removeYear(int year)
{
    if (m_years.remove(year) > 0)
        invalidate();
}

QList<WorkCalendar::Holiday> WorkCalendar::holidaysOf(int year) const
{
    QList<Holiday> result;
    const auto data = m_years.constFind(year);
    if (data != m_years.constEnd()) {
        for (const CalendarEntry& e : data->entries) {
            if (e.kind == CalendarEntry::Kind::PublicHoliday || e.kind == CalendarEntry::Kind::ReligiousHoliday)
                result.append({e.date, e.kind == CalendarEntry::Kind::ReligiousHoliday, e.nameKk, e.nameRu, e.nameEn});
        }
    } else {
        for (const RuleHoliday& r : m_rule) {
            const QDate date(year, r.month, r.day);
            if (date.isValid()) // 29 February in a common year
                result.append({date, r.religious, r.nameKk, r.nameRu, r.nameEn});
        }
    }
    std::stable_sort(result.begin(), result.end(), [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
    return result;
}

std::unique_ptr<WorkCalendar::YearCache> WorkCalendar::computeYear(int year) const
{
    auto cache = std::make_unique<YearCache>();
    const QDate first(year, 1, 1);
    if (!first.isValid())
        return cache;
    cache->firstJulianDay = first.toJulianDay();

    // Holidays of the neighbouring years matter too: a late-December holiday can be moved into January, and
    // a transfer must not land on a holiday of the next year.
    const QList<Holiday> previous = holidaysOf(year - 1), current = holidaysOf(year), next = holidaysOf(year + 1);
    QSet<qint64> holidayDays;
    for (const QList<Holiday>* list : {&previous, &current, &next}) {
        for (const Holiday& h : *list)
            holidayDays.insert(h.date.toJulianDay());
    }

    // Labour Code (art. 85, verify): a public holiday on a Saturday or Sunday moves the day off to the next
    // working day that is not itself a holiday, earlier holidays first, each to a day of its own (2026: Nauryz
    // 21 Sat -> Tue 24, 22 Sun -> Wed 25, because Mon 23 is itself Nauryz). Religious days off never move.
    // Decree swaps are applied afterwards and override the result.
    struct Transfer
    {
        QDate to;
        const Holiday* from;
    };
    QList<Transfer> transfers;
    QSet<qint64> taken;
    QSet<qint64> moved;
    const QDate windowStart(year - 1, 11, 1);
    for (const QList<Holiday>* list : {&previous, &current}) {
        for (const Holiday& h : *list) {
            if (h.religious || !isWeekend(h.date) || h.date < windowStart || moved.contains(h.date.toJulianDay()))
                continue;
            moved.insert(h.date.toJulianDay()); // the same date listed twice moves once
            QDate to = h.date.addDays(1);
            while (isWeekend(to) || holidayDays.contains(to.toJulianDay()) || taken.contains(to.toJulianDay()))
                to = to.addDays(1);
            taken.insert(to.toJulianDay());
            if (to.year() == year)
                transfers.append({to, &h});
        }
    }

    // Reasons by day of the year; the first reason recorded for a day is the one shown.
    QHash<int, DayOff> reasons;
    const int days = first.daysInYear();
    for (int doy = 1; doy <= days; ++doy) {
        if (isWeekend(first.addDays(doy - 1)))
            cache->off.set(doy);
    }
    for (const Holiday& h : current) {
        cache->off.set(h.date.dayOfYear());
        if (!reasons.contains(h.date.dayOfYear()) || !h.religious)
            reasons.insert(h.date.dayOfYear(),
                           {h.date, h.religious ? DayOff::Reason::Religious : DayOff::Reason::Holiday, h.nameKk,
                            h.nameRu, h.nameEn, QDate()});
    }
    for (const Transfer& t : transfers) {
        cache->off.set(t.to.dayOfYear());
        reasons.insert(t.to.dayOfYear(),
                       {t.to, DayOff::Reason::Transfer, t.from->nameKk, t.from->nameRu, t.from->nameEn, t.from->date});
    }
    const auto data = m_years.constFind(year);
    if (data != m_years.constEnd()) {
        for (const CalendarEntry& e : data->entries) {
            const int doy = e.date.dayOfYear();
            if (e.kind == CalendarEntry::Kind::DecreeDayOff) {
                cache->off.set(doy);
                if (!reasons.contains(doy))
                    reasons.insert(doy, {e.date, DayOff::Reason::Decree, e.nameKk, e.nameRu, e.nameEn, QDate()});
            } else if (e.kind == CalendarEntry::Kind::DecreeWorkingDay) {
                cache->off.reset(doy);
                reasons.remove(doy);
            }
        }
    }

    for (int doy = 1; doy <= days; ++doy) {
        const QDate date = first.addDays(doy - 1);
        if (cache->off.test(doy)) {
            const auto reason = reasons.constFind(doy);
            cache->daysOff.append(reason != reasons.constEnd() ? *reason
                                                               : DayOff{date, DayOff::Reason::Weekend, {}, {}, {}, {}});
        } else if (isWeekend(date)) {
            cache->workingWeekendDays.append(date);
        }
    }
    return cache;
}

const WorkCalendar::YearCache& WorkCalendar::yearCache(int year) const
{
    Cache& cache = *m_cache;
    const int slot = year - Cache::FirstSlotYear;
    const bool slotted = slot >= 0 && slot < Cache::SlotCount;
    if (slotted) {
        if (const YearCache* found = cache.published[slot].load(std::memory_order_acquire))
            return *found;
    }
    {
        QMutexLocker lock(&cache.mutex);
        const auto it = cache.years.find(year);
        if (it != cache.years.end())
            return *it->second;
    }
    // Computed outside the lock; if another thread got there first, its result is kept (they are equal).
    std::unique_ptr<const YearCache> computed = computeYear(year);
    QMutexLocker lock(&cache.mutex);
    const YearCache* kept = cache.years.try_emplace(year, std::move(computed)).first->second.get();
    if (slotted)
        cache.published[slot].store(kept, std::memory_order_release);
    return *kept;
}

bool WorkCalendar::isWorkingDay(const QDate& date) const
{
    return date.isValid() && !yearCache(date.year()).isOff(date);
}

bool WorkCalendar::isDayOff(const QDate& date) const
{
    return date.isValid() && yearCache(date.year()).isOff(date);
}

QList<WorkCalendar::DayOff> WorkCalendar::daysOff(int year, bool includeWeekends) const
{
    const QList<DayOff>& all = yearCache(year).daysOff;
    if (includeWeekends)
        return all;
    QList<DayOff> weekdays;
    for (const DayOff& d : all) {
        if (!isWeekend(d.date))
            weekdays.append(d);
    }
    return weekdays;
}

QList<QDate> WorkCalendar::workingWeekendDays(int year) const
{
    return yearCache(year).workingWeekendDays;
}

QDate WorkCalendar::workingDayOnOrAfter(const QDate& date) const
{
    if (!date.isValid())
        return {};
    QDate d = date;
    for (int i = 0; i < SearchLimitDays; ++i, d = d.addDays(1)) {
        if (isWorkingDay(d))
            return d;
    }
    return {};
}

QDate WorkCalendar::workingDayOnOrBefore(const QDate& date) const
{
    if (!date.isValid())
        return {};
    QDate d = date;
    for (int i = 0; i < SearchLimitDays; ++i, d = d.addDays(-1)) {
        if (isWorkingDay(d))
            return d;
    }
    return {};
}

QDate WorkCalendar::nextWorkingDay(const QDate& date) const
{
    return date.isValid() ? workingDayOnOrAfter(date.addDays(1)) : QDate();
}

QDate WorkCalendar::previousWorkingDay(const QDate& date) const
{
    return date.isValid() ? workingDayOnOrBefore(date.addDays(-1)) : QDate();
}

// ---- files ----

namespace {

// Adds a problem for each required column the file lacks; true when all are there.
bool hasColumns(const CsvTable& table, const QStringList& required, Problems* problems)
{
    bool ok = true;
    for (const QString& name : required) {
        if (table.column(name) < 0) {
            problems->append({name, WorkCalendar::tr("The column \"%1\" is missing from the header.").arg(name), 1});
            ok = false;
        }
    }
    return ok;
}

struct Fields
{
    const CsvTable& table;
    const CsvRow& row;
    QString operator()(const QString& name) const { return row.fields.value(table.column(name)).trimmed(); }
};

} // namespace

QList<CalendarEntry> WorkCalendar::readEntriesCsv(const QString& path, Problems* problems)
{
    Problems local;
    Problems& out = problems ? *problems : local;
    const CsvTable table = Csv::readFile(path, u',');
    out += table.problems;
    QList<CalendarEntry> entries;
    if (table.header.isEmpty() || !hasColumns(table, entryColumns(), &out))
        return entries;

    QHash<QDate, QList<std::pair<CalendarEntry::Kind, int>>> seen; // kinds listed per date, with their lines
    for (const CsvRow& row : table.rows) {
        const Fields field{table, row};
        bool ok = true;
        const QString dateText = field(u"date"_s);
        const QDate date = QDate::fromString(dateText, u"yyyy-MM-dd"_s);
        if (!date.isValid() || dateText.size() != 10) {
            out.append({u"date"_s, tr("\"%1\" is not a date in the form YYYY-MM-DD.").arg(dateText), row.line});
            ok = false;
        }
        const std::optional<CalendarEntry::Kind> kind = kindFromCode(field(u"kind"_s));
        if (!kind) {
            out.append(
                {u"kind"_s,
                 tr("\"%1\" is not a kind; use holiday, religious, day_off or working_day.").arg(field(u"kind"_s)),
                 row.line});
            ok = false;
        }
        CalendarEntry e{date,
                        kind.value_or(CalendarEntry::Kind::PublicHoliday),
                        field(u"name_kk"_s),
                        field(u"name_ru"_s),
                        field(u"name_en"_s),
                        field(u"source"_s)};
        const bool holiday =
            e.kind == CalendarEntry::Kind::PublicHoliday || e.kind == CalendarEntry::Kind::ReligiousHoliday;
        if (ok && holiday && e.nameKk.isEmpty() && e.nameRu.isEmpty() && e.nameEn.isEmpty()) {
            out.append({u"name_ru"_s, tr("A holiday needs a name in name_kk, name_ru or name_en."), row.line});
            ok = false;
        }
        if (ok) {
            // The same date twice with the same kind, or both a day off and a working day by decree.
            for (const auto& [otherKind, otherLine] : seen.value(date)) {
                const bool swapConflict =
                    (otherKind == CalendarEntry::Kind::DecreeDayOff && e.kind == CalendarEntry::Kind::DecreeWorkingDay)
                    || (otherKind == CalendarEntry::Kind::DecreeWorkingDay
                        && e.kind == CalendarEntry::Kind::DecreeDayOff);
                if (otherKind == e.kind || swapConflict) {
                    out.append(
                        {u"date"_s,
                         tr("%1 is already listed as %2 on line %3.").arg(dateText, kindCode(otherKind)).arg(otherLine),
                         row.line});
                    ok = false;
                    break;
                }
            }
        }
        if (!ok)
            continue;
        seen[date].append({e.kind, row.line});
        entries.append(std::move(e));
    }
    return entries;
}

QList<RuleHoliday> WorkCalendar::readRuleCsv(const QString& path, Problems* problems)
{
    Problems local;
    Problems& out = problems ? *problems : local;
    const CsvTable table = Csv::readFile(path, u',');
    out += table.problems;
    QList<RuleHoliday> holidays;
    if (table.header.isEmpty() || !hasColumns(table, ruleColumns(), &out))
        return holidays;

    static const QRegularExpression monthDay(u"^(\\d\\d)-(\\d\\d)$"_s);
    QHash<QString, int> seen; // month_day|kind -> line
    for (const CsvRow& row : table.rows) {
        const Fields field{table, row};
        bool ok = true;
        RuleHoliday h;
        const QString md = field(u"month_day"_s);
        const QRegularExpressionMatch m = monthDay.match(md);
        if (m.hasMatch()) {
            h.month = m.captured(1).toInt();
            h.day = m.captured(2).toInt();
        }
        if (!m.hasMatch() || !QDate(2000, h.month, h.day).isValid()) { // 2000: a leap year, so 02-29 is allowed
            out.append({u"month_day"_s, tr("\"%1\" is not a day of the year in the form MM-DD.").arg(md), row.line});
            ok = false;
        }
        const std::optional<CalendarEntry::Kind> kind = kindFromCode(field(u"kind"_s));
        if (kind != CalendarEntry::Kind::PublicHoliday && kind != CalendarEntry::Kind::ReligiousHoliday) {
            out.append({u"kind"_s,
                        tr("\"%1\" is not a kind of the rule; use holiday or religious.").arg(field(u"kind"_s)),
                        row.line});
            ok = false;
        }
        h.religious = kind == CalendarEntry::Kind::ReligiousHoliday;
        h.nameKk = field(u"name_kk"_s);
        h.nameRu = field(u"name_ru"_s);
        h.nameEn = field(u"name_en"_s);
        h.source = field(u"source"_s);
        if (ok && h.nameKk.isEmpty() && h.nameRu.isEmpty() && h.nameEn.isEmpty()) {
            out.append({u"name_ru"_s, tr("A holiday needs a name in name_kk, name_ru or name_en."), row.line});
            ok = false;
        }
        const QString key = md + u'|' + field(u"kind"_s);
        if (ok && seen.contains(key)) {
            out.append({u"month_day"_s,
                        tr("%1 is already listed as %2 on line %3.").arg(md, field(u"kind"_s)).arg(seen.value(key)),
                        row.line});
            ok = false;
        }
        if (!ok)
            continue;
        seen.insert(key, row.line);
        holidays.append(std::move(h));
    }
    return holidays;
}

namespace {

WorkCalendar loadBuiltin(Problems* problems)
{
    WorkCalendar calendar;
    calendar.setRuleHolidays(WorkCalendar::readRuleCsv(u":/calendar/rule.csv"_s, problems));

    static const QRegularExpression yearFile(u"^kz-(\\d{4})\\.csv$"_s);
    QMap<int, QString> files;
    QDirIterator it(u":/calendar"_s, QDir::Files);
    while (it.hasNext()) {
        it.next();
        const QRegularExpressionMatch m = yearFile.match(it.fileName());
        if (m.hasMatch())
            files.insert(m.captured(1).toInt(), it.filePath());
    }
    for (auto f = files.cbegin(); f != files.cend(); ++f) {
        QList<CalendarEntry> entries = WorkCalendar::readEntriesCsv(f.value(), problems);
        for (const CalendarEntry& e : std::as_const(entries)) {
            if (e.date.year() != f.key())
                problems->append({u"date"_s,
                                  WorkCalendar::tr("%1 is not in %2, the year of the file %3.")
                                      .arg(e.date.toString(Qt::ISODate))
                                      .arg(f.key())
                                      .arg(f.value()),
                                  0});
        }
        calendar.setYear(f.key(), std::move(entries), true);
    }
    return calendar;
}

} // namespace

WorkCalendar WorkCalendar::builtin(Problems* problems)
{
    // Loaded once; copies share the data and every year computed through any of them.
    static const std::pair<WorkCalendar, Problems> shipped = [] {
        Problems found;
        WorkCalendar calendar = loadBuiltin(&found);
        if (!found.isEmpty())
            qWarning().noquote() << "The shipped working-day calendar has problems:\n" << describe(found);
        return std::pair{calendar, found};
    }();
    if (problems)
        *problems += shipped.second;
    return shipped.first;
}

} // namespace armcpg
