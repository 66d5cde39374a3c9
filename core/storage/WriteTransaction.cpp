#include "WriteTransaction.h"

#include "common/Uuid.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {

// Table and column names come from code, never from users; still, refuse anything that is not a plain name.
bool isIdentifier(const QString& name)
{
    static const QRegularExpression pattern(u"^[a-z_][a-z0-9_]*$"_s);
    return pattern.match(name).hasMatch();
}

// Columns whose values never go into the audit trail; the event records only that they changed.
const QStringList kSecretColumns = {u"password_hash"_s};
const QString kHidden = u"(hidden)"_s;

QByteArray toJson(const QJsonObject& object) { return QJsonDocument(object).toJson(QJsonDocument::Compact); }

// A stored value in the type of the value it is compared with (SQLite returns 1 for a boolean, text for a date).
QVariant asTypeOf(QVariant stored, const QVariant& like)
{
    if (!stored.isNull() && !like.isNull() && stored.metaType() != like.metaType())
        stored.convert(like.metaType());
    return stored;
}
} // namespace

const QStringList& syncedMetaColumns()
{
    static const QStringList columns = {u"id"_s,         u"created_at"_s, u"created_by"_s,
                                        u"updated_at"_s, u"updated_by"_s, u"version"_s,
                                        u"hlc"_s,        u"origin_device"_s, u"deleted"_s};
    return columns;
}

QVariant normalizedValue(const QVariant& value)
{
    // A null QString is "no value" like SQL NULL (QVariant(QString()) is not isNull() in Qt 6).
    if (value.isNull() || !value.isValid()
        || (value.metaType().id() == QMetaType::QString && value.toString().isNull()))
        return {};
    switch (value.metaType().id()) {
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    case QMetaType::QUuid:
        return value.toUuid().toString(QUuid::WithoutBraces);
    default:
        return value;
    }
}

WriteTransaction::WriteTransaction(Database& db, Actor actor, Database::ChangeLog changeLog)
    : m_db(db), m_actor(std::move(actor)), m_txId(newUuid())
{
    m_open = m_db.begin(&m_error, changeLog);
}

WriteTransaction::~WriteTransaction()
{
    if (m_open)
        rollback();
}

bool WriteTransaction::fail(const QString& message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

QVariantMap WriteTransaction::row(const QString& table, const QString& id)
{
    QVariantMap result;
    if (!isIdentifier(table))
        return result;
    QSqlQuery query = m_db.prepare(u"SELECT * FROM %1 WHERE id = ?"_s.arg(table));
    query.addBindValue(id);
    if (query.exec() && query.next()) {
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i)
            result.insert(record.fieldName(i), query.value(i));
    }
    return result;
}

QString WriteTransaction::insert(const QString& table, const QVariantMap& values)
{
    if (!m_open)
        return fail(tr("the transaction is not open")), QString();
    if (!isIdentifier(table))
        return fail(tr("invalid table name %1").arg(table)), QString();
    const QString id = values.value(u"id"_s).toString().isEmpty() ? newUuid() : values.value(u"id"_s).toString();
    const QString now = m_db.clock().now().toString(Qt::ISODateWithMs);
    const QString hlc = m_db.nextHlc();

    QVariantMap written = values;
    written.insert(u"id"_s, id);
    written.insert(u"created_at"_s, now);
    written.insert(u"created_by"_s, nullIfEmpty(m_actor.userId));
    written.insert(u"updated_at"_s, now);
    written.insert(u"updated_by"_s, nullIfEmpty(m_actor.userId));
    written.insert(u"version"_s, 1);
    written.insert(u"hlc"_s, hlc);
    written.insert(u"origin_device"_s, m_db.deviceId());
    written.insert(u"deleted"_s, false);

    QStringList columns, marks;
    for (auto it = written.cbegin(); it != written.cend(); ++it) {
        if (!isIdentifier(it.key()))
            return fail(tr("invalid column name %1").arg(it.key())), QString();
        columns << it.key();
        marks << u"?"_s;
    }
    QSqlQuery query = m_db.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, columns.join(u", "), marks.join(u", ")));
    for (auto it = written.cbegin(); it != written.cend(); ++it)
        query.addBindValue(normalizedValue(it.value()));
    if (!query.exec())
        return fail(Database::errorText(query)), QString();
    if (!record(table, id, u"insert"_s, {}, written, written, -1, hlc))
        return {};
    return id;
}

bool WriteTransaction::update(const QString& table, const QString& id, const QVariantMap& values, int expectedVersion)
{
    if (!m_open)
        return fail(tr("the transaction is not open"));
    if (!isIdentifier(table))
        return fail(tr("invalid table name %1").arg(table));
    const QVariantMap before = row(table, id);
    if (before.isEmpty())
        return fail(tr("the record %1 does not exist").arg(id));
    const int version = before.value(u"version"_s).toInt();
    if (expectedVersion >= 0 && version != expectedVersion)
        return fail(tr("the record was changed by someone else meanwhile (version %1, expected %2); reopen it")
                        .arg(version)
                        .arg(expectedVersion));

    QVariantMap changed;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (syncedMetaColumns().contains(it.key()) && it.key() != u"deleted")
            continue;
        if (!isIdentifier(it.key()) || !before.contains(it.key()))
            return fail(tr("%1 has no column %2").arg(table, it.key()));
        const QVariant old = asTypeOf(before.value(it.key()), it.value());
        if (normalizedValue(old) != normalizedValue(it.value()))
            changed.insert(it.key(), it.value());
    }
    if (changed.isEmpty())
        return true;

    const QString hlc = m_db.nextHlc();
    QVariantMap written = changed;
    written.insert(u"updated_at"_s, m_db.clock().now().toString(Qt::ISODateWithMs));
    written.insert(u"updated_by"_s, nullIfEmpty(m_actor.userId));
    written.insert(u"version"_s, version + 1);
    written.insert(u"hlc"_s, hlc);

    QStringList assignments;
    for (auto it = written.cbegin(); it != written.cend(); ++it)
        assignments << u"%1 = ?"_s.arg(it.key());
    QSqlQuery query = m_db.prepare(u"UPDATE %1 SET %2 WHERE id = ? AND version = ?"_s.arg(table, assignments.join(u", ")));
    for (auto it = written.cbegin(); it != written.cend(); ++it)
        query.addBindValue(normalizedValue(it.value()));
    query.addBindValue(id);
    query.addBindValue(version);
    if (!query.exec())
        return fail(Database::errorText(query));
    if (query.numRowsAffected() != 1)
        return fail(tr("the record was changed by someone else meanwhile; reopen it"));
    const bool deleting = changed.value(u"deleted"_s).toBool() && !before.value(u"deleted"_s).toBool();
    return record(table, id, deleting ? u"delete"_s : u"update"_s, before, changed, written, version, hlc);
}

bool WriteTransaction::remove(const QString& table, const QString& id)
{
    return update(table, id, {{u"deleted"_s, true}});
}

bool WriteTransaction::record(const QString& table, const QString& id, const QString& action, const QVariantMap& before,
                              const QVariantMap& after, const QVariantMap& written, int baseVersion, const QString& hlc)
{
    if (!audit(table, id, action, before, after, hlc))
        return false;
    // The central database is the system of record: its own change log (migration 0004) is what devices pull.
    if (!m_db.isSqlite())
        return true;
    // Outbox: what sync must send (PUT = whole new row, PATCH = changed columns with the new metadata, and the
    // values they replaced, which the centre compares with its own to find edits made on both sides).
    QJsonObject payload;
    for (auto it = written.cbegin(); it != written.cend(); ++it)
        payload.insert(it.key(), QJsonValue::fromVariant(normalizedValue(it.value())));
    QJsonObject replaced;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (before.contains(it.key()))
            replaced.insert(it.key(), QJsonValue::fromVariant(normalizedValue(before.value(it.key()))));
    }
    const QString op = action == u"insert" ? u"PUT"_s : action == u"delete" ? u"DELETE"_s : u"PATCH"_s;
    QSqlQuery outbox = m_db.prepare(u"INSERT INTO sync_outbox (op_id, tx_id, entity, row_id, op, changes, old_values, "
                                    "base_version, hlc, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant& v : {QVariant(newUuid()), QVariant(m_txId), QVariant(table), QVariant(id), QVariant(op),
                              QVariant(QString::fromUtf8(toJson(payload))),
                              op == u"PUT" ? QVariant() : QVariant(QString::fromUtf8(toJson(replaced))),
                              baseVersion < 0 ? QVariant() : QVariant(baseVersion), QVariant(hlc),
                              QVariant(m_db.clock().now().toString(Qt::ISODateWithMs))})
        outbox.addBindValue(v);
    if (!outbox.exec())
        return fail(Database::errorText(outbox));
    return true;
}

bool WriteTransaction::audit(const QString& entity, const QString& entityId, const QString& action,
                             const QVariantMap& before, const QVariantMap& after, QString hlc)
{
    if (!m_open)
        return fail(tr("the transaction is not open"));
    if (hlc.isEmpty())
        hlc = m_db.nextHlc();
    // Every business field that changed, old -> new; secrets only as "changed".
    QJsonObject changes;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (syncedMetaColumns().contains(it.key()) && it.key() != u"deleted")
            continue;
        const QVariant old = asTypeOf(before.value(it.key()), it.value());
        if (kSecretColumns.contains(it.key()))
            changes.insert(it.key(), QJsonArray{kHidden, kHidden});
        else
            changes.insert(it.key(), QJsonArray{QJsonValue::fromVariant(normalizedValue(old)),
                                                QJsonValue::fromVariant(normalizedValue(it.value()))});
    }
    QSqlQuery query = m_db.prepare(
        u"INSERT INTO audit_event (id, tx_id, at, user_id, user_login, device, entity, entity_id, action, changes, hlc) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant& v : {QVariant(newUuid()), QVariant(m_txId), QVariant(m_db.clock().now().toString(Qt::ISODateWithMs)),
                              nullIfEmpty(m_actor.userId), nullIfEmpty(m_actor.login), QVariant(m_db.deviceId()),
                              QVariant(entity), QVariant(entityId), QVariant(action),
                              QVariant(QString::fromUtf8(toJson(changes))), QVariant(hlc)})
        query.addBindValue(v);
    if (!query.exec())
        return fail(Database::errorText(query));
    return true;
}

bool WriteTransaction::commit()
{
    if (!m_open)
        return fail(tr("the transaction is not open"));
    if (!m_error.isEmpty()) { // a failed step leaves nothing behind
        rollback();
        return false;
    }
    m_open = false;
    return m_db.commit(&m_error);
}

void WriteTransaction::rollback()
{
    if (m_open)
        m_db.rollback();
    m_open = false;
}

} // namespace armcpg
