// AdministrationPage driven through its real widgets: users (create, refuse, sign in), this workstation, the
// calendar of the shipped years, the receipt-day setting, read-only for non-administrators, and the laptops
// registered on a central PostgreSQL database (register, refuse, deactivate; on SQLite only a note).
#include "GuiTestSupport.h"
#include "TestDatabase.h"

#include "admin/AdministrationPage.h"
#include "admin/CalendarEntryDialog.h"
#include "admin/CalendarTab.h"
#include "admin/DeviceRegistrationDialog.h"
#include "admin/DevicesTab.h"
#include "admin/PasswordResetDialog.h"
#include "admin/SettingsTab.h"
#include "admin/UserDialog.h"
#include "admin/UsersTab.h"
#include "admin/WorkstationTab.h"
#include "calendar/CalendarService.h"
#include "directory/DirectoryComboBox.h"
#include "i18n/Translator.h"
#include "security/UserService.h"
#include "settings/AppSettings.h"
#include "setup/Setup.h"
#include "storage/WriteTransaction.h"
#include "sync/CentralServer.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

#define ARMCPG_REQUIRE_POSTGRES()                                                                                      \
    if (!TestDatabase::postgresAvailable() && !TestDatabase::postgresRequired())                                       \
    QSKIP("no PostgreSQL (ARMCPG_TEST_PG) for a central database")

namespace {
// Types part of a name into a directory choice and picks the single match from the popup.
void choose(DirectoryComboBox* box, const QString& typed)
{
    box->setFocus();
    typeText(box->lineEdit(), typed);
    QTRY_VERIFY(box->completer()->popup()->isVisible());
    QCOMPARE(box->completer()->completionCount(), 1);
    QTest::keyClick(box->completer()->popup(), Qt::Key_Down);
    QTest::keyClick(box->completer()->popup(), Qt::Key_Return);
}

QStringList column(QTableView* view, int col)
{
    QStringList values;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        values << view->model()->index(row, col).data().toString();
    return values;
}

std::optional<RegisteredDevice> registered(Database& central, const QString& deviceId)
{
    for (const RegisteredDevice& d : CentralServer(central).devices()) {
        if (d.deviceId == deviceId)
            return d;
    }
    return std::nullopt;
}
} // namespace

class TestAdministrationPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createUserThroughDialogAndSignIn();
    void shortPasswordIsRefusedWithFieldNamed();
    void editUserAndResetPassword();
    void workstationIdentity();
    void calendarShowsShippedYear();
    void calendarYearWithoutDataSaysSo();
    void calendarAddEntry();
    void calendarStartYearRemoveAndConfirm();
    void receiptDaySettingIsStored();
    void nonAdministratorSeesReadOnly();
    void devicesRegisterWithKeyboardAndDeactivate();
    void devicesRefuseBadInputNamingTheField();
    void devicesOnSqliteAreRegisteredCentrally();

private:
    void openPage(const Session& session);
    Session administrator();
    void useCentralDatabase(); // a fresh central PostgreSQL database, initialised with the demo users, as m_t

    std::unique_ptr<test::TestDatabase> m_t;
    std::unique_ptr<AdministrationPage> m_page;
};

void TestAdministrationPage::init()
{
    // English: the texts checked below are the source texts (names still come in Russian where English is empty).
    Translator::install(u"en"_s);
    m_t = std::make_unique<test::TestDatabase>(test::TestDatabase::Backend::Sqlite);
    QVERIFY2(m_t->isValid(), qPrintable(m_t->error()));
    Database& db = *m_t->db();
    addKind(db, u"organisation"_s, true);
    addKind(db, u"position"_s, false);
    addEntry(db, u"organisation"_s, u"GP"_s, u"Бас прокуратура"_s, u"Генеральная прокуратура"_s);
    addEntry(db, u"organisation"_s, u"GP-CPG"_s, u"Азаматтарды қабылдау орталығы"_s, u"Центр приема граждан"_s, {},
             u"GP"_s);
    addEntry(db, u"position"_s, u"PROS"_s, u"Прокурор"_s, u"Прокурор"_s);
    addEntry(db, u"position"_s, u"ASST"_s, u"Прокурордың көмекшісі"_s, u"Помощник прокурора"_s);
    Problems problems;
    const Session program = Session::program(u"test"_s);
    WriteTransaction tx(db, program.actor());
    QVERIFY2(CalendarService(db).seedBuiltin(program, tx, &problems), qPrintable(describe(problems)));
    QVERIFY2(tx.commit(), qPrintable(tx.error()));
}

void TestAdministrationPage::cleanup()
{
    cancelPendingModals();
    m_page.reset();
    m_t.reset();
}

Session TestAdministrationPage::administrator()
{
    return signInAdministrator(*m_t->db(), u"Жұмабаева Айгүл Серікқызы"_s);
}

void TestAdministrationPage::openPage(const Session& session)
{
    m_page = std::make_unique<AdministrationPage>(*m_t->db(), session);
    m_page->resize(1100, 750);
    QVERIFY(showActive(m_page.get()));
}

void TestAdministrationPage::createUserThroughDialogAndSignIn()
{
    openPage(administrator());
    UsersTab* users = m_page->usersTab();
    QCOMPARE(column(users->view(), UsersTab::Login), QStringList{u"admin"_s});

    bool handled = false;
    onModal<UserDialog>(
        [](UserDialog* dialog) {
            typeText(dialog->findChild<QLineEdit*>(u"login"_s), u"ivanova"_s);
            typeText(dialog->findChild<QLineEdit*>(u"fullName"_s), u"Иванова Ольга Петровна"_s);
            click(dialog->roleBox(Role::Operator));
            click(dialog->roleBox(Role::ReceptionProsecutor));
            choose(dialog->findChild<DirectoryComboBox*>(u"organisation"_s), u"қабылдау"_s);
            choose(dialog->findChild<DirectoryComboBox*>(u"position"_s), u"помощник"_s);
            typeText(dialog->findChild<QLineEdit*>(u"password"_s), u"Secret-2026"_s);
            QLineEdit* repeat = dialog->findChild<QLineEdit*>(u"passwordRepeat"_s);
            typeText(repeat, u"Secret-2026"_s);
            screenshot(dialog, u"admin-user-dialog"_s);
            QTest::keyClick(repeat, Qt::Key_Return); // Enter saves
            if (dialog->isVisible())
                qWarning("refused: %s", qPrintable(dialog->problemText()));
        },
        &handled);
    click(users->addButton());
    QVERIFY(handled);

    Problems problems;
    const auto session = UserService(*m_t->db()).signIn(u"ivanova"_s, u"Secret-2026"_s, &problems);
    QVERIFY2(session, qPrintable(describe(problems)));
    QCOMPARE(session->user().fullName, u"Иванова Ольга Петровна"_s);
    QCOMPARE(session->user().roles, (QList<Role>{Role::Operator, Role::ReceptionProsecutor}));
    QCOMPARE(session->user().organisationCode, u"GP-CPG"_s);
    QCOMPARE(session->user().positionCode, u"ASST"_s);
    QVERIFY(session->user().active);

    // The table shows the new user with role and organisation names.
    QVERIFY(users->selectLogin(u"ivanova"_s));
    const int row = users->view()->currentIndex().row();
    const QAbstractItemModel* model = users->view()->model();
    QCOMPARE(model->index(row, UsersTab::FullName).data().toString(), u"Иванова Ольга Петровна"_s);
    QVERIFY(model->index(row, UsersTab::Roles).data().toString().contains(roleName(Role::ReceptionProsecutor)));
    QCOMPARE(model->index(row, UsersTab::Organisation).data().toString(), u"Центр приема граждан"_s);
    screenshot(m_page.get(), u"admin-users"_s);
}

void TestAdministrationPage::shortPasswordIsRefusedWithFieldNamed()
{
    openPage(administrator());
    QString problems;
    QString keptLogin;
    bool stayedOpen = false;
    bool passwordFocused = false;
    QString mismatch;
    onModal<UserDialog>([&](UserDialog* dialog) {
        typeText(dialog->findChild<QLineEdit*>(u"login"_s), u"kim"_s);
        typeText(dialog->findChild<QLineEdit*>(u"fullName"_s), u"Ким Виктория Андреевна"_s);
        click(dialog->roleBox(Role::ReceptionProsecutor));
        choose(dialog->findChild<DirectoryComboBox*>(u"organisation"_s), u"центр"_s);
        QLineEdit* password = dialog->findChild<QLineEdit*>(u"password"_s);
        QLineEdit* repeat = dialog->findChild<QLineEdit*>(u"passwordRepeat"_s);
        typeText(password, u"short"_s);
        typeText(repeat, u"short"_s);
        click(dialogButton(dialog, QDialogButtonBox::Save));
        stayedOpen = dialog->isVisible();
        problems = dialog->problemText();
        keptLogin = dialog->findChild<QLineEdit*>(u"login"_s)->text();
        passwordFocused = dialog->focusWidget() == password;
        // Two different passwords are caught before the service is asked.
        password->selectAll();
        typeText(password, u"Long-enough-1"_s);
        repeat->selectAll();
        typeText(repeat, u"Long-enough-2"_s);
        click(dialogButton(dialog, QDialogButtonBox::Save));
        mismatch = dialog->problemText();
        screenshot(dialog, u"admin-user-refused"_s);
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    click(m_page->usersTab()->addButton());
    QVERIFY(stayedOpen);
    QVERIFY2(problems.contains(UserService::tr("password")), qPrintable(problems));
    QVERIFY2(problems.contains(u"8"_s), qPrintable(problems));
    QCOMPARE(keptLogin, u"kim"_s);
    QVERIFY(passwordFocused);
    QVERIFY2(mismatch.contains(UserDialog::tr("the two passwords differ")), qPrintable(mismatch));
    QVERIFY(!UserService(*m_t->db()).findByLogin(u"kim"_s));
}

void TestAdministrationPage::editUserAndResetPassword()
{
    const Session admin = administrator();
    UserAccount clerk;
    clerk.login = u"clerk"_s;
    clerk.fullName = u"Төлеуов Нұрлан"_s;
    clerk.roles = {Role::Operator};
    clerk.organisationCode = u"GP"_s;
    Problems problems;
    QVERIFY(!UserService(*m_t->db()).createUser(admin, clerk, u"Clerk-2026"_s, &problems).isEmpty());
    openPage(admin);
    UsersTab* users = m_page->usersTab();
    QVERIFY(users->selectLogin(u"clerk"_s));

    // F2 opens the user; the login cannot be changed; switch the account off.
    bool loginReadOnly = false;
    onModal<UserDialog>([&](UserDialog* dialog) {
        loginReadOnly = dialog->findChild<QLineEdit*>(u"login"_s)->isReadOnly();
        QVERIFY(!dialog->findChild<QLineEdit*>(u"password"_s));
        click(dialog->findChild<QCheckBox*>(u"active"_s));
        click(dialogButton(dialog, QDialogButtonBox::Save));
    });
    users->view()->setFocus();
    QTRY_VERIFY(users->view()->hasFocus());
    QTest::keyClick(users->view(), Qt::Key_F2);
    QVERIFY(loginReadOnly);
    QVERIFY(!UserService(*m_t->db()).findByLogin(u"clerk"_s)->active);

    // Reset password: twice, then the user must choose their own at the next sign-in.
    QVERIFY(users->selectLogin(u"clerk"_s));
    onModal<PasswordResetDialog>([](PasswordResetDialog* dialog) {
        typeText(dialog->findChild<QLineEdit*>(u"password"_s), u"Temporary-2026"_s);
        typeText(dialog->findChild<QLineEdit*>(u"passwordRepeat"_s), u"Temporary-2026"_s);
        click(dialogButton(dialog, QDialogButtonBox::Save));
    });
    click(users->resetPasswordButton());
    const auto account = UserService(*m_t->db()).findByLogin(u"clerk"_s);
    QVERIFY(account->mustChangePassword);
}

void TestAdministrationPage::workstationIdentity()
{
    openPage(administrator());
    m_page->showTab(AdministrationPage::Workstation);
    WorkstationTab* tab = m_page->workstationTab();
    Database& db = *m_t->db();
    QVERIFY(m_page->findChild<QLabel*>(u"database"_s)->text().contains(u"SQLite"_s));
    QCOMPARE(tab->deviceIdField()->text(), db.deviceId());

    tab->deviceIdField()->selectAll();
    typeText(tab->deviceIdField(), u"not-a-uuid"_s);
    choose(tab->organisationBox(), u"центр"_s);
    click(tab->saveButton());
    QVERIFY2(tab->problemText().contains(WorkstationTab::tr("device id")), qPrintable(tab->problemText()));
    QVERIFY(db.deviceId() != u"not-a-uuid"_s);

    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    tab->deviceIdField()->selectAll();
    typeText(tab->deviceIdField(), id);
    click(tab->saveButton());
    QVERIFY2(tab->problemText().isEmpty(), qPrintable(tab->problemText()));
    QCOMPARE(db.deviceId(), id);
    QCOMPARE(db.organisationCode(), u"GP-CPG"_s);
    screenshot(m_page.get(), u"admin-workstation"_s);
    QString error;
    QVERIFY(db.loadDeviceIdentity(&error)); // stored in the database file, not only in memory
    QCOMPARE(db.deviceId(), id);
}

void TestAdministrationPage::calendarShowsShippedYear()
{
    openPage(administrator());
    m_page->showTab(AdministrationPage::Calendar);
    CalendarTab* tab = m_page->calendarTab();
    QSpinBox* year = tab->yearBox();
    year->setFocus();
    year->selectAll();
    QTest::keyClicks(year, u"2026"_s);
    QTest::keyClick(year, Qt::Key_Return);
    QCOMPARE(tab->year(), 2026);
    QCOMPARE(tab->statusText(), CalendarTab::tr("%1 is confirmed.").arg(2026));

    // Every day off of the shipped 2026 besides plain weekends, in order.
    const WorkCalendar shipped = WorkCalendar::builtin();
    QStringList expected;
    for (const WorkCalendar::DayOff& d : shipped.daysOff(2026, true)) {
        if (d.reason != WorkCalendar::DayOff::Reason::Weekend)
            expected << d.date.toString(u"dd.MM.yyyy"_s);
    }
    QVERIFY(expected.size() >= 14);
    QCOMPARE(column(tab->daysOffView(), CalendarTab::Date), expected);
    const QStringList names = column(tab->daysOffView(), CalendarTab::Name);
    const int kurban = expected.indexOf(u"27.05.2026"_s);
    QVERIFY(kurban >= 0);
    QCOMPARE(names.at(kurban), u"Kurban Ait (first day)"_s); // the current language
    Translator::install(u"kk"_s);
    QEvent change(QEvent::LanguageChange); // Qt sends it to every widget when a catalogue is installed
    QApplication::sendEvent(tab, &change);
    QCOMPARE(column(tab->daysOffView(), CalendarTab::Name).at(kurban), u"Құрбан айт (бірінші күні)"_s);
    Translator::install(u"en"_s);
    QApplication::sendEvent(tab, &change);
    QCOMPARE(column(tab->daysOffView(), CalendarTab::Weekday).at(kurban), QLocale().dayName(3)); // a Wednesday
    // 8 March 2026 is a Sunday: the holiday is listed and the Monday after it is off in its place.
    const int march9 = expected.indexOf(u"09.03.2026"_s);
    QVERIFY(march9 >= 0);
    QVERIFY(column(tab->daysOffView(), CalendarTab::Reason).at(march9).contains(u"08.03.2026"_s));
    QCOMPARE(column(tab->workingDaysView(), 0).size(), shipped.workingWeekendDays(2026).size());
    QVERIFY(!tab->confirmButton()->isEnabled()); // already confirmed
    screenshot(m_page.get(), u"admin-calendar-2026"_s);
}

void TestAdministrationPage::calendarYearWithoutDataSaysSo()
{
    openPage(administrator());
    m_page->showTab(AdministrationPage::Calendar);
    CalendarTab* tab = m_page->calendarTab();
    tab->yearBox()->setFocus();
    tab->yearBox()->selectAll();
    QTest::keyClicks(tab->yearBox(), u"2031"_s);
    QTest::keyClick(tab->yearBox(), Qt::Key_Return);
    QVERIFY2(tab->statusText().contains(u"not confirmed: computed by the rule"_s), qPrintable(tab->statusText()));
    QVERIFY(tab->findChild<QLabel*>(u"status"_s)->styleSheet().contains(u"bold"_s)); // prominently
    // The rule still knows the fixed-date holidays; there is nothing to confirm yet.
    QVERIFY(column(tab->daysOffView(), CalendarTab::Date).contains(u"16.12.2031"_s));
    QVERIFY(!tab->confirmButton()->isEnabled());
    screenshot(m_page.get(), u"admin-calendar-2031"_s);
}

void TestAdministrationPage::calendarAddEntry()
{
    openPage(administrator());
    CalendarTab* tab = m_page->calendarTab();
    tab->setYear(2026);
    const int before = tab->daysOffView()->model()->rowCount();
    onModal<CalendarEntryDialog>([](CalendarEntryDialog* dialog) {
        dialog->findChild<QDateEdit*>(u"date"_s)->setDate(QDate(2026, 1, 5)); // a Monday
        QComboBox* kind = dialog->findChild<QComboBox*>(u"kind"_s);
        kind->setFocus();
        QTest::keyClick(kind, Qt::Key_Down);
        QTest::keyClick(kind, Qt::Key_Down); // "day_off": a weekday made a day off
        typeText(dialog->findChild<QLineEdit*>(u"nameRu"_s), u"Перенос выходного дня"_s);
        typeText(dialog->findChild<QLineEdit*>(u"source"_s), u"постановление Правительства"_s);
        click(dialogButton(dialog, QDialogButtonBox::Save));
    });
    click(tab->addButton());
    QCOMPARE(tab->daysOffView()->model()->rowCount(), before + 1);
    QVERIFY(CalendarService(*m_t->db()).load().isDayOff(QDate(2026, 1, 5)));

    // A weekday cannot be made a working day: the dialog names the field and stays open.
    QString problems;
    onModal<CalendarEntryDialog>([&](CalendarEntryDialog* dialog) {
        dialog->findChild<QDateEdit*>(u"date"_s)->setDate(QDate(2026, 1, 6));
        QComboBox* kind = dialog->findChild<QComboBox*>(u"kind"_s);
        kind->setCurrentIndex(3);
        typeText(dialog->findChild<QLineEdit*>(u"nameRu"_s), u"Рабочий день"_s);
        click(dialogButton(dialog, QDialogButtonBox::Save));
        problems = dialog->problemText();
        dialog->reject();
    });
    click(tab->addButton());
    QVERIFY2(problems.contains(CalendarService::tr("kind")), qPrintable(problems));
}

void TestAdministrationPage::calendarStartYearRemoveAndConfirm()
{
    openPage(administrator());
    CalendarTab* tab = m_page->calendarTab();
    tab->setYear(2031);
    const int ruleDays = tab->daysOffView()->model()->rowCount();

    // The first entry of a year without data: the rule's holidays are copied into the year, none is lost.
    onModal<CalendarEntryDialog>([](CalendarEntryDialog* dialog) {
        dialog->findChild<QDateEdit*>(u"date"_s)->setDate(QDate(2031, 3, 28)); // a Friday
        dialog->findChild<QComboBox*>(u"kind"_s)->setCurrentIndex(1);          // religious: never moved
        typeText(dialog->findChild<QLineEdit*>(u"nameKk"_s), u"Құрбан айт (бірінші күні)"_s);
        typeText(dialog->findChild<QLineEdit*>(u"nameRu"_s), u"Курбан айт (первый день)"_s);
        click(dialogButton(dialog, QDialogButtonBox::Save));
    });
    click(tab->addButton());
    QCOMPARE(tab->statusText(),
             CalendarTab::tr("%1 is entered but not confirmed against the government's decree.").arg(2031));
    WorkCalendar stored = CalendarService(*m_t->db()).load();
    QVERIFY(stored.hasYearData(2031));
    QCOMPARE(stored.entries(2031).size(), stored.ruleHolidays().size() + 1);
    QVERIFY(stored.isDayOff(QDate(2031, 12, 16))); // Independence Day, from the rule
    QVERIFY(stored.isDayOff(QDate(2031, 3, 28)));
    QCOMPARE(tab->daysOffView()->model()->rowCount(), ruleDays + 1);

    // Remove it again: select its row, Remove, confirm.
    const QStringList dates = column(tab->daysOffView(), CalendarTab::Date);
    const int row = dates.indexOf(u"28.03.2031"_s);
    QVERIFY(row >= 0);
    tab->daysOffView()->setCurrentIndex(tab->daysOffView()->model()->index(row, 0));
    onModal<QMessageBox>([](QMessageBox* box) { click(box->button(QMessageBox::Yes)); });
    click(tab->removeButton());
    QVERIFY(!CalendarService(*m_t->db()).load().isDayOff(QDate(2031, 3, 28)));

    // Mark the year confirmed, naming the decree.
    QVERIFY(tab->confirmButton()->isEnabled());
    onModal<QInputDialog>([](QInputDialog* dialog) {
        typeText(dialog->findChild<QLineEdit*>(), u"постановление Правительства РК"_s);
        click(dialogButton(dialog, QDialogButtonBox::Ok));
    });
    click(tab->confirmButton());
    QCOMPARE(tab->statusText(), CalendarTab::tr("%1 is confirmed.").arg(2031));
    QVERIFY(CalendarService(*m_t->db()).load().isConfirmed(2031));
    QVERIFY(!tab->confirmButton()->isEnabled());
}

void TestAdministrationPage::receiptDaySettingIsStored()
{
    openPage(administrator());
    m_page->showTab(AdministrationPage::Settings);
    QCheckBox* box = m_page->settingsTab()->receiptDayCountsBox();
    const QString key = QString::fromLatin1(SettingsTab::ReceiptDayCountsKey);
    QVERIFY(!box->isChecked()); // off by default: counting starts the next day
    QVERIFY(!m_page->findChild<QLabel*>(u"receiptDayExplanation"_s)->text().isEmpty());
    click(box);
    QVERIFY(box->isChecked());
    QCOMPARE(AppSettings(*m_t->db()).value(key), u"1"_s);
    screenshot(m_page.get(), u"admin-settings"_s);
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space); // the keyboard works as well
    QVERIFY(!box->isChecked());
    QCOMPARE(AppSettings(*m_t->db()).value(key), u"0"_s);
    QVERIFY(!AppSettings(*m_t->db()).boolValue(key, true));
}

void TestAdministrationPage::nonAdministratorSeesReadOnly()
{
    administrator(); // someone to list
    UserAccount head;
    head.id = u"0190a6c2-5f1e-7b3a-9c4d-2e8f6a1b3c5d"_s;
    head.login = u"head"_s;
    head.roles = {Role::Head, Role::ReceptionProsecutor};
    openPage(Session(head));
    QVERIFY(m_page->findChild<QLabel*>(u"readOnlyNote"_s)->isVisible());
    QVERIFY(!m_page->usersTab()->addButton()->isEnabled());
    QVERIFY(!m_page->usersTab()->resetPasswordButton()->isEnabled());
    QCOMPARE(m_page->usersTab()->view()->model()->rowCount(), 1); // looking is allowed
    QVERIFY(m_page->workstationTab()->deviceIdField()->isReadOnly());
    QVERIFY(!m_page->workstationTab()->saveButton()->isEnabled());
    QVERIFY(!m_page->workstationTab()->organisationBox()->isEnabled());
    QVERIFY(!m_page->calendarTab()->addButton()->isEnabled());
    QVERIFY(!m_page->calendarTab()->removeButton()->isEnabled());
    QVERIFY(!m_page->calendarTab()->confirmButton()->isEnabled());
    QVERIFY(!m_page->settingsTab()->receiptDayCountsBox()->isEnabled());
    QVERIFY(m_page->settingsTab()->receiptDayCountsBox()->toolTip().contains(u"administrator"_s));

    // Opening a user shows it without a way to save.
    bool canSave = true;
    onModal<UserDialog>([&](UserDialog* dialog) {
        canSave = dialogButton(dialog, QDialogButtonBox::Save) != nullptr;
        click(dialogButton(dialog, QDialogButtonBox::Close));
    });
    click(m_page->usersTab()->editButton());
    QVERIFY(!canSave);

    // The services refuse by themselves.
    Problems problems;
    QVERIFY(!AppSettings(*m_t->db())
                 .setValue(Session(head), QString::fromLatin1(SettingsTab::ReceiptDayCountsKey), u"1"_s, &problems));
}

void TestAdministrationPage::useCentralDatabase()
{
    m_t = std::make_unique<test::TestDatabase>(test::TestDatabase::Backend::Postgres);
    QVERIFY2(m_t->isValid(), qPrintable(m_t->error()));
    Problems problems;
    QVERIFY2(Setup::initialise(*m_t->db(), true, &problems), qPrintable(describe(problems)));
    QVERIFY(!m_t->db()->isSqlite());
}

void TestAdministrationPage::devicesRegisterWithKeyboardAndDeactivate()
{
    ARMCPG_REQUIRE_POSTGRES();
    useCentralDatabase();
    if (QTest::currentTestFailed())
        return;
    Database& central = *m_t->db();
    Problems problems;
    const auto admin = UserService(central).signIn(u"admin"_s, u"Admin-2026"_s, &problems);
    QVERIFY2(admin, qPrintable(describe(problems)));
    openPage(*admin);
    m_page->showTab(AdministrationPage::Devices);
    DevicesTab* tab = m_page->devicesTab();
    QVERIFY(tab->isAvailable());
    QVERIFY(tab->view()->isVisible());
    QVERIFY(!tab->centralOnlyNote()->isVisible());
    QCOMPARE(tab->view()->model()->rowCount(), 0);
    QVERIFY(tab->registerButton()->isEnabled());
    QVERIFY(!tab->deactivateButton()->isEnabled()); // nothing selected

    // Ins opens the dialog; the keyboard fills it in: id, Tab, organisation from the popup, Tab, name, Enter.
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool handled = false;
    bool stayedOpenWithResult = false;
    QString role;
    QString shownRole;
    QString shownPassword;
    QString password;
    QString copied;
    bool passwordReadOnly = false;
    onModal<DeviceRegistrationDialog>(
        [&](DeviceRegistrationDialog* dialog) {
            QApplication::setActiveWindow(dialog);
            QLineEdit* deviceId = dialog->findChild<QLineEdit*>(u"deviceId"_s);
            QTRY_VERIFY(deviceId->hasFocus());
            typeText(deviceId, id.toUpper()); // as a person might copy it: case does not matter
            QTest::keyClick(deviceId, Qt::Key_Tab);
            auto* organisation = dialog->findChild<DirectoryComboBox*>(u"organisation"_s);
            QTRY_VERIFY(organisation->hasFocus());
            choose(organisation, u"приема граждан"_s);
            QCOMPARE(organisation->currentCode(), u"CPG"_s);
            QTest::keyClick(organisation->lineEdit(), Qt::Key_Tab);
            QLineEdit* name = dialog->findChild<QLineEdit*>(u"name"_s);
            QTRY_VERIFY(name->hasFocus());
            typeText(name, u"ЦПГ, ноутбук 1"_s);
            QTest::keyClick(name, Qt::Key_Return); // Enter registers
            if (!dialog->isRegistered())
                qWarning("refused: %s", qPrintable(dialog->problemText()));
            stayedOpenWithResult = dialog->isVisible() && dialog->findChild<QWidget*>(u"result"_s)->isVisible();
            role = dialog->roleName();
            password = dialog->password();
            shownRole = dialog->findChild<QLineEdit*>(u"role"_s)->text();
            QLineEdit* passwordField = dialog->findChild<QLineEdit*>(u"password"_s);
            shownPassword = passwordField->text();
            passwordReadOnly = passwordField->isReadOnly() && passwordField->echoMode() == QLineEdit::Normal;
            screenshot(dialog, u"admin-device-registered"_s);
            QTest::keyClick(dialog->focusWidget(), Qt::Key_C, Qt::AltModifier); // &Copy (an animated click)
            QTRY_VERIFY(!dialog->findChild<QLabel*>(u"copied"_s)->text().isEmpty());
            copied = QGuiApplication::clipboard()->text();
            QTest::keyClick(dialog->focusWidget() ? dialog->focusWidget() : dialog, Qt::Key_Return); // Close
        },
        &handled);
    focusOn(tab->view());
    QTest::keyClick(tab->view(), Qt::Key_Insert);
    QVERIFY(handled);
    QVERIFY(stayedOpenWithResult);
    QCOMPARE(role, CentralServer::roleNameFor(id));
    QCOMPARE(shownRole, role);
    QCOMPARE(shownPassword, password);
    QVERIFY(passwordReadOnly);
    QVERIFY2(QRegularExpression(u"^[A-Za-z0-9]{20}$"_s).match(password).hasMatch(), qPrintable(password));
    QCOMPARE(copied, password);

    // On the centre, with its organisation; and in the table, selected.
    const auto device = registered(central, id);
    QVERIFY(device);
    QCOMPARE(device->organisationCode, u"CPG"_s);
    QCOMPARE(device->name, u"ЦПГ, ноутбук 1"_s);
    QCOMPARE(device->roleName, role);
    QVERIFY(device->active);
    QCOMPARE(tab->view()->model()->rowCount(), 1);
    QCOMPARE(tab->currentDeviceId(), id);
    const QAbstractItemModel* model = tab->view()->model();
    QVERIFY(model->index(0, DevicesTab::Organisation).data().toString().startsWith(u"CPG"_s));
    QCOMPARE(model->index(0, DevicesTab::NumberPrefix).data().toString(), device->numberPrefix);
    QCOMPARE(model->index(0, DevicesTab::RoleName).data().toString(), role);
    QCOMPARE(model->index(0, DevicesTab::Name).data().toString(), u"ЦПГ, ноутбук 1"_s);
    QCOMPARE(model->index(0, DevicesTab::Active).data().toString(), DevicesTab::tr("yes"));
    QVERIFY(!model->index(0, DevicesTab::RegisteredAt).data().toString().isEmpty());
    QVERIFY2(tab->statusText().contains(role), qPrintable(tab->statusText()));
    screenshot(m_page.get(), u"admin-devices"_s);

    // Del asks first; No (the default) keeps it active.
    QVERIFY(tab->deactivateButton()->isEnabled());
    bool defaultIsNo = false;
    onModal<QMessageBox>([&](QMessageBox* box) {
        defaultIsNo = box->defaultButton() == box->button(QMessageBox::No);
        QTest::keyClick(box, Qt::Key_Return);
    });
    focusOn(tab->view());
    QTest::keyClick(tab->view(), Qt::Key_Delete);
    QVERIFY(defaultIsNo);
    QVERIFY(registered(central, id)->active);

    // Del, Yes: deactivated on the centre and marked in the table.
    QString question;
    onModal<QMessageBox>([&](QMessageBox* box) {
        question = box->text();
        click(box->button(QMessageBox::Yes));
    });
    focusOn(tab->view());
    QTest::keyClick(tab->view(), Qt::Key_Delete);
    QVERIFY2(question.contains(id), qPrintable(question));
    QVERIFY(!registered(central, id)->active);
    QCOMPARE(model->index(0, DevicesTab::Active).data().toString(), DevicesTab::tr("no"));
    QVERIFY(!tab->deactivateButton()->isEnabled());
    QVERIFY2(tab->statusText().contains(u"deactivated"_s), qPrintable(tab->statusText()));
}

void TestAdministrationPage::devicesRefuseBadInputNamingTheField()
{
    ARMCPG_REQUIRE_POSTGRES();
    useCentralDatabase();
    if (QTest::currentTestFailed())
        return;
    Database& central = *m_t->db();
    Problems problems;
    const auto admin = UserService(central).signIn(u"admin"_s, u"Admin-2026"_s, &problems);
    QVERIFY2(admin, qPrintable(describe(problems)));
    openPage(*admin);
    m_page->showTab(AdministrationPage::Devices);
    DevicesTab* tab = m_page->devicesTab();

    // A device id that is not a UUID: refused by CentralServer, the field named, the dialog open, the cursor there.
    QString badId;
    QString unknownOrganisation;
    bool stayedOpen = false;
    bool deviceIdFocused = false;
    bool organisationFocused = false;
    bool registeredAnyway = true;
    onModal<DeviceRegistrationDialog>([&](DeviceRegistrationDialog* dialog) {
        QApplication::setActiveWindow(dialog);
        QLineEdit* deviceId = dialog->findChild<QLineEdit*>(u"deviceId"_s);
        typeText(deviceId, u"not-a-uuid"_s);
        choose(dialog->findChild<DirectoryComboBox*>(u"organisation"_s), u"приема граждан"_s);
        click(dialogButton(dialog, QDialogButtonBox::Ok));
        stayedOpen = dialog->isVisible();
        badId = dialog->problemText();
        deviceIdFocused = dialog->focusWidget() == deviceId;

        // An organisation typed but not in the directory is named as well.
        deviceId->selectAll();
        typeText(deviceId, QUuid::createUuid().toString(QUuid::WithoutBraces));
        auto* organisation = dialog->findChild<DirectoryComboBox*>(u"organisation"_s);
        organisation->lineEdit()->selectAll();
        typeText(organisation->lineEdit(), u"Nowhere"_s);
        click(dialogButton(dialog, QDialogButtonBox::Ok));
        unknownOrganisation = dialog->problemText();
        organisationFocused = organisation->hasFocus() || organisation->lineEdit()->hasFocus();
        registeredAnyway = dialog->isRegistered();
        QTest::keyClick(dialog, Qt::Key_Escape); // Esc cancels
    });
    click(tab->registerButton());
    QVERIFY(stayedOpen);
    QVERIFY2(badId.startsWith(CentralServer::tr("device") + u": "_s), qPrintable(badId));
    QVERIFY2(badId.contains(u"not-a-uuid"_s) && badId.contains(u"UUID"_s), qPrintable(badId));
    QVERIFY(deviceIdFocused);
    QVERIFY2(unknownOrganisation.startsWith(CentralServer::tr("organisation") + u": "_s),
             qPrintable(unknownOrganisation));
    QVERIFY(organisationFocused);
    QVERIFY(!registeredAnyway);
    QVERIFY(CentralServer(central).devices().isEmpty());
    QCOMPARE(tab->view()->model()->rowCount(), 0);

    // Someone who is not an administrator: the buttons are off, and CentralServer refuses by itself.
    const auto head = UserService(central).signIn(u"head"_s, u"Head-2026"_s, &problems);
    QVERIFY2(head, qPrintable(describe(problems)));
    DevicesTab readOnly(central, *head);
    QVERIFY(!readOnly.registerButton()->isEnabled());
    QVERIFY(readOnly.registerButton()->toolTip().contains(u"administrator"_s));
    DeviceRegistrationDialog dialog(central, *head);
    QVERIFY(showActive(&dialog));
    typeText(dialog.findChild<QLineEdit*>(u"deviceId"_s), QUuid::createUuid().toString(QUuid::WithoutBraces));
    choose(dialog.findChild<DirectoryComboBox*>(u"organisation"_s), u"приема граждан"_s);
    click(dialogButton(&dialog, QDialogButtonBox::Ok));
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.isRegistered());
    QVERIFY2(dialog.problemText().contains(roleName(Role::Administrator)), qPrintable(dialog.problemText()));
    QVERIFY(CentralServer(central).devices().isEmpty());
}

void TestAdministrationPage::devicesOnSqliteAreRegisteredCentrally()
{
    openPage(administrator());
    m_page->showTab(AdministrationPage::Devices);
    DevicesTab* tab = m_page->devicesTab();
    QVERIFY(!tab->isAvailable());
    QVERIFY(tab->centralOnlyNote()->isVisible());
    QVERIFY2(tab->centralOnlyNote()->text().contains(u"central"_s), qPrintable(tab->centralOnlyNote()->text()));
    QVERIFY(!tab->view()->isVisible());
    QVERIFY(!tab->registerButton()->isVisible());
    // Register (Ins) opens nothing here.
    bool opened = false;
    onModal<DeviceRegistrationDialog>([&](DeviceRegistrationDialog* dialog) {
        opened = true;
        dialog->reject();
    });
    tab->registerDevice();
    QTest::qWait(100);
    QVERIFY(!opened);
    screenshot(m_page.get(), u"admin-devices-sqlite"_s);
}

QTEST_MAIN(TestAdministrationPage)
#include "tst_administrationpage.moc"
