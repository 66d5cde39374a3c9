// Reception schedules on the real shipped calendar (rules-000 §4.2): the days a line receives, conflicts (the same
// official twice at once, hours outside 9:00–18:30 R-4, a schedule day that is a day off) and frequency (R-15,
// No database: ScheduleCheck works on lines already read.
//
// Weekday days off used below: 2025: Mar 10 (8 March moved), Mar 21, 24, 25 (Nauryz); May 1, 7, 9.
#include "schedule/ScheduleCheck.h"

#include <QtTest>

using namespace armcpg;
using namespace Qt::StringLiterals;

namespace {

ScheduleEntry weekly(const QString& name, const QString& position, int weekday, QTime from, QTime to,
                     int weekOfMonth = 0, QDate validFrom = QDate(2025, 1, 1), QDate validTo = {})
{
    ScheduleEntry e;
    e.id = name + u'/' + QString::number(weekday) + u'/' + from.toString(u"HHmm"_s) + u'/'
           + QString::number(weekOfMonth);
    e.officialName = name;
    e.positionCode = position;
    e.weekday = weekday;
    e.weekOfMonth = weekOfMonth;
    e.validFrom = validFrom;
    e.validTo = validTo;
    e.startsAt = from;
    e.endsAt = to;
    e.placeRu = u"каб. 101"_s;
    return e;
}

ScheduleEntry dated(const QString& name, const QString& position, QDate date, QTime from, QTime to)
{
    ScheduleEntry e = weekly(name, position, 0, from, to);
    e.id = name + u'/' + date.toString(Qt::ISODate) + u'/' + from.toString(u"HHmm"_s);
    e.weekday = 0;
    e.date = date;
    e.validFrom = {};
    return e;
}

ScheduleEntry duty(const QString& name, int weekOfMonth, const QString& facility)
{
    ScheduleEntry e = weekly(name, u"duty_prosecutor"_s, 3, QTime(10, 0), QTime(12, 0), weekOfMonth);
    e.kind = ScheduleEntry::Kind::DutyFacility;
    e.facilityTypeCode = u"ivs"_s;
    e.facilityName = facility;
    return e;
}

// The levels as the directories give them for these positions (ReceptionLevels::classify).
ReceptionLevel levelOf(const ScheduleEntry& e)
{
    return ReceptionLevels::classify(e.positionCode, u"gpo"_s, u"central"_s);
}

QList<ScheduleIssue> ofKind(const QList<ScheduleIssue>& issues, ScheduleIssue::Kind kind)
{
    QList<ScheduleIssue> result;
    for (const ScheduleIssue& i : issues) {
        if (i.kind == kind)
            result.append(i);
    }
    return result;
}

} // namespace

class TestScheduleCheck : public QObject
{
    Q_OBJECT

    ScheduleCheck check{WorkCalendar::builtin()};

private slots:
    // receptions on working days; a Monday line in March 2025 skips Mar 10 (8 March moved) and Mar 24 (Nauryz).
    void occurrences_skipDaysOff_R4()
    {
        const ScheduleEntry monday = weekly(u"Асқаров"_s, u"regional_prosecutor"_s, 1, QTime(10, 0), QTime(13, 0));
        QCOMPARE(check.occurrences(monday, QDate(2025, 3, 1), QDate(2025, 3, 31)),
                 (QList<QDate>{QDate(2025, 3, 3), QDate(2025, 3, 17), QDate(2025, 3, 31)}));
        // The validity period bounds it.
        const ScheduleEntry bounded = weekly(u"Асқаров"_s, u"regional_prosecutor"_s, 1, QTime(10, 0), QTime(13, 0), 0,
                                             QDate(2025, 3, 4), QDate(2025, 3, 30));
        QCOMPARE(check.occurrences(bounded, QDate(2025, 3, 1), QDate(2025, 3, 31)), QList<QDate>{QDate(2025, 3, 17)});
        // The n-th and the last weekday of a month: 3rd Wednesday of April 2025 = 16th, last Friday of May = 30th.
        const ScheduleEntry third = weekly(u"Бас Прокурор"_s, u"prosecutor_general"_s, 3, QTime(10, 0), QTime(13, 0), 3);
        QCOMPARE(check.occurrences(third, QDate(2025, 4, 1), QDate(2025, 5, 31)),
                 (QList<QDate>{QDate(2025, 4, 16), QDate(2025, 5, 21)}));
        const ScheduleEntry last = weekly(u"Бас Прокурор"_s, u"prosecutor_general"_s, 5, QTime(10, 0), QTime(13, 0),
                                          ScheduleEntry::kLastWeekOfMonth);
        QCOMPARE(check.occurrences(last, QDate(2025, 5, 1), QDate(2025, 5, 31)), QList<QDate>{QDate(2025, 5, 30)});
        // A dated line on a day off gives nothing.
        const ScheduleEntry nauryz = dated(u"Асқаров"_s, u"regional_prosecutor"_s, QDate(2025, 3, 21), QTime(10, 0),
                                           QTime(11, 0));
        QVERIFY(check.occurrences(nauryz, QDate(2025, 3, 1), QDate(2025, 3, 31)).isEmpty());
    }

    // 9:00–18:30, and a start before the end.
    void hours_withinNineToHalfPastSix_R4()
    {
        QVERIFY(check.hours(weekly(u"А"_s, u"prosecutor"_s, 1, QTime(9, 0), QTime(18, 30))).isEmpty());
        const auto early = check.hours(weekly(u"А"_s, u"prosecutor"_s, 1, QTime(8, 30), QTime(10, 0)));
        QCOMPARE(early.size(), 1);
        QCOMPARE(early.first().kind, ScheduleIssue::Kind::OutsideHours);
        QCOMPARE(early.first().citation, u"R-4"_s);
        QVERIFY(early.first().message.contains(u"R-4"_s));
        QCOMPARE(check.hours(weekly(u"А"_s, u"prosecutor"_s, 1, QTime(17, 0), QTime(18, 31))).size(), 1);
        QCOMPARE(check.hours(weekly(u"А"_s, u"prosecutor"_s, 1, QTime(12, 0), QTime(11, 0))).size(), 1);
        QCOMPARE(check.hours(weekly(u"А"_s, u"prosecutor"_s, 1, QTime(12, 0), QTime(12, 0))).size(), 1);
        QCOMPARE(check.hours(weekly(u"А"_s, u"prosecutor"_s, 1, QTime(), QTime(12, 0))).size(), 1);
    }

    // The same official twice at once; another official, touching hours, or a day off are no conflict.
    void overlaps_sameOfficialTwiceAtOnce()
    {
        const ScheduleEntry monday = weekly(u"Асқаров Б.Б."_s, u"regional_prosecutor"_s, 1, QTime(10, 0), QTime(12, 0));
        const ScheduleEntry field = dated(u"асқаров  б.б."_s, u"regional_prosecutor"_s, QDate(2025, 3, 17),
                                          QTime(11, 0), QTime(13, 0));
        auto found = check.overlaps(field, {monday});
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().kind, ScheduleIssue::Kind::Overlap);
        QCOMPARE(found.first().date, QDate(2025, 3, 17));
        QCOMPARE(found.first().otherEntryId, monday.id);
        // Weekday against weekday: the first common working day.
        const ScheduleEntry everyOther = weekly(u"Асқаров Б.Б."_s, u"regional_prosecutor"_s, 1, QTime(11, 30),
                                                QTime(12, 30), 2, QDate(2025, 3, 1));
        found = check.overlaps(everyOther, {monday});
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().date, QDate(2025, 4, 14)); // 2nd Monday of March is Mar 10, a day off
        // Touching hours, another official, another weekday, a day off: nothing.
        QVERIFY(check.overlaps(dated(u"Асқаров Б.Б."_s, u"regional_prosecutor"_s, QDate(2025, 3, 17), QTime(12, 0),
                                     QTime(13, 0)),
                               {monday})
                    .isEmpty());
        QVERIFY(check.overlaps(dated(u"Серікова А."_s, u"regional_prosecutor"_s, QDate(2025, 3, 17), QTime(10, 0),
                                     QTime(12, 0)),
                               {monday})
                    .isEmpty());
        QVERIFY(check.overlaps(weekly(u"Асқаров Б.Б."_s, u"regional_prosecutor"_s, 2, QTime(10, 0), QTime(12, 0)),
                               {monday})
                    .isEmpty());
        QVERIFY(check.overlaps(dated(u"Асқаров Б.Б."_s, u"regional_prosecutor"_s, QDate(2025, 3, 24), QTime(10, 0),
                                     QTime(12, 0)),
                               {monday})
                    .isEmpty());
        // The same user id is the same person whatever the spelling of the name.
        ScheduleEntry a = monday, b = field;
        a.officialUserId = b.officialUserId = u"00000000-0000-4000-8000-000000000001"_s;
        b.officialName = u"Б. Асқаров"_s;
        QCOMPARE(check.overlaps(b, {a}).size(), 1);
    }

    // A month's conflicts: schedule days that are days off (Mar 10, Mar 24), overlaps once per pair, bad hours.
    void conflicts_ofAMonth()
    {
        const ScheduleEntry monday = weekly(u"Асқаров"_s, u"regional_prosecutor"_s, 1, QTime(10, 0), QTime(12, 0));
        const ScheduleEntry field = dated(u"Асқаров"_s, u"regional_prosecutor"_s, QDate(2025, 3, 31), QTime(11, 0),
                                          QTime(19, 0));
        const auto issues = check.conflicts({monday, field}, 2025, 3);
        const auto daysOff = ofKind(issues, ScheduleIssue::Kind::DayOff);
        QCOMPARE(daysOff.size(), 2);
        QCOMPARE(daysOff.at(0).date, QDate(2025, 3, 10));
        QCOMPARE(daysOff.at(1).date, QDate(2025, 3, 24));
        QCOMPARE(ofKind(issues, ScheduleIssue::Kind::Overlap).size(), 1);
        QCOMPARE(ofKind(issues, ScheduleIssue::Kind::Overlap).first().date, QDate(2025, 3, 31));
        QCOMPARE(ofKind(issues, ScheduleIssue::Kind::OutsideHours).size(), 1);
        // April: no day off on a Monday, the dated line is elsewhere.
        QVERIFY(check.conflicts({monday, field}, 2025, 4).isEmpty());
    }

    // R-15 (rule R4): the General Prosecutor and deputies at least once a month.
    void frequency_monthly_R15()
    {
        // The second Monday: 2025-03-10 is a day off, so no reception in March; April 14 is fine.
        const ScheduleEntry gp = weekly(u"Бас Прокурор"_s, u"prosecutor_general"_s, 1, QTime(10, 0), QTime(13, 0), 2);
        auto issues = check.frequency({gp}, levelOf, 2025, 3);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().kind, ScheduleIssue::Kind::Frequency);
        QCOMPARE(issues.first().rule, u"R4"_s);
        QCOMPARE(issues.first().citation, u"R-15"_s);
        QVERIFY(issues.first().message.contains(u"R-15"_s));
        QCOMPARE(issues.first().date, QDate(2025, 3, 1));
        QVERIFY(check.frequency({gp}, levelOf, 2025, 4).isEmpty());
        // A dated line in March makes up for it.
        const ScheduleEntry extra = dated(u"Бас Прокурор"_s, u"prosecutor_general"_s, QDate(2025, 3, 12), QTime(10, 0),
                                          QTime(13, 0));
        QVERIFY(check.frequency({gp, extra}, levelOf, 2025, 3).isEmpty());
        // A deputy likewise; a GP subdivision head receives as needed: never warned.
        const ScheduleEntry deputy = weekly(u"Орынбасар"_s, u"deputy_pg"_s, 1, QTime(10, 0), QTime(13, 0), 2);
        QCOMPARE(check.frequency({deputy}, levelOf, 2025, 3).size(), 1);
        const ScheduleEntry head = weekly(u"Департамент"_s, u"head_of_department"_s, 1, QTime(10, 0), QTime(13, 0), 2);
        QVERIFY(check.frequency({head}, levelOf, 2025, 3).isEmpty());
    }

    // R-28 (rule R9): heads of agencies, ГВП, ГТП, oblast prosecutors and deputies at least once a week, in every
    // week that touches the month.
    void frequency_weekly_R28()
    {
        const ScheduleEntry monday = weekly(u"Асқаров"_s, u"regional_prosecutor"_s, 1, QTime(10, 0), QTime(13, 0));
        // March 2025: weeks from Feb 24 to Apr 6; the Mondays Mar 10 and Mar 24 are days off.
        auto issues = check.frequency({monday}, levelOf, 2025, 3);
        QCOMPARE(issues.size(), 2);
        QCOMPARE(issues.at(0).date, QDate(2025, 3, 10));
        QCOMPARE(issues.at(0).until, QDate(2025, 3, 16));
        QCOMPARE(issues.at(1).date, QDate(2025, 3, 24));
        for (const ScheduleIssue& i : std::as_const(issues)) {
            QCOMPARE(i.rule, u"R9"_s);
            QCOMPARE(i.citation, u"R-28"_s);
            QVERIFY(i.message.contains(u"R-28"_s));
        }
        // A reception on Tuesday Mar 11 covers the week of Mar 10.
        const ScheduleEntry tuesday = dated(u"Асқаров"_s, u"regional_prosecutor"_s, QDate(2025, 3, 11), QTime(10, 0),
                                            QTime(13, 0));
        issues = check.frequency({monday, tuesday}, levelOf, 2025, 3);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().date, QDate(2025, 3, 24));
        // A deputy of an agency head and the Chief Military Prosecutor are held to it too.
        QCOMPARE(check.frequency({weekly(u"Д"_s, u"deputy_agency_head"_s, 1, QTime(10, 0), QTime(11, 0))}, levelOf, 2025, 3)
                     .size(),
                 2);
        QCOMPARE(check.frequency({weekly(u"Ә"_s, u"chief_military_prosecutor"_s, 1, QTime(10, 0), QTime(11, 0))}, levelOf,
                                 2025, 3)
                     .size(),
                 2);
    }

    // R-40 (rule R12): every detention facility on the schedule has a duty prosecutor's reception at least weekly,
    // whoever holds it.
    void frequency_dutyFacilitiesWeekly_R40()
    {
        // Two duty prosecutors share an ИВС: the 1st and 3rd, the 2nd and 4th Wednesdays of the month. April 2025:
        // Apr 2, 16 and 9, 23; the 5th Wednesday, Apr 30, is nobody's, and its week Apr 28 – May 4 has working days.
        const ScheduleEntry a1 = duty(u"Төлеуов"_s, 1, u"ИВС ДП г. Астаны"_s);
        const ScheduleEntry a3 = duty(u"Төлеуов"_s, 3, u"ИВС ДП г. Астаны"_s);
        const ScheduleEntry b2 = duty(u"Ким"_s, 2, u"ивс дп г. астаны"_s);
        const ScheduleEntry b4 = duty(u"Ким"_s, 4, u"ИВС ДП г. Астаны"_s);
        auto issues = check.frequency({a1, a3, b2, b4}, levelOf, 2025, 4);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().rule, u"R12"_s);
        QCOMPARE(issues.first().citation, u"R-40"_s);
        QCOMPARE(issues.first().facilityName, u"ИВС ДП г. Астаны"_s);
        QCOMPARE(issues.first().date, QDate(2025, 4, 28));
        QVERIFY(issues.first().message.contains(u"R-40"_s));
        // Every Wednesday at another facility: fine; the first facility's gap stays.
        const ScheduleEntry sizo = duty(u"Ким"_s, 0, u"СИЗО ДУИС"_s);
        QCOMPARE(check.frequency({a1, a3, b2, b4, sizo}, levelOf, 2025, 4).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestScheduleCheck)
#include "tst_schedulecheck.moc"
