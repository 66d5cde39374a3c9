#include "DeviceService.h"

#include "directory/DirectoryRepository.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace armcpg {

bool DeviceService::change(const Session& by, const QString& deviceId, const QString& organisationCode,
                           Problems* problems)
{
    if (!by.require({Role::Administrator}, tr("change the identity of the workstation"), problems))
        return false;
    const QUuid uuid = QUuid::fromString(deviceId.trimmed());
    const int before = problems->size();
    if (uuid.isNull())
        problems->append({tr("device id"), tr("\"%1\" is not a UUID; it looks like 0190a6c2-5f1e-7b3a-9c4d-2e8f6a1b3c5d")
                                               .arg(deviceId)});
    if (organisationCode.isEmpty())
        problems->append({tr("organisation"), tr("choose the organisation this workstation belongs to")});
    else if (!DirectoryRepository(m_db).exists(u"organisation"_s, organisationCode))
        problems->append({tr("organisation"), tr("there is no organisation %1").arg(organisationCode)});
    if (problems->size() > before)
        return false;

    const QString id = uuid.toString(QUuid::WithoutBraces);
    const QVariantMap old{{u"device_id"_s, m_db.deviceId()}, {u"organisation"_s, m_db.organisationCode()}};
    WriteTransaction tx(m_db, by.actor());
    QString error;
    // SQLite keeps the identity in the database file: it is written in the transaction, with its audit event.
    // PostgreSQL keeps it in this workstation's settings, written once the audit event is committed. This
    // connection adopts it only then, so a failed change leaves everything as it was.
    const bool ok = tx.audit(u"device"_s, id, u"update"_s, old, {{u"device_id"_s, id}, {u"organisation"_s, organisationCode}})
                 && (!m_db.isSqlite() || m_db.persistDeviceIdentity(id, organisationCode, &error)) && tx.commit()
                 && (m_db.isSqlite() || m_db.persistDeviceIdentity(id, organisationCode, &error));
    if (!ok) {
        problems->append({tr("device id"), error.isEmpty() ? tx.error() : error});
        return false;
    }
    m_db.adoptDeviceIdentity(id, organisationCode);
    return true;
}

} // namespace armcpg
