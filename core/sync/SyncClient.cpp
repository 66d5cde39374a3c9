#include "SyncClient.h"

#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/WriteTransaction.h"
#include "sync/PostgresCopy.h"
#include "sync/SyncLog.h"
#include "sync/SyncStatus.h"
#include "sync/SyncTable.h"
#include "common/Uuid.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QSet>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
const QString kCursor = u"sync.cursor"_s;

QJsonObject jsonObject(const QByteArray& text) { return QJsonDocument::fromJson(text).object(); }
QString jsonText(const QJsonArray& array) { return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)); }

// One JSON value as text: "\"Аманов\"", "true", "null". Keeps its type for a conflict's two values.
QByteArray encodeValue(const QJsonValue& value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// A text as a CSV field for COPY: never a null QByteArray, because an empty text is not NULL.
QByteArray csvText(const QString& text)
{
    return text.isEmpty() ? QByteArray("") : text.toUtf8();
}

// A JSON value as a CSV field for COPY: null is NULL (a null QByteArray), booleans t/f, numbers and text as
// they are.
QByteArray csvField(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? "t" : "f";
    case QJsonValue::Double:
        return QByteArray::number(value.toDouble(), 'g', 17);
    case QJsonValue::String:
        return csvText(value.toString());
    default: // arrays and objects are stored as their JSON text
        return QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact);
    }
}

// A PostgreSQL array literal of UUIDs (they hold only hex digits and dashes).
QString uuidArray(const QStringList& ids) { return u"{%1}"_s.arg(ids.join(u',')); }

QString placeholders(qsizetype n)
{
    QStringList marks(n, u"?"_s);
    return marks.join(u", "_s);
}
} // namespace

SyncClient::SyncClient(Database& local, Database& central) : m_local(local), m_central(central)
{
    m_central.adoptDeviceIdentity(m_local.deviceId(), m_local.organisationCode());
}

QSqlQuery& SyncClient::central(const QString& sql, const QVariantList& values)
{
    // Prepared once per client: preparing a statement over a table with row-level security and triggers costs
    // tens of milliseconds, which a push of many batches would pay again and again.
    auto query = m_statements.find(sql);
    if (query == m_statements.end())
        query = m_statements.insert(sql, m_central.prepare(sql));
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values.at(i));
    return *query;
}

bool SyncClient::fail(const QString& message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool SyncClient::failCentral(const QSqlQuery& query)
{
    return fail(tr("the central database refused: %1").arg(Database::errorText(query)));
}

void SyncClient::log(const QString& level, const QString& message)
{
    SyncLog::append(m_local, level, message);
}

bool SyncClient::checkCentral(QString* error)
{
    auto refuse = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!m_local.isSqlite())
        return refuse(tr("this workstation works on the central database itself: there is nothing to sync"));
    if (m_central.isSqlite())
        return refuse(tr("the central database must be PostgreSQL"));
    const int mine = Migrator(m_local).latestVersion();
    const int theirs = Migrator(m_central).currentVersion();
    if (theirs < mine)
        return refuse(tr("the central database has schema %1, this program needs %2: run armcpg-cli server migrate "
                         "on the centre first")
                          .arg(theirs)
                          .arg(mine));
    if (theirs > mine)
        return refuse(tr("the central database has schema %1, newer than this program's %2: update the program")
                          .arg(theirs)
                          .arg(mine));
    QSqlQuery device = m_central.prepare(u"SELECT organisation_code, active FROM sync_device WHERE device_id = ?"_s);
    device.addBindValue(m_local.deviceId());
    if (!device.exec())
        return refuse(tr("the central database refused: %1").arg(Database::errorText(device)));
    if (!device.next())
        return refuse(tr("this device (%1) is not registered on the central database; an administrator registers "
                         "it: armcpg-cli server device add --device %1 --organisation %2")
                          .arg(m_local.deviceId(), m_local.organisationCode()));
    if (!device.value(1).toBool())
        return refuse(tr("this device (%1) is deactivated on the central database").arg(m_local.deviceId()));
    if (device.value(0).toString() != m_local.organisationCode())
        return refuse(tr("this device is registered for the organisation %1 but records for %2")
                          .arg(device.value(0).toString(), m_local.organisationCode()));
    // The organisations this role may write (NULL: the centre's own role, unrestricted).
    QSqlQuery scope = m_central.prepare(u"SELECT array_to_string(armcpg_org_scope(current_user::text), ',')"_s);
    if (!scope.exec() || !scope.next())
        return refuse(tr("the central database refused: %1").arg(Database::errorText(scope)));
    m_unrestricted = scope.value(0).isNull();
    m_scope = scope.value(0).toString().split(u',', Qt::SkipEmptyParts);
    // The columns each table has on the centre: a change naming anything else is refused, never pasted into SQL.
    QSqlQuery columns = m_central.prepare(
        u"SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()"_s);
    if (!columns.exec())
        return refuse(tr("the central database refused: %1").arg(Database::errorText(columns)));
    m_columns.clear();
    while (columns.next())
        m_columns[columns.value(0).toString()].insert(columns.value(1).toString());
    return true;
}

SyncReport SyncClient::run()
{
    QElapsedTimer timer;
    timer.start();
    SyncReport report;
    m_error.clear();
    m_died = false;
    QString error;
    if (!checkCentral(&error)) {
        report.error = error;
    } else if (push(report) && restoreCentral(report) && !report.cancelled) {
        pull(report);
    }
    report.milliseconds = timer.elapsed();
    if (m_died) {
        report.error = u"interrupted"_s;
        return report; // as if the process had died: nothing more is written
    }
    if (report.error.isEmpty())
        report.error = m_error;
    report.ok = report.error.isEmpty();
    // A cancelled run is no failure but not a success either: what is left waits for the next one.
    SyncStatus::recordAttempt(m_local, report.error,
                              tr("pushed %1, pulled %2, conflicts %3, kept the centre's value %4, %5 ms%6")
                                  .arg(report.pushed)
                                  .arg(report.pulled)
                                  .arg(report.conflicts)
                                  .arg(report.keptCentral)
                                  .arg(report.milliseconds)
                                  .arg(report.cancelled ? tr(" (cancelled)") : QString()),
                              !report.cancelled);
    return report;
}

// ---- push ------------------------------------------------------------------------------------------------

bool SyncClient::push(SyncReport& report)
{
    QSqlQuery count = m_local.prepare(u"SELECT COUNT(*) FROM sync_outbox"_s);
    const int total = count.exec() && count.next() ? count.value(0).toInt() : 0;
    int done = 0;
    for (;;) {
        int n = 0;
        if (!pushBatch(report, &n))
            return false;
        if (n == 0)
            return true;
        done += n;
        if (m_progress && !m_progress({SyncProgress::Phase::Pushing, done, std::max(done, total)})) {
            report.cancelled = true;
            return true;
        }
    }
}

bool SyncClient::pushBatch(SyncReport& report, int* count)
{
    *count = 0;
    QList<Op> ops;
    QSqlQuery read = m_local.prepare(u"SELECT seq, op_id, tx_id, entity, row_id, op, changes, old_values, hlc "
                                     "FROM sync_outbox ORDER BY seq LIMIT ?"_s);
    read.addBindValue(m_batchSize);
    if (!read.exec())
        return fail(Database::errorText(read));
    while (read.next())
        ops.append({read.value(0).toLongLong(), read.value(1).toString(), read.value(2).toString(),
                    read.value(3).toString(), read.value(4).toString(), read.value(5).toString(),
                    read.value(8).toString(), read.value(6).toString().toUtf8(), read.value(7).toString().toUtf8()});
    if (ops.isEmpty())
        return true;

    QString error;
    if (!m_central.begin(&error))
        return fail(tr("the central database refused: %1").arg(error));
    if (fault("push-begun"))
        return m_died = true, false;

    // Operations the centre already has (a resent batch): skipped, and dropped from the outbox with the rest.
    QStringList opIds;
    for (const Op& op : ops)
        opIds << op.opId;
    QSet<QString> applied;
    QSqlQuery& seen = central(u"SELECT op_id::text FROM sync_applied_op WHERE op_id = ANY (?::uuid[])"_s, {uuidArray(opIds)});
    if (!seen.exec())
        return m_central.rollback(), failCentral(seen);
    while (seen.next())
        applied.insert(seen.value(0).toString());

    QHash<QString, QString> outcomes; // op id -> what the centre did with it
    QList<const Op*> puts;
    for (const Op& op : ops) {
        if (applied.contains(op.opId)) {
            ++report.alreadyApplied;
            continue;
        }
        const SyncTable* table = SyncTable::find(op.entity);
        if (!table || !table->deviceWrites() || (op.op == u"PUT" && !table->deviceColumns.isEmpty()))
            outcomes.insert(op.opId, u"central"_s);
        else if (op.op == u"PUT")
            puts << &op;
    }
    // New rows go in set-based, table by table (one statement per batch of cards); an id the centre already
    // holds is merged below like a change.
    if (!insertNewRows(puts, outcomes))
        return m_central.rollback(), false;
    if (fault("push-inserted"))
        return m_died = true, false;

    QStringList txIds, rowIds;
    QSet<QString> txSeen;
    for (const Op& op : ops) {
        if (applied.contains(op.opId))
            continue;
        QString outcome = outcomes.value(op.opId);
        if (outcome.isEmpty() && !applyChange(op, op.op != u"PUT", report, &outcome))
            return m_central.rollback(), false;
        outcomes.insert(op.opId, outcome);
        if (outcome == u"central") {
            m_refused[op.entity] << op.rowId;
            // A person's change, not the program's own seeding of directories that the centre holds too.
            if (!jsonObject(op.changes).value(u"updated_by"_s).isNull())
                ++report.keptCentral;
        } else
            ++report.pushed;
        if (outcome != u"central") {
            if (!txSeen.contains(op.txId)) {
                txSeen.insert(op.txId);
                txIds << op.txId;
            }
            rowIds << op.rowId;
        }
    }
    if (!pushAudit(txIds, rowIds))
        return m_central.rollback(), false;

    QJsonArray records;
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
        records.append(QJsonObject{{u"op"_s, it.key()}, {u"outcome"_s, it.value()}});
    QSqlQuery& remember = central(u"INSERT INTO sync_applied_op (op_id, device_id, outcome) SELECT (e->>'op')::uuid, ?, "
                                  "e->>'outcome' FROM jsonb_array_elements(?::jsonb) e"_s,
                                  {m_local.deviceId(), jsonText(records)});
    if (!remember.exec())
        return m_central.rollback(), failCentral(remember);
    if (fault("push-before-commit"))
        return m_died = true, false;
    if (!m_central.commit(&error))
        return fail(tr("the central database refused: %1").arg(error));
    // The centre has the batch. A death from here until the outbox is trimmed only means a resend, which the
    // applied-operation ids make harmless.
    if (fault("push-committed"))
        return m_died = true, false;

    QSqlQuery trim = m_local.prepare(u"DELETE FROM sync_outbox WHERE seq <= ?"_s);
    trim.addBindValue(ops.last().seq);
    if (!trim.exec())
        return fail(Database::errorText(trim));
    *count = int(ops.size());
    return true;
}

bool SyncClient::insertNewRows(const QList<const Op*>& puts, QHash<QString, QString>& outcomes)
{
    // Which of them the centre already holds.
    QHash<QString, QStringList> idsByTable;
    for (const Op* op : puts)
        idsByTable[op->entity] << op->rowId;
    QSet<QString> existing;
    for (auto it = idsByTable.cbegin(); it != idsByTable.cend(); ++it) {
        QSqlQuery& query = central(u"SELECT id::text FROM %1 WHERE id = ANY (?::uuid[])"_s.arg(it.key()), {uuidArray(it.value())});
        if (!query.exec())
            return failCentral(query);
        while (query.next())
            existing.insert(it.key() + u'/' + query.value(0).toString());
    }
    // The rest by table and column set, in outbox order within each: streamed with COPY into a typed staging
    // table, then one INSERT ... SELECT per set (row-level security applies there; COPY into the table itself
    // is not allowed under it).
    QList<QPair<QString, QList<QJsonObject>>> groups;
    QHash<QString, qsizetype> groupOf;
    for (const Op* op : puts) {
        if (existing.contains(op->entity + u'/' + op->rowId))
            continue;
        QJsonObject row = jsonObject(op->changes);
        if (!knownColumns(*op, row) || !inScope(*op, &row))
            return false;
        const QString key = op->entity + u':' + row.keys().join(u',');
        if (!groupOf.contains(key)) {
            groupOf.insert(key, groups.size());
            groups.append({key, {}});
        }
        groups[groupOf.value(key)].second.append(row);
        outcomes.insert(op->opId, u"applied"_s);
    }
    // Parents before the rows that refer to them (SyncTable order): a batch holding an appeal and its steps makes a
    // group per column set, and the steps' group may come before the second appeal's in outbox order.
    auto rank = [](const QString& key) {
        const QString table = key.section(u':', 0, 0);
        const QList<SyncTable>& all = SyncTable::all();
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (all.at(i).name == table)
                return i;
        }
        return all.size();
    };
    std::stable_sort(groups.begin(), groups.end(),
                     [&](const auto& a, const auto& b) { return rank(a.first) < rank(b.first); });
    // Rows stored exactly as the device sent them: it need not pull them back (sync_change.echo).
    if (!groups.isEmpty())
        m_central.exec(u"SELECT set_config('armcpg.echo', 'on', true)"_s);
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const QString table = groups.at(g).first.section(u':', 0, 0);
        const QStringList columns = groups.at(g).first.section(u':', 1).split(u',');
        QList<QByteArrayList> records;
        records.reserve(groups.at(g).second.size());
        for (const QJsonObject& row : groups.at(g).second) {
            QByteArrayList fields;
            fields.reserve(columns.size());
            for (const QString& column : columns)
                fields << csvField(row.value(column));
            records << fields;
        }
        if (!stage(table, columns, records))
            return false;
        QSqlQuery& insert = central(u"INSERT INTO %1 (%2) SELECT %2 FROM sync_in_%1 ORDER BY sync_n"_s.arg(table, columns.join(u", "_s)), {});
        if (!insert.exec())
            return failCentral(insert);
    }
    if (!groups.isEmpty())
        m_central.exec(u"SELECT set_config('armcpg.echo', 'off', true)"_s);
    return true;
}

bool SyncClient::stage(const QString& table, const QStringList& columns, const QList<QByteArrayList>& records)
{
    // A temporary table shaped like the target (without its NOT NULL constraints: absent columns take the
    // target's defaults on the INSERT), emptied before each use and at commit.
    QString error;
    QSqlQuery& exists = central(u"SELECT to_regclass('pg_temp.sync_in_%1') IS NOT NULL"_s.arg(table), {});
    const bool made = exists.exec() && exists.next() && exists.value(0).toBool();
    if (made ? !m_central.exec(u"DELETE FROM sync_in_%1"_s.arg(table), &error) // TRUNCATE would make a new file
             : !m_central.exec(u"CREATE TEMP TABLE sync_in_%1 ON COMMIT DELETE ROWS AS SELECT 0 AS sync_n, * FROM %1 "
                               "WITH NO DATA"_s.arg(table),
                               &error))
        return fail(tr("the central database refused: %1").arg(error));
    QByteArray csv;
    for (qsizetype n = 0; n < records.size(); ++n)
        PostgresCopy::appendRecord(csv, QByteArrayList{QByteArray::number(n)} + records.at(n));
    const QByteArray copy = u"COPY sync_in_%1 (sync_n, %2) FROM STDIN WITH (FORMAT csv)"_s.arg(table, columns.join(u", "_s)).toUtf8();
    if (!PostgresCopy::copyIn(m_central.sql(), copy, csv, &error))
        return fail(tr("the central database refused: %1").arg(error));
    return true;
}

bool SyncClient::knownColumns(const Op& op, const QJsonObject& values)
{
    const QSet<QString> columns = m_columns.value(op.entity);
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!columns.contains(it.key()))
            return fail(tr("%1 %2: the central database has no column %3 (is it older than this program?)")
                            .arg(op.entity, op.rowId, it.key()));
    }
    return true;
}

bool SyncClient::inScope(const Op& op, QJsonObject* values)
{
    const QString organisation = values->value(u"organisation_code"_s).toString();
    if (m_unrestricted || organisation.isEmpty() || m_scope.contains(organisation))
        return true;
    // Corrected on the laptop since: the centre gets the record's organisation as it is now (a later operation
    // in the outbox carries the same value), never the one it may not hold.
    QString number, current;
    const bool numbered = SyncTable::find(op.entity)->naturalKey.contains(u"number"_s);
    QSqlQuery local = m_local.prepare(u"SELECT organisation_code, %1 FROM %2 WHERE id = ?"_s.arg(
        numbered ? u"number"_s : u"NULL"_s, op.entity));
    local.addBindValue(op.rowId);
    if (local.exec() && local.next()) {
        current = local.value(0).toString();
        number = local.value(1).toString();
    }
    if (m_scope.contains(current)) {
        values->insert(u"organisation_code"_s, current);
        return true;
    }
    // Row-level security would refuse it anyway; said here in words, naming the record. The push stops at it and
    // the record waits in the outbox until its organisation is corrected: nothing is dropped.
    return fail(tr("%1 %2 is for the organisation %3, outside this device's organisation %4: correct the record's "
                   "organisation, or have the device registered for %3")
                    .arg(op.entity, number.isEmpty() ? op.rowId : number, organisation, m_local.organisationCode()));
}

bool SyncClient::applyChange(const Op& op, bool knownOld, SyncReport& report, QString* outcome)
{
    const SyncTable* table = SyncTable::find(op.entity);
    QJsonObject changes = jsonObject(op.changes);
    QStringList columns;
    bool dropped = false;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (syncedMetaColumns().contains(it.key()) && it.key() != u"deleted")
            continue;
        if (!table->deviceMayChange(it.key())) {
            dropped = true;
            continue;
        }
        columns << it.key();
    }
    if (columns.isEmpty()) {
        *outcome = dropped ? u"central"_s : u"applied"_s;
        return true;
    }
    if (!knownColumns(op, changes))
        return false;
    if (!inScope(op, &changes))
        return false;
    const QString changesJson = QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact));

    // The centre's row, and the device's old and new values in the column types of the table, as JSON:
    // PostgreSQL renders all three alike, so that equal values compare equal.
    QSqlQuery& read = central(
        u"SELECT to_jsonb(t)::text, to_jsonb(jsonb_populate_record(NULL::%1, ?::jsonb))::text, "
        "to_jsonb(jsonb_populate_record(NULL::%1, ?::jsonb))::text FROM %1 t WHERE id = ?::uuid FOR UPDATE"_s.arg(op.entity),
        {op.oldValues.isEmpty() ? u"{}"_s : QString::fromUtf8(op.oldValues), changesJson, op.rowId});
    if (!read.exec())
        return failCentral(read);
    if (!read.next()) { // not on the centre, or not this device's to see
        *outcome = u"missing"_s;
        log(u"warning"_s, tr("%1 %2 is not on the central database; the change was not applied").arg(op.entity, op.rowId));
        return true;
    }
    const QJsonObject current = jsonObject(read.value(0).toString().toUtf8());
    const QJsonObject oldValues = jsonObject(read.value(1).toString().toUtf8());
    const QJsonObject newValues = jsonObject(read.value(2).toString().toUtf8());
    const QJsonObject sentOld = jsonObject(op.oldValues);
    const QString centralHlc = current.value(u"hlc"_s).toString();

    QStringList apply;
    int conflicts = 0;
    for (const QString& column : std::as_const(columns)) {
        const QJsonValue central = current.value(column);
        const QJsonValue wanted = newValues.value(column);
        if (central == wanted)
            continue;
        if (knownOld && sentOld.contains(column) && central == oldValues.value(column))
            apply << column; // the centre still holds what the device started from
        else if (table->legal) {
            if (!recordConflict(op, column, current.value(u"organisation_code"_s).toString(), encodeValue(central),
                                encodeValue(wanted), centralHlc))
                return false;
            ++conflicts;
        } else if (op.hlc > centralHlc)
            apply << column; // not a legal record: the later change wins
    }
    report.conflicts += conflicts;
    if (!apply.isEmpty()) {
        QSqlQuery& update = central(
            u"UPDATE %1 SET (%2) = (SELECT %2 FROM jsonb_populate_record(NULL::%1, ?::jsonb)), version = version + 1, "
            "hlc = GREATEST(hlc, ?), updated_at = ?::timestamptz, updated_by = ?::uuid WHERE id = ?::uuid"_s
                .arg(op.entity, apply.join(u", "_s)),
            {changesJson, op.hlc, changes.value(u"updated_at"_s).toString(), changes.value(u"updated_by"_s).toVariant(),
             op.rowId});
        if (!update.exec())
            return failCentral(update);
    }
    if (conflicts > 0)
        *outcome = apply.isEmpty() ? u"conflict"_s : u"merged with conflict"_s;
    else if (dropped || apply.size() < columns.size())
        *outcome = apply.isEmpty() ? u"kept newer"_s : u"merged"_s;
    else
        *outcome = u"applied"_s;
    return true;
}

bool SyncClient::recordConflict(const Op& op, const QString& field, const QString& organisation,
                                const QByteArray& centralValue, const QByteArray& deviceValue, const QString& centralHlc)
{
    const QJsonObject changes = jsonObject(op.changes);
    const QString now = m_central.clock().now().toUTC().toString(Qt::ISODateWithMs);
    const QString hlc = m_central.nextHlc();
    // One open conflict per field and device: a further edit on the same device replaces its value there; another
    // device's edit of the same field is a conflict of its own, so no device's value is lost.
    QSqlQuery& open = central(u"SELECT id::text FROM sync_conflict WHERE entity = ? AND row_id = ?::uuid AND field = ? "
                              "AND device_id = ? AND resolved_at IS NULL AND NOT deleted FOR UPDATE"_s,
                              {op.entity, op.rowId, field, m_local.deviceId()});
    if (!open.exec())
        return failCentral(open);
    QSqlQuery write(m_central.sql());
    if (open.next()) {
        write = m_central.prepare(u"UPDATE sync_conflict SET central_value = ?, device_value = ?, central_hlc = ?, "
                                  "device_hlc = ?, device_id = ?, device_user = ?, version = version + 1, hlc = ?, "
                                  "updated_at = ?::timestamptz WHERE id = ?::uuid"_s);
        for (const QVariant& v : {QVariant(QString::fromUtf8(centralValue)), QVariant(QString::fromUtf8(deviceValue)),
                                  QVariant(centralHlc), QVariant(op.hlc), QVariant(m_local.deviceId()),
                                  changes.value(u"updated_by"_s).toVariant(), QVariant(hlc), QVariant(now),
                                  open.value(0)})
            write.addBindValue(v);
    } else {
        write = m_central.prepare(
            u"INSERT INTO sync_conflict (id, created_at, created_by, updated_at, updated_by, version, hlc, origin_device, "
            "deleted, organisation_code, entity, row_id, field, central_value, device_value, central_hlc, device_hlc, "
            "device_id, device_user) VALUES (?::uuid, ?::timestamptz, ?::uuid, ?::timestamptz, ?::uuid, 1, ?, ?, FALSE, "
            "?, ?, ?::uuid, ?, ?, ?, ?, ?, ?, ?)"_s);
        const QVariant user = changes.value(u"updated_by"_s).toVariant();
        for (const QVariant& v : {QVariant(newUuid()), QVariant(now), user, QVariant(now), user, QVariant(hlc),
                                  QVariant(m_local.deviceId()), nullIfEmpty(organisation), QVariant(op.entity),
                                  QVariant(op.rowId), QVariant(field), QVariant(QString::fromUtf8(centralValue)),
                                  QVariant(QString::fromUtf8(deviceValue)), QVariant(centralHlc), QVariant(op.hlc),
                                  QVariant(m_local.deviceId()), user})
            write.addBindValue(v);
    }
    if (!write.exec())
        return failCentral(write);
    return true;
}

bool SyncClient::pushAudit(const QStringList& txIds, const QStringList& rowIds)
{
    if (txIds.isEmpty())
        return true;
    // The trail of what was applied goes with it: the centre's history of a card shows the laptop's edits. Only
    // the events of this batch's rows: a transaction split over batches sends each event once.
    QSqlQuery read = m_local.prepare(u"SELECT * FROM audit_event WHERE tx_id IN (%1)"_s.arg(placeholders(txIds.size())));
    for (const QString& id : txIds)
        read.addBindValue(id);
    if (!read.exec())
        return fail(Database::errorText(read));
    const QSet<QString> rows(rowIds.cbegin(), rowIds.cend());
    QStringList columns;
    QList<QByteArrayList> records;
    while (read.next()) {
        const SyncTable* table = SyncTable::find(read.value(u"entity"_s).toString());
        if (!table || !table->deviceWrites() || !rows.contains(read.value(u"entity_id"_s).toString()))
            continue;
        const QSqlRecord record = read.record();
        QByteArrayList fields;
        for (int i = 0; i < record.count(); ++i) {
            if (records.isEmpty())
                columns << record.fieldName(i);
            fields << (record.isNull(i) ? QByteArray() : csvText(record.value(i).toString()));
        }
        records << fields;
    }
    if (records.isEmpty())
        return true;
    if (!stage(u"audit_event"_s, columns, records))
        return false;
    QSqlQuery& insert = central(u"INSERT INTO audit_event (%1) SELECT %1 FROM sync_in_audit_event ON CONFLICT DO NOTHING"_s
                                    .arg(columns.join(u", "_s)),
                                {});
    if (!insert.exec())
        return failCentral(insert);
    return true;
}

// ---- pull ------------------------------------------------------------------------------------------------

bool SyncClient::pull(SyncReport& report)
{
    qint64 cursor = m_local.localState(kCursor).toLongLong();
    QSqlQuery count = m_central.prepare(u"SELECT COUNT(*) FROM sync_change WHERE seq > ?"_s);
    count.addBindValue(cursor);
    const int total = count.exec() && count.next() ? count.value(0).toInt() : 0;
    int done = 0;
    for (;;) {
        int n = 0;
        if (!pullPage(report, &cursor, &n))
            return false;
        if (n == 0)
            return true;
        done += n;
        if (m_progress && !m_progress({SyncProgress::Phase::Pulling, done, std::max(done, total)})) {
            report.cancelled = true;
            return true;
        }
    }
}

bool SyncClient::pullPage(SyncReport& report, qint64* cursor, int* count)
{
    *count = 0;
    QSqlQuery changes = m_central.prepare(
        u"SELECT seq, entity, row_id::text, echo, by_device FROM sync_change WHERE seq > ? ORDER BY seq LIMIT ?"_s);
    changes.addBindValue(*cursor);
    changes.addBindValue(std::max(m_batchSize, 1000));
    if (!changes.exec())
        return failCentral(changes);
    qint64 last = *cursor;
    QHash<QString, QStringList> idsByTable;
    QSet<QString> seen;
    while (changes.next()) {
        ++*count;
        last = changes.value(0).toLongLong();
        const QString entity = changes.value(1).toString();
        const QString id = changes.value(2).toString();
        // What this device pushed and the centre stored as sent is here already.
        if (changes.value(3).toBool() && changes.value(4).toString() == m_local.deviceId())
            continue;
        if (!SyncTable::find(entity) || seen.contains(entity + u'/' + id))
            continue;
        seen.insert(entity + u'/' + id);
        idsByTable[entity] << id;
    }
    if (*count == 0)
        return true;

    QList<QPair<QString, QSqlRecord>> rows;
    if (!fetchRows(idsByTable, &rows))
        return false;
    if (fault("pull-fetched"))
        return m_died = true, false;
    if (!storeRows(rows, last, report))
        return false;
    *cursor = last;
    return true;
}

bool SyncClient::fetchRows(const QHash<QString, QStringList>& idsByTable, QList<QPair<QString, QSqlRecord>>* rows)
{
    // The rows as they are now, parents before children.
    for (const SyncTable& table : SyncTable::all()) {
        const QStringList ids = idsByTable.value(table.name);
        for (qsizetype from = 0; from < ids.size(); from += 1000) {
            QSqlQuery fetch = m_central.prepare(u"SELECT * FROM %1 WHERE id = ANY (?::uuid[])"_s.arg(table.name));
            fetch.setForwardOnly(true);
            fetch.addBindValue(uuidArray(ids.mid(from, 1000)));
            if (!fetch.exec())
                return failCentral(fetch);
            while (fetch.next())
                rows->append({table.name, fetch.record()});
        }
    }
    return true;
}

bool SyncClient::storeRows(const QList<QPair<QString, QSqlRecord>>& rows, qint64 cursor, SyncReport& report)
{
    QString error;
    if (!m_local.begin(&error))
        return fail(error);
    // Fields changed here and not pushed yet stay as they are; they go to the centre with the next push.
    QHash<QString, QStringList> pending;
    QSqlQuery outbox = m_local.prepare(u"SELECT entity, row_id, op, changes FROM sync_outbox"_s);
    if (!outbox.exec())
        return m_local.rollback(), fail(Database::errorText(outbox));
    while (outbox.next()) {
        QStringList& columns = pending[outbox.value(0).toString() + u'/' + outbox.value(1).toString()];
        if (outbox.value(2).toString() == u"PUT")
            columns << u"*"_s;
        else
            columns << jsonObject(outbox.value(3).toString().toUtf8()).keys();
    }
    for (const auto& [entity, row] : rows) {
        if (!applyRow(entity, row, pending))
            return m_local.rollback(), false;
        ++report.pulled;
    }
    if (cursor >= 0 && !m_local.setLocalState(kCursor, QString::number(cursor), &error))
        return m_local.rollback(), fail(error);
    m_local.nextHlc(); // persists the clock past every pulled row
    if (fault("pull-before-commit"))
        return m_died = true, false;
    if (!m_local.commit(&error))
        return fail(error);
    return true;
}

bool SyncClient::restoreCentral(SyncReport& report)
{
    // A device's change of a record only the centre changes was not applied there; nothing changed at the centre
    // either, so no pull would bring its value back: the laptop takes the centre's rows now.
    if (m_refused.isEmpty())
        return true;
    QList<QPair<QString, QSqlRecord>> rows;
    const bool ok = fetchRows(m_refused, &rows) && storeRows(rows, -1, report);
    m_refused.clear();
    return ok;
}

bool SyncClient::applyRow(const QString& entity, const QSqlRecord& row, const QHash<QString, QStringList>& pending)
{
    const SyncTable* table = SyncTable::find(entity);
    const QString id = normalizedValue(row.value(u"id"_s)).toString();
    const QStringList keep = pending.value(entity + u'/' + id);
    if (keep.contains(u"*"))
        return true; // made here and not pushed yet
    QStringList columns;
    QVariantList values;
    for (int i = 0; i < row.count(); ++i) {
        if (keep.contains(row.fieldName(i)))
            continue;
        columns << row.fieldName(i);
        values << normalizedValue(row.value(i));
    }
    m_local.observeHlc(row.value(u"hlc"_s).toString());

    // The centre's record replaces a local one with the same natural key (a user or directory entry made here
    // before this laptop met the centre). Legal records never meet this: their numbers carry the device.
    if (!table->legal && !table->naturalKey.isEmpty()) {
        QStringList where;
        for (const QString& column : table->naturalKey)
            where << u"%1 = ?"_s.arg(column);
        QSqlQuery remove = m_local.prepare(u"DELETE FROM %1 WHERE %2 AND id <> ?"_s.arg(entity, where.join(u" AND "_s)));
        for (const QString& column : table->naturalKey)
            remove.addBindValue(normalizedValue(row.value(column)));
        remove.addBindValue(id);
        if (!remove.exec())
            return fail(Database::errorText(remove));
    }

    const QString key = entity + u':' + columns.join(u',');
    auto upsert = m_upserts.find(key);
    if (upsert == m_upserts.end()) {
        QStringList assignments;
        for (const QString& column : std::as_const(columns)) {
            if (column != u"id")
                assignments << u"%1 = excluded.%1"_s.arg(column);
        }
        QSqlQuery query = m_local.prepare(u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO UPDATE SET %4"_s.arg(
            entity, columns.join(u", "_s), placeholders(columns.size()), assignments.join(u", "_s)));
        upsert = m_upserts.insert(key, query);
    }
    for (int i = 0; i < values.size(); ++i)
        upsert->bindValue(i, values.at(i));
    if (!upsert->exec())
        return fail(tr("%1 %2 could not be stored: %3").arg(entity, id, Database::errorText(*upsert)));
    return true;
}

} // namespace armcpg
