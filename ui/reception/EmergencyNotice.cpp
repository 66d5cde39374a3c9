#include "EmergencyNotice.h"

#include "queue/QueueText.h"
#include "reception/EmergencyRegime.h"

#include <QEvent>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
QList<EmergencyNotice*>& notices() // UI thread only
{
    static QList<EmergencyNotice*> list;
    return list;
}
} // namespace

EmergencyNotice::EmergencyNotice(Database& db, Style style, QWidget* parent)
    : QLabel(parent), m_db(db), m_style(style), m_timer(new QTimer(this))
{
    setObjectName(u"vksOnlyNotice"_s);
    setTextFormat(Qt::PlainText);
    if (style == Style::StatusBar) {
        setStyleSheet(u"QLabel { color: white; background: #b00020; font-weight: bold; padding: 1px 6px; }"_s);
    } else {
        setAlignment(Qt::AlignCenter);
        setWordWrap(true);
        QFont large = font();
        large.setPointSize(20);
        large.setBold(true);
        setFont(large);
        setStyleSheet(u"QLabel { color: white; background: #b00020; padding: 12px; }"_s);
    }
    notices() << this;
    m_timer->setInterval(60000);
    connect(m_timer, &QTimer::timeout, this, &EmergencyNotice::refresh);
    m_timer->start();
    refresh();
}

EmergencyNotice::~EmergencyNotice()
{
    notices().removeAll(this);
}

void EmergencyNotice::refreshAll()
{
    for (EmergencyNotice* notice : std::as_const(notices()))
        notice->refresh();
}

void EmergencyNotice::refresh()
{
    const EmergencyRegime::State s = EmergencyRegime(m_db).state();
    m_on = s.on;
    m_reason = s.reason;
    retranslate();
    if (parentWidget() || !m_on) // shown on its own it would be a window; a layout shows it once it has a place
        setVisible(m_on);
}

void EmergencyNotice::retranslate()
{
    if (m_style == Style::StatusBar) {
        setText(tr("Videoconference only (R-11)"));
        setToolTip(tr("State of emergency or quarantine: citizens are received by videoconference only (R-11). %1")
                       .arg(m_reason));
    } else {
        // The kiosk speaks to every visitor before a language is chosen: Kazakh and Russian at once.
        setText(QueueText::both(QT_TRANSLATE_NOOP("QueueText", "State of emergency or quarantine: citizens are "
                                                               "received by videoconference only. Please ask the staff."),
                                u"\n"_s));
    }
}

void EmergencyNotice::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLabel::changeEvent(event);
}

} // namespace armcpg
