#pragma once

#include "common/Problem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace armcpg {

class Database;
class Session;

// A laptop known to the central database: the organisation it records for, the device part of its numbers,
// and the database role it signs in with (a member of armcpg_device, kept to its organisation's subtree by
// row-level security, migration 0004).
struct RegisteredDevice
{
    QString deviceId;
    QString organisationCode;
    QString numberPrefix;
    QString roleName;
    QString name;
    bool active = true;
    QDateTime registeredAt;
};

// The administrator's side of the central database: devices and their roles.
class CentralServer
{
    Q_DECLARE_TR_FUNCTIONS(CentralServer)

public:
    explicit CentralServer(Database& central) : m_db(central) {}

    // Registers (or re-registers, re-activating) a device and creates or updates its login role with the
    // password given. Returns the role name, empty on failure.
    QString registerDevice(const Session& by, const QString& deviceId, const QString& organisationCode,
                           const QString& name, const QString& password, Problems* problems);
    bool deactivate(const Session& by, const QString& deviceId, Problems* problems);
    QList<RegisteredDevice> devices();

    static QString roleNameFor(const QString& deviceId);
    // A strong password for a new device role: 20 letters and digits (no look-alikes such as 0/O, 1/l), from the
    // system's random source.
    static QString generatePassword();

private:
    bool allowed(const Session& by, Problems* problems);

    Database& m_db;
};

} // namespace armcpg
