// armcpg-cli as a user runs it: exit codes, human text and --json, on SQLite and PostgreSQL.
#include "CliRun.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace armcpg::test;

class TestCli : public QObject
{
    Q_OBJECT

    using Run = CliRun;

private slots:
    void iinCheck_validFemale2006()
    {
        const Run r = cli({u"iin"_s, u"check"_s, u"061211600012"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), u"061211600012: valid, female, born 2006-12-11"_s);
        const QJsonObject j = cli({u"iin"_s, u"check"_s, u"061211600012"_s, u"--json"_s}).json();
        QCOMPARE(j[u"valid"_s].toBool(), true);
        QCOMPARE(j[u"sex"_s].toString(), u"female"_s);
        QCOMPARE(j[u"birthDate"_s].toString(), u"2006-12-11"_s);
    }

    void iinCheck_wrongCheckDigitNamesSeven()
    {
        const Run r = cli({u"iin"_s, u"check"_s, u"900101300001"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(u"check digit should be 7"_s), qPrintable(r.out));
        const QJsonObject j = cli({u"iin"_s, u"check"_s, u"900101300001"_s, u"--json"_s}).json();
        QCOMPARE(j[u"valid"_s].toBool(), false);
        QCOMPARE(j[u"expectedCheckDigit"_s].toInt(), 7);
        QVERIFY(cli({u"iin"_s, u"check"_s, u"90010130000"_s}).out.contains(u"12 digits"_s));
    }

    void calendar2026_exactlyTheDaysOffOfTheDomainNote()
    {
        // kz-identifiers-and-calendar.md, "Resulting days off on weekdays", 2026.
        const QStringList expected = {u"2026-01-01"_s, u"2026-01-02"_s, u"2026-01-07"_s, u"2026-03-09"_s, u"2026-03-23"_s,
                                      u"2026-03-24"_s, u"2026-03-25"_s, u"2026-05-01"_s, u"2026-05-07"_s, u"2026-05-11"_s,
                                      u"2026-05-27"_s, u"2026-07-06"_s, u"2026-08-31"_s, u"2026-10-26"_s, u"2026-12-16"_s};
        const Run r = cli({u"calendar"_s, u"--year"_s, u"2026"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        QStringList dates;
        for (const QJsonValue& d : r.json()[u"daysOff"_s].toArray())
            dates << d[u"date"_s].toString();
        QCOMPARE(dates, expected);
        QVERIFY(r.json()[u"confirmed"_s].toBool());
        const Run human = cli({u"calendar"_s, u"--year"_s, u"2026"_s});
        QCOMPARE(human.out.count(u"\n2026-"_s), expected.size());
        QVERIFY(human.out.contains(u"2026-03-24 Tue  transfer"_s));
        QVERIFY(cli({u"calendar"_s, u"--year"_s, u"2031"_s}).out.contains(u"NOT CONFIRMED"_s));
        QCOMPARE(cli({u"calendar"_s}).code, 2);
    }

    void deadline_termsAndRules()
    {
        // I-12, D9: a month from 31 January ends on the last day of February.
        Run r = cli({u"deadline"_s, u"--from"_s, u"2025-01-31"_s, u"--add"_s, u"1m"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json()[u"due"_s].toString(), u"2025-02-28"_s);
        // I-50, D15: 15 working days from Tue 11.03.2025 on the real calendar (21, 24, 25 March are days off).
        r = cli({u"deadline"_s, u"--rule"_s, u"D15"_s, u"--from"_s, u"2025-03-11"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json()[u"due"_s].toString(), u"2025-04-04"_s);
        QCOMPARE(r.json()[u"citation"_s].toString().left(4), u"I-50"_s);
        // I-52, D17a: a sub-id typed in any case; two months from 11.03.2025 end on Sunday 11 May, rolled to the
        // next working day (I-68).
        r = cli({u"deadline"_s, u"--rule"_s, u"d17A"_s, u"--from"_s, u"2025-03-11"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json()[u"rule"_s].toString(), u"D17a"_s);
        QCOMPARE(r.json()[u"due"_s].toString(), u"2025-05-12"_s);
        r = cli({u"deadline"_s, u"--rule"_s, u"D99"_s, u"--from"_s, u"2025-03-11"_s});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"D99"_s));
        r = cli({u"deadline"_s, u"--from"_s, u"2025-02-30"_s, u"--add"_s, u"3wd"_s});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"2025-02-30"_s));
        r = cli({u"deadline"_s, u"--from"_s, u"2025-03-11"_s, u"--add"_s, u"3weeks"_s});
        QCOMPARE(r.code, 2);
    }

    void katoCheck()
    {
        QCOMPARE(cli({u"kato"_s, u"check"_s, u"711210000"_s}).code, 0);
        const Run bad = cli({u"kato"_s, u"check"_s, u"12345"_s});
        QCOMPARE(bad.code, 1);
        QVERIFY(bad.out.contains(u"9"_s));
    }

    void initImportExport_data() { ARMCPG_BACKEND_DATA(); }
    void initImportExport()
    {
        QFETCH(int, backend);
        TestDatabase t{TestDatabase::Backend(backend), false}; // an empty database: init creates everything
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        const QString db = t.url();
        Run r = cli({u"init"_s, u"--demo"_s, u"--db"_s, db, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QCOMPARE(r.json()[u"demoUsers"_s].toArray().size(), 5);
        QCOMPARE(cli({u"card"_s, u"list"_s, u"--json"_s, u"--db"_s, db}).json()[u"count"_s].toInt(), 60); // the demo journal
        QVERIFY(r.json()[u"schemaVersion"_s].toInt() >= 1);
        QCOMPARE(cli({u"migrate"_s, u"--db"_s, db}).code, 0);

        // Known KATO code in the database, and one of a non-existent district.
        QCOMPARE(cli({u"kato"_s, u"check"_s, u"711200000"_s, u"--db"_s, db}).code, 0); // район Есиль, Астана
        QCOMPARE(cli({u"kato"_s, u"check"_s, u"719900000"_s, u"--db"_s, db}).code, 1);

        // Export, then import a file with bad rows: each reported by line, nothing imported.
        r = cli({u"directory"_s, u"export"_s, u"social_status"_s, u"--db"_s, db});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(u"code,parent,name_kk,name_ru"_s));
        QTemporaryDir dir;
        const QString bad = dir.filePath(u"bad.csv"_s);
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("code,parent,name_kk,name_ru\nnew1,,Жаңа,Новый\nnew2,,Жаңа2,\nnew3,,Жаңа3,Новый3,extra\n");
        f.close();
        r = cli({u"directory"_s, u"import"_s, u"social_status"_s, bad, u"--db"_s, db});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"line 3"_s) && r.err.contains(u"line 4"_s), qPrintable(r.err));
        r = cli({u"directory"_s, u"export"_s, u"social_status"_s, u"--db"_s, db});
        QVERIFY(!r.out.contains(u"new1"_s));
        // A good file imports.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("code,parent,name_kk,name_ru\nnew1,,Жаңа,Новый\n");
        f.close();
        r = cli({u"directory"_s, u"import"_s, u"social_status"_s, bad, u"--db"_s, db, u"--json"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json()[u"result"_s][u"inserted"_s].toInt(), 1);
        QVERIFY(cli({u"directory"_s, u"export"_s, u"social_status"_s, u"--db"_s, db}).out.contains(u"new1,,Жаңа,Новый"_s));
    }

    void init_severalProcessesAtOnceOnANewDatabase_data() { ARMCPG_BACKEND_DATA(); }
    void init_severalProcessesAtOnceOnANewDatabase()
    {
        // Kiosk, board and desk may all start first on a new database: one seeds, the others find it seeded.
        QFETCH(int, backend);
        TestDatabase t{TestDatabase::Backend(backend), false};
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        QList<QProcess*> processes;
        for (int i = 0; i < 4; ++i) {
            auto* p = new QProcess(this);
            p->start(QStringLiteral(ARMCPG_CLI_PATH), {u"init"_s, u"--db"_s, t.url(), u"--json"_s});
            processes << p;
        }
        int entries = -1;
        for (QProcess* p : processes) {
            QVERIFY(p->waitForFinished(120000));
            const QString err = QString::fromUtf8(p->readAllStandardError());
            QVERIFY2(p->exitCode() == 0, qPrintable(err));
            int n = 0;
            for (const QJsonValue& k : QJsonDocument::fromJson(p->readAllStandardOutput())[u"directories"_s].toArray())
                n += k[u"entries"_s].toInt();
            QVERIFY(entries < 0 || n == entries);
            entries = n;
        }
        QVERIFY(entries > 500);
        qDeleteAll(processes);
    }

    void cards_addShowListRoundTrip_data() { ARMCPG_BACKEND_DATA(); }
    void cards_addShowListRoundTrip()
    {
        QFETCH(int, backend);
        TestDatabase t{TestDatabase::Backend(backend), false};
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        const QString db = t.url();
        // No demo journal, so that the counts below are exact; the device belongs to the GP's ЦПГ.
        QCOMPARE(cli({u"init"_s, u"--organisation"_s, u"CPG"_s, u"--db"_s, db}).code, 0);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"card.json"_s);
        const QJsonObject input{{u"iin"_s, u"061211600012"_s}, {u"surname"_s, u"Сәрсенбаева"_s}, {u"given_name"_s, u"Гүлнар"_s},
                                {u"patronymic"_s, u"Ерланқызы"_s}, {u"social_status_code"_s, u"worker"_s},
                                {u"reception_date"_s, u"2026-11-20"_s}, {u"reception_time"_s, u"10:30"_s},
                                {u"place_kato"_s, u"711200000"_s}, {u"place_addressee"_s, u"ЦПГ"_s},
                                {u"official_name"_s, u"Ким В.А."_s}, {u"secretary"_s, u"Иванова О.П."_s},
                                {u"present"_s, u"—"_s}, {u"written_appeal_accepted"_s, true}};
        auto write = [&](const QJsonObject& o) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QJsonDocument(o).toJson());
        };
        write(input);
        Run r = cli({u"card"_s, u"add"_s, u"--json"_s, path, u"--db"_s, db});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        const QString number = r.json()[u"number"_s].toString();
        QVERIFY(!number.isEmpty());
        QCOMPARE(r.json()[u"birth_date"_s].toString(), u"2006-12-11"_s); // filled from the IIN

        // The JSON that `card show` prints is what `card add` reads: a second card with the same values.
        r = cli({u"card"_s, u"show"_s, number, u"--json"_s, u"--db"_s, db});
        QCOMPARE(r.code, 0);
        QJsonObject shown = r.json();
        QCOMPARE(shown[u"surname"_s].toString(), u"Сәрсенбаева"_s);
        write(shown);
        r = cli({u"card"_s, u"add"_s, u"--json"_s, path, u"--db"_s, db});
        QCOMPARE(r.code, 0);
        QVERIFY(r.json()[u"number"_s].toString() != number);
        for (const QString& key : shown.keys()) {
            if (key != u"id" && key != u"number" && key != u"version")
                QCOMPARE(r.json()[key], shown[key]);
        }
        r = cli({u"card"_s, u"list"_s, u"--from"_s, u"2026-11-01"_s, u"--to"_s, u"2026-11-30"_s, u"--json"_s, u"--db"_s, db});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json()[u"count"_s].toInt(), 2);
        QCOMPARE(cli({u"card"_s, u"list"_s, u"--from"_s, u"2026-12-01"_s, u"--json"_s, u"--db"_s, db}).json()[u"count"_s].toInt(), 0);
        r = cli({u"card"_s, u"show"_s, number, u"--db"_s, db});
        QVERIFY(r.out.contains(u"11. Фамилия: Сәрсенбаева"_s));
        QVERIFY(r.out.contains(u"ЖҚ-"_s)); // the appeal registered from the reception

        // Bad input: named, exit 1, nothing added.
        QJsonObject bad = input;
        bad[u"iin"_s] = u"900101300001"_s;
        bad[u"reception_date"_s] = u"2026-02-30"_s;
        write(bad);
        r = cli({u"card"_s, u"add"_s, u"--json"_s, path, u"--db"_s, db});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(u"2026-02-30"_s), qPrintable(r.out));
        QCOMPARE(cli({u"card"_s, u"list"_s, u"--json"_s, u"--db"_s, db}).json()[u"count"_s].toInt(), 2);
        QCOMPARE(cli({u"card"_s, u"show"_s, u"NOPE-1"_s, u"--db"_s, db}).code, 1);
    }

    void badDatabaseAddress()
    {
        const Run r = cli({u"migrate"_s, u"--db"_s, u"postgresql://"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"postgresql"_s));
    }

    // The administrator's commands for the centre and a laptop's scheduled sync, with the sync process killed
    // (SIGKILL) at random moments ten times before it is let finish: every card arrives exactly once.
    void serverDeviceAndSync_survivesKilledProcesses()
    {
        if (!TestDatabase::postgresAvailable() && !TestDatabase::postgresRequired())
            QSKIP("no PostgreSQL (ARMCPG_TEST_PG)");
        TestDatabase centre(TestDatabase::Backend::Postgres, false);
        QVERIFY2(centre.isValid(), qPrintable(centre.error()));
        Run r = cli({u"server"_s, u"init"_s, u"--db"_s, centre.url(), u"--json"_s});
        QVERIFY2(r.code == 0 && r.json()[u"ok"_s].toBool(), qPrintable(r.err + r.out));
        QCOMPARE(cli({u"server"_s, u"migrate"_s, u"--db"_s, centre.url()}).code, 0);
        QCOMPARE(cli({u"server"_s, u"init"_s, u"--db"_s, u"/tmp/laptop.sqlite"_s}).code, 2); // not PostgreSQL

        QTemporaryDir dir;
        const QString laptop = dir.filePath(u"laptop.sqlite"_s);
        r = cli({u"init"_s, u"--demo"_s, u"--organisation"_s, u"CPG"_s, u"--db"_s, laptop, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QString device = r.json()[u"device"_s].toString();
        // Not registered yet: refused, naming the device.
        const QString address = centre.url();
        r = cli({u"sync"_s, u"--db"_s, laptop, u"--server"_s, address});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(device), qPrintable(r.err));

        r = cli({u"server"_s, u"device"_s, u"add"_s, u"--device"_s, device, u"--organisation"_s, u"CPG"_s, u"--name"_s,
                 u"СИЗО-1 ноутбук"_s, u"--db"_s, centre.url(), u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString role = r.json()[u"role"_s].toString();
        const QString password = r.json()[u"password"_s].toString();
        QVERIFY(role.startsWith(u"armcpg_device_"_s) && password.size() >= 20);
        r = cli({u"server"_s, u"device"_s, u"list"_s, u"--db"_s, centre.url(), u"--json"_s});
        QCOMPARE(r.json()[u"devices"_s].toArray().size(), 1);
        QCOMPARE(r.json()[u"devices"_s].toArray()[0][u"name"_s].toString(), u"СИЗО-1 ноутбук"_s);

        // The laptop signs in as its own role.
        QString asDevice = address;
        asDevice.replace(u"://"_s + address.section(u"://"_s, 1).section(u'@', 0, 0) + u'@', u"://"_s + role + u'@');
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PGPASSWORD"_s, password);
        QRandomGenerator random(7);
        int killed = 0;
        for (int i = 0; i < 10; ++i) {
            QProcess sync;
            sync.setProcessEnvironment(env);
            sync.start(QStringLiteral(ARMCPG_CLI_PATH), {u"sync"_s, u"--db"_s, laptop, u"--server"_s, asDevice, u"--batch"_s, u"3"_s});
            QVERIFY(sync.waitForStarted());
            QTest::qWait(40 + int(random.bounded(200u)));
            if (sync.state() == QProcess::Running) {
                sync.kill(); // SIGKILL: no cleanup of any kind
                ++killed;
            }
            sync.waitForFinished();
        }
        QVERIFY(killed > 0);
        QProcess last;
        last.setProcessEnvironment(env);
        last.start(QStringLiteral(ARMCPG_CLI_PATH), {u"sync"_s, u"--db"_s, laptop, u"--server"_s, asDevice, u"--json"_s});
        QVERIFY(last.waitForFinished(120000));
        const QByteArray out = last.readAllStandardOutput();
        const QJsonObject summary = QJsonDocument::fromJson(out).object();
        QVERIFY2(summary[u"ok"_s].toBool(), qPrintable(QString::fromUtf8(out + last.readAllStandardError())));
        QVERIFY(summary.contains(u"pushed"_s) && summary.contains(u"pulled"_s) && summary.contains(u"conflicts"_s));
        // Sixty demo cards, each once at the centre.
        auto db = centre.openAnother();
        QSqlQuery q = db->prepare(u"SELECT COUNT(*), COUNT(DISTINCT number) FROM reception_card WHERE origin_device = ?"_s);
        q.addBindValue(device);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 60);
        QCOMPARE(q.value(1).toInt(), 60);
        r = cli({u"server"_s, u"device"_s, u"deactivate"_s, u"--device"_s, device, u"--db"_s, centre.url()});
        QCOMPARE(r.code, 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
