#include "SettingsTab.h"

#include "settings/AppSettings.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace armcpg {

const char* const SettingsTab::ReceiptDayCountsKey = "deadline.receipt_day_counts";

SettingsTab::SettingsTab(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session), m_receiptDayCounts(new QCheckBox),
      m_receiptDayExplanation(new QLabel), m_problems(new QLabel), m_status(new QLabel)
{
    const bool admin = session.has(Role::Administrator);
    m_receiptDayCounts->setObjectName(u"receiptDayCounts"_s);
    m_receiptDayCounts->setEnabled(admin);
    m_receiptDayExplanation->setObjectName(u"receiptDayExplanation"_s);
    m_receiptDayExplanation->setWordWrap(true);
    m_receiptDayExplanation->setIndent(24);
    m_problems->setObjectName(u"problems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(u"color: #b00020;"_s);
    m_problems->hide();
    m_status->setObjectName(u"status"_s);
    connect(m_receiptDayCounts, &QCheckBox::toggled, this, &SettingsTab::saveReceiptDayCounts);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_receiptDayCounts);
    layout->addWidget(m_receiptDayExplanation);
    layout->addWidget(m_problems);
    layout->addWidget(m_status);
    layout->addStretch(1);

    retranslate();
    reload();
}

QString SettingsTab::problemText() const
{
    return m_problems->text();
}

void SettingsTab::reload()
{
    const QSignalBlocker blocker(m_receiptDayCounts);
    m_receiptDayCounts->setChecked(AppSettings(m_db).boolValue(QString::fromLatin1(ReceiptDayCountsKey), false));
}

void SettingsTab::saveReceiptDayCounts(bool counts)
{
    Problems problems;
    if (AppSettings(m_db).setValue(m_session, QString::fromLatin1(ReceiptDayCountsKey), counts ? u"1"_s : u"0"_s,
                                   &problems)) {
        m_problems->clear();
        m_problems->hide();
        m_status->setText(counts ? tr("Saved: terms now count the day of receipt.")
                                 : tr("Saved: terms now start on the day after receipt."));
        return;
    }
    m_problems->setText(describe(problems));
    m_problems->show();
    m_status->clear();
    reload(); // show what is really stored
}

void SettingsTab::retranslate()
{
    m_receiptDayCounts->setText(tr("The day of &receipt counts in a term"));
    m_receiptDayExplanation->setText(
        tr("Off (the default): a term is counted from the day after the appeal was received, as general Kazakh rules "
           "on computing terms do; the rules on appeals do not say otherwise. Turn it on only when the prosecutor's "
           "office has decided that the day of receipt is the first day of the term. The change applies to terms "
           "computed from now on, on every workstation."));
    if (!m_session.has(Role::Administrator))
        m_receiptDayCounts->setToolTip(tr("Only an administrator can change settings"));
}

void SettingsTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace armcpg
