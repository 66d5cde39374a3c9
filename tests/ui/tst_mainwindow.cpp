// The workstation shell, driven like a person would: first start, sign in with the keyboard, navigate every
// section, switch the language to Kazakh and back to Russian at run time, and read the status bar.
#include "GuiTestSupport.h"
#include "TestDatabase.h"

#include "i18n/Translator.h"
#include "security/UserService.h"
#include "setup/Setup.h"
#include "shell/FirstStartDialog.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "shell/PlaceholderPage.h"
#include "prereg/PreRegistrationPage.h"
#include "schedule/SchedulePage.h"
#include "queue/QueueSection.h"
#include "reception/CardService.h"
#include "reception/JournalPage.h"
#include "reception/ReceptionCardForm.h"
#include "reception/ReceptionPage.h"
#include "directory/DirectoryComboBox.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QProcess>
#include <QStackedWidget>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

class TestMainWindow : public QObject
{
    Q_OBJECT

    static QString navigationText(MainWindow& w, MainWindow::Section s) { return w.navigation()->item(s)->text(); }

private slots:
    void init() { Translator::install(u"ru"_s); }

    void firstStart_createsAdministratorWithTheKeyboard()
    {
        TestDatabase t(TestDatabase::Backend::Sqlite);
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), false, &problems), qPrintable(describe(problems)));
        FirstStartDialog dialog(*t.db());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.organisationBox()->setCurrentCode(u"CPG"_s);
        dialog.fullNameEdit()->setFocus();
        typeText(dialog.fullNameEdit(), u"Сәрсенбаева Гүлнар Ерланқызы"_s);
        QTest::keyClicks(dialog.passwordEdit(), u"Secret-2026"_s);
        QTest::keyClicks(dialog.repeatEdit(), u"Secret-2027"_s);
        QTest::keyClick(dialog.repeatEdit(), Qt::Key_Return);
        QVERIFY(dialog.isVisible()); // the passwords differ: the dialog says so and stays
        QVERIFY(dialog.messageLabel()->text().contains(u"differ"_s) || !dialog.messageLabel()->text().isEmpty());
        QVERIFY(!UserService(*t.db()).hasUsers());
        dialog.repeatEdit()->clear();
        QTest::keyClicks(dialog.repeatEdit(), u"Secret-2026"_s);
        QTest::keyClick(dialog.repeatEdit(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto admin = UserService(*t.db()).signIn(u"admin"_s, u"Secret-2026"_s, &problems);
        QVERIFY2(admin, qPrintable(describe(problems)));
        QVERIFY(admin->has(Role::Administrator));
        QCOMPARE(admin->user().fullName, u"Сәрсенбаева Гүлнар Ерланқызы"_s);
        QCOMPARE(t->organisationCode(), u"CPG"_s);
    }

    void signIn_navigate_switchLanguage()
    {
        TestDatabase t(TestDatabase::Backend::Sqlite);
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        UserService users(*t.db());

        LoginDialog login(*t.db());
        login.show();
        QVERIFY(QTest::qWaitForWindowExposed(&login));
        QTest::keyClicks(login.loginEdit(), u"head"_s);
        QTest::keyClick(login.loginEdit(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), u"wrong"_s);
        QTest::keyClick(login.passwordEdit(), Qt::Key_Return);
        QVERIFY(login.isVisible());
        QVERIFY(!login.messageLabel()->text().isEmpty()); // wrong login or password, in Russian
        login.passwordEdit()->clear();
        QTest::keyClicks(login.passwordEdit(), u"Head-2026"_s);
        QTest::keyClick(login.passwordEdit(), Qt::Key_Return);
        QCOMPARE(login.result(), int(QDialog::Accepted));
        QCOMPARE(login.session().user().login, u"head"_s);

        MainWindow window(*t.db(), login.session());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Russian first: the navigation and the status bar.
        QCOMPARE(window.navigation()->count(), 9);
        QVERIFY2(navigationText(window, MainWindow::Reception).contains(u"приём"_s, Qt::CaseInsensitive)
                     || navigationText(window, MainWindow::Reception).contains(u"прием"_s, Qt::CaseInsensitive),
                 qPrintable(navigationText(window, MainWindow::Reception)));
        QVERIFY(navigationText(window, MainWindow::Directories).contains(u"справочники"_s, Qt::CaseInsensitive));
        QVERIFY2(window.userLabel()->text().contains(u"Оспанов Ерлан Қайратұлы"_s), qPrintable(window.userLabel()->text()));
        QVERIFY2(window.organisationLabel()->text().contains(u"Центр приема граждан"_s),
                 qPrintable(window.organisationLabel()->text()));
        QVERIFY(window.modeLabel()->text().contains(u"SQLite"_s));
        QCOMPARE(window.modeLabel()->toolTip(), t->settings().toDisplayString());
        QVERIFY(window.userLabel()->toolTip().contains(u"Руководитель"_s));
        QVERIFY(window.syncLabel()->text().contains(u"0"_s) || !window.syncLabel()->text().isEmpty());

        // Every section opens, by click and by Ctrl+N; unbuilt ones say so.
        for (int i = 0; i < window.navigation()->count(); ++i) {
            const QRect rect = window.navigation()->visualItemRect(window.navigation()->item(i));
            QTest::mouseClick(window.navigation()->viewport(), Qt::LeftButton, {}, rect.center());
            QCOMPARE(int(window.currentSection()), i);
        }
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentSection(), MainWindow::Queue);
        QVERIFY(qobject_cast<QueueSection*>(window.page(MainWindow::Queue)));
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window.currentSection(), MainWindow::PreRegistration);
        QVERIFY(qobject_cast<PreRegistrationPage*>(window.page(MainWindow::PreRegistration)));
        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
        QVERIFY(qobject_cast<SchedulePage*>(window.page(MainWindow::Schedules)));
        QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(window.currentSection(), MainWindow::Reports);
        auto* queue = qobject_cast<PlaceholderPage*>(window.page(MainWindow::Reports)); // a section to come
        QVERIFY(queue);
        const QString queueText = queue->findChildren<QLabel*>().last()->text();
        QVERIFY2(queueText.contains(u"не"_s), qPrintable(queueText)); // "… ещё не создан"
        QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
        QCOMPARE(window.currentSection(), MainWindow::Directories);
        screenshot(&window, u"main-ru-directories"_s);

        // Kazakh at run time, through the Language menu.
        QAction* kazakh = nullptr;
        for (QAction* menu : window.menuBar()->actions()) {
            for (QAction* a : menu->menu()->actions()) {
                if (a->data().toString() == u"kk")
                    kazakh = a;
            }
        }
        QVERIFY(kazakh);
        kazakh->trigger();
        QCOMPARE(Translator::current(), u"kk"_s);
        // Qt posts LanguageChange to every window: the texts change on the next pass of the event loop.
        QTRY_VERIFY2(navigationText(window, MainWindow::Directories).contains(u"анықтамалықтар"_s, Qt::CaseInsensitive),
                 qPrintable(navigationText(window, MainWindow::Directories)));
        QVERIFY2(navigationText(window, MainWindow::Reception).contains(u"қабылдау"_s, Qt::CaseInsensitive),
                 qPrintable(navigationText(window, MainWindow::Reception)));
        QVERIFY2(window.organisationLabel()->text().contains(u"Азаматтарды қабылдау орталығы"_s),
                 qPrintable(window.organisationLabel()->text()));
        QVERIFY(queue->findChildren<QLabel*>().last()->text() != queueText);
        screenshot(&window, u"main-kk-directories"_s);
        window.showSection(MainWindow::Administration);
        screenshot(&window, u"main-kk-administration"_s);
        window.switchLanguage(u"ru"_s);
        QTRY_VERIFY(navigationText(window, MainWindow::Directories).contains(u"справочники"_s, Qt::CaseInsensitive));
    }

    void signIn_afterAdministratorReset_choosesOwnPassword()
    {
        TestDatabase t(TestDatabase::Backend::Sqlite);
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        UserService users(*t.db());
        const auto admin = users.signIn(u"admin"_s, u"Admin-2026"_s, &problems);
        QVERIFY(admin);
        const QString id = users.findByLogin(u"prosecutor"_s)->id;
        QVERIFY(users.changePassword(*admin, id, {}, u"Temporary-1"_s, &problems));
        QVERIFY(users.findByLogin(u"prosecutor"_s)->mustChangePassword);

        LoginDialog login(*t.db());
        login.show();
        QTest::keyClicks(login.loginEdit(), u"prosecutor"_s);
        QTest::keyClicks(login.passwordEdit(), u"Temporary-1"_s);
        bool asked = false;
        QTimer::singleShot(0, this, [&] { // the modal "choose your own password" dialog
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            asked = true;
            QTest::keyClicks(dialog->findChild<QLineEdit*>(u"currentPassword"_s), u"Temporary-1"_s);
            QTest::keyClicks(dialog->findChild<QLineEdit*>(u"password"_s), u"My-own-2026"_s);
            QTest::keyClicks(dialog->findChild<QLineEdit*>(u"passwordRepeat"_s), u"My-own-2026"_s);
            dialog->accept();
        });
        QTest::keyClick(login.passwordEdit(), Qt::Key_Return);
        QVERIFY(asked);
        QCOMPARE(login.result(), int(QDialog::Accepted));
        QVERIFY(!login.session().user().mustChangePassword);
        QVERIFY(users.signIn(u"prosecutor"_s, u"My-own-2026"_s, &problems));
        QVERIFY(!users.signIn(u"prosecutor"_s, u"Temporary-1"_s, &problems));
    }

    void receptionSection_journalOpensCardsAndNewCards()
    {
        TestDatabase t(TestDatabase::Backend::Sqlite);
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems) && Setup::addDemoCards(*t.db(), &problems),
                 qPrintable(describe(problems)));
        const auto session = UserService(*t.db()).signIn(u"prosecutor"_s, u"Prosecutor-2026"_s, &problems);
        QVERIFY(session);
        MainWindow window(*t.db(), *session);
        QVERIFY(showActive(&window));
        QCOMPARE(window.currentSection(), MainWindow::Reception); // where a reception prosecutor starts
        auto* page = qobject_cast<ReceptionPage*>(window.page(MainWindow::Reception));
        QVERIFY(page);
        QTableView* view = page->journal()->view();
        QTRY_VERIFY(view->model()->rowCount() > 0); // the demo journal

        // Enter on a row opens that card in the form.
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_VERIFY(page->isFormShown());
        QVERIFY(!page->form()->card().number().isEmpty());
        screenshot(&window, u"main-ru-reception-card"_s);
        // Esc without changes goes back to the journal; Ctrl+N opens a new, empty card.
        QTest::keyClick(page->form(), Qt::Key_Escape);
        QTRY_VERIFY(!page->isFormShown());
        QTest::keyClick(view, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(page->isFormShown());
        QVERIFY(page->form()->card().number().isEmpty());
        screenshot(&window, u"main-ru-reception-new"_s);
    }

    void noDisplay_saysHowToRun()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ARMCPG_GUI_PATH), {});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(u"xvfb-run"_s) && err.contains(u"offscreen"_s), qPrintable(err));
    }

    void startsToMainWindow_withDemoUser()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"demo.sqlite"_s);
        QProcess init;
        init.start(QStringLiteral(ARMCPG_CLI_PATH), {u"init"_s, u"--demo"_s, u"--db"_s, db});
        QVERIFY(init.waitForFinished(60000));
        QCOMPARE(init.exitCode(), 0);
        QProcess gui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"ARMCPG_PASSWORD"_s, u"Prosecutor-2026"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        gui.setProcessEnvironment(env);
        gui.start(QStringLiteral(ARMCPG_GUI_PATH), {u"--db"_s, db, u"--user"_s, u"prosecutor"_s, u"--startup-time"_s});
        QVERIFY(gui.waitForFinished(60000));
        QCOMPARE(gui.exitCode(), 0);
        const QString out = QString::fromUtf8(gui.readAllStandardOutput());
        QVERIFY2(out.startsWith(u"startup_ms="_s), qPrintable(out + QString::fromUtf8(gui.readAllStandardError())));
        qInfo("start to interactive main window: %s", qPrintable(out.trimmed()));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
