// armcpg-cli appeal register | show | list as a user runs them, on SQLite and PostgreSQL: the number printed, the
// JSON of show with the term and the steps, the lists as of a day (I-53 control, I-68 overdue by the sending date),
// exit codes 0/1/2 and problems naming the field; init --demo fills every list.
#include "CliRun.h"
#include "TestDatabase.h"

#include "appeal/AppealDeadline.h"
#include "appeal/AppealService.h"
#include "calendar/CalendarService.h"
#include "deadline/DeadlineRule.h"
#include "security/Session.h"
#include "storage/WriteTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

class TestAppealCli : public QObject
{
    Q_OBJECT

    using Run = CliRun;

    static QString write(QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return path;
    }

    static QStringList numbers(const QJsonObject& list)
    {
        QStringList result;
        for (const QJsonValue& a : list[u"appeals"_s].toArray())
            result << a[u"number"_s].toString();
        return result;
    }

private slots:
    void registerShowList_endToEnd_data() { ARMCPG_BACKEND_DATA(); }
    void registerShowList_endToEnd()
    {
        QFETCH(int, backend);
        TestDatabase t{TestDatabase::Backend(backend), false};
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        const QString db = t.url();
        QCOMPARE(cli({u"init"_s, u"--organisation"_s, u"CPG"_s, u"--db"_s, db}).code, 0);
        const std::unique_ptr<Database> own = t.openAnother(); // migrated and seeded by the CLI now
        QVERIFY2(own, qPrintable(t.error()));
        QTemporaryDir dir;
        // Received five days ago (the CLI runs on the real clock): 15 working days (D15) end two weeks or more
        // ahead. Kazakh and Russian text.
        const QDate received = QDate::currentDate().addDays(-5);
        const QJsonObject input{{u"received_on"_s, received.toString(Qt::ISODate)},
                                {u"kind_code"_s, u"statement"_s},
                                {u"regime_code"_s, u"appk_administrative"_s},
                                {u"form_code"_s, u"paper"_s},
                                {u"channel_code"_s, u"paper"_s},
                                {u"applicant_name"_s, u"Сәрсенбаева Гүлнар Әбілқызы"_s},
                                {u"co_applicants"_s, QJsonArray{u"Петров Игорь Васильевич"_s}},
                                {u"essence"_s, u"Жер учаскесін заңсыз алып қою туралы / о незаконном изъятии участка"_s},
                                {u"language"_s, u"kk"_s}};
        const QString file = write(dir, u"appeal.json"_s, QJsonDocument(input).toJson());
        Run r = cli({u"appeal"_s, u"register"_s, u"--json"_s, file, u"--db"_s, db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString number = r.out.trimmed();
        QVERIFY2(number.startsWith(u"ЖҚ-CPG-"_s), qPrintable(number));

        // show: the same JSON plus the term (the main term of D15 until AppealTerms stores the one in force).
        r = cli({u"appeal"_s, u"show"_s, number, u"--json"_s, u"--db"_s, db});
        QCOMPARE(r.code, 0);
        QJsonObject shown = r.json();
        QCOMPARE(shown[u"number"_s].toString(), number);
        QCOMPARE(shown[u"applicant_name"_s].toString(), input[u"applicant_name"_s].toString());
        QCOMPARE(shown[u"essence"_s].toString(), input[u"essence"_s].toString());
        QCOMPARE(shown[u"co_applicants"_s].toArray(), input[u"co_applicants"_s].toArray());
        QCOMPARE(shown[u"received_on"_s].toString(), received.toString(Qt::ISODate));
        Problems problems;
        const DeadlineRuleSet rules = DeadlineRuleSet::builtin(&problems);
        const DeadlineCalculator calculator(CalendarService(*own).load());
        Appeal a = *AppealService(*own).byNumber(number);
        const AppealTerm term = AppealDeadline(calculator, rules).term(a, QDate::currentDate());
        QJsonObject termJson = shown[u"term"_s].toObject();
        QCOMPARE(termJson[u"rule"_s].toString(), u"D15"_s);
        QCOMPARE(termJson[u"due_on"_s].toString(), term.due.toString(Qt::ISODate));
        QCOMPARE(termJson[u"days_left"_s].toInt(), int(QDate::currentDate().daysTo(term.due)));
        QCOMPARE(shown[u"steps"_s].toArray().size(), 0);

        // The term in force stored, control taken (I-53): the steps and the lists show it.
        {
            WriteTransaction tx(*own, Session::program(u"test"_s).actor());
            QVERIFY(tx.update(u"appeal"_s, a.id, {{u"due_on"_s, term.due}}) && tx.commit());
        }
        QVERIFY2(AppealService(*own).takeOnControl(Session::program(u"test"_s), a.id, &problems),
                 qPrintable(describe(problems)));
        r = cli({u"appeal"_s, u"show"_s, number, u"--json"_s, u"--db"_s, db});
        QCOMPARE(r.json()[u"steps"_s].toArray().size(), 1);
        QCOMPARE(r.json()[u"steps"_s].toArray().first()[u"kind"_s].toString(), u"control_taken"_s);
        QCOMPARE(r.json()[u"control_by_login"_s].toString(), u"test"_s);

        r = cli({u"appeal"_s, u"list"_s, u"--control"_s, u"--json"_s, u"--db"_s, db});
        QCOMPARE(r.code, 0);
        QCOMPARE(numbers(r.json()), QStringList{number});
        QCOMPARE(r.json()[u"counts"_s].toObject()[u"control"_s].toInt(), 1);
        QVERIFY(term.due > QDate::currentDate().addDays(7));
        QCOMPARE(r.json()[u"appeals"_s].toArray().first()[u"state"_s].toString(), u"on-control"_s);

        // I-68: overdue from the day after the term, not on its last day; --due N counts from --as-of.
        const QString lastDay = term.due.toString(Qt::ISODate), dayAfter = term.due.addDays(1).toString(Qt::ISODate);
        r = cli({u"appeal"_s, u"list"_s, u"--overdue"_s, u"--as-of"_s, lastDay, u"--json"_s, u"--db"_s, db});
        QCOMPARE(numbers(r.json()), QStringList());
        r = cli({u"appeal"_s, u"list"_s, u"--overdue"_s, u"--as-of"_s, dayAfter, u"--json"_s, u"--db"_s, db});
        QCOMPARE(numbers(r.json()), QStringList{number});
        QCOMPARE(r.json()[u"appeals"_s].toArray().first()[u"days_left"_s].toInt(), -1);
        QCOMPARE(r.json()[u"appeals"_s].toArray().first()[u"state"_s].toString(), u"overdue"_s);
        r = cli({u"appeal"_s, u"show"_s, number, u"--as-of"_s, dayAfter, u"--json"_s, u"--db"_s, db});
        QCOMPARE(r.json()[u"term"_s].toObject()[u"overdue"_s].toBool(), true);
        QCOMPARE(r.json()[u"term"_s].toObject()[u"deemed_refused"_s].toBool(), false); // a statement, not a complaint
        r = cli({u"appeal"_s, u"list"_s, u"--due"_s, u"3"_s, u"--as-of"_s, term.due.addDays(-3).toString(Qt::ISODate),
                 u"--json"_s, u"--db"_s, db});
        QCOMPARE(numbers(r.json()), QStringList{number});
        r = cli({u"appeal"_s, u"list"_s, u"--due"_s, u"2"_s, u"--as-of"_s, term.due.addDays(-3).toString(Qt::ISODate),
                 u"--json"_s, u"--db"_s, db});
        QCOMPARE(numbers(r.json()), QStringList());
        r = cli({u"appeal"_s, u"list"_s, u"--mine"_s, u"nobody"_s, u"--db"_s, db});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"--mine"_s), qPrintable(r.err));
        // Human text: the row and the counts.
        r = cli({u"appeal"_s, u"list"_s, u"--as-of"_s, dayAfter, u"--db"_s, db});
        QVERIFY2(r.out.contains(number) && r.out.contains(u"overdue 1"_s), qPrintable(r.out));
        r = cli({u"appeal"_s, u"show"_s, number, u"--db"_s, db});
        QVERIFY2(r.out.contains(u"Сәрсенбаева"_s) && r.out.contains(u"control_taken"_s), qPrintable(r.out));

        // The JSON of show registers a second appeal with the same values and a new number.
        const QString again = write(dir, u"again.json"_s, QJsonDocument(shown).toJson());
        r = cli({u"appeal"_s, u"register"_s, u"--json"_s, again, u"--db"_s, db});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QString second = r.out.trimmed();
        QVERIFY(second.startsWith(u"ЖҚ-CPG-"_s) && second != number);
        r = cli({u"appeal"_s, u"show"_s, second, u"--json"_s, u"--db"_s, db});
        QCOMPARE(r.json()[u"essence"_s].toString(), input[u"essence"_s].toString());
        QCOMPARE(r.json()[u"applicant_name"_s].toString(), input[u"applicant_name"_s].toString());
    }

    void errors_nameTheField_exitCodes()
    {
        TestDatabase t(TestDatabase::Backend::Sqlite, false);
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        const QString db = t.url();
        QCOMPARE(cli({u"init"_s, u"--organisation"_s, u"CPG"_s, u"--db"_s, db}).code, 0);
        QTemporaryDir dir;
        auto registered = [&](const QByteArray& bytes) {
            return cli({u"appeal"_s, u"register"_s, u"--json"_s, write(dir, u"a.json"_s, bytes), u"--db"_s, db, u"--json"_s});
        };
        auto firstField = [](const Run& r) {
            return r.json()[u"problems"_s].toArray().first()[u"field"_s].toString();
        };
        Run r = registered(R"({"received_on": "2026-02-30", "kind_code": "statement"})");
        QCOMPARE(r.code, 1);
        QCOMPARE(firstField(r), u"received_on"_s);
        r = registered(R"({"recieved_on": "2026-02-01"})");
        QCOMPARE(r.code, 1);
        QCOMPARE(firstField(r), u"recieved_on"_s);
        r = registered("{ not json");
        QCOMPARE(r.code, 1);
        QVERIFY(!r.json()[u"problems"_s].toArray().isEmpty());
        // The service's own checks: the essence is required (I-40), the kind must be in the directory.
        r = registered(R"({"received_on": "2026-02-02", "kind_code": "letter", "regime_code": "appk_administrative",
                          "form_code": "paper", "channel_code": "paper", "applicant_name": "Ким"})");
        QCOMPARE(r.code, 1);
        QStringList fields;
        for (const QJsonValue& p : r.json()[u"problems"_s].toArray())
            fields << p[u"field"_s].toString();
        QVERIFY2(fields.contains(AppealService::tr("Kind")) && fields.contains(AppealService::tr("Essence")),
                 qPrintable(fields.join(u", "_s)));

        r = cli({u"appeal"_s, u"show"_s, u"ЖҚ-NONE-1"_s, u"--json"_s, u"--db"_s, db});
        QCOMPARE(r.code, 1);
        QCOMPARE(firstField(r), u"number"_s);
        r = cli({u"appeal"_s, u"list"_s, u"--as-of"_s, u"20.11.2026"_s, u"--db"_s, db});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"--as-of"_s));
        QCOMPARE(cli({u"appeal"_s, u"list"_s, u"--overdue"_s, u"--control"_s, u"--db"_s, db}).code, 2);
        QCOMPARE(cli({u"appeal"_s, u"list"_s, u"--due"_s, u"soon"_s, u"--db"_s, db}).code, 2);
        QCOMPARE(cli({u"appeal"_s, u"archive"_s, u"--db"_s, db}).code, 2);
        QCOMPARE(cli({u"appeal"_s, u"show"_s, u"--db"_s, db}).code, 2);
        QCOMPARE(cli({u"appeal"_s, u"register"_s, u"--db"_s, db}).code, 2);
    }

    // init --demo: a first start finds appeals under every tab (issue 6, item 4).
    void demo_everyListHasAppeals()
    {
        TestDatabase t(TestDatabase::Backend::Sqlite, false);
        const QString db = t.url();
        QCOMPARE(cli({u"init"_s, u"--demo"_s, u"--db"_s, db}).code, 0);
        const Run r = cli({u"appeal"_s, u"list"_s, u"--mine"_s, u"prosecutor"_s, u"--json"_s, u"--db"_s, db});
        QCOMPARE(r.code, 0);
        const QJsonObject counts = r.json()[u"counts"_s].toObject();
        QVERIFY2(counts[u"all"_s].toInt() >= 35, qPrintable(r.out));
        for (const char* list : {"mine", "control", "due", "overdue", "deemed_refused"})
            QVERIFY2(counts[QString::fromLatin1(list)].toInt() > 0, list);
        // Some came from the demo reception cards with the mark (R-51), and stay on control (R-54).
        int fromReception = 0;
        for (const QString& number : numbers(cli({u"appeal"_s, u"list"_s, u"--control"_s, u"--json"_s, u"--db"_s, db}).json())) {
            const QJsonObject shown = cli({u"appeal"_s, u"show"_s, number, u"--json"_s, u"--db"_s, db}).json();
            fromReception += shown[u"from_reception"_s].toBool() && !shown[u"reception_card_id"_s].toString().isEmpty();
        }
        QVERIFY(fromReception >= 4);
        // Added once: a second init --demo adds none.
        QCOMPARE(cli({u"init"_s, u"--demo"_s, u"--db"_s, db}).code, 0);
        QCOMPARE(cli({u"appeal"_s, u"list"_s, u"--json"_s, u"--db"_s, db}).json()[u"counts"_s].toObject()[u"all"_s].toInt(),
                 counts[u"all"_s].toInt());
    }
};

QTEST_GUILESS_MAIN(TestAppealCli)
#include "tst_appealcli.moc"
