// R-11 in the windows, driven as a person would: a head switches reception to videoconference only in Administration →
// Settings with the keyboard and the mouse (refused, naming the field, without the reason and its act); the status bar
// turns red at once; a new card ЛП-1 has Online (field 6) checked and locked with the reason shown; the core refuses an
// offline card; the kiosk and the posted schedule (PDF) say so in Kazakh and Russian; switched off, all is as before.
// The pre-registration cut-off setting is saved and read back from the same tab.
#include "PdfText.h"
#include "GuiTestSupport.h"
#include "TestDatabase.h"

#include "admin/AdministrationPage.h"
#include "admin/SettingsTab.h"
#include "print/SchedulePrint.h"
#include "queue/KioskWindow.h"
#include "queue/QueueText.h"
#include "reception/CardService.h"
#include "reception/EmergencyNotice.h"
#include "reception/EmergencyRegime.h"
#include "reception/ReceptionCardForm.h"
#include "schedule/ScheduleSheet.h"
#include "security/UserService.h"
#include "settings/AppSettings.h"
#include "setup/Setup.h"
#include "shell/MainWindow.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

class TestEmergencyRegimeWindows : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_t;

    std::optional<Session> signIn(const QString& login, const QString& password)
    {
        Problems problems;
        return UserService(*m_t->db()).signIn(login, password, &problems);
    }

    static ReceptionCard heldOffline(Database& db)
    {
        ReceptionCard c;
        c.set("resident", true);
        c.set("iin", u"061211600012"_s);
        c.set("surname", u"Сәрсенбаева"_s);
        c.set("given_name", u"Гүлнар"_s);
        c.set("social_status_code", u"worker"_s);
        c.set("reception_date", db.clock().today());
        c.set("reception_time", u"10:30"_s);
        c.set("place_kato", u"711200000"_s);
        c.set("place_addressee", u"ЦПГ"_s);
        c.set("official_name", u"Ким Виктория Андреевна"_s);
        c.set("secretary", u"Иванова Ольга Петровна"_s);
        c.set("present", u"—"_s);
        c.set("online", false);
        return c;
    }

    static QString pdfText(const QString& path) { return test::pdfText(path, nullptr, PdfLayout::Reading); }

private slots:
    void init()
    {
        m_t = std::make_unique<TestDatabase>(TestDatabase::Backend::Sqlite);
        QVERIFY2(m_t->isValid(), qPrintable(m_t->error()));
        Problems problems;
        QVERIFY2(Setup::initialise(*m_t->db(), true, &problems), qPrintable(describe(problems)));
    }
    void cleanup()
    {
        cancelPendingModals();
        m_t.reset();
    }

    void headSwitchesRegime_cardFormLocked_R11()
    {
        Database& db = *m_t->db();
        const auto head = signIn(u"head"_s, u"Head-2026"_s);
        QVERIFY(head);
        MainWindow window(db, *head);
        QVERIFY(showActive(&window));
        auto* notice = window.statusBar()->findChild<EmergencyNotice*>(u"vksOnlyNotice"_s);
        QVERIFY(notice);
        QVERIFY(!notice->isVisible()); // off at start

        window.showSection(MainWindow::Administration);
        auto* page = qobject_cast<AdministrationPage*>(window.page(MainWindow::Administration));
        QVERIFY(page);
        page->showTab(AdministrationPage::Settings);
        SettingsTab* tab = page->settingsTab();
        QCheckBox* box = tab->vksOnlyBox();
        QVERIFY(box->isEnabled()); // a head may switch it, though not the other settings
        QVERIFY(!tab->receiptDayCountsBox()->isEnabled());
        QVERIFY(tab->findChild<QGroupBox*>(u"emergency"_s)->title().contains(u"R-11"_s));

        // Without the reason: refused, the field named, the box unticked, the cursor in the field.
        click(box);
        QVERIFY(!box->isChecked());
        QVERIFY(!EmergencyRegime(db).isOn());
        QVERIFY2(tab->problemText().contains(EmergencyRegime::reasonLabel()), qPrintable(tab->problemText()));
        QVERIFY(tab->problemText().contains(u"R-11"_s));
        QCOMPARE(QApplication::focusWidget(), tab->vksReasonEdit());

        const QString act = u"Указ Президента РК от 15.03.2026 № 285 «О введении чрезвычайного положения»"_s;
        typeText(tab->vksReasonEdit(), act);
        focusOn(box);
        QTest::keyClick(box, Qt::Key_Space); // the keyboard
        QVERIFY(box->isChecked());
        QVERIFY(tab->problemText().isEmpty());
        QVERIFY(tab->vksReasonEdit()->isReadOnly());
        const EmergencyRegime::State s = EmergencyRegime(db).state();
        QVERIFY(s.on);
        QCOMPARE(s.reason, act);
        QCOMPARE(s.by, u"head"_s);
        QVERIFY(tab->findChild<QLabel*>(u"vksOnlyState"_s)->text().contains(u"head"_s));
        // The status bar of this window at once.
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(u"R-11"_s));
        QVERIFY(notice->toolTip().contains(act));
        screenshot(&window, u"emergency-settings"_s);

        // A new card: Online checked and locked, with the line saying why.
        ReceptionCardForm form(db, *head);
        QVERIFY(showActive(&form));
        auto* online = qobject_cast<QCheckBox*>(form.editor(u"online"_s));
        QVERIFY(online);
        QVERIFY(online->isChecked());
        QVERIFY(!online->isEnabled());
        auto* why = form.findChild<QLabel*>(u"vksOnlyNote"_s);
        QVERIFY(why && why->isVisible());
        QVERIFY(why->text().contains(u"R-11"_s));
        QVERIFY(why->text().contains(act));
        QTest::mouseClick(online, Qt::LeftButton); // locked: a click changes nothing
        QVERIFY(online->isChecked());
        QVERIFY(form.card().flag("online"));
        screenshot(&form, u"emergency-card"_s);

        // A reception held before the day of the switch, entered late, is not bound: the box is free again; back to
        // today's date, it is locked again.
        auto* date = qobject_cast<QLineEdit*>(form.editor(u"reception_date"_s));
        QVERIFY(date);
        date->setFocus();
        date->selectAll();
        typeText(date, QDate::currentDate().addDays(-3).toString(u"dd.MM.yyyy"_s));
        QTest::keyClick(date, Qt::Key_Tab);
        QVERIFY(online->isEnabled());
        QVERIFY(!why->isVisible());
        date->setFocus();
        date->selectAll();
        typeText(date, QDate::currentDate().toString(u"dd.MM.yyyy"_s));
        QTest::keyClick(date, Qt::Key_Tab);
        QVERIFY(!online->isEnabled());
        QVERIFY(online->isChecked());
        QVERIFY(why->isVisible());

        // Past the form, the core refuses an offline card itself, naming field 6 and R-11.
        ReceptionCard offline = heldOffline(db);
        Problems problems;
        QVERIFY(!CardService(db).save(*head, &offline, &problems));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, CardField::find(u"online"_s)->translatedLabel());
        QVERIFY(problems.first().message.contains(u"R-11"_s));

        // Off with the mouse: in person again, everywhere.
        click(box);
        QVERIFY(!box->isChecked());
        QVERIFY(!EmergencyRegime(db).isOn());
        QVERIFY(!notice->isVisible());
        QVERIFY(!tab->vksReasonEdit()->isReadOnly());
        form.newCard();
        QVERIFY(online->isEnabled());
        QVERIFY(!online->isChecked());
        QVERIFY(!why->isVisible());
        problems.clear();
        QVERIFY2(CardService(db).save(*head, &offline, &problems), qPrintable(describe(problems)));
    }

    void operatorCannotSwitch_R11()
    {
        const auto op = signIn(u"operator"_s, u"Operator-2026"_s);
        QVERIFY(op);
        SettingsTab tab(*m_t->db(), *op);
        QVERIFY(!tab.vksOnlyBox()->isEnabled());
        QVERIFY(!tab.registrationCutoffBox()->isEnabled());
        Problems problems;
        QVERIFY(!EmergencyRegime(*m_t->db()).switchOn(*op, u"ЧП"_s, &problems));
        QCOMPARE(problems.first().field, u"permission"_s);
    }

    // the closing day of pre-registration still takes requests unless the administrator says otherwise.
    void registrationCutoffSavedAndReadBack()
    {
        const auto admin = signIn(u"admin"_s, u"Admin-2026"_s);
        QVERIFY(admin);
        const QString key = QString::fromLatin1(SettingsTab::RegistrationCutoffInclusiveKey);
        QCOMPARE(key, u"deadline.registration_cutoff_inclusive"_s);
        auto tab = std::make_unique<SettingsTab>(*m_t->db(), *admin);
        QVERIFY(showActive(tab.get()));
        QCheckBox* box = tab->registrationCutoffBox();
        QVERIFY(box->isEnabled());
        QVERIFY(box->isChecked()); // on by default
        QVERIFY(box->text().contains(u"R-18"_s));
        click(box);
        QVERIFY(!box->isChecked());
        QCOMPARE(AppSettings(*m_t->db()).value(key), u"0"_s);
        QVERIFY(!tab->statusText().isEmpty());
        tab = std::make_unique<SettingsTab>(*m_t->db(), *admin); // read back
        QVERIFY(!tab->registrationCutoffBox()->isChecked());
        focusOn(tab->registrationCutoffBox());
        QTest::keyClick(tab->registrationCutoffBox(), Qt::Key_Space);
        QCOMPARE(AppSettings(*m_t->db()).value(key), u"1"_s);
        QVERIFY(!tab->receiptDayCountsBox()->isChecked()); // the other setting untouched
    }

    // R-11 for visitors: the kiosk and the posted schedule say it in Kazakh and Russian.
    void kioskAndScheduleSheet_bilingual_R11()
    {
        Database& db = *m_t->db();
        KioskWindow kiosk(db);
        QVERIFY(showActive(&kiosk));
        auto* notice = kiosk.findChild<EmergencyNotice*>(u"vksOnlyNotice"_s);
        QVERIFY(notice);
        QVERIFY(!notice->isVisible());
        Problems problems;
        QVERIFY(EmergencyRegime(db).switchOn(Session::program(u"test"_s), u"Карантин, постановление № 1"_s, &problems));
        notice->refresh(); // the kiosk reads it every minute
        QVERIFY(notice->isVisible());
        const char* source = "State of emergency or quarantine: citizens are received by videoconference only. "
                             "Please ask the staff.";
        QCOMPARE(notice->text(), QueueText::both(source, u"\n"_s));
        QVERIFY(notice->text().contains(QueueText::in(u"kk"_s, source)));
        QVERIFY(notice->text().contains(QueueText::in(u"ru"_s, source)));
        screenshot(&kiosk, u"emergency-kiosk"_s);

        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed; scripts/test.sh installs it");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"schedule.pdf"_s);
        QString error;
        QVERIFY2(SchedulePrint::writePdf(ScheduleSheet::forMonth(db, {}, 2026, 4), path, &error), qPrintable(error));
        const QString text = pdfText(path);
        QVERIFY2(text.contains(u"тек бейнеконференцбайланыс арқылы"_s), qPrintable(text.left(400)));
        QVERIFY(text.contains(u"только по видеоконференцсвязи"_s));
        QVERIFY(text.indexOf(u"только по видеоконференцсвязи"_s) < text.indexOf(u"График личного приема"_s));

        QVERIFY(EmergencyRegime(db).switchOff(Session::program(u"test"_s), &problems));
        notice->refresh();
        QVERIFY(!notice->isVisible());
        QVERIFY(SchedulePrint::writePdf(ScheduleSheet::forMonth(db, {}, 2026, 4), path, &error));
        QVERIFY(!pdfText(path).contains(u"видеоконференцсвязи"_s));
    }
};

QTEST_MAIN(TestEmergencyRegimeWindows)
#include "tst_emergencyregime.moc"
