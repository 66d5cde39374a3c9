// AppealService::update, on SQLite and PostgreSQL: the registration of an appeal a reception card created (R-51,
// without kind, regime and form) is completed; the number, the registration date and the mark never change (I-23);
// the same checks as at registration, each problem naming its field; a stale version is refused.
#include "TestDatabase.h"

#include "appeal/AppealService.h"
#include "appeal/AppealTerms.h"
#include "common/Clock.h"
#include "security/Session.h"
#include "setup/Setup.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

class TestAppealUpdate : public QObject
{
    Q_OBJECT

    FixedClock clock{QDateTime(QDate(2026, 3, 10), QTime(5, 0), Qt::UTC)};

    static Session user(const QString& login, QList<Role> roles)
    {
        UserAccount u;
        u.id = u"00000000-0000-4000-8000-0000000000b1"_s;
        u.login = login;
        u.roles = std::move(roles);
        return Session(u);
    }

    Session operatorUser = user(u"operator"_s, {Role::Operator});
    Session administrator = user(u"admin"_s, {Role::Administrator});

private slots:
    // I-23, R-51: completing the registration keeps the number, the date and the mark; the fields are stored.
    void completesRegistration_keepsNumberAndMark_data() { ARMCPG_BACKEND_DATA(); }
    void completesRegistration_keepsNumberAndMark()
    {
        ARMCPG_OPEN_BACKEND(t);
        clock.set(QDateTime(QDate(2026, 3, 10), QTime(5, 0), Qt::UTC));
        t->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        AppealService appeals(*t.db());
        Appeal a;
        a.receivedOn = QDate(2026, 3, 10);
        a.kindCode = u"statement"_s;
        a.regimeCode = u"appk_administrative"_s;
        a.formCode = u"paper"_s;
        a.fromReception = true;
        a.applicantName = u"Сәрсенбаева Гүлнар"_s;
        a.essence = u"Шағым"_s;
        QVERIFY2(appeals.registerAppeal(operatorUser, &a, &problems), qPrintable(describe(problems)));
        const Appeal before = a;

        clock.set(QDateTime(QDate(2026, 3, 12), QTime(5, 0), Qt::UTC));
        Appeal edited = a;
        edited.kindCode = u"complaint"_s;
        edited.regimeCode = u"appk_complaint"_s;
        edited.learnedOn = QDate(2026, 3, 1);
        edited.coApplicants = {u"Ахметов Асқар"_s, u"Бекова Әлия"_s};
        edited.number = u"forged"_s;                 // never changes
        edited.registeredOn = QDate(2026, 3, 12);    // never changes
        edited.fromReception = false;                // the mark stays
        QVERIFY2(appeals.update(operatorUser, &edited, &problems), qPrintable(describe(problems)));
        const Appeal stored = *appeals.load(a.id);
        QCOMPARE(stored.kindCode, u"complaint"_s);
        QCOMPARE(stored.regimeCode, u"appk_complaint"_s);
        QCOMPARE(stored.learnedOn, QDate(2026, 3, 1));
        QCOMPARE(stored.coApplicants, QStringList({u"Ахметов Асқар"_s, u"Бекова Әлия"_s}));
        QCOMPARE(stored.number, before.number);
        QCOMPARE(stored.registeredOn, before.registeredOn);
        QVERIFY(stored.fromReception);
        QCOMPARE(stored.channelCode, u"personal_reception"_s);
        // The term in force follows: 20 working days of a complaint (D27) instead of a statement's 15 (D15).
        QVERIFY(before.dueOn.isValid());
        QCOMPARE(stored.dueOn, AppealTerms(*t.db()).deadline().termInForce(stored));
        QVERIFY(stored.dueOn > before.dueOn);
        QVERIFY(stored.version > before.version); // the update, and the term in force refreshed with it
        QCOMPARE(edited.version, stored.version);

        // The version read before the change is stale now.
        Appeal stale = before;
        stale.essence = u"Другое"_s;
        problems.clear();
        QVERIFY(!appeals.update(operatorUser, &stale, &problems));
        QVERIFY2(describe(problems).contains(u"changed by someone else"_s), qPrintable(describe(problems)));
        QCOMPARE(appeals.load(a.id)->essence, u"Шағым"_s);
    }

    // The checks of registration (I-40 essence, I-39 IIN, directories), each naming its field; roles (rules-000 §5).
    void validatesLikeRegistration_data() { ARMCPG_BACKEND_DATA(); }
    void validatesLikeRegistration()
    {
        ARMCPG_OPEN_BACKEND(t);
        clock.set(QDateTime(QDate(2026, 3, 10), QTime(5, 0), Qt::UTC));
        t->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        AppealService appeals(*t.db());
        Appeal a;
        a.receivedOn = QDate(2026, 3, 10);
        a.kindCode = u"statement"_s;
        a.regimeCode = u"appk_administrative"_s;
        a.formCode = u"paper"_s;
        a.channelCode = u"paper"_s;
        a.applicantName = u"Сәрсенбаева Гүлнар"_s;
        a.essence = u"Шағым"_s;
        QVERIFY2(appeals.registerAppeal(operatorUser, &a, &problems), qPrintable(describe(problems)));

        Appeal bad = a;
        bad.essence.clear();
        bad.applicantIin = u"123"_s;
        bad.kindCode = u"no_such_kind"_s;
        QVERIFY(!appeals.update(operatorUser, &bad, &problems));
        QStringList fields;
        for (const Problem& p : std::as_const(problems))
            fields << p.field;
        QVERIFY2(fields.contains(u"Essence"_s) && fields.contains(u"IIN"_s) && fields.contains(u"Kind"_s),
                 qPrintable(describe(problems)));
        QCOMPARE(appeals.load(a.id)->version, a.version);

        problems.clear();
        Appeal byAdmin = a;
        byAdmin.subject = u"Акимат"_s;
        QVERIFY(!appeals.update(administrator, &byAdmin, &problems));
        QVERIFY(!problems.isEmpty());
        problems.clear();
        Appeal unknown = a;
        unknown.id = u"00000000-0000-4000-8000-00000000ffff"_s;
        QVERIFY(!appeals.update(operatorUser, &unknown, &problems));
        QVERIFY(describe(problems).contains(u"no such appeal"_s));
    }
};

QTEST_MAIN(TestAppealUpdate)
#include "tst_appealupdate.moc"
