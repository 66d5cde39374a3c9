// The working-day calendar (kz-identifiers-and-calendar.md, "Working days"; rules-000 §3.1) on the shipped
// 2024–2026 data.
#include "calendar/WorkCalendar.h"

#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace armcpg;
using namespace Qt::StringLiterals;

namespace {

QList<QDate> dates(int year, std::initializer_list<std::pair<int, int>> monthDays)
{
    QList<QDate> list;
    for (const auto& [month, day] : monthDays)
        list << QDate(year, month, day);
    return list;
}

QList<QDate> weekdayDatesOff(const WorkCalendar& calendar, int year)
{
    QList<QDate> list;
    for (const WorkCalendar::DayOff& d : calendar.daysOff(year))
        list << d.date;
    return list;
}

WorkCalendar::DayOff dayOff(const WorkCalendar& calendar, const QDate& date)
{
    for (const WorkCalendar::DayOff& d : calendar.daysOff(date.year(), true)) {
        if (d.date == date)
            return d;
    }
    return {};
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& utf8)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(utf8);
    return path;
}

} // namespace

class TestWorkCalendar : public QObject
{
    Q_OBJECT

private slots:
    void builtin_loadsWithoutProblems();
    void weekdayDaysOff_data();
    void weekdayDaysOff();
    void reasons_2026_transferChainNauryz();
    void reasons_2025_decreeSwapAndReligious();
    void workingSunday_2025_01_05();
    void religiousNeverTransferred_2024();
    void year2027_withoutData_fallsBackToRule_notConfirmed();
    void includeWeekends();
    void navigation();
    void emptyCalendar_mondayToFriday();
    void setYear_overridesAndDoesNotLeakIntoCopies();
    void setYear_ignoresEntriesOfOtherYears();
    void setRuleHolidays_invalidatesComputedYears();
    void transferCrossesNewYear();
    void decreeOverridesTransfer();
    void kindCodes();
    void concurrentReaders_shareOneCache();
    void readEntriesCsv_badRows_reportLineAndField();
    void readEntriesCsv_missingColumnAndFile();
    void readRuleCsv_badRows();
};

void TestWorkCalendar::builtin_loadsWithoutProblems()
{
    Problems problems;
    const WorkCalendar calendar = WorkCalendar::builtin(&problems);
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    QCOMPARE(calendar.years(), (QList<int>{2024, 2025, 2026}));
    for (int year : {2024, 2025, 2026}) {
        QVERIFY(calendar.hasYearData(year));
        QVERIFY(calendar.isConfirmed(year));
    }
    QCOMPARE(calendar.ruleHolidays().size(), 14); // 1, 2 Jan, 7 Jan, 8 Mar, 21–23 Mar, 1, 7, 9 May, 6 Jul, 30 Aug,
                                                  // 25 Oct, 16 Dec
    QCOMPARE(calendar.entries(2025).size(), 17);  // 14 fixed + Kurban Ait + the two days of the decree swap

    // The files themselves read back cleanly.
    Problems fileProblems;
    QCOMPARE(WorkCalendar::readRuleCsv(u":/calendar/rule.csv"_s, &fileProblems).size(), 14);
    for (int year : {2024, 2025, 2026})
        QVERIFY(!WorkCalendar::readEntriesCsv(u":/calendar/kz-%1.csv"_s.arg(year), &fileProblems).isEmpty());
    QVERIFY2(fileProblems.isEmpty(), qPrintable(describe(fileProblems)));
}

void TestWorkCalendar::weekdayDaysOff_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QList<QDate>>("expected");
    // The lists of "Resulting days off on weekdays" in kz-identifiers-and-calendar.md.
    QTest::newRow("2024 (Jan 7, Kurban Ait Jun 16 on Sundays)") << 2024
                                                                << dates(2024, {{1, 1},
                                                                                {1, 2},
                                                                                {3, 8},
                                                                                {3, 21},
                                                                                {3, 22},
                                                                                {3, 25},
                                                                                {5, 1},
                                                                                {5, 7},
                                                                                {5, 9},
                                                                                {7, 8},
                                                                                {8, 30},
                                                                                {10, 25},
                                                                                {12, 16}});
    QTest::newRow("2025 (decree: Jan 3 off)") << 2025
                                              << dates(2025, {{1, 1},
                                                              {1, 2},
                                                              {1, 3},
                                                              {1, 7},
                                                              {3, 10},
                                                              {3, 21},
                                                              {3, 24},
                                                              {3, 25},
                                                              {5, 1},
                                                              {5, 7},
                                                              {5, 9},
                                                              {6, 6},
                                                              {7, 7},
                                                              {9, 1},
                                                              {10, 27},
                                                              {12, 16}});
    QTest::newRow("2026 (Nauryz chain)") << 2026
                                         << dates(2026, {{1, 1},
                                                         {1, 2},
                                                         {1, 7},
                                                         {3, 9},
                                                         {3, 23},
                                                         {3, 24},
                                                         {3, 25},
                                                         {5, 1},
                                                         {5, 7},
                                                         {5, 11},
                                                         {5, 27},
                                                         {7, 6},
                                                         {8, 31},
                                                         {10, 26},
                                                         {12, 16}});
}

void TestWorkCalendar::weekdayDaysOff()
{
    QFETCH(int, year);
    QFETCH(QList<QDate>, expected);
    const WorkCalendar calendar = WorkCalendar::builtin();
    QCOMPARE(weekdayDatesOff(calendar, year), expected);
    // And day by day: exactly these weekdays are off.
    for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1)) {
        if (d.dayOfWeek() <= 5)
            QCOMPARE(calendar.isDayOff(d), expected.contains(d));
        QCOMPARE(calendar.isWorkingDay(d), !calendar.isDayOff(d));
    }
}

void TestWorkCalendar::reasons_2026_transferChainNauryz()
{
    const WorkCalendar calendar = WorkCalendar::builtin();
    // Nauryz 21 (Sat) and 22 (Sun) move to Tue 24 and Wed 25 because Mon 23 is itself a holiday.
    const WorkCalendar::DayOff mar23 = dayOff(calendar, QDate(2026, 3, 23));
    QCOMPARE(mar23.reason, WorkCalendar::DayOff::Reason::Holiday);
    QCOMPARE(mar23.nameRu, u"Наурыз мейрамы"_s);
    const WorkCalendar::DayOff mar24 = dayOff(calendar, QDate(2026, 3, 24));
    QCOMPARE(mar24.reason, WorkCalendar::DayOff::Reason::Transfer);
    QCOMPARE(mar24.transferredFrom, QDate(2026, 3, 21));
    QCOMPARE(mar24.nameKk, u"Наурыз мейрамы"_s);
    const WorkCalendar::DayOff mar25 = dayOff(calendar, QDate(2026, 3, 25));
    QCOMPARE(mar25.reason, WorkCalendar::DayOff::Reason::Transfer);
    QCOMPARE(mar25.transferredFrom, QDate(2026, 3, 22));
    QVERIFY(calendar.isWorkingDay(QDate(2026, 3, 26)));
    // Other 2026 transfers: 8 Mar (Sun) -> 9 Mar, 9 May (Sat) -> 11 May, 30 Aug (Sun) -> 31 Aug.
    QCOMPARE(dayOff(calendar, QDate(2026, 3, 9)).transferredFrom, QDate(2026, 3, 8));
    QCOMPARE(dayOff(calendar, QDate(2026, 5, 11)).transferredFrom, QDate(2026, 5, 9));
    QCOMPARE(dayOff(calendar, QDate(2026, 5, 11)).nameEn, u"Victory Day"_s);
    QCOMPARE(dayOff(calendar, QDate(2026, 8, 31)).transferredFrom, QDate(2026, 8, 30));
    QCOMPARE(dayOff(calendar, QDate(2026, 5, 27)).reason, WorkCalendar::DayOff::Reason::Religious);
}

void TestWorkCalendar::reasons_2025_decreeSwapAndReligious()
{
    const WorkCalendar calendar = WorkCalendar::builtin();
    const WorkCalendar::DayOff jan3 = dayOff(calendar, QDate(2025, 1, 3));
    QCOMPARE(jan3.reason, WorkCalendar::DayOff::Reason::Decree);
    QVERIFY(!jan3.nameRu.isEmpty());
    QCOMPARE(dayOff(calendar, QDate(2025, 1, 7)).reason, WorkCalendar::DayOff::Reason::Religious);
    QCOMPARE(dayOff(calendar, QDate(2025, 1, 7)).nameEn, u"Orthodox Christmas"_s);
    QCOMPARE(dayOff(calendar, QDate(2025, 6, 6)).nameEn, u"Kurban Ait (first day)"_s);
    // 8 Mar 2025 (Sat): the Saturday itself is listed as the holiday, Monday 10 as its transfer.
    QCOMPARE(dayOff(calendar, QDate(2025, 3, 8)).reason, WorkCalendar::DayOff::Reason::Holiday);
    QCOMPARE(dayOff(calendar, QDate(2025, 3, 10)).reason, WorkCalendar::DayOff::Reason::Transfer);
    // Nauryz 2025: 22 (Sat) -> Mon 24, 23 (Sun) -> Tue 25.
    QCOMPARE(dayOff(calendar, QDate(2025, 3, 24)).transferredFrom, QDate(2025, 3, 22));
    QCOMPARE(dayOff(calendar, QDate(2025, 3, 25)).transferredFrom, QDate(2025, 3, 23));
}

void TestWorkCalendar::workingSunday_2025_01_05()
{
    const WorkCalendar calendar = WorkCalendar::builtin();
    QVERIFY(calendar.isWorkingDay(QDate(2025, 1, 5)));
    QVERIFY(!calendar.isDayOff(QDate(2025, 1, 5)));
    QVERIFY(calendar.isDayOff(QDate(2025, 1, 4)));
    QCOMPARE(calendar.workingWeekendDays(2025), QList<QDate>{QDate(2025, 1, 5)});
    QVERIFY(calendar.workingWeekendDays(2024).isEmpty());
    QVERIFY(calendar.workingWeekendDays(2026).isEmpty());
}

void TestWorkCalendar::religiousNeverTransferred_2024()
{
    const WorkCalendar calendar = WorkCalendar::builtin();
    // 7 Jan and Kurban Ait 16 Jun 2024 fell on Sundays; the Mondays after stay working days.
    QVERIFY(calendar.isDayOff(QDate(2024, 1, 7)));
    QVERIFY(calendar.isWorkingDay(QDate(2024, 1, 8)));
    QCOMPARE(dayOff(calendar, QDate(2024, 6, 16)).reason, WorkCalendar::DayOff::Reason::Religious);
    QVERIFY(calendar.isWorkingDay(QDate(2024, 6, 17)));
    // whereas Capital Day 6 Jul 2024 (Sat) moved to Mon 8 Jul.
    QCOMPARE(dayOff(calendar, QDate(2024, 7, 8)).transferredFrom, QDate(2024, 7, 6));
}

void TestWorkCalendar::year2027_withoutData_fallsBackToRule_notConfirmed()
{
    const WorkCalendar calendar = WorkCalendar::builtin();
    QVERIFY(!calendar.hasYearData(2027));
    QVERIFY(!calendar.isConfirmed(2027));
    // Fixed holidays and the transfer rule only (Kurban Ait 2027 is unknown without data):
    // 2 Jan Sat -> 4 Jan; 21 Mar Sun -> 24 Mar (22, 23 are Nauryz); 1 May Sat -> 3 May; 9 May Sun -> 10 May.
    QCOMPARE(weekdayDatesOff(calendar, 2027), dates(2027, {{1, 1},
                                                           {1, 4},
                                                           {1, 7},
                                                           {3, 8},
                                                           {3, 22},
                                                           {3, 23},
                                                           {3, 24},
                                                           {5, 3},
                                                           {5, 7},
                                                           {5, 10},
                                                           {7, 6},
                                                           {8, 30},
                                                           {10, 25},
                                                           {12, 16}}));
}

void TestWorkCalendar::includeWeekends()
{
    const WorkCalendar calendar = WorkCalendar::builtin();
    // 2026 has 104 Saturdays and Sundays and 15 weekday days off.
    const QList<WorkCalendar::DayOff> all = calendar.daysOff(2026, true);
    QCOMPARE(all.size(), 104 + 15);
    QVERIFY(std::is_sorted(all.begin(), all.end(), [](const WorkCalendar::DayOff& a, const WorkCalendar::DayOff& b) {
        return a.date < b.date;
    }));
    QCOMPARE(dayOff(calendar, QDate(2026, 3, 21)).reason, WorkCalendar::DayOff::Reason::Holiday);
    QCOMPARE(dayOff(calendar, QDate(2026, 3, 28)).reason, WorkCalendar::DayOff::Reason::Weekend);
    // 2025: the working Sunday 5 Jan is not a day off; 104 weekend days - 1 + 16 weekday days off.
    QCOMPARE(calendar.daysOff(2025, true).size(), 104 - 1 + 16);
}

void TestWorkCalendar::navigation()
{
    const WorkCalendar calendar = WorkCalendar::builtin();
    QCOMPARE(calendar.nextWorkingDay(QDate(2026, 3, 20)), QDate(2026, 3, 26));
    QCOMPARE(calendar.nextWorkingDay(QDate(2026, 3, 26)), QDate(2026, 3, 27));
    QCOMPARE(calendar.workingDayOnOrAfter(QDate(2026, 3, 26)), QDate(2026, 3, 26));
    QCOMPARE(calendar.workingDayOnOrAfter(QDate(2026, 3, 21)), QDate(2026, 3, 26));
    QCOMPARE(calendar.workingDayOnOrBefore(QDate(2026, 3, 25)), QDate(2026, 3, 20));
    QCOMPARE(calendar.workingDayOnOrBefore(QDate(2026, 3, 20)), QDate(2026, 3, 20));
    QCOMPARE(calendar.previousWorkingDay(QDate(2026, 3, 26)), QDate(2026, 3, 20));
    // Across the decree swap: after Fri 3 Jan 2025 (off) comes the working Sunday 5 Jan.
    QCOMPARE(calendar.nextWorkingDay(QDate(2025, 1, 3)), QDate(2025, 1, 5));
    QCOMPARE(calendar.previousWorkingDay(QDate(2025, 1, 6)), QDate(2025, 1, 5));
    QCOMPARE(calendar.nextWorkingDay(QDate(2024, 12, 31)), QDate(2025, 1, 5));
    QVERIFY(!calendar.nextWorkingDay(QDate()).isValid());
    QVERIFY(!calendar.isWorkingDay(QDate()));
    QVERIFY(!calendar.isDayOff(QDate()));
}

void TestWorkCalendar::emptyCalendar_mondayToFriday()
{
    const WorkCalendar calendar;
    QVERIFY(calendar.isWorkingDay(QDate(2025, 1, 1))); // a Wednesday, no holidays known
    QVERIFY(calendar.isDayOff(QDate(2025, 1, 4)));     // Saturday
    QVERIFY(calendar.daysOff(2025).isEmpty());
    QCOMPARE(calendar.daysOff(2025, true).size(), 104);
    QVERIFY(!calendar.hasYearData(2025));
}

void TestWorkCalendar::setYear_overridesAndDoesNotLeakIntoCopies()
{
    const WorkCalendar shipped = WorkCalendar::builtin();
    QVERIFY(shipped.isDayOff(QDate(2026, 3, 23))); // computes 2026 into the cache the copies share
    WorkCalendar edited = shipped;
    QVERIFY(edited.isDayOff(QDate(2026, 3, 23)));

    // An administrator replaces 2026 with unconfirmed data of their own.
    edited.setYear(2026,
                   {{QDate(2026, 6, 1), CalendarEntry::Kind::PublicHoliday, u"a"_s, u"а"_s, u"a"_s, {}},
                    {QDate(2026, 6, 2), CalendarEntry::Kind::DecreeDayOff, {}, {}, {}, {}},
                    {QDate(2026, 6, 6), CalendarEntry::Kind::DecreeWorkingDay, {}, {}, {}, {}}},
                   false);
    QVERIFY(edited.hasYearData(2026));
    QVERIFY(!edited.isConfirmed(2026));
    QCOMPARE(weekdayDatesOff(edited, 2026), dates(2026, {{6, 1}, {6, 2}}));
    QVERIFY(edited.isWorkingDay(QDate(2026, 3, 23)));
    QVERIFY(edited.isWorkingDay(QDate(2026, 6, 6)));
    QCOMPARE(edited.workingWeekendDays(2026), QList<QDate>{QDate(2026, 6, 6)});

    // The shipped calendar keeps its data and its computed years.
    QVERIFY(shipped.isDayOff(QDate(2026, 3, 23)));
    QVERIFY(shipped.isConfirmed(2026));
    QCOMPARE(WorkCalendar::builtin().daysOff(2026).size(), 15);

    edited.removeYear(2026);
    QVERIFY(!edited.hasYearData(2026));
    QVERIFY(edited.isDayOff(QDate(2026, 3, 23)));  // the rule again
    QVERIFY(!edited.isDayOff(QDate(2026, 5, 27))); // but Kurban Ait is unknown to the rule
}

void TestWorkCalendar::setYear_ignoresEntriesOfOtherYears()
{
    WorkCalendar calendar;
    calendar.setYear(2025,
                     {{QDate(2025, 2, 3), CalendarEntry::Kind::DecreeDayOff, {}, {}, {}, {}},
                      {QDate(2026, 2, 3), CalendarEntry::Kind::DecreeDayOff, {}, {}, {}, {}}},
                     true);
    QCOMPARE(calendar.entries(2025).size(), 1);
    QVERIFY(calendar.isDayOff(QDate(2025, 2, 3)));
    QVERIFY(calendar.isWorkingDay(QDate(2026, 2, 3)));
}

void TestWorkCalendar::setRuleHolidays_invalidatesComputedYears()
{
    WorkCalendar calendar;
    QVERIFY(calendar.isWorkingDay(QDate(2030, 6, 3))); // computed and cached
    calendar.setRuleHolidays({{6, 3, false, {}, {}, u"Test day"_s, {}}});
    QVERIFY(calendar.isDayOff(QDate(2030, 6, 3)));
    QCOMPARE(calendar.daysOff(2030).first().nameEn, u"Test day"_s);
    QVERIFY(!calendar.isConfirmed(2030));
}

void TestWorkCalendar::transferCrossesNewYear()
{
    // A holiday on 31 Dec 2022 (Sat) is moved past 1 Jan (Sun, holiday) and 2 Jan (Mon, holiday) to Tue 3 Jan
    // 2023; then 1 Jan 2023 (Sun) goes to Wed 4 Jan, the 3rd being taken.
    WorkCalendar calendar;
    calendar.setRuleHolidays({{12, 31, false, {}, {}, u"Eve"_s, {}},
                              {1, 1, false, {}, {}, u"New Year"_s, {}},
                              {1, 2, false, {}, {}, u"New Year"_s, {}}});
    QCOMPARE(weekdayDatesOff(calendar, 2023), dates(2023, {{1, 2}, {1, 3}, {1, 4}}));
    QCOMPARE(dayOff(calendar, QDate(2023, 1, 3)).transferredFrom, QDate(2022, 12, 31));
    QCOMPARE(dayOff(calendar, QDate(2023, 1, 4)).transferredFrom, QDate(2023, 1, 1));
    // 31 Dec 2023 (Sun) -> Wed 3 Jan 2024 (1 and 2 Jan 2024 are holidays on Mon and Tue).
    QCOMPARE(weekdayDatesOff(calendar, 2024), dates(2024, {{1, 1}, {1, 2}, {1, 3}, {12, 31}}));
}

void TestWorkCalendar::decreeOverridesTransfer()
{
    WorkCalendar calendar = WorkCalendar::builtin();
    QList<CalendarEntry> entries = calendar.entries(2026);
    entries.append({QDate(2026, 3, 24), CalendarEntry::Kind::DecreeWorkingDay, {}, {}, {}, {}});
    entries.append({QDate(2026, 3, 28), CalendarEntry::Kind::DecreeWorkingDay, {}, {}, {}, {}});
    calendar.setYear(2026, entries, true);
    QVERIFY(calendar.isWorkingDay(QDate(2026, 3, 24)));
    QVERIFY(calendar.isWorkingDay(QDate(2026, 3, 28)));
    QVERIFY(calendar.isDayOff(QDate(2026, 3, 25))); // the other transfer is untouched
    QCOMPARE(calendar.workingWeekendDays(2026), QList<QDate>{QDate(2026, 3, 28)});
}

void TestWorkCalendar::concurrentReaders_shareOneCache()
{
    // Const calls from several threads compute years concurrently into the shared cache; all see the same days.
    WorkCalendar calendar = WorkCalendar::builtin();
    calendar.setRuleHolidays(calendar.ruleHolidays()); // a fresh cache, nothing computed yet
    const QDate first(1990, 1, 1), last(2110, 12, 31);
    auto countWorking = [&](std::atomic<int>* out) {
        int n = 0;
        for (QDate d = first; d <= last; d = d.addDays(1))
            n += calendar.isWorkingDay(d) ? 1 : 0;
        out->store(n);
    };
    std::atomic<int> results[4];
    std::vector<std::thread> threads;
    for (auto& r : results)
        threads.emplace_back(countWorking, &r);
    for (auto& t : threads)
        t.join();
    WorkCalendar reference = WorkCalendar::builtin();
    reference.setRuleHolidays(reference.ruleHolidays());
    int expected = 0;
    for (QDate d = first; d <= last; d = d.addDays(1))
        expected += reference.isWorkingDay(d) ? 1 : 0;
    QVERIFY(expected > 20000);
    for (const auto& r : results)
        QCOMPARE(r.load(), expected);
}

void TestWorkCalendar::kindCodes()
{
    QCOMPARE(kindCode(CalendarEntry::Kind::PublicHoliday), u"holiday"_s);
    QCOMPARE(kindCode(CalendarEntry::Kind::ReligiousHoliday), u"religious"_s);
    QCOMPARE(kindCode(CalendarEntry::Kind::DecreeDayOff), u"day_off"_s);
    QCOMPARE(kindCode(CalendarEntry::Kind::DecreeWorkingDay), u"working_day"_s);
    QCOMPARE(kindFromCode(u"working_day"_s), CalendarEntry::Kind::DecreeWorkingDay);
    QCOMPARE(kindFromCode(u"religious"_s), CalendarEntry::Kind::ReligiousHoliday);
    QVERIFY(!kindFromCode(u"Holiday"_s));
    QVERIFY(!kindFromCode(QString()));
}

void TestWorkCalendar::readEntriesCsv_badRows_reportLineAndField()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeFile(dir, u"kz-2030.csv"_s,
                                   "date,kind,name_kk,name_ru,name_en,source\n"
                                   "2030-01-01,holiday,Жаңа жыл,Новый год,New Year,Закон\n"
                                   "2030-02-30,holiday,X,X,X,\n"
                                   "2030-03-01,weekend,X,X,X,\n"
                                   "2030-01-01,holiday,Жаңа жыл,Новый год,New Year,Закон\n"
                                   "2030-04-01,day_off,,\"Перенос, по постановлению\",,\"постановление, reported\"\n"
                                   "2030-04-01,working_day,,,,\n"
                                   "2030-05-01,holiday,,,,\n"
                                   "2030-06-01,holiday,only five fields,,\n");
    Problems problems;
    const QList<CalendarEntry> entries = WorkCalendar::readEntriesCsv(path, &problems);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).nameRu, u"Перенос, по постановлению"_s);
    QCOMPARE(entries.at(1).source, u"постановление, reported"_s);
    QCOMPARE(entries.at(1).kind, CalendarEntry::Kind::DecreeDayOff);

    QCOMPARE(problems.size(), 6);
    // The CSV reader reports the short record; then one problem per bad row, in line order.
    std::sort(problems.begin(), problems.end(), [](const Problem& a, const Problem& b) { return a.line < b.line; });
    QCOMPARE(problems.at(0).line, 3);
    QCOMPARE(problems.at(0).field, u"date"_s);
    QCOMPARE(problems.at(0).message, u"\"2030-02-30\" is not a date in the form YYYY-MM-DD."_s);
    QCOMPARE(problems.at(1).line, 4);
    QCOMPARE(problems.at(1).field, u"kind"_s);
    QCOMPARE(problems.at(1).message, u"\"weekend\" is not a kind; use holiday, religious, day_off or working_day."_s);
    QCOMPARE(problems.at(2).line, 5);
    QCOMPARE(problems.at(2).field, u"date"_s);
    QCOMPARE(problems.at(2).message, u"2030-01-01 is already listed as holiday on line 2."_s);
    QCOMPARE(problems.at(3).line, 7);
    QCOMPARE(problems.at(3).message, u"2030-04-01 is already listed as day_off on line 6."_s);
    QCOMPARE(problems.at(4).line, 8);
    QCOMPARE(problems.at(4).field, u"name_ru"_s);
    QCOMPARE(problems.at(5).line, 9);
}

void TestWorkCalendar::readEntriesCsv_missingColumnAndFile()
{
    QTemporaryDir dir;
    const QString path =
        writeFile(dir, u"kz-2030.csv"_s, "date,kind,name_kk,name_ru,name_en\n2030-01-01,holiday,a,b,c\n");
    Problems problems;
    QVERIFY(WorkCalendar::readEntriesCsv(path, &problems).isEmpty());
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().line, 1);
    QCOMPARE(problems.first().field, u"source"_s);
    QCOMPARE(problems.first().message, u"The column \"source\" is missing from the header."_s);

    problems.clear();
    QVERIFY(WorkCalendar::readEntriesCsv(dir.filePath(u"absent.csv"_s), &problems).isEmpty());
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().message.startsWith(u"Cannot open the file"_s));
    QVERIFY(WorkCalendar::readEntriesCsv(dir.filePath(u"absent.csv"_s), nullptr).isEmpty()); // no crash
}

void TestWorkCalendar::readRuleCsv_badRows()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, u"rule.csv"_s,
                                   "\xEF\xBB\xBFmonth_day,kind,name_kk,name_ru,name_en,source\r\n"
                                   "01-01,holiday,Жаңа жыл,Новый год,New Year,Закон\r\n"
                                   "02-29,holiday,,,Leap,\r\n"
                                   "13-01,holiday,,,Bad,\r\n"
                                   "1-5,holiday,,,Bad,\r\n"
                                   "05-05,day_off,,,Bad,\r\n"
                                   "01-07,religious,,,Christmas,\r\n");
    Problems problems;
    const QList<RuleHoliday> rule = WorkCalendar::readRuleCsv(path, &problems);
    QCOMPARE(rule.size(), 3);
    QCOMPARE(rule.at(1).month, 2);
    QCOMPARE(rule.at(1).day, 29);
    QVERIFY(rule.at(2).religious);
    QCOMPARE(problems.size(), 3);
    QCOMPARE(problems.at(0).line, 4);
    QCOMPARE(problems.at(0).field, u"month_day"_s);
    QCOMPARE(problems.at(0).message, u"\"13-01\" is not a day of the year in the form MM-DD."_s);
    QCOMPARE(problems.at(1).line, 5);
    QCOMPARE(problems.at(2).line, 6);
    QCOMPARE(problems.at(2).field, u"kind"_s);

    // 29 February exists only in leap years; other years simply do not have it.
    WorkCalendar calendar;
    calendar.setRuleHolidays(rule);
    QVERIFY(calendar.isDayOff(QDate(2028, 2, 29)));
    QCOMPARE(calendar.daysOff(2027).size(), 2); // Fri 1 Jan and Thu 7 Jan 2027
}

QTEST_APPLESS_MAIN(TestWorkCalendar)
#include "tst_workcalendar.moc"
