// Users, roles and Argon2id passwords (libsodium); permissions checked in the service, not the UI.
#include "TestDatabase.h"

#include "directory/DirectoryRepository.h"
#include "security/PasswordHasher.h"
#include "security/UserService.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

class TestUserService : public QObject
{
    Q_OBJECT

    static void addOrganisation(Database* db)
    {
        DirectoryRepository repo(*db);
        WriteTransaction tx(*db, {});
        repo.insertKind(tx, {{}, u"organisation"_s, u"Ұйымдар"_s, u"Организации"_s, {}, true, {}, 0});
        DirectoryEntry gp;
        gp.kind = u"organisation"_s;
        gp.code = u"GP"_s;
        gp.nameKk = u"Бас прокуратура"_s;
        gp.nameRu = u"Генеральная прокуратура"_s;
        repo.insertEntry(tx, gp);
        QVERIFY2(tx.commit(), qPrintable(tx.error()));
    }

    static UserAccount account(const QString& login, QList<Role> roles)
    {
        UserAccount u;
        u.login = login;
        u.fullName = u"Әбілқасымов Ерлан Сәкенұлы"_s;
        u.roles = roles;
        u.organisationCode = u"GP"_s;
        return u;
    }

private slots:
    void passwordHasher_argon2id()
    {
        const QString hash = PasswordHasher::hash(u"Құпия-сөз-2026"_s);
        QVERIFY(hash.startsWith(u"$argon2id$"_s));
        QVERIFY(PasswordHasher::verify(hash, u"Құпия-сөз-2026"_s));
        QVERIFY(!PasswordHasher::verify(hash, u"құпия-сөз-2026"_s));
        QVERIFY(!PasswordHasher::needsRehash(hash));
        QVERIFY(PasswordHasher::hash(u"Құпия-сөз-2026"_s) != hash); // salted
    }

    void firstAdministratorThenPermissions_data() { ARMCPG_BACKEND_DATA(); }
    void firstAdministratorThenPermissions()
    {
        ARMCPG_OPEN_BACKEND(t);
        addOrganisation(t.db());
        UserService users(*t.db());
        QVERIFY(!users.hasUsers());
        Problems problems;
        // Nobody signed in cannot create users, except the program creating the first administrator.
        QVERIFY(users.createUser(Session(), account(u"admin"_s, {Role::Administrator}), u"Admin-2026"_s, &problems).isEmpty());
        QVERIFY(problems.first().message.contains(u"may not"_s));
        problems.clear();
        QVERIFY(!users.createUser(Session::program(u"first start"_s), account(u"admin"_s, {Role::Administrator}),
                                  u"Admin-2026"_s, &problems)
                     .isEmpty());
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));

        const auto admin = users.signIn(u"Admin "_s, u"Admin-2026"_s, &problems); // login is case- and space-insensitive
        QVERIFY2(admin, qPrintable(describe(problems)));
        QVERIFY(admin->has(Role::Administrator));
        QCOMPARE(admin->user().fullName, u"Әбілқасымов Ерлан Сәкенұлы"_s);

        UserAccount self = admin->user();
        self.active = false;
        QVERIFY(!users.updateUser(*admin, self, &problems)); // no locking oneself out
        QCOMPARE(problems.last().field, u"active"_s);
        QVERIFY(!users.createUser(*admin, account(u"head"_s, {Role::Head}), u"Head-2026"_s, &problems).isEmpty());
        const auto head = users.signIn(u"head"_s, u"Head-2026"_s, &problems);
        QVERIFY(head);
        QVERIFY(!head->has(Role::Administrator));
        problems.clear();
        QVERIFY(users.createUser(*head, account(u"other"_s, {Role::Operator}), u"Other-2026"_s, &problems).isEmpty());
        QCOMPARE(problems.first().field, u"permission"_s);
        QCOMPARE(users.usersWithRole(Role::Head).size(), 1);

        // The password hash never reaches the audit trail.
        QSqlQuery q(t->sql());
        QVERIFY(q.exec(u"SELECT changes FROM audit_event WHERE entity = 'app_user'"_s));
        while (q.next())
            QVERIFY(!q.value(0).toString().contains(u"$argon2id$"_s));
    }

    void validationNamesTheField_data() { ARMCPG_BACKEND_DATA(); }
    void validationNamesTheField()
    {
        ARMCPG_OPEN_BACKEND(t);
        addOrganisation(t.db());
        UserService users(*t.db());
        const Session program = Session::program(u"test"_s);
        UserAccount bad = account(u"Иван"_s, {});
        bad.fullName = u"  "_s;
        bad.organisationCode = u"NOPE"_s;
        Problems problems;
        QVERIFY(users.createUser(program, bad, u"short"_s, &problems).isEmpty());
        QStringList fields;
        for (const Problem& p : problems)
            fields << p.field;
        QCOMPARE(fields, QStringList({u"login"_s, u"full name"_s, u"roles"_s, u"organisation"_s, u"password"_s}));
        QVERIFY(!users.hasUsers());
    }

    void signIn_wrongPasswordDisabledAndChange_data() { ARMCPG_BACKEND_DATA(); }
    void signIn_wrongPasswordDisabledAndChange()
    {
        ARMCPG_OPEN_BACKEND(t);
        addOrganisation(t.db());
        UserService users(*t.db());
        const Session program = Session::program(u"test"_s);
        Problems problems;
        const QString id = users.createUser(program, account(u"prosecutor"_s, {Role::ReceptionProsecutor}),
                                            u"Prosecutor-2026"_s, &problems);
        QVERIFY(!id.isEmpty());
        QVERIFY(!users.signIn(u"prosecutor"_s, u"wrong-password"_s, &problems));
        QCOMPARE(problems.last().message, u"wrong login or password"_s);
        QVERIFY(!users.signIn(u"nobody"_s, u"Prosecutor-2026"_s, &problems));
        QCOMPARE(problems.last().message, u"wrong login or password"_s); // logins cannot be probed

        auto self = users.signIn(u"prosecutor"_s, u"Prosecutor-2026"_s, &problems);
        QVERIFY(self);
        QVERIFY(!users.changePassword(*self, id, u"bad"_s, u"New-pass-2026"_s, &problems));
        QCOMPARE(problems.last().field, u"current password"_s);
        QVERIFY(users.changePassword(*self, id, u"Prosecutor-2026"_s, u"New-pass-2026"_s, &problems));
        QVERIFY(users.signIn(u"prosecutor"_s, u"New-pass-2026"_s, &problems));

        UserAccount disabled = *users.findByLogin(u"prosecutor"_s);
        disabled.active = false;
        QVERIFY2(users.updateUser(program, disabled, &problems), qPrintable(describe(problems)));
        problems.clear();
        QVERIFY(!users.signIn(u"prosecutor"_s, u"New-pass-2026"_s, &problems));
        QVERIFY(problems.first().message.contains(u"disabled"_s));
    }
};

QTEST_GUILESS_MAIN(TestUserService)
#include "tst_userservice.moc"
