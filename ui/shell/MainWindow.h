#pragma once

#include "security/Session.h"

#include <QMainWindow>
#include <QList>

class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace armcpg {

class Database;
class QueueSection;
struct QueueTicket;
class SyncRunner;

// The workstation: navigation to every section, the language switch, and a status bar that says where the
// data lives, who works, for which organisation, and how sync stands.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Section { Queue, Reception, Appeals, PreRegistration, Schedules, Reports, Directories, Sync, Administration };

    MainWindow(Database& db, Session session, QWidget* parent = nullptr);

    void showSection(Section section);
    Section currentSection() const;
    QWidget* page(Section section); // created on first use, so that start-up stays fast
    QListWidget* navigation() const { return m_navigation; }
    QLabel* modeLabel() const { return m_mode; }
    QLabel* userLabel() const { return m_user; }
    QLabel* organisationLabel() const { return m_organisation; }
    QLabel* syncLabel() const { return m_sync; }
    SyncRunner* syncRunner() const { return m_syncRunner; } // null on a PostgreSQL workstation: nothing to sync
    void switchLanguage(const QString& code);
    QueueSection* queueSection(); // the Queue section's page, created on first use
    QAction* kioskAction() const { return m_kiosk; }
    QAction* boardAction() const { return m_board; }

signals:
    void signOutRequested();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* createPage(Section section);
    void retranslate();
    void refreshStatus();
    void refreshSyncStatus();
    // The queue's "Start reception": a new ЛП-1 card with the ticket's number, day and language; saving that card
    // finishes the ticket.
    void startQueueReception(const QueueTicket& ticket);
    void onCardSaved(const QString& cardId);

    Database& m_db;
    Session m_session;
    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    QList<QWidget*> m_pages;
    QMenu* m_fileMenu;
    QMenu* m_languageMenu;
    QMenu* m_helpMenu;
    QAction* m_signOut;
    QAction* m_quit;
    QAction* m_about;
    QAction* m_kiosk;
    QAction* m_board;
    QString m_queueTicketId; // the ticket whose reception card is open, until the card is saved
    QString m_queueNumber;
    QActionGroup* m_languages;
    QLabel* m_mode;
    QLabel* m_user;
    QLabel* m_organisation;
    QLabel* m_sync;
    SyncRunner* m_syncRunner = nullptr;
};

} // namespace armcpg
