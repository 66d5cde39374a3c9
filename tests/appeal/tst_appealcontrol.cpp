// Control of appeals (I-53, R-54, rules-000 §2.7, §7 item 17, §8 item 5), on SQLite and PostgreSQL: who took the
// appeal on control, only that person removes it, and an appeal from a reception only once the final answer
// was sent; an interim answer never closes it.
#include "TestDatabase.h"

#include "appeal/AppealService.h"
#include "common/Clock.h"
#include "security/Session.h"
#include "setup/Setup.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

class TestAppealControl : public QObject
{
    Q_OBJECT

    FixedClock clock{QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC)};

    static Session user(const QString& id, const QString& login, QList<Role> roles)
    {
        UserAccount u;
        u.id = id;
        u.login = login;
        u.roles = std::move(roles);
        return Session(u);
    }

    Session head = user(u"00000000-0000-4000-8000-0000000000a1"_s, u"head"_s, {Role::Head});
    Session deputy = user(u"00000000-0000-4000-8000-0000000000a2"_s, u"deputy"_s, {Role::Head});
    Session operatorOnly = user(u"00000000-0000-4000-8000-0000000000a3"_s, u"operator"_s, {Role::Operator});

    Appeal registered(Database& db, bool fromReception)
    {
        Appeal a;
        a.receivedOn = QDate(2026, 11, 20);
        a.kindCode = u"statement"_s;
        a.regimeCode = u"appk_administrative"_s;
        a.formCode = u"paper"_s;
        a.channelCode = fromReception ? u"personal_reception"_s : u"paper"_s;
        a.fromReception = fromReception;
        a.applicantName = u"Сәрсенбаева Гүлнар"_s;
        a.essence = u"Шағым"_s;
        Problems problems;
        AppealService(db).registerAppeal(operatorOnly, &a, &problems);
        return a;
    }

private slots:
    // I-53: the controller alone removes control; R-54: a reception appeal needs its final answer first.
    void receptionAppeal_onlyControllerAfterFinalAnswer_data() { ARMCPG_BACKEND_DATA(); }
    void receptionAppeal_onlyControllerAfterFinalAnswer()
    {
        ARMCPG_OPEN_BACKEND(t);
        t->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        AppealService appeals(*t.db());
        const Appeal a = registered(*t.db(), true);
        QVERIFY(!a.id.isEmpty());

        QVERIFY(!appeals.takeOnControl(operatorOnly, a.id, &problems)); // not a controller's role
        problems.clear();
        QVERIFY2(appeals.takeOnControl(head, a.id, &problems), qPrintable(describe(problems)));
        auto stored = appeals.load(a.id);
        QVERIFY(stored->onControl());
        QCOMPARE(stored->controlBy, head.user().id);
        QCOMPARE(stored->controlByLogin, u"head"_s);
        QVERIFY(stored->controlTakenAt.isValid());
        QVERIFY(!appeals.takeOnControl(deputy, a.id, &problems)); // on control already

        // Before any answer: refused, even to the controller.
        problems.clear();
        QVERIFY(!appeals.removeFromControl(head, a.id, &problems));
        QVERIFY(describe(problems).contains(u"R-54"_s));
        // An interim answer (I-52) does not close it.
        QVERIFY2(appeals.recordAnswer(operatorOnly, a.id, QDate(2026, 11, 20), false, &problems),
                 qPrintable(describe(problems)));
        problems.clear();
        QVERIFY(!appeals.removeFromControl(head, a.id, &problems));
        QVERIFY(appeals.load(a.id)->onControl());
        QCOMPARE(appeals.load(a.id)->interimAnswerSentOn, QDate(2026, 11, 20));

        QVERIFY2(appeals.recordAnswer(operatorOnly, a.id, QDate(2026, 11, 20), true, &problems),
                 qPrintable(describe(problems)));
        // Someone else, even a head, cannot remove it (I-53).
        problems.clear();
        QVERIFY(!appeals.removeFromControl(deputy, a.id, &problems));
        QVERIFY(describe(problems).contains(u"I-53"_s));
        QVERIFY(appeals.load(a.id)->onControl());
        QVERIFY2(appeals.removeFromControl(head, a.id, &problems), qPrintable(describe(problems)));
        stored = appeals.load(a.id);
        QVERIFY(!stored->onControl());
        QVERIFY(stored->controlRemovedAt.isValid());
        QVERIFY(!appeals.removeFromControl(head, a.id, &problems)); // not on control any more
    }

    // I-53 for an appeal that did not come from a reception: the controller may remove it without the R-54 condition.
    void ordinaryAppeal_controllerRemoves_data() { ARMCPG_BACKEND_DATA(); }
    void ordinaryAppeal_controllerRemoves()
    {
        ARMCPG_OPEN_BACKEND(t);
        t->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        AppealService appeals(*t.db());
        const Appeal a = registered(*t.db(), false);
        QVERIFY(!a.id.isEmpty());
        QVERIFY2(appeals.takeOnControl(deputy, a.id, &problems), qPrintable(describe(problems)));
        QVERIFY(!appeals.removeFromControl(head, a.id, &problems));
        problems.clear();
        QVERIFY2(appeals.removeFromControl(deputy, a.id, &problems), qPrintable(describe(problems)));
        QVERIFY(!appeals.load(a.id)->onControl());
    }

    // I-68: the sending date lies between the receipt and today, and names its field.
    void recordAnswer_checksTheDate_data() { ARMCPG_BACKEND_DATA(); }
    void recordAnswer_checksTheDate()
    {
        ARMCPG_OPEN_BACKEND(t);
        t->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        AppealService appeals(*t.db());
        const Appeal a = registered(*t.db(), false);
        problems.clear();
        QVERIFY(!appeals.recordAnswer(operatorOnly, a.id, QDate(2026, 11, 21), true, &problems));
        QCOMPARE(problems.value(0).field, AppealService::tr("Final answer sent on"));
        problems.clear();
        QVERIFY(!appeals.recordAnswer(operatorOnly, a.id, QDate(2026, 11, 19), false, &problems));
        QCOMPARE(problems.value(0).field, AppealService::tr("Interim answer sent on"));
        QVERIFY(!appeals.load(a.id)->finalAnswerSentOn.isValid());
    }
};

QTEST_GUILESS_MAIN(TestAppealControl)
#include "tst_appealcontrol.moc"
