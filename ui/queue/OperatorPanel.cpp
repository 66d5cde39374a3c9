#include "OperatorPanel.h"

#include "directory/DirectoryRepository.h"
#include "i18n/Translator.h"
#include "queue/OperatorDialogs.h"
#include "queue/QueueConfig.h"
#include "queue/QueueOrder.h"
#include "queue/QueueService.h"
#include "queue/QueueStatistics.h"
#include "queue/QueueWatcher.h"
#include "storage/Database.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
const QString kDeskKey = u"queue/desk"_s;

struct ActionText
{
    const char* name; // the button's object name
    const char* text;
    QKeySequence key;
};

// In the order of OperatorPanel::Action (context "OperatorPanel").
const ActionText kActions[] = {
    {"callNext", QT_TRANSLATE_NOOP("OperatorPanel", "Call next"), QKeySequence(Qt::Key_F2)},
    {"pick", QT_TRANSLATE_NOOP("OperatorPanel", "Pick selected"), QKeySequence(Qt::Key_F3)},
    {"recall", QT_TRANSLATE_NOOP("OperatorPanel", "Recall"), QKeySequence(Qt::Key_F4)},
    {"noShow", QT_TRANSLATE_NOOP("OperatorPanel", "No-show"), QKeySequence(Qt::Key_F6)},
    {"postpone", QT_TRANSLATE_NOOP("OperatorPanel", "Postpone…"), QKeySequence(Qt::Key_F7)},
    {"redirect", QT_TRANSLATE_NOOP("OperatorPanel", "Redirect…"), QKeySequence(Qt::Key_F8)},
    {"startReception", QT_TRANSLATE_NOOP("OperatorPanel", "Start reception"), QKeySequence(Qt::Key_F9)},
    {"finish", QT_TRANSLATE_NOOP("OperatorPanel", "Finish"), QKeySequence(Qt::Key_F10)},
    {"issue", QT_TRANSLATE_NOOP("OperatorPanel", "Issue a ticket…"), QKeySequence(Qt::CTRL | Qt::Key_I)},
};
} // namespace

OperatorPanel::OperatorPanel(Database& db, const Session& session, QueueWatcher* watcher, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session), m_queue(db), m_desk(new QComboBox(this)), m_deskLabel(new QLabel(this)),
      m_currentTitle(new QLabel(this)), m_number(new QLabel(this)), m_details(new QLabel(this)),
      m_waitingTitle(new QLabel(this)), m_table(new QTableWidget(this)), m_message(new QLabel(this)),
      m_alert(new QLabel(this))
{
    setObjectName(u"operatorPanel"_s);
    m_desk->setObjectName(u"desk"_s);
    m_number->setObjectName(u"currentNumber"_s);
    m_table->setObjectName(u"waiting"_s);
    m_message->setObjectName(u"message"_s);
    m_alert->setObjectName(u"alert"_s);
    for (const QueueDesk& d : QueueConfig(m_db).desks(true))
        m_desk->addItem(d.name.isEmpty() ? d.code : u"%1 — %2"_s.arg(d.code, d.name), d.code);
    const int remembered = m_desk->findData(QSettings().value(kDeskKey).toString());
    if (remembered >= 0)
        m_desk->setCurrentIndex(remembered);
    m_deskLabel->setBuddy(m_desk);
    connect(m_desk, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(kDeskKey, deskCode());
        refresh();
    });

    QFont big = m_number->font();
    big.setPointSize(36);
    big.setBold(true);
    m_number->setFont(big);
    m_details->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_alert->setWordWrap(true);
    m_alert->setStyleSheet(u"color: #b00020; font-weight: bold;"_s);
    m_alert->hide();

    m_table->setColumnCount(6);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::cellActivated, this, [this] { pickSelected(); });
    m_waitingTitle->setBuddy(m_table);

    using Slot = void (OperatorPanel::*)();
    const Slot handlers[] = {&OperatorPanel::callNext, &OperatorPanel::pickSelected, &OperatorPanel::recall,
                          &OperatorPanel::noShow, &OperatorPanel::postpone, &OperatorPanel::redirect,
                          &OperatorPanel::startReception, &OperatorPanel::finish, &OperatorPanel::issueTicket};
    auto* buttons = new QGridLayout;
    for (int i = 0; i < ActionCount; ++i) {
        auto* action = new QAction(this);
        action->setShortcut(kActions[i].key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, handlers[i]);
        addAction(action);
        auto* button = new QPushButton(this);
        button->setObjectName(QString::fromLatin1(kActions[i].name));
        button->setMinimumHeight(36);
        button->setFocusPolicy(Qt::TabFocus);
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        buttons->addWidget(button, i / 3, i % 3);
        m_actions << action;
        m_buttons << button;
    }

    auto* top = new QHBoxLayout;
    top->addWidget(m_deskLabel);
    top->addWidget(m_desk, 1);
    auto* current = new QVBoxLayout;
    current->addWidget(m_currentTitle);
    current->addWidget(m_number);
    current->addWidget(m_details);
    current->addLayout(buttons);
    current->addWidget(m_message);
    current->addWidget(m_alert);
    current->addStretch(1);
    auto* waiting = new QVBoxLayout;
    waiting->addWidget(m_waitingTitle);
    waiting->addWidget(m_table, 1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(current, 2);
    columns->addLayout(waiting, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(columns, 1);

    if (!watcher) {
        watcher = new QueueWatcher(m_db, this);
        watcher->start();
    }
    connect(watcher, &QueueWatcher::changed, this, &OperatorPanel::refresh);
    auto* minutes = new QTimer(this);
    connect(minutes, &QTimer::timeout, this, &OperatorPanel::refresh);
    minutes->start(30000);
    retranslate(); // and refresh()
}

QString OperatorPanel::deskCode() const { return m_desk->currentData().toString(); }

void OperatorPanel::setDesk(const QString& code)
{
    const int i = m_desk->findData(code);
    if (i >= 0)
        m_desk->setCurrentIndex(i);
}

QString OperatorPanel::describeTicket(const QueueTicket& t) const
{
    const QString ui = Translator::current();
    QStringList lines;
    if (const auto s = QueueConfig(m_db).service(t.serviceCode))
        lines << s->name(ui);
    lines << tr("%1 · language: %2").arg(ticketStateName(t.state), t.language == u"kk" ? u"Қазақша"_s : u"Русский"_s);
    if (t.isOutOfTurn()) {
        const auto c = DirectoryRepository(m_db).entry(u"priority_category"_s, t.priorityCode);
        lines << tr("Out of turn: %1").arg(c ? c->name(ui) : t.priorityCode);
    }
    if (t.outOfTown)
        lines << tr("Out of town (R-8)");
    if (t.isPreRegistered())
        lines << tr("Pre-registered for %1").arg(t.appointmentAt.toLocalTime().toString(u"HH:mm"_s));
    if (!t.visitorName.isEmpty())
        lines << t.visitorName;
    if (t.callCount > 1)
        lines << tr("Called %n times", nullptr, t.callCount);
    if (!t.comment.isEmpty())
        lines << tr("Comment: %1").arg(t.comment);
    return lines.join(u'\n');
}

void OperatorPanel::refresh()
{
    QueueService& queue = m_queue;
    const QString desk = deskCode();
    m_current = desk.isEmpty() ? std::nullopt : queue.current(desk);
    m_number->setText(m_current ? m_current->number : tr("—"));
    m_details->setText(m_current ? describeTicket(*m_current) : tr("No ticket at this desk. Call the next one (F2)."));

    const QString selected = m_table->currentRow() >= 0 && m_table->currentRow() < m_waiting.size()
                                 ? m_waiting[m_table->currentRow()].id
                                 : QString();
    m_waiting = desk.isEmpty() ? QList<QueueTicket>() : queue.waiting(desk);
    const QDateTime now = m_db.clock().now();
    const QString ui = Translator::current();
    QueueConfig config(m_db);
    m_table->setRowCount(int(m_waiting.size()));
    for (int row = 0; row < m_waiting.size(); ++row) {
        const QueueTicket& t = m_waiting[row];
        QStringList marks;
        if (t.isOutOfTurn())
            marks << tr("out of turn");
        if (t.outOfTown)
            marks << tr("out of town");
        if (t.isPreRegistered())
            marks << tr("appointment %1").arg(t.appointmentAt.toLocalTime().toString(u"HH:mm"_s));
        if (!t.targetDesk.isEmpty() || !t.targetUser.isEmpty())
            marks << tr("redirected");
        if (!QueueOrder::isCallable(t, now))
            marks << tr("postponed until %1").arg(t.readyAt.toLocalTime().toString(u"HH:mm"_s));
        const auto service = config.service(t.serviceCode);
        const QStringList cells = {t.number,
                                   service ? service->name(ui) : t.serviceCode,
                                   marks.join(u", "_s),
                                   t.issuedAt.toLocalTime().toString(u"HH:mm"_s),
                                   QString::number(qMax<qint64>(0, t.rankAt.secsTo(now) / 60)),
                                   t.comment};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c == 0 && t.isOutOfTurn()) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_table->setItem(row, c, item);
        }
        if (t.id == selected)
            m_table->setCurrentCell(row, 0);
    }
    m_table->resizeColumnsToContents();
    m_waitingTitle->setText(tr("&Waiting (%1), in call order:").arg(m_waiting.size()));

    if (m_session.has(Role::Head) || m_session.has(Role::Administrator)) {
        const WaitAlert alert = QueueStatistics(m_db).waitAlert();
        m_alert->setVisible(alert.exceeded);
        if (alert.exceeded)
            m_alert->setText(tr("The wait passed %1 min: %2 has waited %3 min; %4 waiting over the limit.")
                                 .arg(alert.thresholdMinutes)
                                 .arg(alert.ticketNumber)
                                 .arg(alert.longestWaitMinutes)
                                 .arg(alert.waitingOverThreshold));
    }
    updateButtons();
}

void OperatorPanel::updateButtons()
{
    const bool desk = !deskCode().isEmpty();
    const bool busy = m_current.has_value();
    const bool serving = busy && m_current->state == TicketState::Serving;
    const bool enabled[ActionCount] = {
        desk && !busy,                           // call next
        desk && !busy && !m_waiting.isEmpty(),   // pick
        busy && !serving,                        // recall
        busy && !serving,                        // no-show
        busy,                                    // postpone
        busy,                                    // redirect
        busy,                                    // start reception (again: the card once more)
        busy,                                    // finish
        desk,                                    // issue
    };
    for (int i = 0; i < ActionCount; ++i) {
        m_actions[i]->setEnabled(enabled[i]);
        m_buttons[i]->setEnabled(enabled[i]);
    }
}

bool OperatorPanel::run(const Call& call, const QString& done)
{
    Problems problems;
    const auto ticket = call(&problems);
    if (!problems.isEmpty()) {
        m_message->setStyleSheet(u"color: #b00020;"_s);
        m_message->setText(describe(problems));
    } else {
        m_message->setStyleSheet(QString());
        m_message->setText(ticket ? done.arg(ticket->number) : tr("Nobody is waiting for this desk."));
    }
    refresh();
    emit ticketChanged();
    return problems.isEmpty() && ticket;
}

void OperatorPanel::callNext()
{
    run([this](Problems* p) { return m_queue.callNext(m_session, deskCode(), p); }, tr("%1 called."));
}

void OperatorPanel::pickSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_waiting.size()) {
        m_message->setText(tr("Select a ticket in the waiting list first."));
        return;
    }
    const QString id = m_waiting[row].id;
    run([this, id](Problems* p) { return m_queue.pick(m_session, deskCode(), id, p); }, tr("%1 called."));
}

void OperatorPanel::recall()
{
    run([this](Problems* p) { return m_queue.recall(m_session, deskCode(), p); }, tr("%1 called again."));
}

void OperatorPanel::noShow()
{
    run([this](Problems* p) { return m_queue.noShow(m_session, deskCode(), p); }, tr("%1 did not come."));
}

void OperatorPanel::postpone()
{
    if (!m_current)
        return;
    PostponeDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QDateTime until = m_db.clock().now().addSecs(qint64(dialog.minutes()) * 60);
    const QString comment = dialog.comment();
    run([&](Problems* p) { return m_queue.postpone(m_session, deskCode(), until, comment, p); },
        tr("%1 postponed until %2.").arg(u"%1"_s, until.toLocalTime().toString(u"HH:mm"_s)));
}

void OperatorPanel::redirect()
{
    if (!m_current)
        return;
    RedirectDialog dialog(m_db, deskCode(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const RedirectTarget target = dialog.target();
    const QString comment = dialog.comment();
    run([&](Problems* p) { return m_queue.redirect(m_session, deskCode(), target, comment, p); },
        tr("%1 redirected."));
}

void OperatorPanel::startReception()
{
    if (!m_current)
        return;
    if (m_current->state == TicketState::Serving) { // already started: the card once more
        emit receptionRequested(*m_current);
        return;
    }
    if (run([this](Problems* p) { return m_queue.start(m_session, deskCode(), p); },
            tr("Reception of %1 started.")) && m_current)
        emit receptionRequested(*m_current);
}

void OperatorPanel::finish()
{
    run([this](Problems* p) { return m_queue.finish(m_session, deskCode(), p); }, tr("%1 finished."));
}

bool OperatorPanel::finishWithCard(const QString& ticketId, const QString& cardId)
{
    // The desk may have been changed meanwhile: the ticket's own desk finishes it.
    const auto ticket = m_queue.ticket(ticketId);
    if (!ticket || ticket->state != TicketState::Serving)
        return false;
    const QString desk = ticket->deskCode;
    return run([&](Problems* p) { return m_queue.finish(m_session, desk, p, QString(), cardId); },
               tr("%1 finished: the card is saved."));
}

void OperatorPanel::issueTicket()
{
    IssueTicketDialog dialog(m_db, deskCode(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const TicketRequest request = dialog.request();
    run([&](Problems* p) { return m_queue.issue(m_session, request, p); }, tr("%1 issued."));
}

void OperatorPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OperatorPanel::retranslate()
{
    m_deskLabel->setText(tr("&Desk:"));
    m_currentTitle->setText(tr("Current ticket:"));
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("Service"), tr("Marks"), tr("Arrived"), tr("Waits, min"),
                                        tr("Comment")});
    for (int i = 0; i < ActionCount; ++i) {
        const QString text = QCoreApplication::translate("OperatorPanel", kActions[i].text);
        const QString key = kActions[i].key.toString(QKeySequence::NativeText);
        m_actions[i]->setText(text);
        m_buttons[i]->setText(u"%1  (%2)"_s.arg(text, key));
        m_buttons[i]->setToolTip(key);
    }
    refresh();
}

} // namespace armcpg
