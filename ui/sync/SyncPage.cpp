#include "SyncPage.h"

#include "storage/Database.h"
#include "sync/ConflictService.h"
#include "sync/SyncLog.h"
#include "sync/SyncRunner.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
const QString kAlarmStyle = u"color: #b00020;"_s;

QString dateTimeText(const QDateTime& utc) { return utc.toLocalTime().toString(u"dd.MM.yyyy HH:mm"_s); }

QTableWidget* makeTable(const char* name)
{
    auto* t = new QTableWidget;
    t->setObjectName(QLatin1String(name));
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->setTabKeyNavigation(false);
    t->setWordWrap(false);
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}
} // namespace

SyncPage::SyncPage(Database& db, const Session& session, SyncRunner* runner, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session), m_runner(runner), m_sqlite(db.isSqlite()), m_intro(new QLabel),
      m_serverBox(new QGroupBox), m_addressLabel(new QLabel), m_address(new QLineEdit), m_passwordLabel(new QLabel),
      m_password(new QLineEdit), m_automatic(new QCheckBox), m_save(new QPushButton), m_syncNow(new QPushButton),
      m_progress(new QProgressBar), m_cancel(new QPushButton), m_message(new QLabel), m_stateBox(new QGroupBox),
      m_lastSuccessLabel(new QLabel), m_lastSuccess(new QLabel), m_pendingLabel(new QLabel), m_pending(new QLabel),
      m_conflictCountLabel(new QLabel), m_conflictCount(new QLabel), m_lastErrorLabel(new QLabel),
      m_lastError(new QLabel), m_conflictsBox(new QGroupBox), m_conflicts(makeTable("conflicts")),
      m_keepCentral(new QPushButton), m_takeDevice(new QPushButton), m_logBox(new QGroupBox), m_log(makeTable("log")),
      m_syncAction(new QAction(this)), m_cancelAction(new QAction(this))
{
    if (m_sqlite && !m_runner)
        m_runner = new SyncRunner(db, this);

    m_intro->setObjectName(u"intro"_s);
    m_intro->setWordWrap(true);
    m_address->setObjectName(u"address"_s);
    m_address->setClearButtonEnabled(true);
    m_addressLabel->setBuddy(m_address);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_password);
    m_automatic->setObjectName(u"automatic"_s);
    m_save->setObjectName(u"save"_s);
    m_syncNow->setObjectName(u"syncNow"_s);
    m_progress->setObjectName(u"progress"_s);
    m_progress->setVisible(false);
    m_progress->setTextVisible(true);
    m_cancel->setObjectName(u"cancel"_s);
    m_cancel->setVisible(false);
    m_message->setObjectName(u"message"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel* value : {m_lastSuccess, m_pending, m_conflictCount, m_lastError}) {
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
    }
    m_lastSuccess->setObjectName(u"lastSuccess"_s);
    m_pending->setObjectName(u"pending"_s);
    m_conflictCount->setObjectName(u"conflictCount"_s);
    m_lastError->setObjectName(u"lastError"_s);
    m_keepCentral->setObjectName(u"keepCentral"_s);
    m_takeDevice->setObjectName(u"takeDevice"_s);
    m_conflicts->setColumnCount(5);
    m_log->setColumnCount(3);
    m_conflicts->horizontalHeader()->resizeSection(0, 190);
    m_conflicts->horizontalHeader()->resizeSection(1, 160);
    m_conflicts->horizontalHeader()->resizeSection(2, 260);
    m_conflicts->horizontalHeader()->resizeSection(3, 260);
    m_log->horizontalHeader()->resizeSection(0, 140);
    m_log->horizontalHeader()->resizeSection(1, 90);

    // F5 and Esc work wherever the focus is on the page.
    m_syncAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_syncAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_syncAction, &QAction::triggered, this, &SyncPage::syncNow);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, this, &SyncPage::cancelSync);
    if (m_sqlite) {
        addAction(m_syncAction);
        addAction(m_cancelAction);
    }

    auto* server = new QGridLayout(m_serverBox);
    server->addWidget(m_addressLabel, 0, 0);
    server->addWidget(m_address, 0, 1, 1, 3);
    server->addWidget(m_passwordLabel, 1, 0);
    server->addWidget(m_password, 1, 1);
    server->addWidget(m_automatic, 1, 2);
    server->addWidget(m_save, 1, 3);
    server->setColumnStretch(1, 1);

    auto* run = new QHBoxLayout;
    run->addWidget(m_syncNow);
    run->addWidget(m_progress, 1);
    run->addWidget(m_cancel);
    run->addWidget(m_message, 2);

    auto* state = new QFormLayout(m_stateBox);
    state->addRow(m_lastSuccessLabel, m_lastSuccess);
    state->addRow(m_pendingLabel, m_pending);
    state->addRow(m_conflictCountLabel, m_conflictCount);
    state->addRow(m_lastErrorLabel, m_lastError);

    auto* conflicts = new QVBoxLayout(m_conflictsBox);
    conflicts->addWidget(m_conflicts, 1);
    auto* choose = new QHBoxLayout;
    choose->addWidget(m_keepCentral);
    choose->addWidget(m_takeDevice);
    choose->addStretch(1);
    conflicts->addLayout(choose);

    auto* log = new QVBoxLayout(m_logBox);
    log->addWidget(m_log);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_conflictsBox);
    splitter->addWidget(m_logBox);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_serverBox);
    layout->addLayout(run);
    layout->addWidget(m_stateBox);
    layout->addWidget(splitter, 1);
    if (!m_sqlite) { // the centre itself: nothing to sync, conflicts to resolve
        m_serverBox->setVisible(false);
        m_syncNow->setVisible(false);
        m_stateBox->setVisible(false);
        m_logBox->setVisible(false);
    }
    setTabOrder(m_address, m_password);
    setTabOrder(m_password, m_automatic);
    setTabOrder(m_automatic, m_save);
    setTabOrder(m_save, m_syncNow);
    setTabOrder(m_syncNow, m_cancel);
    setTabOrder(m_cancel, m_conflicts);
    setTabOrder(m_conflicts, m_keepCentral);
    setTabOrder(m_keepCentral, m_takeDevice);
    setTabOrder(m_takeDevice, m_log);

    connect(m_save, &QPushButton::clicked, this, &SyncPage::saveServer);
    connect(m_address, &QLineEdit::returnPressed, this, &SyncPage::saveServer);
    connect(m_syncNow, &QPushButton::clicked, this, &SyncPage::syncNow);
    connect(m_cancel, &QPushButton::clicked, this, &SyncPage::cancelSync);
    connect(m_keepCentral, &QPushButton::clicked, this, &SyncPage::keepCentral);
    connect(m_takeDevice, &QPushButton::clicked, this, &SyncPage::takeDevice);
    connect(m_conflicts, &QTableWidget::currentCellChanged, this, &SyncPage::updateButtons);
    connect(m_automatic, &QCheckBox::toggled, this, [this](bool on) {
        // With the address as stored, the choice is saved at once; a changed address waits for Save.
        const SyncStatus status = SyncStatus::read(m_db);
        if (!m_address->isModified() && !status.server.isEmpty() && status.automatic != on) {
            QString error;
            if (SyncStatus::setServer(m_db, status.server, on, &error))
                emit statusChanged();
            else
                setMessage(tr("Cannot save: %1").arg(error), true);
        }
    });
    if (m_runner) {
        m_password->setText(m_runner->password());
        connect(m_password, &QLineEdit::textChanged, m_runner, &SyncRunner::setPassword);
        connect(m_runner, &SyncRunner::started, this, &SyncPage::onStarted);
        connect(m_runner, &SyncRunner::progress, this, &SyncPage::onProgress);
        connect(m_runner, &SyncRunner::finished, this, &SyncPage::onFinished);
    }

    retranslate();
    refresh();
    if (m_runner && m_runner->isRunning())
        onStarted();
}

QString SyncPage::statusText(const SyncStatus& status, bool isSqlite, bool* alarm)
{
    QStringList parts;
    bool red = status.openConflicts > 0;
    if (!isSqlite) {
        parts << tr("Sync: working on the central database directly");
    } else {
        if (status.server.isEmpty()) {
            parts << tr("Sync: no central database");
        } else {
            QString when = tr("never");
            if (status.lastSuccess.isValid()) {
                const QDateTime local = status.lastSuccess.toLocalTime();
                when = local.date() == QDate::currentDate() ? local.toString(u"HH:mm"_s)
                                                            : local.toString(u"dd.MM HH:mm"_s);
            }
            parts << tr("Sync: %1").arg(when);
        }
        parts << tr("%n waiting", "changes not yet sent to the centre", status.pending);
        if (!status.server.isEmpty() && !status.lastError.isEmpty()) {
            parts << tr("failed");
            red = true;
        }
    }
    if (status.openConflicts > 0)
        parts << tr("%n conflict(s)", nullptr, status.openConflicts);
    if (alarm)
        *alarm = red;
    return parts.join(u" · "_s);
}

QString SyncPage::toolTipText(const SyncStatus& status, bool isSqlite)
{
    QStringList lines;
    if (!isSqlite) {
        lines << tr("This workstation works on the central database directly: there is nothing to sync.");
    } else {
        lines << (status.server.isEmpty() ? tr("No central database address is set.")
                                          : tr("Central database: %1").arg(status.server));
        lines << tr("Last successful sync: %1")
                     .arg(status.lastSuccess.isValid() ? dateTimeText(status.lastSuccess) : tr("never"));
        if (status.lastAttempt.isValid())
            lines << tr("Last attempt: %1").arg(dateTimeText(status.lastAttempt));
        lines << tr("%n change(s) waiting to be sent", nullptr, status.pending);
        if (status.oldestPending.isValid())
            lines << tr("Oldest waiting change: %1").arg(dateTimeText(status.oldestPending));
        if (!status.lastError.isEmpty())
            lines << tr("Last error: %1").arg(status.lastError);
    }
    lines << tr("%n open conflict(s)", nullptr, status.openConflicts);
    lines << tr("Click or press Ctrl+8 for the Sync page.");
    return lines.join(u'\n');
}

QString SyncPage::message() const { return m_message->text(); }
QString SyncPage::pendingText() const { return m_pending->text(); }
QString SyncPage::conflictsText() const { return m_conflictCount->text(); }
QString SyncPage::lastErrorText() const { return m_lastError->text(); }
QString SyncPage::lastSuccessText() const { return m_lastSuccess->text(); }

QString SyncPage::currentConflictId() const
{
    const int row = m_conflicts->currentRow();
    const QTableWidgetItem* item = row >= 0 ? m_conflicts->item(row, 0) : nullptr;
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void SyncPage::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setToolTip(text);
    m_message->setStyleSheet(error ? kAlarmStyle : QString());
}

bool SyncPage::saveServer()
{
    if (!m_runner || m_runner->isRunning())
        return false;
    const QString field = tr("Central database address");
    QString text = m_address->text().trimmed();
    QString error;
    if (text.isEmpty()) {
        if (!SyncStatus::setServer(m_db, QString(), m_automatic->isChecked(), &error)) {
            setMessage(tr("Cannot save: %1").arg(error), true);
            return false;
        }
        m_address->clear();
        setMessage(tr("No central database: this workstation does not sync."), false);
        refresh();
        emit statusChanged();
        return true;
    }
    Problems problems;
    const ConnectionSettings settings = ConnectionSettings::parse(text, &problems);
    if (problems.isEmpty() && settings.isSqlite())
        problems.append({field, tr("the address must start with postgresql://")});
    if (problems.isEmpty() && settings.user.isEmpty())
        problems.append({field, tr("the address names no database role: postgresql://role@host:port/database")});
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const Problem& p : std::as_const(problems))
            messages << p.message;
        setMessage(tr("%1: %2").arg(field, messages.join(u"; "_s)), true);
        m_address->setFocus(Qt::OtherFocusReason);
        return false;
    }
    // A password typed into the address is kept in memory like the password field's, never stored.
    QUrl url(text, QUrl::StrictMode);
    if (!url.password().isEmpty()) {
        m_password->setText(url.password());
        url.setPassword(QString());
        text = url.toString();
    }
    if (!SyncStatus::setServer(m_db, text, m_automatic->isChecked(), &error)) {
        setMessage(tr("Cannot save: %1").arg(error), true);
        return false;
    }
    m_address->setText(text); // not modified any more: refreshes follow the stored address again
    setMessage(tr("The central database address is saved."), false);
    refresh();
    emit statusChanged();
    return true;
}

void SyncPage::syncNow()
{
    if (!m_runner || m_runner->isRunning())
        return;
    const SyncStatus status = SyncStatus::read(m_db);
    if ((m_address->isModified() || m_address->text().trimmed() != status.server
         || m_automatic->isChecked() != status.automatic)
        && !saveServer())
        return;
    m_runner->setPassword(m_password->text());
    QString why;
    if (!m_runner->start(&why))
        setMessage(tr("Cannot sync: %1").arg(why), true);
}

void SyncPage::cancelSync()
{
    if (!m_runner || !m_runner->isRunning())
        return;
    m_runner->cancel();
    m_cancel->setEnabled(false);
    m_cancelAction->setEnabled(false);
    setMessage(tr("Cancelling after the current batch…"), false);
}

void SyncPage::onStarted()
{
    m_progress->setRange(0, 0);
    m_progress->setFormat(QString());
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_cancel->setEnabled(true);
    m_cancelAction->setEnabled(true);
    setMessage(tr("Connecting to the central database…"), false);
    updateButtons();
}

void SyncPage::onProgress(int phase, int done, int total)
{
    const bool pushing = SyncProgress::Phase(phase) == SyncProgress::Phase::Pushing;
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(std::min(done, std::max(total, 1)));
    m_progress->setFormat(pushing ? tr("Sending changes: %v of %m") : tr("Receiving changes: %v of %m"));
    if (!m_runner->isCancelling())
        setMessage(pushing ? tr("Sending this workstation's changes…") : tr("Receiving the centre's changes…"), false);
}

void SyncPage::onFinished(const SyncReport& report)
{
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_cancelAction->setEnabled(false);
    if (report.cancelled && report.error.isEmpty())
        setMessage(tr("Cancelled: sent %1, received %2; what was done stays done.").arg(report.pushed).arg(report.pulled),
                   false);
    else if (report.cancelled)
        setMessage(tr("Cancelled: %1").arg(report.error), false);
    else if (report.ok)
        setMessage(tr("Synced: sent %1, received %2, %n new conflict(s).", nullptr, report.conflicts)
                       .arg(report.pushed)
                       .arg(report.pulled),
                   report.conflicts > 0);
    else
        setMessage(tr("Sync failed: %1").arg(report.error), true);
    refresh();
    emit statusChanged();
}

void SyncPage::updateButtons()
{
    const bool running = m_runner && m_runner->isRunning();
    m_syncNow->setEnabled(m_runner && !running);
    m_syncAction->setEnabled(m_runner && !running);
    m_save->setEnabled(!running);
    // A choice writes on this workstation's database, which a running sync holds: after it.
    const bool chosen = !currentConflictId().isEmpty() && !running;
    m_keepCentral->setEnabled(chosen);
    m_takeDevice->setEnabled(chosen);
}

void SyncPage::refresh()
{
    const SyncStatus status = SyncStatus::read(m_db);
    if (m_sqlite) {
        if (!m_address->isModified() && m_address->text() != status.server)
            m_address->setText(status.server);
        if (!m_address->isModified()) {
            const QSignalBlocker block(m_automatic);
            m_automatic->setChecked(status.automatic);
        }
        m_lastSuccess->setText(status.lastSuccess.isValid() ? dateTimeText(status.lastSuccess) : tr("never"));
        m_pending->setText(status.oldestPending.isValid()
                               ? tr("%n change(s), the oldest from %1", nullptr, status.pending)
                                     .arg(dateTimeText(status.oldestPending))
                               : tr("%n change(s)", nullptr, status.pending));
        m_lastError->setText(status.lastError.isEmpty() ? tr("none") : status.lastError);
        m_lastError->setStyleSheet(status.lastError.isEmpty() ? QString() : kAlarmStyle);
        m_conflictCount->setStyleSheet(status.openConflicts > 0 ? kAlarmStyle : QString());
    }
    m_conflictCount->setText(QString::number(status.openConflicts));

    // The conflicts, keeping the row under the cursor.
    const QString current = currentConflictId();
    const QList<SyncConflict> conflicts = ConflictService(m_db).open();
    m_conflicts->setRowCount(0);
    m_conflicts->setRowCount(int(conflicts.size()));
    int currentRow = conflicts.isEmpty() ? -1 : 0;
    for (int r = 0; r < conflicts.size(); ++r) {
        const SyncConflict& c = conflicts.at(r);
        auto* record = cell(c.recordLabel.isEmpty() ? u"%1 %2"_s.arg(c.entity, c.rowId) : c.recordLabel);
        record->setData(Qt::UserRole, c.id);
        m_conflicts->setItem(r, 0, record);
        m_conflicts->setItem(r, 1, cell(c.field));
        m_conflicts->setItem(r, 2, cell(SyncConflict::displayValue(c.centralValue)));
        m_conflicts->setItem(r, 3, cell(SyncConflict::displayValue(c.deviceValue)));
        m_conflicts->setItem(r, 4, cell(c.detectedAt.isValid() ? dateTimeText(c.detectedAt) : QString()));
        if (c.id == current)
            currentRow = r;
    }
    if (currentRow >= 0)
        m_conflicts->setCurrentCell(currentRow, 0);

    if (m_sqlite) {
        const QList<SyncLog::Entry> entries = SyncLog::recent(m_db, 200);
        m_log->setRowCount(0);
        m_log->setRowCount(int(entries.size()));
        for (int r = 0; r < entries.size(); ++r) {
            const SyncLog::Entry& e = entries.at(r);
            const QString level = e.level == u"error"     ? tr("error")
                                  : e.level == u"warning" ? tr("warning")
                                                          : tr("info");
            m_log->setItem(r, 0, cell(e.at.isValid() ? dateTimeText(e.at) : QString()));
            m_log->setItem(r, 1, cell(level));
            m_log->setItem(r, 2, cell(e.message));
            if (e.level == u"error") {
                for (int c = 0; c < 3; ++c)
                    m_log->item(r, c)->setForeground(QColor(0xb0, 0x00, 0x20));
            }
        }
    }
    updateButtons();
}

void SyncPage::keepCentral() { resolve(false); }
void SyncPage::takeDevice() { resolve(true); }

void SyncPage::resolve(bool device)
{
    const QString id = currentConflictId();
    if (id.isEmpty() || (m_runner && m_runner->isRunning()))
        return;
    const int row = m_conflicts->currentRow();
    const QString record = m_conflicts->item(row, 0)->text();
    const QString field = m_conflicts->item(row, 1)->text();
    Problems problems;
    if (ConflictService(m_db).resolve(m_session, id,
                                      device ? ConflictService::Choice::Device : ConflictService::Choice::Central,
                                      &problems)) {
        setMessage(device ? tr("%1, %2: this device's value is taken.").arg(record, field)
                          : tr("%1, %2: the centre's value is kept.").arg(record, field),
                   false);
    } else {
        setMessage(tr("Cannot resolve the conflict: %1").arg(describe(problems)), true);
    }
    refresh();
    m_conflicts->setFocus(Qt::OtherFocusReason);
    emit statusChanged();
}

void SyncPage::showEvent(QShowEvent* event)
{
    if (!m_runner || !m_runner->isRunning())
        refresh();
    QWidget::showEvent(event);
}

void SyncPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void SyncPage::retranslate()
{
    m_intro->setText(m_sqlite ? tr("This workstation keeps its data in its own file and exchanges changes with the "
                                   "central database: its changes go there, and the centre's directories, calendar, "
                                   "users and records of its organisation come back.")
                              : tr("This workstation works on the central database directly: there is nothing to "
                                   "sync. Conflicts reported by laptops are resolved here."));
    m_serverBox->setTitle(tr("Central database"));
    m_addressLabel->setText(tr("Central database &address"));
    m_address->setPlaceholderText(tr("postgresql://role@host:5432/database?sslmode=verify-full"));
    m_passwordLabel->setText(tr("&Password"));
    m_password->setPlaceholderText(tr("kept in memory only; empty: PGPASSWORD or ~/.pgpass"));
    m_automatic->setText(tr("Sync a&utomatically"));
    m_automatic->setToolTip(tr("Every two minutes while the centre is reachable"));
    m_save->setText(tr("&Save"));
    m_syncNow->setText(tr("Sync &now (F5)"));
    m_cancel->setText(tr("Cancel (Esc)"));
    m_stateBox->setTitle(tr("State"));
    m_lastSuccessLabel->setText(tr("Last successful sync:"));
    m_pendingLabel->setText(tr("Changes waiting:"));
    m_conflictCountLabel->setText(tr("Open conflicts:"));
    m_lastErrorLabel->setText(tr("Last error:"));
    m_conflictsBox->setTitle(tr("Conflicts: the same field changed here and at the centre"));
    m_conflicts->setHorizontalHeaderLabels(
        {tr("Record"), tr("Field"), tr("Centre's value"), tr("This device's value"), tr("Detected")});
    m_keepCentral->setText(tr("&Keep the centre's value"));
    m_takeDevice->setText(tr("&Take this device's value"));
    m_logBox->setTitle(tr("Log"));
    m_log->setHorizontalHeaderLabels({tr("When"), tr("Level"), tr("Message")});
}

} // namespace armcpg
