#include "ConflictService.h"

#include "security/Session.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"
#include "sync/SyncTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
QJsonValue decode(const QString& json)
{
    return QJsonDocument::fromJson(u"[%1]"_s.arg(json.isEmpty() ? u"null"_s : json).toUtf8()).array().at(0);
}

const QString kColumns = u"id, entity, row_id, field, organisation_code, central_value, device_value, device_id, "
                          "created_at, resolution, version"_s;

SyncConflict read(const QSqlQuery& q)
{
    SyncConflict c;
    c.id = q.value(0).toString();
    c.entity = q.value(1).toString();
    c.rowId = q.value(2).toString();
    c.field = q.value(3).toString();
    c.organisationCode = q.value(4).toString();
    c.centralValue = q.value(5).toString();
    c.deviceValue = q.value(6).toString();
    c.deviceId = q.value(7).toString();
    c.detectedAt = q.value(8).toDateTime().toUTC();
    c.resolution = q.value(9).toString();
    c.version = q.value(10).toInt();
    return c;
}
} // namespace

QString SyncConflict::displayValue(const QString& json)
{
    const QJsonValue value = decode(json);
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isBool())
        return value.toBool() ? ConflictService::tr("yes") : ConflictService::tr("no");
    if (value.isString())
        return value.toString();
    return json;
}

QList<SyncConflict> ConflictService::open()
{
    QList<SyncConflict> result;
    QSqlQuery q = m_db.prepare(u"SELECT %1 FROM sync_conflict WHERE resolution IS NULL AND deleted = ? ORDER BY created_at DESC"_s
                                   .arg(kColumns));
    q.addBindValue(false);
    if (!q.exec())
        return result;
    while (q.next())
        result.append(read(q));
    for (SyncConflict& c : result) {
        const SyncTable* table = SyncTable::find(c.entity);
        if (!table || !table->naturalKey.contains(u"number"_s))
            continue;
        QSqlQuery number = m_db.prepare(u"SELECT number FROM %1 WHERE id = ?"_s.arg(c.entity));
        number.addBindValue(c.rowId);
        if (number.exec() && number.next())
            c.recordLabel = number.value(0).toString();
    }
    return result;
}

int ConflictService::openCount()
{
    QSqlQuery q = m_db.prepare(u"SELECT COUNT(*) FROM sync_conflict WHERE resolution IS NULL AND deleted = ?"_s);
    q.addBindValue(false);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool ConflictService::resolve(const Session& by, const QString& conflictId, Choice choice, Problems* problems)
{
    if (!by.require({Role::ReceptionProsecutor, Role::DutyProsecutor, Role::Head, Role::Administrator},
                    tr("resolve sync conflicts"), problems))
        return false;
    QSqlQuery q = m_db.prepare(u"SELECT %1 FROM sync_conflict WHERE id = ?"_s.arg(kColumns));
    q.addBindValue(conflictId);
    if (!q.exec() || !q.next()) {
        problems->append({tr("conflict"), tr("the conflict %1 does not exist").arg(conflictId)});
        return false;
    }
    const SyncConflict conflict = read(q);
    if (!conflict.resolution.isEmpty()) {
        problems->append({tr("conflict"), tr("the conflict was resolved already")});
        return false;
    }
    const SyncTable* table = SyncTable::find(conflict.entity);
    if (!table) {
        problems->append({tr("conflict"), tr("%1 is not a synced table").arg(conflict.entity)});
        return false;
    }
    const QString chosen = choice == Choice::Central ? conflict.centralValue : conflict.deviceValue;
    WriteTransaction tx(m_db, by.actor());
    const bool ok = tx.update(conflict.entity, conflict.rowId, {{conflict.field, decode(chosen).toVariant()}})
                    && tx.update(u"sync_conflict"_s, conflict.id,
                                 {{u"resolution"_s, choice == Choice::Central ? u"central"_s : u"device"_s},
                                  {u"resolved_value"_s, chosen},
                                  {u"resolved_by"_s, by.user().login.isEmpty() ? by.actor().login : by.user().login},
                                  {u"resolved_at"_s, m_db.clock().now().toUTC()}},
                                 conflict.version)
                    && tx.commit();
    if (!ok)
        problems->append({tr("conflict"), tx.error()});
    return ok;
}

} // namespace armcpg
