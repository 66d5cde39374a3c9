// The main term of an appeal on the real Kazakhstan calendar (resources/calendar, 2025): which rule applies by
// kind and regime (rules-000 §3.2, §7 items 6–8, §8 items 6–7), days left, overdue by the sending date (I-68)
// and deemed refusal of a complaint (I-83). Each case names its paragraph.
#include "appeal/AppealDeadline.h"
#include "deadline/DeadlineRule.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace armcpg;

class TestAppealDeadline : public QObject
{
    Q_OBJECT

    WorkCalendar calendar;
    DeadlineRuleSet rules;

    static Appeal appeal(const QString& kind, const QString& regime, const QDate& received)
    {
        Appeal a;
        a.kindCode = kind;
        a.regimeCode = regime;
        a.receivedOn = received;
        a.registeredOn = received;
        return a;
    }

private slots:
    void initTestCase()
    {
        Problems problems;
        calendar = WorkCalendar::builtin(&problems);
        rules = DeadlineRuleSet::builtin(&problems);
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
        QVERIFY(calendar.hasYearData(2025));
    }

    void ruleByKindAndRegime_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("regime");
        QTest::addColumn<QString>("rule");
        QTest::newRow("I-50 statement, D15") << u"statement"_s << u"appk_administrative"_s << u"D15"_s;
        QTest::newRow("I-54 report, D16") << u"report"_s << u"appk_simplified"_s << u"D16"_s;
        QTest::newRow("I-54 request, D16") << u"request"_s << u"appk_simplified"_s << u"D16"_s;
        QTest::newRow("I-54 proposal, D16") << u"proposal"_s << u"appk_simplified"_s << u"D16"_s;
        QTest::newRow("I-54 response, D16") << u"response"_s << u"appk_simplified"_s << u"D16"_s;
        QTest::newRow("I-79 complaint about a prosecutor, D27") << u"complaint"_s << u"appk_complaint"_s << u"D27"_s;
        QTest::newRow("I-55 complaint about another body, D16") << u"complaint"_s << u"appk_simplified"_s << u"D16"_s;
        QTest::newRow("I-12 deputy request, D9a") << u"deputy_request"_s << u"parliament"_s << u"D9a"_s;
        QTest::newRow("I-10 criminal procedure: none") << u"complaint"_s << u"upk"_s << QString();
        QTest::newRow("I-13 penal enforcement: none") << u"statement"_s << u"uik"_s << QString();
        QTest::newRow("I-5 civil procedure: none") << u"petition"_s << u"gpk"_s << QString();
        QTest::newRow("I-5 administrative offences: none") << u"petition"_s << u"koap"_s << QString();
        QTest::newRow("I-5 operative search: none") << u"report"_s << u"ord"_s << QString();
        QTest::newRow("I-21-1 asset recovery: none") << u"statement"_s << u"asset_recovery"_s << QString();
    }
    void ruleByKindAndRegime()
    {
        QFETCH(QString, kind);
        QFETCH(QString, regime);
        QFETCH(QString, rule);
        QCOMPARE(AppealDeadline::ruleIdFor(kind, regime), rule);
    }

    void mainTerm_onTheRealCalendar_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("regime");
        QTest::addColumn<QDate>("received");
        QTest::addColumn<QDate>("due");
        // D15, I-50: Tue 4 Nov 2025, counting from 5 Nov: 15 working days end on Tue 25 Nov.
        QTest::newRow("D15 I-50 statement") << u"statement"_s << u"appk_administrative"_s << QDate(2025, 11, 4)
                                            << QDate(2025, 11, 25);
        // D16, I-54: the same 15 working days for a report.
        QTest::newRow("D16 I-54 report") << u"report"_s << u"appk_simplified"_s << QDate(2025, 11, 4)
                                         << QDate(2025, 11, 25);
        // D27, I-79: 20 working days, Tue 2 Dec.
        QTest::newRow("D27 I-79 complaint") << u"complaint"_s << u"appk_complaint"_s << QDate(2025, 11, 4)
                                            << QDate(2025, 12, 2);
        // D3, I-24: received Sat 8 Nov, registered Mon 10 Nov, counted from 11 Nov: Mon 1 Dec.
        QTest::newRow("D15 I-24 received on a Saturday") << u"statement"_s << u"appk_administrative"_s
                                                         << QDate(2025, 11, 8) << QDate(2025, 12, 1);
        // D9a, I-12 and I-68: Fri 31 Oct + 1 month = Sun 30 Nov, rolled forward to Mon 1 Dec.
        QTest::newRow("D9a I-12 deputy request") << u"deputy_request"_s << u"parliament"_s << QDate(2025, 10, 31)
                                                 << QDate(2025, 12, 1);
    }
    void mainTerm_onTheRealCalendar()
    {
        QFETCH(QString, kind);
        QFETCH(QString, regime);
        QFETCH(QDate, received);
        QFETCH(QDate, due);
        const DeadlineCalculator calculator(calendar);
        const AppealDeadline deadline(calculator, rules);
        const AppealTerm t = deadline.term(appeal(kind, regime, received), received);
        QVERIFY(t.applies);
        QCOMPARE(t.due, due);
    }

    // I-5, I-13: no АППК clock for criminal-procedure and detainee matters (rules-000 §8 item 7).
    void excludedRegime_hasNoTerm()
    {
        const DeadlineCalculator calculator(calendar);
        const AppealDeadline deadline(calculator, rules);
        const AppealTerm t = deadline.term(appeal(u"complaint"_s, u"upk"_s, QDate(2025, 11, 4)), QDate(2026, 1, 1));
        QVERIFY(!t.applies);
        QVERIFY(!t.due.isValid());
        QVERIFY(!t.overdue);
        QVERIFY(!t.deemedRefused);
        QVERIFY(!t.explanation.isEmpty());
    }

    // Days left as of a date; I-68: the term ends with the sending of the final answer, an interim one does not count.
    void daysLeftAndOverdue_bySendingDate()
    {
        const DeadlineCalculator calculator(calendar);
        const AppealDeadline deadline(calculator, rules);
        Appeal a = appeal(u"statement"_s, u"appk_administrative"_s, QDate(2025, 11, 4)); // due Tue 25 Nov
        AppealTerm t = deadline.term(a, QDate(2025, 11, 21)); // Friday
        QCOMPARE(t.daysLeft, 4);
        QCOMPARE(t.workingDaysLeft, 2); // Mon 24, Tue 25
        QVERIFY(!t.overdue);
        t = deadline.term(a, QDate(2025, 11, 25));
        QCOMPARE(t.daysLeft, 0);
        QCOMPARE(t.workingDaysLeft, 0);
        QVERIFY(!t.overdue);
        a.interimAnswerSentOn = QDate(2025, 11, 20);
        t = deadline.term(a, QDate(2025, 11, 26));
        QCOMPARE(t.daysLeft, -1);
        QVERIFY(t.overdue);
        a.finalAnswerSentOn = QDate(2025, 11, 25); // sent on the last day: in time, whenever it was signed
        QVERIFY(!deadline.term(a, QDate(2025, 12, 10)).overdue);
        a.finalAnswerSentOn = QDate(2025, 11, 26);
        QVERIFY(deadline.term(a, QDate(2025, 12, 10)).overdue);
    }

    // I-83: a complaint without a decision within 20 working days is deemed refused from the expiry date; the
    // flag is set by itself, never for a statement.
    void complaint_deemedRefusedAfterTerm()
    {
        const DeadlineCalculator calculator(calendar);
        const AppealDeadline deadline(calculator, rules);
        Appeal c = appeal(u"complaint"_s, u"appk_complaint"_s, QDate(2025, 11, 4)); // due Tue 2 Dec
        QVERIFY(!deadline.term(c, QDate(2025, 12, 2)).deemedRefused);
        QVERIFY(deadline.term(c, QDate(2025, 12, 3)).deemedRefused);
        c.finalAnswerSentOn = QDate(2025, 12, 1);
        QVERIFY(!deadline.term(c, QDate(2025, 12, 3)).deemedRefused);
        const Appeal s = appeal(u"statement"_s, u"appk_administrative"_s, QDate(2025, 11, 4));
        QVERIFY(!deadline.term(s, QDate(2026, 1, 1)).deemedRefused);
        QVERIFY(deadline.term(s, QDate(2026, 1, 1)).overdue);
    }
};

QTEST_GUILESS_MAIN(TestAppealDeadline)
#include "tst_appealdeadline.moc"
