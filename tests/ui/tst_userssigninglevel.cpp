// The signing level of users on the Users tab of the administration page (I-88, app_user.signing_level): an
// administrator chooses it from the keyboard and it is stored; another user's row shows its own; a user who is not an
// administrator cannot change it.
#include "GuiTestSupport.h"
#include "TestDatabase.h"

#include "admin/UsersTab.h"
#include "appeal/SigningMatrix.h"
#include "security/UserService.h"
#include "setup/Setup.h"

#include <QComboBox>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

class TestUsersSigningLevel : public QObject
{
    Q_OBJECT

private slots:
    void administratorSetsTheLevel_I88()
    {
        TestDatabase t(TestDatabase::Backend::Sqlite);
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        UserService users(*t.db());
        const auto admin = users.findByLogin(u"admin"_s);
        QVERIFY(admin);

        UsersTab tab(*t.db(), Session::program(u"test"_s));
        QVERIFY(showActive(&tab));
        QComboBox* combo = tab.signingLevelCombo();
        QCOMPARE(combo->count(), 8); // "does not sign" and the seven levels
        QVERIFY(tab.selectLogin(u"admin"_s));
        QVERIFY(combo->isEnabled());
        QCOMPARE(combo->currentData().toString(), QString());
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(users.signingLevel(admin->id), SigningMatrix::levels().first());
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(users.signingLevel(admin->id), SigningMatrix::levels().at(1));

        // Another user shows their own (none); back on admin the stored level shows.
        QString other;
        for (const UserAccount& u : users.users(true)) {
            if (u.id != admin->id)
                other = u.login;
        }
        QVERIFY(!other.isEmpty());
        QVERIFY(tab.selectLogin(other));
        QCOMPARE(combo->currentData().toString(), QString());
        QVERIFY(tab.selectLogin(u"admin"_s));
        QCOMPARE(combo->currentData().toString(), SigningMatrix::levels().at(1));

        // A head sees it, read-only.
        UserAccount head;
        head.id = u"00000000-0000-4000-8000-0000000000d1"_s;
        head.login = u"head"_s;
        head.roles = {Role::Head};
        UsersTab readOnly(*t.db(), Session(head));
        QVERIFY(readOnly.selectLogin(u"admin"_s));
        QVERIFY(!readOnly.signingLevelCombo()->isEnabled());
        QCOMPARE(readOnly.signingLevelCombo()->currentData().toString(), SigningMatrix::levels().at(1));
    }
};

QTEST_MAIN(TestUsersSigningLevel)
#include "tst_userssigninglevel.moc"
