#pragma once

#include "security/Session.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace armcpg {

class Database;

// The laptops registered on the central database (CentralServer): device id, organisation, number prefix, database
// role, name, active, registered at. Register… (Ins) opens DeviceRegistrationDialog; Deactivate… (Del) locks the
// selected laptop out after a confirmation. Only on a workstation connected to the central PostgreSQL; on a
// SQLite workstation the tab says where devices are registered. Anyone may look; only an administrator changes
// anything (CentralServer refuses otherwise, the buttons only mirror that).
class DevicesTab : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        DeviceId,
        Organisation,
        NumberPrefix,
        RoleName,
        Name,
        Active,
        RegisteredAt
    };
    static constexpr int ActiveRole = Qt::UserRole + 1; // bool, on the DeviceId item

    DevicesTab(Database& db, const Session& session, QWidget* parent = nullptr);

    bool isAvailable() const { return m_available; } // connected to the central PostgreSQL
    QTableView* view() const { return m_view; }
    QPushButton* registerButton() const { return m_register; }
    QPushButton* deactivateButton() const { return m_deactivate; }
    QLabel* centralOnlyNote() const { return m_centralOnly; }
    QString statusText() const;
    bool selectDevice(const QString& deviceId);
    QString currentDeviceId() const;

public slots:
    void reload();
    void registerDevice();
    void deactivateDevice();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateButtons();

    Database& m_db;
    Session m_session;
    bool m_available;
    QLabel* m_centralOnly;
    QWidget* m_content;
    QStandardItemModel* m_model;
    QTableView* m_view;
    QPushButton* m_register;
    QPushButton* m_deactivate;
    QLabel* m_status;
};

} // namespace armcpg
