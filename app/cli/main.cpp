// armcpg-cli: the administrator's and scripts' tool. Wiring only: parse, dispatch, print.
#include "AppealCommands.h"
#include "CliContext.h"
#include "EmergencyCommands.h"
#include "ScheduleCommands.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QMap>

#include <memory>

using namespace Qt::StringLiterals;
using namespace armcpg::cli;

int main(int argc, char* argv[])
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"АРМ «ЦПГ» command-line tools.\n\n"
        "Commands:\n"
        "  init [--demo] [--organisation <CODE>]   create or update a database: schema, directories, calendar\n"
        "  migrate                                 apply pending schema migrations\n"
        "  iin check <IIN>                         validate an IIN (check digit, birth date, century, sex)\n"
        "  bin check <BIN>                         validate a BIN\n"
        "  kato check <CODE>                       validate a KATO code (and, with --db, find it)\n"
        "  calendar --year <YYYY> [--all]          the days off of a year\n"
        "  deadline --rule <ID> --from <DATE>      the due date of a rule (D1-D27, R1-R12)\n"
        "  deadline --from <DATE> --add <N>wd|<N>cd|<N>m|<N>h\n"
        "  directory list | export <KIND> [--out <FILE>] | import <KIND> <FILE> | import-kato <FILE>\n"
        "  card add --json <FILE>                  add a reception card ЛП-1 from the JSON of `card show`\n"
        "  card show <NUMBER> [--json]             a card's 36 fields and the reception record\n"
        "  card list [--from DATE] [--to DATE]     cards by date of reception\n"
        "  card pdf <NUMBER> <OUT.pdf> [--lang kk|ru] [--protocol]\n"
        "                                          the card as the form ЛП-1 (or --protocol: the protocol of the\n"
        "                                          oral appeal) in the protocol language of the card or --lang\n"
        "  stress write --count <N>                audited writes, one line per commit (crash tests)\n"
        "  server init|migrate --db postgresql://...   create or upgrade the central database\n"
        "  server device add --device <UUID> --organisation <CODE> [--name <T>] [--password <P>]\n"
        "                                          register a laptop and create its database role\n"
        "  server device list | deactivate --device <UUID>\n"
        "  sync [--server postgresql://role@host/db] [--batch <N>]\n"
        "                                          push this laptop's changes and pull the centre's (--db: the\n"
        "                                          laptop's SQLite file); --json prints pushed, pulled, conflicts\n"
        "  queue issue --service <CODE> [--priority <CATEGORY>] [--out-of-town] [--lang kk|ru]\n"
        "  queue call|recall|start|no-show|finish --desk <NUMBER>\n"
        "  queue list | services | stats [--from DATE] [--to DATE]   the electronic queue (--json)\n"
        "  appeal register --json <FILE>           register an appeal from JSON (the keys of `appeal show`)\n"
        "  appeal show <NUMBER> [--as-of DATE]     an appeal with its term (due date, days left, overdue, deemed\n"
        "                                          refused) and its steps\n"
        "  appeal list [--overdue|--control|--due <N>|--deemed-refused|--mine <LOGIN>] [--as-of DATE]\n"
        "                                          the control lists with the count of each (--json)\n"
        "  schedule list --month <YYYY-MM> [--org <ORG>]   the approved schedule's lines, days and reception ids\n"
        "  schedule pdf [--org <ORG>] --month <YYYY-MM> <OUT.pdf>   the bilingual sheet and the facilities' sheets\n"
        "  schedule export [--org <ORG>] --month <YYYY-MM> (--html|--csv) <OUT>   for the website\n"
        "  schedule instruct --official <NAME> --position <CODE> --date <YYYY-MM-DD> --from HH:MM --to HH:MM\n"
        "           --form written|oral --reason <TEXT> [--visitor <NAME>] [--card <NUMBER>] [--org <ORG>]\n"
        "           [--place-kk <TEXT>] [--place-ru <TEXT>]   an off-schedule reception instruction (R-50)\n"
        "  schedule instruction-pdf --id <LINE-ID> [--lang kk|ru] <OUT.pdf>   the instruction's document\n"
        "  prereg list --reception <LINE-ID>@<DATE> [--json]   the persons signed up for a reception\n"
        "  prereg pdf --reception <LINE-ID>@<DATE> <OUT.pdf> [--lang kk|ru]   that list printed\n"
        "  prereg check-in <IIN | REQUEST-NUMBER> [--lang kk|ru]   today's person signed up takes a queue ticket\n"
        "                                          at the appointment time\n"
        "  prereg due [--to DATE]                  the справки due by then (default: the next working day)\n"
        "  emergency status | on --reason <TEXT> | off   reception by videoconference only under a state of\n"
        "                                          emergency or quarantine (R-11), for every workstation (--json)\n\n"
        "--db takes a SQLite file or postgresql://user@host:port/db[?sslmode=...]; the password comes from\n"
        "PGPASSWORD or ~/.pgpass. Exit code 0 on success, 1 when invalid or refused, 2 on wrong usage."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"db"_s, u"Database: SQLite file or postgresql:// address."_s, u"db"_s},
        {u"json"_s, u"Machine-readable output."_s},
        {u"demo"_s, u"init: add the demo users."_s},
        {u"organisation"_s, u"init: the organisation of this device."_s, u"code"_s},
        {u"year"_s, u"calendar: the year."_s, u"year"_s},
        {u"all"_s, u"calendar: include Saturdays and Sundays."_s},
        {u"rule"_s, u"deadline: the rule id."_s, u"id"_s},
        {u"from"_s, u"deadline: the anchor date (YYYY-MM-DD or YYYY-MM-DDTHH:MM); card list: the first date."_s, u"date"_s},
        {u"add"_s, u"deadline: a term such as 15wd, 10cd, 1m, 24h."_s, u"term"_s},
        {u"receipt-day-counts"_s, u"deadline: count the day of receipt itself."_s},
        {u"out"_s, u"directory export: the file to write."_s, u"file"_s},
        {u"count"_s, u"stress: how many writes."_s, u"n"_s},
        {u"to"_s, u"card list: the last date; prereg due: the справки due by this day."_s, u"date"_s},
        {u"lang"_s, u"card pdf: the language of the printout, kk or ru (default: the card's protocol language)."_s,
         u"language"_s},
        {u"protocol"_s, u"card pdf: the protocol of the oral appeal instead of the card."_s},
        {u"server"_s, u"sync: the central database, postgresql://role@host:port/db?sslmode=verify-full."_s, u"address"_s},
        {u"device"_s, u"server device: the device id (UUID)."_s, u"uuid"_s},
        {u"name"_s, u"server device add: what the laptop is called."_s, u"text"_s},
        {u"password"_s, u"server device add: the device role's password (or ARMCPG_DEVICE_PASSWORD; generated when absent)."_s, u"password"_s},
        {u"batch"_s, u"sync: operations per pushed batch."_s, u"n"_s},
        {u"service"_s, u"queue issue: the service code (see queue services)."_s, u"code"_s},
        {u"priority"_s, u"queue issue: the out-of-turn category of R-9 (see queue services)."_s, u"category"_s},
        {u"out-of-town"_s, u"queue issue: the visitor came from out of town (R-8)."_s},
        {u"desk"_s, u"queue call|recall|start|no-show|finish: the desk number."_s, u"number"_s},
        {u"as-of"_s, u"appeal show|list: the day the terms are seen from (default: today)."_s, u"date"_s},
        {u"overdue"_s, u"appeal list: the term passed without a final answer, or it was sent late (I-68)."_s},
        {u"control"_s, u"appeal list: on control (I-53, R-54)."_s},
        {u"due"_s, u"appeal list: the term ends within N days."_s, u"n"_s},
        {u"deemed-refused"_s, u"appeal list: complaints not decided within their term (I-83)."_s},
        {u"mine"_s, u"appeal list: the appeals of this user as lead or co-executor."_s, u"login"_s},
        {u"month"_s, u"schedule: the month, YYYY-MM."_s, u"month"_s},
        {u"org"_s, u"schedule: the organisation (default: the workstation's)."_s, u"code"_s},
        {u"html"_s, u"schedule export: a standalone HTML page."_s},
        {u"csv"_s, u"schedule export: CSV."_s},
        {u"reason"_s, u"emergency on: the state of emergency or quarantine and its act; schedule instruct: why the reception cannot wait."_s, u"text"_s},
        {u"reception"_s, u"prereg: the reception, <schedule line id>@<YYYY-MM-DD> (schedule list --json)."_s, u"id"_s},
        {u"official"_s, u"schedule instruct: the instructed official's full name (R-50)."_s, u"name"_s},
        {u"position"_s, u"schedule instruct: the official's position code (oblast or district prosecutor or deputy)."_s, u"code"_s},
        {u"date"_s, u"schedule instruct: the day of the reception, YYYY-MM-DD (--from/--to: its hours, HH:MM)."_s, u"date"_s},
        {u"form"_s, u"schedule instruct: written or oral."_s, u"form"_s},
        {u"visitor"_s, u"schedule instruct: the visitor it is for."_s, u"name"_s},
        {u"card"_s, u"schedule instruct: the number of the ЛП-1 card it came from."_s, u"number"_s},
        {u"place-kk"_s, u"schedule instruct: the place in Kazakh."_s, u"text"_s},
        {u"place-ru"_s, u"schedule instruct: the place in Russian."_s, u"text"_s},
        {u"id"_s, u"schedule instruction-pdf: the instruction's schedule line id."_s, u"id"_s},
    });

    // card pdf lays out text and needs Qt Gui (offscreen unless told otherwise: no display on a server); every other
    // command runs without it.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    parser.parse(arguments);
    const QString first = parser.positionalArguments().value(0);
    const bool gui = (first == u"card" || first == u"schedule" || first == u"prereg")
                     && (parser.positionalArguments().value(1) == u"pdf"
                         || parser.positionalArguments().value(1) == u"instruction-pdf");
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
        gui ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(u"armcpg"_s);
    QCoreApplication::setApplicationName(u"armcpg"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ARMCPG_VERSION));
    parser.process(*app);

    const QStringList words = parser.positionalArguments();
    CliContext cli(parser, words);
    const QMap<QString, int (*)(CliContext&)> commands = {
        {u"init"_s, runInit},         {u"migrate"_s, runMigrate},     {u"iin"_s, runIin},
        {u"bin"_s, runBin},           {u"kato"_s, runKato},           {u"calendar"_s, runCalendar},
        {u"deadline"_s, runDeadline}, {u"directory"_s, runDirectory}, {u"stress"_s, runStress},
        {u"card"_s, runCard},         {u"server"_s, runServer},       {u"sync"_s, runSync},
        {u"queue"_s, runQueue},       {u"appeal"_s, runAppeal},
        {u"schedule"_s, runSchedule}, {u"prereg"_s, runPreReg},
        {u"emergency"_s, runEmergency},
    };
    const auto command = commands.constFind(words.value(0));
    if (command == commands.cend())
        return cli.fail(words.isEmpty() ? u"no command given; see armcpg-cli --help"_s
                                        : u"unknown command %1; see armcpg-cli --help"_s.arg(words.first()));
    return (*command)(cli);
}
