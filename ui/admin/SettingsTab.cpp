#include "SettingsTab.h"

#include "reception/EmergencyNotice.h"
#include "reception/EmergencyRegime.h"
#include "settings/AppSettings.h"

#include <QCheckBox>
#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace armcpg {

const char* const SettingsTab::ReceiptDayCountsKey = "deadline.receipt_day_counts";
const char* const SettingsTab::RegistrationCutoffInclusiveKey = "deadline.registration_cutoff_inclusive";

namespace {
bool mayChangeRegime(const Session& session)
{
    return session.has(Role::Administrator) || session.has(Role::Head);
}
} // namespace

SettingsTab::SettingsTab(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session), m_receiptDayCounts(new QCheckBox),
      m_receiptDayExplanation(new QLabel), m_cutoffInclusive(new QCheckBox), m_cutoffExplanation(new QLabel),
      m_emergency(new QGroupBox), m_vksReasonLabel(new QLabel), m_vksReason(new QLineEdit), m_vksOnly(new QCheckBox),
      m_vksState(new QLabel), m_problems(new QLabel), m_status(new QLabel)
{
    const bool admin = session.has(Role::Administrator);
    m_receiptDayCounts->setObjectName(u"receiptDayCounts"_s);
    m_receiptDayCounts->setEnabled(admin);
    m_receiptDayExplanation->setObjectName(u"receiptDayExplanation"_s);
    m_receiptDayExplanation->setWordWrap(true);
    m_receiptDayExplanation->setIndent(24);
    m_cutoffInclusive->setObjectName(u"registrationCutoffInclusive"_s);
    m_cutoffInclusive->setEnabled(admin);
    m_cutoffExplanation->setObjectName(u"registrationCutoffExplanation"_s);
    m_cutoffExplanation->setWordWrap(true);
    m_cutoffExplanation->setIndent(24);
    m_problems->setObjectName(u"problems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(u"color: #b00020;"_s);
    m_problems->hide();
    m_status->setObjectName(u"status"_s);
    connect(m_receiptDayCounts, &QCheckBox::toggled, this, &SettingsTab::saveReceiptDayCounts);
    connect(m_cutoffInclusive, &QCheckBox::toggled, this, &SettingsTab::saveCutoffInclusive);

    // type the reason and its act, then tick the box; unticking ends the regime.
    m_emergency->setObjectName(u"emergency"_s);
    m_vksReason->setObjectName(u"vksOnlyReason"_s);
    m_vksReason->setMaxLength(EmergencyRegime::kMaxReasonLength);
    m_vksReasonLabel->setBuddy(m_vksReason);
    m_vksReasonLabel->setWordWrap(true);
    m_vksOnly->setObjectName(u"vksOnly"_s);
    m_vksState->setObjectName(u"vksOnlyState"_s);
    m_vksState->setWordWrap(true);
    m_vksState->setTextFormat(Qt::PlainText);
    m_emergency->setEnabled(mayChangeRegime(session));
    connect(m_vksOnly, &QCheckBox::toggled, this, &SettingsTab::switchVksOnly);
    auto* emergency = new QVBoxLayout(m_emergency);
    emergency->addWidget(m_vksReasonLabel);
    emergency->addWidget(m_vksReason);
    emergency->addWidget(m_vksOnly);
    emergency->addWidget(m_vksState);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_receiptDayCounts);
    layout->addWidget(m_receiptDayExplanation);
    layout->addWidget(m_cutoffInclusive);
    layout->addWidget(m_cutoffExplanation);
    layout->addWidget(m_emergency);
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

QString SettingsTab::statusText() const
{
    return m_status->text();
}

void SettingsTab::reload()
{
    AppSettings settings(m_db);
    {
        const QSignalBlocker blocker(m_receiptDayCounts);
        m_receiptDayCounts->setChecked(settings.boolValue(QString::fromLatin1(ReceiptDayCountsKey), false));
    }
    {
        const QSignalBlocker blocker(m_cutoffInclusive);
        m_cutoffInclusive->setChecked(settings.boolValue(QString::fromLatin1(RegistrationCutoffInclusiveKey), true));
    }
    const EmergencyRegime::State s = EmergencyRegime(m_db).state();
    {
        const QSignalBlocker blocker(m_vksOnly);
        m_vksOnly->setChecked(s.on);
    }
    // While on, the reason shown is the one in force; to change it, switch off and on again.
    if (s.on)
        m_vksReason->setText(s.reason);
    m_vksReason->setReadOnly(s.on);
    const QString when = s.since.toLocalTime().toString(u"dd.MM.yyyy HH:mm"_s);
    if (s.on)
        m_vksState->setText(tr("In force since %1 (switched on by %2).").arg(when, s.by));
    else if (s.since.isValid())
        m_vksState->setText(tr("Not in force (switched off on %1 by %2).").arg(when, s.by));
    else
        m_vksState->setText(tr("Not in force."));
}

void SettingsTab::showProblems(const Problems& problems)
{
    m_problems->setText(describe(problems));
    m_problems->setVisible(!problems.isEmpty());
    if (!problems.isEmpty())
        m_status->clear();
}

bool SettingsTab::saveFlag(const char* key, bool on)
{
    Problems problems;
    const bool ok =
        AppSettings(m_db).setValue(m_session, QString::fromLatin1(key), on ? u"1"_s : u"0"_s, &problems);
    showProblems(problems);
    if (!ok)
        reload(); // show what is really stored
    return ok;
}

void SettingsTab::saveReceiptDayCounts(bool counts)
{
    if (saveFlag(ReceiptDayCountsKey, counts))
        m_status->setText(counts ? tr("Saved: terms now count the day of receipt.")
                                 : tr("Saved: terms now start on the day after receipt."));
}

void SettingsTab::saveCutoffInclusive(bool inclusive)
{
    if (saveFlag(RegistrationCutoffInclusiveKey, inclusive))
        m_status->setText(inclusive ? tr("Saved: the last day of pre-registration still takes requests.")
                                    : tr("Saved: pre-registration closes the day before its last day."));
}

void SettingsTab::switchVksOnly(bool on)
{
    Problems problems;
    EmergencyRegime regime(m_db);
    const bool ok = on ? regime.switchOn(m_session, m_vksReason->text(), &problems)
                       : regime.switchOff(m_session, &problems);
    showProblems(problems);
    if (ok) {
        if (!on)
            m_vksReason->clear();
        m_status->setText(on ? tr("Saved: reception is by videoconference only on every workstation (R-11).")
                             : tr("Saved: reception in person is allowed again."));
        EmergencyNotice::refreshAll(); // the status bar of this window at once; other workstations within a minute
    }
    reload();
    if (!ok && on && m_vksReason->text().trimmed().isEmpty())
        m_vksReason->setFocus(); // the field the refusal names
}

void SettingsTab::retranslate()
{
    m_receiptDayCounts->setText(tr("The day of &receipt counts in a term"));
    m_receiptDayExplanation->setText(
        tr("Off (the default): a term is counted from the day after the appeal was received, as general Kazakh rules "
           "on computing terms do; the rules on appeals do not say otherwise. Turn it on only when the prosecutor's "
           "office has decided that the day of receipt is the first day of the term. The change applies to terms "
           "computed from now on, on every workstation."));
    m_cutoffInclusive->setText(tr("The &last day of pre-registration still takes requests (R-18, R-36)"));
    m_cutoffExplanation->setText(
        tr("On (the default): registration closes 5 working days before a reception by the General Prosecutor, the "
           "deputies and the subdivision heads (R-18) and 1 working day before other receptions (R-36), and that "
           "closing day still takes requests. Off: the closing day no longer takes them. The change applies on every "
           "workstation."));
    m_emergency->setTitle(tr("Emergency: reception by videoconference only (R-11)"));
    m_vksReasonLabel->setText(EmergencyRegime::reasonLabel() + u':');
    m_vksReason->setPlaceholderText(tr("e.g. Decree of the President of 15.03.2026 No. 285 on the state of emergency"));
    m_vksOnly->setText(tr("Reception by &videoconference only"));
    m_vksOnly->setToolTip(tr("Under a state of emergency or quarantine citizens are received by videoconference only: "
                             "a card ЛП-1 of a held reception must be online; the kiosk, the status bar and the posted "
                             "schedule say so. Only a head or an administrator can switch it."));
    if (!m_session.has(Role::Administrator)) {
        m_receiptDayCounts->setToolTip(tr("Only an administrator can change settings"));
        m_cutoffInclusive->setToolTip(tr("Only an administrator can change settings"));
    }
    reload(); // the state line
}

void SettingsTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace armcpg
