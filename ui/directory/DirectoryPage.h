#pragma once

#include "directory/DirectoryEntry.h"
#include "security/Session.h"

#include <QWidget>

#include <functional>

class QAbstractButton;
class QAbstractItemView;
class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QSortFilterProxyModel;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QTimer;
class QToolButton;
class QTreeView;

namespace armcpg {

class Database;

// The administration screen of справочники: the kinds on the left (names in the current language), the entries
// of the chosen kind on the right (a tree for hierarchical kinds, a table otherwise) with a search over code and
// names, and the actions Add (Ins), Edit (Enter, F2, double-click), Delete (Del, soft), Import CSV…, Export CSV…
// and, for KATO, Import KATO…. Without the administrator role everything is read-only; DirectoryService refuses
// changes anyway. Imports run on their own connection in a worker thread.
class DirectoryPage : public QWidget
{
    Q_OBJECT

public:
    enum class Action
    {
        Add,
        Edit,
        Delete,
        ImportCsv,
        ExportCsv,
        ImportKato
    };
    enum ItemRole
    {
        CodeRole = Qt::UserRole + 1,
        SearchRole
    };

    DirectoryPage(Database& db, const Session& session, QWidget* parent = nullptr);
    ~DirectoryPage() override;

    // Which file to read (save = false) or write (save = true); an empty path cancels. Defaults to a file dialog;
    // tests put a path here.
    std::function<QString(bool save)> chooseFile;

    QString currentKind() const;
    void selectKind(const QString& kindCode);
    QString currentCode() const; // the entry under the cursor, empty when none
    bool selectCode(const QString& code);

    QAction* action(Action which) const;
    QToolButton* button(Action which) const;
    QLineEdit* searchField() const { return m_search; }
    QAbstractItemView* entryView() const;               // the tree or the table, whichever shows the current kind
    QString lastReport() const { return m_lastReport; } // summary and details of the last import or export

public slots:
    void reload(); // kinds and entries, keeping the choice
    void addEntry();
    void editEntry();
    void deleteEntry();
    void importCsv();
    void exportCsv();
    void importKato();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void loadKinds();
    void loadEntries();
    void updateActions();
    void applyFilter();
    void openEntry(const DirectoryEntry& entry, bool readOnly);
    void report(const QString& title, const QString& summary, const QString& details);
    // Runs an import on a second connection in a worker thread while the window keeps painting; falls back to this
    // connection when a second one cannot be opened.
    bool runImport(const std::function<bool(Database&)>& work);
    QString defaultChooseFile(bool save);
    DirectoryKind kindInfo() const;
    bool isAdministrator() const;

    Database& m_db;
    Session m_session;
    QList<DirectoryKind> m_kinds;
    QList<DirectoryEntry> m_entries;
    QString m_lastReport;
    QString m_lastFolder;

    QListWidget* m_kindList;
    QLineEdit* m_search;
    QTimer* m_searchTimer;
    QLabel* m_title;
    QLabel* m_count;
    QLabel* m_readOnlyNote;
    QLabel* m_status;
    QStackedWidget* m_views;
    QTableView* m_table;
    QTreeView* m_tree;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QList<QAction*> m_actions;
    QList<QToolButton*> m_buttons;
    QAction* m_findAction;
};

} // namespace armcpg
