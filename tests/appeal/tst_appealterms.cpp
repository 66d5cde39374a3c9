// The term in force of an appeal (appeal.due_on) and the steps that move it, on SQLite and PostgreSQL, on the real
// 2025 calendar (Nauryz: 21, 24, 25 March off; May: 1, 7, 9 off): registration (D15, I-5, I-35), extension (I-52,
// D17a, D17b, D18), additional control (D19), inspection (D20), the hearing notice (I-43, D14, I-56) and the late
// complaint (I-71, D24). Each test names its paragraph.
#include "TestDatabase.h"

#include "appeal/AppealAction.h"
#include "appeal/AppealService.h"
#include "appeal/AppealTerms.h"
#include "appeal/AppealTriage.h"
#include "common/Clock.h"
#include "security/Session.h"
#include "security/UserService.h"
#include "setup/Setup.h"

#include <QtTest>

#include <algorithm>
#include <functional>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

class TestAppealTerms : public QObject
{
    Q_OBJECT

    FixedClock clock{QDateTime(QDate(2025, 3, 11), QTime(10, 0), Qt::UTC)};

    void at(const QDate& day) { clock.set(QDateTime(day, QTime(10, 0), Qt::UTC)); }

    // The demo users of Setup: head (head, reception prosecutor), prosecutor, duty, operator.
    static Session sessionOf(Database& db, const QString& login)
    {
        const auto user = UserService(db).findByLogin(login);
        return user ? Session(*user) : Session();
    }

    // One seeded database per backend for the whole file (seeding is the slow part); every test makes its own
    // appeals, so they do not meet.
    std::map<int, std::unique_ptr<TestDatabase>> databases;

    Database* shared(int backend)
    {
        auto& t = databases[backend];
        if (!t) {
            t = std::make_unique<TestDatabase>(TestDatabase::Backend(backend));
            if (!t->isValid()) {
                qWarning().noquote() << t->error();
                return nullptr;
            }
            (*t)->setClock(&clock);
            at(QDate(2025, 3, 11));
            Problems problems;
            if (!Setup::initialise(*t->db(), true, &problems)) {
                qWarning().noquote() << describe(problems);
                return nullptr;
            }
        }
        return t->isValid() ? t->db() : nullptr;
    }

    // Registered as of its receipt day (the clock is left there).
    Appeal registered(Database& db, const QString& kind, const QString& regime, const QDate& received,
                      const std::function<void(Appeal&)>& adjust = {})
    {
        at(received);
        Appeal a;
        a.receivedOn = received;
        a.kindCode = kind;
        a.regimeCode = regime;
        a.formCode = u"paper"_s;
        a.channelCode = u"paper"_s;
        a.applicantName = u"Сәрсенбаева Гүлнар"_s;
        a.essence = u"Мәселе"_s;
        if (adjust)
            adjust(a);
        Problems problems;
        if (!AppealService(db).registerAppeal(sessionOf(db, u"operator"_s), &a, &problems))
            qWarning().noquote() << describe(problems);
        return a;
    }

    static QString fieldOf(const Problems& problems) { return problems.isEmpty() ? QString() : problems.first().field; }

private slots:
    void cleanupTestCase() { databases.clear(); }

    // The term in force is stored at registration: D15 over Nauryz (I-50, I-24), none outside the АППК (I-5, I-10),
    // a duplicate's is its main appeal's (I-35).
    void registration_storesTermInForce_D15_I5_I35_data() { ARMCPG_BACKEND_DATA(); }
    void registration_storesTermInForce_D15_I5_I35()
    {
        QFETCH(int, backend);
        Database* db = shared(backend);
        QVERIFY(db);
        AppealService appeals(*db);
        // Thu 20 Mar 2025: 21, 24, 25 off -> 26, 27, 28, 31 Mar, 1-4, 7-11, 14, 15 Apr: Tue 15 Apr.
        const Appeal statement = registered(*db, u"statement"_s, u"appk_administrative"_s, QDate(2025, 3, 20));
        QVERIFY(!statement.id.isEmpty());
        QCOMPARE(statement.dueOn, QDate(2025, 4, 15));
        QCOMPARE(appeals.load(statement.id)->dueOn, QDate(2025, 4, 15));
        const Appeal criminal = registered(*db, u"complaint"_s, u"upk"_s, QDate(2025, 3, 20));
        QVERIFY(!criminal.id.isEmpty());
        QVERIFY(!criminal.dueOn.isValid());
        // Main received Mon 17 Mar (due Thu 10 Apr); its duplicate of 20 Mar shares that term, not its own 15 Apr.
        const Appeal main = registered(*db, u"statement"_s, u"appk_administrative"_s, QDate(2025, 3, 17));
        QCOMPARE(main.dueOn, QDate(2025, 4, 10));
        const Appeal duplicate = registered(*db, u"statement"_s, u"appk_administrative"_s, QDate(2025, 3, 20),
                                            [&](Appeal& a) {
                                                a.screening = u"duplicate"_s;
                                                a.mainAppealId = main.id;
                                            });
        QVERIFY(!duplicate.id.isEmpty());
        QCOMPARE(duplicate.dueOn, QDate(2025, 4, 10));
    }

    // I-52, D17a, D18, D17b: only the head extends, by a motivated decision, within two months of the receipt, on a
    // rapport filed at least a day before expiry; the notice is due in 3 WD; control stays on.
    void extension_headMotivatedCapRapportNotice_D17_D18_I52_data() { ARMCPG_BACKEND_DATA(); }
    void extension_headMotivatedCapRapportNotice_D17_D18_I52()
    {
        QFETCH(int, backend);
        Database* db = shared(backend);
        QVERIFY(db);
        AppealService appeals(*db);
        AppealTerms terms(*db);
        const Session head = sessionOf(*db, u"head"_s);
        const Session prosecutor = sessionOf(*db, u"prosecutor"_s);
        // Tue 11 Mar 2025: D15 ends Fri 4 Apr; the cap is Sun 11 May -> Mon 12 May.
        const Appeal a = registered(*db, u"statement"_s, u"appk_administrative"_s, QDate(2025, 3, 11));
        QCOMPARE(a.dueOn, QDate(2025, 4, 4));
        Problems problems;
        QVERIFY2(appeals.takeOnControl(head, a.id, &problems), qPrintable(describe(problems)));
        at(QDate(2025, 4, 4)); // the last day of the term

        QVERIFY(!terms.extend(prosecutor, a.id, QDate(2025, 5, 12), u"Сұрау салу"_s, QDate(2025, 4, 3), &problems));
        QVERIFY(describe(problems).contains(u"prosecutor"_s));
        problems.clear();
        QVERIFY(!terms.extend(head, a.id, QDate(2025, 5, 12), u"  "_s, QDate(2025, 4, 3), &problems));
        QCOMPARE(fieldOf(problems), AppealTerms::tr("Reason"));
        problems.clear();
        QVERIFY(!terms.extend(head, a.id, QDate(2025, 5, 13), u"Сұрау салу"_s, QDate(2025, 4, 3), &problems));
        QCOMPARE(fieldOf(problems), AppealTerms::tr("New term"));
        QVERIFY2(describe(problems).contains(u"12.05.2025"_s) && describe(problems).contains(u"D17a"_s),
                 qPrintable(describe(problems)));
        problems.clear();
        // D18: the rapport of the last day itself is late (due Thu 3 Apr).
        QVERIFY(!terms.extend(head, a.id, QDate(2025, 5, 12), u"Сұрау салу"_s, QDate(2025, 4, 4), &problems));
        QCOMPARE(fieldOf(problems), AppealTerms::tr("Rapport filed on"));
        QVERIFY2(describe(problems).contains(u"03.04.2025"_s) && describe(problems).contains(u"D18"_s),
                 qPrintable(describe(problems)));
        QCOMPARE(appeals.load(a.id)->dueOn, QDate(2025, 4, 4));

        problems.clear();
        QVERIFY2(terms.extend(head, a.id, QDate(2025, 5, 12), u"Басқа органнан ақпарат күтілуде"_s, QDate(2025, 4, 3),
                              &problems),
                 qPrintable(describe(problems)));
        const Appeal extended = *appeals.load(a.id);
        QCOMPARE(extended.extendedTo, QDate(2025, 5, 12));
        QCOMPARE(extended.dueOn, QDate(2025, 5, 12));
        QVERIFY(extended.onControl()); // an extension never closes control
        const auto step = AppealActionLog(*db).latest(a.id, u"extended"_s);
        QVERIFY(step);
        QCOMPARE(step->actionOn, QDate(2025, 4, 4));
        QCOMPARE(step->dueOn, QDate(2025, 4, 9)); // D17b: 7, 8, 9 Apr
        QCOMPARE(step->approvedByLogin, u"head"_s);
        QCOMPARE(step->reason, u"Басқа органнан ақпарат күтілуде"_s);
        QCOMPARE(step->details.value(u"previous_due"_s).toString(), u"2025-04-04"_s);
        QCOMPARE(terms.status(extended, QDate(2025, 4, 7)).overdue, false);
        // The cap is the total: no second extension beyond it.
        problems.clear();
        QVERIFY(!terms.extend(head, a.id, QDate(2025, 5, 13), u"Тағы"_s, QDate(2025, 4, 4), &problems));
        QCOMPARE(fieldOf(problems), AppealTerms::tr("New term"));
    }

    // I-52: the rapport precedes expiry, so a passed term is not extended; nor is a term outside the АППК (I-5).
    void extension_refusedOnceTermPassed_I52_data() { ARMCPG_BACKEND_DATA(); }
    void extension_refusedOnceTermPassed_I52()
    {
        QFETCH(int, backend);
        Database* db = shared(backend);
        QVERIFY(db);
        AppealTerms terms(*db);
        const Session head = sessionOf(*db, u"head"_s);
        const Appeal a = registered(*db, u"statement"_s, u"appk_administrative"_s, QDate(2025, 3, 11));
        const Appeal criminal = registered(*db, u"complaint"_s, u"upk"_s, QDate(2025, 3, 11));
        at(QDate(2025, 4, 7)); // the term ended Fri 4 Apr
        Problems problems;
        QVERIFY(!terms.extend(head, a.id, QDate(2025, 5, 12), u"Кеш"_s, QDate(2025, 4, 3), &problems));
        QCOMPARE(fieldOf(problems), AppealTerms::tr("New term"));
        QVERIFY2(describe(problems).contains(u"04.04.2025"_s), qPrintable(describe(problems)));
        problems.clear();
        QVERIFY(!terms.extend(head, criminal.id, QDate(2025, 5, 12), u"Кеш"_s, QDate(2025, 4, 3), &problems));
        QVERIFY2(describe(problems).contains(u"I-5"_s), qPrintable(describe(problems)));
        QVERIFY(AppealActionLog(*db).of(a.id).isEmpty());
    }

    // I-35: a duplicate follows its main appeal's term when that is extended, and is not extended by itself.
    void duplicate_followsMainExtension_I35_data() { ARMCPG_BACKEND_DATA(); }
    void duplicate_followsMainExtension_I35()
    {
        QFETCH(int, backend);
        Database* db = shared(backend);
        QVERIFY(db);
        AppealService appeals(*db);
        AppealTerms terms(*db);
        const Session head = sessionOf(*db, u"head"_s);
        const Appeal main = registered(*db, u"statement"_s, u"appk_administrative"_s, QDate(2025, 3, 11));
        const Appeal duplicate = registered(*db, u"statement"_s, u"appk_administrative"_s, QDate(2025, 3, 20),
                                            [&](Appeal& a) { a.mainAppealId = main.id; });
        QCOMPARE(duplicate.dueOn, QDate(2025, 4, 4));
        at(QDate(2025, 4, 3));
        Problems problems;
        QVERIFY(!terms.extend(head, duplicate.id, QDate(2025, 5, 12), u"Дубликат"_s, QDate(2025, 4, 2), &problems));
        QVERIFY2(describe(problems).contains(u"I-35"_s), qPrintable(describe(problems)));
        problems.clear();
        QVERIFY2(terms.extend(head, main.id, QDate(2025, 5, 5), u"Тексеру"_s, QDate(2025, 4, 2), &problems),
                 qPrintable(describe(problems)));
        QCOMPARE(appeals.load(duplicate.id)->dueOn, QDate(2025, 5, 5));
    }

    // I-35: a duplicate attached by triage (D12a) follows its main appeal's extension; one attached after the main
    // appeal was answered keeps its 10 days (D12b) whenever its term is recomputed.
    void duplicate_attachedByTriage_followsMain_keepsD12b_I35_data() { ARMCPG_BACKEND_DATA(); }
    void duplicate_attachedByTriage_followsMain_keepsD12b_I35()
    {
        QFETCH(int, backend);
        Database* db = shared(backend);
        QVERIFY(db);
        AppealService appeals(*db);
        AppealTerms terms(*db);
        AppealTriage triage(*db);
        const Session head = sessionOf(*db, u"head"_s);
        const Appeal main = registered(*db, u"statement"_s, u"appk_administrative"_s, QDate(2025, 3, 11));
        const Appeal answered = registered(*db, u"statement"_s, u"appk_administrative"_s, QDate(2025, 3, 11));
        const Appeal early = registered(*db, u"statement"_s, u"appk_administrative"_s, QDate(2025, 3, 20));
        const Appeal late = registered(*db, u"statement"_s, u"appk_administrative"_s, QDate(2025, 3, 20));
        Problems problems;
        QVERIFY2(triage.attachDuplicate(head, early.id, main.id, &problems), qPrintable(describe(problems)));
        QCOMPARE(appeals.load(early.id)->dueOn, QDate(2025, 4, 4));
        // The main appeal answered on 21 Mar, after the duplicate came on 20 Mar: 10 days from 20 Mar = Sun 30 Mar
        // -> Mon 31 Mar.
        at(QDate(2025, 3, 21));
        QVERIFY2(appeals.recordAnswer(head, answered.id, QDate(2025, 3, 21), true, &problems), qPrintable(describe(problems)));
        at(QDate(2025, 3, 26));
        QVERIFY2(triage.attachDuplicate(head, late.id, answered.id, &problems, {QDate(2025, 3, 21), u"№ 12-3"_s}),
                 qPrintable(describe(problems)));
        QCOMPARE(appeals.load(late.id)->dueOn, QDate(2025, 3, 31));
        QVERIFY2(terms.refresh(head, late.id, &problems), qPrintable(describe(problems)));
        QCOMPARE(appeals.load(late.id)->dueOn, QDate(2025, 3, 31));

        at(QDate(2025, 4, 3));
        QVERIFY2(terms.extend(head, main.id, QDate(2025, 5, 5), u"Тексеру"_s, QDate(2025, 4, 2), &problems),
                 qPrintable(describe(problems)));
        QCOMPARE(appeals.load(early.id)->dueOn, QDate(2025, 5, 5));
    }

    // I-52, D19: additional control by the head on a rapport; the notice within 3 working days.
    void additionalControl_headOnly_notice3WD_D19_I52_data() { ARMCPG_BACKEND_DATA(); }
    void additionalControl_headOnly_notice3WD_D19_I52()
    {
        QFETCH(int, backend);
        Database* db = shared(backend);
        QVERIFY(db);
        AppealTerms terms(*db);
        const Session head = sessionOf(*db, u"head"_s);
        const Appeal a = registered(*db, u"statement"_s, u"appk_administrative"_s, QDate(2025, 3, 11));
        at(QDate(2025, 4, 4));
        Problems problems;
        QVERIFY(!terms.putOnAdditionalControl(sessionOf(*db, u"prosecutor"_s), a.id, u"Рапорт"_s, &problems));
        problems.clear();
        QVERIFY(!terms.putOnAdditionalControl(head, a.id, QString(), &problems));
        QCOMPARE(fieldOf(problems), AppealTerms::tr("Reason"));
        problems.clear();
        QVERIFY2(terms.putOnAdditionalControl(head, a.id, u"Ұзаққа созылған іс"_s, &problems), qPrintable(describe(problems)));
        QVERIFY(AppealService(*db).load(a.id)->additionalControl);
        const auto step = AppealActionLog(*db).latest(a.id, u"additional_control"_s);
        QVERIFY(step);
        QCOMPARE(step->dueOn, QDate(2025, 4, 9)); // Fri 4 Apr + 3 WD
        QVERIFY(!terms.putOnAdditionalControl(head, a.id, u"Тағы"_s, &problems));
        QCOMPARE(problems.last().field, AppealTerms::tr("Additional control"));
    }

    // I-52, D20: an inspection makes the interim answer mandatory (flagged while missing); the final answer is due
    // 10 working days after it ends.
    void inspection_interimAnswerMandatory_final10WD_D20_I52_data() { ARMCPG_BACKEND_DATA(); }
    void inspection_interimAnswerMandatory_final10WD_D20_I52()
    {
        QFETCH(int, backend);
        Database* db = shared(backend);
        QVERIFY(db);
        AppealService appeals(*db);
        AppealTerms terms(*db);
        const Session prosecutor = sessionOf(*db, u"prosecutor"_s);
        const Appeal a = registered(*db, u"statement"_s, u"appk_administrative"_s, QDate(2025, 3, 11));
        at(QDate(2025, 3, 12));
        Problems problems;
        QVERIFY(!terms.startInspection(sessionOf(*db, u"operator"_s), a.id, QDate(2025, 3, 12), &problems));
        problems.clear();
        QVERIFY(!terms.startInspection(prosecutor, a.id, QDate(2025, 3, 13), &problems)); // tomorrow
        QCOMPARE(fieldOf(problems), AppealTerms::tr("Inspection started on"));
        problems.clear();
        QVERIFY2(terms.startInspection(prosecutor, a.id, QDate(2025, 3, 12), &problems), qPrintable(describe(problems)));
        QVERIFY(!terms.startInspection(prosecutor, a.id, QDate(2025, 3, 12), &problems)); // under way
        QCOMPARE(appeals.load(a.id)->dueOn, QDate(2025, 4, 4));
        auto flagged = [&] {
            const QList<Appeal> missing = terms.interimAnswerMissing();
            return std::any_of(missing.begin(), missing.end(), [&](const Appeal& m) { return m.id == a.id; });
        };
        QVERIFY(flagged());

        at(QDate(2025, 3, 14));
        problems.clear();
        QVERIFY2(appeals.recordAnswer(prosecutor, a.id, QDate(2025, 3, 14), false, &problems), qPrintable(describe(problems)));
        QVERIFY(!flagged());

        at(QDate(2025, 4, 4));
        QVERIFY(!terms.endInspection(prosecutor, a.id, QDate(2025, 3, 11), &problems)); // before the start
        QCOMPARE(problems.last().field, AppealTerms::tr("Inspection ended on"));
        problems.clear();
        QVERIFY2(terms.endInspection(prosecutor, a.id, QDate(2025, 4, 4), &problems), qPrintable(describe(problems)));
        const Appeal ended = *appeals.load(a.id);
        QCOMPARE(ended.inspectionEndedOn, QDate(2025, 4, 4));
        QCOMPARE(ended.dueOn, QDate(2025, 4, 18)); // Apr 7-11, 14-18
        const auto step = AppealActionLog(*db).latest(a.id, u"inspection_ended"_s);
        QVERIFY(step);
        QCOMPARE(step->dueOn, QDate(2025, 4, 18));
        QVERIFY(!terms.status(ended, QDate(2025, 4, 7)).overdue);
    }

    // I-43, D14: the participant is notified no later than 3 working days before the act; the place is required.
    void hearingNotice_threeWorkingDaysBefore_D14_I43_data() { ARMCPG_BACKEND_DATA(); }
    void hearingNotice_threeWorkingDaysBefore_D14_I43()
    {
        QFETCH(int, backend);
        Database* db = shared(backend);
        QVERIFY(db);
        AppealTerms terms(*db);
        const Session prosecutor = sessionOf(*db, u"prosecutor"_s);
        const Appeal a = registered(*db, u"statement"_s, u"appk_administrative"_s, QDate(2025, 3, 11));
        // Act on Tue 1 Apr 2025: 3 WD before = Thu 27 Mar (28 and 31 Mar lie between).
        at(QDate(2025, 3, 28));
        Problems problems;
        QVERIFY(!terms.noticeOfHearing(prosecutor, a.id, QDate(2025, 4, 1), u"каб. 12"_s, &problems));
        QCOMPARE(fieldOf(problems), AppealTerms::tr("Act on"));
        QVERIFY2(describe(problems).contains(u"27.03.2025"_s) && describe(problems).contains(u"I-43"_s),
                 qPrintable(describe(problems)));
        at(QDate(2025, 3, 27));
        problems.clear();
        QVERIFY(!terms.noticeOfHearing(prosecutor, a.id, QDate(2025, 4, 1), u" "_s, &problems));
        QCOMPARE(fieldOf(problems), AppealTerms::tr("Place"));
        problems.clear();
        QVERIFY2(terms.noticeOfHearing(prosecutor, a.id, QDate(2025, 4, 1), u"каб. 12"_s, &problems),
                 qPrintable(describe(problems)));
        const auto step = AppealActionLog(*db).latest(a.id, u"hearing_notice"_s);
        QVERIFY(step);
        QCOMPARE(step->dueOn, QDate(2025, 3, 27));
        QCOMPARE(step->target, u"каб. 12"_s);
        QCOMPARE(step->details.value(u"act_on"_s).toString(), u"2025-04-01"_s);
    }

    // I-56: no hearing for a report in the simplified procedure; a complaint in it has one.
    void hearingNotice_refusedInSimplifiedProcedure_I56_data() { ARMCPG_BACKEND_DATA(); }
    void hearingNotice_refusedInSimplifiedProcedure_I56()
    {
        QFETCH(int, backend);
        Database* db = shared(backend);
        QVERIFY(db);
        AppealTerms terms(*db);
        const Session prosecutor = sessionOf(*db, u"prosecutor"_s);
        const Appeal report = registered(*db, u"report"_s, u"appk_simplified"_s, QDate(2025, 3, 11));
        const Appeal complaint = registered(*db, u"complaint"_s, u"appk_simplified"_s, QDate(2025, 3, 11));
        at(QDate(2025, 3, 12));
        Problems problems;
        QVERIFY(!terms.noticeOfHearing(prosecutor, report.id, QDate(2025, 4, 1), u"каб. 12"_s, &problems));
        QCOMPARE(fieldOf(problems), AppealTerms::tr("Hearing"));
        QVERIFY2(describe(problems).contains(u"I-56"_s), qPrintable(describe(problems)));
        problems.clear();
        QVERIFY2(terms.noticeOfHearing(prosecutor, complaint.id, QDate(2025, 4, 1), u"каб. 12"_s, &problems),
                 qPrintable(describe(problems)));
    }

    // I-71, D24: a late complaint is registered (never refused) and carries the warning.
    void lateComplaint_registeredWithWarning_D24_I71_data() { ARMCPG_BACKEND_DATA(); }
    void lateComplaint_registeredWithWarning_D24_I71()
    {
        QFETCH(int, backend);
        Database* db = shared(backend);
        QVERIFY(db);
        AppealTerms terms(*db);
        const Appeal late = registered(*db, u"complaint"_s, u"appk_complaint"_s, QDate(2025, 5, 20),
                                       [](Appeal& a) { a.learnedOn = QDate(2025, 1, 15); });
        QVERIFY(!late.id.isEmpty());
        QCOMPARE(late.learnedOn, QDate(2025, 1, 15));
        QVERIFY(late.dueOn.isValid()); // D27 runs as for any complaint
        QVERIFY2(terms.lateComplaintWarning(late).contains(u"15.04.2025"_s), qPrintable(terms.lateComplaintWarning(late)));
        const Appeal inTime = registered(*db, u"complaint"_s, u"appk_complaint"_s, QDate(2025, 4, 15),
                                         [](Appeal& a) { a.learnedOn = QDate(2025, 1, 15); });
        QVERIFY(terms.lateComplaintWarning(inTime).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAppealTerms)
#include "tst_appealterms.moc"
