// The Schedules and Pre-registration sections (issue 7) driven through their real widgets, offscreen, on the real
// calendar: a schedule line added (a wrong hour named by its field first), approved by the head, a day-off conflict
// shown for the month; a person signed up for the General Prosecutor's reception, another refused on a ground
// of R-19 with the explanation, registration closed (no more sign-up); a district reception offers neither
// sign-up nor refusal. The schedule sheet and the list of persons go to PDF and are read back with
// pdftotext.
#include "PdfText.h"
#include "ScheduleTestSupport.h"
#include "TestDatabase.h"
#include "GuiTestSupport.h"

#include "appeal/AppealStepDialog.h"
#include "queue/KioskWindow.h"
#include "queue/TalonPrint.h"
#include "common/Clock.h"
#include "prereg/PreRegistrationPage.h"
#include "prereg/PreRegistrationService.h"
#include "schedule/SchedulePage.h"
#include "schedule/ScheduleService.h"
#include "setup/Setup.h"

#include <QComboBox>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

class TestSchedulePages : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void scheduleLine_addApproveConflict_R4();
    void preRegistration_signUpRefuseClose_R18_R19_R20();
    void district_noSignUpNoRefusal_R39_R41();
    void checkIn_kioskAndDesk_R3_R44();

private:
    // An approved line, through the services (the schedule window has its own test).
    QString line(const QString& org, const QString& name, const QString& position, int weekday);
    static void setChoice(AppealStepDialog* dialog, const QString& name, const QString& value)
    {
        auto* combo = dialog->findChild<QComboBox*>(name);
        QVERIFY2(combo, qPrintable(name));
        const int i = combo->findData(value);
        QVERIFY2(i >= 0, qPrintable(value));
        combo->setCurrentIndex(i);
    }
    static void setLine(AppealStepDialog* dialog, const QString& name, const QString& text)
    {
        auto* edit = dialog->findChild<QLineEdit*>(name);
        QVERIFY2(edit, qPrintable(name));
        edit->clear();
        typeText(edit, text);
    }
    static void setText(AppealStepDialog* dialog, const QString& name, const QString& text)
    {
        auto* edit = dialog->findChild<QPlainTextEdit*>(name);
        QVERIFY2(edit, qPrintable(name));
        edit->clear();
        typeText(edit, text);
    }
    static QString pdfText(const QString& path) { return test::pdfText(path, nullptr, PdfLayout::Reading); }
    static QStringList column(QTableWidget* table, int column)
    {
        QStringList texts;
        for (int row = 0; row < table->rowCount(); ++row)
            texts << table->item(row, column)->text();
        return texts;
    }

    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TestDatabase> m_t;
    std::optional<Session> m_session;
};

void TestSchedulePages::init()
{
    // Monday 7 April 2025, 12:00 in Astana.
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2025, 4, 7), QTime(7, 0), Qt::UTC));
    m_t = std::make_unique<TestDatabase>(TestDatabase::Backend::Sqlite);
    QVERIFY2(m_t->isValid(), qPrintable(m_t->error()));
    m_t->db()->setClock(m_clock.get());
    Problems problems;
    QVERIFY2(Setup::initialise(*m_t->db(), true, &problems), qPrintable(describe(problems)));
    m_session = UserService(*m_t->db()).signIn(u"head"_s, u"Head-2026"_s, &problems);
    QVERIFY2(m_session, qPrintable(describe(problems)));
}

void TestSchedulePages::cleanup()
{
    cancelPendingModals();
    m_session.reset();
    m_t.reset();
    m_clock.reset();
}

QString TestSchedulePages::line(const QString& org, const QString& name, const QString& position, int weekday)
{
    return approvedScheduleLine(*m_t->db(), *m_session, *m_session, org, name, position, weekday);
}

void TestSchedulePages::scheduleLine_addApproveConflict_R4()
{
    SchedulePage page(*m_t->db(), *m_session);
    QVERIFY(showActive(&page));
    page.organisationField()->setCurrentIndex(page.organisationField()->findData(u"GP"_s));
    QCOMPARE(page.organisationCode(), u"GP"_s);
    QCOMPARE(page.table()->rowCount(), 0);

    // The General Prosecutor on Wednesdays; first with an hour past 18:30, refused naming the field, then
    // corrected in the same dialog.
    bool refusedShown = false;
    onModal<AppealStepDialog>([&](AppealStepDialog* d) {
        setChoice(d, u"organisation"_s, u"GP"_s);
        setLine(d, u"officialName"_s, u"Бас Прокурор"_s);
        setChoice(d, u"position"_s, u"prosecutor_general"_s);
        setChoice(d, u"weekday"_s, u"3"_s);
        setLine(d, u"validFrom"_s, u"01.04.2025"_s);
        setLine(d, u"startsAt"_s, u"10:00"_s);
        setLine(d, u"endsAt"_s, u"19:00"_s);
        setLine(d, u"placeKk"_s, u"Бас прокуратура, 101 каб."_s);
        setLine(d, u"placeRu"_s, u"Генеральная прокуратура, каб. 101"_s);
        onModal<AppealStepDialog>([&](AppealStepDialog* again) {
            auto* problems = again->findChild<QLabel*>(u"problems"_s);
            refusedShown = problems && problems->isVisible() && problems->text().contains(u"18:30"_s);
            QVERIFY2(refusedShown, qPrintable(problems ? problems->text() : QString()));
            setLine(again, u"endsAt"_s, u"13:00"_s);
            click(dialogButton(again, QDialogButtonBox::Ok));
        });
        click(dialogButton(d, QDialogButtonBox::Ok));
    });
    click(page.addButton());
    QVERIFY(refusedShown);
    QCOMPARE(page.table()->rowCount(), 1);
    QCOMPARE(page.table()->item(0, 0)->text().left(12), u"Бас Прокурор"_s);
    QCOMPARE(page.table()->item(0, 4)->text(), u"Бас прокуратура, 101 каб."_s);
    QCOMPARE(page.table()->item(0, 6)->text(), u"draft"_s);

    // The head approves it.
    page.table()->selectRow(0);
    click(page.approveButton());
    QVERIFY2(page.table()->item(0, 6)->text().startsWith(u"approved"_s), qPrintable(page.table()->item(0, 6)->text()));
    QVERIFY(page.problemsLabel()->isHidden());
    screenshot(&page, u"schedule-april"_s);

    // The posted sheet in PDF carries the place in both languages.
    if (!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()) {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"schedule.pdf"_s);
        page.askPdfPath = [&](const QString&) { return path; };
        click(page.pdfButton());
        const QString text = pdfText(path);
        QVERIFY2(text.contains(u"Бас прокуратура, 101 каб."_s), qPrintable(text));
        QVERIFY2(text.contains(u"Генеральная прокуратура, каб. 101"_s), qPrintable(text));
    }

    // For the website: Ctrl+Shift+E writes the page, or CSV when the file ends in .csv.
    {
        QTemporaryDir dir;
        QString path = dir.filePath(u"schedule.html"_s);
        page.askWebsitePath = [&](const QString& suggested) {
            return suggested == u"schedule-2025-04.html"_s ? path : QString();
        };
        QVERIFY(showActive(&page));
        page.table()->setFocus();
        QTest::keyClick(page.table(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QFile html(path);
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString web = QString::fromUtf8(html.readAll());
        QVERIFY(web.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY2(web.contains(u"Генеральная прокуратура, каб. 101"_s) && web.contains(u"Бас прокуратура, 101 каб."_s),
                 qPrintable(web.left(2000)));
        path = dir.filePath(u"schedule.csv"_s);
        click(page.websiteButton());
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString rows = QString::fromUtf8(csv.readAll());
        QVERIFY2(rows.startsWith(u"organisation,official"_s) && rows.contains(u"Бас Прокурор"_s), qPrintable(rows));
        QVERIFY(page.problemsLabel()->isHidden());
        // A folder that does not exist: the reason is shown, nothing crashes.
        path = dir.filePath(u"missing/schedule.html"_s);
        click(page.websiteButton());
        QVERIFY2(page.problemsLabel()->isVisible() && page.problemsLabel()->text().contains(u"missing"_s),
                 qPrintable(page.problemsLabel()->text()));
    }

    // May 2025: Wednesday 7 May is a holiday (Defender of the Fatherland Day): a conflict with its paragraph.
    page.monthField()->setDate(QDate(2025, 5, 1));
    QStringList issues;
    for (int i = 0; i < page.issuesList()->count(); ++i)
        issues << page.issuesList()->item(i)->text();
    const QString all = issues.join(u'\n');
    QVERIFY2(all.contains(u"R-4"_s) && all.contains(u"day off"_s), qPrintable(all));
}

void TestSchedulePages::preRegistration_signUpRefuseClose_R18_R19_R20()
{
    const QString gp = line(u"GP"_s, u"Бас Прокурор"_s, u"prosecutor_general"_s, 3);
    PreRegistrationPage page(*m_t->db(), *m_session);
    QVERIFY(showActive(&page));
    page.organisationField()->setCurrentIndex(page.organisationField()->findData(u"GP"_s));
    page.selectReception(gp, QDate(2025, 4, 16));
    QCOMPARE(page.receptionOn(), QDate(2025, 4, 16));
    // five working days before; R-22: the справки three working days before the reception.
    QVERIFY2(page.infoLabel()->text().contains(u"Last day of intake: 09.04.2025 (R-18)"_s),
             qPrintable(page.infoLabel()->text()));
    QVERIFY2(page.infoLabel()->text().contains(u"11.04.2025 (R-22)"_s), qPrintable(page.infoLabel()->text()));
    QVERIFY(page.signUpButton()->isVisible());
    QVERIFY(page.districtLabel()->isHidden());
    // the справка on each request was due 3 working days before the cut-off (Fri 04.04): a reminder, once
    // somebody is signed up.
    QVERIFY(page.remindersLabel()->isHidden());

    const auto signUp = [&](const QString& name, const QString& time) {
        onModal<AppealStepDialog>([&](AppealStepDialog* d) {
            setLine(d, u"applicantName"_s, name);
            setLine(d, u"applicantIin"_s, u"061211600012"_s);
            setText(d, u"essence"_s, u"Не согласна с решением суда"_s);
            setLine(d, u"appointmentAt"_s, time);
            click(dialogButton(d, QDialogButtonBox::Ok));
        });
        click(page.signUpButton());
    };
    signUp(u"Сәрсенбаева Гүлнар"_s, u"11:00"_s);
    signUp(u"Ахметов Ерлан"_s, u"10:30"_s);
    QCOMPARE(page.table()->rowCount(), 2);
    QVERIFY2(page.countsLabel()->text().contains(u"Signed up: 2"_s), qPrintable(page.countsLabel()->text()));
    QVERIFY(page.remindersLabel()->isVisible());
    QVERIFY2(page.remindersLabel()->text().contains(u"R-17"_s) && page.remindersLabel()->text().contains(u"04.04.2025"_s),
             qPrintable(page.remindersLabel()->text()));

    // Refuse Ахметов on a ground of R-19; without the explanation the dialog says what is missing.
    const int row = int(column(page.table(), 1).indexOf(u"Ахметов Ерлан"_s));
    QVERIFY(row >= 0);
    page.table()->selectRow(row);
    QString groundChosen;
    bool explanationAsked = false;
    onModal<AppealStepDialog>([&](AppealStepDialog* d) {
        auto* ground = d->findChild<QComboBox*>(u"ground"_s);
        QVERIFY(ground && ground->count() > 0);
        ground->setCurrentIndex(0);
        groundChosen = ground->currentData().toString();
        onModal<AppealStepDialog>([&](AppealStepDialog* again) {
            auto* problems = again->findChild<QLabel*>(u"problems"_s);
            explanationAsked = problems && problems->text().startsWith(u"Explanation"_s);
            setText(again, u"explanation"_s, u"Вопрос рассмотрен, новых доводов нет"_s);
            click(dialogButton(again, QDialogButtonBox::Ok));
        });
        click(dialogButton(d, QDialogButtonBox::Ok));
    });
    click(page.refuseButton());
    QVERIFY(explanationAsked);
    QVERIFY(!groundChosen.isEmpty());
    const auto refused = PreRegistrationService(*m_t->db()).requests(gp, QDate(2025, 4, 16));
    int refusedCount = 0;
    for (const PreRegistration& r : refused) {
        if (r.state == PreRegistration::State::Refused) {
            ++refusedCount;
            QCOMPARE(r.applicantName, u"Ахметов Ерлан"_s);
            QCOMPARE(r.refusalGroundCode, groundChosen);
            QCOMPARE(r.refusalExplanation, u"Вопрос рассмотрен, новых доводов нет"_s);
        }
    }
    QCOMPARE(refusedCount, 1);
    QVERIFY(column(page.table(), 6).join(u'|').contains(u"Вопрос рассмотрен, новых доводов нет"_s));
    QVERIFY2(page.countsLabel()->text().contains(u"Signed up: 1"_s) && page.countsLabel()->text().contains(u"refused: 1"_s),
             qPrintable(page.countsLabel()->text()));

    // Close registration: the list is kept, nobody else is signed up.
    onModal<QMessageBox>([](QMessageBox* box) { click(box->button(QMessageBox::Yes)); });
    click(page.closeButton());
    QVERIFY2(page.infoLabel()->text().contains(u"Registration closed on 07.04.2025"_s), qPrintable(page.infoLabel()->text()));
    QVERIFY(!page.signUpButton()->isEnabled());
    QVERIFY(!page.closeButton()->isEnabled());
    QVERIFY(PreRegistrationService(*m_t->db()).closure(gp, QDate(2025, 4, 16)).has_value());
    QString why;
    QVERIFY(!PreRegistrationService(*m_t->db()).isOpen(gp, QDate(2025, 4, 16), &why));
    screenshot(&page, u"prereg-closed"_s);

    // On the day: the person signed up came; refused before the reception's day, with the reason shown.
    QString signedUpId;
    for (const PreRegistration& r : PreRegistrationService(*m_t->db()).requests(gp, QDate(2025, 4, 16))) {
        if (r.state == PreRegistration::State::Registered)
            signedUpId = r.id;
    }
    QVERIFY(!signedUpId.isEmpty());
    QVERIFY(page.attendedButton()->isVisible() && page.noShowButton()->isVisible());
    page.selectRequest(signedUpId);
    click(page.attendedButton());
    QVERIFY2(page.problemsLabel()->text().contains(u"16.04.2025"_s), qPrintable(page.problemsLabel()->text()));
    m_clock->set(QDateTime(QDate(2025, 4, 16), QTime(6, 0), Qt::UTC));
    page.selectRequest(signedUpId);
    QVERIFY(showActive(&page));
    page.table()->setFocus();
    QTest::keyClick(page.table(), Qt::Key_T, Qt::ControlModifier); // Ctrl+T: came
    QVERIFY2(page.problemsLabel()->isHidden(), qPrintable(page.problemsLabel()->text()));
    QCOMPARE(PreRegistrationService(*m_t->db()).load(signedUpId)->state, PreRegistration::State::Attended);

    // The list of persons signed up, to PDF: the registered person is on it, the refused one is not; the refused
    // one's letter states the explanation.
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed; scripts/test.sh installs it");
    QTemporaryDir dir;
    const QString listPath = dir.filePath(u"list.pdf"_s);
    page.askPdfPath = [&](const QString&) { return listPath; };
    click(page.listPdfButton());
    const QString list = pdfText(listPath);
    QVERIFY2(list.contains(u"Сәрсенбаева"_s), qPrintable(list));
    QVERIFY2(!list.contains(u"Ахметов"_s), qPrintable(list));
    const QString letterPath = dir.filePath(u"letter.pdf"_s);
    page.askPdfPath = [&](const QString&) { return letterPath; };
    page.table()->selectRow(int(column(page.table(), 1).indexOf(u"Ахметов Ерлан"_s)));
    click(page.refusalPdfButton());
    const QString letter = pdfText(letterPath);
    QVERIFY2(letter.contains(u"Ахметов"_s) && letter.contains(u"новых доводов нет"_s), qPrintable(letter));
}

void TestSchedulePages::district_noSignUpNoRefusal_R39_R41()
{
    const QString district = line(u"P71"_s, u"Аудан прокуроры"_s, u"district_prosecutor"_s, 4);
    PreRegistrationPage page(*m_t->db(), *m_session);
    QVERIFY(showActive(&page));
    page.organisationField()->setCurrentIndex(page.organisationField()->findData(u"P71"_s));
    page.selectReception(district, QDate(2025, 4, 10));
    QCOMPARE(page.scheduleId(), district);
    QVERIFY(page.districtLabel()->isVisible());
    QVERIFY(page.districtLabel()->text().contains(u"R-39, R-41"_s));
    QVERIFY(page.signUpButton()->isHidden());
    QVERIFY(page.refuseButton()->isHidden());
    QVERIFY(page.closeButton()->isHidden());
    QVERIFY(page.listPdfButton()->isHidden());
    // Ctrl+N does nothing there: the hidden button's shortcut is inactive.
    QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier);
    QVERIFY(QApplication::activeModalWidget() == nullptr);
}

// On the reception day a person signed up checks in at the kiosk with the IIN typed on its keypad (a wrong one is
// refused without saying who is signed up), the other is checked in at the desk with Ctrl+K; each ticket carries
// the appointment time and shows in the Ticket column; a second check-in names the first ticket.
void TestSchedulePages::checkIn_kioskAndDesk_R3_R44()
{
    const QString gp = line(u"GP"_s, u"Бас Прокурор"_s, u"prosecutor_general"_s, 3);
    PreRegistrationService service(*m_t->db());
    const auto signUp = [&](const QString& name, const QString& iin, QTime at) {
        PreRegistration p;
        p.channelCode = u"paper"_s;
        p.applicantName = name;
        p.applicantIin = iin;
        p.essence = u"Не согласна с решением суда"_s;
        p.scheduleId = gp;
        p.receptionOn = QDate(2025, 4, 16);
        p.appointmentAt = at;
        Problems problems;
        if (!service.signUp(*m_session, &p, &problems))
            qWarning() << describe(problems);
        return p;
    };
    const PreRegistration first = signUp(u"Сәрсенбаева Гүлнар"_s, u"061211600012"_s, QTime(11, 0));
    const PreRegistration second = signUp(u"Ахметов Ерлан"_s, u"791028302728"_s, QTime(10, 30));
    QCOMPARE(first.state, PreRegistration::State::Registered);
    QCOMPARE(second.state, PreRegistration::State::Registered);
    m_clock->set(QDateTime(QDate(2025, 4, 16), QTime(9, 30)));

    KioskWindow kiosk(*m_t->db());
    kiosk.setReturnDelay(60000);
    QString talonHtml;
    kiosk.printTalon = [&](const Talon& talon, QString*) {
        talonHtml = TalonPrint::html(talon);
        return true;
    };
    QVERIFY(showActive(&kiosk));
    click(kiosk.findChild<QPushButton*>(u"language_kk"_s));
    click(kiosk.findChild<QPushButton*>(u"service_prereg"_s));
    QCOMPARE(kiosk.step(), KioskWindow::CheckIn);
    typeText(kiosk.checkInField(), u"000000000000"_s);
    QTest::keyClick(kiosk.checkInField(), Qt::Key_Return);
    QCOMPARE(kiosk.step(), KioskWindow::CheckIn);
    screenshot(&kiosk, u"kiosk-checkin-not-found"_s);
    QVERIFY(!kiosk.checkInMessage()->text().isEmpty());
    QVERIFY(!kiosk.checkInMessage()->text().contains(u"Сәрсенбаева"_s));
    kiosk.checkInField()->clear();
    for (const QChar digit : u"061211600012"_s)
        click(kiosk.findChild<QPushButton*>(u"key_"_s + digit));
    click(kiosk.findChild<QPushButton*>(u"checkInOk"_s));
    QCOMPARE(kiosk.step(), KioskWindow::Done);
    const QueueTicket kioskTicket = kiosk.lastTicket();
    QVERIFY(kioskTicket.number.startsWith(u"З"_s));
    QCOMPARE(kiosk.numberLabel()->text(), kioskTicket.number);
    QCOMPARE(kioskTicket.preregRequestId, first.id);
    QCOMPARE(kioskTicket.language, u"kk"_s);
    QVERIFY2(talonHtml.contains(u"11:00"_s), qPrintable(talonHtml));
    screenshot(&kiosk, u"kiosk-checkin-done"_s);

    PreRegistrationPage page(*m_t->db(), *m_session);
    QVERIFY(showActive(&page));
    page.organisationField()->setCurrentIndex(page.organisationField()->findData(u"GP"_s));
    page.selectReception(gp, QDate(2025, 4, 16));
    QVERIFY(page.checkInButton()->isVisible() && page.checkInButton()->isEnabled());
    page.selectRequest(second.id);
    page.table()->setFocus();
    QTest::keyClick(page.table(), Qt::Key_K, Qt::ControlModifier); // Ctrl+K: check in
    QVERIFY2(page.problemsLabel()->isHidden(), qPrintable(page.problemsLabel()->text()));
    QVERIFY2(page.noticeLabel()->isVisible() && page.noticeLabel()->text().contains(u"10:30"_s),
             qPrintable(page.noticeLabel()->text()));
    screenshot(&page, u"prereg-checked-in"_s);
    const QStringList tickets = column(page.table(), 7);
    QCOMPARE(tickets.size(), 2);
    QVERIFY2(tickets.contains(kioskTicket.number), qPrintable(tickets.join(u'|')));
    QVERIFY(tickets.at(0).startsWith(u"З"_s) && tickets.at(1).startsWith(u"З"_s) && tickets.at(0) != tickets.at(1));
    // Again: refused, naming the ticket already issued.
    page.selectRequest(first.id);
    click(page.checkInButton());
    QVERIFY2(page.problemsLabel()->isVisible() && page.problemsLabel()->text().contains(kioskTicket.number),
             qPrintable(page.problemsLabel()->text()));
    // Another day's reception cannot be checked in from the page.
    page.selectReception(gp, QDate(2025, 4, 23));
    QVERIFY(!page.checkInButton()->isEnabled());
}

QTEST_MAIN(TestSchedulePages)
#include "tst_schedulepages.moc"
