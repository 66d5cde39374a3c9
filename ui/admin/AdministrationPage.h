#pragma once

#include "security/Session.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace armcpg {

class CalendarTab;
class Database;
class DevicesTab;
class SettingsTab;
class SigningMatrixTab;
class UsersTab;
class WorkstationTab;

// The administrator's screen: users and roles, this workstation's identity, the working-day calendar, the
// settings shared by every workstation and, on the central PostgreSQL database, the laptops registered there. Anyone may look; only an administrator changes anything (the services
// refuse otherwise, the tabs only mirror that).
class AdministrationPage : public QWidget
{
    Q_OBJECT

public:
    enum Tab
    {
        Users,
        Workstation,
        Calendar,
        Settings,
        Devices,
        Signing
    };

    AdministrationPage(Database& db, const Session& session, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    void showTab(Tab tab);
    UsersTab* usersTab() const { return m_users; }
    WorkstationTab* workstationTab() const { return m_workstation; }
    CalendarTab* calendarTab() const { return m_calendar; }
    SettingsTab* settingsTab() const { return m_settings; }
    DevicesTab* devicesTab() const { return m_devices; }
    SigningMatrixTab* signingTab() const { return m_signing; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Session m_session;
    QLabel* m_readOnlyNote;
    QTabWidget* m_tabs;
    UsersTab* m_users;
    WorkstationTab* m_workstation;
    CalendarTab* m_calendar;
    SettingsTab* m_settings;
    DevicesTab* m_devices;
    SigningMatrixTab* m_signing;
};

} // namespace armcpg
