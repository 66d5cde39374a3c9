#include "WorkstationTab.h"

#include "directory/DirectoryComboBox.h"
#include "setup/DeviceService.h"
#include "storage/Database.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace armcpg {

WorkstationTab::WorkstationTab(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session), m_databaseLabel(new QLabel), m_database(new QLabel),
      m_deviceIdLabel(new QLabel), m_deviceId(new QLineEdit), m_organisationLabel(new QLabel),
      m_organisation(new DirectoryComboBox(db, u"organisation"_s)), m_warning(new QLabel), m_save(new QPushButton),
      m_problems(new QLabel), m_status(new QLabel)
{
    const bool admin = session.has(Role::Administrator);
    m_database->setObjectName(u"database"_s);
    m_database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_deviceId->setObjectName(u"deviceId"_s);
    m_deviceId->setReadOnly(!admin);
    m_deviceId->setMaxLength(38); // a UUID, with braces at most
    m_organisation->setObjectName(u"organisation"_s);
    m_organisation->setEnabled(admin);
    m_save->setObjectName(u"save"_s);
    m_save->setEnabled(admin);
    m_problems->setObjectName(u"problems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(u"color: #b00020;"_s);
    m_problems->hide();
    m_status->setObjectName(u"status"_s);
    m_warning->setWordWrap(true);
    m_deviceIdLabel->setBuddy(m_deviceId);
    m_organisationLabel->setBuddy(m_organisation);
    connect(m_save, &QPushButton::clicked, this, &WorkstationTab::save);
    connect(m_deviceId, &QLineEdit::returnPressed, this, &WorkstationTab::save);

    auto* form = new QFormLayout;
    form->addRow(m_databaseLabel, m_database);
    form->addRow(m_deviceIdLabel, m_deviceId);
    form->addRow(m_organisationLabel, m_organisation);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addWidget(m_problems);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch(1);

    retranslate();
    reload();
}

QString WorkstationTab::problemText() const
{
    return m_problems->text();
}

void WorkstationTab::reload()
{
    m_database->setText(
        u"%1 (%2)"_s.arg(m_db.settings().toDisplayString(), m_db.isSqlite() ? u"SQLite"_s : u"PostgreSQL"_s));
    m_deviceId->setText(m_db.deviceId());
    m_organisation->setCurrentCode(m_db.organisationCode());
}

bool WorkstationTab::save()
{
    Problems problems;
    const QString organisation = m_organisation->currentCode();
    if (organisation.isEmpty() && !m_organisation->currentText().trimmed().isEmpty())
        problems.append({DeviceService::tr("organisation"),
                         tr("\"%1\" is not an organisation of the directory").arg(m_organisation->currentText().trimmed())});
    else
        DeviceService(m_db).change(m_session, m_deviceId->text(), organisation, &problems);
    if (!problems.isEmpty()) {
        m_problems->setText(describe(problems));
        m_problems->show();
        (problems.first().field == DeviceService::tr("organisation") ? static_cast<QWidget*>(m_organisation) : m_deviceId)->setFocus();
        m_status->clear();
        return false;
    }
    m_problems->clear();
    m_problems->hide();
    reload();
    m_status->setText(
        tr("Saved: this workstation writes as %1 for %2.").arg(m_db.deviceId(), m_organisation->currentText()));
    return true;
}

void WorkstationTab::retranslate()
{
    m_databaseLabel->setText(tr("Database:"));
    m_deviceIdLabel->setText(tr("&Device id:"));
    m_organisationLabel->setText(tr("&Organisation:"));
    m_save->setText(tr("Sa&ve")); // Alt+S is the Settings tab
    m_warning->setText(tr("Change the device id only to give a reinstalled workstation back its own identity: two "
                          "workstations writing as one device would clash in card numbers and in sync."));
    if (!m_session.has(Role::Administrator))
        m_save->setToolTip(tr("Only an administrator can change the workstation"));
}

void WorkstationTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace armcpg
