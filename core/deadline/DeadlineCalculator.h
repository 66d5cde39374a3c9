#pragma once

#include "DeadlineRule.h"
#include "calendar/WorkCalendar.h"
#include "common/Problem.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace armcpg {

// The counting conventions the source leaves open (rules-000 §3.1, §9). Defaults are those of the domain note;
// an administrator can change them.
struct DeadlineSettings
{
    // Does the day of receipt (or of any anchor) count as the first day of a day count? Default: no, counting
    // starts on the next day. Applies to working-day and calendar-day terms after an anchor; month terms end
    // on the same-numbered day either way, and "before" terms never count the anchor day.
    bool receiptDayCounts = false;
    // is the day registration "closes" (5 or 1 WD before the reception) still a day of intake?
    bool registrationCutoffInclusive = true;
    // I-24: an appeal received on a day off is registered on the next working day; the term is counted from
    // that registration day (recommended) rather than from the receipt date.
    bool offDayReceiptCountsFromRegistration = true;
};

// A term typed or stored as text: "15wd" (working days), "10cd" (calendar days), "1m" (months), "24h" (hours);
// a minus sign means before the anchor ("-3wd").
struct Term
{
    enum class Unit
    {
        WorkingDays,
        CalendarDays,
        Months,
        Hours
    };
    Unit unit = Unit::WorkingDays;
    int amount = 0; // negative: before

    // Spaces and letter case are ignored; an amount of 0 or above 9999 is refused.
    static std::optional<Term> parse(const QString& text, Problems* problems);
    QString toString() const; // the form parse() reads, e.g. "-3wd"
    friend bool operator==(const Term&, const Term&) = default;
};

struct Due
{
    QDate date;   // the last day of the term (for "before" terms: the latest day to act)
    QDateTime at; // the moment, for hours and "immediate"; invalid otherwise
    bool computable = true;
    QString explanation; // translated: how it was counted, which days were skipped, where it rolled
};

// Computes deadlines on a working-day calendar (rules-000 §3).
class DeadlineCalculator
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineCalculator)

public:
    // Keeps a copy of the calendar (cheap: it shares the data and the computed years).
    explicit DeadlineCalculator(const WorkCalendar& calendar, DeadlineSettings settings = {});

    const WorkCalendar& calendar() const { return m_calendar; }
    const DeadlineSettings& settings() const { return m_settings; }

    // I-24: the date an appeal received on `receipt` is counted from: the receipt date itself on a working day,
    // the next working day (its registration) when received on a day off.
    QDate countStart(const QDate& receipt) const;
    // n > 0: the n-th working day after `from` (from itself is day 1 when receiptDayCounts and it is a working
    // day); n < 0: the |n|-th working day before `from`; n == 0: `from`.
    QDate addWorkingDays(const QDate& from, int n) const;
    // from + n calendar days (one day less when receiptDayCounts and n > 0), then I-68: a day off rolls forward
    // to the next working day (n > 0) or back to the previous one (n < 0).
    QDate addCalendarDays(const QDate& from, int n) const;
    // Same day n months later; a day the month lacks becomes its last day (31 Jan + 1 month = 28/29 Feb). Then
    // a day off rolls forward (n > 0, I-68) or back (n < 0).
    QDate addMonths(const QDate& from, int n) const;

    // A term counted from `anchor` (its date in local time). With base Receipt, a term after an anchor on a day
    // off is counted from the next working day (I-24). Calendar-day and month terms roll as above.
    Due apply(const Term& term, const QDateTime& anchor, DeadlineRule::Base base = DeadlineRule::Base::Receipt) const;
    // The deadline of a rule counted from `anchor`, with the rule's own base, roll and cut-off. Time windows,
    // frequencies and configurable terms give computable == false with an explanation.
    Due due(const DeadlineRule& rule, const QDateTime& anchor) const;

private:
    struct Spec
    {
        DeadlineRule::Unit unit;
        int amount; // signed
        DeadlineRule::Base base;
        DeadlineRule::Roll roll;
        bool cutoff;
    };
    Due compute(const Spec& spec, const QDateTime& anchor) const;
    QDate rolled(const QDate& date, DeadlineRule::Roll roll) const;
    QString skippedDays(const QDate& from, const QDate& to) const;

    WorkCalendar m_calendar;
    DeadlineSettings m_settings;
};

} // namespace armcpg
