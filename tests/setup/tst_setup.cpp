// First start and `init --demo`: the built-in directories, the calendar and the demo users, on SQLite and
// PostgreSQL; initialising twice changes nothing.
#include "TestDatabase.h"

#include "calendar/CalendarService.h"
#include "directory/DirectoryRepository.h"
#include "security/UserService.h"
#include "setup/DeviceService.h"
#include "setup/Setup.h"

#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

class TestSetup : public QObject
{
    Q_OBJECT

    static int count(Database* db, const QString& table)
    {
        QSqlQuery q(db->sql());
        return q.exec(u"SELECT COUNT(*) FROM %1"_s.arg(table)) && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void initialiseDemo_seedsEverythingOnce_data() { ARMCPG_BACKEND_DATA(); }
    void initialiseDemo_seedsEverythingOnce()
    {
        ARMCPG_OPEN_BACKEND(t);
        Problems problems;
        QVERIFY(!Setup::isInitialised(*t.db()));
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        QVERIFY(Setup::isInitialised(*t.db()));

        DirectoryRepository directories(*t.db());
        for (const QString& kind : {u"org_type"_s, u"organisation"_s, u"position"_s, u"social_status"_s, u"nationality"_s,
                                    u"citizenship"_s, u"topic"_s, u"reception_decision"_s, u"age_group"_s,
                                    u"protocol_language"_s, u"facility_type"_s, u"appeal_kind"_s,
                                    u"priority_category"_s, u"kato"_s})
            QVERIFY2(directories.count(kind) > 0, qPrintable(kind));
        QVERIFY(directories.count(u"citizenship"_s) >= 250);
        QCOMPARE(directories.entry(u"citizenship"_s, u"KZ"_s)->nameKk, u"Қазақстан"_s);
        QVERIFY(directories.exists(u"kato"_s, u"710000000"_s));
        QVERIFY(directories.exists(u"organisation"_s, u"GP"_s));
        for (const QString& decision : {u"7"_s, u"8"_s, u"9"_s}) { // 1-ОЛ columns of LP1-25 decisions
            bool found = false;
            for (const DirectoryEntry& e : directories.entries(u"reception_decision"_s))
                found = found || e.attributes.value(u"report_column"_s) == decision;
            QVERIFY2(found, qPrintable(decision));
        }

        // The calendar in the database is the shipped one.
        const WorkCalendar stored = CalendarService(*t.db()).load();
        const WorkCalendar builtin = WorkCalendar::builtin();
        for (int year : {2024, 2025, 2026}) {
            QVERIFY(stored.isConfirmed(year));
            QCOMPARE(stored.daysOff(year).size(), builtin.daysOff(year).size());
            for (int i = 0; i < builtin.daysOff(year).size(); ++i)
                QCOMPARE(stored.daysOff(year)[i].date, builtin.daysOff(year)[i].date);
        }
        QVERIFY(!stored.isConfirmed(2027));

        // Demo users sign in with the documented passwords; the device belongs to an organisation.
        UserService users(*t.db());
        for (const Setup::DemoUser& u : Setup::demoUsers())
            QVERIFY2(users.signIn(QString::fromUtf8(u.login), QString::fromUtf8(u.password), &problems),
                     qPrintable(describe(problems)));
        QVERIFY(directories.exists(u"organisation"_s, t->organisationCode()));

        // Idempotent: a second run adds nothing and writes nothing.
        const int audit = count(t.db(), u"audit_event"_s);
        const int entries = count(t.db(), u"directory_entry"_s);
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        QCOMPARE(count(t.db(), u"directory_entry"_s), entries);
        QCOMPARE(count(t.db(), u"audit_event"_s), audit);
    }

    void calendarEdits_areStoredAndUsed_data() { ARMCPG_BACKEND_DATA(); }
    void calendarEdits_areStoredAndUsed()
    {
        ARMCPG_OPEN_BACKEND(t);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), false, &problems), qPrintable(describe(problems)));
        CalendarService calendar(*t.db());
        const Session admin = Session::program(u"test"_s);
        // 2027 has no data: it falls back to the rule and is not confirmed; entering Kurban Ait makes it data.
        QVERIFY(!calendar.load().hasYearData(2027));
        const CalendarEntry kurban{QDate(2027, 5, 17), CalendarEntry::Kind::ReligiousHoliday, u"Құрбан айт"_s,
                                   u"Курбан айт"_s, u"Kurban Ait"_s, u"test"_s};
        QVERIFY2(calendar.setEntry(admin, kurban, &problems), qPrintable(describe(problems)));
        WorkCalendar loaded = calendar.load();
        QVERIFY(loaded.hasYearData(2027));
        QVERIFY(!loaded.isConfirmed(2027));
        QVERIFY(loaded.isDayOff(QDate(2027, 5, 17)));
        // The year started from the rule: its fixed-date holidays are still days off (Fri 1 January, Mon 22 March).
        QVERIFY(loaded.isDayOff(QDate(2027, 1, 1)));
        QVERIFY(loaded.isDayOff(QDate(2027, 3, 22)));
        QCOMPARE(loaded.entries(2027).size(), calendar.load().ruleHolidays().size() + 1);
        QVERIFY(calendar.setYearConfirmed(admin, 2027, true, u"decree"_s, &problems));
        QVERIFY(calendar.load().isConfirmed(2027));
        // Saving the same entry again writes nothing (no new version, audit event or outbox row).
        const int audit = count(t.db(), u"audit_event"_s);
        QVERIFY(calendar.setEntry(admin, kurban, &problems));
        QCOMPARE(count(t.db(), u"audit_event"_s), audit);
        // Confirming a year without data starts it from the rule: its fixed holidays stay days off.
        QVERIFY(calendar.setYearConfirmed(admin, 2029, true, u"decree"_s, &problems));
        QVERIFY(calendar.load().isConfirmed(2029));
        QVERIFY(calendar.load().isDayOff(QDate(2029, 1, 1)));
        QVERIFY(calendar.load().isDayOff(QDate(2029, 3, 8)));
        // A weekday cannot be made a working day; a Saturday can.
        QVERIFY(!calendar.setEntry(admin, {QDate(2027, 5, 18), CalendarEntry::Kind::DecreeWorkingDay, {}, u"x"_s, {}, {}},
                                   &problems));
        QCOMPARE(problems.last().field, u"kind"_s);
        QVERIFY(calendar.removeEntry(admin, QDate(2027, 5, 17), CalendarEntry::Kind::ReligiousHoliday, &problems));
        QVERIFY(!calendar.load().isDayOff(QDate(2027, 5, 17)));
        // Only administrators change the calendar.
        QVERIFY(!calendar.setEntry(Session(), kurban, &problems));
        QCOMPARE(problems.last().field, u"permission"_s);
    }

    void deviceIdentity_changedByAdministratorAndAudited_data() { ARMCPG_BACKEND_DATA(); }
    void deviceIdentity_changedByAdministratorAndAudited()
    {
        ARMCPG_OPEN_BACKEND(t);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), false, &problems), qPrintable(describe(problems)));
        DeviceService devices(*t.db());
        const QString newId = u"0190a6c2-5f1e-7b3a-9c4d-2e8f6a1b3c5d"_s;
        QVERIFY(!devices.change(Session(), newId, u"P71"_s, &problems));
        QCOMPARE(problems.last().field, u"permission"_s);
        problems.clear();
        QVERIFY(!devices.change(Session::program(u"test"_s), u"laptop-7"_s, u"NOPE"_s, &problems));
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems[0].field, u"device id"_s);
        QCOMPARE(problems[1].field, u"organisation"_s);
        problems.clear();
        QVERIFY2(devices.change(Session::program(u"admin"_s), newId, u"P71"_s, &problems), qPrintable(describe(problems)));
        QCOMPARE(t->deviceId(), newId);
        QCOMPARE(t->organisationCode(), u"P71"_s);
        QSqlQuery q(t->sql());
        QVERIFY(q.exec(u"SELECT changes, user_login FROM audit_event WHERE entity = 'device'"_s) && q.next());
        QVERIFY(q.value(0).toString().contains(u"P71"_s));
        QCOMPARE(q.value(1).toString(), u"admin"_s);
        if (t->isSqlite()) { // the identity travels with the file
            auto other = t.openAnother();
            QCOMPARE(other->deviceId(), newId);
        }
    }
};

QTEST_GUILESS_MAIN(TestSetup)
#include "tst_setup.moc"
