// Reception schedules stored on SQLite and PostgreSQL (table reception_schedule, migration 0011): drafts kept by the
// reception staff, approval by the head only with the place in both languages, conflicts refused at
// saving (R-4 hours, the same official twice at once, a day off), duty prosecutors' facilities, the days of a
// month and the month's warnings.
#include "TestDatabase.h"

#include "common/Clock.h"
#include "schedule/ScheduleService.h"
#include "security/Session.h"
#include "setup/Setup.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

class TestScheduleService : public QObject
{
    Q_OBJECT

    FixedClock clock{QDateTime(QDate(2025, 3, 3), QTime(7, 0), Qt::UTC)};

    static Session user(const QString& id, const QString& login, QList<Role> roles)
    {
        UserAccount u;
        u.id = id;
        u.login = login;
        u.fullName = login + u" Қайратұлы"_s;
        u.roles = std::move(roles);
        return Session(u);
    }

    Session head = user(u"00000000-0000-4000-8000-0000000000b1"_s, u"head"_s, {Role::Head});
    Session operatorOnly = user(u"00000000-0000-4000-8000-0000000000b2"_s, u"operator"_s, {Role::Operator});
    Session duty = user(u"00000000-0000-4000-8000-0000000000b3"_s, u"duty"_s, {Role::DutyProsecutor});

    static ScheduleEntry oblastMonday()
    {
        ScheduleEntry e;
        e.organisationCode = u"P71"_s;
        e.officialName = u"Асқаров Бауыржан Болатұлы"_s;
        e.positionCode = u"regional_prosecutor"_s;
        e.weekday = 1;
        e.validFrom = QDate(2025, 1, 1);
        e.startsAt = QTime(10, 0);
        e.endsAt = QTime(13, 0);
        e.placeRu = u"г. Астана, пр. Мәңгілік Ел, 14, каб. 101"_s;
        return e;
    }

    static bool mentions(const Problems& problems, const QString& text)
    {
        return describe(problems).contains(text);
    }

private slots:
    // Drafts by the staff, approval by the head with the place in Kazakh and Russian; a changed approved
    // line goes back to draft; every field read back.
    void draftApproveChange_R4_R5_data() { ARMCPG_BACKEND_DATA(); }
    void draftApproveChange_R4_R5()
    {
        ARMCPG_OPEN_BACKEND(t);
        t->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        ScheduleService schedules(*t.db());

        ScheduleEntry e = oblastMonday();
        QVERIFY(!schedules.save(duty, &e, &problems)); // not a keeper of schedules
        QVERIFY(mentions(problems, u"permission"_s));
        problems.clear();
        QVERIFY2(schedules.save(operatorOnly, &e, &problems), qPrintable(describe(problems)));
        QVERIFY(!e.id.isEmpty());
        QCOMPARE(e.status, ScheduleEntry::Status::Draft);

        // Only the head approves; not without the Kazakh place.
        QVERIFY(!schedules.approve(operatorOnly, e.id, &problems));
        problems.clear();
        QVERIFY(!schedules.approve(head, e.id, &problems));
        QVERIFY2(mentions(problems, u"R-5"_s), qPrintable(describe(problems)));
        problems.clear();
        e.placeKk = u"Астана қ., Мәңгілік Ел даңғ., 14, 101 каб."_s;
        QVERIFY2(schedules.save(operatorOnly, &e, &problems), qPrintable(describe(problems)));
        QVERIFY2(schedules.approve(head, e.id, &problems), qPrintable(describe(problems)));
        ScheduleEntry stored = *schedules.load(e.id);
        QCOMPARE(stored.status, ScheduleEntry::Status::Approved);
        QCOMPARE(stored.approvedByLogin, u"head"_s);
        QCOMPARE(stored.approvedByName, u"head Қайратұлы"_s);
        QCOMPARE(stored.approvedBy, head.user().id);
        QCOMPARE(stored.approvedOn, QDate(2025, 3, 3));
        QCOMPARE(stored.organisationCode, u"P71"_s);
        QCOMPARE(stored.officialName, u"Асқаров Бауыржан Болатұлы"_s);
        QCOMPARE(stored.positionCode, u"regional_prosecutor"_s);
        QCOMPARE(stored.weekday, 1);
        QCOMPARE(stored.weekOfMonth, 0);
        QCOMPARE(stored.validFrom, QDate(2025, 1, 1));
        QVERIFY(stored.validTo.isNull());
        QCOMPARE(stored.startsAt, QTime(10, 0));
        QCOMPARE(stored.endsAt, QTime(13, 0));
        QCOMPARE(stored.placeKk, e.placeKk);
        QCOMPARE(stored.placeRu, e.placeRu);
        QCOMPARE(stored.kind, ScheduleEntry::Kind::Regular);
        QVERIFY(!schedules.approve(head, e.id, &problems)); // approved already
        problems.clear();

        // The staff may not touch an approved line; the head's change sends it back to draft.
        stored.endsAt = QTime(14, 0);
        QVERIFY(!schedules.save(operatorOnly, &stored, &problems));
        QVERIFY(!schedules.remove(operatorOnly, stored.id, &problems));
        problems.clear();
        QVERIFY2(schedules.save(head, &stored, &problems), qPrintable(describe(problems)));
        QCOMPARE(stored.status, ScheduleEntry::Status::Draft);
        QVERIFY(stored.approvedOn.isNull());
        QCOMPARE(stored.endsAt, QTime(14, 0));
        // A stale version is refused.
        ScheduleEntry stale = stored;
        stale.version -= 1;
        stale.note = u"ескі"_s;
        QVERIFY(!schedules.save(head, &stale, &problems));
        problems.clear();

        // Approved lines only are posted and open for pre-registration.
        QVERIFY(schedules.occurrences(u"P71"_s, 2025, 3).isEmpty());
        QCOMPARE(schedules.occurrences(u"P71"_s, 2025, 3, false).size(), 3); // Mar 3, 17, 31
        QVERIFY2(schedules.approve(head, stored.id, &problems), qPrintable(describe(problems)));
        const auto days = schedules.occurrences(u"P71"_s, 2025, 3);
        QCOMPARE(days.size(), 3);
        QCOMPARE(days.at(1).date, QDate(2025, 3, 17));
        QCOMPARE(schedules.occurrences(stored.id, QDate(2025, 3, 1), QDate(2025, 3, 31)).size(), 3);

        // Removed by the head: gone from the lists, kept as a tombstone.
        QVERIFY2(schedules.remove(head, stored.id, &problems), qPrintable(describe(problems)));
        QVERIFY(!schedules.load(stored.id));
        QVERIFY(schedules.entries(u"P71"_s).isEmpty());
    }

    // Saving refuses hours outside 9:00–18:30, the same official twice at once, a dated line on a day off, a
    // weekday line on Saturday, and a duty prosecutor's line without its facility.
    void conflictsRefused_R4_R6_data() { ARMCPG_BACKEND_DATA(); }
    void conflictsRefused_R4_R6()
    {
        ARMCPG_OPEN_BACKEND(t);
        t->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        ScheduleService schedules(*t.db());
        ScheduleEntry monday = oblastMonday();
        QVERIFY2(schedules.save(operatorOnly, &monday, &problems), qPrintable(describe(problems)));

        ScheduleEntry late = oblastMonday();
        late.officialName = u"Серікова Алия"_s;
        late.endsAt = QTime(19, 0);
        QVERIFY(!schedules.save(operatorOnly, &late, &problems));
        QVERIFY2(mentions(problems, u"R-4"_s), qPrintable(describe(problems)));
        problems.clear();

        // A field reception of the same official on Monday 2025-03-17 at 12:00 overlaps the office hours.
        ScheduleEntry field = oblastMonday();
        field.kind = ScheduleEntry::Kind::Field;
        field.weekday = 0;
        field.date = QDate(2025, 3, 17);
        field.startsAt = QTime(12, 0);
        field.endsAt = QTime(15, 0);
        field.placeRu = u"Целиноград ауданы, Ақмол а., әкімдік"_s;
        QVERIFY(!schedules.save(operatorOnly, &field, &problems));
        QVERIFY2(mentions(problems, u"17.03.2025"_s), qPrintable(describe(problems)));
        problems.clear();
        field.startsAt = QTime(14, 0);
        QVERIFY2(schedules.save(operatorOnly, &field, &problems), qPrintable(describe(problems)));

        // Nauryz: Fri 2025-03-21 is a day off.
        ScheduleEntry holiday = field;
        holiday.id.clear();
        holiday.date = QDate(2025, 3, 21);
        QVERIFY(!schedules.save(operatorOnly, &holiday, &problems));
        QVERIFY2(mentions(problems, u"R-4"_s) && mentions(problems, u"21.03.2025"_s), qPrintable(describe(problems)));
        problems.clear();
        ScheduleEntry saturday = oblastMonday();
        saturday.weekday = 6;
        QVERIFY(!schedules.save(operatorOnly, &saturday, &problems));
        problems.clear();

        // a duty prosecutor's line names its facility; a facility type without duty receptions is refused.
        ScheduleEntry ivs = oblastMonday();
        ivs.kind = ScheduleEntry::Kind::DutyFacility;
        ivs.officialName = u"Төлеуов Нұрлан"_s;
        ivs.positionCode = u"duty_prosecutor"_s;
        ivs.weekday = 3;
        QVERIFY(!schedules.save(operatorOnly, &ivs, &problems));
        QVERIFY2(mentions(problems, u"R-6"_s), qPrintable(describe(problems)));
        problems.clear();
        ivs.facilityTypeCode = u"compulsory_measures"_s;
        ivs.facilityName = u"Мекеме"_s;
        QVERIFY(!schedules.save(operatorOnly, &ivs, &problems));
        problems.clear();
        ivs.facilityTypeCode = u"ivs"_s;
        ivs.facilityName = u"ИВС ДП г. Астаны"_s;
        QVERIFY2(schedules.save(operatorOnly, &ivs, &problems), qPrintable(describe(problems)));
        const ScheduleEntry stored = *schedules.load(ivs.id);
        QCOMPARE(stored.kind, ScheduleEntry::Kind::DutyFacility);
        QCOMPARE(stored.facilityTypeCode, u"ivs"_s);
        QCOMPARE(stored.facilityName, u"ИВС ДП г. Астаны"_s);

        // The month's conflicts: the Monday line falls on the days off Mar 10 and Mar 24.
        const auto conflicts = schedules.conflicts(u"P71"_s, 2025, 3);
        QStringList days;
        for (const ScheduleIssue& i : conflicts) {
            QCOMPARE(i.kind, ScheduleIssue::Kind::DayOff);
            days << i.date.toString(Qt::ISODate);
        }
        QCOMPARE(days, (QStringList{u"2025-03-10"_s, u"2025-03-24"_s}));

        // The month's warnings: the oblast prosecutor misses the weeks of Mar 10 (the field reception on the 17th
        // is another week) and Mar 24; the ИВС has a reception every week.
        const auto warnings = schedules.frequencyWarnings(u"P71"_s, 2025, 3);
        QCOMPARE(warnings.size(), 2);
        QCOMPARE(warnings.at(0).citation, u"R-28"_s);
        QCOMPARE(warnings.at(0).date, QDate(2025, 3, 10));
        QCOMPARE(warnings.at(1).date, QDate(2025, 3, 24));
    }
};

QTEST_GUILESS_MAIN(TestScheduleService)
#include "tst_scheduleservice.moc"
