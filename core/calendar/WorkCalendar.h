#pragma once

#include "CalendarEntry.h"
#include "common/Problem.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>

namespace armcpg {

// The working-day calendar of Kazakhstan as data interpreted by code (§3.1 of rules-000: "a configurable
// production calendar that is synced centrally and cached").
//
// A day is a day off when it is a Saturday or Sunday, a public or religious holiday, the day a weekend public
// holiday is moved to, or a day off by decree; a decree can also make a weekend day a working day. Years with
// entered data (setYear) use exactly their entries; other years fall back to the fixed-date rule
// (setRuleHolidays), which cannot know the lunar Kurban Ait, and are reported as not confirmed.
//
// Copies are cheap and share computed years. Const member functions may be called from several threads.
class WorkCalendar
{
    Q_DECLARE_TR_FUNCTIONS(WorkCalendar)

public:
    struct DayOff
    {
        enum class Reason
        {
            Weekend,   // a plain Saturday or Sunday
            Holiday,   // a public holiday on its own date
            Religious, // a religious holiday (never moved)
            Transfer,  // the working day a weekend public holiday was moved to
            Decree,    // a weekday made a day off by decree
        };
        QDate date;
        Reason reason = Reason::Weekend;
        QString nameKk, nameRu, nameEn; // the holiday (or decree entry); empty for a plain weekend
        QDate transferredFrom;          // for Transfer: the weekend date of the holiday
    };

    WorkCalendar(); // empty: Monday to Friday working, no holidays
    WorkCalendar(const WorkCalendar&) = default;
    WorkCalendar& operator=(const WorkCalendar&) = default;

    // The fixed-date holidays used for years without data. Invalidates computed years.
    void setRuleHolidays(QList<RuleHoliday> holidays);
    // Everything known about one year: holidays on their own dates (including the lunar Kurban Ait) and decree
    // swaps. Entries dated in another year are ignored. Invalidates computed years (a year's holidays also
    // decide the transfers of its neighbours).
    void setYear(int year, QList<CalendarEntry> entries, bool confirmed);
    // Forgets the data of a year, which falls back to the rule again.
    void removeYear(int year);

    // The shipped calendar: :/calendar/rule.csv and every :/calendar/kz-YYYY.csv, each year confirmed. Problems
    // in the shipped files (a bug) are reported through `problems` and logged.
    static WorkCalendar builtin(Problems* problems = nullptr);

    QList<RuleHoliday> ruleHolidays() const { return m_rule; }
    QList<CalendarEntry> entries(int year) const { return m_years.value(year).entries; }
    QList<int> years() const { return m_years.keys(); } // years with data, ascending

    bool hasYearData(int year) const { return m_years.contains(year); }
    bool isConfirmed(int year) const { return m_years.value(year).confirmed; }

    bool isWorkingDay(const QDate& date) const; // false for an invalid date
    bool isDayOff(const QDate& date) const;     // false for an invalid date

    // The days off of a year, sorted. Without weekends: only Monday to Friday days off (holidays on weekdays,
    // transfers, decree days off). With weekends: also every Saturday and Sunday that is off.
    QList<DayOff> daysOff(int year, bool includeWeekends = false) const;
    // Saturdays and Sundays made working days by decree, sorted.
    QList<QDate> workingWeekendDays(int year) const;

    QDate nextWorkingDay(const QDate& date) const;     // strictly after `date`
    QDate previousWorkingDay(const QDate& date) const; // strictly before `date`
    QDate workingDayOnOrAfter(const QDate& date) const;
    QDate workingDayOnOrBefore(const QDate& date) const;
    // (Each returns an invalid date when no working day lies within ten years, which only broken data can cause.)

    // Reads a year file: header `date,kind,name_kk,name_ru,name_en,source`; date YYYY-MM-DD, kind
    // holiday|religious|day_off|working_day. Bad rows are reported (line and column) and left out.
    static QList<CalendarEntry> readEntriesCsv(const QString& path, Problems* problems);
    // Reads the rule file: header `month_day,kind,name_kk,name_ru,name_en,source`; month_day MM-DD, kind
    // holiday|religious.
    static QList<RuleHoliday> readRuleCsv(const QString& path, Problems* problems);

private:
    struct YearData
    {
        QList<CalendarEntry> entries;
        bool confirmed = false;
    };
    struct Holiday
    {
        QDate date;
        bool religious = false;
        QString nameKk, nameRu, nameEn;
    };
    struct YearCache;
    struct Cache;

    QList<Holiday> holidaysOf(int year) const;
    std::unique_ptr<YearCache> computeYear(int year) const;
    const YearCache& yearCache(int year) const;
    void invalidate();

    QList<RuleHoliday> m_rule;
    QMap<int, YearData> m_years;
    std::shared_ptr<Cache> m_cache; // shared by copies with the same data; replaced, never cleared, on change
};

} // namespace armcpg
