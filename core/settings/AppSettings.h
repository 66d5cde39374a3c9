#pragma once

#include "common/Problem.h"
#include "security/Role.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace armcpg {

class Database;
class Session;

// Settings an administrator chooses for every workstation (synced, audited), e.g. whether the day of receipt
// counts in a term. Local window state stays in QSettings.
class AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    explicit AppSettings(Database& db) : m_db(db) {}

    QString value(const QString& key, const QString& fallback = {});
    bool boolValue(const QString& key, bool fallback);
    bool setValue(const Session& by, const QString& key, const QString& value, Problems* problems);
    // Several keys in one audited transaction, by one of the given roles (e.g. the emergency regime of R-11, which
    // a head may switch too); action names what is refused.
    bool setValues(const Session& by, const QList<Role>& roles, const QString& action,
                   const QList<std::pair<QString, QString>>& values, Problems* problems);

private:
    Database& m_db;
};

} // namespace armcpg
