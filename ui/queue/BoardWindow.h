#pragma once

#include "queue/QueueEvent.h"
#include "queue/QueueService.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QTimer;

namespace armcpg {

class Database;
class QueueWatcher;
class TickerLine;

// The display board (issue 5): a full-screen window for a TV or a second screen. The latest calls, number → desk,
// large and in Kazakh and Russian at once, the newest highlighted; the number of people waiting; the running line
// (set with Ctrl+T, kept in this computer's settings); a chime on each new call. A spoken announcement needs Qt
// TextToSpeech, which this program does not depend on: the board chimes (QApplication::beep) and says nothing.
// Refreshes when the queue changes (QueueWatcher: LISTEN/NOTIFY on PostgreSQL, polling on SQLite).
// F11 switches full screen; Ctrl+Shift+W closes it.
class BoardWindow : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kRows = 6;

    // watcher: shared with the workstation's other queue windows; null makes the board start its own.
    BoardWindow(Database& db, QueueWatcher* watcher = nullptr, QWidget* parent = nullptr);

    // The calls shown, newest first (one per ticket: a recall moves it to the top).
    QList<QueueEvent> calls() const { return m_calls; }
    int waitingCount() const { return m_waiting; }
    int chimes() const { return m_chimes; }
    QString tickerText() const;
    void setTickerText(const QString& text); // empty: the default greeting
    QLabel* waitingLabel() const { return m_waitingLabel; }
    QString callText(int row) const; // "К-014 → 2", for tests and screen readers

public slots:
    void refresh();
    void editTicker();

signals:
    void called(const QString& number, const QString& deskCode); // each new call, once

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void chime(const QueueEvent& call);

    Database& m_db;
    QueueWatcher* m_watcher;
    QueueService m_queue; // kept: its statements are prepared once
    QLabel* m_title;
    QLabel* m_clock;
    QLabel* m_numberHeader;
    QLabel* m_deskHeader;
    QList<QLabel*> m_numbers, m_arrows, m_desks;
    QLabel* m_waitingLabel;
    TickerLine* m_ticker;
    QTimer* m_highlight;
    QList<QueueEvent> m_calls;
    qint64 m_lastSeq = -1; // the newest call seen; -1 before the first refresh (no chime for old calls)
    int m_waiting = 0;
    int m_chimes = 0;
    QString m_tickerText;
};

// A running line: the text scrolls from right to left, again and again.
class TickerLine : public QWidget
{
    Q_OBJECT

public:
    explicit TickerLine(QWidget* parent = nullptr);
    void setText(const QString& text);
    QString text() const { return m_text; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_text;
    QTimer* m_timer;
    int m_offset = 0;
};

} // namespace armcpg
