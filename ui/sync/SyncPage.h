#pragma once

#include "security/Session.h"
#include "sync/SyncStatus.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace armcpg {

class Database;
class SyncRunner;
struct SyncReport;

// The Sync section. On a laptop (SQLite): the central database's address with "automatic", a password kept in
// memory only, Sync now (F5) with progress and Cancel (Esc), the state (last success, changes waiting, open
// conflicts, last error), the log of the runs, newest first, and the conflicts with the choice of either side.
// On a PostgreSQL workstation there is nothing to sync: the page says so and shows the conflicts only.
class SyncPage : public QWidget
{
    Q_OBJECT

public:
    // runner: the workstation's (MainWindow's, which also syncs automatically); null makes the page its own.
    SyncPage(Database& db, const Session& session, SyncRunner* runner = nullptr, QWidget* parent = nullptr);

    // The status bar's text: "Sync: 12:30 · 3 waiting · 1 conflict"; alarm when conflicts are open or the last
    // attempt failed.
    static QString statusText(const SyncStatus& status, bool isSqlite, bool* alarm = nullptr);
    static QString toolTipText(const SyncStatus& status, bool isSqlite);

    SyncRunner* runner() const { return m_runner; }
    QLineEdit* addressField() const { return m_address; }
    QLineEdit* passwordField() const { return m_password; }
    QCheckBox* automaticBox() const { return m_automatic; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* syncButton() const { return m_syncNow; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }
    QTableWidget* conflictsTable() const { return m_conflicts; }
    QTableWidget* logTable() const { return m_log; }
    QPushButton* keepCentralButton() const { return m_keepCentral; }
    QPushButton* takeDeviceButton() const { return m_takeDevice; }
    QString message() const;     // what the last action said (a refused address, a sync's outcome)
    QString pendingText() const; // the state's "changes waiting"
    QString conflictsText() const;
    QString lastErrorText() const;
    QString lastSuccessText() const;
    QString currentConflictId() const;

signals:
    void statusChanged(); // the state changed here (a sync ended, a conflict was resolved, the address saved)

public slots:
    bool saveServer(); // validates and stores the address; false (and a message naming the field) when refused
    void syncNow();
    void cancelSync();
    void refresh();
    void keepCentral();
    void takeDevice();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void resolve(bool device);
    void onStarted();
    void onProgress(int phase, int done, int total);
    void onFinished(const SyncReport& report);
    void setMessage(const QString& text, bool error);
    void updateButtons();

    Database& m_db;
    Session m_session;
    SyncRunner* m_runner = nullptr;
    bool m_sqlite;
    QLabel* m_intro;
    QGroupBox* m_serverBox;
    QLabel* m_addressLabel;
    QLineEdit* m_address;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QCheckBox* m_automatic;
    QPushButton* m_save;
    QPushButton* m_syncNow;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_message;
    QGroupBox* m_stateBox;
    QLabel* m_lastSuccessLabel;
    QLabel* m_lastSuccess;
    QLabel* m_pendingLabel;
    QLabel* m_pending;
    QLabel* m_conflictCountLabel;
    QLabel* m_conflictCount;
    QLabel* m_lastErrorLabel;
    QLabel* m_lastError;
    QGroupBox* m_conflictsBox;
    QTableWidget* m_conflicts;
    QPushButton* m_keepCentral;
    QPushButton* m_takeDevice;
    QGroupBox* m_logBox;
    QTableWidget* m_log;
    QAction* m_syncAction;
    QAction* m_cancelAction;
};

} // namespace armcpg
