// armcpg-cli schedule list | pdf | export, prereg list | pdf and deadline --rule R6|R10 with --db as a user runs them:
// init --demo gives an approved schedule (regular, field R-14, duty facility R-6) and pre-registrations; the reception
// ids of `schedule list --json` find the persons signed up (R-22); the PDF holds both languages (R-5); the website
// export is HTML and CSV; the cut-off honours deadline.registration_cutoff_inclusive (R-18, R-36); exit codes 0/1/2.
#include "CliRun.h"
#include "ScheduleTestSupport.h"
#include "TestDatabase.h"

#include "calendar/CalendarService.h"
#include "common/Clock.h"
#include "common/Csv.h"
#include "prereg/PreRegistrationService.h"
#include "schedule/ScheduleService.h"
#include "schedule/ScheduleSheet.h"
#include "security/Session.h"
#include "settings/AppSettings.h"
#include "setup/Setup.h"

#include <QSqlQuery>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

class TestScheduleCli : public QObject
{
    Q_OBJECT

    using Run = CliRun;

private slots:
    // Every option is declared once: QCommandLineParser ignores a second declaration and warns on every run.
    void help_everyOptionDeclaredOnce()
    {
        const Run r = cli({u"--help"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(!r.err.contains(u"already having an option"_s), qPrintable(r.err));
        QVERIFY2(r.out.contains(u"prereg check-in"_s) && r.out.contains(u"schedule instruct"_s)
                     && r.out.contains(u"emergency status"_s),
                 qPrintable(r.out));
    }

    void demoScheduleAndPreRegistration_endToEnd_data() { ARMCPG_BACKEND_DATA(); }
    void demoScheduleAndPreRegistration_endToEnd()
    {
        QFETCH(int, backend);
        TestDatabase t{TestDatabase::Backend(backend), false};
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        const QString db = t.url();
        Run r = cli({u"init"_s, u"--demo"_s, u"--db"_s, db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // The CLI runs on the real clock: next month holds every demo line's receptions.
        const QDate next = QDate::currentDate().addMonths(1);
        const QString month = next.toString(u"yyyy-MM"_s);

        r = cli({u"schedule"_s, u"list"_s, u"--month"_s, month, u"--json"_s, u"--db"_s, db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray lines = r.json()[u"lines"_s].toArray();
        QStringList kinds;
        for (const QJsonValue& l : lines)
            kinds << l[u"kind"_s].toString();
        QVERIFY2(kinds.contains(u"regular"_s) && kinds.contains(u"field"_s) && kinds.contains(u"duty_facility"_s),
                 qPrintable(r.out));

        // Every reception of the lines with pre-registration from today on: someone is signed up for one (demo).
        int signedUp = 0;
        const QDate from = QDate::currentDate();
        for (const QDate& m : {from, next, next.addMonths(1)}) {
            r = cli({u"schedule"_s, u"list"_s, u"--month"_s, m.toString(u"yyyy-MM"_s), u"--json"_s, u"--db"_s, db});
            QCOMPARE(r.code, 0);
            for (const QJsonValue& l : r.json()[u"lines"_s].toArray()) {
                if (!l[u"preRegistration"_s].toBool())
                    continue;
                for (const QJsonValue& reception : l[u"receptions"_s].toArray()) {
                    const QString id = reception[u"reception"_s].toString();
                    QVERIFY(id.endsWith(u"@"_s + reception[u"date"_s].toString()));
                    Run list = cli({u"prereg"_s, u"list"_s, u"--reception"_s, id, u"--json"_s, u"--db"_s, db});
                    QVERIFY2(list.code == 0, qPrintable(list.err));
                    QCOMPARE(list.json()[u"reception"_s].toString(), id);
                    const QJsonArray persons = list.json()[u"persons"_s].toArray();
                    signedUp += int(persons.size());
                    for (const QJsonValue& p : persons)
                        QVERIFY(!p[u"essence"_s].toString().isEmpty()); // returned (R-3) and refused are not listed
                }
            }
        }
        QVERIFY2(signedUp >= 3, qPrintable(QString::number(signedUp)));

        // The PDF (the workstation's organisation), both languages (R-5).
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"schedule.pdf"_s);
        r = cli({u"schedule"_s, u"pdf"_s, u"--month"_s, month, pdf, u"--db"_s, db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        if (!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()) {
            QProcess p;
            p.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
            QVERIFY(p.waitForFinished(60000));
            const QString text =
                QString::fromUtf8(p.readAllStandardOutput()).replace(QRegularExpression(u"\\s+"_s), u" "_s);
            QVERIFY2(text.contains(u"Азаматтарды жеке қабылдау кестесі"_s), qPrintable(text));
            QVERIFY2(text.contains(u"График личного приема граждан"_s), qPrintable(text));
            QVERIFY2(text.contains(u"ИВС ДП г. Астаны"_s), qPrintable(text));
        }

        // The website: HTML page and CSV.
        const QString html = dir.filePath(u"schedule.html"_s);
        r = cli({u"schedule"_s, u"export"_s, u"--month"_s, month, u"--html"_s, html, u"--db"_s, db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile page(html);
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString pageText = QString::fromUtf8(page.readAll());
        QVERIFY(pageText.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(pageText.contains(u"График личного приема граждан"_s));
        const QString csv = dir.filePath(u"schedule.csv"_s);
        r = cli({u"schedule"_s, u"export"_s, u"--org"_s, u"CPG"_s, u"--month"_s, month, u"--csv"_s, csv, u"--db"_s, db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const CsvTable table = Csv::readFile(csv);
        QVERIFY2(table.ok(), qPrintable(describe(table.problems)));
        QCOMPARE(table.header, ScheduleSheet::csvHeader());
        QCOMPARE(table.rows.size(), lines.size());

        // Exit codes: 2 wrong usage, 1 refused or not found.
        QCOMPARE(cli({u"schedule"_s, u"pdf"_s, pdf, u"--db"_s, db}).code, 2);                       // no --month
        QCOMPARE(cli({u"schedule"_s, u"pdf"_s, u"--month"_s, u"2026-13"_s, pdf, u"--db"_s, db}).code, 2);
        QCOMPARE(cli({u"schedule"_s, u"export"_s, u"--month"_s, month, u"--html"_s, u"--csv"_s, csv, u"--db"_s, db})
                     .code,
                 2);
        QCOMPARE(cli({u"schedule"_s, u"export"_s, u"--month"_s, month, csv, u"--db"_s, db}).code, 2);
        r = cli({u"schedule"_s, u"pdf"_s, u"--org"_s, u"NOPE"_s, u"--month"_s, month, pdf, u"--db"_s, db});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"--org"_s), qPrintable(r.err));
        QCOMPARE(cli({u"prereg"_s, u"list"_s, u"--reception"_s, u"garbage"_s, u"--db"_s, db}).code, 2);
        QCOMPARE(cli({u"prereg"_s, u"list"_s, u"--db"_s, db}).code, 2);
        r = cli({u"prereg"_s, u"list"_s, u"--reception"_s, u"00000000-0000-4000-8000-000000000000@2026-01-14"_s,
                 u"--db"_s, db});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"--reception"_s), qPrintable(r.err));
    }

    // R-18 (rule R6), R-36 (rule R10): with --db the cut-off follows the administrator's setting
    // deadline.registration_cutoff_inclusive; without it, the default (the cut-off day still takes requests).
    void deadlineCutoff_honoursDatabaseSetting_R18_R36()
    {
        TestDatabase t{TestDatabase::Backend::Sqlite, false};
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        const QString db = t.url();
        QCOMPARE(cli({u"init"_s, u"--db"_s, db}).code, 0);
        auto due = [&](const QString& rule, bool withDb) {
            QStringList args{u"deadline"_s, u"--rule"_s, rule, u"--from"_s, u"2025-04-16"_s, u"--json"_s};
            if (withDb)
                args << u"--db"_s << db;
            const Run r = cli(args);
            return r.code == 0 ? r.json()[u"due"_s].toString() : r.err;
        };
        // Wednesday 2025-04-16: R6 5 working days before → 2025-04-09; R10 1 working day before → 2025-04-15.
        QCOMPARE(due(u"R6"_s, false), u"2025-04-09"_s);
        QCOMPARE(due(u"R6"_s, true), u"2025-04-09"_s);
        QCOMPARE(due(u"R10"_s, true), u"2025-04-15"_s);
        {
            const std::unique_ptr<Database> own = t.openAnother();
            QVERIFY2(own, qPrintable(t.error()));
            Problems problems;
            QVERIFY2(AppSettings(*own).setValue(Session::program(u"test"_s), u"deadline.registration_cutoff_inclusive"_s,
                                                u"0"_s, &problems),
                     qPrintable(describe(problems)));
        }
        // Excluded: intake ends the working day before.
        QCOMPARE(due(u"R6"_s, true), u"2025-04-08"_s);
        QCOMPARE(due(u"R10"_s, true), u"2025-04-14"_s);
        QCOMPARE(due(u"R10"_s, false), u"2025-04-15"_s);
    }

    // prereg check-in (issue 7, R-3, R-44) and prereg due (R-17, R-22) as a desk or a script runs them, on the real
    // clock: the request signed up earlier is moved to today in SQL so that the test runs on any day.
    void checkInAndNotesDue_R17_R22_data() { ARMCPG_BACKEND_DATA(); }
    void checkInAndNotesDue_R17_R22()
    {
        QFETCH(int, backend);
        TestDatabase t{TestDatabase::Backend(backend)};
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        const QString db = t.url();
        Database& own = *t.db();
        Problems problems;
        QVERIFY2(Setup::initialise(own, true, &problems), qPrintable(describe(problems)));
        const Session program = Session::program(u"test"_s);
        const auto approvedLine = [&](const QString& org, const QString& name, const QString& position, int weekday) {
            return approvedScheduleLine(own, program, program, org, name, position, weekday);
        };
        const auto signUp = [&](const QString& line, const QDate& on, QTime at) {
            PreRegistration p;
            p.channelCode = u"paper"_s;
            p.applicantName = u"Сәрсенбаева Гүлнар"_s;
            p.applicantIin = u"061211600012"_s;
            p.essence = u"Не согласна с решением суда"_s;
            p.scheduleId = line;
            p.receptionOn = on;
            p.appointmentAt = at;
            Problems problems;
            if (!PreRegistrationService(own).signUp(program, &p, &problems))
                qWarning() << describe(problems);
            return p;
        };

        // Signed up on Monday 2026-04-06 for the oblast prosecutor's Tuesday, then moved to today.
        FixedClock past(QDateTime(QDate(2026, 4, 6), QTime(9, 0)));
        own.setClock(&past);
        const QString oblast = approvedLine(u"P71"_s, u"Асқаров Бауыржан"_s, u"regional_prosecutor"_s, 2);
        const PreRegistration request = signUp(oblast, QDate(2026, 4, 14), QTime(11, 30));
        QCOMPARE(request.state, PreRegistration::State::Registered);
        own.setClock(nullptr);
        QSqlQuery move = own.prepare(u"UPDATE prereg_request SET reception_on = ? WHERE id = ?"_s);
        move.addBindValue(QDate::currentDate());
        move.addBindValue(request.id);
        QVERIFY(move.exec());

        Run r = cli({u"prereg"_s, u"check-in"_s, u"061211600012"_s, u"--lang"_s, u"kk"_s, u"--json"_s, u"--db"_s, db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json()[u"service"_s].toString(), u"prereg"_s);
        QCOMPARE(r.json()[u"language"_s].toString(), u"kk"_s);
        QCOMPARE(r.json()[u"request"_s].toString(), request.number);
        QCOMPARE(r.json()[u"prereg_request_id"_s].toString(), request.id);
        QCOMPARE(QDateTime::fromString(r.json()[u"appointment_at"_s].toString(), Qt::ISODate).toLocalTime().time(),
                 QTime(11, 30));
        const QString number = r.json()[u"number"_s].toString();
        r = cli({u"prereg"_s, u"check-in"_s, request.number, u"--db"_s, db}); // by number: once
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(number), qPrintable(r.err));
        r = cli({u"prereg"_s, u"check-in"_s, u"000000000000"_s, u"--db"_s, db});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"IIN or number"_s), qPrintable(r.err));
        QCOMPARE(cli({u"prereg"_s, u"check-in"_s, u"061211600012"_s, u"--lang"_s, u"en"_s, u"--db"_s, db}).code, 2);
        QCOMPARE(cli({u"prereg"_s, u"check-in"_s, u"--db"_s, db}).code, 2);

        // The General Prosecutor's first Wednesday still open from three weeks on: the справки due by that day.
        // Requests are taken on working days only (R-18): signed up on the last working day up to today.
        const QString gp = approvedLine(u"GP"_s, u"Бас Прокурор"_s, u"prosecutor_general"_s, 3);
        PreRegistrationService service(own);
        QDate intake = QDate::currentDate();
        while (!service.calendar().isWorkingDay(intake))
            intake = intake.addDays(-1);
        FixedClock intakeDay(QDateTime(intake, QTime(9, 0)));
        own.setClock(&intakeDay);
        QDate reception = QDate::currentDate().addDays(21);
        const ScheduleEntry gpLine = *ScheduleService(own).load(gp);
        while (!gpLine.occursOn(reception, service.calendar()) || !service.isOpen(gp, reception))
            reception = reception.addDays(1);
        QCOMPARE(signUp(gp, reception, QTime(10, 0)).state, PreRegistration::State::Registered);
        own.setClock(nullptr);
        r = cli({u"prereg"_s, u"due"_s, u"--to"_s, reception.toString(Qt::ISODate), u"--json"_s, u"--db"_s, db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QStringList seen;
        for (const QJsonValue& d : r.json()[u"due"_s].toArray()) {
            QVERIFY(d[u"reception"_s].toString().startsWith(gp));
            QCOMPARE(d[u"persons"_s].toInt(), 1);
            QVERIFY(!d[u"overdue"_s].toBool());
            seen << d[u"paragraph"_s].toString() + u' '
                        + d[u"dueOn"_s].toString();
        }
        QCOMPARE(seen, (QStringList{u"R-17 "_s + service.requestNoteDue(gp, reception).toString(Qt::ISODate),
                                    u"R-22 "_s + service.receptionNotesDue(gp, reception).toString(Qt::ISODate)}));
        r = cli({u"prereg"_s, u"due"_s, u"--db"_s, db}); // by the next working day: not yet
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"no справки due"_s), qPrintable(r.out));
        QCOMPARE(cli({u"prereg"_s, u"due"_s, u"--to"_s, u"soon"_s, u"--db"_s, db}).code, 2);
    }

    // R-50: schedule instruct records the off-schedule reception instruction (refused for a post R-50 does not
    // cover, naming --position/Position; a missing reason named), instruction-pdf prints it in kk and ru; the
    // instruction is not on the month's posted list.
    void instructAndPdf_R50_data() { ARMCPG_BACKEND_DATA(); }
    void instructAndPdf_R50()
    {
        QFETCH(int, backend);
        TestDatabase t{TestDatabase::Backend(backend), false};
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        const QString db = t.url();
        QCOMPARE(cli({u"init"_s, u"--db"_s, db}).code, 0);
        // The CLI runs on the real clock: the next working day by the seeded calendar.
        QDate day = QDate::currentDate().addDays(1);
        {
            const std::unique_ptr<Database> own = t.openAnother();
            QVERIFY2(own, qPrintable(t.error()));
            const WorkCalendar calendar = CalendarService(*own).load();
            while (!calendar.isWorkingDay(day))
                day = day.addDays(1);
        }
        const QStringList base = {u"schedule"_s, u"instruct"_s, u"--official"_s, u"Асқаров Бауыржан"_s,
                                  u"--date"_s, day.toString(Qt::ISODate), u"--from"_s, u"15:00"_s, u"--to"_s,
                                  u"16:00"_s, u"--form"_s, u"written"_s, u"--org"_s, u"P71"_s, u"--visitor"_s,
                                  u"Жұмабекова Сәуле"_s, u"--place-kk"_s, u"Бейбітшілік к-сі, 2"_s, u"--place-ru"_s,
                                  u"ул. Бейбітшілік, 2"_s, u"--json"_s, u"--db"_s, db};
        Run r = cli(base + QStringList{u"--position"_s, u"agency_head"_s, u"--reason"_s, u"Выселение"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(u"Position"_s) && r.out.contains(u"R-50"_s), qPrintable(r.out + r.err));
        r = cli(base + QStringList{u"--position"_s, u"regional_prosecutor"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(u"Reason"_s), qPrintable(r.out + r.err));
        r = cli(base + QStringList{u"--position"_s, u"regional_prosecutor"_s, u"--from"_s, u"3pm"_s});
        QCOMPARE(r.code, 2);
        r = cli(base + QStringList{u"--position"_s, u"regional_prosecutor"_s, u"--reason"_s,
                                   u"Выселение семьи назначено на завтра"_s});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QJsonObject issued = r.json();
        QCOMPARE(issued[u"kind"_s].toString(), u"off_schedule"_s);
        QCOMPARE(issued[u"status"_s].toString(), u"approved"_s);
        QCOMPARE(issued[u"form"_s].toString(), u"written"_s);
        QCOMPARE(issued[u"date"_s].toString(), day.toString(Qt::ISODate));
        QVERIFY(issued[u"instructedBy"_s].toString().startsWith(u"armcpg-cli"_s));
        const QString id = issued[u"id"_s].toString();
        QVERIFY(!id.isEmpty());

        // Never on the posted schedule.
        r = cli({u"schedule"_s, u"list"_s, u"--org"_s, u"P71"_s, u"--month"_s, day.toString(u"yyyy-MM"_s), u"--json"_s,
                 u"--db"_s, db});
        QCOMPARE(r.code, 0);
        QVERIFY2(!r.out.contains(id), qPrintable(r.out));

        QTemporaryDir dir;
        for (const QString& lang : {u"kk"_s, u"ru"_s}) {
            const QString pdf = dir.filePath(u"instruction-%1.pdf"_s.arg(lang));
            r = cli({u"schedule"_s, u"instruction-pdf"_s, u"--id"_s, id, u"--lang"_s, lang, pdf, u"--db"_s, db});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
                continue;
            QProcess p;
            p.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
            QVERIFY(p.waitForFinished(60000));
            const QString text =
                QString::fromUtf8(p.readAllStandardOutput()).replace(QRegularExpression(u"\\s+"_s), u" "_s);
            QVERIFY2(text.contains(u"R-50"_s) && text.contains(u"Асқаров Бауыржан"_s)
                         && text.contains(u"Выселение семьи назначено на завтра"_s),
                     qPrintable(text));
            QVERIFY2(text.contains(lang == u"kk" ? u"Кестеден тыс жеке қабылдау ұйымдастыру туралы тапсырма"_s
                                                 : u"Поручение об организации личного приема вне графика"_s),
                     qPrintable(text));
        }
        // Not an instruction, not a line: refused naming --id.
        r = cli({u"schedule"_s, u"instruction-pdf"_s, u"--id"_s, u"00000000-0000-4000-8000-000000000000"_s,
                 dir.filePath(u"x.pdf"_s), u"--db"_s, db});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"--id"_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestScheduleCli)
#include "tst_schedulecli.moc"
