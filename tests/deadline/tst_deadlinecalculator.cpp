// Deadlines of rules-000 §3 (D1–D27, R1–R12) on the real shipped 2024–2026 calendar.
//
// Weekday days off used below (kz-identifiers-and-calendar.md):
//   2024: Jan 1, 2; Mar 8, 21, 22, 25; May 1, 7, 9; Jul 8; Aug 30; Oct 25; Dec 16.
//   2025: Jan 1, 2, 3, 7; Mar 10, 21, 24, 25; May 1, 7, 9; Jun 6; Jul 7; Sep 1; Oct 27; Dec 16. Sun Jan 5 works.
//   2026: Jan 1, 2, 7; Mar 9, 23, 24, 25; May 1, 7, 11, 27; Jul 6; Aug 31; Oct 26; Dec 16.
// The worked examples of §3.3 use an illustrative calendar; here they are recomputed on the real one, where
// Tue 2025-03-25 is also a day off (Nauryz 23 Mar, a Sunday, moved to it).
#include "deadline/DeadlineCalculator.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace armcpg;
using namespace Qt::StringLiterals;

namespace {

QDateTime at(int y, int m, int d, int hour = 10, int minute = 0)
{
    return QDateTime(QDate(y, m, d), QTime(hour, minute));
}

const DeadlineRuleSet& rules()
{
    static const DeadlineRuleSet set = DeadlineRuleSet::builtin();
    return set;
}

const DeadlineRule& rule(const QString& id)
{
    const DeadlineRule* r = rules().find(id);
    if (!r)
        qFatal("no rule %s", qPrintable(id));
    return *r;
}

QDate dueDate(const QString& id, const QDateTime& anchor, DeadlineSettings settings = {})
{
    const DeadlineCalculator calc(WorkCalendar::builtin(), settings);
    return calc.due(rule(id), anchor).date;
}

QString writeFile(const QTemporaryDir& dir, const QByteArray& utf8)
{
    const QString path = dir.filePath(u"deadlines.csv"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(utf8);
    return path;
}

} // namespace

class TestDeadlineCalculator : public QObject
{
    Q_OBJECT

private slots:
    // The rule set.
    void builtin_hasEveryRule_D1toD27_R1toR12();
    void builtin_subIdsAndAliases_D9_D12_D13_D17_D21();
    void builtin_rollFollowsI68();
    void fromCsv_badRows_reportLineAndField();
    void fromCsv_optionalColumnsAndMissingColumns();

    // Worked examples of §3.3 on the real calendar.
    void ex1_d15_statement_15WorkingDays_I50();
    void ex2_d8_forwardByCompetence_3WorkingDays_I31();
    void ex3_d15_receivedSaturday_countsFromRegistration_I24_I50();
    void ex4_d12b_duplicate_10CalendarDays_rollForward_I35_I68();
    void ex5_d27_complaint_20WorkingDays_deemedRefusal_I79_I83();
    void ex6_d10_coExecutors_minus5CalendarDays_rollBack_I33();
    void ex7_d17_d18_extension_capNoticeRapport_I52();
    void ex8_d9_deputyRequest_monthClampAndMinus3WD_I12();
    void ex9_d20_inspection_10WorkingDays_I52();
    void ex10_r6_r10_registrationCutoffs_R18_R36();
    void ex11_d14_hearingNotice_minus3WD_I43();
    void ex12_d24_complaintFiling_3Months_warningOnly_I71();

    // Every computable rule at least once.
    void rules_onRealCalendar_data();
    void rules_onRealCalendar();
    void notComputable_data();
    void notComputable();
    void d2_d13a_immediate_keepTheMoment_I23_I42();
    void everyRule_everyDay_invariants();

    // Settings.
    void receiptDayCounts_setting();
    void offDayReceiptCountsFromRegistration_setting_I24();

    // Primitives.
    void countStart_I24();
    void addWorkingDays();
    void addCalendarDays_rollForwardAndBack_I68();
    void addMonths_endOfMonthClamp_I12();
    void termParse_data();
    void termParse();
    void termParse_errors_data();
    void termParse_errors();
    void apply_terms();
    void explanations();
};

// ---- the rule set ----

void TestDeadlineCalculator::builtin_hasEveryRule_D1toD27_R1toR12()
{
    Problems problems;
    const DeadlineRuleSet set = DeadlineRuleSet::builtin(&problems);
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    for (int i = 1; i <= 27; ++i)
        QVERIFY2(set.find(u"D%1"_s.arg(i)), qPrintable(u"D%1"_s.arg(i)));
    for (int i = 1; i <= 12; ++i)
        QVERIFY2(set.find(u"R%1"_s.arg(i)), qPrintable(u"R%1"_s.arg(i)));
    QVERIFY(!set.find(u"D28"_s));
    QVERIFY(!set.find(u"R13"_s));
    QVERIFY(!set.find(u"d15"_s));
    for (const DeadlineRule& r : set.rules()) {
        QVERIFY2(!r.titleRu.isEmpty() && !r.titleKk.isEmpty() && !r.titleEn.isEmpty(), qPrintable(r.id));
        QVERIFY2(r.citation.startsWith(u"I-"_s) || r.citation.startsWith(u"R-"_s), qPrintable(r.id));
    }
    QCOMPARE(set.find(u"D15"_s)->citation, u"I-50, I-51"_s);
    QCOMPARE(set.find(u"D15"_s)->amount, 15);
    QCOMPARE(set.find(u"D15"_s)->unit, DeadlineRule::Unit::WorkingDays);
    QCOMPARE(set.find(u"D15"_s)->base, DeadlineRule::Base::Receipt);
    QCOMPARE(set.find(u"R6"_s)->cutoff, true);
    QCOMPARE(set.find(u"R10"_s)->cutoff, true);
    QCOMPARE(set.find(u"R7"_s)->cutoff, false);
}

void TestDeadlineCalculator::builtin_subIdsAndAliases_D9_D12_D13_D17_D21()
{
    const QList<std::pair<QString, QString>> aliases{{u"D9"_s, u"D9a"_s},
                                                     {u"D12"_s, u"D12a"_s},
                                                     {u"D13"_s, u"D13a"_s},
                                                     {u"D17"_s, u"D17a"_s},
                                                     {u"D21"_s, u"D21a"_s}};
    for (const auto& [alias, id] : aliases) {
        QVERIFY(rules().find(alias + u'b'));
        QCOMPARE(rules().find(alias), rules().find(id));
    }
    QCOMPARE(rule(u"D9a"_s).unit, DeadlineRule::Unit::Months);
    QCOMPARE(rule(u"D9b"_s).signedAmount(), -3);
    QCOMPARE(rule(u"D12a"_s).unit, DeadlineRule::Unit::Configurable); // the main appeal's own term
    QCOMPARE(rule(u"D12b"_s).amount, 10);
    QCOMPARE(rule(u"D13a"_s).unit, DeadlineRule::Unit::Immediate);
    QCOMPARE(rule(u"D13b"_s).amount, 3);
    QCOMPARE(rule(u"D17a"_s).amount, 2);
    QCOMPARE(rule(u"D17b"_s).unit, DeadlineRule::Unit::WorkingDays);
    QVERIFY(rules().ids().contains(u"D9"_s));
}

void TestDeadlineCalculator::builtin_rollFollowsI68()
{
    // I-68: calendar-day and month terms after an anchor roll forward; "before" calendar-day terms roll back
    // (§3.1); working-day terms need no roll.
    for (const DeadlineRule& r : rules().rules()) {
        DeadlineRule::Roll expected = DeadlineRule::Roll::None;
        if (r.unit == DeadlineRule::Unit::CalendarDays || r.unit == DeadlineRule::Unit::Months)
            expected = r.direction == DeadlineRule::Direction::After ? DeadlineRule::Roll::Forward
                                                                     : DeadlineRule::Roll::Backward;
        QVERIFY2(r.roll == expected, qPrintable(r.id));
        QCOMPARE(r.isComputable(), r.unit != DeadlineRule::Unit::TimeWindow && r.unit != DeadlineRule::Unit::Frequency
                                       && r.unit != DeadlineRule::Unit::Configurable);
    }
}

void TestDeadlineCalculator::fromCsv_badRows_reportLineAndField()
{
    QTemporaryDir dir;
    const QString path =
        writeFile(dir, "id,unit,amount,direction,roll,anchor_ru,title_ru,title_kk,title_en,citation,base,cutoff\n"
                       "X1a,wd,3,after,none,a,t,t,t,I-1,receipt,no\n"
                       "X2,weeks,3,after,none,a,t,t,t,I-2,event,no\n"
                       "X3,cd,-1,after,forward,a,t,t,t,I-3,event,no\n"
                       "X1a,wd,3,after,none,a,t,t,t,I-1,event,no\n"
                       "X4,wd,3,later,none,a,t,t,t,I-4,event,no\n"
                       "X5,wd,3,after,sideways,a,t,t,t,I-5,event,no\n"
                       "X6,wd,3,after,none,a,t,,t,I-6,event,no\n"
                       "X7,wd,0,before,none,a,t,t,t,I-7,someday,maybe\n"
                       "X1b,wd,5,before,none,a,t,t,t,I-1,event,yes\n");
    Problems problems;
    const DeadlineRuleSet set = DeadlineRuleSet::fromCsv(path, &problems);
    QCOMPARE(set.rules().size(), 2);
    QCOMPARE(set.find(u"X1"_s)->id, u"X1a"_s);
    QVERIFY(set.find(u"X1b"_s)->cutoff);
    QCOMPARE(set.find(u"X1a"_s)->base, DeadlineRule::Base::Receipt);

    const QList<std::tuple<int, QString, QString>> expected{
        {3, u"unit"_s,
         u"\"weeks\" is not a unit; use wd, cd, months, hours, same_day, immediate, next_wd, "
         "time_window, frequency or configurable."_s},
        {4, u"amount"_s, u"\"-1\" is not a whole number of 0 or more."_s},
        {5, u"id"_s, u"The id X1a is already used."_s},
        {6, u"direction"_s, u"\"later\" is not a direction; use after or before."_s},
        {7, u"roll"_s, u"\"sideways\" is not a roll; use none, forward or backward."_s},
        {8, u"title_kk"_s, u"The column title_kk must not be empty."_s},
        {9, u"amount"_s, u"A term in wd needs an amount above 0."_s},
        {9, u"base"_s, u"\"someday\" is not a base; use receipt or event."_s},
        {9, u"cutoff"_s, u"\"maybe\" is not yes or no."_s},
    };
    QCOMPARE(problems.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(problems.at(i).line, std::get<0>(expected.at(i)));
        QCOMPARE(problems.at(i).field, std::get<1>(expected.at(i)));
        QCOMPARE(problems.at(i).message, std::get<2>(expected.at(i)));
    }
}

void TestDeadlineCalculator::fromCsv_optionalColumnsAndMissingColumns()
{
    QTemporaryDir dir;
    // Exactly the ten columns of the brief: base defaults to event, cutoff to no.
    const QString path = writeFile(dir, "id,unit,amount,direction,roll,anchor_ru,title_ru,title_kk,title_en,citation\n"
                                        "Y1,cd,10,after,forward,a,t,t,t,\"I-35, I-68\"\n");
    Problems problems;
    const DeadlineRuleSet set = DeadlineRuleSet::fromCsv(path, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    QCOMPARE(set.rules().size(), 1);
    QCOMPARE(set.find(u"Y1"_s)->base, DeadlineRule::Base::Event);
    QCOMPARE(set.find(u"Y1"_s)->citation, u"I-35, I-68"_s);
    QVERIFY(!set.find(u"Y1"_s)->cutoff);

    const QString broken = writeFile(dir, "id,unit,amount,direction,anchor_ru,title_ru,title_kk,title_en,citation\n");
    problems.clear();
    QVERIFY(DeadlineRuleSet::fromCsv(broken, &problems).rules().isEmpty());
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, u"roll"_s);
    QCOMPARE(problems.first().line, 1);
}

// ---- worked examples, §3.3 ----

void TestDeadlineCalculator::ex1_d15_statement_15WorkingDays_I50()
{
    // Received Tue 2025-03-11. Counted: Mar 12, 13, 14, 17, 18, 19, 20, 26, 27, 28, 31, Apr 1, 2, 3, 4
    // (Mar 21, 24, 25 are days off) -> Fri 2025-04-04 (the illustrative calendar gave Apr 3).
    QCOMPARE(dueDate(u"D15"_s, at(2025, 3, 11)), QDate(2025, 4, 4));
}

void TestDeadlineCalculator::ex2_d8_forwardByCompetence_3WorkingDays_I31()
{
    // Received Thu 2025-03-20; Mar 21–25 skipped; Mar 26, 27, 28 counted -> Fri 2025-03-28.
    QCOMPARE(dueDate(u"D8"_s, at(2025, 3, 20)), QDate(2025, 3, 28));
}

void TestDeadlineCalculator::ex3_d15_receivedSaturday_countsFromRegistration_I24_I50()
{
    // Received Sat 2025-03-22: registered Wed 2025-03-26 (Mar 23 Sun, 24 and 25 days off) (I-24).
    const DeadlineCalculator calc(WorkCalendar::builtin());
    QCOMPARE(calc.countStart(QDate(2025, 3, 22)), QDate(2025, 3, 26));
    QCOMPARE(dueDate(u"D3"_s, at(2025, 3, 22)), QDate(2025, 3, 26));
    // 15 WD from the registration: Mar 27, 28, 31, Apr 1, 2, 3, 4, 7, 8, 9, 10, 11, 14, 15, 16 -> Wed 2025-04-16.
    QCOMPARE(dueDate(u"D15"_s, at(2025, 3, 22)), QDate(2025, 4, 16));
}

void TestDeadlineCalculator::ex4_d12b_duplicate_10CalendarDays_rollForward_I35_I68()
{
    // Thu 2025-03-13 + 10 = Sun 03-23; Mon 24 and Tue 25 are days off too -> Wed 2025-03-26.
    QCOMPARE(dueDate(u"D12b"_s, at(2025, 3, 13)), QDate(2025, 3, 26));
}

void TestDeadlineCalculator::ex5_d27_complaint_20WorkingDays_deemedRefusal_I79_I83()
{
    // Received Mon 2025-03-17: Mar 18, 19, 20, 26, 27, 28, 31, Apr 1, 2, 3, 4, 7, 8, 9, 10, 11, 14, 15, 16, 17
    // -> Thu 2025-04-17; no decision by then is a deemed refusal from that day (I-83).
    QCOMPARE(dueDate(u"D27"_s, at(2025, 3, 17)), QDate(2025, 4, 17));
}

void TestDeadlineCalculator::ex6_d10_coExecutors_minus5CalendarDays_rollBack_I33()
{
    // Example 1's deadline on the real calendar, Fri 2025-04-04: -5 = Sun 03-30 -> back to Fri 2025-03-28.
    QCOMPARE(dueDate(u"D10"_s, at(2025, 4, 4)), QDate(2025, 3, 28));
    // The illustrative deadline Thu 2025-04-03: -5 = Sat 03-29 -> Fri 2025-03-28, as in §3.3.
    QCOMPARE(dueDate(u"D10"_s, at(2025, 4, 3)), QDate(2025, 3, 28));
    // Across Nauryz: Mon 2025-03-31 - 5 = Wed 03-26, a working day.
    QCOMPARE(dueDate(u"D10"_s, at(2025, 3, 31)), QDate(2025, 3, 26));
}

void TestDeadlineCalculator::ex7_d17_d18_extension_capNoticeRapport_I52()
{
    // Rapport "не позднее чем за один день": expiry Fri 2025-04-04 -> Thu 2025-04-03.
    QCOMPARE(dueDate(u"D18"_s, at(2025, 4, 4)), QDate(2025, 4, 3));
    // Expiry Wed 2025-03-26 -> Tue 25 is off, so are Mon 24, Sun, Sat and Fri 21 -> Thu 2025-03-20.
    QCOMPARE(dueDate(u"D18"_s, at(2025, 3, 26)), QDate(2025, 3, 20));
    // Extension decided Wed 2025-04-02: notice within 3 WD: Apr 3, 4, 7 -> Mon 2025-04-07.
    QCOMPARE(dueDate(u"D17b"_s, at(2025, 4, 2)), QDate(2025, 4, 7));
    // Cap: base Tue 2025-03-11 + 2 months = Sun 2025-05-11 -> Mon 2025-05-12 (I-68).
    QCOMPARE(dueDate(u"D17a"_s, at(2025, 3, 11)), QDate(2025, 5, 12));
    QCOMPARE(dueDate(u"D17"_s, at(2025, 3, 11)), QDate(2025, 5, 12));
}

void TestDeadlineCalculator::ex8_d9_deputyRequest_monthClampAndMinus3WD_I12()
{
    // Fri 2025-01-31 + 1 month = Fri 2025-02-28 (end-of-month clamp, not 30 days).
    QCOMPARE(dueDate(u"D9a"_s, at(2025, 1, 31)), QDate(2025, 2, 28));
    QCOMPARE(dueDate(u"D9"_s, at(2025, 1, 31)), QDate(2025, 2, 28));
    // Materials to the GP 3 WD before: Feb 27, 26, 25 -> Tue 2025-02-25.
    QCOMPARE(dueDate(u"D9b"_s, at(2025, 2, 28)), QDate(2025, 2, 25));
    // Received Thu 2026-01-29 + 1 month: 29 Feb 2026 does not exist -> Sat 02-28 -> Mon 2026-03-02.
    QCOMPARE(dueDate(u"D9a"_s, at(2026, 1, 29)), QDate(2026, 3, 2));
}

void TestDeadlineCalculator::ex9_d20_inspection_10WorkingDays_I52()
{
    // Inspection ends Fri 2025-04-04: Apr 7, 8, 9, 10, 11, 14, 15, 16, 17, 18 -> Fri 2025-04-18.
    QCOMPARE(dueDate(u"D20"_s, at(2025, 4, 4)), QDate(2025, 4, 18));
    // Ends Fri 2026-08-28: Mon 31 is off (30 Aug moved); Sep 1, 2, 3, 4, 7, 8, 9, 10, 11, 14 -> Mon 2026-09-14.
    QCOMPARE(dueDate(u"D20"_s, at(2026, 8, 28)), QDate(2026, 9, 14));
}

void TestDeadlineCalculator::ex10_r6_r10_registrationCutoffs_R18_R36()
{
    // GP reception Wed 2025-04-16: 5 WD before = Apr 15, 14, 11, 10, 9 -> Wed 2025-04-09, inclusive by default.
    QCOMPARE(dueDate(u"R6"_s, at(2025, 4, 16)), QDate(2025, 4, 9));
    // Oblast prosecutor's reception Mon 2025-04-14: 1 WD before -> Fri 2025-04-11.
    QCOMPARE(dueDate(u"R10"_s, at(2025, 4, 14)), QDate(2025, 4, 11));
    // Exclusive cut-off: the closing day itself takes no more intake.
    DeadlineSettings exclusive;
    exclusive.registrationCutoffInclusive = false;
    QCOMPARE(dueDate(u"R6"_s, at(2025, 4, 16), exclusive), QDate(2025, 4, 8));
    QCOMPARE(dueDate(u"R10"_s, at(2025, 4, 14), exclusive), QDate(2025, 4, 10));
    // Reception Wed 2025-03-26: Mar 25, 24, 21 are off; Mar 20, 19, 18, 17, 14 -> Fri 2025-03-14.
    QCOMPARE(dueDate(u"R6"_s, at(2025, 3, 26)), QDate(2025, 3, 14));
    // Reception Mon 2025-01-06: 1 WD before is the working Sunday 2025-01-05.
    QCOMPARE(dueDate(u"R10"_s, at(2025, 1, 6)), QDate(2025, 1, 5));
    // The cut-off setting applies to cut-offs only (R7 is a "send by" deadline): Wed 2025-04-16 - 3 WD = Apr 11.
    QCOMPARE(dueDate(u"R7"_s, at(2025, 4, 16), exclusive), QDate(2025, 4, 11));
}

void TestDeadlineCalculator::ex11_d14_hearingNotice_minus3WD_I43()
{
    // Act planned for Tue 2025-04-01: Mar 31, 28, 27 -> Thu 2025-03-27 (Mar 28 and 31 lie between).
    QCOMPARE(dueDate(u"D14"_s, at(2025, 4, 1)), QDate(2025, 3, 27));
    // Act planned for Thu 2026-03-26: Mar 25, 24, 23 off, then Mar 20, 19, 18 -> Wed 2026-03-18.
    QCOMPARE(dueDate(u"D14"_s, at(2026, 3, 26)), QDate(2026, 3, 18));
}

void TestDeadlineCalculator::ex12_d24_complaintFiling_3Months_warningOnly_I71()
{
    // Learned of the act on 2025-01-15: the term ends Tue 2025-04-15; a complaint on 2025-05-20 is late (warning).
    const QDate end = dueDate(u"D24"_s, at(2025, 1, 15));
    QCOMPARE(end, QDate(2025, 4, 15));
    QVERIFY(QDate(2025, 5, 20) > end);
    // Learned on Sun 2024-12-08: + 3 months = Sat 2025-03-08; Sun 9 and Mon 10 (8 Mar moved) off -> Tue 2025-03-11.
    QCOMPARE(dueDate(u"D24"_s, at(2024, 12, 8)), QDate(2025, 3, 11));
    // The day of learning is an event, not a receipt: Sat 2025-01-04 + 3 months = Fri 2025-04-04 (counting from
    // the next working day, the working Sunday 5 Jan, would give Sat 04-05 -> Mon 04-07).
    QCOMPARE(dueDate(u"D24"_s, at(2025, 1, 4)), QDate(2025, 4, 4));
}

// ---- every computable rule ----

void TestDeadlineCalculator::rules_onRealCalendar_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QDateTime>("anchor");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("D1 I-23 paper receipt: same day") << u"D1"_s << at(2025, 3, 11) << QDate(2025, 3, 11);
    QTest::newRow("D1 I-23/I-24 paper receipt Sat 22.03.2025: registered Wed 26.03")
        << u"D1"_s << at(2025, 3, 22) << QDate(2025, 3, 26);
    QTest::newRow("D3 I-24 received on holiday Fri 21.03.2025 -> Wed 26.03")
        << u"D3"_s << at(2025, 3, 21) << QDate(2025, 3, 26);
    QTest::newRow("D3 I-24 received on decree day off Fri 03.01.2025 -> working Sun 05.01")
        << u"D3"_s << at(2025, 1, 3) << QDate(2025, 1, 5);
    QTest::newRow("D3 I-24 received on a working day: same day") << u"D3"_s << at(2025, 4, 2) << QDate(2025, 4, 2);
    QTest::newRow("D4 I-26 received Mon 23.03.2026 (Nauryz) -> Thu 26.03")
        << u"D4"_s << at(2026, 3, 23) << QDate(2026, 3, 26);
    // Thu 19.03.2026: Fri 20 (1), Mar 21–25 off, Thu 26 (2), Fri 27 (3).
    QTest::newRow("D6 I-27(1) send down 3 WD across Nauryz 2026") << u"D6"_s << at(2026, 3, 19) << QDate(2026, 3, 27);
    // Wed 20.03.2024: Mar 21, 22 off, 23–24 weekend, 25 off; Tue 26 (1), 27 (2), 28 (3).
    QTest::newRow("D7 I-28(7) return cassation petition 3 WD, Nauryz 2024")
        << u"D7"_s << at(2024, 3, 20) << QDate(2024, 3, 28);
    QTest::newRow("D8 I-31 forward by competence 3 WD") << u"D8"_s << at(2025, 3, 20) << QDate(2025, 3, 28);
    QTest::newRow("D9a I-12 deputy request 1 month") << u"D9a"_s << at(2025, 1, 31) << QDate(2025, 2, 28);
    QTest::newRow("D9b I-12 materials 3 WD before expiry") << u"D9b"_s << at(2025, 2, 28) << QDate(2025, 2, 25);
    QTest::newRow("D10 I-33 co-executors -5 cd, roll back") << u"D10"_s << at(2025, 4, 4) << QDate(2025, 3, 28);
    // Fri 27.12.2024 (event): Mon 30 (1), Tue 31 (2), Jan 1–3 off, Sat 4, working Sun 05.01.2025 (3).
    QTest::newRow("D11 I-34 rapport 3 WD onto the working Sunday 05.01.2025")
        << u"D11"_s << at(2024, 12, 27) << QDate(2025, 1, 5);
    QTest::newRow("D12b I-35 duplicate +10 cd, roll forward") << u"D12b"_s << at(2025, 3, 13) << QDate(2025, 3, 26);
    // Fri 08.05.2026: Sat 9, Sun 10, Mon 11 off (9 May moved); Tue 12 (1), Wed 13 (2), Thu 14 (3).
    QTest::newRow("D13b I-42 anonymous appeal decision 3 WD") << u"D13b"_s << at(2026, 5, 8) << QDate(2026, 5, 14);
    QTest::newRow("D14 I-43 hearing notice -3 WD") << u"D14"_s << at(2025, 4, 1) << QDate(2025, 3, 27);
    QTest::newRow("D15 I-50 statement 15 WD") << u"D15"_s << at(2025, 3, 11) << QDate(2025, 4, 4);
    // Thu 12.12.2024: Dec 13 (1), Mon 16 off, 17–20 (2–5), 23–27 (6–10), 30 (11), 31 (12), Jan 1–3 off,
    // Sun 05.01.2025 works (13), Mon 6 (14), Tue 7 off, Wed 8 (15).
    QTest::newRow("D16 I-54 message 15 WD across the New Year and the 2025 swap")
        << u"D16"_s << at(2024, 12, 12) << QDate(2025, 1, 8);
    QTest::newRow("D17a I-52 extension cap 2 months") << u"D17a"_s << at(2025, 3, 11) << QDate(2025, 5, 12);
    QTest::newRow("D17b I-52 extension notice 3 WD") << u"D17b"_s << at(2025, 4, 2) << QDate(2025, 4, 7);
    QTest::newRow("D18 I-52 extension rapport -1 day") << u"D18"_s << at(2025, 4, 4) << QDate(2025, 4, 3);
    // Fri 03.05.2024: Mon 6 (1), Tue 7 off, Wed 8 (2), Thu 9 off, Fri 10 (3).
    QTest::newRow("D19 I-52 additional control notice 3 WD") << u"D19"_s << at(2024, 5, 3) << QDate(2024, 5, 10);
    QTest::newRow("D20 I-52 answer 10 WD after inspection") << u"D20"_s << at(2025, 4, 4) << QDate(2025, 4, 18);
    // Tue 15.12.2026: Wed 16 off; Thu 17 (1), Fri 18 (2), Mon 21 (3).
    QTest::newRow("D21a I-58 termination notice 3 WD") << u"D21a"_s << at(2026, 12, 15) << QDate(2026, 12, 21);
    // Tue 30.12.2025: Wed 31 (1), Jan 1–2 2026 off, 3–4 weekend, Mon 5 (2), Tue 6 (3).
    QTest::newRow("D21b I-58 attachment notice 3 WD across the New Year")
        << u"D21b"_s << at(2025, 12, 30) << QDate(2026, 1, 6);
    // Thu 29.08.2024: Fri 30 off; Mon 2 (1), Tue 3 (2), Wed 4 (3).
    QTest::newRow("D22 I-62 files on request 3 WD") << u"D22"_s << at(2024, 8, 29) << QDate(2024, 9, 4);
    QTest::newRow("D24 I-71 complaint filing 3 months") << u"D24"_s << at(2025, 1, 15) << QDate(2025, 4, 15);
    // Sat 26.10.2024 -> registered Mon 28 (I-24); Tue 29 (1), Wed 30 (2), Thu 31 (3).
    QTest::newRow("D25 I-71 originating official 3 WD, received Saturday")
        << u"D25"_s << at(2024, 10, 26) << QDate(2024, 10, 31);
    // Thu 05.06.2025: Fri 6 (Kurban Ait) off; Mon 9 (1), Tue 10 (2), Wed 11 (3).
    QTest::newRow("D26 I-75 left without consideration notice 3 WD")
        << u"D26"_s << at(2025, 6, 5) << QDate(2025, 6, 11);
    QTest::newRow("D27 I-79 complaint 20 WD") << u"D27"_s << at(2025, 3, 17) << QDate(2025, 4, 17);
    QTest::newRow("R3 R-8 out-of-town visitor same day") << u"R3"_s << at(2026, 4, 15) << QDate(2026, 4, 15);
    // Mon 12.05.2025: Fri 9 off, Thu 8 (1), Wed 7 off, Tue 6 (2), Mon 5 (3).
    QTest::newRow("R5 R-17 note to the Centre -3 WD") << u"R5"_s << at(2025, 5, 12) << QDate(2025, 5, 5);
    QTest::newRow("R6 R-18 registration closes -5 WD") << u"R6"_s << at(2025, 4, 16) << QDate(2025, 4, 9);
    // Thu 08.01.2026: Wed 7 off; Tue 6 (1), Mon 5 (2), Jan 1–4 off; Wed 31.12.2025 (3).
    QTest::newRow("R7 R-22 notes before the GP reception -3 WD") << u"R7"_s << at(2026, 1, 8) << QDate(2025, 12, 31);
    // Tue 11.03.2025 - 1 day = Mon 10 (8 Mar moved there) -> Sun, Sat -> Fri 07.03.2025.
    QTest::newRow("R8 R-27 list the day before, roll back") << u"R8"_s << at(2025, 3, 11) << QDate(2025, 3, 7);
    QTest::newRow("R10 R-36 registration closes -1 WD") << u"R10"_s << at(2025, 4, 14) << QDate(2025, 4, 11);
}

void TestDeadlineCalculator::rules_onRealCalendar()
{
    QFETCH(QString, id);
    QFETCH(QDateTime, anchor);
    QFETCH(QDate, expected);
    const DeadlineCalculator calc(WorkCalendar::builtin());
    const Due due = calc.due(rule(id), anchor);
    QVERIFY2(due.computable, qPrintable(due.explanation));
    QCOMPARE(due.date, expected);
    QVERIFY2(due.explanation.startsWith(id + u" ("_s + rule(id).citation + u"):"_s), qPrintable(due.explanation));
}

void TestDeadlineCalculator::notComputable_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("says");
    QTest::newRow("D5 I-25 reasonable term set by the official") << u"D5"_s << u"set by an official"_s;
    QTest::newRow("D12a I-35 within the main appeal's term") << u"D12a"_s << u"set by an official"_s;
    QTest::newRow("D23 I-66 instructions to lower prosecutors") << u"D23"_s << u"set by an official"_s;
    QTest::newRow("R1 R-3 intake hours") << u"R1"_s << u"hours of a day"_s;
    QTest::newRow("R2 R-4 reception hours") << u"R2"_s << u"hours of a day"_s;
    QTest::newRow("R4 R-15 GP at least monthly") << u"R4"_s << u"how often"_s;
    QTest::newRow("R9 R-28 at least weekly") << u"R9"_s << u"how often"_s;
    QTest::newRow("R11 R-39 district prosecutors daily") << u"R11"_s << u"hours of a day"_s;
    QTest::newRow("R12 R-40 duty prosecutors weekly") << u"R12"_s << u"how often"_s;
}

void TestDeadlineCalculator::notComputable()
{
    QFETCH(QString, id);
    QFETCH(QString, says);
    const DeadlineCalculator calc(WorkCalendar::builtin());
    const Due due = calc.due(rule(id), at(2025, 4, 2));
    QVERIFY(!due.computable);
    QVERIFY(!due.date.isValid());
    QVERIFY2(due.explanation.contains(says), qPrintable(due.explanation));
    QVERIFY(due.explanation.startsWith(id + u" ("_s));
}

void TestDeadlineCalculator::d2_d13a_immediate_keepTheMoment_I23_I42()
{
    const DeadlineCalculator calc(WorkCalendar::builtin());
    // Immediate means at once, even on a day off (Sun 2026-03-22).
    const Due d2 = calc.due(rule(u"D2"_s), at(2026, 3, 22, 11, 15));
    QCOMPARE(d2.at, at(2026, 3, 22, 11, 15));
    QCOMPARE(d2.date, QDate(2026, 3, 22));
    const Due d13a = calc.due(rule(u"D13a"_s), at(2025, 3, 21, 23, 40));
    QCOMPARE(d13a.at, at(2025, 3, 21, 23, 40));
    QCOMPARE(d13a.date, QDate(2025, 3, 21));
    // Other units carry no moment.
    QVERIFY(!calc.due(rule(u"D15"_s), at(2025, 3, 11)).at.isValid());
}

void TestDeadlineCalculator::everyRule_everyDay_invariants()
{
    // Every computable rule from every day of 2024–2026: "after" terms never end before the anchor, "before"
    // terms never after it, working-day and rolled terms end on working days.
    const DeadlineCalculator calc(WorkCalendar::builtin());
    const WorkCalendar& cal = calc.calendar();
    int checked = 0;
    for (const DeadlineRule& r : rules().rules()) {
        if (!r.isComputable())
            continue;
        for (QDate d(2024, 1, 1); d.year() <= 2026; d = d.addDays(1)) {
            const Due due = calc.due(r, QDateTime(d, QTime(12, 0)));
            QVERIFY2(due.computable && due.date.isValid(), qPrintable(r.id + u' ' + d.toString(Qt::ISODate)));
            if (r.direction == DeadlineRule::Direction::After)
                QVERIFY2(due.date >= d, qPrintable(r.id + u' ' + d.toString(Qt::ISODate)));
            else
                QVERIFY2(due.date < d, qPrintable(r.id + u' ' + d.toString(Qt::ISODate)));
            const bool mustBeWorking =
                r.unit == DeadlineRule::Unit::WorkingDays || r.roll != DeadlineRule::Roll::None
                || r.unit == DeadlineRule::Unit::NextWorkingDay
                || (r.unit == DeadlineRule::Unit::SameDay && r.base == DeadlineRule::Base::Receipt);
            if (mustBeWorking)
                QVERIFY2(cal.isWorkingDay(due.date), qPrintable(r.id + u' ' + d.toString(Qt::ISODate)));
            ++checked;
        }
    }
    QCOMPARE(checked, 35 * (366 + 365 + 365)); // 35 computable rows: 44 minus D5, D12a, D23, R1, R2, R4, R9,
                                               // R11, R12
}

// ---- settings ----

void TestDeadlineCalculator::receiptDayCounts_setting()
{
    DeadlineSettings counts;
    counts.receiptDayCounts = true;
    // D15 I-50 from Tue 2025-03-11 counting that day: Mar 11, 12, 13, 14, 17, 18, 19, 20, 26, 27, 28, 31,
    // Apr 1, 2, 3 -> Thu 2025-04-03 (one working day earlier than the default Apr 4).
    QCOMPARE(dueDate(u"D15"_s, at(2025, 3, 11), counts), QDate(2025, 4, 3));
    // Received Sat 2025-03-22: the registration day Wed 26 is day 1 -> Tue 2025-04-15.
    QCOMPARE(dueDate(u"D15"_s, at(2025, 3, 22), counts), QDate(2025, 4, 15));
    // D12b I-35: Mon 2025-03-03 + 10 = Thu 03-13 by default; counting the 3rd itself, Wed 2025-03-12.
    QCOMPARE(dueDate(u"D12b"_s, at(2025, 3, 3)), QDate(2025, 3, 13));
    QCOMPARE(dueDate(u"D12b"_s, at(2025, 3, 3), counts), QDate(2025, 3, 12));
    // Months and "before" terms are not affected.
    QCOMPARE(dueDate(u"D9a"_s, at(2025, 1, 31), counts), QDate(2025, 2, 28));
    QCOMPARE(dueDate(u"R6"_s, at(2025, 4, 16), counts), QDate(2025, 4, 9));
    const DeadlineCalculator calc(WorkCalendar::builtin(), counts);
    QCOMPARE(calc.addWorkingDays(QDate(2025, 3, 11), 1), QDate(2025, 3, 11));
    QCOMPARE(calc.addWorkingDays(QDate(2025, 3, 21), 1), QDate(2025, 3, 26)); // a day off cannot be day 1
}

void TestDeadlineCalculator::offDayReceiptCountsFromRegistration_setting_I24()
{
    DeadlineSettings fromReceipt;
    fromReceipt.offDayReceiptCountsFromRegistration = false;
    // Counting from Sat 2025-03-22 itself: Mar 26 (1), 27, 28, 31, Apr 1, 2, 3, 4, 7, 8, 9, 10, 11, 14, 15 (15).
    QCOMPARE(dueDate(u"D15"_s, at(2025, 3, 22), fromReceipt), QDate(2025, 4, 15));
    const DeadlineCalculator calc(WorkCalendar::builtin(), fromReceipt);
    QCOMPARE(calc.countStart(QDate(2025, 3, 22)), QDate(2025, 3, 22));
}

// ---- primitives ----

void TestDeadlineCalculator::countStart_I24()
{
    const DeadlineCalculator calc(WorkCalendar::builtin());
    QCOMPARE(calc.countStart(QDate(2025, 3, 11)), QDate(2025, 3, 11)); // a working day
    QCOMPARE(calc.countStart(QDate(2025, 3, 22)), QDate(2025, 3, 26)); // Sat; 23 Sun, 24–25 off
    QCOMPARE(calc.countStart(QDate(2025, 1, 3)), QDate(2025, 1, 5));   // decree day off -> working Sunday
    QCOMPARE(calc.countStart(QDate(2025, 1, 5)), QDate(2025, 1, 5));   // the working Sunday itself
}

void TestDeadlineCalculator::addWorkingDays()
{
    const DeadlineCalculator calc(WorkCalendar::builtin());
    QCOMPARE(calc.addWorkingDays(QDate(2025, 3, 20), 1), QDate(2025, 3, 26));
    QCOMPARE(calc.addWorkingDays(QDate(2025, 3, 21), 1), QDate(2025, 3, 26)); // from a day off: the next WD
    QCOMPARE(calc.addWorkingDays(QDate(2025, 3, 26), -1), QDate(2025, 3, 20));
    QCOMPARE(calc.addWorkingDays(QDate(2025, 3, 26), 0), QDate(2025, 3, 26));
    // 2026 has 365 - 104 weekend days - 15 weekday days off = 246 working days; the last is Thu 31 Dec.
    QCOMPARE(calc.addWorkingDays(QDate(2025, 12, 31), 246), QDate(2026, 12, 31));
    QCOMPARE(calc.addWorkingDays(QDate(2026, 12, 31), -246), QDate(2025, 12, 31));
    QVERIFY(!calc.addWorkingDays(QDate(), 3).isValid());
}

void TestDeadlineCalculator::addCalendarDays_rollForwardAndBack_I68()
{
    const DeadlineCalculator calc(WorkCalendar::builtin());
    QCOMPARE(calc.addCalendarDays(QDate(2025, 3, 13), 10), QDate(2025, 3, 26)); // Sun 23 -> Wed 26
    QCOMPARE(calc.addCalendarDays(QDate(2025, 3, 3), 10), QDate(2025, 3, 13));  // Thu, no roll
    QCOMPARE(calc.addCalendarDays(QDate(2025, 3, 26), -1), QDate(2025, 3, 20)); // Tue 25 -> back to Thu 20
    QCOMPARE(calc.addCalendarDays(QDate(2025, 1, 8), -3), QDate(2025, 1, 5));   // Sun 5 Jan 2025 works
    QCOMPARE(calc.addCalendarDays(QDate(2025, 12, 26), 7), QDate(2026, 1, 5));  // Fri 2 Jan 2026 off -> Mon 5
}

void TestDeadlineCalculator::addMonths_endOfMonthClamp_I12()
{
    const DeadlineCalculator calc(WorkCalendar::builtin());
    QCOMPARE(calc.addMonths(QDate(2025, 1, 31), 1), QDate(2025, 2, 28)); // D9: the clamp, not 30 days
    QCOMPARE(calc.addMonths(QDate(2024, 1, 31), 1), QDate(2024, 2, 29)); // leap year, a Thursday
    QCOMPARE(calc.addMonths(QDate(2026, 1, 31), 1), QDate(2026, 3, 2));  // Sat 28 Feb -> Mon 2 Mar
    QCOMPARE(calc.addMonths(QDate(2025, 3, 11), 2), QDate(2025, 5, 12)); // Sun 11 May -> Mon 12
    QCOMPARE(calc.addMonths(QDate(2025, 3, 31), -1), QDate(2025, 2, 28));
    QCOMPARE(calc.addMonths(QDate(2025, 4, 9), -1), QDate(2025, 3, 7)); // Sun 9 Mar -> back past Sat to Fri 7
}

void TestDeadlineCalculator::termParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("unit");
    QTest::addColumn<int>("amount");
    QTest::newRow("15wd (I-50)") << u"15wd"_s << int(Term::Unit::WorkingDays) << 15;
    QTest::newRow("10cd (I-35)") << u"10cd"_s << int(Term::Unit::CalendarDays) << 10;
    QTest::newRow("1m (I-12)") << u"1m"_s << int(Term::Unit::Months) << 1;
    QTest::newRow("24h") << u"24h"_s << int(Term::Unit::Hours) << 24;
    QTest::newRow("-3wd before (I-43)") << u"-3wd"_s << int(Term::Unit::WorkingDays) << -3;
    QTest::newRow("spaces and case") << u"  - 5 CD "_s << int(Term::Unit::CalendarDays) << -5;
    QTest::newRow("plus sign") << u"+2m"_s << int(Term::Unit::Months) << 2;
}

void TestDeadlineCalculator::termParse()
{
    QFETCH(QString, text);
    QFETCH(int, unit);
    QFETCH(int, amount);
    Problems problems;
    const std::optional<Term> term = Term::parse(text, &problems);
    QVERIFY2(term, qPrintable(describe(problems)));
    QVERIFY(problems.isEmpty());
    QCOMPARE(int(term->unit), unit);
    QCOMPARE(term->amount, amount);
    QCOMPARE(Term::parse(term->toString(), nullptr), term); // round trip
}

void TestDeadlineCalculator::termParse_errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << u"  "_s
                           << u"The term is empty; write it as 15wd, 10cd, 1m or 24h (with a minus sign for a term "
                              "before the date)."_s;
    QTest::newRow("no unit") << u"15"_s
                             << u"\"15\" has no unit; add wd (working days), cd (calendar days), m (months) or h "
                                "(hours)."_s;
    QTest::newRow("unknown unit") << u"15xd"_s
                                  << u"\"xd\" is not a unit of a term; use wd (working days), cd (calendar days), m "
                                     "(months) or h (hours)."_s;
    QTest::newRow("no number") << u"wd"_s
                               << u"\"wd\" is not a term; write it as 15wd, 10cd, 1m or 24h (with a minus sign for a "
                                  "term before the date)."_s;
    QTest::newRow("fraction") << u"1.5m"_s
                              << u"\"1.5m\" is not a term; write it as 15wd, 10cd, 1m or 24h (with a minus sign for "
                                 "a term before the date)."_s;
    QTest::newRow("zero") << u"0wd"_s << u"A term of zero is not a term."_s;
    QTest::newRow("too long") << u"10000cd"_s << u"10000 is too long for a term (at most 9999)."_s;
    QTest::newRow("overflow") << u"99999999999wd"_s << u"99999999999 is too long for a term (at most 9999)."_s;
}

void TestDeadlineCalculator::termParse_errors()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    Problems problems;
    QVERIFY(!Term::parse(text, &problems));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().message, message);
    QCOMPARE(problems.first().field, u"Term"_s);
    QVERIFY(!Term::parse(text, nullptr)); // no crash without a list
}

void TestDeadlineCalculator::apply_terms()
{
    const DeadlineCalculator calc(WorkCalendar::builtin());
    const auto term = [](const QString& text) { return *Term::parse(text, nullptr); };
    // Receipt base (default): received Sat 2025-03-22, counted from the registration Wed 26 (I-24).
    QCOMPARE(calc.apply(term(u"15wd"_s), at(2025, 3, 22)).date, QDate(2025, 4, 16));
    // Event base: counted from the Saturday itself: Mar 26 is day 1 -> Tue 2025-04-15.
    QCOMPARE(calc.apply(term(u"15wd"_s), at(2025, 3, 22), DeadlineRule::Base::Event).date, QDate(2025, 4, 15));
    QCOMPARE(calc.apply(term(u"-5cd"_s), at(2025, 4, 4)).date, QDate(2025, 3, 28)); // Sun 30 -> Fri 28
    QCOMPARE(calc.apply(term(u"1m"_s), at(2024, 1, 31)).date, QDate(2024, 2, 29));
    QCOMPARE(calc.apply(term(u"-3wd"_s), at(2025, 4, 1)).date, QDate(2025, 3, 27));
    const Due hours = calc.apply(term(u"24h"_s), at(2025, 3, 21, 10, 30));
    QCOMPARE(hours.at, at(2025, 3, 22, 10, 30));
    QCOMPARE(hours.date, QDate(2025, 3, 22));
    QVERIFY(!calc.apply(term(u"3wd"_s), QDateTime()).computable);
    // The anchor's local date counts: 19:30 UTC on 21 Mar is already 22 Mar in a UTC+5 zone.
    const QDateTime utc(QDate(2025, 3, 21), QTime(19, 30), Qt::UTC);
    QCOMPARE(calc.apply(term(u"1wd"_s), utc, DeadlineRule::Base::Event).date,
             calc.addWorkingDays(utc.toLocalTime().date(), 1));
}

void TestDeadlineCalculator::explanations()
{
    const DeadlineCalculator calc(WorkCalendar::builtin());
    const Due d15 = calc.due(rule(u"D15"_s), at(2025, 3, 22));
    QCOMPARE(d15.explanation,
             u"D15 (I-50, I-51): Received on 22.03.2025, a day off: registered and counted from the next working day, "
             "26.03.2025 (I-24). 15 working days after 26.03.2025 end on 16.04.2025."_s);
    const Due ex1 = calc.due(rule(u"D15"_s), at(2025, 3, 11));
    QCOMPARE(ex1.explanation, u"D15 (I-50, I-51): 15 working days after 11.03.2025 end on 04.04.2025. Weekday days "
                              "off skipped: 21.03.2025, 24.03.2025, 25.03.2025."_s);
    const Due d12b = calc.due(rule(u"D12b"_s), at(2025, 3, 13));
    QCOMPARE(d12b.explanation, u"D12b (I-35): 10 calendar days after 13.03.2025: 23.03.2025. 23.03.2025 is a day off: "
                               "the term ends on the next working day, 26.03.2025 (I-68)."_s);
    const Due d10 = calc.due(rule(u"D10"_s), at(2025, 4, 4));
    QVERIFY2(d10.explanation.contains(u"moved back to the previous working day, 28.03.2025"_s),
             qPrintable(d10.explanation));
    const Due d11 = calc.due(rule(u"D11"_s), at(2024, 12, 27));
    QVERIFY2(d11.explanation.contains(u"Working weekend days counted: 05.01.2025."_s), qPrintable(d11.explanation));
    const Due d9 = calc.due(rule(u"D9"_s), at(2025, 1, 31));
    QVERIFY2(d9.explanation.contains(u"That month has no day 31, so its last day is taken."_s),
             qPrintable(d9.explanation));
    DeadlineSettings exclusive;
    exclusive.registrationCutoffInclusive = false;
    const Due r6 = DeadlineCalculator(WorkCalendar::builtin(), exclusive).due(rule(u"R6"_s), at(2025, 4, 16));
    QVERIFY2(r6.explanation.endsWith(u"Registration closes when 09.04.2025 begins (cut-off day excluded): the last day "
                                     "of intake is 08.04.2025."_s),
             qPrintable(r6.explanation));
}

QTEST_APPLESS_MAIN(TestDeadlineCalculator)
#include "tst_deadlinecalculator.moc"
