// The electronic queue's windows (issue 5), driven like people would: tickets taken at the kiosk by clicking (one
// out of turn), calls from two operator panels at two desks (the out-of-turn ticket first), the board showing both
// calls, "Start reception" opening a ЛП-1 card with the queue number whose saving finishes the ticket; the talon's
// PDF read back with pdftotext (Kazakh and Russian, number, people ahead); the statistics page's figures and charts.
#include "PdfText.h"
#include "GuiTestSupport.h"
#include "TestDatabase.h"

#include "directory/DirectoryComboBox.h"
#include "i18n/Translator.h"
#include "identity/Iin.h"
#include "queue/BarChart.h"
#include "queue/OperatorDialogs.h"
#include "queue/BoardWindow.h"
#include "queue/KioskWindow.h"
#include "queue/OperatorPanel.h"
#include "queue/QueueConfig.h"
#include "queue/QueueSection.h"
#include "queue/QueueService.h"
#include "queue/QueueStatsPage.h"
#include "queue/QueueText.h"
#include "queue/TalonPrint.h"
#include "reception/ReceptionCardForm.h"
#include "reception/ReceptionPage.h"
#include "security/UserService.h"
#include "setup/Setup.h"
#include "shell/MainWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

namespace {
QString validIin(const QString& first10)
{
    for (int d = 0; d <= 9; ++d) {
        const QString eleven = first10 + QString::number(d);
        const int check = Iin::checkDigit(eleven);
        if (check >= 0)
            return eleven + QString::number(check);
    }
    return {};
}

QPushButton* button(QWidget* window, const QString& name)
{
    auto* b = window->findChild<QPushButton*>(name);
    if (!b)
        qWarning("no button %s", qPrintable(name));
    return b;
}
} // namespace

class TestQueueWindows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void kioskPanelsBoardAndReception_data();
    void kioskPanelsBoardAndReception();
    void panel_pickRecallNoShowPostponeRedirectIssue();
    void talonPdf_bothLanguagesNumberAndPeopleAhead();
    void statisticsPage_showsFigures();

private:
    // Takes a ticket at the kiosk by clicking: language, service, then category (or "none" / out of town).
    void takeTicket(KioskWindow& kiosk, const QString& language, const QString& service, const QString& choice);

    std::unique_ptr<TestDatabase> m_t;
    QTemporaryDir m_dir;
    bool m_pdftotext = false;
};

void TestQueueWindows::initTestCase()
{
    Translator::install(u"ru"_s);
    m_pdftotext = !QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty();
    QVERIFY(m_dir.isValid());
}

void TestQueueWindows::init()
{
    m_t = std::make_unique<TestDatabase>(TestDatabase::Backend::Sqlite);
    QVERIFY2(m_t->isValid(), qPrintable(m_t->error()));
    Problems problems;
    QVERIFY2(Setup::initialise(*m_t->db(), true, &problems), qPrintable(describe(problems)));
}

void TestQueueWindows::cleanup()
{
    cancelPendingModals();
    m_t.reset();
}

void TestQueueWindows::takeTicket(KioskWindow& kiosk, const QString& language, const QString& service,
                                  const QString& choice)
{
    QCOMPARE(kiosk.step(), KioskWindow::ChooseLanguage);
    click(button(&kiosk, u"language_"_s + language));
    QCOMPARE(kiosk.step(), KioskWindow::ChooseService);
    QCOMPARE(kiosk.language(), language);
    click(button(&kiosk, u"service_"_s + service));
    QCOMPARE(kiosk.step(), KioskWindow::ChooseCategory);
    click(button(&kiosk, choice));
    QCOMPARE(kiosk.step(), KioskWindow::Done);
    QVERIFY2(kiosk.messageLabel()->text().isEmpty(), qPrintable(kiosk.messageLabel()->text()));
    QCOMPARE(kiosk.numberLabel()->text(), kiosk.lastTicket().number);
}

void TestQueueWindows::kioskPanelsBoardAndReception_data() { ARMCPG_BACKEND_DATA(); }

// The acceptance of issue 5, on SQLite (panels polling) and on PostgreSQL (LISTEN/NOTIFY).
void TestQueueWindows::kioskPanelsBoardAndReception()
{
    QFETCH(int, backend);
    Problems problems;
    if (TestDatabase::Backend(backend) != TestDatabase::Backend::Sqlite) {
        m_t = std::make_unique<TestDatabase>(TestDatabase::Backend(backend));
        QVERIFY2(m_t->isValid(), qPrintable(m_t->error()));
        QVERIFY2(Setup::initialise(*m_t->db(), true, &problems), qPrintable(describe(problems)));
    }
    Database& db = *m_t->db();
    const auto prosecutor = UserService(db).signIn(u"prosecutor"_s, u"Prosecutor-2026"_s, &problems);
    const auto operatorSession = UserService(db).signIn(u"operator"_s, u"Operator-2026"_s, &problems);
    QVERIFY2(prosecutor && operatorSession, qPrintable(describe(problems)));

    BoardWindow board(db);
    board.show();
    QVERIFY(QTest::qWaitForWindowExposed(&board));
    QCOMPARE(board.calls().size(), 0);

    // Three visitors at the kiosk: two walk-ins, then a person with a disability, who is served first.
    KioskWindow kiosk(db);
    kiosk.setReturnDelay(60000);
    QList<Talon> printed;
    kiosk.printTalon = [&](const Talon& talon, QString* error) {
        printed << talon;
        return TalonPrint::writePdf(talon, m_dir.filePath(talon.ticket.id + u".pdf"_s), error);
    };
    QVERIFY(showActive(&kiosk));
    takeTicket(kiosk, u"ru"_s, u"consultation"_s, u"noCategory"_s);
    const QueueTicket first = kiosk.lastTicket();
    QCOMPARE(first.number, u"К-001"_s);
    QCOMPARE(first.language, u"ru"_s);
    screenshot(&kiosk, u"queue-kiosk-done"_s);
    click(button(&kiosk, u"doneButton"_s)); // or, after a few seconds, by itself
    takeTicket(kiosk, u"kk"_s, u"consultation"_s, u"noCategory"_s);
    const QueueTicket second = kiosk.lastTicket();
    QCOMPARE(second.language, u"kk"_s);
    kiosk.setReturnDelay(50);
    QTRY_COMPARE(kiosk.step(), KioskWindow::ChooseLanguage);
    screenshot(&kiosk, u"queue-kiosk-start"_s);
    click(button(&kiosk, u"language_ru"_s));
    click(button(&kiosk, u"service_consultation"_s));
    screenshot(&kiosk, u"queue-kiosk-categories"_s);
    click(button(&kiosk, u"priority_disability"_s));
    QCOMPARE(kiosk.step(), KioskWindow::Done);
    const QueueTicket priority = kiosk.lastTicket();
    QCOMPARE(priority.priorityCode, u"disability"_s);
    QCOMPARE(printed.size(), 3);
    QCOMPARE(printed.last().peopleAhead, 0); // out of turn: nobody ahead
    QCOMPARE(printed.first().peopleAhead, 0);
    QCOMPARE(printed[1].peopleAhead, 1);
    QCOMPARE(printed.last().categoryRu, u"Лица с инвалидностью"_s);
    QTRY_COMPARE(board.waitingCount(), 3);

    // Desk 1 in the workstation of the prosecutor, desk 2 in a panel of the operator's.
    MainWindow window(db, *prosecutor);
    QVERIFY(showActive(&window));
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.currentSection(), MainWindow::Queue);
    OperatorPanel* desk1 = window.queueSection()->panel();
    desk1->setDesk(u"1"_s);
    OperatorPanel desk2(db, *operatorSession);
    desk2.setDesk(u"2"_s);
    desk2.show();
    QCOMPARE(desk1->waitingTickets().size(), 3);
    QCOMPARE(desk1->waitingTickets().first().number, priority.number); // in call order
    QCOMPARE(desk1->waitingTable()->item(0, 0)->text(), priority.number);

    click(desk1->button(OperatorPanel::CallNext));
    QVERIFY(desk1->currentTicket());
    QCOMPARE(desk1->currentTicket()->number, priority.number);
    QCOMPARE(desk1->currentLabel()->text(), priority.number);
    click(desk2.button(OperatorPanel::CallNext));
    QVERIFY(desk2.currentTicket());
    QCOMPARE(desk2.currentTicket()->number, first.number);
    screenshot(&window, u"queue-panel-called"_s);

    // The board: both calls, the newest on top, each with a chime; one person still waiting.
    QTRY_COMPARE(board.calls().size(), 2);
    QCOMPARE(board.callText(0), u"%1 → 2"_s.arg(first.number));
    QCOMPARE(board.callText(1), u"%1 → 1"_s.arg(priority.number));
    QCOMPARE(board.findChild<QLabel*>(u"callNumber0"_s)->text(), first.number);
    QCOMPARE(board.findChild<QLabel*>(u"callDesk1"_s)->text(), u"1"_s);
    QTRY_COMPARE(board.waitingCount(), 1);
    QVERIFY(board.chimes() >= 2);
    QVERIFY(board.waitingLabel()->text().contains(u'1'));
    screenshot(&board, u"queue-board"_s);
    // The other panel saw the calls too (QueueWatcher): only the Kazakh visitor waits.
    QTRY_COMPARE(desk1->waitingTickets().size(), 1);
    QCOMPARE(desk1->waitingTickets().first().number, second.number);

    // Start reception (F9): a new ЛП-1 card with the queue number, the date and the language.
    focusOn(desk1->waitingTable());
    QTest::keyClick(desk1->waitingTable(), Qt::Key_F9);
    QTRY_COMPARE(window.currentSection(), MainWindow::Reception);
    QCOMPARE(QueueService(db).ticket(priority.id)->state, TicketState::Serving);
    auto* reception = qobject_cast<ReceptionPage*>(window.page(MainWindow::Reception));
    QVERIFY(reception && reception->isFormShown());
    ReceptionCardForm* form = reception->form();
    QCOMPARE(qobject_cast<QLineEdit*>(form->editor(u"queue_number"_s))->text(), priority.number);
    QCOMPARE(form->card().text("queue_number"), priority.number);
    QCOMPARE(form->card().date("queued_on"), priority.day);
    QCOMPARE(form->card().text("reception_language"), u"ru"_s);
    screenshot(&window, u"queue-reception-card"_s);

    // Saving the card finishes the ticket, with the card recorded.
    qobject_cast<QLineEdit*>(form->editor(u"iin"_s))->setText(validIin(u"8501013001"_s));
    qobject_cast<QLineEdit*>(form->editor(u"surname"_s))->setText(u"Нұрланов"_s);
    qobject_cast<QLineEdit*>(form->editor(u"given_name"_s))->setText(u"Ерлан"_s);
    qobject_cast<DirectoryComboBox*>(form->editor(u"social_status_code"_s))->setCurrentCode(u"worker"_s);
    qobject_cast<QLineEdit*>(form->editor(u"place_addressee"_s))->setText(u"ЦПГ, каб. 105"_s);
    qobject_cast<QLineEdit*>(form->editor(u"secretary"_s))->setText(u"Ахметова Д."_s);
    qobject_cast<QPlainTextEdit*>(form->editor(u"present"_s))->setPlainText(u"Заявитель"_s);
    QVERIFY2(form->save(), qPrintable(describe(form->problems())));
    const auto finished = QueueService(db).ticket(priority.id);
    QCOMPARE(finished->state, TicketState::Finished);
    QCOMPARE(finished->cardId, form->cardId());
    QVERIFY(!desk1->currentTicket());

    // Desk 2 with the keyboard: F10 finishes, F2 calls the Kazakh visitor.
    QVERIFY(showActive(&desk2));
    focusOn(desk2.waitingTable());
    QTest::keyClick(desk2.waitingTable(), Qt::Key_F10);
    QCOMPARE(QueueService(db).ticket(first.id)->state, TicketState::Finished);
    QTest::keyClick(desk2.waitingTable(), Qt::Key_F2);
    QVERIFY(desk2.currentTicket());
    QCOMPARE(desk2.currentTicket()->number, second.number);
    QTRY_COMPARE(board.callText(0), u"%1 → 2"_s.arg(second.number));
    QCOMPARE(board.waitingCount(), 0);
}

// Every other action of a desk, by its key, with its dialog where it has one.
void TestQueueWindows::panel_pickRecallNoShowPostponeRedirectIssue()
{
    Database& db = *m_t->db();
    Problems problems;
    const auto op = UserService(db).signIn(u"operator"_s, u"Operator-2026"_s, &problems);
    QVERIFY2(op, qPrintable(describe(problems)));
    OperatorPanel panel(db, *op);
    panel.setDesk(u"1"_s);
    QVERIFY(showActive(&panel));
    QTableWidget* table = panel.waitingTable();
    focusOn(table);

    // Ctrl+I: two tickets issued from the desk, the second out of town.
    onModal<IssueTicketDialog>([](IssueTicketDialog* d) {
        d->serviceBox()->setCurrentIndex(d->serviceBox()->findData(u"appeal"_s));
        d->languageBox()->setCurrentIndex(d->languageBox()->findData(u"kk"_s));
        d->accept();
    });
    QTest::keyClick(table, Qt::Key_I, Qt::ControlModifier);
    QTRY_COMPARE(panel.waitingTickets().size(), 1);
    onModal<IssueTicketDialog>([](IssueTicketDialog* d) {
        d->serviceBox()->setCurrentIndex(d->serviceBox()->findData(u"consultation"_s));
        d->outOfTownBox()->setChecked(true);
        d->accept();
    });
    focusOn(table);
    QTest::keyClick(table, Qt::Key_I, Qt::ControlModifier);
    QTRY_COMPARE(panel.waitingTickets().size(), 2);
    const QueueTicket appeal = QueueService(db).byNumber(u"О-001"_s).value();
    QCOMPARE(appeal.language, u"kk"_s);
    QCOMPARE(appeal.issuedAtDesk, u"1"_s);
    QCOMPARE(panel.waitingTickets().first().number, u"К-001"_s); // out of town before walk-ins (QueueOrder)

    // F3 picks the selected ticket (the appeal, second in order); F4 recalls it; F6: it did not come.
    focusOn(table);
    table->setCurrentCell(1, 0);
    QTest::keyClick(table, Qt::Key_F3);
    QCOMPARE(panel.currentTicket()->number, appeal.number);
    QTest::keyClick(table, Qt::Key_F4);
    QCOMPARE(QueueService(db).ticket(appeal.id)->callCount, 2);
    QTest::keyClick(table, Qt::Key_F6);
    QCOMPARE(QueueService(db).ticket(appeal.id)->state, TicketState::NoShow);
    QVERIFY(!panel.currentTicket());

    // F2, then F7: postponed for 15 minutes, back in the queue after that time.
    QTest::keyClick(table, Qt::Key_F2);
    const QString town = panel.currentTicket()->id;
    onModal<PostponeDialog>([](PostponeDialog* d) {
        d->minutesBox()->setValue(15);
        d->accept();
    });
    QTest::keyClick(table, Qt::Key_F7);
    QTRY_COMPARE(QueueService(db).ticket(town)->state, TicketState::Waiting);
    QVERIFY(QueueService(db).ticket(town)->readyAt > db.clock().now().addSecs(14 * 60));
    QVERIFY(!panel.waitingTable()->item(0, 2)->text().isEmpty()); // marked: out of town, postponed until …

    // F2 finds nobody callable now; a ticket picked and redirected (F8) to desk 2 with a comment keeps its place.
    focusOn(table);
    QTest::keyClick(table, Qt::Key_F2);
    QVERIFY(!panel.currentTicket());
    table->setCurrentCell(0, 0);
    QTest::keyClick(table, Qt::Key_F3);
    QVERIFY(panel.currentTicket());
    onModal<RedirectDialog>([](RedirectDialog* d) {
        d->deskBox()->setCurrentIndex(d->deskBox()->findData(u"2"_s));
        d->commentEdit()->setText(u"к прокурору Ким"_s);
        d->accept();
    });
    focusOn(table);
    QTest::keyClick(table, Qt::Key_F8);
    QTRY_VERIFY(!panel.currentTicket());
    const auto redirected = QueueService(db).ticket(town);
    QCOMPARE(redirected->state, TicketState::Waiting);
    QCOMPARE(redirected->targetDesk, u"2"_s);
    QCOMPARE(redirected->comment, u"к прокурору Ким"_s);
    QVERIFY(panel.waitingTickets().isEmpty()); // desk 1 no longer calls it
    panel.setDesk(u"2"_s);
    QCOMPARE(panel.waitingTickets().size(), 1);
}

void TestQueueWindows::talonPdf_bothLanguagesNumberAndPeopleAhead()
{
    if (!m_pdftotext)
        QSKIP("pdftotext (poppler-utils) is not installed; scripts/test.sh installs it");
    Database& db = *m_t->db();
    QueueService queue(db);
    Problems problems;
    const Session kiosk = Session::program(u"kiosk"_s);
    TicketRequest request;
    request.serviceCode = u"consultation"_s;
    QVERIFY(queue.issue(kiosk, request, &problems));
    QVERIFY(queue.issue(kiosk, request, &problems));
    request.language = u"kk"_s;
    const auto ticket = queue.issue(kiosk, request, &problems);
    QVERIFY2(ticket, qPrintable(describe(problems)));

    const Talon talon = Talon::of(db, *ticket);
    QCOMPARE(talon.peopleAhead, 2);
    const QString path = m_dir.filePath(u"talon.pdf"_s);
    QString error;
    QVERIFY2(TalonPrint::writePdf(talon, path, &error), qPrintable(error));
    const QString text = pdfText(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(text.contains(u"К-003"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Заң кеңесі"_s), qPrintable(text));               // Kazakh
    QVERIFY2(text.contains(u"Юридическая консультация"_s), qPrintable(text)); // Russian
    // The bilingual label may wrap around its value: "Сіздің алдыңызда / 2 Перед вами".
    const QString kk = QueueText::in(u"kk"_s, QT_TRANSLATE_NOOP("QueueText", "People ahead"));
    const QString ru = QueueText::in(u"ru"_s, QT_TRANSLATE_NOOP("QueueText", "People ahead"));
    QVERIFY2(text.contains(kk) && text.contains(ru), qPrintable(text));
    auto ahead = [&](int n) {
        return QRegularExpression(QRegularExpression::escape(kk) + u"[\\s/]*%1\\b|"_s.arg(n)
                                  + QRegularExpression::escape(ru) + u"\\s*%1\\b"_s.arg(n));
    };
    QVERIFY2(ahead(2).match(text).hasMatch(), qPrintable(text));
    QVERIFY2(text.contains(ticket->issuedAt.toLocalTime().toString(u"HH:mm"_s)), qPrintable(text));

    // An out-of-turn talon names the category in both languages.
    request.priorityCode = u"pregnant"_s;
    const auto priority = queue.issue(kiosk, request, &problems);
    QVERIFY(priority);
    QVERIFY(TalonPrint::writePdf(Talon::of(db, *priority), path, &error));
    const QString priorityText = pdfText(path, &error);
    QVERIFY2(priorityText.contains(u"Жүкті әйелдер"_s) && priorityText.contains(u"Беременные женщины"_s),
             qPrintable(priorityText));
    QVERIFY2(ahead(0).match(priorityText).hasMatch(), qPrintable(priorityText));
}

void TestQueueWindows::statisticsPage_showsFigures()
{
    Database& db = *m_t->db();
    // A morning of the queue on a fixed clock: two served (waits of 10 and 20 minutes, service of 10 and 6), one
    // called after 26 minutes who did not come.
    FixedClock clock(QDateTime(QDate::currentDate(), QTime(10, 0)));
    db.setClock(&clock);
    Problems problems;
    const auto head = UserService(db).signIn(u"head"_s, u"Head-2026"_s, &problems);
    QVERIFY2(head, qPrintable(describe(problems)));
    QueueService queue(db);
    const Session kiosk = Session::program(u"kiosk"_s);
    TicketRequest request;
    request.serviceCode = u"consultation"_s;
    for (int i = 0; i < 3; ++i)
        QVERIFY2(queue.issue(kiosk, request, &problems), qPrintable(describe(problems)));
    clock.advanceMs(10 * 60 * 1000);
    QVERIFY(queue.callNext(*head, u"1"_s, &problems));
    QVERIFY(queue.start(*head, u"1"_s, &problems));
    clock.advanceMs(10 * 60 * 1000);
    QVERIFY(queue.finish(*head, u"1"_s, &problems));
    QVERIFY(queue.callNext(*head, u"1"_s, &problems));
    QVERIFY(queue.start(*head, u"1"_s, &problems));
    clock.advanceMs(6 * 60 * 1000);
    QVERIFY(queue.finish(*head, u"1"_s, &problems));
    QVERIFY(queue.callNext(*head, u"2"_s, &problems));
    QVERIFY(queue.noShow(*head, u"2"_s, &problems));
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));

    QueueStatsPage page(db, *head);
    page.resize(1100, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setPeriod(clock.today(), clock.today());
    QTRY_VERIFY(!page.isComputing() && page.stats());
    QTRY_COMPARE(page.figure(u"served"_s)->text(), u"2"_s);
    QCOMPARE(page.figure(u"issued"_s)->text(), u"3"_s);
    QCOMPARE(page.figure(u"no_shows"_s)->text(), u"1"_s);
    QVERIFY2(page.figure(u"no_show_rate"_s)->text().startsWith(QLocale().toString(33.3, 'f', 1)),
             qPrintable(page.figure(u"no_show_rate"_s)->text()));
    QVERIFY2(page.figure(u"wait_max"_s)->text().contains(QLocale().toString(26.0, 'f', 1)),
             qPrintable(page.figure(u"wait_max"_s)->text()));
    QVERIFY2(page.figure(u"service_mean"_s)->text().contains(QLocale().toString(8.0, 'f', 1)),
             qPrintable(page.figure(u"service_mean"_s)->text()));
    const QList<BarChart*> charts = page.charts();
    QCOMPARE(charts.size(), 4);
    double perDesk = 0;
    for (const BarChart::Bar& b : charts[1]->bars())
        perDesk += b.value;
    QCOMPARE(perDesk, 2.0);
    QCOMPARE(charts[3]->bars().size(), 1);
    QCOMPARE(page.periodTable()->rowCount(), 1);
    screenshot(&page, u"queue-statistics"_s);

    // The head's alert: nobody waits; a ticket waiting past a threshold of 5 minutes raises it.
    QVERIFY(!page.alertLabel()->property("alarm").toBool());
    QVERIFY(queue.issue(kiosk, request, &problems));
    clock.advanceMs(6 * 60 * 1000);
    QVERIFY(QueueConfig(db).setAlertWaitMinutes(*head, 5, &problems));
    page.refreshAlert();
    QVERIFY(page.alertLabel()->property("alarm").toBool());
    QVERIFY(page.alertLabel()->text().contains(u"6"_s));

    // Not for an operator: the refusal says why.
    const auto op = UserService(db).signIn(u"operator"_s, u"Operator-2026"_s, &problems);
    QueueStatsPage refused(db, *op);
    QTRY_VERIFY(!refused.isComputing());
    QTRY_VERIFY(!refused.messageLabel()->text().isEmpty() && !refused.stats());
    db.setClock(nullptr);
}

QTEST_MAIN(TestQueueWindows)
#include "tst_queuewindows.moc"
