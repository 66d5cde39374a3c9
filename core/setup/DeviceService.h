#pragma once

#include "common/Problem.h"

#include <QCoreApplication>

namespace armcpg {

class Database;
class Session;

// The identity of this workstation: its device id and organisation, on which numbering and sync rely.
// Only an administrator changes them, and the change is audited.
class DeviceService
{
    Q_DECLARE_TR_FUNCTIONS(DeviceService)

public:
    explicit DeviceService(Database& db) : m_db(db) {}

    bool change(const Session& by, const QString& deviceId, const QString& organisationCode, Problems* problems);

private:
    Database& m_db;
};

} // namespace armcpg
