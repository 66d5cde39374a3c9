#pragma once

#include "security/Session.h"
#include "schedule/ScheduleEntry.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace armcpg {

class Database;
class ScheduleService;

// The Schedules section (issue 7, rules-000 §4.2): the month's schedule lines of the workstation's organisation
// (official, kind, days, hours, place in Kazakh and Russian, draft or approved), the month picked at the top. Ctrl+N
// adds a line, Enter or a double-click edits it (ScheduleEntryDialog), Ctrl+Shift+A approves it (the head, R-4),
// Delete removes it, F5 reads again. Under the lines: the month's conflicts and frequency warnings (R-4, R-15,
// ) with their paragraphs. Ctrl+Shift+N records an off-schedule reception instruction (R-50,
// OffScheduleInstructionDialog fields: the official, the day, hours, place, form, visitor, reason, card); its line
// shows in the month with its kind, and "Print instruction" / "Instruction to PDF" print it in the language chosen.
class SchedulePage : public QWidget
{
    Q_OBJECT

public:
    SchedulePage(Database& db, const Session& session, QWidget* parent = nullptr);
    ~SchedulePage() override;

    QComboBox* organisationField() const { return m_org; }
    QString organisationCode() const;
    QDateEdit* monthField() const { return m_month; }
    QTableWidget* table() const { return m_table; }
    QListWidget* issuesList() const { return m_issues; }
    QLabel* problemsLabel() const { return m_problems; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* printButton() const { return m_print; }
    QPushButton* pdfButton() const { return m_pdf; }
    QPushButton* websiteButton() const { return m_website; }
    QPushButton* instructButton() const { return m_instruct; }
    QPushButton* printInstructionButton() const { return m_printInstruction; }
    QPushButton* instructionPdfButton() const { return m_instructionPdf; }
    QComboBox* instructionLanguageField() const { return m_instructionLang; }
    // Asks where to save a PDF (a file dialog); tests answer it with a path.
    std::function<QString(const QString& suggestedName)> askPdfPath;
    // Asks where to save the website's file (.html or .csv, a file dialog); tests answer it with a path.
    std::function<QString(const QString& suggestedName)> askWebsitePath;
    QString currentEntryId() const;
    void selectEntry(const QString& id);

public slots:
    void reload();
    void addEntry();
    void editEntry();
    void approveEntry();
    void removeEntry();
    // The month's bilingual sheet and the facilities' sheets: print preview, or PDF.
    void printSheet();
    void exportSheetPdf();
    // The same approved schedule for the website: a standalone HTML page, or CSV when the file ends in .csv.
    void exportWebsite();
    // records an off-schedule reception instruction (a dialog until it is recorded or cancelled).
    void instructOffSchedule();
    // The selected instruction as a document in the language chosen: print preview, or PDF.
    void printInstruction();
    void exportInstructionPdf();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showProblems(const QStringList& problems);
    // Opens the editor on `entry` until it is saved or cancelled; true when saved.
    bool edit(ScheduleEntry entry);
    QString daysText(const ScheduleEntry& e) const;
    void updateActions();
    QString instructionLanguage() const;

    Database& m_db;
    Session m_session;
    ScheduleService* m_service;
    QLabel* m_title;
    QLabel* m_orgLabel;
    QComboBox* m_org;
    QLabel* m_monthLabel;
    QDateEdit* m_month;
    QTableWidget* m_table;
    QLabel* m_issuesTitle;
    QListWidget* m_issues;
    QLabel* m_problems;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_approve;
    QPushButton* m_remove;
    QPushButton* m_print;
    QPushButton* m_pdf;
    QPushButton* m_website;
    QPushButton* m_instruct;
    QPushButton* m_printInstruction;
    QPushButton* m_instructionPdf;
    QLabel* m_instructionLangLabel;
    QComboBox* m_instructionLang;
    QList<ScheduleEntry> m_entries;
};

} // namespace armcpg
