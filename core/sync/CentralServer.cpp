#include "CentralServer.h"

#include "directory/DirectoryRepository.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/NumberSequence.h"
#include "storage/WriteTransaction.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace armcpg {

QString CentralServer::roleNameFor(const QString& deviceId)
{
    return u"armcpg_device_"_s + QString(deviceId).remove(u'-').left(12).toLower();
}

QString CentralServer::generatePassword()
{
    static const QString alphabet = u"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"_s;
    QString password;
    for (int i = 0; i < 20; ++i)
        password += alphabet.at(int(QRandomGenerator::system()->bounded(quint32(alphabet.size()))));
    return password;
}

bool CentralServer::allowed(const Session& by, Problems* problems)
{
    if (m_db.isSqlite()) {
        problems->append({tr("database"), tr("devices are registered on the central PostgreSQL database")});
        return false;
    }
    return by.require({Role::Administrator}, tr("register devices"), problems);
}

QString CentralServer::registerDevice(const Session& by, const QString& deviceId, const QString& organisationCode,
                                      const QString& name, const QString& password, Problems* problems)
{
    if (!allowed(by, problems))
        return {};
    const QUuid uuid(deviceId);
    if (uuid.isNull()) {
        problems->append({tr("device"), tr("%1 is not a device id (a UUID)").arg(deviceId)});
        return {};
    }
    const QString id = uuid.toString(QUuid::WithoutBraces);
    if (!DirectoryRepository(m_db).entry(u"organisation"_s, organisationCode)) {
        problems->append({tr("organisation"), tr("%1 is not in the directory of organisations").arg(organisationCode)});
        return {};
    }
    if (password.size() < 12) {
        problems->append({tr("password"), tr("a device's password needs at least 12 characters")});
        return {};
    }
    // The device part of its numbers (NumberSequence): two devices with the same one could number alike.
    const QString prefix = NumberSequence::devicePart(id);
    const QString role = roleNameFor(id);

    WriteTransaction tx(m_db, by.actor());
    if (!tx.isOpen()) {
        problems->append({tr("database"), tx.error()});
        return {};
    }
    QSqlQuery clash = m_db.prepare(u"SELECT device_id FROM sync_device WHERE number_prefix = ? AND device_id <> ?"_s);
    clash.addBindValue(prefix);
    clash.addBindValue(id);
    if (clash.exec() && clash.next()) {
        problems->append({tr("device"), tr("device %1 already numbers with %2: give this laptop a new device id")
                                            .arg(clash.value(0).toString(), prefix)});
        return {};
    }
    // Role names and passwords go into the statement quoted by PostgreSQL itself (format %I, %L).
    QSqlQuery exists = m_db.prepare(u"SELECT 1 FROM pg_roles WHERE rolname = ?"_s);
    exists.addBindValue(role);
    const bool known = exists.exec() && exists.next();
    QSqlQuery make = m_db.prepare(known ? u"SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', ?::text, ?::text)"_s
                                        : u"SELECT format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE armcpg_device', ?::text, ?::text)"_s);
    make.addBindValue(role);
    make.addBindValue(password);
    QString error;
    if (!make.exec() || !make.next() || !m_db.exec(make.value(0).toString(), &error)
        || (known && !m_db.exec(u"GRANT armcpg_device TO %1"_s.arg(role), &error))) {
        problems->append({tr("database role"), error.isEmpty() ? Database::errorText(make) : error});
        return {};
    }
    QSqlQuery device = m_db.prepare(
        u"INSERT INTO sync_device (device_id, organisation_code, number_prefix, role_name, name, active) "
        "VALUES (?, ?, ?, ?, ?, TRUE) ON CONFLICT (device_id) DO UPDATE SET organisation_code = excluded.organisation_code, "
        "number_prefix = excluded.number_prefix, role_name = excluded.role_name, name = excluded.name, active = TRUE"_s);
    for (const QString& v : {id, organisationCode, prefix, role, name})
        device.addBindValue(v);
    if (!device.exec()) {
        problems->append({tr("device"), Database::errorText(device)});
        return {};
    }
    tx.audit(u"sync_device"_s, id, u"register"_s, {},
             {{u"organisation_code"_s, organisationCode}, {u"role_name"_s, role}, {u"name"_s, name}});
    if (!tx.commit()) {
        problems->append({tr("database"), tx.error()});
        return {};
    }
    return role;
}

bool CentralServer::deactivate(const Session& by, const QString& deviceId, Problems* problems)
{
    if (!allowed(by, problems))
        return false;
    WriteTransaction tx(m_db, by.actor());
    QSqlQuery query = m_db.prepare(u"UPDATE sync_device SET active = FALSE WHERE device_id = ?"_s);
    query.addBindValue(deviceId);
    if (!query.exec() || query.numRowsAffected() != 1) {
        problems->append({tr("device"), tr("%1 is not a registered device").arg(deviceId)});
        return false;
    }
    tx.audit(u"sync_device"_s, deviceId, u"deactivate"_s, {{u"active"_s, true}}, {{u"active"_s, false}});
    if (!tx.commit()) {
        problems->append({tr("database"), tx.error()});
        return false;
    }
    return true;
}

QList<RegisteredDevice> CentralServer::devices()
{
    QList<RegisteredDevice> result;
    QSqlQuery query = m_db.prepare(u"SELECT device_id, organisation_code, number_prefix, role_name, name, active, "
                                   "registered_at FROM sync_device ORDER BY organisation_code, registered_at"_s);
    if (!query.exec())
        return result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toString(), query.value(5).toBool(),
                       query.value(6).toDateTime().toUTC()});
    return result;
}

} // namespace armcpg
