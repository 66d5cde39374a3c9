#include "ScheduleCheck.h"

#include <QHash>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {

QString dmy(const QDate& date) { return date.toString(u"dd.MM.yyyy"_s); }
QString hm(const QTime& time) { return time.isValid() ? time.toString(u"HH:mm"_s) : u"--:--"_s; }

// The weeks (Monday to Sunday) that touch the month.
QList<std::pair<QDate, QDate>> weeksOf(int year, int month)
{
    QList<std::pair<QDate, QDate>> weeks;
    const QDate first(year, month, 1);
    const QDate last(year, month, first.daysInMonth());
    for (QDate monday = first.addDays(1 - first.dayOfWeek()); monday <= last; monday = monday.addDays(7))
        weeks.append({monday, monday.addDays(6)});
    return weeks;
}

} // namespace

QList<QDate> ScheduleCheck::occurrences(const ScheduleEntry& entry, const QDate& from, const QDate& to) const
{
    QList<QDate> days;
    if (!from.isValid() || !to.isValid())
        return days;
    if (entry.isDated()) {
        if (entry.date >= from && entry.date <= to && entry.occursOn(entry.date, m_calendar))
            days.append(entry.date);
        return days;
    }
    const QDate start = std::max(from, entry.firstDay());
    const QDate end = entry.validTo.isValid() ? std::min(to, entry.validTo) : to;
    // The first day of the weekday on or after the start, then a week at a time.
    QDate day = start.addDays((entry.weekday - start.dayOfWeek() + 7) % 7);
    for (; day <= end; day = day.addDays(7)) {
        if (entry.occursOn(day, m_calendar))
            days.append(day);
    }
    return days;
}

QList<ScheduleIssue> ScheduleCheck::hours(const ScheduleEntry& entry) const
{
    QList<ScheduleIssue> issues;
    const bool valid = entry.startsAt.isValid() && entry.endsAt.isValid();
    if (valid && entry.startsAt >= ScheduleEntry::kOpens && entry.endsAt <= ScheduleEntry::kCloses
        && entry.startsAt < entry.endsAt)
        return issues;
    ScheduleIssue issue;
    issue.kind = ScheduleIssue::Kind::OutsideHours;
    issue.entryId = entry.id;
    issue.officialName = entry.officialName;
    issue.date = entry.date;
    issue.rule = u"R2"_s;
    issue.citation = u"R-4"_s;
    if (valid && entry.startsAt >= entry.endsAt)
        issue.message = tr("%1: the reception %2–%3 ends before it starts").arg(entry.officialName, hm(entry.startsAt),
                                                                              hm(entry.endsAt));
    else
        issue.message = tr("%1: the reception %2–%3 is outside the working hours 9:00–18:30 (R-4)")
                            .arg(entry.officialName, hm(entry.startsAt), hm(entry.endsAt));
    issues.append(issue);
    return issues;
}

QList<ScheduleIssue> ScheduleCheck::overlaps(const ScheduleEntry& entry, const QList<ScheduleEntry>& others,
                                             const QDate& from, const QDate& to) const
{
    QList<ScheduleIssue> issues;
    for (const ScheduleEntry& other : others) {
        if ((!entry.id.isEmpty() && other.id == entry.id) || !entry.sameOfficial(other)
            || !entry.overlapsInTime(other))
            continue;
        if (!entry.isDated() && !other.isDated() && entry.weekday != other.weekday)
            continue;
        QDate start = std::max(entry.firstDay(), other.firstDay());
        if (from.isValid())
            start = std::max(start, from);
        // Two open periods are compared over two years: every weekday pattern repeats well within that.
        const QDate open = to.isValid() ? to : start.addDays(730);
        const QDate end = std::min(entry.lastDay(open), other.lastDay(open));
        // A dated line has one day to try; otherwise the days of the weekday line in the common period.
        const ScheduleEntry& walker = entry.isDated() ? entry : other.isDated() ? other : entry;
        const ScheduleEntry& partner = &walker == &entry ? other : entry;
        QDate common;
        for (const QDate& day : occurrences(walker, start, end)) {
            if (partner.occursOn(day, m_calendar)) {
                common = day;
                break;
            }
        }
        if (!common.isValid())
            continue;
        ScheduleIssue issue;
        issue.kind = ScheduleIssue::Kind::Overlap;
        issue.entryId = entry.id;
        issue.otherEntryId = other.id;
        issue.officialName = entry.officialName;
        issue.date = common;
        issue.rule = u"R2"_s;
        issue.citation = u"R-4"_s;
        issue.message = tr("%1 would receive twice at once on %2: %3–%4 and %5–%6")
                            .arg(entry.officialName, dmy(common), hm(entry.startsAt), hm(entry.endsAt),
                                 hm(other.startsAt), hm(other.endsAt));
        issues.append(issue);
    }
    return issues;
}

QList<ScheduleIssue> ScheduleCheck::conflicts(const QList<ScheduleEntry>& entries, int year, int month) const
{
    QList<ScheduleIssue> issues;
    const QDate first(year, month, 1);
    const QDate last(year, month, first.daysInMonth());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const ScheduleEntry& entry = entries.at(i);
        if (!entry.mayReceiveBetween(first, last))
            continue;
        issues.append(hours(entry));
        // Each pair once: the lines after this one.
        issues.append(overlaps(entry, entries.mid(i + 1), first, last));
        // A schedule day that is a day off: the line says a reception, the calendar says no work.
        for (QDate day = std::max(first, entry.firstDay()); day <= std::min(last, entry.lastDay(last)); day = day.addDays(1)) {
            if (!entry.matches(day) || m_calendar.isWorkingDay(day))
                continue;
            ScheduleIssue issue;
            issue.kind = ScheduleIssue::Kind::DayOff;
            issue.entryId = entry.id;
            issue.officialName = entry.officialName;
            issue.date = day;
            issue.rule = u"R2"_s;
            issue.citation = u"R-4"_s;
            issue.message = tr("%1: %2 is a day off in the calendar, there is no reception that day (R-4)")
                                .arg(entry.officialName, dmy(day));
            issues.append(issue);
        }
    }
    return issues;
}

QList<ScheduleIssue> ScheduleCheck::frequency(const QList<ScheduleEntry>& entries, const LevelOf& levelOf, int year,
                                              int month) const
{
    QList<ScheduleIssue> issues;
    const QDate first(year, month, 1);
    const QDate last(year, month, first.daysInMonth());
    const auto weeks = weeksOf(year, month);
    const QDate span0 = weeks.first().first, span1 = weeks.last().second;

    // The officials, in the order their first line comes, with their lines; the facilities likewise.
    QList<QString> officials;
    QHash<QString, QList<const ScheduleEntry*>> byOfficial;
    QList<QString> facilities;
    QHash<QString, QList<const ScheduleEntry*>> byFacility;
    for (const ScheduleEntry& e : entries) {
        const QString key = e.officialKey();
        if (!byOfficial.contains(key))
            officials.append(key);
        byOfficial[key].append(&e);
        if (e.kind == ScheduleEntry::Kind::DutyFacility) {
            const QString facility = e.facilityTypeCode + u'|' + e.facilityName.simplified().toCaseFolded();
            if (!byFacility.contains(facility))
                facilities.append(facility);
            byFacility[facility].append(&e);
        }
    }
    auto daysOf = [&](const QList<const ScheduleEntry*>& lines, const QDate& from, const QDate& to) {
        QList<QDate> days;
        for (const ScheduleEntry* e : lines)
            days.append(occurrences(*e, from, to));
        std::sort(days.begin(), days.end());
        return days;
    };
    auto hasWorkingDay = [&](const QDate& from, const QDate& to) {
        for (QDate d = from; d <= to; d = d.addDays(1)) {
            if (m_calendar.isWorkingDay(d))
                return true;
        }
        return false;
    };
    auto weekly = [&](const QList<const ScheduleEntry*>& lines, const QString& rule, const QString& citation,
                      const QString& official, const QString& facility) {
        const QList<QDate> days = daysOf(lines, span0, span1);
        for (const auto& [monday, sunday] : weeks) {
            const bool received = std::any_of(days.cbegin(), days.cend(),
                                              [&](const QDate& d) { return d >= monday && d <= sunday; });
            if (received || !hasWorkingDay(monday, sunday))
                continue;
            ScheduleIssue issue;
            issue.kind = ScheduleIssue::Kind::Frequency;
            issue.entryId = lines.first()->id;
            issue.officialName = official;
            issue.facilityName = facility;
            issue.date = monday;
            issue.until = sunday;
            issue.rule = rule;
            issue.citation = citation;
            issue.message = facility.isEmpty()
                                ? tr("%1 has no reception in the week %2–%3: at least one a week is required (%4)")
                                      .arg(official, dmy(monday), dmy(sunday), citation)
                                : tr("%1 has no duty prosecutor's reception in the week %2–%3: at least one a week is "
                                     "required (%4)")
                                      .arg(facility, dmy(monday), dmy(sunday), citation);
            issues.append(issue);
        }
    };

    for (const QString& key : std::as_const(officials)) {
        const QList<const ScheduleEntry*>& lines = byOfficial.value(key);
        const QString rule = ReceptionLevels::frequencyRule(levelOf(*lines.first()));
        const QString name = lines.first()->officialName;
        if (rule == u"R4") {
            if (!daysOf(lines, first, last).isEmpty())
                continue;
            ScheduleIssue issue;
            issue.kind = ScheduleIssue::Kind::Frequency;
            issue.entryId = lines.first()->id;
            issue.officialName = name;
            issue.date = first;
            issue.until = last;
            issue.rule = rule;
            issue.citation = u"R-15"_s;
            issue.message = tr("%1 has no reception in %2: at least one a month is required (R-15)")
                                .arg(name, first.toString(u"MM.yyyy"_s));
            issues.append(issue);
        } else if (rule == u"R9") {
            weekly(lines, rule, u"R-28"_s, name, {});
        }
    }
    for (const QString& key : std::as_const(facilities)) {
        const QList<const ScheduleEntry*>& lines = byFacility.value(key);
        weekly(lines, u"R12"_s, u"R-40"_s, lines.first()->officialName, lines.first()->facilityName);
    }
    return issues;
}

} // namespace armcpg
