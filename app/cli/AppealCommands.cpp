// appeal register | show | list: registering an appeal from JSON, an appeal with its term and steps, the control lists.
#include "AppealCommands.h"

#include "CliContext.h"

#include "appeal/AppealAction.h"
#include "appeal/AppealDeadline.h"
#include "appeal/AppealJournal.h"
#include "appeal/AppealJson.h"
#include "appeal/AppealService.h"
#include "calendar/CalendarService.h"
#include "deadline/DeadlineRule.h"
#include "security/UserService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace armcpg::cli {

namespace {

QJsonValue dateJson(const QDate& d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null); }

// --as-of, or today by the database's clock.
bool asOfOption(CliContext& cli, Database& db, QDate* asOf)
{
    *asOf = db.clock().today();
    if (!cli.isSet(u"as-of"_s))
        return true;
    *asOf = QDate::fromString(cli.option(u"as-of"_s), Qt::ISODate);
    if (asOf->isValid())
        return true;
    cli.fail(Problems{{u"--as-of"_s, u"\"%1\" is not a date (YYYY-MM-DD)"_s.arg(cli.option(u"as-of"_s))}}, Usage);
    return false;
}

int appealRegister(CliContext& cli, Database& db)
{
    const QString path = cli.word(2);
    if (path.isEmpty())
        return cli.fail(u"usage: armcpg-cli appeal register --json <FILE | ->"_s);
    int exit = Ok;
    const auto object = cli.readJsonObject(path, &exit);
    if (!object)
        return exit;
    Problems problems;
    Appeal appeal = AppealJson::fromJson(*object, &problems);
    if (!problems.isEmpty())
        return cli.fail(problems);
    // `register` always registers anew: the JSON of `appeal show` carries another appeal's id and number.
    appeal.id.clear();
    appeal.version = 0;
    appeal.number.clear();
    if (!AppealService(db).registerAppeal(CliContext::session(), &appeal, &problems))
        return cli.fail(problems);
    // "--json <FILE>" names the input here, so the output is the number alone either way (issue 6); `appeal show
    // <NUMBER> --json` gives the rest. Problems above are JSON, as for every --json command.
    QTextStream(stdout) << appeal.number << Qt::endl;
    return Ok;
}

int appealShow(CliContext& cli, Database& db)
{
    const QString number = cli.word(2);
    QDate asOf;
    if (!asOfOption(cli, db, &asOf))
        return Usage;
    const auto appeal = AppealService(db).byNumber(number);
    if (!appeal)
        return cli.fail(Problems{{u"number"_s, u"there is no appeal %1"_s.arg(number)}});
    Problems problems;
    const DeadlineRuleSet rules = DeadlineRuleSet::builtin(&problems);
    const DeadlineCalculator calculator(CalendarService(db).load());
    const AppealTerm term = AppealDeadline(calculator, rules).term(*appeal, asOf);
    // The term in force is the row's (moved by an extension, an inspection, or the main appeal's, I-35); the main
    // term of the law when it was not stored yet. Overdue and deemed refused by the rules of the lists.
    Appeal effective = *appeal;
    if (!effective.dueOn.isValid())
        effective.dueOn = term.due;
    int workingDaysLeft = 0;
    for (QDate d = asOf.addDays(1); effective.dueOn.isValid() && d <= effective.dueOn; d = d.addDays(1))
        workingDaysLeft += calculator.calendar().isWorkingDay(d) ? 1 : 0;
    const int daysLeft = effective.dueOn.isValid() ? int(asOf.daysTo(effective.dueOn)) : 0;
    const bool overdue = AppealJournal::isOverdue(effective, asOf);
    const bool deemedRefused = AppealJournal::isDeemedRefused(effective, asOf);
    const QString state = AppealJournal::stateClass(AppealJournal::stateOf(effective, asOf, 7));
    const QList<AppealAction> steps = AppealActionLog(db).of(appeal->id);
    if (cli.json()) {
        QJsonObject json = AppealJson::toJson(*appeal);
        json.insert(u"term"_s, QJsonObject{{u"as_of"_s, dateJson(asOf)},
                                           {u"rule"_s, term.ruleId},
                                           {u"applies"_s, effective.dueOn.isValid()},
                                           {u"main_due_on"_s, dateJson(term.due)},
                                           {u"due_on"_s, dateJson(effective.dueOn)},
                                           {u"days_left"_s, daysLeft},
                                           {u"working_days_left"_s, workingDaysLeft},
                                           {u"overdue"_s, overdue},
                                           {u"deemed_refused"_s, deemedRefused},
                                           {u"state"_s, state},
                                           {u"explanation"_s, term.explanation}});
        QJsonArray list;
        for (const AppealAction& s : steps)
            list.append(QJsonObject{{u"kind"_s, s.kind},
                                    {u"action_on"_s, dateJson(s.actionOn)},
                                    {u"due_on"_s, dateJson(s.dueOn)},
                                    {u"done_on"_s, dateJson(s.doneOn)},
                                    {u"by_login"_s, s.byLogin},
                                    {u"approved_by_login"_s, s.approvedByLogin},
                                    {u"target"_s, s.target},
                                    {u"reason"_s, s.reason},
                                    {u"document_number"_s, s.documentNumber},
                                    {u"details"_s, QJsonObject::fromVariantMap(s.details)},
                                    {u"created_at"_s, s.createdAt.isValid() ? s.createdAt.toUTC().toString(Qt::ISODateWithMs)
                                                                            : QString()}});
        json.insert(u"steps"_s, list);
        cli.printJson(json);
        return Ok;
    }
    cli.print(u"%1  registered %2, received %3%4"_s.arg(appeal->number, appeal->registeredOn.toString(Qt::ISODate),
                                                         appeal->receivedOn.toString(Qt::ISODate),
                                                         appeal->fromReception ? u"  (с личного приема)"_s : QString()));
    cli.print(u"kind %1, regime %2, form %3, channel %4"_s.arg(appeal->kindCode, appeal->regimeCode, appeal->formCode,
                                                                appeal->channelCode));
    cli.print(u"applicant: %1"_s.arg(appeal->applicantName));
    cli.print(u"essence: %1"_s.arg(appeal->essence));
    if (effective.dueOn.isValid())
        cli.print(u"due %1 (%2, %3 day(s) left as of %4)%5%6"_s.arg(effective.dueOn.toString(Qt::ISODate), term.ruleId)
                      .arg(daysLeft)
                      .arg(asOf.toString(Qt::ISODate), overdue ? u"  OVERDUE"_s : QString(),
                           deemedRefused ? u"  DEEMED REFUSED (I-83)"_s : QString()));
    else
        cli.print(u"no term: %1"_s.arg(term.explanation));
    if (appeal->onControl())
        cli.print(u"on control by %1"_s.arg(appeal->controlByLogin));
    for (const AppealAction& s : steps)
        cli.print(u"  %1  %2  %3%4"_s.arg(s.actionOn.toString(Qt::ISODate), s.kind, s.byLogin,
                                           s.reason.isEmpty() ? QString() : u"  "_s + s.reason));
    return Ok;
}

int appealList(CliContext& cli, Database& db)
{
    struct Choice
    {
        const char* option;
        AppealJournal::List list;
        const char* name;
    };
    static const Choice choices[] = {{"overdue", AppealJournal::List::Overdue, "overdue"},
                                     {"control", AppealJournal::List::Control, "control"},
                                     {"due", AppealJournal::List::DueSoon, "due"},
                                     {"deemed-refused", AppealJournal::List::DeemedRefused, "deemed_refused"},
                                     {"mine", AppealJournal::List::Mine, "mine"}};
    AppealJournal::List list = AppealJournal::List::All;
    QString name = u"all"_s;
    int chosen = 0;
    for (const Choice& c : choices) {
        if (cli.isSet(QString::fromLatin1(c.option))) {
            list = c.list;
            name = QString::fromLatin1(c.name);
            ++chosen;
        }
    }
    if (chosen > 1)
        return cli.fail(u"appeal list: give one of --overdue, --control, --due <N>, --deemed-refused, --mine <LOGIN>"_s);
    AppealJournal::Filter filter;
    if (!asOfOption(cli, db, &filter.asOf))
        return Usage;
    Problems problems;
    if (cli.isSet(u"due"_s)) {
        bool ok = false;
        filter.dueWithinDays = cli.option(u"due"_s).toInt(&ok);
        if (!ok || filter.dueWithinDays < 0)
            problems.append({u"--due"_s, u"\"%1\" is not a number of days"_s.arg(cli.option(u"due"_s))});
    }
    for (const char* option : {"from", "to"}) {
        const QString o = QString::fromLatin1(option);
        const QDate d = QDate::fromString(cli.option(o), Qt::ISODate);
        if (cli.isSet(o) && !d.isValid())
            problems.append({u"--"_s + o, u"\"%1\" is not a date (YYYY-MM-DD)"_s.arg(cli.option(o))});
        (o == u"from" ? filter.from : filter.to) = d;
    }
    if (!problems.isEmpty())
        return cli.fail(problems, Usage);
    filter.organisationCode = cli.option(u"organisation"_s);
    if (cli.isSet(u"mine"_s)) {
        const auto user = UserService(db).findByLogin(cli.option(u"mine"_s));
        if (!user)
            return cli.fail(Problems{{u"--mine"_s, u"there is no user %1"_s.arg(cli.option(u"mine"_s))}});
        filter.userId = user->id;
    }
    AppealJournal journal(db);
    const QList<AppealJournal::Row> rows = journal.fetch(list, filter, AppealJournal::Sort::DueDate, 0, 100000);
    const AppealJournal::Counts counts = journal.counts(filter);
    if (!journal.lastError().isEmpty())
        return cli.fail(Problems{{u"database"_s, journal.lastError()}});
    if (cli.json()) {
        QJsonArray appeals;
        for (const AppealJournal::Row& r : rows)
            appeals.append(QJsonObject{{u"number"_s, r.number},
                                       {u"registered_on"_s, dateJson(r.registeredOn)},
                                       {u"received_on"_s, dateJson(r.receivedOn)},
                                       {u"kind_code"_s, r.kindCode},
                                       {u"regime_code"_s, r.regimeCode},
                                       {u"applicant_name"_s, r.applicantName},
                                       {u"lead_executor_login"_s, r.leadExecutorLogin},
                                       {u"due_on"_s, dateJson(r.dueOn)},
                                       {u"days_left"_s, r.dueOn.isValid() ? QJsonValue(r.daysLeft) : QJsonValue(QJsonValue::Null)},
                                       {u"final_answer_sent_on"_s, dateJson(r.finalAnswerSentOn)},
                                       {u"on_control"_s, r.onControl},
                                       {u"state"_s, AppealJournal::stateClass(r.state)}});
        cli.printJson({{u"list"_s, name},
                       {u"as_of"_s, dateJson(filter.asOf)},
                       {u"count"_s, int(rows.size())},
                       {u"counts"_s, QJsonObject{{u"all"_s, counts.all},
                                                 {u"mine"_s, counts.mine},
                                                 {u"control"_s, counts.control},
                                                 {u"due"_s, counts.dueSoon},
                                                 {u"overdue"_s, counts.overdue},
                                                 {u"deemed_refused"_s, counts.deemedRefused}}},
                       {u"appeals"_s, appeals}});
        return Ok;
    }
    for (const AppealJournal::Row& r : rows)
        cli.print(u"%1  %2  %3  %4  due %5 (%6)  %7"_s.arg(r.number, r.registeredOn.toString(Qt::ISODate), r.kindCode,
                                                          r.applicantName,
                                                          r.dueOn.isValid() ? r.dueOn.toString(Qt::ISODate) : u"-"_s)
                      .arg(r.dueOn.isValid() ? QString::number(r.daysLeft) : u"-"_s, AppealJournal::stateClass(r.state)));
    cli.print(u"%1 appeal(s) %2 as of %3; all %4, control %5, due %6, overdue %7, deemed refused %8"_s.arg(rows.size())
                  .arg(name, filter.asOf.toString(Qt::ISODate))
                  .arg(counts.all)
                  .arg(counts.control)
                  .arg(counts.dueSoon)
                  .arg(counts.overdue)
                  .arg(counts.deemedRefused));
    return Ok;
}

} // namespace

int runAppeal(CliContext& cli)
{
    static const QString usage =
        u"usage: armcpg-cli appeal register --json <FILE> | show <NUMBER> [--as-of DATE] [--json] | "
        "list [--overdue|--control|--due <N>|--deemed-refused|--mine <LOGIN>] [--as-of DATE] [--from DATE] [--to DATE] "
        "[--organisation CODE] [--json]"_s;
    const QString action = cli.word(1);
    if (action != u"register" && action != u"show" && action != u"list")
        return cli.fail(usage);
    if (action != u"list" && cli.word(2).isEmpty())
        return cli.fail(usage);
    Database* db = cli.database();
    if (!db)
        return Invalid;
    if (action == u"register")
        return appealRegister(cli, *db);
    if (action == u"show")
        return appealShow(cli, *db);
    return appealList(cli, *db);
}

} // namespace armcpg::cli
