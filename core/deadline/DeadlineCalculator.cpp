#include "DeadlineCalculator.h"

#include <QRegularExpression>
#include <QStringList>

namespace armcpg {

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxTermAmount = 9999;

QString fmt(const QDate& date)
{
    return date.toString(u"dd.MM.yyyy");
}

QString fmt(const QDateTime& moment)
{
    return moment.toLocalTime().toString(u"dd.MM.yyyy HH:mm");
}

// English source text has its own singular; the catalogues give every language its plural forms through %n.
QString plural(int n, const QString& one, const QString& many)
{
    return n == 1 ? one : many;
}

DeadlineRule::Unit ruleUnit(Term::Unit unit)
{
    switch (unit) {
    case Term::Unit::WorkingDays:
        return DeadlineRule::Unit::WorkingDays;
    case Term::Unit::CalendarDays:
        return DeadlineRule::Unit::CalendarDays;
    case Term::Unit::Months:
        return DeadlineRule::Unit::Months;
    case Term::Unit::Hours:
        return DeadlineRule::Unit::Hours;
    }
    return DeadlineRule::Unit::Configurable;
}

// I-68 for "after" terms; the backward roll of "before" terms is the design choice of rules-000 §3.1.
DeadlineRule::Roll defaultRoll(Term::Unit unit, int amount)
{
    if (unit != Term::Unit::CalendarDays && unit != Term::Unit::Months)
        return DeadlineRule::Roll::None;
    return amount < 0 ? DeadlineRule::Roll::Backward : DeadlineRule::Roll::Forward;
}

} // namespace

// ---- Term ----

std::optional<Term> Term::parse(const QString& text, Problems* problems)
{
    const QString field = DeadlineCalculator::tr("Term");
    auto fail = [&](const QString& message) {
        if (problems)
            problems->append({field, message, 0});
        return std::optional<Term>();
    };
    static const QRegularExpression pattern(u"^([+-]?)\\s*(\\d+)\\s*([a-z]*)$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const QString t = text.trimmed();
    if (t.isEmpty())
        return fail(DeadlineCalculator::tr("The term is empty; write it as 15wd, 10cd, 1m or 24h (with a minus sign "
                                           "for a term before the date)."));
    const QRegularExpressionMatch m = pattern.match(t);
    if (!m.hasMatch())
        return fail(DeadlineCalculator::tr("\"%1\" is not a term; write it as 15wd, 10cd, 1m or 24h (with a minus "
                                           "sign for a term before the date).")
                        .arg(t));
    Term term;
    const QString unit = m.captured(3).toLower();
    if (unit == u"wd")
        term.unit = Unit::WorkingDays;
    else if (unit == u"cd")
        term.unit = Unit::CalendarDays;
    else if (unit == u"m")
        term.unit = Unit::Months;
    else if (unit == u"h")
        term.unit = Unit::Hours;
    else if (unit.isEmpty())
        return fail(DeadlineCalculator::tr("\"%1\" has no unit; add wd (working days), cd (calendar days), m (months) "
                                           "or h (hours).")
                        .arg(t));
    else
        return fail(DeadlineCalculator::tr("\"%1\" is not a unit of a term; use wd (working days), cd (calendar days), "
                                           "m (months) or h (hours).")
                        .arg(m.captured(3)));
    bool ok = false;
    const int amount = m.captured(2).toInt(&ok);
    if (!ok || amount > MaxTermAmount)
        return fail(
            DeadlineCalculator::tr("%1 is too long for a term (at most %2).").arg(m.captured(2)).arg(MaxTermAmount));
    if (amount == 0)
        return fail(DeadlineCalculator::tr("A term of zero is not a term."));
    term.amount = m.captured(1) == u"-" ? -amount : amount;
    return term;
}

QString Term::toString() const
{
    static constexpr QStringView Suffix[] = {u"wd", u"cd", u"m", u"h"};
    return QString::number(amount).append(Suffix[int(unit)]);
}

// ---- DeadlineCalculator ----

DeadlineCalculator::DeadlineCalculator(const WorkCalendar& calendar, DeadlineSettings settings)
    : m_calendar(calendar), m_settings(settings)
{}

QDate DeadlineCalculator::countStart(const QDate& receipt) const
{
    // I-24: "в ближайший следующий за ним рабочий день".
    if (m_settings.offDayReceiptCountsFromRegistration && m_calendar.isDayOff(receipt))
        return m_calendar.nextWorkingDay(receipt);
    return receipt;
}

QDate DeadlineCalculator::addWorkingDays(const QDate& from, int n) const
{
    if (!from.isValid())
        return {};
    QDate d = from;
    if (n > 0) {
        if (m_settings.receiptDayCounts)
            d = d.addDays(-1); // so that `from` itself is the first day counted when it is a working day
        for (int i = 0; i < n && d.isValid(); ++i)
            d = m_calendar.nextWorkingDay(d);
    } else {
        for (int i = 0; i < -n && d.isValid(); ++i)
            d = m_calendar.previousWorkingDay(d);
    }
    return d;
}

QDate DeadlineCalculator::rolled(const QDate& date, DeadlineRule::Roll roll) const
{
    switch (roll) {
    case DeadlineRule::Roll::Forward:
        return m_calendar.workingDayOnOrAfter(date);
    case DeadlineRule::Roll::Backward:
        return m_calendar.workingDayOnOrBefore(date);
    case DeadlineRule::Roll::None:
        break;
    }
    return date;
}

QDate DeadlineCalculator::addCalendarDays(const QDate& from, int n) const
{
    if (!from.isValid())
        return {};
    const int days = (n > 0 && m_settings.receiptDayCounts) ? n - 1 : n;
    return rolled(from.addDays(days), defaultRoll(Term::Unit::CalendarDays, n));
}

QDate DeadlineCalculator::addMonths(const QDate& from, int n) const
{
    if (!from.isValid())
        return {};
    // QDate::addMonths keeps the day, or takes the month's last day when it has no such day (I-12: 31 Jan +
    // 1 month = 28/29 Feb, not 30 days).
    return rolled(from.addMonths(n), defaultRoll(Term::Unit::Months, n));
}

QString DeadlineCalculator::skippedDays(const QDate& first, const QDate& last) const
{
    QStringList offWeekdays, workingWeekends;
    for (QDate d = first; d.isValid() && d <= last; d = d.addDays(1)) {
        const bool weekend = d.dayOfWeek() >= Qt::Saturday;
        if (!weekend && m_calendar.isDayOff(d))
            offWeekdays << fmt(d);
        else if (weekend && m_calendar.isWorkingDay(d))
            workingWeekends << fmt(d);
    }
    QStringList text;
    if (!offWeekdays.isEmpty())
        text << tr("Weekday days off skipped: %1.").arg(offWeekdays.join(u", "));
    if (!workingWeekends.isEmpty())
        text << tr("Working weekend days counted: %1.").arg(workingWeekends.join(u", "));
    return text.join(u' ');
}

Due DeadlineCalculator::compute(const Spec& s, const QDateTime& anchorMoment) const
{
    using Unit = DeadlineRule::Unit;
    Due due;
    if (!anchorMoment.isValid()) {
        due.computable = false;
        due.explanation = tr("There is no date to count from.");
        return due;
    }
    const QDate anchor = anchorMoment.toLocalTime().date();
    QStringList text;

    // I-24 and rules-000 §3.1 "base date": an appeal received on a day off is counted from its registration.
    QDate from = anchor;
    const bool shiftable = s.unit == Unit::WorkingDays || s.unit == Unit::CalendarDays || s.unit == Unit::Months
                           || s.unit == Unit::SameDay;
    if (s.base == DeadlineRule::Base::Receipt && s.amount >= 0 && shiftable) {
        from = countStart(anchor);
        if (from != anchor)
            text << tr("Received on %1, a day off: registered and counted from the next working day, %2 (I-24).")
                        .arg(fmt(anchor), fmt(from));
    }

    auto explainRoll = [&](const QDate& raw, const QDate& result, DeadlineRule::Roll roll) {
        if (raw == result || !result.isValid())
            return;
        if (roll == DeadlineRule::Roll::Forward)
            text << tr("%1 is a day off: the term ends on the next working day, %2 (I-68).").arg(fmt(raw), fmt(result));
        else
            text << tr("%1 is a day off: moved back to the previous working day, %2 (a design choice, rules-000 "
                       "§3.1).")
                        .arg(fmt(raw), fmt(result));
    };

    switch (s.unit) {
    case Unit::WorkingDays: {
        due.date = addWorkingDays(from, s.amount);
        if (s.amount >= 0) {
            text << (m_settings.receiptDayCounts
                         ? plural(s.amount, tr("1 working day counting %1 itself ends on %2."),
                                  tr("%n working days counting %1 itself end on %2.", nullptr, s.amount))
                         : plural(s.amount, tr("1 working day after %1 ends on %2."),
                                  tr("%n working days after %1 end on %2.", nullptr, s.amount)))
                        .arg(fmt(from), fmt(due.date));
            text << skippedDays(m_settings.receiptDayCounts ? from : from.addDays(1), due.date);
        } else {
            text << plural(-s.amount, tr("1 working day before %1: %2."),
                           tr("%n working days before %1: %2.", nullptr, -s.amount))
                        .arg(fmt(from), fmt(due.date));
            text << skippedDays(due.date, from.addDays(-1));
        }
        break;
    }
    case Unit::CalendarDays: {
        const bool countsItself = s.amount > 0 && m_settings.receiptDayCounts;
        const QDate raw = from.addDays(countsItself ? s.amount - 1 : s.amount);
        due.date = rolled(raw, s.roll);
        if (s.amount >= 0)
            text << (countsItself ? plural(s.amount, tr("1 calendar day counting %1 itself ends on %2."),
                                           tr("%n calendar days counting %1 itself end on %2.", nullptr, s.amount))
                                  : plural(s.amount, tr("1 calendar day after %1: %2."),
                                           tr("%n calendar days after %1: %2.", nullptr, s.amount)))
                        .arg(fmt(from), fmt(raw));
        else
            text << plural(-s.amount, tr("1 calendar day before %1: %2."),
                           tr("%n calendar days before %1: %2.", nullptr, -s.amount))
                        .arg(fmt(from), fmt(raw));
        explainRoll(raw, due.date, s.roll);
        break;
    }
    case Unit::Months: {
        const QDate raw = from.addMonths(s.amount);
        due.date = rolled(raw, s.roll);
        text << (s.amount >= 0
                     ? plural(s.amount, tr("1 month after %1: %2."), tr("%n months after %1: %2.", nullptr, s.amount))
                     : plural(-s.amount, tr("1 month before %1: %2."),
                              tr("%n months before %1: %2.", nullptr, -s.amount)))
                    .arg(fmt(from), fmt(raw));
        if (raw.day() != from.day())
            text << tr("That month has no day %1, so its last day is taken.").arg(from.day());
        explainRoll(raw, due.date, s.roll);
        break;
    }
    case Unit::Hours:
        due.at = anchorMoment.addSecs(qint64(s.amount) * 3600);
        due.date = due.at.toLocalTime().date();
        text << (s.amount >= 0
                     ? plural(s.amount, tr("1 hour after %1: %2."), tr("%n hours after %1: %2.", nullptr, s.amount))
                     : plural(-s.amount, tr("1 hour before %1: %2."),
                              tr("%n hours before %1: %2.", nullptr, -s.amount)))
                    .arg(fmt(anchorMoment), fmt(due.at));
        break;
    case Unit::Immediate:
        due.at = anchorMoment;
        due.date = anchor;
        text << tr("At once, from %1.").arg(fmt(anchorMoment));
        break;
    case Unit::SameDay:
        due.date = from;
        text << tr("On the same day: %1.").arg(fmt(from));
        break;
    case Unit::NextWorkingDay:
        // I-24: "в ближайший следующий за ним рабочий день" after a receipt on a day off.
        due.date = m_calendar.workingDayOnOrAfter(anchor);
        if (due.date == anchor)
            text << tr("%1 is a working day: on the same day.").arg(fmt(anchor));
        else
            text << tr("%1 is a day off: on the nearest following working day, %2 (I-24).")
                        .arg(fmt(anchor), fmt(due.date));
        break;
    case Unit::TimeWindow:
    case Unit::Frequency:
    case Unit::Configurable:
        due.computable = false;
        break;
    }

    // registration "заканчивается за N рабочих дней до приема". Inclusive: the computed day is the
    // last day of intake; exclusive: intake ends the working day before it.
    if (s.cutoff && due.date.isValid()) {
        if (m_settings.registrationCutoffInclusive) {
            text << tr("Registration stays open through %1 (cut-off day included).").arg(fmt(due.date));
        } else {
            const QDate closing = due.date;
            due.date = m_calendar.previousWorkingDay(closing);
            text << tr("Registration closes when %1 begins (cut-off day excluded): the last day of intake is %2.")
                        .arg(fmt(closing), fmt(due.date));
        }
    }

    if (due.computable && !due.date.isValid()) {
        due.computable = false;
        text << tr("No working day was found within ten years: the calendar data needs checking.");
    }
    text.removeAll(QString());
    due.explanation = text.join(u' ');
    return due;
}

Due DeadlineCalculator::apply(const Term& term, const QDateTime& anchor, DeadlineRule::Base base) const
{
    return compute({ruleUnit(term.unit), term.amount, base, defaultRoll(term.unit, term.amount), false}, anchor);
}

Due DeadlineCalculator::due(const DeadlineRule& rule, const QDateTime& anchor) const
{
    const QString prefix = tr("%1 (%2):").arg(rule.id, rule.citation);
    Due result;
    switch (rule.unit) {
    case DeadlineRule::Unit::TimeWindow:
        result.computable = false;
        result.explanation =
            prefix + u' ' + tr("this rule sets hours of a day, not a term: there is no date to compute.");
        return result;
    case DeadlineRule::Unit::Frequency:
        result.computable = false;
        result.explanation =
            prefix + u' '
            + tr("this rule sets how often something must happen, not a term: there is no date to compute.");
        return result;
    case DeadlineRule::Unit::Configurable:
        result.computable = false;
        result.explanation = prefix + u' '
                             + tr("this term is set by an official or taken from another record; enter it as a term "
                                  "(such as 10cd) and compute that.");
        return result;
    default:
        break;
    }
    result = compute({rule.unit, rule.signedAmount(), rule.base, rule.roll, rule.cutoff}, anchor);
    result.explanation = prefix + u' ' + result.explanation;
    return result;
}

} // namespace armcpg
