#include "QueueSection.h"

#include "queue/BoardWindow.h"
#include "queue/KioskWindow.h"
#include "queue/OperatorPanel.h"
#include "queue/QueueStatsPage.h"
#include "queue/QueueWatcher.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace armcpg {

QueueSection::QueueSection(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session), m_watcher(new QueueWatcher(db, this)), m_tabs(new QTabWidget(this)),
      m_panel(nullptr), m_statsHolder(new QWidget(m_tabs)), m_kioskButton(new QPushButton(this)),
      m_boardButton(new QPushButton(this))
{
    setObjectName(u"queueSection"_s);
    m_watcher->start();
    m_panel = new OperatorPanel(db, session, m_watcher, m_tabs);
    m_tabs->addTab(m_panel, QString());
    new QVBoxLayout(m_statsHolder);
    m_statsHolder->layout()->setContentsMargins(0, 0, 0, 0);
    m_tabs->addTab(m_statsHolder, QString());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            statistics();
    });
    for (int i = 0; i < 2; ++i) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, i] { m_tabs->setCurrentIndex(i); });
    }
    m_kioskButton->setObjectName(u"openKiosk"_s);
    m_boardButton->setObjectName(u"openBoard"_s);
    connect(m_kioskButton, &QPushButton::clicked, this, &QueueSection::openKiosk);
    connect(m_boardButton, &QPushButton::clicked, this, &QueueSection::openBoard);

    auto* corner = new QWidget(m_tabs);
    auto* cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 0, 0, 0);
    cornerLayout->addWidget(m_kioskButton);
    cornerLayout->addWidget(m_boardButton);
    m_tabs->setCornerWidget(corner, Qt::TopRightCorner);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    retranslate();
}

QueueSection::~QueueSection()
{
    // The windows use the watcher and the database: they go first.
    delete m_kiosk.data();
    delete m_board.data();
}

QueueStatsPage* QueueSection::statistics()
{
    if (!m_stats) {
        m_stats = new QueueStatsPage(m_db, m_session, m_statsHolder);
        m_statsHolder->layout()->addWidget(m_stats);
    }
    return m_stats;
}

KioskWindow* QueueSection::openKiosk()
{
    if (!m_kiosk) {
        m_kiosk = new KioskWindow(m_db, nullptr);
        m_kiosk->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_kiosk->show();
    m_kiosk->raise();
    m_kiosk->activateWindow();
    return m_kiosk;
}

BoardWindow* QueueSection::openBoard()
{
    if (!m_board) {
        m_board = new BoardWindow(m_db, m_watcher, nullptr);
        m_board->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_board->show();
    m_board->raise();
    return m_board;
}

void QueueSection::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void QueueSection::retranslate()
{
    m_tabs->setTabText(0, tr("&Operator panel"));
    m_tabs->setTabText(1, tr("&Statistics"));
    m_tabs->setTabToolTip(0, tr("Alt+1"));
    m_tabs->setTabToolTip(1, tr("Alt+2"));
    m_kioskButton->setText(tr("Kiosk window (Ctrl+Shift+K)"));
    m_boardButton->setText(tr("Display board (Ctrl+Shift+B)"));
}

} // namespace armcpg
