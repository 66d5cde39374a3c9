#pragma once

#include "calendar/WorkCalendar.h"
#include "schedule/ReceptionLevel.h"
#include "schedule/ScheduleEntry.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>

namespace armcpg {

// Something found in a schedule: a conflict (the same official twice at once, hours outside 9:00–18:30, a
// reception day that is a day off) or a frequency warning.
struct ScheduleIssue
{
    enum class Kind
    {
        Overlap,      // the same official twice at once
        OutsideHours, // not within 9:00–18:30, or ending before it starts
        DayOff,       // a schedule day that is a day off in the calendar: no reception that day
        Frequency,    // fewer receptions than the official's level requires
    };
    Kind kind = Kind::Overlap;
    QString entryId;
    QString otherEntryId; // Overlap: the other line
    QString officialName;
    QString facilityName; // Frequency of a facility
    QDate date;           // Overlap, DayOff: the day; Frequency: the first day of the period without reception
    QDate until;          // Frequency: the last day of that period
    QString rule;         // the deadline engine's rule: R2, R4, R9, R12
    QString citation;
    QString message;      // translated, names the official, the day and the paragraph
};

// The checks of a schedule on the working-day calendar, over lines already read (no database): the dates a line
// receives, conflicts and frequency. ScheduleService reads the lines and the levels; tests call this directly.
class ScheduleCheck
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleCheck)

public:
    using LevelOf = std::function<ReceptionLevel(const ScheduleEntry&)>;

    explicit ScheduleCheck(WorkCalendar calendar) : m_calendar(std::move(calendar)) {}
    const WorkCalendar& calendar() const { return m_calendar; }

    // The days from..to (inclusive) on which the line receives: its pattern on working days.
    QList<QDate> occurrences(const ScheduleEntry& entry, const QDate& from, const QDate& to) const;
    // hours inside 9:00–18:30 and a start before the end.
    QList<ScheduleIssue> hours(const ScheduleEntry& entry) const;
    // The same official twice at once: the first common working day (from..to, or the lines' whole periods when
    // null) of `entry` with each line of `others` that overlaps it in time.
    QList<ScheduleIssue> overlaps(const ScheduleEntry& entry, const QList<ScheduleEntry>& others,
                                  const QDate& from = {}, const QDate& to = {}) const;
    // Every conflict of the lines in a month: hours, overlaps (one per pair, its first day in the month) and
    // schedule days that are days off.
    QList<ScheduleIssue> conflicts(const QList<ScheduleEntry>& entries, int year, int month) const;
    // Frequency warnings for a month: the General Prosecutor and deputies receive at least once in the month
    // (R-15, rule R4); heads of agencies, ГВП, ГТП, oblast prosecutors and deputies at least once in every week
    // that touches the month (R-28, R9); each detention facility on the schedule has a duty prosecutor's
    // reception at least once in every such week (R-40, R12). A week without a working day asks for nothing.
    QList<ScheduleIssue> frequency(const QList<ScheduleEntry>& entries, const LevelOf& levelOf, int year,
                                   int month) const;

private:
    WorkCalendar m_calendar;
};

} // namespace armcpg
