#include "AppSettings.h"

#include "common/Uuid.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace armcpg {

QString AppSettings::value(const QString& key, const QString& fallback)
{
    QSqlQuery q = m_db.prepare(u"SELECT value FROM app_setting WHERE key = ? AND deleted = ?"_s);
    q.addBindValue(key);
    q.addBindValue(false);
    return q.exec() && q.next() ? q.value(0).toString() : fallback;
}

bool AppSettings::boolValue(const QString& key, bool fallback)
{
    const QString v = value(key);
    if (v.isEmpty())
        return fallback;
    return v == u"1" || v == u"true";
}

bool AppSettings::setValue(const Session& by, const QString& key, const QString& value, Problems* problems)
{
    return setValues(by, {Role::Administrator}, tr("change settings"), {{key, value}}, problems);
}

bool AppSettings::setValues(const Session& by, const QList<Role>& roles, const QString& action,
                            const QList<std::pair<QString, QString>>& values, Problems* problems)
{
    if (!by.require(roles, action, problems))
        return false;
    WriteTransaction tx(m_db, by.actor());
    for (const auto& [key, value] : values) {
        QSqlQuery q = m_db.prepare(u"SELECT id FROM app_setting WHERE key = ?"_s);
        q.addBindValue(key);
        const QString id = q.exec() && q.next() ? q.value(0).toString() : QString();
        q.finish();
        const bool ok = id.isEmpty() ? !tx.insert(u"app_setting"_s, {{u"id"_s, stableUuid(u"app_setting"_s, key)},
                                                                      {u"key"_s, key}, {u"value"_s, value}})
                                            .isEmpty()
                                     : tx.update(u"app_setting"_s, id, {{u"value"_s, value}, {u"deleted"_s, false}});
        if (!ok) {
            problems->append({key, tx.error()});
            return false;
        }
    }
    if (tx.commit())
        return true;
    problems->append({values.isEmpty() ? QString() : values.first().first, tx.error()});
    return false;
}

} // namespace armcpg
