#pragma once

#include "common/Problem.h"
#include "queue/QueueService.h"
#include "queue/QueueTicket.h"
#include "security/Session.h"

#include <QList>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace armcpg {

class Database;
class QueueWatcher;

// The operator's panel of the electronic queue (the Queue section): the desk, its current ticket, the waiting list
// in call order, and every action of the desk with its key:
//   F2 Call next · F3 Pick the selected ticket (or Enter on it) · F4 Recall · F6 No-show · F7 Postpone… ·
//   F8 Redirect… · F9 Start reception (a ЛП-1 card with the queue number, date and language) · F10 Finish ·
//   Ctrl+I Issue a ticket…
// Each action is one call of QueueService; a refusal is shown under the buttons. Refreshes when the queue changes
// (QueueWatcher) and every half minute (the minutes waited).
class OperatorPanel : public QWidget
{
    Q_OBJECT

public:
    enum Action { CallNext, Pick, Recall, NoShow, Postpone, Redirect, StartReception, Finish, Issue, ActionCount };

    // watcher: shared with the section's other windows; null makes the panel start its own.
    OperatorPanel(Database& db, const Session& session, QueueWatcher* watcher = nullptr, QWidget* parent = nullptr);

    QString deskCode() const;
    void setDesk(const QString& code);
    std::optional<QueueTicket> currentTicket() const { return m_current; }
    QList<QueueTicket> waitingTickets() const { return m_waiting; }
    QComboBox* deskBox() const { return m_desk; }
    QTableWidget* waitingTable() const { return m_table; }
    QLabel* currentLabel() const { return m_number; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* alertLabel() const { return m_alert; }
    QPushButton* button(Action action) const { return m_buttons.value(action); }
    QAction* action(Action action) const { return m_actions.value(action); }

    // Saving the ЛП-1 card of the reception finishes the ticket (cardId recorded); false when the desk serves no
    // ticket or the ticket is another one.
    bool finishWithCard(const QString& ticketId, const QString& cardId);

public slots:
    void refresh();
    void callNext();
    void pickSelected();
    void recall();
    void noShow();
    void postpone();
    void redirect();
    void startReception();
    void finish();
    void issueTicket();

signals:
    // "Start reception": the host opens a new ЛП-1 card with the ticket's number, day and language.
    void receptionRequested(const armcpg::QueueTicket& ticket);
    void ticketChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    using Call = std::function<std::optional<QueueTicket>(Problems*)>;
    bool run(const Call& call, const QString& done); // shows problems or `done` (with %1 = number)
    void retranslate();
    void updateButtons();
    QString describeTicket(const QueueTicket& t) const;

    Database& m_db;
    Session m_session;
    QueueService m_queue; // kept: its statements are prepared once
    QComboBox* m_desk;
    QLabel* m_deskLabel;
    QLabel* m_currentTitle;
    QLabel* m_number;
    QLabel* m_details;
    QLabel* m_waitingTitle;
    QTableWidget* m_table;
    QLabel* m_message;
    QLabel* m_alert;
    QList<QPushButton*> m_buttons;
    QList<QAction*> m_actions;
    std::optional<QueueTicket> m_current;
    QList<QueueTicket> m_waiting;
};

} // namespace armcpg
