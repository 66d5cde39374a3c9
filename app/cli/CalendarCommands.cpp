// calendar --year, deadline --rule/--add.
#include "CliContext.h"

#include "calendar/CalendarService.h"
#include "deadline/DeadlineCalculator.h"
#include "deadline/DeadlineRule.h"
#include "prereg/PreRegistrationService.h"
#include "settings/AppSettings.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace armcpg::cli {

namespace {
QString reasonCode(WorkCalendar::DayOff::Reason reason)
{
    switch (reason) {
    case WorkCalendar::DayOff::Reason::Weekend: return u"weekend"_s;
    case WorkCalendar::DayOff::Reason::Holiday: return u"holiday"_s;
    case WorkCalendar::DayOff::Reason::Religious: return u"religious"_s;
    case WorkCalendar::DayOff::Reason::Transfer: return u"transfer"_s;
    case WorkCalendar::DayOff::Reason::Decree: return u"decree"_s;
    }
    return {};
}

QString weekday(const QDate& d) { return QLocale::c().dayName(d.dayOfWeek(), QLocale::ShortFormat); }
} // namespace

// The calendar of --db when given, otherwise the one shipped with the program.
bool loadCalendar(CliContext& cli, WorkCalendar* calendar)
{
    if (!cli.isSet(u"db"_s)) {
        Problems problems;
        *calendar = WorkCalendar::builtin(&problems);
        return problems.isEmpty() || (cli.fail(problems), false);
    }
    Database* db = cli.database();
    if (!db)
        return false;
    *calendar = CalendarService(*db).load();
    return true;
}

int runCalendar(CliContext& cli)
{
    bool ok = false;
    const int year = cli.option(u"year"_s).toInt(&ok);
    if (!ok || year < 1900 || year > 2200)
        return cli.fail(u"usage: armcpg-cli calendar --year <YYYY> [--all] [--db <DB>]"_s);
    WorkCalendar calendar;
    if (!loadCalendar(cli, &calendar))
        return Invalid;
    const bool confirmed = calendar.isConfirmed(year);
    const auto daysOff = calendar.daysOff(year, cli.isSet(u"all"_s));
    const auto working = calendar.workingWeekendDays(year);
    if (cli.json()) {
        QJsonArray days, workingDays;
        for (const auto& d : daysOff) {
            QJsonObject o{{u"date"_s, d.date.toString(Qt::ISODate)}, {u"weekday"_s, weekday(d.date)},
                          {u"reason"_s, reasonCode(d.reason)}, {u"nameKk"_s, d.nameKk}, {u"nameRu"_s, d.nameRu},
                          {u"nameEn"_s, d.nameEn}};
            if (d.transferredFrom.isValid())
                o.insert(u"transferredFrom"_s, d.transferredFrom.toString(Qt::ISODate));
            days.append(o);
        }
        for (const QDate& d : working)
            workingDays.append(d.toString(Qt::ISODate));
        cli.printJson({{u"year"_s, year}, {u"confirmed"_s, confirmed}, {u"daysOff"_s, days},
                       {u"workingWeekendDays"_s, workingDays}});
        return Ok;
    }
    cli.print(confirmed ? u"Days off in %1 (confirmed calendar):"_s.arg(year)
                        : u"Days off in %1 (NOT CONFIRMED: no data for this year, computed by the rule; "
                          "the lunar Kurban Ait is missing):"_s.arg(year));
    for (const auto& d : daysOff) {
        QString line = u"%1 %2  %3"_s.arg(d.date.toString(Qt::ISODate), weekday(d.date), reasonCode(d.reason).leftJustified(9));
        if (!d.nameRu.isEmpty())
            line += u"  "_s + d.nameRu;
        if (d.transferredFrom.isValid())
            line += u" (from %1)"_s.arg(d.transferredFrom.toString(Qt::ISODate));
        cli.print(line);
    }
    QStringList workingText;
    for (const QDate& d : working)
        workingText << u"%1 %2"_s.arg(d.toString(Qt::ISODate), weekday(d));
    cli.print(u"Working weekend days: %1"_s.arg(workingText.isEmpty() ? u"none"_s : workingText.join(u", ")));
    return Ok;
}

// deadline --rule <ID> --from <DATE>  |  deadline --from <DATE> --add <TERM>
int runDeadline(CliContext& cli)
{
    static const QString usage =
        u"usage: armcpg-cli deadline --rule <ID> --from <DATE> | deadline --from <DATE> --add <N>wd|<N>cd|<N>m|<N>h"_s;
    const QString fromText = cli.option(u"from"_s);
    // A date alone means the start of the working day (R-3, R-4: 9:00), which matters for terms in hours.
    const QDate dateOnly = QDate::fromString(fromText, Qt::ISODate);
    const QDateTime anchor = dateOnly.isValid() && fromText.size() == 10 ? QDateTime(dateOnly, QTime(9, 0))
                                                                          : QDateTime::fromString(fromText, Qt::ISODate);
    if (fromText.isEmpty() || !anchor.isValid())
        return cli.fail(Problems{{u"--from"_s, u"\"%1\" is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM)"_s.arg(fromText)}},
                        Usage);
    if (cli.isSet(u"rule"_s) == cli.isSet(u"add"_s))
        return cli.fail(usage);

    WorkCalendar calendar;
    if (!loadCalendar(cli, &calendar))
        return Invalid;
    DeadlineSettings settings;
    // With --db, the administrator's settings: the receipt day, and whether the cut-off day of pre-registration
    // still takes requests (R6 = R-18, R10 = R-36; deadline.registration_cutoff_inclusive).
    if (cli.isSet(u"db"_s))
        settings = PreRegistrationService::deadlineSettings(*cli.database());
    if (cli.isSet(u"receipt-day-counts"_s))
        settings.receiptDayCounts = true;
    const DeadlineCalculator calculator(calendar, settings);

    QJsonObject o{{u"from"_s, anchor.date().toString(Qt::ISODate)}};
    Due due;
    if (cli.isSet(u"rule"_s)) {
        Problems problems;
        const DeadlineRuleSet rules = DeadlineRuleSet::builtin(&problems);
        // Ids are a capital letter, digits and a lower-case sub-id (D17a): accept any letter case.
        const QString typed = cli.option(u"rule"_s).trimmed().toLower();
        const DeadlineRule* rule = rules.find(typed.left(1).toUpper() + typed.mid(1));
        if (!rule)
            return cli.fail(Problems{{u"--rule"_s, u"there is no rule %1; the rules are %2"_s.arg(
                                                       cli.option(u"rule"_s), rules.ids().join(u", "))}},
                            Usage);
        due = calculator.due(*rule, anchor);
        o.insert(u"rule"_s, rule->id);
        o.insert(u"citation"_s, rule->citation);
        o.insert(u"title"_s, rule->titleEn.isEmpty() ? rule->titleRu : rule->titleEn);
        o.insert(u"titleRu"_s, rule->titleRu);
    } else {
        Problems problems;
        const auto term = Term::parse(cli.option(u"add"_s), &problems);
        if (!term)
            return cli.fail(problems, Usage);
        due = calculator.apply(*term, anchor);
        o.insert(u"add"_s, cli.option(u"add"_s));
    }
    o.insert(u"computable"_s, due.computable);
    if (due.computable) {
        o.insert(u"due"_s, due.date.toString(Qt::ISODate));
        if (due.at.isValid())
            o.insert(u"dueAt"_s, due.at.toString(Qt::ISODate));
    }
    o.insert(u"explanation"_s, due.explanation);
    if (cli.json()) {
        cli.printJson(o);
    } else {
        const QString head = o.contains(u"rule"_s) ? u"%1 (%2) %3"_s.arg(o[u"rule"_s].toString(),
                                                                          o[u"citation"_s].toString(),
                                                                          o[u"titleRu"_s].toString())
                                                   : u"%1 + %2"_s.arg(o[u"from"_s].toString(), o[u"add"_s].toString());
        cli.print(head);
        cli.print(due.computable ? u"due %1 (%2)"_s.arg(due.date.toString(Qt::ISODate), weekday(due.date))
                                 : u"no date to compute"_s);
        if (!due.explanation.isEmpty())
            cli.print(due.explanation);
    }
    return due.computable ? Ok : Invalid;
}

} // namespace armcpg::cli
