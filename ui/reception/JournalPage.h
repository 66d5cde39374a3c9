#pragma once

#include "reception/CardJournal.h"
#include "security/Session.h"

#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class QAction;
class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QThread;
class QTimer;

namespace armcpg {

class Database;
class DirectoryComboBox;
class JournalModel;

// The reception journal (issue 3): a filters bar (period, organisation, official, topic, decision, not held, IIN,
// name, full text; Ctrl+F goes to the search) over a lazily read table of the cards, sorted by any column in the
// database (click a header). Enter or a double-click opens a card (openCard), Ctrl+N starts a new one
// (newCardRequested). Export CSV… and Export PDF… write the filtered list in the current order off the UI thread,
// on their own connection.
class JournalPage : public QWidget
{
    Q_OBJECT

public:
    enum class Action
    {
        NewCard,
        Open,
        Refresh,
        ExportCsv,
        ExportPdf,
        ClearFilters
    };

    JournalPage(Database& db, const Session& session, QWidget* parent = nullptr);
    ~JournalPage() override;

    // Where to write an export (the suggested file name in, the chosen path out; empty cancels). Defaults to a file
    // dialog; tests put a path here.
    std::function<QString(const QString& suggested)> chooseFile;

    // Rows of the PDF at most: a printed list longer than this is cut, and says so.
    static constexpr int kPdfRowLimit = 5000;
    static bool canExportPdf(); // false when the program was built without the PDF writer

    CardJournal::Filter filter() const; // as the bar shows it
    JournalModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QAction* action(Action which) const;
    QLineEdit* textField() const { return m_text; }
    QLineEdit* nameField() const { return m_name; }
    QLineEdit* iinField() const { return m_iin; }
    QLineEdit* officialField() const { return m_official; }
    QCheckBox* notHeldBox() const { return m_notHeld; }
    QDateEdit* fromField() const { return m_from; }
    QDateEdit* toField() const { return m_to; }
    DirectoryComboBox* organisationBox() const { return m_organisation; }
    DirectoryComboBox* topicBox() const { return m_topic; }
    DirectoryComboBox* decisionBox() const { return m_decision; }
    QString currentCardId() const; // the card under the cursor, empty when none
    QString statusText() const;    // the count, or what went wrong
    QString lastReport() const { return m_lastReport; } // of the last export
    bool isExporting() const { return m_exportThread != nullptr; }

signals:
    void openCard(const QString& id);
    void newCardRequested();
    void exportFinished(bool ok, const QString& message);

public slots:
    void applyFilter(); // the bar's values now, without waiting for the typing pause
    void clearFilters();
    void reload();      // after a card was saved elsewhere
    void exportCsv();
    void exportPdf();
    void cancelExport();

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class Format { Csv, Pdf };
    void startExport(Format format);
    void finishExport(bool ok, const QString& message);
    void updateStatus();
    void retranslate();
    QString defaultChooseFile(const QString& suggested);

    Database& m_db;
    Session m_session;
    JournalModel* m_model;
    QTableView* m_view;
    QDateEdit* m_from;
    QDateEdit* m_to;
    DirectoryComboBox* m_organisation;
    DirectoryComboBox* m_topic;
    DirectoryComboBox* m_decision;
    QLineEdit* m_official;
    QCheckBox* m_notHeld;
    QLineEdit* m_iin;
    QLineEdit* m_name;
    QLineEdit* m_text;
    QLabel* m_fromLabel;
    QLabel* m_toLabel;
    QLabel* m_status;
    QLabel* m_exportStatus;
    QPushButton* m_cancelExport;
    QTimer* m_typingPause;
    QList<QAction*> m_actions;
    QThread* m_exportThread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QString m_lastReport;
    QString m_lastFolder;
};

} // namespace armcpg
