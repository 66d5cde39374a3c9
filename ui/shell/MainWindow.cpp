#include "MainWindow.h"

#include "admin/AdministrationPage.h"
#include "appeal/AppealsPage.h"
#include "prereg/PreRegistrationPage.h"
#include "schedule/SchedulePage.h"
#include "directory/DirectoryPage.h"
#include "directory/DirectoryRepository.h"
#include "i18n/Translator.h"
#include "queue/OperatorPanel.h"
#include "queue/QueueSection.h"
#include "reception/EmergencyNotice.h"
#include "reception/ReceptionCardForm.h"
#include "reception/ReceptionPage.h"
#include "shell/PlaceholderPage.h"
#include "storage/Database.h"
#include "sync/SyncPage.h"
#include "sync/SyncRunner.h"
#include "sync/SyncStatus.h"

#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QMouseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
struct SectionText
{
    const char* title;
    const char* planned; // what the section will hold, for sections not built yet
};

// Section titles and the plans of sections still to come (translated in context "MainWindow").
const SectionText kSections[] = {
    {QT_TRANSLATE_NOOP("MainWindow", "Queue"), nullptr},
    {QT_TRANSLATE_NOOP("MainWindow", "Reception (ЛП-1)"), nullptr},
    {QT_TRANSLATE_NOOP("MainWindow", "Appeals"), nullptr},
    {QT_TRANSLATE_NOOP("MainWindow", "Pre-registration"),
     QT_TRANSLATE_NOOP("MainWindow", "Pre-registration to heads with the cut-offs of R-18 and R-36 and the refusal "
                                     "grounds of R-19, R-25 and R-33.")},
    {QT_TRANSLATE_NOOP("MainWindow", "Schedules"),
     QT_TRANSLATE_NOOP("MainWindow", "Reception schedules approved by heads and printed in Kazakh and Russian (R-4, "
                                     "R-5), duty prosecutors' schedules in detention facilities (R-6).")},
    {QT_TRANSLATE_NOOP("MainWindow", "Reports"),
     QT_TRANSLATE_NOOP("MainWindow", "Report 1-ОЛ section 5 (RR-32), journals and statistics of reception.")},
    {QT_TRANSLATE_NOOP("MainWindow", "Directories"), nullptr},
    {QT_TRANSLATE_NOOP("MainWindow", "Sync"), nullptr},
    {QT_TRANSLATE_NOOP("MainWindow", "Administration"), nullptr},
};
constexpr int kSectionCount = int(std::size(kSections));
} // namespace

MainWindow::MainWindow(Database& db, Session session, QWidget* parent)
    : QMainWindow(parent), m_db(db), m_session(std::move(session)), m_navigation(new QListWidget(this)),
      m_stack(new QStackedWidget(this)), m_mode(new QLabel(this)), m_user(new QLabel(this)),
      m_organisation(new QLabel(this)), m_sync(new QLabel(this))
{
    for (int i = 0; i < kSectionCount; ++i) {
        m_navigation->addItem(QString());
        m_pages.append(nullptr);
        m_stack->addWidget(new QWidget(m_stack)); // replaced by the real page on first use
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] { showSection(Section(i)); });
    }
    m_navigation->setMaximumWidth(230);
    m_navigation->setMinimumWidth(m_navigation->fontMetrics().averageCharWidth() * 22);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showSection(Section(row));
    });
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);

    m_fileMenu = menuBar()->addMenu(QString());
    // The queue's kiosk and display board, windows of their own (full screen with F11).
    m_kiosk = m_fileMenu->addAction(QString(), this, [this] { queueSection()->openKiosk(); });
    m_kiosk->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_board = m_fileMenu->addAction(QString(), this, [this] { queueSection()->openBoard(); });
    m_board->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_fileMenu->addSeparator();
    m_signOut = m_fileMenu->addAction(QString(), this, &MainWindow::signOutRequested);
    m_quit = m_fileMenu->addAction(QString(), qApp, &QApplication::quit);
    m_quit->setShortcut(QKeySequence::Quit);
    m_languageMenu = menuBar()->addMenu(QString());
    m_languages = new QActionGroup(this);
    for (const Translator::Language& l : Translator::available()) {
        QAction* a = m_languageMenu->addAction(l.nativeName);
        a->setCheckable(true);
        a->setData(l.code);
        a->setChecked(l.code == Translator::current());
        m_languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = l.code] { switchLanguage(code); });
    }
    m_helpMenu = menuBar()->addMenu(QString());
    m_about = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About АРМ «ЦПГ»"),
                           tr("АРМ «ЦПГ» %1\nThe workstation of the citizen reception centres of the prosecutor's "
                              "offices of the Republic of Kazakhstan.")
                               .arg(QStringLiteral(ARMCPG_VERSION)));
    });

    statusBar()->addWidget(m_mode);
    statusBar()->addWidget(m_user);
    statusBar()->addWidget(m_organisation, 1);
    // red while reception is by videoconference only (found by its object name "vksOnlyNotice").
    statusBar()->addPermanentWidget(new EmergencyNotice(m_db, EmergencyNotice::Style::StatusBar, statusBar()));
    statusBar()->addPermanentWidget(m_sync);
    // The sync state: a click (or Ctrl+8) opens the Sync page. A laptop syncs in the background, automatically
    // when a central address is set and automatic sync is on.
    m_sync->setObjectName(u"syncStatus"_s);
    m_sync->setCursor(Qt::PointingHandCursor);
    m_sync->installEventFilter(this);
    if (m_db.isSqlite()) {
        m_syncRunner = new SyncRunner(m_db, this);
        connect(m_syncRunner, &SyncRunner::started, this, &MainWindow::refreshSyncStatus);
        connect(m_syncRunner, &SyncRunner::finished, this, &MainWindow::refreshSyncStatus);
        m_syncRunner->setAutomatic(true);
    }
    auto* timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &MainWindow::refreshStatus);
    timer->start(10000);

    retranslate();
    resize(1200, 760);
    showSection(Reception);
}

QWidget* MainWindow::createPage(Section section)
{
    switch (section) {
    case Directories: return new DirectoryPage(m_db, m_session, m_stack);
    case Appeals: return new AppealsPage(m_db, m_session, m_stack);
    case PreRegistration: return new PreRegistrationPage(m_db, m_session, m_stack);
    case Schedules: return new SchedulePage(m_db, m_session, m_stack);
    case Administration: return new AdministrationPage(m_db, m_session, m_stack);
    case Reception: {
        auto* reception = new ReceptionPage(m_db, m_session, m_stack);
        connect(reception->form(), &ReceptionCardForm::saved, this, &MainWindow::onCardSaved);
        // the written appeal accepted at the reception, completed in the Appeals section.
        connect(reception->form(), &ReceptionCardForm::appealRequested, this, [this](const QString& appealId) {
            showSection(Appeals);
            static_cast<AppealsPage*>(page(Appeals))->completeRegistration(appealId);
        });
        return reception;
    }
    case Queue: {
        auto* queue = new QueueSection(m_db, m_session, m_stack);
        connect(queue->panel(), &OperatorPanel::receptionRequested, this, &MainWindow::startQueueReception);
        return queue;
    }
    case Sync: {
        auto* sync = new SyncPage(m_db, m_session, m_syncRunner, m_stack);
        connect(sync, &SyncPage::statusChanged, this, &MainWindow::refreshSyncStatus);
        return sync;
    }
    default: return new PlaceholderPage(kSections[section].title, kSections[section].planned, m_stack);
    }
}

QWidget* MainWindow::page(Section section)
{
    if (!m_pages[section]) {
        QWidget* old = m_stack->widget(section);
        m_pages[section] = createPage(section);
        m_stack->insertWidget(section, m_pages[section]);
        m_stack->removeWidget(old);
        delete old;
    }
    return m_pages[section];
}

void MainWindow::showSection(Section section)
{
    m_stack->setCurrentWidget(page(section));
    if (m_navigation->currentRow() != section)
        m_navigation->setCurrentRow(section);
}

QueueSection* MainWindow::queueSection() { return static_cast<QueueSection*>(page(Queue)); }

void MainWindow::startQueueReception(const QueueTicket& ticket)
{
    auto* reception = static_cast<ReceptionPage*>(page(Reception));
    m_queueTicketId = ticket.id;
    m_queueNumber = ticket.number;
    showSection(Reception);
    reception->newCardFromQueue(ticket.number, ticket.day, ticket.language);
}

void MainWindow::onCardSaved(const QString& cardId)
{
    if (m_queueTicketId.isEmpty() || !m_pages[Queue] || !m_pages[Reception])
        return;
    const auto* reception = static_cast<ReceptionPage*>(m_pages[Reception]);
    if (reception->form()->card().text("queue_number") != m_queueNumber)
        return; // another card: the ticket's reception goes on
    queueSection()->panel()->finishWithCard(m_queueTicketId, cardId);
    m_queueTicketId.clear();
    m_queueNumber.clear();
}

MainWindow::Section MainWindow::currentSection() const { return Section(m_stack->currentIndex()); }

void MainWindow::switchLanguage(const QString& code)
{
    Translator::install(code);
    Translator::remember(code);
    for (QAction* a : m_languages->actions())
        a->setChecked(a->data().toString() == code);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("АРМ «ЦПГ»"));
    for (int i = 0; i < kSectionCount; ++i) {
        m_navigation->item(i)->setText(u"%1  %2"_s.arg(i + 1).arg(QCoreApplication::translate("MainWindow", kSections[i].title)));
        m_navigation->item(i)->setToolTip(tr("Ctrl+%1").arg(i + 1));
    }
    m_fileMenu->setTitle(tr("&File"));
    m_kiosk->setText(tr("Queue &kiosk window"));
    m_board->setText(tr("Queue display &board"));
    m_signOut->setText(tr("Sign &out"));
    m_quit->setText(tr("&Quit"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About"));
    refreshStatus();
}

void MainWindow::refreshStatus()
{
    // Short texts in the status bar; the whole of each in its tooltip.
    m_mode->setText(m_db.isSqlite() ? tr("Standalone · SQLite") : tr("Centre · PostgreSQL"));
    m_mode->setToolTip(m_db.settings().toDisplayString());
    QStringList roles;
    for (Role r : m_session.user().roles)
        roles << roleName(r);
    m_user->setText(m_session.user().fullName);
    m_user->setToolTip(tr("User: %1 (%2)").arg(m_session.user().fullName, roles.join(u", ")));
    const QString code = m_db.organisationCode();
    const auto org = DirectoryRepository(m_db).entry(u"organisation"_s, code);
    const QString orgName = org ? org->name(Translator::current()) : code.isEmpty() ? tr("not chosen") : code;
    m_organisation->setText(orgName);
    m_organisation->setToolTip(tr("Organisation: %1").arg(orgName));
    refreshSyncStatus();
}

void MainWindow::refreshSyncStatus()
{
    if (m_syncRunner && m_syncRunner->isRunning()) {
        m_sync->setText(tr("Sync: in progress…"));
        m_sync->setStyleSheet(QString());
        m_sync->setProperty("alarm", false);
        return;
    }
    const SyncStatus status = SyncStatus::read(m_db);
    bool alarm = false;
    m_sync->setText(SyncPage::statusText(status, m_db.isSqlite(), &alarm));
    m_sync->setToolTip(SyncPage::toolTipText(status, m_db.isSqlite()));
    m_sync->setStyleSheet(alarm ? u"color: #b00020;"_s : QString());
    m_sync->setProperty("alarm", alarm);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_sync && event->type() == QEvent::MouseButtonRelease
        && static_cast<QMouseEvent*>(event)->button() == Qt::LeftButton) {
        showSection(Sync);
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace armcpg
