#include "JournalPage.h"

#include "common/Csv.h"
#include "directory/DirectoryComboBox.h"
#include "reception/JournalModel.h"
#include "storage/Database.h"

#if __has_include("print/PdfWriter.h")
#include "print/PdfWriter.h"
#define ARMCPG_JOURNAL_PDF 1
#endif

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
const QDate kNoDate(2000, 1, 1); // the date edits' minimum, shown as "any": an open end of the period

struct ExportColumns
{
    QStringList header;
    QHash<QString, QString> topics, decisions, organisations;
    QString notHeld;

    QStringList cells(const CardJournal::Row& r) const
    {
        return {r.number,
                r.date.toString(u"dd.MM.yyyy"_s),
                r.time,
                r.fullName,
                r.iin,
                r.topicCode,
                topics.value(r.topicCode),
                r.decisionCode,
                decisions.value(r.decisionCode),
                r.officialName,
                r.notHeld ? notHeld : QString(),
                organisations.value(r.organisationCode, r.organisationCode)};
    }
};
} // namespace

JournalPage::JournalPage(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session), m_model(new JournalModel(db, this)), m_view(new QTableView),
      m_from(new QDateEdit), m_to(new QDateEdit), m_organisation(new DirectoryComboBox(db, u"organisation"_s)),
      m_topic(new DirectoryComboBox(db, u"topic"_s)), m_decision(new DirectoryComboBox(db, u"reception_decision"_s)),
      m_official(new QLineEdit), m_notHeld(new QCheckBox), m_iin(new QLineEdit), m_name(new QLineEdit),
      m_text(new QLineEdit), m_fromLabel(new QLabel), m_toLabel(new QLabel), m_status(new QLabel),
      m_exportStatus(new QLabel), m_cancelExport(new QPushButton), m_typingPause(new QTimer(this))
{
    chooseFile = [this](const QString& suggested) { return defaultChooseFile(suggested); };
    m_lastFolder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);

    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"dd.MM.yyyy"_s);
        edit->setMinimumDate(kNoDate);
        edit->setDate(kNoDate);
    }
    m_from->setObjectName(u"from"_s);
    m_to->setObjectName(u"to"_s);
    m_organisation->setObjectName(u"organisation"_s);
    m_topic->setObjectName(u"topic"_s);
    m_decision->setObjectName(u"decision"_s);
    m_official->setObjectName(u"official"_s);
    m_notHeld->setObjectName(u"notHeld"_s);
    m_iin->setObjectName(u"iin"_s);
    m_iin->setValidator(new QRegularExpressionValidator(QRegularExpression(u"\\d{0,12}"_s), m_iin));
    m_name->setObjectName(u"name"_s);
    m_text->setObjectName(u"search"_s);
    for (QLineEdit* edit : {m_official, m_iin, m_name, m_text})
        edit->setClearButtonEnabled(true);
    m_view->setObjectName(u"journal"_s);
    m_status->setObjectName(u"status"_s);
    m_exportStatus->setObjectName(u"exportStatus"_s);

    // Actions: the page's keyboard shortcuts work wherever the focus is on the page.
    auto addAction = [this](const QKeySequence& key, auto slot) {
        auto* a = new QAction(this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        QWidget::addAction(a);
        m_actions << a;
        return a;
    };
    addAction(QKeySequence::New, [this] { emit newCardRequested(); });
    addAction(QKeySequence(), [this] {
        if (const QString id = currentCardId(); !id.isEmpty())
            emit openCard(id);
    });
    addAction(QKeySequence::Refresh, &JournalPage::reload);
    addAction(QKeySequence(), &JournalPage::exportCsv);
    addAction(QKeySequence(), &JournalPage::exportPdf);
    addAction(QKeySequence(), &JournalPage::clearFilters);
    action(Action::ExportPdf)->setEnabled(canExportPdf());
    auto* find = new QAction(this); // Ctrl+F: to the full-text search
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_text->setFocus(Qt::ShortcutFocusReason);
        m_text->selectAll();
    });
    QWidget::addAction(find);

    // The filters bar.
    auto* filters = new QGridLayout;
    auto label = [](QWidget* buddy, const char* name) {
        auto* l = new QLabel;
        l->setObjectName(QLatin1String(name));
        l->setBuddy(buddy);
        return l;
    };
    filters->addWidget(m_fromLabel, 0, 0);
    m_fromLabel->setBuddy(m_from);
    filters->addWidget(m_from, 0, 1);
    filters->addWidget(m_toLabel, 0, 2);
    m_toLabel->setBuddy(m_to);
    filters->addWidget(m_to, 0, 3);
    filters->addWidget(label(m_organisation, "organisationLabel"), 0, 4);
    filters->addWidget(m_organisation, 0, 5);
    filters->addWidget(label(m_topic, "topicLabel"), 0, 6);
    filters->addWidget(m_topic, 0, 7);
    filters->addWidget(label(m_decision, "decisionLabel"), 0, 8);
    filters->addWidget(m_decision, 0, 9);
    filters->addWidget(label(m_iin, "iinLabel"), 1, 0);
    filters->addWidget(m_iin, 1, 1);
    filters->addWidget(label(m_name, "nameLabel"), 1, 2);
    filters->addWidget(m_name, 1, 3);
    filters->addWidget(label(m_official, "officialLabel"), 1, 4);
    filters->addWidget(m_official, 1, 5);
    filters->addWidget(label(m_text, "searchLabel"), 1, 6);
    filters->addWidget(m_text, 1, 7);
    filters->addWidget(m_notHeld, 1, 8);
    for (int c : {5, 7, 9})
        filters->setColumnStretch(c, 1);

    auto* buttons = new QHBoxLayout;
    for (Action a : {Action::NewCard, Action::ExportCsv, Action::ExportPdf, Action::Refresh, Action::ClearFilters}) {
        auto* b = new QToolButton;
        b->setDefaultAction(action(a));
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    buttons->addWidget(m_exportStatus);
    m_cancelExport->setVisible(false);
    connect(m_cancelExport, &QPushButton::clicked, this, &JournalPage::cancelExport);
    buttons->addWidget(m_cancelExport);
    buttons->addWidget(m_status);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSortIndicator(JournalModel::Date, Qt::DescendingOrder);
    m_view->setSortingEnabled(true); // a click on a header: JournalModel::sort, a new query
    m_view->horizontalHeader()->setStretchLastSection(false);
    const int widths[JournalModel::ColumnCount] = {190, 120, 260, 110, 260, 170, 220, 90};
    for (int c = 0; c < JournalModel::ColumnCount; ++c)
        m_view->horizontalHeader()->resizeSection(c, widths[c]);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        const QString id = index.data(JournalModel::IdRole).toString();
        if (!id.isEmpty())
            emit openCard(id);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_organisation);
    setTabOrder(m_organisation, m_topic);
    setTabOrder(m_topic, m_decision);
    setTabOrder(m_decision, m_iin);
    setTabOrder(m_iin, m_name);
    setTabOrder(m_name, m_official);
    setTabOrder(m_official, m_text);
    setTabOrder(m_text, m_notHeld);
    setTabOrder(m_notHeld, m_view);

    // Typing narrows the list after a short pause; Enter in a field or a choice applies at once.
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(300);
    connect(m_typingPause, &QTimer::timeout, this, &JournalPage::applyFilter);
    for (QLineEdit* edit : {m_official, m_iin, m_name, m_text}) {
        connect(edit, &QLineEdit::textEdited, m_typingPause, qOverload<>(&QTimer::start));
        connect(edit, &QLineEdit::returnPressed, this, &JournalPage::applyFilter);
    }
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, m_typingPause, qOverload<>(&QTimer::start));
    for (DirectoryComboBox* box : {m_organisation, m_topic, m_decision})
        connect(box, &DirectoryComboBox::codeChanged, this, &JournalPage::applyFilter);
    connect(m_notHeld, &QCheckBox::toggled, this, &JournalPage::applyFilter);
    connect(m_model, &JournalModel::totalChanged, this, &JournalPage::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, 0));
    });

    retranslate();
    updateStatus();
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

JournalPage::~JournalPage()
{
    if (m_exportThread) { // the export stops at its next row; its file is not left half-written
        m_cancel->store(true);
        m_exportThread->wait();
    }
}

bool JournalPage::canExportPdf()
{
#ifdef ARMCPG_JOURNAL_PDF
    return true;
#else
    return false;
#endif
}

QAction* JournalPage::action(Action which) const { return m_actions.value(int(which)); }

QString JournalPage::currentCardId() const { return m_view->currentIndex().data(JournalModel::IdRole).toString(); }

CardJournal::Filter JournalPage::filter() const
{
    CardJournal::Filter f;
    if (m_from->date() > kNoDate)
        f.from = m_from->date();
    if (m_to->date() > kNoDate)
        f.to = m_to->date();
    f.organisationCode = m_organisation->currentCode();
    f.topicCode = m_topic->currentCode();
    f.decisionCode = m_decision->currentCode();
    f.official = m_official->text().trimmed();
    f.notHeldOnly = m_notHeld->isChecked();
    f.iin = m_iin->text().trimmed();
    f.name = m_name->text();
    if (f.name.trimmed().isEmpty())
        f.name.clear();
    f.text = m_text->text().trimmed();
    return f;
}

void JournalPage::applyFilter()
{
    m_typingPause->stop();
    m_model->setFilter(filter());
    updateStatus();
}

void JournalPage::clearFilters()
{
    const QSignalBlocker b1(m_from), b2(m_to), b3(m_organisation), b4(m_topic), b5(m_decision), b6(m_notHeld);
    m_from->setDate(kNoDate);
    m_to->setDate(kNoDate);
    m_organisation->setCurrentCode({});
    m_topic->setCurrentCode({});
    m_decision->setCurrentCode({});
    m_notHeld->setChecked(false);
    for (QLineEdit* edit : {m_official, m_iin, m_name, m_text})
        edit->clear();
    applyFilter();
}

void JournalPage::reload()
{
    m_model->reload();
    updateStatus();
}

QString JournalPage::statusText() const { return m_status->text(); }

void JournalPage::updateStatus()
{
    if (!m_model->lastError().isEmpty()) {
        m_status->setText(tr("The journal cannot be read: %1").arg(m_model->lastError()));
        return;
    }
    // An exact count of a million cards would take seconds: above the cap the journal says "more than".
    m_status->setText(m_model->totalIsCapped()
                          ? tr("more than %L1 cards").arg(CardJournal::kCountCap)
                          : tr("%n card(s)", nullptr, m_model->total()));
}

QString JournalPage::defaultChooseFile(const QString& suggested)
{
    const bool pdf = suggested.endsWith(u".pdf"_s);
    const QString path = QFileDialog::getSaveFileName(this, pdf ? tr("Export PDF") : tr("Export CSV"),
                                                      QDir(m_lastFolder).filePath(suggested),
                                                      pdf ? tr("PDF files (*.pdf)") : tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        m_lastFolder = QFileInfo(path).absolutePath();
    return path;
}

void JournalPage::exportCsv() { startExport(Format::Csv); }

void JournalPage::exportPdf()
{
    if (!canExportPdf()) {
        finishExport(false, tr("This build of the program cannot write PDF files."));
        return;
    }
    startExport(Format::Pdf);
}

void JournalPage::cancelExport()
{
    if (m_cancel)
        m_cancel->store(true);
}

void JournalPage::startExport(Format format)
{
    if (m_exportThread)
        return;
    const QString suggested = tr("journal-%1").arg(m_db.clock().today().toString(Qt::ISODate))
                            + (format == Format::Pdf ? u".pdf"_s : u".csv"_s);
    const QString path = chooseFile ? chooseFile(suggested) : QString();
    if (path.isEmpty())
        return;

    ExportColumns columns;
    columns.header = {JournalModel::columnTitle(JournalModel::Number), JournalModel::columnTitle(JournalModel::Date),
                      tr("Time"), JournalModel::columnTitle(JournalModel::FullName),
                      JournalModel::columnTitle(JournalModel::Iin), tr("Topic code"),
                      JournalModel::columnTitle(JournalModel::Topic), tr("Decision code"),
                      JournalModel::columnTitle(JournalModel::Decision), JournalModel::columnTitle(JournalModel::Official),
                      JournalModel::columnTitle(JournalModel::NotHeld), tr("Organisation")};
    columns.topics = m_model->directoryNames(u"topic"_s);
    columns.decisions = m_model->directoryNames(u"reception_decision"_s);
    columns.organisations = m_model->directoryNames(u"organisation"_s);
    columns.notHeld = tr("not held");
    const QString title = tr("Journal of personal receptions");
    const QString tooMany = tr("The first %L1 cards of the list are printed; export CSV for all of them.").arg(kPdfRowLimit);
    const QString cancelled = tr("The export was cancelled; no file was written.");
    const QString cannotWrite = tr("Cannot write %1: %2");
    const ConnectionSettings settings = m_db.settings();
    const CardJournal::Filter filter = m_model->filter();
    const CardJournal::Sort sort = m_model->sortOrder();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;

    // Off the UI thread, on its own connection (DESIGN.md "Nothing blocks the UI").
    m_exportThread = QThread::create([=, this] {
        bool ok = false;
        QString message;
        int rows = 0;
        Problems problems;
        std::unique_ptr<Database> db = Database::open(settings, &problems);
        if (!db) {
            message = describe(problems);
        } else if (format == Format::Csv) {
            CardJournal journal(*db);
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly)) {
                message = cannotWrite.arg(path, file.errorString());
            } else {
                file.write(Csv::write(columns.header, {}));
                ok = journal.forEach(filter, sort, [&](const CardJournal::Row& r) {
                    file.write(Csv::write({}, {columns.cells(r)}));
                    ++rows;
                    return !cancel->load();
                });
                if (!ok) {
                    message = journal.lastError();
                    file.cancelWriting();
                } else if (cancel->load()) {
                    ok = false;
                    message = cancelled;
                    file.cancelWriting();
                } else if (!file.commit()) {
                    ok = false;
                    message = cannotWrite.arg(path, file.errorString());
                }
            }
        } else {
#ifdef ARMCPG_JOURNAL_PDF
            CardJournal journal(*db);
            QString html = u"<html><body><h3>%1</h3><table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" "
                           "style=\"font-size: 8pt; border-collapse: collapse\"><tr>"_s.arg(title.toHtmlEscaped());
            const QList<int> shown = {0, 1, 2, 3, 4, 6, 8, 9, 10}; // not the codes: names are what people read
            for (int c : shown)
                html += u"<th>%1</th>"_s.arg(columns.header.at(c).toHtmlEscaped());
            html += u"</tr>"_s;
            bool more = false;
            ok = journal.forEach(filter, sort, [&](const CardJournal::Row& r) {
                if (rows == kPdfRowLimit) {
                    more = true;
                    return false;
                }
                const QStringList cells = columns.cells(r);
                html += u"<tr>"_s;
                for (int c : shown)
                    html += u"<td>%1</td>"_s.arg(cells.at(c).toHtmlEscaped());
                html += u"</tr>"_s;
                ++rows;
                return !cancel->load();
            });
            html += u"</table>"_s;
            if (more)
                html += u"<p>%1</p>"_s.arg(tooMany.toHtmlEscaped());
            html += u"</body></html>"_s;
            QString error;
            if (!ok) {
                message = journal.lastError();
            } else if (cancel->load()) {
                ok = false;
                message = cancelled;
            } else if (!PdfWriter::writePdf(html, path, &error, title)) {
                ok = false;
                message = cannotWrite.arg(path, error);
            } else if (more) {
                message = tooMany;
            }
#endif
        }
        db.reset();
        QMetaObject::invokeMethod(
            this,
            [this, ok, message, rows, format, path] {
                const QString where = QDir::toNativeSeparators(path);
                const QString done = format == Format::Pdf ? tr("Exported %n card(s) to %1 (PDF).", nullptr, rows).arg(where)
                                                           : tr("Exported %n card(s) to %1 (CSV).", nullptr, rows).arg(where);
                finishExport(ok, ok ? (message.isEmpty() ? done : done + u' ' + message) : message);
            },
            Qt::QueuedConnection);
    });
    m_exportStatus->setText(tr("Exporting…"));
    m_cancelExport->setVisible(true);
    for (Action a : {Action::ExportCsv, Action::ExportPdf})
        action(a)->setEnabled(false);
    m_exportThread->start();
}

void JournalPage::finishExport(bool ok, const QString& message)
{
    if (m_exportThread) {
        m_exportThread->wait();
        m_exportThread->deleteLater();
        m_exportThread = nullptr;
    }
    m_cancelExport->setVisible(false);
    action(Action::ExportCsv)->setEnabled(true);
    action(Action::ExportPdf)->setEnabled(canExportPdf());
    m_lastReport = message;
    m_exportStatus->setText(message);
    m_exportStatus->setToolTip(message);
    emit exportFinished(ok, message);
}

void JournalPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
        updateStatus();
    }
    QWidget::changeEvent(event);
}

void JournalPage::retranslate()
{
    m_fromLabel->setText(tr("&From"));
    m_toLabel->setText(tr("T&o"));
    for (QDateEdit* edit : {m_from, m_to})
        edit->setSpecialValueText(tr("any"));
    auto setLabel = [this](const char* name, const QString& text) {
        if (auto* l = findChild<QLabel*>(QLatin1String(name)))
            l->setText(text);
    };
    setLabel("organisationLabel", tr("Or&ganisation"));
    setLabel("topicLabel", tr("&Topic"));
    setLabel("decisionLabel", tr("&Decision"));
    setLabel("iinLabel", tr("&IIN"));
    setLabel("nameLabel", tr("&Name"));
    setLabel("officialLabel", tr("Held b&y"));
    setLabel("searchLabel", tr("&Search"));
    m_name->setPlaceholderText(tr("beginning of surname, given name"));
    m_text->setPlaceholderText(tr("words in names and comments (Ctrl+F)"));
    m_official->setPlaceholderText(tr("beginning of the name"));
    m_iin->setPlaceholderText(tr("12 digits"));
    m_notHeld->setText(tr("Not &held only"));
    m_cancelExport->setText(tr("Cancel export"));
    action(Action::NewCard)->setText(tr("&New card"));
    action(Action::NewCard)->setToolTip(tr("New card (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    action(Action::Open)->setText(tr("&Open"));
    action(Action::Refresh)->setText(tr("&Refresh"));
    action(Action::ExportCsv)->setText(tr("Export &CSV…"));
    action(Action::ExportPdf)->setText(tr("Export &PDF…"));
    action(Action::ExportPdf)->setToolTip(canExportPdf() ? tr("The filtered list as a PDF table (at most %L1 cards)").arg(kPdfRowLimit)
                                                         : tr("This build of the program cannot write PDF files."));
    action(Action::ClearFilters)->setText(tr("C&lear filters"));
}

} // namespace armcpg
