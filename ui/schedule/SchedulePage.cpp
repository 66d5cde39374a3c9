#include "SchedulePage.h"

#include "shell/ButtonKey.h"
#include "shell/PagePickers.h"

#include "appeal/AppealStepDialog.h"
#include "print/InstructionPrint.h"
#include "print/SchedulePrint.h"
#include "schedule/OffScheduleInstruction.h"
#include "reception/CardPrint.h"
#include "schedule/ScheduleSheet.h"
#include "directory/DirectoryRepository.h"
#include "i18n/Translator.h"
#include "schedule/ScheduleService.h"
#include "security/UserService.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QStandardPaths>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
QList<std::pair<QString, QString>> directoryChoices(Database& db, const QString& kind, bool withEmpty)
{
    QList<std::pair<QString, QString>> choices;
    if (withEmpty)
        choices.append({QString(), QString()});
    for (const DirectoryEntry& e : DirectoryRepository(db).entries(kind))
        choices.append({e.code, u"%1 — %2"_s.arg(e.code, e.name(Translator::current()))});
    return choices;
}

QString timeText(const QTime& t) { return t.isValid() ? t.toString(u"HH:mm"_s) : QString(); }
QString dateText(const QDate& d) { return d.isValid() ? d.toString(u"dd.MM.yyyy"_s) : QString(); }
// The official of the line editor and the instruction dialog: a user of the workstation (their name, position and
// organisation fill what was left empty) or the name typed with the position.
void readOfficial(Database& db, const AppealStepDialog& dialog, ScheduleEntry* e)
{
    e->organisationCode = dialog.text(u"organisation"_s);
    e->officialUserId = dialog.text(u"officialUser"_s);
    e->officialName = dialog.text(u"officialName"_s);
    e->positionCode = dialog.text(u"position"_s);
    if (e->officialUserId.isEmpty())
        return;
    for (const UserAccount& u : UserService(db).users(false)) {
        if (u.id != e->officialUserId)
            continue;
        if (e->officialName.isEmpty())
            e->officialName = u.fullName;
        if (e->positionCode.isEmpty())
            e->positionCode = u.positionCode;
        if (e->organisationCode.isEmpty())
            e->organisationCode = u.organisationCode;
    }
}
} // namespace

SchedulePage::SchedulePage(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session), m_service(new ScheduleService(db)), m_title(new QLabel),
      m_orgLabel(new QLabel), m_org(new QComboBox), m_monthLabel(new QLabel), m_month(new QDateEdit), m_table(new QTableWidget), m_issuesTitle(new QLabel),
      m_issues(new QListWidget), m_problems(new QLabel), m_add(new QPushButton), m_edit(new QPushButton),
      m_approve(new QPushButton), m_remove(new QPushButton), m_print(new QPushButton), m_pdf(new QPushButton), m_website(new QPushButton),
      m_instruct(new QPushButton), m_printInstruction(new QPushButton), m_instructionPdf(new QPushButton),
      m_instructionLangLabel(new QLabel), m_instructionLang(new QComboBox)
{
    setObjectName(u"schedulePage"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    // The workstation's organisation by default; a centre's workstation looks at the others too.
    fillOrganisationPicker(m_org, m_db, tr("(all organisations)"));
    m_orgLabel->setBuddy(m_org);
    connect(m_org, &QComboBox::currentIndexChanged, this, &SchedulePage::reload);
    setUpMonthPicker(m_month, m_db.clock().today());
    m_monthLabel->setBuddy(m_month);
    connect(m_month, &QDateEdit::dateChanged, this, &SchedulePage::reload);

    m_table->setObjectName(u"scheduleLines"_s);
    m_table->setColumnCount(7);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &SchedulePage::editEntry);
    connect(m_table, &QTableWidget::currentCellChanged, this, &SchedulePage::updateActions);
    m_issues->setObjectName(u"scheduleIssues"_s);
    m_issues->setWordWrap(true);
    m_issues->setMaximumHeight(m_issues->fontMetrics().height() * 8);
    m_problems->setObjectName(u"problems"_s);
    m_problems->setStyleSheet(u"color: #b00020;"_s);
    m_problems->setWordWrap(true);
    m_problems->hide();

    m_add->setObjectName(u"addLine"_s);
    m_edit->setObjectName(u"editLine"_s);
    m_approve->setObjectName(u"approveLine"_s);
    m_remove->setObjectName(u"removeLine"_s);
    m_print->setObjectName(u"printSheet"_s);
    m_pdf->setObjectName(u"sheetPdf"_s);
    bindKey(this, m_print, QKeySequence::Print);
    bindKey(this, m_pdf, QKeySequence(u"Ctrl+Shift+P"_s));
    connect(m_print, &QPushButton::clicked, this, &SchedulePage::printSheet);
    connect(m_pdf, &QPushButton::clicked, this, &SchedulePage::exportSheetPdf);
    m_website->setObjectName(u"websiteExport"_s);
    bindKey(this, m_website, QKeySequence(u"Ctrl+Shift+E"_s));
    connect(m_website, &QPushButton::clicked, this, &SchedulePage::exportWebsite);
    askWebsitePath = [this](const QString& suggested) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(this, tr("Save for the website"), folder + u'/' + suggested,
                                            tr("Web page (*.html);;CSV (*.csv)"));
    };
    askPdfPath = [this](const QString& suggested) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(this, tr("Save as PDF"), folder + u'/' + suggested, tr("PDF (*.pdf)"));
    };
    // the off-schedule reception instruction and its document.
    m_instruct->setObjectName(u"instructOffSchedule"_s);
    m_printInstruction->setObjectName(u"printInstruction"_s);
    m_instructionPdf->setObjectName(u"instructionPdf"_s);
    m_instructionLang->setObjectName(u"instructionLanguage"_s);
    m_instructionLang->addItem(u"Қазақ тілі"_s, u"kk"_s);
    m_instructionLang->addItem(u"Русский язык"_s, u"ru"_s);
    m_instructionLang->setCurrentIndex(Translator::current() == u"kk" ? 0 : 1);
    m_instructionLangLabel->setBuddy(m_instructionLang);
    bindKey(this, m_instruct, QKeySequence(u"Ctrl+Shift+N"_s));
    connect(m_instruct, &QPushButton::clicked, this, &SchedulePage::instructOffSchedule);
    connect(m_printInstruction, &QPushButton::clicked, this, &SchedulePage::printInstruction);
    connect(m_instructionPdf, &QPushButton::clicked, this, &SchedulePage::exportInstructionPdf);
    bindKey(this, m_add, QKeySequence::New);
    bindKey(this, m_approve, QKeySequence(u"Ctrl+Shift+A"_s));
    connect(m_add, &QPushButton::clicked, this, &SchedulePage::addEntry);
    connect(m_edit, &QPushButton::clicked, this, &SchedulePage::editEntry);
    connect(m_approve, &QPushButton::clicked, this, &SchedulePage::approveEntry);
    connect(m_remove, &QPushButton::clicked, this, &SchedulePage::removeEntry);
    // Enter edits, Delete removes, F5 reads again: the keyboard does everything the buttons do.
    auto* enter = new QShortcut(QKeySequence(Qt::Key_Return), m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(enter, &QShortcut::activated, this, &SchedulePage::editEntry);
    auto* del = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &SchedulePage::removeEntry);
    auto* refresh = new QShortcut(QKeySequence::Refresh, this);
    connect(refresh, &QShortcut::activated, this, &SchedulePage::reload);

    auto* top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch();
    top->addWidget(m_orgLabel);
    top->addWidget(m_org);
    top->addWidget(m_monthLabel);
    top->addWidget(m_month);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_instruct);
    buttons->addStretch();
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_website);
    auto* instructionButtons = new QHBoxLayout;
    instructionButtons->addStretch();
    instructionButtons->addWidget(m_instructionLangLabel);
    instructionButtons->addWidget(m_instructionLang);
    instructionButtons->addWidget(m_printInstruction);
    instructionButtons->addWidget(m_instructionPdf);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(buttons);
    layout->addLayout(instructionButtons);
    layout->addWidget(m_problems);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_issuesTitle);
    layout->addWidget(m_issues);
    setFocusProxy(m_table);
    retranslate();
    reload();
}

SchedulePage::~SchedulePage() { delete m_service; }

QString SchedulePage::organisationCode() const { return m_org->currentData().toString(); }

void SchedulePage::retranslate()
{
    m_title->setText(tr("Reception schedules"));
    m_orgLabel->setText(tr("&Organisation:"));
    m_monthLabel->setText(tr("&Month:"));
    m_add->setText(tr("&Add line"));
    m_add->setToolTip(tr("Ctrl+N"));
    m_edit->setText(tr("&Edit"));
    m_edit->setToolTip(tr("Enter"));
    m_approve->setText(tr("A&pprove"));
    m_approve->setToolTip(tr("Ctrl+Shift+A: the head approves the line (R-4)"));
    m_remove->setText(tr("&Remove"));
    m_remove->setToolTip(tr("Delete"));
    m_print->setText(tr("Pr&int sheet…"));
    m_print->setToolTip(tr("Ctrl+P: the approved schedule in Kazakh and Russian for posting (R-5, R-6)"));
    m_pdf->setText(tr("Sheet to P&DF…"));
    m_pdf->setToolTip(tr("Ctrl+Shift+P"));
    m_website->setText(tr("For the &website…"));
    m_website->setToolTip(tr("Ctrl+Shift+E: the approved schedule as a web page (.html) or CSV (.csv) (R-5)"));
    m_instruct->setText(tr("Off-schedule i&nstruction…"));
    m_instruct->setToolTip(tr("Ctrl+Shift+N: instruct an oblast or district prosecutor or a deputy to receive a "
                              "visitor outside the schedule (R-50)"));
    m_printInstruction->setText(tr("Print ins&truction…"));
    m_printInstruction->setToolTip(tr("The selected off-schedule instruction as a document (R-50)"));
    m_instructionPdf->setText(tr("Instruction to PDF…"));
    m_instructionLangLabel->setText(tr("Instruction &language:"));
    m_issuesTitle->setText(tr("Conflicts and frequency warnings of the month"));
    m_table->setHorizontalHeaderLabels({tr("Official"), tr("Kind"), tr("Days"), tr("Hours"), tr("Place (kk)"),
                                        tr("Place (ru)"), tr("Status")});
}

void SchedulePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

QString SchedulePage::daysText(const ScheduleEntry& e) const
{
    if (e.isDated())
        return dateText(e.date);
    QString text = ScheduleEntry::weekdayName(e.weekday);
    if (e.weekOfMonth == ScheduleEntry::kLastWeekOfMonth)
        text = tr("last %1 of the month").arg(text);
    else if (e.weekOfMonth > 0)
        text = tr("%1 no. %2 of the month").arg(text).arg(e.weekOfMonth);
    if (e.validFrom.isValid() || e.validTo.isValid())
        text += u" ("_s + dateText(e.validFrom) + u"–"_s + dateText(e.validTo) + u')';
    return text;
}

void SchedulePage::reload()
{
    const QString keep = currentEntryId();
    const QDate month = m_month->date();
    m_entries = m_service->entriesOfMonth(organisationCode(), month.year(), month.month(), false);
    m_table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const ScheduleEntry& e = m_entries.at(row);
        QString official = e.officialName;
        if (!e.positionCode.isEmpty()) {
            const auto position = DirectoryRepository(m_db).entry(u"position"_s, e.positionCode);
            official += u", "_s + (position ? position->name(Translator::current()) : e.positionCode);
        }
        QString kind = ScheduleEntry::kindName(e.kind);
        if (e.kind == ScheduleEntry::Kind::DutyFacility && !e.facilityName.isEmpty())
            kind += u": "_s + e.facilityName;
        QString status = e.isApproved() ? tr("approved") : tr("draft");
        if (e.isApproved() && !e.approvedByName.isEmpty())
            status = tr("approved by %1 on %2").arg(e.approvedByName, dateText(e.approvedOn));
        if (e.isOffSchedule()) {
            // the form and the visitor with the kind; issued by the one who instructed, not approved.
            kind += u": "_s + ScheduleEntry::formName(e.instructionForm);
            if (!e.visitorName.isEmpty())
                kind += u", "_s + e.visitorName;
            const QString by = e.instructedByName.isEmpty() ? e.instructedByLogin : e.instructedByName;
            status = tr("instructed by %1 on %2").arg(by, dateText(e.instructedAt.toLocalTime().date()));
        }
        const QStringList cells = {official,           kind,      daysText(e), timeText(e.startsAt) + u"–"_s + timeText(e.endsAt),
                                   e.placeKk,          e.placeRu, status};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, e.id);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (!keep.isEmpty())
        selectEntry(keep);
    if (m_table->currentRow() < 0 && m_table->rowCount() > 0)
        m_table->selectRow(0);

    m_issues->clear();
    QList<ScheduleIssue> issues = m_service->conflicts(organisationCode(), month.year(), month.month());
    issues += m_service->frequencyWarnings(organisationCode(), month.year(), month.month());
    for (const ScheduleIssue& issue : std::as_const(issues)) {
        auto* item = new QListWidgetItem(u"%1 — %2"_s.arg(issue.citation, issue.message), m_issues);
        item->setData(Qt::UserRole, issue.entryId);
        item->setForeground(issue.kind == ScheduleIssue::Kind::Frequency ? QColor(0x8a, 0x5a, 0x00)
                                                                         : QColor(0xb0, 0x00, 0x20));
    }
    if (issues.isEmpty())
        new QListWidgetItem(tr("No conflicts, no frequency warnings."), m_issues);
    updateActions();
}

void SchedulePage::updateActions()
{
    const QString id = currentEntryId();
    bool instruction = false;
    for (const ScheduleEntry& e : std::as_const(m_entries)) {
        if (e.id == id)
            instruction = e.isOffSchedule();
    }
    const bool any = !id.isEmpty();
    // An instruction is given, not kept: it is printed or withdrawn, never edited or approved.
    m_edit->setEnabled(any && !instruction);
    m_approve->setEnabled(any && !instruction);
    m_remove->setEnabled(any);
    m_printInstruction->setEnabled(instruction);
    m_instructionPdf->setEnabled(instruction);
}

QString SchedulePage::currentEntryId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->data(Qt::UserRole).toString() : QString();
}

void SchedulePage::selectEntry(const QString& id)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(Qt::UserRole).toString() == id) {
            m_table->selectRow(row);
            return;
        }
    }
}

void SchedulePage::showProblems(const QStringList& problems)
{
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
}

namespace {
QStringList lines(const Problems& problems)
{
    QStringList result;
    for (const Problem& p : problems)
        result << p.toString();
    return result;
}
} // namespace

bool SchedulePage::edit(ScheduleEntry entry)
{
    AppealStepDialog dialog(entry.id.isEmpty() ? tr("New schedule line") : tr("Schedule line"), this);
    dialog.setObjectName(u"scheduleEntryDialog"_s);
    const QString org = entry.organisationCode.isEmpty() ? organisationCode() : entry.organisationCode;
    dialog.addChoice(u"organisation"_s, tr("Organisation:"), directoryChoices(m_db, u"organisation"_s, true), org);
    dialog.addUser(u"officialUser"_s, tr("Official (a user):"), m_db, entry.officialUserId);
    dialog.addNote(tr("Or type the official's name and position (a user chosen above fills what is left empty)."));
    dialog.addLine(u"officialName"_s, tr("Official's name:"), entry.officialName);
    dialog.addChoice(u"position"_s, tr("Position:"), directoryChoices(m_db, u"position"_s, true), entry.positionCode);
    QList<std::pair<QString, QString>> kinds;
    for (auto k : {ScheduleEntry::Kind::Regular, ScheduleEntry::Kind::Field, ScheduleEntry::Kind::DutyFacility})
        kinds.append({ScheduleEntry::kindCode(k), ScheduleEntry::kindName(k)});
    dialog.addChoice(u"kind"_s, tr("Kind:"), kinds, ScheduleEntry::kindCode(entry.kind));
    dialog.addChoice(u"facilityType"_s, tr("Facility type (duty prosecutor, R-6):"),
                     directoryChoices(m_db, u"facility_type"_s, true), entry.facilityTypeCode);
    dialog.addLine(u"facilityName"_s, tr("Facility:"), entry.facilityName);
    QList<std::pair<QString, QString>> weekdays = {{u"0"_s, tr("— a single date —")}};
    for (int d = 1; d <= 7; ++d)
        weekdays.append({QString::number(d), ScheduleEntry::weekdayName(d)});
    dialog.addChoice(u"weekday"_s, tr("Weekday:"), weekdays, QString::number(entry.weekday));
    QList<std::pair<QString, QString>> weeks = {{u"0"_s, tr("every week")}};
    for (int w = 1; w <= 5; ++w)
        weeks.append({QString::number(w), tr("week %1 of the month").arg(w)});
    weeks.append({QString::number(ScheduleEntry::kLastWeekOfMonth), tr("the last of the month")});
    dialog.addChoice(u"weekOfMonth"_s, tr("Week of the month:"), weeks, QString::number(entry.weekOfMonth));
    dialog.addLine(u"date"_s, tr("Date (a single date, dd.MM.yyyy):"), dateText(entry.date));
    dialog.addLine(u"validFrom"_s, tr("Valid from (dd.MM.yyyy):"), dateText(entry.validFrom));
    dialog.addLine(u"validTo"_s, tr("Valid to (dd.MM.yyyy, empty: open):"), dateText(entry.validTo));
    dialog.addLine(u"startsAt"_s, tr("From (HH:mm):"), timeText(entry.startsAt));
    dialog.addLine(u"endsAt"_s, tr("To (HH:mm):"), timeText(entry.endsAt));
    dialog.addLine(u"placeKk"_s, tr("Place (Kazakh):"), entry.placeKk);
    dialog.addLine(u"placeRu"_s, tr("Place (Russian):"), entry.placeRu);
    dialog.addText(u"note"_s, tr("Note:"), entry.note);

    const bool saved = dialog.run([&]() -> QStringList {
        QStringList problems;
        ScheduleEntry e = entry;
        readOfficial(m_db, dialog, &e);
        ScheduleEntry::kindFromCode(dialog.text(u"kind"_s), &e.kind);
        e.facilityTypeCode = dialog.text(u"facilityType"_s);
        e.facilityName = dialog.text(u"facilityName"_s);
        e.weekday = dialog.text(u"weekday"_s).toInt();
        e.weekOfMonth = e.weekday == 0 ? 0 : dialog.text(u"weekOfMonth"_s).toInt();
        // Dates and times are typed; a wrong one is named by its field before the service sees the line.
        const auto readDate = [&](const QString& name, const QString& label, QDate* out) {
            const QString t = dialog.text(name);
            *out = t.isEmpty() ? QDate() : QDate::fromString(t, u"dd.MM.yyyy"_s);
            if (!t.isEmpty() && !out->isValid())
                problems << tr("%1 not a date dd.MM.yyyy: %2").arg(label, t);
        };
        const auto readTime = [&](const QString& name, const QString& label, QTime* out) {
            const QString t = dialog.text(name);
            *out = QTime::fromString(t, u"H:mm"_s);
            if (!out->isValid())
                problems << tr("%1 not a time HH:mm: %2").arg(label, t.isEmpty() ? tr("empty") : t);
        };
        readDate(u"date"_s, tr("Date:"), &e.date);
        readDate(u"validFrom"_s, tr("Valid from:"), &e.validFrom);
        readDate(u"validTo"_s, tr("Valid to:"), &e.validTo);
        readTime(u"startsAt"_s, tr("From:"), &e.startsAt);
        readTime(u"endsAt"_s, tr("To:"), &e.endsAt);
        if (!e.isDated())
            e.date = QDate();
        e.placeKk = dialog.text(u"placeKk"_s);
        e.placeRu = dialog.text(u"placeRu"_s);
        e.note = dialog.text(u"note"_s);
        if (!problems.isEmpty())
            return problems;
        Problems refused;
        if (!m_service->save(m_session, &e, &refused))
            return lines(refused);
        entry = e;
        return {};
    });
    showProblems(dialog.problems().isEmpty() || saved ? QStringList() : dialog.problems());
    reload();
    if (saved)
        selectEntry(entry.id);
    return saved;
}

void SchedulePage::addEntry()
{
    ScheduleEntry entry;
    entry.weekday = 1;
    const QDate month = m_month->date();
    entry.validFrom = QDate(month.year(), month.month(), 1);
    entry.startsAt = QTime(10, 0);
    entry.endsAt = QTime(13, 0);
    edit(entry);
}

void SchedulePage::editEntry()
{
    const auto entry = m_service->load(currentEntryId());
    // An instruction is not edited: Enter shows it.
    if (entry && entry->isOffSchedule())
        printInstruction();
    else if (entry)
        edit(*entry);
}

void SchedulePage::approveEntry()
{
    const QString id = currentEntryId();
    if (id.isEmpty())
        return;
    Problems problems;
    const bool ok = m_service->approve(m_session, id, &problems);
    showProblems(ok ? QStringList() : lines(problems));
    reload();
    selectEntry(id);
}

void SchedulePage::removeEntry()
{
    const QString id = currentEntryId();
    if (id.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Remove the line"), tr("Remove the selected schedule line?"))
        != QMessageBox::Yes)
        return;
    Problems problems;
    const bool ok = m_service->remove(m_session, id, &problems);
    showProblems(ok ? QStringList() : lines(problems));
    reload();
}

void SchedulePage::printSheet()
{
    const QDate month = m_month->date();
    const ScheduleSheet sheet = ScheduleSheet::forMonth(m_db, organisationCode(), month.year(), month.month());
    CardPrint::preview(this, SchedulePrint::combinedHtml(sheet), sheet.title());
}

void SchedulePage::exportSheetPdf()
{
    const QDate month = m_month->date();
    const ScheduleSheet sheet = ScheduleSheet::forMonth(m_db, organisationCode(), month.year(), month.month());
    const QString path = askPdfPath(u"schedule-%1.pdf"_s.arg(month.toString(u"yyyy-MM"_s)));
    if (path.isEmpty())
        return;
    QString error;
    if (!SchedulePrint::writePdf(sheet, path, &error))
        showProblems({tr("The PDF could not be written: %1").arg(error)});
}

void SchedulePage::exportWebsite()
{
    const QDate month = m_month->date();
    const ScheduleSheet sheet = ScheduleSheet::forMonth(m_db, organisationCode(), month.year(), month.month());
    const QString path = askWebsitePath(u"schedule-%1.html"_s.arg(month.toString(u"yyyy-MM"_s)));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray data =
        path.endsWith(u".csv"_s, Qt::CaseInsensitive) ? sheet.csv() : sheet.websiteHtml().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        showProblems({tr("%1 could not be written: %2").arg(path, file.errorString())});
    else
        showProblems({});
}

QString SchedulePage::instructionLanguage() const
{
    return m_instructionLang->currentData().toString();
}

void SchedulePage::instructOffSchedule()
{
    AppealStepDialog dialog(tr("Off-schedule reception instruction (R-50)"), this);
    dialog.setObjectName(u"offScheduleInstructionDialog"_s);
    const QString org = organisationCode().isEmpty() ? m_db.organisationCode() : organisationCode();
    dialog.addNote(tr("When circumstances cannot wait, the ЦПГ prosecutor instructs an oblast or district prosecutor "
                      "or a deputy, in writing or orally, to organise a reception outside the schedule (R-50)."));
    dialog.addChoice(u"organisation"_s, tr("Organisation:"), directoryChoices(m_db, u"organisation"_s, true), org);
    dialog.addUser(u"officialUser"_s, tr("Official (a user):"), m_db);
    dialog.addNote(tr("Or type the official's name and position (a user chosen above fills what is left empty)."));
    dialog.addLine(u"officialName"_s, tr("Official's name:"));
    dialog.addChoice(u"position"_s, tr("Position:"), directoryChoices(m_db, u"position"_s, true));
    QList<std::pair<QString, QString>> forms;
    for (const QString& form : ScheduleEntry::instructionForms())
        forms.append({form, ScheduleEntry::formName(form)});
    dialog.addChoice(u"form"_s, tr("Form of the instruction:"), forms, u"written"_s);
    dialog.addLine(u"date"_s, tr("Date (dd.MM.yyyy):"), dateText(m_db.clock().today()));
    dialog.addLine(u"startsAt"_s, tr("From (HH:mm):"));
    dialog.addLine(u"endsAt"_s, tr("To (HH:mm):"));
    dialog.addLine(u"placeKk"_s, tr("Place (Kazakh):"));
    dialog.addLine(u"placeRu"_s, tr("Place (Russian):"));
    dialog.addLine(u"visitorName"_s, tr("Visitor:"));
    dialog.addLine(u"cardNumber"_s, tr("ЛП-1 card number (if any):"));
    dialog.addText(u"reason"_s, tr("Why it cannot wait:"));

    ScheduleEntry issued;
    const bool done = dialog.run([&]() -> QStringList {
        QStringList problems;
        ScheduleEntry e;
        e.kind = ScheduleEntry::Kind::OffSchedule;
        readOfficial(m_db, dialog, &e);
        e.instructionForm = dialog.text(u"form"_s);
        // A date or time that is not one is named by its field before the service sees the instruction.
        const QString day = dialog.text(u"date"_s);
        e.date = QDate::fromString(day, u"dd.MM.yyyy"_s);
        if (!day.isEmpty() && !e.date.isValid())
            problems << tr("Date: not a date dd.MM.yyyy: %1").arg(day);
        const auto readTime = [&](const QString& name, const QString& label, QTime* out) {
            const QString t = dialog.text(name);
            *out = QTime::fromString(t, u"H:mm"_s);
            if (!t.isEmpty() && !out->isValid())
                problems << tr("%1 not a time HH:mm: %2").arg(label, t);
        };
        readTime(u"startsAt"_s, tr("From:"), &e.startsAt);
        readTime(u"endsAt"_s, tr("To:"), &e.endsAt);
        e.placeKk = dialog.text(u"placeKk"_s);
        e.placeRu = dialog.text(u"placeRu"_s);
        e.visitorName = dialog.text(u"visitorName"_s);
        e.cardNumber = dialog.text(u"cardNumber"_s);
        e.instructionReason = dialog.text(u"reason"_s);
        if (!problems.isEmpty())
            return problems;
        Problems refused;
        if (!m_service->instruct(m_session, &e, &refused))
            return lines(refused);
        issued = e;
        return {};
    });
    showProblems(dialog.problems().isEmpty() || done ? QStringList() : dialog.problems());
    if (!done)
        return;
    // The month of the instruction, its line selected: ready to print.
    if (issued.date.isValid() && (issued.date.year() != m_month->date().year()
                                  || issued.date.month() != m_month->date().month()))
        m_month->setDate(QDate(issued.date.year(), issued.date.month(), 1));
    reload();
    selectEntry(issued.id);
    updateActions();
}

void SchedulePage::printInstruction()
{
    const auto entry = m_service->load(currentEntryId());
    if (!entry || !entry->isOffSchedule())
        return;
    const QString lang = instructionLanguage();
    CardPrint::preview(this, OffScheduleInstruction::html(m_db, *entry, lang), OffScheduleInstruction::title(lang));
}

void SchedulePage::exportInstructionPdf()
{
    const auto entry = m_service->load(currentEntryId());
    if (!entry || !entry->isOffSchedule())
        return;
    const QString lang = instructionLanguage();
    const QString path = askPdfPath(u"instruction-%1-%2.pdf"_s.arg(entry->date.toString(Qt::ISODate), lang));
    if (path.isEmpty())
        return;
    QString error;
    if (!InstructionPrint::writePdf(m_db, *entry, lang, path, &error))
        showProblems({tr("The PDF could not be written: %1").arg(error)});
    else
        showProblems({});
}

} // namespace armcpg
