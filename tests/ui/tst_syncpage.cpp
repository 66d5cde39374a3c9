// The Sync page driven through its widgets, between a laptop (SQLite) and a centre (a fresh PostgreSQL database)
// with the laptop registered as a device: the address and password typed in, F5 syncs off the UI thread, the cards
// reach the centre and nothing waits; the same field changed on both sides shows as a conflict, "Take this device's
// value" and a further sync put the device's value on the centre. A bad address is refused with a message naming
// the field; an unreachable centre is recorded quietly; the main window's status bar follows the sync.
#include "GuiTestSupport.h"
#include "TestDatabase.h"

#include "reception/CardGenerator.h"
#include "security/Session.h"
#include "setup/DeviceService.h"
#include "setup/Setup.h"
#include "shell/MainWindow.h"
#include "storage/WriteTransaction.h"
#include "sync/CentralServer.h"
#include "sync/ConflictService.h"
#include "sync/SyncLog.h"
#include "sync/SyncPage.h"
#include "sync/SyncRunner.h"
#include "sync/SyncStatus.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

// A return from the test function itself: without PostgreSQL the sync tests skip, unless it is required.
#define ARMCPG_REQUIRE_POSTGRES()                                                                                      \
    if (!TestDatabase::postgresAvailable() && !TestDatabase::postgresRequired())                                       \
    QSKIP("no PostgreSQL (ARMCPG_TEST_PG) to sync with")

namespace {
constexpr int kSyncTimeoutMs = 120000;
const QString kDevicePassword = u"device-password-1"_s;

QString scalar(Database& db, const QString& sql, const QString& bind = {})
{
    QSqlQuery q = db.prepare(sql);
    if (!bind.isEmpty())
        q.addBindValue(bind);
    if (!q.exec() || !q.next())
        return u"<%1>"_s.arg(Database::errorText(q));
    return q.value(0).toString();
}

QString updateComment(Database& db, const QString& id, const QString& comment)
{
    WriteTransaction tx(db, Actor{});
    if (!tx.update(u"reception_card"_s, id, {{u"applicant_comment"_s, comment}}) || !tx.commit())
        return tx.error();
    return {};
}
} // namespace

class TestSyncPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_laptop;
    std::unique_ptr<TestDatabase> m_centre;
    QString m_address; // postgresql://device-role@host:port/db

    // A laptop recording for CPG with a few cards, and a centre where it is registered.
    bool makeLaptopAndCentre(int cards)
    {
        m_laptop = std::make_unique<TestDatabase>(TestDatabase::Backend::Sqlite);
        if (!m_laptop->isValid())
            return qWarning("%s", qPrintable(m_laptop->error())), false;
        Database& db = *m_laptop->db();
        Problems p;
        if (!Setup::initialise(db, true, &p)
            || !DeviceService(db).change(Session::program(u"test"_s), db.deviceId(), u"CPG"_s, &p))
            return qWarning("laptop: %s", qPrintable(describe(p))), false;
        m_centre = std::make_unique<TestDatabase>(TestDatabase::Backend::Postgres);
        if (!m_centre->isValid())
            return qWarning("%s", qPrintable(m_centre->error())), false;
        Database& central = *m_centre->db();
        if (!Setup::initialise(central, true, &p))
            return qWarning("centre: %s", qPrintable(describe(p))), false;
        const QString role = CentralServer(central).registerDevice(Session::program(u"test"_s), db.deviceId(), u"CPG"_s,
                                                                   u"laptop"_s, kDevicePassword, &p);
        if (role.isEmpty())
            return qWarning("register: %s", qPrintable(describe(p))), false;
        CardGenerator::Options options;
        options.ownOrganisationOnly = true;
        if (CardGenerator::generate(db, Session::program(u"test"_s), cards, 1, options, &p) != cards)
            return qWarning("cards: %s", qPrintable(describe(p))), false;
        const QUrl url(m_centre->url());
        m_address = u"postgresql://%1@%2:%3%4?sslmode=disable"_s.arg(role, url.host()).arg(url.port(5432)).arg(url.path());
        return true;
    }

    // Types the address and the password into the page and syncs with F5; returns the run's error, if any.
    static void typeServer(SyncPage* page, const QString& address, const QString& password)
    {
        focusOn(page->addressField());
        page->addressField()->selectAll();
        typeText(page->addressField(), address);
        focusOn(page->passwordField());
        typeText(page->passwordField(), password);
    }

    static bool syncWithF5(SyncPage* page)
    {
        QWidget* focus = page->focusWidget() ? page->focusWidget() : page;
        QTest::keyClick(focus, Qt::Key_F5);
        if (!page->runner()->isRunning()) {
            qWarning("the sync did not start: %s", qPrintable(page->message()));
            return false;
        }
        if (page->syncButton()->isEnabled() || !page->progressBar()->isVisible() || !page->cancelButton()->isVisible()) {
            qWarning("no progress shown while syncing");
            return false;
        }
        QTest::qWait(0);
        return true;
    }

private slots:
    void cleanup()
    {
        cancelPendingModals();
        m_centre.reset();
        m_laptop.reset();
    }

    void syncsCardsThenResolvesAConflict()
    {
        ARMCPG_REQUIRE_POSTGRES();
        QVERIFY(makeLaptopAndCentre(5));
        Database& db = *m_laptop->db();
        Database& central = *m_centre->db();
        QCOMPARE(SyncStatus::read(db).pending > 0, true);

        SyncPage page(db, Session::program(u"test"_s));
        page.resize(1200, 800);
        QVERIFY(showActive(&page));
        QVERIFY(page.lastSuccessText().contains(u"never"_s));
        typeServer(&page, m_address, kDevicePassword);
        QVERIFY(syncWithF5(&page));
        screenshot(&page, u"sync-running"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!page.runner()->isRunning(), kSyncTimeoutMs);
        QVERIFY2(page.runner()->lastReport().ok, qPrintable(page.runner()->lastReport().error));
        QVERIFY(!page.progressBar()->isVisible());
        screenshot(&page, u"sync-done"_s);

        // The address is stored without the password; the cards are on the centre; nothing waits.
        QCOMPARE(SyncStatus::read(db).server, m_address);
        QVERIFY(!SyncStatus::read(db).server.contains(kDevicePassword));
        QCOMPARE(SyncStatus::read(db).pending, 0);
        QVERIFY2(page.pendingText().startsWith(u"0 "_s), qPrintable(page.pendingText()));
        QVERIFY(!page.lastSuccessText().contains(u"never"_s));
        QCOMPARE(page.lastErrorText(), u"none"_s);
        QSqlQuery cards = db.prepare(u"SELECT id, number FROM reception_card"_s);
        QVERIFY(cards.exec());
        QStringList ids;
        while (cards.next()) {
            ids << cards.value(0).toString();
            QCOMPARE(scalar(central, u"SELECT number FROM reception_card WHERE id = ?::uuid"_s, ids.last()),
                     cards.value(1).toString());
        }
        QVERIFY(ids.size() >= 5);
        QVERIFY(page.logTable()->rowCount() >= 1);
        QCOMPARE(page.conflictsTable()->rowCount(), 0);
        QVERIFY(!page.takeDeviceButton()->isEnabled());

        // The same field changed on the laptop and at the centre: a conflict for a person.
        const QString id = ids.first();
        const QString number = scalar(db, u"SELECT number FROM reception_card WHERE id = ?"_s, id);
        QCOMPARE(updateComment(db, id, u"Өтініш ноутбукта"_s), QString());
        QCOMPARE(updateComment(central, id, u"Изменено в центре"_s), QString());
        QVERIFY(syncWithF5(&page));
        QTRY_VERIFY_WITH_TIMEOUT(!page.runner()->isRunning(), kSyncTimeoutMs);
        QVERIFY2(page.runner()->lastReport().ok, qPrintable(page.runner()->lastReport().error));
        QCOMPARE(page.runner()->lastReport().conflicts, 1);
        QTableWidget* table = page.conflictsTable();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), number);
        QCOMPARE(table->item(0, 1)->text(), u"applicant_comment"_s);
        QCOMPARE(table->item(0, 2)->text(), u"Изменено в центре"_s);
        QCOMPARE(table->item(0, 3)->text(), u"Өтініш ноутбукта"_s);
        QVERIFY(!table->item(0, 4)->text().isEmpty());
        QCOMPARE(page.conflictsText(), u"1"_s);
        screenshot(&page, u"sync-conflict"_s);

        // Chosen with the keyboard: the row, then the button's mnemonic.
        focusOn(table);
        table->setCurrentCell(0, 0);
        QVERIFY(page.takeDeviceButton()->isEnabled());
        QTest::keyClick(table, Qt::Key_T, Qt::AltModifier);
        QTRY_COMPARE(table->rowCount(), 0);
        QVERIFY2(page.message().contains(number), qPrintable(page.message()));
        QCOMPARE(scalar(db, u"SELECT applicant_comment FROM reception_card WHERE id = ?"_s, id), u"Өтініш ноутбукта"_s);
        QVERIFY(SyncStatus::read(db).pending > 0);

        QVERIFY(syncWithF5(&page));
        QTRY_VERIFY_WITH_TIMEOUT(!page.runner()->isRunning(), kSyncTimeoutMs);
        QVERIFY2(page.runner()->lastReport().ok, qPrintable(page.runner()->lastReport().error));
        QCOMPARE(scalar(central, u"SELECT applicant_comment FROM reception_card WHERE id = ?::uuid"_s, id),
                 u"Өтініш ноутбукта"_s);
        QCOMPARE(ConflictService(central).openCount(), 0);
        QCOMPARE(ConflictService(db).openCount(), 0);
        QCOMPARE(table->rowCount(), 0);
        QCOMPARE(SyncStatus::read(db).pending, 0);
        QCOMPARE(page.conflictsText(), u"0"_s);
    }

    void refusesABadAddressNamingTheField()
    {
        TestDatabase t(TestDatabase::Backend::Sqlite);
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        SyncPage page(*t.db(), Session::program(u"test"_s));
        QVERIFY(showActive(&page));
        for (const QString& bad : {u"http://centre.example/armcpg"_s, u"postgresql://"_s,
                                   u"postgresql://centre.example:5432/armcpg"_s,
                                   u"postgresql://role@centre.example/armcpg?sslmode=sometimes"_s}) {
            focusOn(page.addressField());
            page.addressField()->selectAll();
            typeText(page.addressField(), bad);
            QTest::keyClick(page.addressField(), Qt::Key_F5);
            QVERIFY(!page.runner()->isRunning());
            QVERIFY2(page.message().startsWith(u"Central database address: "_s), qPrintable(page.message()));
            QCOMPARE(SyncStatus::read(*t.db()).server, QString());
            QVERIFY(page.addressField()->hasFocus());
        }
        // A password typed into the address stays in memory; the address is stored without it.
        page.addressField()->clear();
        typeText(page.addressField(), u"postgresql://role:secret@centre.example:5432/armcpg"_s);
        click(page.saveButton());
        QCOMPARE(SyncStatus::read(*t.db()).server, u"postgresql://role@centre.example:5432/armcpg"_s);
        QCOMPARE(page.passwordField()->text(), u"secret"_s);
        QCOMPARE(page.runner()->password(), u"secret"_s);
        // Automatic is saved as it is toggled.
        QVERIFY(SyncStatus::read(*t.db()).automatic);
        click(page.automaticBox());
        QVERIFY(!SyncStatus::read(*t.db()).automatic);
    }

    void recordsAnUnreachableCentreQuietly()
    {
        TestDatabase t(TestDatabase::Backend::Sqlite);
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        SyncPage page(*t.db(), Session::program(u"test"_s));
        QVERIFY(showActive(&page));
        typeServer(&page, u"postgresql://role@127.0.0.1:1/armcpg?sslmode=disable"_s, u"x"_s);
        QVERIFY(syncWithF5(&page));
        QTRY_VERIFY_WITH_TIMEOUT(!page.runner()->isRunning(), 30000);
        QVERIFY(!page.runner()->lastReport().ok);
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        QVERIFY2(page.message().startsWith(u"Sync failed: "_s), qPrintable(page.message()));
        const SyncStatus status = SyncStatus::read(*t.db());
        QVERIFY(!status.lastError.isEmpty());
        QVERIFY(status.lastAttempt.isValid());
        QVERIFY(!status.lastSuccess.isValid());
        QCOMPARE(page.lastErrorText(), status.lastError);
        bool alarm = false;
        QVERIFY(SyncPage::statusText(status, true, &alarm).contains(u"failed"_s));
        QVERIFY(alarm);
    }

    void syncsAutomaticallyAfterStartAndQuietly()
    {
        TestDatabase t(TestDatabase::Backend::Sqlite);
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        Database& db = *t.db();
        // An address with automatic off: nothing happens.
        QVERIFY(SyncStatus::setServer(db, u"postgresql://role@127.0.0.1:1/armcpg?sslmode=disable"_s, false));
        {
            SyncRunner runner(db);
            runner.setAutomatic(true);
            QCOMPARE(runner.automaticTimer()->interval(), 2 * 60 * 1000);
            QVERIFY(runner.automaticTimer()->isActive());
            QTest::qWait(SyncRunner::kFirstAutomaticDelayMs + 500);
            QVERIFY(!runner.isRunning());
            QVERIFY(!SyncStatus::read(db).lastAttempt.isValid());
        }
        // On: shortly after start it tries, and an unreachable centre is only recorded.
        QVERIFY(SyncStatus::setServer(db, u"postgresql://role@127.0.0.1:1/armcpg?sslmode=disable"_s, true));
        SyncRunner runner(db);
        bool finished = false;
        connect(&runner, &SyncRunner::finished, this, [&finished] { finished = true; });
        runner.setAutomatic(true);
        QTRY_VERIFY_WITH_TIMEOUT(finished, SyncRunner::kFirstAutomaticDelayMs + 30000);
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        QVERIFY(!runner.lastReport().ok);
        QVERIFY(SyncStatus::read(db).lastAttempt.isValid());
        QVERIFY(!SyncStatus::read(db).lastError.isEmpty());
        // Never two at once.
        QVERIFY(runner.start());
        QString why;
        QVERIFY(!runner.start(&why));
        QVERIFY(!why.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isRunning(), 30000);
    }

    void statusBarFollowsTheSync()
    {
        ARMCPG_REQUIRE_POSTGRES();
        QVERIFY(makeLaptopAndCentre(3));
        Database& db = *m_laptop->db();
        MainWindow window(db, Session::program(u"test"_s));
        QVERIFY(showActive(&window));
        QLabel* status = window.syncLabel();
        const int waiting = SyncStatus::read(db).pending;
        QCOMPARE(status->text(), u"Sync: no central database · %1 waiting"_s.arg(waiting));
        QVERIFY(!status->property("alarm").toBool());

        // A click on it opens the Sync page; so does Ctrl+8.
        window.showSection(MainWindow::Reception);
        QTest::mouseClick(status, Qt::LeftButton);
        QCOMPARE(window.currentSection(), MainWindow::Sync);
        window.showSection(MainWindow::Reception);
        QTest::keyClick(&window, Qt::Key_8, Qt::ControlModifier);
        QCOMPARE(window.currentSection(), MainWindow::Sync);
        auto* page = qobject_cast<SyncPage*>(window.page(MainWindow::Sync));
        QVERIFY(page);
        QCOMPARE(page->runner(), window.syncRunner());

        typeServer(page, m_address, kDevicePassword);
        // Esc cancels a run (after its current batch, or before the centre is reached).
        QVERIFY(syncWithF5(page));
        QTest::keyClick(page->focusWidget(), Qt::Key_Escape);
        QVERIFY(!page->cancelButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!page->runner()->isRunning(), kSyncTimeoutMs);
        QVERIFY2(page->runner()->lastReport().cancelled, qPrintable(page->runner()->lastReport().error));
        QVERIFY2(page->message().startsWith(u"Cancelled"_s), qPrintable(page->message()));
        QVERIFY(!SyncStatus::read(db).lastSuccess.isValid());

        QVERIFY(syncWithF5(page));
        QCOMPARE(status->text(), u"Sync: in progress…"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!page->runner()->isRunning(), kSyncTimeoutMs);
        QVERIFY2(page->runner()->lastReport().ok, qPrintable(page->runner()->lastReport().error));
        QVERIFY2(QRegularExpression(u"^Sync: (\\d\\d\\.\\d\\d )?\\d\\d:\\d\\d · 0 waiting$"_s).match(status->text()).hasMatch(),
                 qPrintable(status->text()));
        QCOMPARE(status->text(), SyncPage::statusText(SyncStatus::read(db), true));
        QVERIFY(!status->property("alarm").toBool());
        QVERIFY(status->toolTip().contains(m_address));
        screenshot(&window, u"sync-statusbar"_s);
    }

    void centralWorkstationShowsConflictsOnly()
    {
        ARMCPG_REQUIRE_POSTGRES();
        TestDatabase central(TestDatabase::Backend::Postgres);
        QVERIFY2(central.isValid(), qPrintable(central.error()));
        SyncPage page(*central.db(), Session::program(u"test"_s));
        QVERIFY(showActive(&page));
        QVERIFY(page.runner() == nullptr);
        QVERIFY(!page.addressField()->isVisible());
        QVERIFY(!page.syncButton()->isVisible());
        QVERIFY(page.conflictsTable()->isVisible());
        QVERIFY(page.findChild<QLabel*>(u"intro"_s)->text().contains(u"directly"_s));
        QCOMPARE(SyncPage::statusText(SyncStatus::read(*central.db()), false),
                 u"Sync: working on the central database directly"_s);
    }
};

QTEST_MAIN(TestSyncPage)
#include "tst_syncpage.moc"
