// schedule list | pdf | export and prereg list | pdf: the month's approved schedule for posting and
// the website, and the persons signed up for a reception; schedule instruct | instruction-pdf:
// the off-schedule reception instruction and its document.
#include "ScheduleCommands.h"

#include "CliContext.h"

#include "directory/DirectoryRepository.h"
#include "prereg/PreRegistrationCheckIn.h"
#include "prereg/PreRegistrationDocuments.h"
#include "prereg/PreRegistrationReminders.h"
#include "prereg/PreRegistrationService.h"
#include "print/InstructionPrint.h"
#include "print/SchedulePrint.h"
#include "schedule/ScheduleService.h"
#include "schedule/ScheduleSheet.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace armcpg::cli {

namespace {

QJsonValue dateJson(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// --month YYYY-MM; reported (usage) when missing or malformed.
bool monthOption(CliContext& cli, int* year, int* month)
{
    const QString text = cli.option(u"month"_s).trimmed();
    const QDate first = QDate::fromString(text + u"-01"_s, Qt::ISODate);
    if (text.size() == 7 && first.isValid()) {
        *year = first.year();
        *month = first.month();
        return true;
    }
    cli.fail(Problems{{u"--month"_s, text.isEmpty() ? u"the month is required (YYYY-MM)"_s
                                                    : u"\"%1\" is not a month (YYYY-MM)"_s.arg(text)}},
             Usage);
    return false;
}

// --org, checked against the directory; empty: the workstation's organisation.
bool orgOption(CliContext& cli, Database& db, QString* org)
{
    *org = cli.option(u"org"_s).trimmed();
    if (org->isEmpty()) {
        *org = db.organisationCode();
        if (org->isEmpty()) {
            cli.fail(Problems{{u"--org"_s, u"this workstation has no organisation: give --org <CODE>"_s}});
            return false;
        }
        return true;
    }
    if (DirectoryRepository(db).entry(u"organisation"_s, *org))
        return true;
    cli.fail(Problems{{u"--org"_s, u"there is no organisation %1"_s.arg(*org)}});
    return false;
}

bool writeFile(CliContext& cli, const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    cli.fail(Problems{{path, file.errorString()}});
    return false;
}

void printWritten(CliContext& cli, const QString& path, const QString& what, const QString& org, int year, int month,
                  int lines)
{
    const QString file = QFileInfo(path).absoluteFilePath();
    if (cli.json())
        cli.printJson({{u"ok"_s, true}, {u"file"_s, file}, {u"document"_s, what}, {u"organisation"_s, org},
                       {u"month"_s, u"%1-%2"_s.arg(year).arg(month, 2, 10, QChar(u'0'))}, {u"lines"_s, lines}});
    else
        cli.print(u"wrote %1 (%2, %3, %4-%5, %6 lines)"_s.arg(file, what, org)
                      .arg(year)
                      .arg(month, 2, 10, QChar(u'0'))
                      .arg(lines));
}

int scheduleList(CliContext& cli, Database& db)
{
    int year = 0, month = 0;
    if (cli.words().size() > 2)
        return cli.fail(u"usage: armcpg-cli schedule list --month <YYYY-MM> [--org <ORG>] [--json]"_s);
    if (!monthOption(cli, &year, &month))
        return Usage;
    QString org;
    if (!orgOption(cli, db, &org))
        return Invalid;
    const ScheduleSheet sheet = ScheduleSheet::forMonth(db, org, year, month);
    QJsonArray lines;
    for (const ScheduleSheet::Row& row : sheet.rows) {
        const ScheduleEntry& e = row.entry;
        const ReceptionLevel level = ReceptionLevels::of(db, e.positionCode, e.organisationCode);
        QJsonArray receptions;
        for (const QDate& d : row.dates)
            receptions.append(QJsonObject{{u"date"_s, d.toString(Qt::ISODate)},
                                          {u"reception"_s, PreRegistrationDocuments::receptionId(e.id, d)}});
        lines.append(QJsonObject{{u"id"_s, e.id},
                                 {u"official"_s, e.officialName},
                                 {u"position"_s, e.positionCode},
                                 {u"kind"_s, ScheduleEntry::kindCode(e.kind)},
                                 {u"startsAt"_s, e.startsAt.toString(u"HH:mm"_s)},
                                 {u"endsAt"_s, e.endsAt.toString(u"HH:mm"_s)},
                                 {u"placeKk"_s, e.placeKk},
                                 {u"placeRu"_s, e.placeRu},
                                 {u"facility"_s, e.facilityName},
                                 {u"preRegistration"_s, ReceptionLevels::hasPreRegistration(level)},
                                 {u"approvedBy"_s, e.approvedByName.isEmpty() ? e.approvedByLogin : e.approvedByName},
                                 {u"approvedOn"_s, dateJson(e.approvedOn)},
                                 {u"receptions"_s, receptions}});
    }
    if (cli.json()) {
        cli.printJson({{u"organisation"_s, org},
                       {u"month"_s, u"%1-%2"_s.arg(year).arg(month, 2, 10, QChar(u'0'))},
                       {u"lines"_s, lines}});
        return Ok;
    }
    cli.print(sheet.title());
    for (const ScheduleSheet::Row& row : sheet.rows) {
        QStringList dates;
        for (const QDate& d : row.dates)
            dates << d.toString(Qt::ISODate);
        cli.print(u"%1  %2 %3–%4  %5  %6"_s.arg(row.entry.id, ScheduleEntry::kindCode(row.entry.kind),
                                                  row.entry.startsAt.toString(u"HH:mm"_s),
                                                  row.entry.endsAt.toString(u"HH:mm"_s), row.entry.officialName,
                                                  dates.join(u' ')));
    }
    return Ok;
}

int schedulePdf(CliContext& cli, Database& db)
{
    static const QString usage = u"usage: armcpg-cli schedule pdf [--org <ORG>] --month <YYYY-MM> <OUT.pdf>"_s;
    const QString out = cli.word(2);
    if (out.isEmpty() || cli.words().size() > 3)
        return cli.fail(usage);
    int year = 0, month = 0;
    if (!monthOption(cli, &year, &month))
        return Usage;
    QString org;
    if (!orgOption(cli, db, &org))
        return Invalid;
    const ScheduleSheet sheet = ScheduleSheet::forMonth(db, org, year, month);
    QString error;
    if (!SchedulePrint::writePdf(sheet, out, &error))
        return cli.fail(Problems{{out, error}});
    printWritten(cli, out, u"schedule"_s, org, year, month, int(sheet.rows.size()));
    return Ok;
}

int scheduleExport(CliContext& cli, Database& db)
{
    static const QString usage =
        u"usage: armcpg-cli schedule export [--org <ORG>] --month <YYYY-MM> (--html|--csv) <OUT>"_s;
    const QString out = cli.word(2);
    if (out.isEmpty() || cli.words().size() > 3 || cli.isSet(u"html"_s) == cli.isSet(u"csv"_s))
        return cli.fail(usage);
    int year = 0, month = 0;
    if (!monthOption(cli, &year, &month))
        return Usage;
    QString org;
    if (!orgOption(cli, db, &org))
        return Invalid;
    const ScheduleSheet sheet = ScheduleSheet::forMonth(db, org, year, month);
    const bool html = cli.isSet(u"html"_s);
    if (!writeFile(cli, out, html ? sheet.websiteHtml().toUtf8() : sheet.csv()))
        return Invalid;
    printWritten(cli, out, html ? u"html"_s : u"csv"_s, org, year, month, int(sheet.rows.size()));
    return Ok;
}

// --reception <SCHEDULE-ID>@<DATE>, an existing line.
bool receptionOption(CliContext& cli, Database& db, QString* scheduleId, QDate* date, int* exit)
{
    const QString text = cli.option(u"reception"_s).trimmed();
    if (!PreRegistrationDocuments::parseReceptionId(text, scheduleId, date)) {
        *exit = cli.fail(Problems{{u"--reception"_s, u"\"%1\" is not a reception: <schedule line id>@<YYYY-MM-DD>, "
                                                     "as `schedule list --json` prints it"_s.arg(text)}},
                         Usage);
        return false;
    }
    if (!ScheduleService(db).load(*scheduleId)) {
        *exit = cli.fail(Problems{{u"--reception"_s, u"there is no schedule line %1"_s.arg(*scheduleId)}});
        return false;
    }
    return true;
}

int preregList(CliContext& cli, Database& db)
{
    if (cli.words().size() > 2)
        return cli.fail(u"usage: armcpg-cli prereg list --reception <SCHEDULE-ID>@<YYYY-MM-DD> [--json]"_s);
    QString scheduleId;
    QDate date;
    int exit = Ok;
    if (!receptionOption(cli, db, &scheduleId, &date, &exit))
        return exit;
    PreRegistrationService prereg(db);
    const auto entry = ScheduleService(db).load(scheduleId);
    const auto closure = prereg.closure(scheduleId, date);
    QJsonArray persons;
    const QList<PreRegistration> signedUp = prereg.signedUp(scheduleId, date);
    for (const PreRegistration& p : signedUp) {
        persons.append(QJsonObject{
            {u"number"_s, p.number},
            {u"applicant"_s, p.applicantName},
            {u"represented"_s, p.representedName},
            {u"essence"_s, p.essence},
            {u"outOfTown"_s, p.outOfTown},
            {u"appointmentAt"_s, p.appointmentAt.isValid() ? QJsonValue(p.appointmentAt.toString(u"HH:mm"_s))
                                                           : QJsonValue(QJsonValue::Null)},
            {u"state"_s, PreRegistration::stateCode(p.state)},
            {u"agreementGround"_s, p.agreementGround},
            {u"agreedUnit"_s, p.agreedUnit},
            {u"agreedOn"_s, dateJson(p.agreedOn)},
            {u"byInstruction"_s, p.byInstruction},
            {u"instructionFrom"_s, p.instructionFrom}});
    }
    if (cli.json()) {
        cli.printJson({{u"reception"_s, PreRegistrationDocuments::receptionId(scheduleId, date)},
                       {u"scheduleId"_s, scheduleId},
                       {u"date"_s, date.toString(Qt::ISODate)},
                       {u"official"_s, entry->officialName},
                       {u"closed"_s, closure.has_value()},
                       {u"closedOn"_s, closure ? dateJson(closure->closedOn) : QJsonValue(QJsonValue::Null)},
                       {u"notesDueOn"_s, closure ? dateJson(closure->notesDueOn) : QJsonValue(QJsonValue::Null)},
                       {u"lastIntakeDay"_s, dateJson(prereg.lastIntakeDay(scheduleId, date))},
                       {u"persons"_s, persons}});
        return Ok;
    }
    cli.print(u"%1 %2: %3 signed up%4"_s.arg(entry->officialName, date.toString(Qt::ISODate))
                  .arg(signedUp.size())
                  .arg(closure ? u", closed %1"_s.arg(closure->closedOn.toString(Qt::ISODate)) : QString()));
    for (const PreRegistration& p : signedUp)
        cli.print(u"%1  %2  %3  %4"_s.arg(p.appointmentAt.isValid() ? p.appointmentAt.toString(u"HH:mm"_s) : u"--:--"_s,
                                          p.number, p.applicantName, p.essence.left(60)));
    return Ok;
}

int preregPdf(CliContext& cli, Database& db)
{
    static const QString usage =
        u"usage: armcpg-cli prereg pdf --reception <SCHEDULE-ID>@<YYYY-MM-DD> <OUT.pdf> [--lang kk|ru]"_s;
    const QString out = cli.word(2);
    if (out.isEmpty() || cli.words().size() > 3)
        return cli.fail(usage);
    const QString lang = cli.isSet(u"lang"_s) ? cli.option(u"lang"_s) : u"ru"_s;
    if (lang != u"kk" && lang != u"ru")
        return cli.fail(Problems{{u"--lang"_s, u"\"%1\" is not a language of the list: kk or ru"_s.arg(lang)}}, Usage);
    QString scheduleId;
    QDate date;
    int exit = Ok;
    if (!receptionOption(cli, db, &scheduleId, &date, &exit))
        return exit;
    QString error;
    if (!SchedulePrint::writeListPdf(db, scheduleId, date, lang, out, &error))
        return cli.fail(Problems{{out, error}});
    if (cli.json())
        cli.printJson({{u"ok"_s, true}, {u"file"_s, QFileInfo(out).absoluteFilePath()},
                       {u"reception"_s, PreRegistrationDocuments::receptionId(scheduleId, date)}});
    else
        cli.print(u"wrote %1"_s.arg(QFileInfo(out).absoluteFilePath()));
    return Ok;
}

// prereg check-in <IIN or request number> [--lang kk|ru]: the person signed up for a reception today gets the
// ticket of the pre-registered reception at the appointment time (PreRegistrationCheckIn).
int preregCheckIn(CliContext& cli, Database& db)
{
    const QString key = cli.word(2);
    if (key.isEmpty() || cli.words().size() > 3)
        return cli.fail(u"usage: armcpg-cli prereg check-in <IIN | REQUEST-NUMBER> [--lang kk|ru] [--json]"_s);
    const QString lang = cli.isSet(u"lang"_s) ? cli.option(u"lang"_s) : u"ru"_s;
    PreRegistrationCheckIn checkIn(db);
    const auto request = checkIn.next(key);
    if (!request)
        return cli.fail(Problems{{u"IIN or number"_s, u"nobody with %1 is signed up for a reception today"_s.arg(key)}});
    Problems problems;
    const auto ticket = checkIn.checkIn(CliContext::session(), request->id, lang, &problems);
    if (!ticket)
        return cli.fail(problems);
    if (cli.json()) {
        QJsonObject out = ticket->toJson();
        out.insert(u"request"_s, request->number);
        cli.printJson(out);
    } else {
        cli.print(u"%1  %2  %3 at %4"_s.arg(ticket->number, request->number, ticket->visitorName,
                                             ticket->appointmentAt.toLocalTime().toString(u"HH:mm"_s)));
    }
    return Ok;
}

QJsonObject instructionJson(const ScheduleEntry& e)
{
    return {{u"id"_s, e.id},
            {u"kind"_s, ScheduleEntry::kindCode(e.kind)},
            {u"organisation"_s, e.organisationCode},
            {u"official"_s, e.officialName},
            {u"position"_s, e.positionCode},
            {u"date"_s, dateJson(e.date)},
            {u"startsAt"_s, e.startsAt.toString(u"HH:mm"_s)},
            {u"endsAt"_s, e.endsAt.toString(u"HH:mm"_s)},
            {u"placeKk"_s, e.placeKk},
            {u"placeRu"_s, e.placeRu},
            {u"form"_s, e.instructionForm},
            {u"visitor"_s, e.visitorName},
            {u"reason"_s, e.instructionReason},
            {u"card"_s, e.cardNumber},
            {u"status"_s, ScheduleEntry::statusCode(e.status)},
            {u"instructedBy"_s, e.instructedByName.isEmpty() ? e.instructedByLogin : e.instructedByName},
            {u"instructedAt"_s, e.instructedAt.isValid() ? QJsonValue(e.instructedAt.toString(Qt::ISODate))
                                                          : QJsonValue(QJsonValue::Null)}};
}

// schedule instruct: R-50, the ЦПГ prosecutor's off-schedule reception instruction, as the program (CliContext).
int scheduleInstruct(CliContext& cli, Database& db)
{
    static const QString usage =
        u"usage: armcpg-cli schedule instruct --official <NAME> --position <CODE> --date <YYYY-MM-DD> --from HH:MM "
        "--to HH:MM --form written|oral --reason <TEXT> [--visitor <NAME>] [--card <NUMBER>] [--org <ORG>] "
        "[--place-kk <TEXT>] [--place-ru <TEXT>] [--json]"_s;
    if (cli.words().size() > 2)
        return cli.fail(usage);
    Problems usageProblems;
    ScheduleEntry e;
    e.officialName = cli.option(u"official"_s);
    e.positionCode = cli.option(u"position"_s).trimmed();
    const QString day = cli.option(u"date"_s).trimmed();
    e.date = QDate::fromString(day, Qt::ISODate);
    if (!day.isEmpty() && !e.date.isValid())
        usageProblems.append({u"--date"_s, u"\"%1\" is not a date (YYYY-MM-DD)"_s.arg(day)});
    const auto time = [&](const QString& option, QTime* out) {
        const QString text = cli.option(option).trimmed();
        *out = QTime::fromString(text, u"H:mm"_s);
        if (!text.isEmpty() && !out->isValid())
            usageProblems.append({u"--"_s + option, u"\"%1\" is not a time (HH:MM)"_s.arg(text)});
    };
    time(u"from"_s, &e.startsAt);
    time(u"to"_s, &e.endsAt);
    if (!usageProblems.isEmpty())
        return cli.fail(usageProblems, Usage);
    e.instructionForm = cli.option(u"form"_s).trimmed();
    e.instructionReason = cli.option(u"reason"_s);
    e.visitorName = cli.option(u"visitor"_s);
    e.cardNumber = cli.option(u"card"_s);
    e.organisationCode = cli.option(u"org"_s).trimmed();
    e.placeKk = cli.option(u"place-kk"_s);
    e.placeRu = cli.option(u"place-ru"_s);
    if (!e.organisationCode.isEmpty() && !DirectoryRepository(db).entry(u"organisation"_s, e.organisationCode))
        return cli.fail(Problems{{u"--org"_s, u"there is no organisation %1"_s.arg(e.organisationCode)}});
    // Without a place: the organisation's name in both languages, where such receptions are organised.
    if (e.placeKk.trimmed().isEmpty() && e.placeRu.trimmed().isEmpty()) {
        const QString org = e.organisationCode.isEmpty() ? db.organisationCode() : e.organisationCode;
        if (const auto entry = DirectoryRepository(db).entry(u"organisation"_s, org)) {
            e.placeKk = entry->nameKk;
            e.placeRu = entry->nameRu;
        }
    }
    Problems problems;
    if (!ScheduleService(db).instruct(CliContext::session(), &e, &problems))
        return cli.fail(problems);
    if (cli.json()) {
        QJsonObject out = instructionJson(e);
        out.insert(u"ok"_s, true);
        cli.printJson(out);
    } else {
        cli.print(u"%1  off_schedule %2 %3–%4  %5 (%6), %7"_s.arg(e.id, e.date.toString(Qt::ISODate),
                                                                  e.startsAt.toString(u"HH:mm"_s),
                                                                  e.endsAt.toString(u"HH:mm"_s), e.officialName,
                                                                  e.positionCode, e.instructionForm));
    }
    return Ok;
}

// prereg due [--to YYYY-MM-DD]: the справки due by then (default: the next working day), overdue first.
int preregDue(CliContext& cli, Database& db)
{
    if (cli.words().size() > 2)
        return cli.fail(u"usage: armcpg-cli prereg due [--to <YYYY-MM-DD>] [--json]"_s);
    QDate until;
    if (cli.isSet(u"to"_s)) {
        until = QDate::fromString(cli.option(u"to"_s), Qt::ISODate);
        if (!until.isValid())
            return cli.fail(Problems{{u"--to"_s, u"\"%1\" is not a date (YYYY-MM-DD)"_s.arg(cli.option(u"to"_s))}},
                            Usage);
    }
    const QDate today = db.clock().today();
    const QList<NoteReminder> due = PreRegistrationReminders(db).due(until);
    if (cli.json()) {
        QJsonArray items;
        for (const NoteReminder& r : due)
            items.append(QJsonObject{{u"reception"_s, PreRegistrationDocuments::receptionId(r.scheduleId, r.receptionOn)},
                                     {u"official"_s, r.officialName},
                                     {u"organisation"_s, r.organisationCode},
                                     {u"paragraph"_s, r.paragraph},
                                     {u"dueOn"_s, dateJson(r.dueOn)},
                                     {u"overdue"_s, r.isOverdue(today)},
                                     {u"persons"_s, r.persons}});
        cli.printJson({{u"today"_s, dateJson(today)}, {u"due"_s, items}});
        return Ok;
    }
    if (due.isEmpty())
        cli.print(u"no справки due"_s);
    for (const NoteReminder& r : due)
        cli.print(r.text(today));
    return Ok;
}

// schedule instruction-pdf --id <LINE-ID> [--lang kk|ru] OUT.pdf: the instruction's document.
int scheduleInstructionPdf(CliContext& cli, Database& db)
{
    static const QString usage =
        u"usage: armcpg-cli schedule instruction-pdf --id <LINE-ID> [--lang kk|ru] <OUT.pdf>"_s;
    const QString out = cli.word(2);
    if (out.isEmpty() || cli.words().size() > 3 || !cli.isSet(u"id"_s))
        return cli.fail(usage);
    const QString lang = cli.isSet(u"lang"_s) ? cli.option(u"lang"_s) : u"ru"_s;
    if (lang != u"kk" && lang != u"ru")
        return cli.fail(Problems{{u"--lang"_s, u"\"%1\" is not a language of the instruction: kk or ru"_s.arg(lang)}},
                        Usage);
    const QString id = cli.option(u"id"_s).trimmed();
    const auto entry = ScheduleService(db).load(id);
    if (!entry)
        return cli.fail(Problems{{u"--id"_s, u"there is no schedule line %1"_s.arg(id)}});
    if (!entry->isOffSchedule())
        return cli.fail(Problems{{u"--id"_s, u"the line %1 is not an off-schedule instruction (R-50)"_s.arg(id)}});
    QString error;
    if (!InstructionPrint::writePdf(db, *entry, lang, out, &error))
        return cli.fail(Problems{{out, error}});
    if (cli.json())
        cli.printJson({{u"ok"_s, true}, {u"file"_s, QFileInfo(out).absoluteFilePath()}, {u"id"_s, id},
                       {u"lang"_s, lang}});
    else
        cli.print(u"wrote %1"_s.arg(QFileInfo(out).absoluteFilePath()));
    return Ok;
}

} // namespace

int runSchedule(CliContext& cli)
{
    const QString sub = cli.word(1);
    // the off-schedule instruction and its document take no month.
    if (sub == u"instruct" || sub == u"instruction-pdf") {
        Database* db = cli.database();
        if (!db)
            return Invalid;
        return sub == u"instruct" ? scheduleInstruct(cli, *db) : scheduleInstructionPdf(cli, *db);
    }
    if (sub != u"list" && sub != u"pdf" && sub != u"export")
        return cli.fail(u"usage: armcpg-cli schedule list|pdf|export --month <YYYY-MM> [--org <ORG>] ... | "
                        "instruct ... | instruction-pdf --id <LINE-ID> <OUT.pdf>"_s);
    // Wrong usage is told before the database is opened.
    if (!cli.isSet(u"month"_s))
        return cli.fail(Problems{{u"--month"_s, u"the month is required (YYYY-MM)"_s}}, Usage);
    Database* db = cli.database();
    if (!db)
        return Invalid;
    if (sub == u"list")
        return scheduleList(cli, *db);
    if (sub == u"pdf")
        return schedulePdf(cli, *db);
    return scheduleExport(cli, *db);
}

int runPreReg(CliContext& cli)
{
    const QString sub = cli.word(1);
    const bool reception = sub == u"list" || sub == u"pdf";
    if ((reception && !cli.isSet(u"reception"_s)) || (!reception && sub != u"check-in" && sub != u"due"))
        return cli.fail(u"usage: armcpg-cli prereg list|pdf --reception <SCHEDULE-ID>@<YYYY-MM-DD> [<OUT.pdf>] [--json]\n"
                        "       armcpg-cli prereg check-in <IIN | REQUEST-NUMBER> [--lang kk|ru]\n"
                        "       armcpg-cli prereg due [--to <YYYY-MM-DD>]"_s);
    if (sub == u"check-in" && cli.isSet(u"lang"_s) && cli.option(u"lang"_s) != u"kk" && cli.option(u"lang"_s) != u"ru")
        return cli.fail(Problems{{u"--lang"_s, u"\"%1\" is not a language of reception: kk or ru (R-45)"_s.arg(
                                                   cli.option(u"lang"_s))}},
                        Usage);
    Database* db = cli.database();
    if (!db)
        return Invalid;
    if (sub == u"check-in")
        return preregCheckIn(cli, *db);
    if (sub == u"due")
        return preregDue(cli, *db);
    return sub == u"list" ? preregList(cli, *db) : preregPdf(cli, *db);
}

} // namespace armcpg::cli
