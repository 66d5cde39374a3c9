#include "DirectoryPage.h"

#include "directory/DirectoryEntryDialog.h"
#include "directory/DirectoryRepository.h"
#include "directory/DirectoryService.h"
#include "directory/ImportReportDialog.h"
#include "i18n/Translator.h"
#include "storage/Database.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
const QString kKato = u"kato"_s;
constexpr int kColumnCount = 7; // code, kk, ru, en, valid from, valid to, source

QString dateText(const QDate& date)
{
    return date.isNull() ? QString() : date.toString(u"dd.MM.yyyy"_s);
}

void configureView(QAbstractItemView* view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers); // F2 and Enter open the dialog instead
    view->setAlternatingRowColors(true);
    view->setTabKeyNavigation(false); // Tab leaves the list: keyboard-first forms
}

void sizeColumns(QHeaderView* header)
{
    const int widths[kColumnCount] = {130, 240, 240, 200, 90, 90, 200};
    for (int c = 0; c < kColumnCount && c < header->count(); ++c)
        header->resizeSection(c, widths[c]);
    header->setStretchLastSection(true);
}
} // namespace

DirectoryPage::DirectoryPage(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session), m_kindList(new QListWidget), m_search(new QLineEdit),
      m_searchTimer(new QTimer(this)), m_title(new QLabel), m_count(new QLabel), m_readOnlyNote(new QLabel),
      m_status(new QLabel), m_views(new QStackedWidget), m_table(new QTableView), m_tree(new QTreeView),
      m_model(new QStandardItemModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    chooseFile = [this](bool save) { return defaultChooseFile(save); };

    m_kindList->setObjectName(u"kinds"_s);
    m_search->setObjectName(u"search"_s);
    m_table->setObjectName(u"entryTable"_s);
    m_tree->setObjectName(u"entryTree"_s);
    m_status->setObjectName(u"status"_s);
    m_readOnlyNote->setObjectName(u"readOnlyNote"_s);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(SearchRole);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true); // a matching district keeps its region visible
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    configureView(m_table);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    configureView(m_tree);
    m_tree->setUniformRowHeights(true); // 15,000 KATO rows scroll smoothly
    m_views->addWidget(m_table);
    m_views->addWidget(m_tree);
    for (QAbstractItemView* view :
         {static_cast<QAbstractItemView*>(m_table), static_cast<QAbstractItemView*>(m_tree)}) {
        // Enter and double-click both arrive as activated().
        connect(view, &QAbstractItemView::activated, this, [this] { editEntry(); });
    }

    m_search->setClearButtonEnabled(true);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150); // one filter pass per pause in typing, not per key, on large kinds
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &DirectoryPage::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        applyFilter();
        entryView()->setFocus();
    });

    // Actions: shortcuts work anywhere on the page; the buttons show the same actions.
    const QList<std::pair<Action, std::function<void()>>> handlers = {
        {Action::Add, [this] { addEntry(); }},        {Action::Edit, [this] { editEntry(); }},
        {Action::Delete, [this] { deleteEntry(); }},  {Action::ImportCsv, [this] { importCsv(); }},
        {Action::ExportCsv, [this] { exportCsv(); }}, {Action::ImportKato, [this] { importKato(); }},
    };
    const QStringList names = {u"add"_s, u"edit"_s, u"delete"_s, u"importCsv"_s, u"exportCsv"_s, u"importKato"_s};
    auto* buttonRow = new QHBoxLayout;
    for (const auto& [which, handler] : handlers) {
        auto* act = new QAction(this);
        act->setObjectName(names.at(int(which)));
        act->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(act, &QAction::triggered, this, handler);
        addAction(act);
        m_actions << act;
        auto* button = new QToolButton;
        button->setObjectName(names.at(int(which)) + u"Button"_s);
        button->setDefaultAction(act);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        // Never narrower than its text: Kazakh labels are longer than the English and Russian ones.
        button->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
        buttonRow->addWidget(button);
        m_buttons << button;
    }
    action(Action::Add)->setShortcut(QKeySequence(Qt::Key_Insert));
    action(Action::Edit)->setShortcut(QKeySequence(Qt::Key_F2));
    action(Action::Delete)->setShortcut(QKeySequence(QKeySequence::Delete));
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_count);

    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(m_findAction);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_readOnlyNote->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_search);
    rightLayout->addLayout(buttonRow);
    rightLayout->addWidget(m_readOnlyNote);
    rightLayout->addWidget(m_views, 1);
    rightLayout->addWidget(m_status);

    auto* splitter = new QSplitter;
    splitter->addWidget(m_kindList);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 940});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_kindList, &QListWidget::currentRowChanged, this, [this] {
        m_search->clear();
        m_searchTimer->stop();
        loadEntries();
    });

    setTabOrder(m_kindList, m_search);
    retranslate();
    reload();
}

DirectoryPage::~DirectoryPage() = default;

bool DirectoryPage::isAdministrator() const
{
    return m_session.has(Role::Administrator);
}

QAction* DirectoryPage::action(Action which) const
{
    return m_actions.value(int(which));
}

QToolButton* DirectoryPage::button(Action which) const
{
    return m_buttons.value(int(which));
}

QAbstractItemView* DirectoryPage::entryView() const
{
    return m_views->currentWidget() == m_tree ? static_cast<QAbstractItemView*>(m_tree) : m_table;
}

QString DirectoryPage::currentKind() const
{
    const QListWidgetItem* item = m_kindList->currentItem();
    return item ? item->data(CodeRole).toString() : QString();
}

DirectoryKind DirectoryPage::kindInfo() const
{
    const QString code = currentKind();
    for (const DirectoryKind& k : m_kinds) {
        if (k.code == code)
            return k;
    }
    return {};
}

void DirectoryPage::selectKind(const QString& kindCode)
{
    for (int row = 0; row < m_kindList->count(); ++row) {
        if (m_kindList->item(row)->data(CodeRole).toString() == kindCode) {
            m_kindList->setCurrentRow(row);
            return;
        }
    }
}

QString DirectoryPage::currentCode() const
{
    const QModelIndex index = entryView()->currentIndex();
    return index.isValid() ? index.siblingAtColumn(0).data(CodeRole).toString() : QString();
}

bool DirectoryPage::selectCode(const QString& code)
{
    if (code.isEmpty())
        return false;
    const QModelIndexList found =
        m_model->match(m_model->index(0, 0), CodeRole, code, 1, Qt::MatchExactly | Qt::MatchRecursive);
    if (found.isEmpty())
        return false;
    const QModelIndex index = m_proxy->mapFromSource(found.first());
    if (!index.isValid())
        return false; // hidden by the search
    QAbstractItemView* view = entryView();
    view->setCurrentIndex(index);
    view->scrollTo(index);
    return true;
}

void DirectoryPage::reload()
{
    const QString code = currentCode();
    loadKinds();
    if (!code.isEmpty())
        selectCode(code);
}

void DirectoryPage::loadKinds()
{
    const QString keep = currentKind();
    m_kinds = DirectoryRepository(m_db).kinds();
    const QString language = Translator::current();
    const QSignalBlocker blocker(m_kindList);
    m_kindList->clear();
    for (const DirectoryKind& k : std::as_const(m_kinds)) {
        auto* item = new QListWidgetItem(k.name(language), m_kindList);
        item->setData(CodeRole, k.code);
        item->setToolTip(k.source.isEmpty() ? k.code : u"%1 — %2"_s.arg(k.code, k.source));
    }
    int row = 0;
    for (int i = 0; i < m_kinds.size(); ++i) {
        if (m_kinds[i].code == keep)
            row = i;
    }
    if (!m_kinds.isEmpty())
        m_kindList->setCurrentRow(row);
    loadEntries();
}

void DirectoryPage::loadEntries()
{
    const DirectoryKind kind = kindInfo();
    const QString keep = currentCode();
    m_entries = kind.code.isEmpty() ? QList<DirectoryEntry>() : DirectoryRepository(m_db).entries(kind.code);
    const QString language = Translator::current();
    m_title->setText(kind.code.isEmpty() ? tr("No directories") : kind.name(language));

    // Built detached and swapped in whole: appending 15,000 rows to an attached model would repaint per row.
    auto* model = new QStandardItemModel(0, kColumnCount, this);
    model->setHorizontalHeaderLabels({tr("Code"), tr("Name (Kazakh)"), tr("Name (Russian)"), tr("Name (English)"),
                                      tr("Valid from"), tr("Valid to"), tr("Source")});
    const QDate today = m_db.clock().today();
    const QColor oldColour = palette().color(QPalette::Disabled, QPalette::Text);
    QHash<QString, QStandardItem*> byCode;
    QHash<QString, QString> parentOf;
    QList<QList<QStandardItem*>> rows;
    rows.reserve(m_entries.size());
    for (const DirectoryEntry& e : std::as_const(m_entries)) {
        QList<QStandardItem*> row;
        for (const QString& text :
             {e.code, e.nameKk, e.nameRu, e.nameEn, dateText(e.validFrom), dateText(e.validTo), e.source})
            row << new QStandardItem(text);
        row[0]->setData(e.code, CodeRole);
        row[0]->setData(QStringList{e.code, e.nameKk, e.nameRu, e.nameEn}.join(u' '), SearchRole);
        if (!e.isValidOn(today)) {
            for (QStandardItem* item : row) {
                item->setForeground(oldColour);
                item->setToolTip(tr("Not valid on %1").arg(dateText(today)));
            }
        }
        byCode.insert(e.code, row[0]);
        parentOf.insert(e.code, e.parentCode);
        rows << row;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const DirectoryEntry& e = m_entries.at(i);
        QStandardItem* parent = kind.hierarchical ? byCode.value(e.parentCode) : nullptr;
        // Broken data (a cycle of parents) must not make rows vanish: such rows go to the top.
        QSet<QString> seen{e.code};
        for (QString up = e.parentCode; parent && !up.isEmpty(); up = parentOf.value(up)) {
            if (seen.contains(up)) {
                parent = nullptr;
                break;
            }
            seen.insert(up);
        }
        (parent ? parent : model->invisibleRootItem())->appendRow(rows.at(i));
    }

    QAbstractItemView* view = kind.hierarchical ? static_cast<QAbstractItemView*>(m_tree) : m_table;
    QAbstractItemView* other = kind.hierarchical ? static_cast<QAbstractItemView*>(m_table) : m_tree;
    QStandardItemModel* old = m_model;
    m_model = model;
    m_proxy->setSourceModel(m_model);
    delete old;
    if (other->model() == m_proxy)
        other->setModel(nullptr);
    if (view->model() != m_proxy) {
        view->setModel(m_proxy);
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &DirectoryPage::updateActions);
    }
    m_views->setCurrentWidget(view);
    if (kind.hierarchical) {
        m_tree->setSortingEnabled(true);
        m_tree->sortByColumn(-1, Qt::AscendingOrder); // the directory's own order until a header is clicked
        sizeColumns(m_tree->header());
    } else {
        m_table->setSortingEnabled(true);
        m_table->sortByColumn(-1, Qt::AscendingOrder);
        sizeColumns(m_table->horizontalHeader());
    }
    applyFilter();
    if (!selectCode(keep) && m_proxy->rowCount() > 0)
        view->setCurrentIndex(m_proxy->index(0, 0));
    updateActions();
}

void DirectoryPage::applyFilter()
{
    const QString text = m_search->text().trimmed();
    m_proxy->setFilterFixedString(text);
    if (m_views->currentWidget() == m_tree) {
        if (text.isEmpty())
            m_tree->collapseAll();
        else
            m_tree->expandAll(); // show where the matches are
    }
    const int total = int(m_entries.size());
    if (text.isEmpty() || m_views->currentWidget() == m_tree)
        m_count->setText(tr("%n entries", nullptr, total));
    else
        m_count->setText(tr("%1 of %n entries", nullptr, total).arg(m_proxy->rowCount()));
    if (!entryView()->currentIndex().isValid() && m_proxy->rowCount() > 0)
        entryView()->setCurrentIndex(m_proxy->index(0, 0));
}

void DirectoryPage::updateActions()
{
    const bool admin = isAdministrator();
    const bool haveKind = !currentKind().isEmpty();
    const bool haveEntry = !currentCode().isEmpty();
    action(Action::Add)->setEnabled(admin && haveKind);
    action(Action::Edit)->setEnabled(admin && haveEntry);
    action(Action::Delete)->setEnabled(admin && haveEntry);
    action(Action::ImportCsv)->setEnabled(admin && haveKind);
    action(Action::ExportCsv)->setEnabled(haveKind); // reading is everyone's right
    action(Action::ImportKato)->setEnabled(admin && currentKind() == kKato);
    action(Action::ImportKato)->setVisible(currentKind() == kKato);
    button(Action::ImportKato)
        ->setVisible(currentKind() == kKato); // a tool button does not follow its action's visibility
    m_readOnlyNote->setVisible(!admin);
}

void DirectoryPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search by code or any name (Ctrl+F)"));
    const bool admin = isAdministrator();
    const QString onlyAdmin = tr("Only an administrator can change directories.");
    struct Text
    {
        Action which;
        QString text;
        QString tip;
    };
    const QList<Text> texts = {
        {Action::Add, tr("&Add…"), tr("Add an entry (Ins)")},
        {Action::Edit, tr("&Edit…"), tr("Edit the selected entry (Enter, F2, double-click)")},
        {Action::Delete, tr("&Delete"), tr("Delete the selected entry (Del); records that use it keep it")},
        {Action::ImportCsv, tr("&Import CSV…"),
         tr("Add and update entries from a CSV file; nothing is written if a row is wrong")},
        {Action::ExportCsv, tr("E&xport CSV…"), tr("Save the entries of this directory to a CSV file")},
        {Action::ImportKato, tr("Import &KATO…"), tr("Import the classifier as published by the statistics bureau")},
    };
    for (const Text& t : texts) {
        action(t.which)->setText(t.text);
        const bool changes = t.which != Action::ExportCsv;
        action(t.which)->setToolTip(admin || !changes ? t.tip : onlyAdmin);
    }
    m_readOnlyNote->setText(tr("Read only: %1").arg(onlyAdmin));
}

void DirectoryPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload(); // kind names and column titles in the new language
    }
    QWidget::changeEvent(event);
}

void DirectoryPage::openEntry(const DirectoryEntry& entry, bool readOnly)
{
    DirectoryEntryDialog dialog(m_db, m_session, kindInfo(), entry, readOnly, this);
    if (dialog.exec() != QDialog::Accepted || readOnly)
        return;
    const QString code = dialog.entry().code;
    loadEntries();
    if (!selectCode(code)) { // saved but hidden by the search: show it
        m_search->clear();
        applyFilter();
        selectCode(code);
    }
    m_status->setText(tr("Saved %1.").arg(code));
}

void DirectoryPage::addEntry()
{
    const DirectoryKind kind = kindInfo();
    if (kind.code.isEmpty() || !isAdministrator())
        return;
    DirectoryEntry entry;
    entry.kind = kind.code;
    if (kind.hierarchical)
        entry.parentCode = currentCode(); // in a tree one mostly adds under the selected entry
    int last = 0;
    for (const DirectoryEntry& e : std::as_const(m_entries))
        last = std::max(last, e.sortOrder);
    entry.sortOrder = last + 10;
    openEntry(entry, false);
}

void DirectoryPage::editEntry()
{
    const QString code = currentCode();
    if (code.isEmpty())
        return;
    const auto entry = DirectoryRepository(m_db).entry(currentKind(), code); // fresh: its current version
    if (entry)
        openEntry(*entry, !isAdministrator());
}

void DirectoryPage::deleteEntry()
{
    const QString code = currentCode();
    if (code.isEmpty() || !isAdministrator())
        return;
    const auto entry = DirectoryRepository(m_db).entry(currentKind(), code);
    if (!entry)
        return;
    QMessageBox confirm(QMessageBox::Question, tr("Delete entry"),
                        tr("Delete %1 «%2»?\n\nThe entry is marked deleted: records that use it keep it, but it is no "
                           "longer offered.")
                            .arg(code, entry->name(Translator::current())),
                        QMessageBox::Yes | QMessageBox::No, this);
    confirm.setObjectName(u"confirmDelete"_s);
    confirm.setDefaultButton(QMessageBox::No);
    if (confirm.exec() != QMessageBox::Yes)
        return;
    Problems problems;
    if (!DirectoryService(m_db).remove(m_session, currentKind(), code, &problems)) {
        QMessageBox::warning(this, tr("Delete entry"), describe(problems));
        return;
    }
    loadEntries();
    m_status->setText(tr("Deleted %1.").arg(code));
}

void DirectoryPage::importCsv()
{
    const QString kind = currentKind();
    if (kind.isEmpty() || !isAdministrator())
        return;
    const QString path = chooseFile ? chooseFile(false) : QString();
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report(tr("Import CSV"), tr("Cannot read %1: %2").arg(path, file.errorString()), {});
        return;
    }
    const QByteArray bytes = file.readAll();
    const Session session = m_session;
    DirectoryService::ImportResult result;
    Problems problems;
    const bool ok = runImport(
        [&](Database& db) { return DirectoryService(db).importCsv(session, kind, bytes, &result, &problems); });
    loadEntries();
    const QString name = QFileInfo(path).fileName();
    if (ok)
        report(tr("Import CSV"),
               tr("Imported %1: %2 inserted, %3 updated, %4 unchanged, %5 closed.")
                   .arg(name)
                   .arg(result.inserted)
                   .arg(result.updated)
                   .arg(result.unchanged)
                   .arg(result.closed),
               {});
    else
        report(tr("Import CSV"),
               tr("Nothing was imported from %1. Correct these problems and import the file again:").arg(name),
               describe(problems));
}

void DirectoryPage::importKato()
{
    if (currentKind() != kKato || !isAdministrator())
        return;
    const QString path = chooseFile ? chooseFile(false) : QString();
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report(tr("Import KATO"), tr("Cannot read %1: %2").arg(path, file.errorString()), {});
        return;
    }
    const QByteArray bytes = file.readAll();
    const Session session = m_session;
    DirectoryService::ImportResult result;
    Problems problems;
    const bool ok =
        runImport([&](Database& db) { return DirectoryService(db).importKato(session, bytes, &result, &problems); });
    loadEntries();
    const QString name = QFileInfo(path).fileName();
    if (ok)
        report(tr("Import KATO"),
               tr("Imported %1: %2 inserted, %3 updated, %4 unchanged, %5 closed (no longer in the classifier).")
                   .arg(name)
                   .arg(result.inserted)
                   .arg(result.updated)
                   .arg(result.unchanged)
                   .arg(result.closed),
               {});
    else
        report(tr("Import KATO"),
               tr("Nothing was imported from %1. Correct these problems and import the file again:").arg(name),
               describe(problems));
}

void DirectoryPage::exportCsv()
{
    const QString kind = currentKind();
    if (kind.isEmpty())
        return;
    const QString path = chooseFile ? chooseFile(true) : QString();
    if (path.isEmpty())
        return;
    const QByteArray bytes = DirectoryService(m_db).exportCsv(kind);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        report(tr("Export CSV"), tr("Cannot write %1: %2").arg(path, file.errorString()), {});
        return;
    }
    m_lastReport = tr("Exported %n entries to %1.", nullptr, int(m_entries.size())).arg(QDir::toNativeSeparators(path));
    m_status->setText(m_lastReport);
}

void DirectoryPage::report(const QString& title, const QString& summary, const QString& details)
{
    m_lastReport = details.isEmpty() ? summary : summary + u'\n' + details;
    m_status->setText(summary);
    ImportReportDialog dialog(title, summary, details, this);
    dialog.exec();
}

bool DirectoryPage::runImport(const std::function<bool(Database&)>& work)
{
    const ConnectionSettings settings = m_db.settings();
    const Clock* clock = &m_db.clock();
    bool opened = false;
    bool ok = false;
    QThread* thread = QThread::create([&] {
        Problems ignored; // a failure to connect falls back to the page's own connection below
        std::unique_ptr<Database> db = Database::open(settings, &ignored);
        if (!db || !db->loadDeviceIdentity())
            return;
        opened = true;
        db->setClock(clock);
        ok = work(*db);
    });
    QProgressDialog progress(tr("Importing…"), QString(), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setCancelButton(nullptr); // all or nothing: one transaction, nothing to cancel half-way
    QEventLoop loop;
    connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    delete thread;
    progress.reset();
    if (!opened)
        ok = work(m_db);
    return ok;
}

QString DirectoryPage::defaultChooseFile(bool save)
{
    const QString filter = tr("CSV files (*.csv);;All files (*)");
    QString path;
    if (save)
        path = QFileDialog::getSaveFileName(this, tr("Export CSV"),
                                            QDir(m_lastFolder).filePath(currentKind() + u".csv"_s), filter);
    else
        path = QFileDialog::getOpenFileName(this, tr("Choose a CSV file"), m_lastFolder, filter);
    if (!path.isEmpty())
        m_lastFolder = QFileInfo(path).absolutePath();
    return path;
}

} // namespace armcpg
