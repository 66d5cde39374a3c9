#include "AdministrationPage.h"

#include "admin/CalendarTab.h"
#include "admin/DevicesTab.h"
#include "admin/SettingsTab.h"
#include "admin/SigningMatrixTab.h"
#include "admin/UsersTab.h"
#include "admin/WorkstationTab.h"

#include <QEvent>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace armcpg {

AdministrationPage::AdministrationPage(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_readOnlyNote(new QLabel), m_tabs(new QTabWidget),
      m_users(new UsersTab(db, session)), m_workstation(new WorkstationTab(db, session)),
      m_calendar(new CalendarTab(db, session)), m_settings(new SettingsTab(db, session)),
      m_devices(new DevicesTab(db, session)), m_signing(new SigningMatrixTab(db, session))
{
    m_tabs->setObjectName(u"tabs"_s);
    m_readOnlyNote->setObjectName(u"readOnlyNote"_s);
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setVisible(!session.has(Role::Administrator));
    m_tabs->addTab(m_users, QString());
    m_tabs->addTab(m_workstation, QString());
    m_tabs->addTab(m_calendar, QString());
    m_tabs->addTab(m_settings, QString());
    m_tabs->addTab(m_devices, QString());
    m_tabs->addTab(m_signing, QString());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(m_tabs, 1);
    retranslate();
}

void AdministrationPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void AdministrationPage::retranslate()
{
    m_tabs->setTabText(Users, tr("&Users"));
    m_tabs->setTabText(Workstation, tr("&This workstation"));
    m_tabs->setTabText(Calendar, tr("&Calendar"));
    m_tabs->setTabText(Settings, tr("&Settings"));
    m_tabs->setTabText(Devices, tr("Dev&ices")); // Alt+D is the device id of This workstation
    m_tabs->setTabText(Signing, tr("Signing &matrix"));
    m_readOnlyNote->setText(tr("Read only: only an administrator can change users, the workstation, the calendar, "
                               "settings and devices (a head may switch reception by videoconference only, R-11)."));
}

void AdministrationPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace armcpg
