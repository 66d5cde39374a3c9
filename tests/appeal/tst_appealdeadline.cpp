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

    // ---- the term in force (AppealTerms stores it in appeal.due_on) ----

    // I-52: an extension moves the term to the date decided; status() measures days left against it.
    void termInForce_extensionMovesTheTerm_I52()
    {
        const DeadlineCalculator calculator(calendar);
        const AppealDeadline deadline(calculator, rules);
        Appeal a = appeal(u"statement"_s, u"appk_administrative"_s, QDate(2025, 3, 11)); // D15: Fri 4 Apr 2025
        QCOMPARE(deadline.termInForce(a), QDate(2025, 4, 4));
        QVERIFY(deadline.status(a, QDate(2025, 4, 7)).overdue);
        a.extendedTo = QDate(2025, 5, 12);
        QCOMPARE(deadline.termInForce(a), QDate(2025, 5, 12));
        const AppealTerm t = deadline.status(a, QDate(2025, 4, 7));
        QVERIFY(t.applies);
        QCOMPARE(t.due, QDate(2025, 5, 12));
        QVERIFY(!t.overdue);
        QVERIFY2(t.explanation.contains(u"I-52"_s), qPrintable(t.explanation));
    }

    // I-52, D20: after an inspection the final answer is due 10 working days after its end; while it runs the term
    // stands, and an early end never shortens it.
    void termInForce_inspection10WorkingDaysAfterEnd_D20_I52()
    {
        const DeadlineCalculator calculator(calendar);
        const AppealDeadline deadline(calculator, rules);
        Appeal a = appeal(u"statement"_s, u"appk_administrative"_s, QDate(2025, 3, 11)); // D15: Fri 4 Apr 2025
        a.inspectionStartedOn = QDate(2025, 3, 12);
        QCOMPARE(deadline.termInForce(a), QDate(2025, 4, 4));
        // Ends Fri 4 Apr: Apr 7, 8, 9, 10, 11, 14, 15, 16, 17, 18 -> Fri 18 Apr.
        a.inspectionEndedOn = QDate(2025, 4, 4);
        QCOMPARE(deadline.termInForce(a), QDate(2025, 4, 18));
        // Ends Mon 17 Mar: 10 WD over Nauryz (21, 24, 25 off) end Thu 3 Apr, before the main term: 4 Apr holds.
        a.inspectionEndedOn = QDate(2025, 3, 17);
        QCOMPARE(deadline.termInForce(a), QDate(2025, 4, 4));
        // With an extension to a later day, the later of the two.
        a.inspectionEndedOn = QDate(2025, 4, 4);
        a.extendedTo = QDate(2025, 5, 12);
        QCOMPARE(deadline.termInForce(a), QDate(2025, 5, 12));
    }

    // I-35: a duplicate shares its main appeal's term; D12b: when the main appeal was answered before the duplicate
    // came, 10 calendar days from the duplicate's receipt, rolled forward (I-68).
    void termInForce_duplicateSharesMain_I35_D12b()
    {
        const DeadlineCalculator calculator(calendar);
        const AppealDeadline deadline(calculator, rules);
        Appeal main = appeal(u"statement"_s, u"appk_administrative"_s, QDate(2025, 3, 11));
        main.id = u"00000000-0000-4000-8000-000000000001"_s;
        main.dueOn = QDate(2025, 5, 12); // extended
        Appeal duplicate = appeal(u"statement"_s, u"appk_administrative"_s, QDate(2025, 3, 20));
        duplicate.mainAppealId = main.id;
        QCOMPARE(deadline.termInForce(duplicate), QDate(2025, 4, 15)); // its own D15 without the main appeal
        QCOMPARE(deadline.termInForce(duplicate, &main), QDate(2025, 5, 12));
        main.dueOn = QDate();
        QCOMPARE(deadline.termInForce(duplicate, &main), QDate(2025, 4, 4)); // the main's computed term
        // Main answered Wed 19 Mar, duplicate received Thu 20 Mar: + 10 days = Sun 30 Mar -> Mon 31 Mar.
        main.finalAnswerSentOn = QDate(2025, 3, 19);
        QCOMPARE(deadline.termInForce(duplicate, &main), QDate(2025, 3, 31));
        // Outside the АППК terms (I-10): no term in force.
        QVERIFY(!deadline.termInForce(appeal(u"complaint"_s, u"upk"_s, QDate(2025, 3, 11))).isValid());
    }

    // status() with the stored term in force: working days left skip the May holidays (7 and 9 May 2025); overdue
    // by the sending date (I-68); a complaint is deemed refused only after the term in force (I-83).
    void status_termInForce_overdueI68_deemedRefusedI83()
    {
        const DeadlineCalculator calculator(calendar);
        const AppealDeadline deadline(calculator, rules);
        Appeal c = appeal(u"complaint"_s, u"appk_complaint"_s, QDate(2025, 3, 17)); // D27: Thu 17 Apr 2025
        QCOMPARE(deadline.status(c, QDate(2025, 4, 18)).due, QDate(2025, 4, 17));
        QVERIFY(deadline.status(c, QDate(2025, 4, 18)).deemedRefused);
        c.dueOn = QDate(2025, 5, 12);
        AppealTerm t = deadline.status(c, QDate(2025, 5, 5));
        QCOMPARE(t.ruleId, u"D27"_s);
        QCOMPARE(t.daysLeft, 7);
        QCOMPARE(t.workingDaysLeft, 3); // 6, 8 and 12 May
        QVERIFY(!t.deemedRefused);
        QVERIFY(!deadline.status(c, QDate(2025, 5, 12)).deemedRefused);
        QVERIFY(deadline.status(c, QDate(2025, 5, 13)).deemedRefused);
        QVERIFY(deadline.status(c, QDate(2025, 5, 13)).overdue);
        c.finalAnswerSentOn = QDate(2025, 5, 12); // sent on the last day
        QVERIFY(!deadline.status(c, QDate(2025, 6, 1)).overdue);
        QVERIFY(!deadline.status(c, QDate(2025, 6, 1)).deemedRefused);
        c.finalAnswerSentOn = QDate(2025, 5, 13);
        QVERIFY(deadline.status(c, QDate(2025, 6, 1)).overdue);
    }

    // I-52, D17a as the engine reads it: two months from the receipt (the next working day after a day off, I-24),
    // rolled forward (I-68).
    void extensionCap_twoMonthsFromReceipt_D17a_I52()
    {
        const DeadlineCalculator calculator(calendar);
        const AppealDeadline deadline(calculator, rules);
        // Tue 11 Mar 2025 + 2 months = Sun 11 May -> Mon 12 May.
        QCOMPARE(deadline.extensionCap(appeal(u"statement"_s, u"appk_administrative"_s, QDate(2025, 3, 11))),
                 QDate(2025, 5, 12));
        // Received Sat 22 Mar 2025: counted from Wed 26 Mar (Nauryz 21-25 off) -> Mon 26 May.
        QCOMPARE(deadline.extensionCap(appeal(u"statement"_s, u"appk_administrative"_s, QDate(2025, 3, 22))),
                 QDate(2025, 5, 26));
    }

    // I-52, D18: the rapport one calendar day before the term expires, moved back to a working day.
    void extensionRapport_oneDayBeforeExpiry_D18_I52()
    {
        const DeadlineCalculator calculator(calendar);
        const AppealDeadline deadline(calculator, rules);
        QCOMPARE(deadline.extensionRapportBy(QDate(2025, 4, 4)), QDate(2025, 4, 3));
        // Expiry Wed 26 Mar 2025: 25, 24, 23, 22, 21 Mar are off -> Thu 20 Mar.
        QCOMPARE(deadline.extensionRapportBy(QDate(2025, 3, 26)), QDate(2025, 3, 20));
    }

    // I-56: no hearing in the simplified procedure except for заявления and жалобы.
    void hearingAllowed_notInSimplifiedProcedure_I56_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("regime");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("statement, administrative") << u"statement"_s << u"appk_administrative"_s << true;
        QTest::newRow("complaint, Ch. 4") << u"complaint"_s << u"appk_complaint"_s << true;
        QTest::newRow("complaint, simplified") << u"complaint"_s << u"appk_simplified"_s << true;
        QTest::newRow("statement, simplified") << u"statement"_s << u"appk_simplified"_s << true;
        QTest::newRow("report, simplified") << u"report"_s << u"appk_simplified"_s << false;
        QTest::newRow("request, simplified") << u"request"_s << u"appk_simplified"_s << false;
        QTest::newRow("proposal, simplified") << u"proposal"_s << u"appk_simplified"_s << false;
        QTest::newRow("response, simplified") << u"response"_s << u"appk_simplified"_s << false;
        QTest::newRow("report, other regime") << u"report"_s << u"public_services"_s << false;
        QTest::newRow("deputy appeal, simplified") << u"deputy_appeal"_s << u"appk_simplified"_s << false;
        QTest::newRow("petition, civil procedure") << u"petition"_s << u"gpk"_s << true;
    }
    void hearingAllowed_notInSimplifiedProcedure_I56()
    {
        QFETCH(QString, kind);
        QFETCH(QString, regime);
        QFETCH(bool, allowed);
        QCOMPARE(AppealDeadline::hearingAllowed(kind, regime), allowed);
    }

    // I-52: an inspection requires an interim answer, sent since it began; the final answer ends the question.
    void interimAnswerMissing_duringInspection_I52()
    {
        Appeal a = appeal(u"statement"_s, u"appk_administrative"_s, QDate(2025, 3, 11));
        QVERIFY(!AppealDeadline::interimAnswerMissing(a));
        a.inspectionStartedOn = QDate(2025, 3, 12);
        QVERIFY(AppealDeadline::interimAnswerMissing(a));
        a.interimAnswerSentOn = QDate(2025, 3, 11); // before the inspection: not the answer it requires
        QVERIFY(AppealDeadline::interimAnswerMissing(a));
        a.interimAnswerSentOn = QDate(2025, 3, 14);
        QVERIFY(!AppealDeadline::interimAnswerMissing(a));
        a.interimAnswerSentOn = QDate();
        a.inspectionEndedOn = QDate(2025, 4, 4);
        QVERIFY(AppealDeadline::interimAnswerMissing(a)); // still owed until the final answer
        a.finalAnswerSentOn = QDate(2025, 4, 10);
        QVERIFY(!AppealDeadline::interimAnswerMissing(a));
    }

    // I-71, D24: a complaint filed more than three months after the person learned of the act is accepted with a
    // warning only; on the last day of the term there is none, and other kinds never get one.
    void lateComplaint_warningOnly_D24_I71()
    {
        const DeadlineCalculator calculator(calendar);
        const AppealDeadline deadline(calculator, rules);
        Appeal c = appeal(u"complaint"_s, u"appk_complaint"_s, QDate(2025, 4, 15));
        QVERIFY(deadline.lateComplaintWarning(c).isEmpty()); // no learned_on: nothing to say
        c.learnedOn = QDate(2025, 1, 15);                       // the term ends Tue 15 Apr 2025
        QVERIFY(deadline.lateComplaintWarning(c).isEmpty());
        c.receivedOn = QDate(2025, 4, 16);
        const QString warning = deadline.lateComplaintWarning(c);
        QVERIFY2(warning.contains(u"15.04.2025"_s) && warning.contains(u"I-71"_s) && warning.contains(u"accepted"_s),
                 qPrintable(warning));
        // Learned Sun 8 Dec 2024: + 3 months = Sat 8 Mar 2025; 9 and 10 Mar off -> Tue 11 Mar is still in time.
        c.learnedOn = QDate(2024, 12, 8);
        c.receivedOn = QDate(2025, 3, 11);
        QVERIFY(deadline.lateComplaintWarning(c).isEmpty());
        c.receivedOn = QDate(2025, 3, 12);
        QVERIFY(!deadline.lateComplaintWarning(c).isEmpty());
        Appeal s = appeal(u"statement"_s, u"appk_administrative"_s, QDate(2025, 5, 20));
        s.learnedOn = QDate(2025, 1, 15);
        QVERIFY(deadline.lateComplaintWarning(s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAppealDeadline)
#include "tst_appealdeadline.moc"
