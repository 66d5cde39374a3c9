// The signing level of users on the Users tab of the administration page (I-88, app_user.signing_level): an
// administrator chooses it from the keyboard and it is stored; another user's row shows its own; a user who is not an
// administrator cannot change it. The matrix itself (I-88, rules-000 §8 item 20: configured, not coded) on its tab.
#include "GuiTestSupport.h"
#include "TestDatabase.h"

#include "admin/SigningMatrixTab.h"
#include "admin/UsersTab.h"
#include "appeal/SigningMatrix.h"
#include "security/UserService.h"
#include "setup/Setup.h"

#include <QComboBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
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

    // I-88: an administrator ticks a level off a row with the keyboard; the override is stored and used; "Reset row"
    // brings back the shipped row; a head sees the matrix read only.
    void signingMatrixTab_overrideAndReset_I88()
    {
        TestDatabase t(TestDatabase::Backend::Sqlite);
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        const SigningMatrix shipped = SigningMatrix::builtin();
        QString decision;
        int column = -1;
        for (const QString& row : shipped.rows()) {
            const QStringList allowed = shipped.allowedLevels(row);
            if (!allowed.isEmpty()) {
                decision = row;
                column = int(SigningMatrix::levels().indexOf(allowed.first()));
                break;
            }
        }
        QVERIFY(!decision.isEmpty() && column >= 0);
        const QString level = SigningMatrix::levels().at(column);

        SigningMatrixTab tab(*t.db(), Session::program(u"test"_s));
        QVERIFY(showActive(&tab));
        QTableWidget* table = tab.table();
        const int row = int(shipped.rows().indexOf(decision));
        QCOMPARE(table->rowCount(), int(shipped.rows().size()));
        QCOMPARE(table->columnCount(), 7);
        QCOMPARE(table->item(row, column)->checkState(), Qt::Checked);

        table->setFocus();
        table->setCurrentCell(row, column);
        QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(table->item(row, column)->checkState(), Qt::Unchecked);
        QVERIFY2(tab.problemText().isEmpty(), qPrintable(tab.problemText()));
        QVERIFY(!SigningMatrix::load(*t.db()).allows(decision, level));

        click(tab.resetButton());
        QVERIFY(SigningMatrix::load(*t.db()).allows(decision, level));
        QCOMPARE(tab.table()->item(row, column)->checkState(), Qt::Checked);

        UserAccount head;
        head.id = u"00000000-0000-4000-8000-0000000000d1"_s;
        head.login = u"head"_s;
        head.roles = {Role::Head};
        SigningMatrixTab readOnly(*t.db(), Session(head));
        QVERIFY(!(readOnly.table()->item(row, column)->flags() & Qt::ItemIsUserCheckable));
        QVERIFY(!readOnly.resetButton()->isEnabled());
    }
};

QTEST_MAIN(TestUsersSigningLevel)
#include "tst_userssigninglevel.moc"
