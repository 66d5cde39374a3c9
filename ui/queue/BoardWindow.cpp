#include "BoardWindow.h"

#include "queue/QueueConfig.h"
#include "queue/QueueService.h"
#include "queue/QueueText.h"
#include "queue/QueueWatcher.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPainter>
#include <QSettings>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
const QString kTickerKey = u"queue/boardTicker"_s;

QFont sized(QFont font, int pt, bool bold = false)
{
    font.setPointSize(pt);
    font.setBold(bold);
    return font;
}

QLabel* label(QWidget* parent, int pt, bool bold, Qt::Alignment alignment = Qt::AlignCenter)
{
    auto* l = new QLabel(parent);
    l->setFont(sized(parent->font(), pt, bold));
    l->setAlignment(alignment);
    return l;
}
} // namespace

BoardWindow::BoardWindow(Database& db, QueueWatcher* watcher, QWidget* parent)
    : QWidget(parent, Qt::Window), m_db(db), m_watcher(watcher), m_queue(db), m_highlight(new QTimer(this))
{
    setObjectName(u"board"_s);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0x10, 0x2a, 0x43));
    p.setColor(QPalette::WindowText, Qt::white);
    setPalette(p);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(30, 20, 30, 10);
    auto* top = new QHBoxLayout;
    m_title = label(this, 28, true, Qt::AlignLeft | Qt::AlignVCenter);
    m_clock = label(this, 28, true, Qt::AlignRight | Qt::AlignVCenter);
    top->addWidget(m_title, 1);
    top->addWidget(m_clock);
    layout->addLayout(top);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(40);
    m_numberHeader = label(this, 24, false);
    m_deskHeader = label(this, 24, false);
    grid->addWidget(m_numberHeader, 0, 0);
    grid->addWidget(m_deskHeader, 0, 2);
    for (int i = 0; i < kRows; ++i) {
        QLabel* number = label(this, i == 0 ? 72 : 52, true);
        auto* arrow = label(this, i == 0 ? 72 : 52, true);
        QLabel* desk = label(this, i == 0 ? 72 : 52, true);
        number->setObjectName(u"callNumber%1"_s.arg(i));
        desk->setObjectName(u"callDesk%1"_s.arg(i));
        grid->addWidget(number, i + 1, 0);
        grid->addWidget(arrow, i + 1, 1);
        grid->addWidget(desk, i + 1, 2);
        m_numbers << number;
        m_arrows << arrow;
        m_desks << desk;
    }
    layout->addLayout(grid, 1);
    m_waitingLabel = label(this, 26, false);
    m_waitingLabel->setObjectName(u"waiting"_s);
    layout->addWidget(m_waitingLabel);
    m_ticker = new TickerLine(this);
    m_ticker->setFont(sized(font(), 28));
    layout->addWidget(m_ticker);

    // The newest call blinks for a few seconds.
    m_highlight->setInterval(500);
    connect(m_highlight, &QTimer::timeout, this, [this, ticks = 0]() mutable {
        const bool on = ++ticks % 2 == 0;
        m_numbers[0]->setStyleSheet(on ? u"color: #ffd54f;"_s : QString());
        m_desks[0]->setStyleSheet(on ? u"color: #ffd54f;"_s : QString());
        if (ticks >= 12) {
            ticks = 0;
            m_highlight->stop();
            m_numbers[0]->setStyleSheet(u"color: #ffd54f;"_s);
            m_desks[0]->setStyleSheet(u"color: #ffd54f;"_s);
        }
    });
    auto* clock = new QTimer(this);
    connect(clock, &QTimer::timeout, this, [this] { m_clock->setText(QTime::currentTime().toString(u"HH:mm"_s)); });
    clock->start(1000);
    m_clock->setText(QTime::currentTime().toString(u"HH:mm"_s));

    auto* fullScreen = new QShortcut(QKeySequence(Qt::Key_F11), this);
    connect(fullScreen, &QShortcut::activated, this, [this] { isFullScreen() ? showNormal() : showFullScreen(); });
    auto* close = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    auto* ticker = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_T), this);
    connect(ticker, &QShortcut::activated, this, &BoardWindow::editTicker);

    if (!m_watcher) {
        m_watcher = new QueueWatcher(m_db, this);
        m_watcher->start();
    }
    connect(m_watcher, &QueueWatcher::changed, this, &BoardWindow::refresh);
    m_tickerText = QSettings().value(kTickerKey).toString();
    retranslate();
    refresh();
    resize(1280, 720);
}

QString BoardWindow::tickerText() const { return m_ticker->text(); }

void BoardWindow::setTickerText(const QString& text)
{
    m_tickerText = text.trimmed();
    QSettings().setValue(kTickerKey, m_tickerText);
    retranslate();
}

void BoardWindow::editTicker()
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Running line"),
                                                        tr("The text that runs along the foot of the board (empty: "
                                                           "the default greeting):"),
                                                        m_tickerText, &ok);
    if (ok)
        setTickerText(text);
}

QString BoardWindow::callText(int row) const
{
    if (row < 0 || row >= m_calls.size())
        return {};
    return u"%1 → %2"_s.arg(m_calls[row].number, m_calls[row].deskCode);
}

void BoardWindow::refresh()
{
    QueueService& queue = m_queue;
    const QDate today = m_db.clock().today();
    QList<QueueEvent> calls;
    QSet<QString> seen;
    for (const QueueEvent& e : queue.recentCalls(kRows * 4)) {
        if (e.day != today || seen.contains(e.ticketId))
            continue;
        seen.insert(e.ticketId);
        calls << e;
        if (calls.size() == kRows)
            break;
    }
    const qint64 newest = calls.isEmpty() ? 0 : calls.first().seq;
    if (m_lastSeq >= 0) {
        // Every call since the last refresh chimes, oldest first.
        for (auto it = calls.crbegin(); it != calls.crend(); ++it) {
            if (it->seq > m_lastSeq)
                chime(*it);
        }
    }
    m_lastSeq = qMax(m_lastSeq, newest);
    m_calls = calls;
    for (int i = 0; i < kRows; ++i) {
        m_numbers[i]->setText(i < calls.size() ? calls[i].number : QString());
        m_arrows[i]->setText(i < calls.size() ? u"→"_s : QString());
        m_desks[i]->setText(i < calls.size() ? calls[i].deskCode : QString());
    }
    m_waiting = int(queue.waiting().size());
    m_waitingLabel->setText(QueueText::both(QT_TRANSLATE_NOOP("QueueText", "Waiting: %n"), u"   ·   "_s, m_waiting));
}

void BoardWindow::chime(const QueueEvent& call)
{
    ++m_chimes;
    QApplication::beep();
    m_highlight->start();
    emit called(call.number, call.deskCode);
}

void BoardWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BoardWindow::retranslate()
{
    setWindowTitle(tr("Queue board"));
    m_title->setText(QueueText::both(QT_TRANSLATE_NOOP("QueueText", "Electronic queue")));
    m_numberHeader->setText(QueueText::both(QT_TRANSLATE_NOOP("QueueText", "Ticket"), u"\n"_s));
    m_deskHeader->setText(QueueText::both(QT_TRANSLATE_NOOP("QueueText", "Desk"), u"\n"_s));
    m_ticker->setText(m_tickerText.isEmpty()
                          ? QueueText::both(QT_TRANSLATE_NOOP("QueueText", "Welcome to the citizen reception centre of "
                                                                            "the prosecutor's office. Please wait for "
                                                                            "your number on the board."),
                                            u"   ·   "_s)
                          : m_tickerText);
    m_waitingLabel->setText(QueueText::both(QT_TRANSLATE_NOOP("QueueText", "Waiting: %n"), u"   ·   "_s, m_waiting));
}

TickerLine::TickerLine(QWidget* parent) : QWidget(parent), m_timer(new QTimer(this))
{
    setObjectName(u"ticker"_s);
    m_timer->setInterval(30);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_offset += 2;
        if (m_offset > width() + fontMetrics().horizontalAdvance(m_text))
            m_offset = 0;
        update();
    });
    m_timer->start();
}

void TickerLine::setText(const QString& text)
{
    m_text = QString(text).replace(u'\n', u' ');
    m_offset = 0;
    update();
}

QSize TickerLine::sizeHint() const { return {200, fontMetrics().height() + 12}; }

void TickerLine::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0x0b, 0x1d, 0x2e));
    painter.setPen(QColor(0xff, 0xd5, 0x4f));
    painter.setFont(font());
    painter.drawText(QRect(width() - m_offset, 0, fontMetrics().horizontalAdvance(m_text) + 10, height()),
                     Qt::AlignVCenter | Qt::AlignLeft, m_text);
}

} // namespace armcpg
