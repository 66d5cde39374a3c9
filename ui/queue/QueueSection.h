#pragma once

#include "queue/BoardWindow.h"
#include "queue/KioskWindow.h"
#include "security/Session.h"

#include <QPointer>
#include <QWidget>

class QPushButton;
class QTabWidget;

namespace armcpg {

class Database;
class OperatorPanel;
class QueueStatsPage;
class QueueWatcher;

// The Queue section of the workstation (Ctrl+1): the operator's panel and the statistics as tabs (Alt+1, Alt+2),
// and the kiosk and the display board opened as windows of their own (buttons here; Ctrl+Shift+K and Ctrl+Shift+B
// in the main window's File menu), full screen on the screen they are moved to (F11). One QueueWatcher serves the
// panel and the board.
class QueueSection : public QWidget
{
    Q_OBJECT

public:
    QueueSection(Database& db, const Session& session, QWidget* parent = nullptr);
    ~QueueSection() override;

    OperatorPanel* panel() const { return m_panel; }
    QueueStatsPage* statistics(); // created on first use
    QTabWidget* tabs() const { return m_tabs; }
    QueueWatcher* watcher() const { return m_watcher; }
    KioskWindow* kiosk() const { return m_kiosk; }
    BoardWindow* board() const { return m_board; }

public slots:
    KioskWindow* openKiosk();
    BoardWindow* openBoard();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Database& m_db;
    Session m_session;
    QueueWatcher* m_watcher;
    QTabWidget* m_tabs;
    OperatorPanel* m_panel;
    QWidget* m_statsHolder;
    QueueStatsPage* m_stats = nullptr;
    QPushButton* m_kioskButton;
    QPushButton* m_boardButton;
    QPointer<KioskWindow> m_kiosk;
    QPointer<BoardWindow> m_board;
};

} // namespace armcpg
