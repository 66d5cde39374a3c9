#include "Database.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QSqlError>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {

QString newConnectionName()
{
    static QAtomicInt counter;
    return u"armcpg-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

QString settingsGroup(const ConnectionSettings& s)
{
    return u"device/%1_%2_%3"_s.arg(s.host).arg(s.port).arg(s.database);
}
} // namespace

Database::Database(ConnectionSettings settings) : m_settings(std::move(settings)), m_connectionName(newConnectionName())
{
}

Database::~Database()
{
    if (m_inTransaction)
        rollback();
    m_sql.close();
    m_sql = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::open(const ConnectionSettings& settings, Problems* problems)
{
    std::unique_ptr<Database> db(new Database(settings));
    const QString field = tr("database");
    if (settings.isSqlite()) {
        if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s)) {
            problems->append({field, tr("the Qt SQLite driver is not installed (Debian package libqt6sql6-sqlite)")});
            return nullptr;
        }
        const QFileInfo info(settings.file);
        if (!QDir().mkpath(info.absolutePath())) {
            problems->append({field, tr("cannot create the folder %1").arg(info.absolutePath())});
            return nullptr;
        }
        db->m_sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, db->m_connectionName);
        db->m_sql.setDatabaseName(settings.file);
        db->m_sql.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=15000"_s);
    } else {
        if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
            problems->append({field, tr("the Qt PostgreSQL driver is not installed (Debian package libqt6sql6-psql)")});
            return nullptr;
        }
        db->m_sql = QSqlDatabase::addDatabase(u"QPSQL"_s, db->m_connectionName);
        db->m_sql.setHostName(settings.host);
        db->m_sql.setPort(settings.port);
        db->m_sql.setDatabaseName(settings.database);
        db->m_sql.setUserName(settings.user);
        if (!settings.password.isEmpty())
            db->m_sql.setPassword(settings.password);
        db->m_sql.setConnectOptions(u"sslmode=%1;connect_timeout=10;application_name=armcpg"_s.arg(settings.sslMode));
    }
    if (!db->m_sql.open()) {
        problems->append({field, tr("cannot open %1: %2")
                                     .arg(settings.toDisplayString(), db->m_sql.lastError().text().trimmed())});
        return nullptr;
    }
    if (settings.isSqlite()) {
        // WAL lets readers (board, journal) run beside the writer; synchronous=FULL makes a commit that
        // returned success survive a power cut; foreign keys are off by default in SQLite.
        for (const QString& pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s,
                                      u"PRAGMA foreign_keys=ON"_s, u"PRAGMA busy_timeout=15000"_s}) {
            QString error;
            if (!db->exec(pragma, &error)) {
                problems->append({field, tr("cannot configure %1: %2").arg(settings.file, error)});
                return nullptr;
            }
        }
    } else {
        QString error;
        if (!db->exec(u"SET TIME ZONE 'UTC'"_s, &error)) {
            problems->append({field, error});
            return nullptr;
        }
    }
    return db;
}

QSqlQuery Database::prepare(const QString& sql)
{
    QSqlQuery query(m_sql);
    query.setForwardOnly(true);
    query.prepare(sql);
    return query;
}

bool Database::exec(const QString& sql, QString* error)
{
    QSqlQuery query(m_sql);
    if (query.exec(sql))
        return true;
    if (error)
        *error = errorText(query);
    return false;
}

QString Database::errorText(const QSqlQuery& query)
{
    const QSqlError e = query.lastError();
    QString text = e.databaseText().trimmed();
    if (text.isEmpty())
        text = e.text().trimmed();
    return text;
}

QString Database::dialect(QString sql) const
{
    // The columns every synced table carries (DESIGN.md, "Synced rows").
    sql.replace(u"{{SYNCED}}"_s, u"id {{UUID}} PRIMARY KEY,\n"
                                 "    created_at {{TIMESTAMP}} NOT NULL,\n"
                                 "    created_by {{UUID}},\n"
                                 "    updated_at {{TIMESTAMP}} NOT NULL,\n"
                                 "    updated_by {{UUID}},\n"
                                 "    version INTEGER NOT NULL DEFAULT 1,\n"
                                 "    hlc TEXT NOT NULL,\n"
                                 "    origin_device TEXT NOT NULL,\n"
                                 "    deleted {{BOOL}} NOT NULL DEFAULT {{FALSE}}"_s);
    const bool lite = isSqlite();
    // A statement that starts with {{IF_SQLITE}} or {{IF_PG}} is kept for that driver only; for the other one it
    // becomes empty, and the Migrator skips empty statements (FTS5 tables and triggers, GIN indexes).
    const QString trimmed = sql.trimmed();
    for (const auto& [marker, keep] : {std::pair{u"{{IF_SQLITE}}"_s, lite}, std::pair{u"{{IF_PG}}"_s, !lite}}) {
        if (trimmed.startsWith(marker)) {
            if (!keep)
                return {};
            sql = trimmed.mid(marker.size()).trimmed();
            break;
        }
    }
    sql.replace(u"{{UUID}}"_s, lite ? u"TEXT"_s : u"UUID"_s);
    sql.replace(u"{{TIMESTAMP}}"_s, lite ? u"TEXT"_s : u"TIMESTAMPTZ"_s);
    sql.replace(u"{{DATE}}"_s, lite ? u"TEXT"_s : u"DATE"_s);
    sql.replace(u"{{BOOL}}"_s, lite ? u"INTEGER"_s : u"BOOLEAN"_s);
    sql.replace(u"{{FALSE}}"_s, lite ? u"0"_s : u"FALSE"_s);
    sql.replace(u"{{TRUE}}"_s, lite ? u"1"_s : u"TRUE"_s);
    sql.replace(u"{{BIGINT}}"_s, lite ? u"INTEGER"_s : u"BIGINT"_s);
    sql.replace(u"{{SERIAL_PK}}"_s,
                lite ? u"INTEGER PRIMARY KEY AUTOINCREMENT"_s : u"BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"_s);
    return sql;
}

bool Database::begin(QString* error, ChangeLog changeLog)
{
    if (m_inTransaction) { // transactions do not nest: the outer one must stay intact
        if (error)
            *error = tr("a write transaction is already open on this connection");
        return false;
    }
    bool ok = isSqlite() ? exec(u"BEGIN IMMEDIATE"_s, error) : m_sql.transaction();
    if (!ok && error && !isSqlite())
        *error = m_sql.lastError().text();
    // On PostgreSQL every write transaction queues here first: the change log that devices pull numbers its
    // rows in commit order (armcpg_log_change, migration 0004), and writers never deadlock over that lock.
    if (ok && !isSqlite() && changeLog == ChangeLog::Ordered && !exec(u"SELECT pg_advisory_xact_lock(7461004)"_s, error)) {
        m_sql.rollback();
        ok = false;
    }
    m_inTransaction = ok;
    return ok;
}

bool Database::commit(QString* error)
{
    const bool ok = isSqlite() ? exec(u"COMMIT"_s, error) : m_sql.commit();
    if (!ok) {
        if (error && !isSqlite())
            *error = m_sql.lastError().text();
        rollback();
        return false;
    }
    m_inTransaction = false;
    return true;
}

void Database::rollback()
{
    if (isSqlite())
        exec(u"ROLLBACK"_s);
    else
        m_sql.rollback();
    m_inTransaction = false;
}

QString Database::localState(const QString& key) const
{
    QSqlQuery query(m_sql);
    query.prepare(u"SELECT value FROM local_state WHERE key = ?"_s);
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

bool Database::setLocalState(const QString& key, const QString& value, QString* error)
{
    QSqlQuery query(m_sql);
    query.prepare(u"INSERT INTO local_state (key, value) VALUES (?, ?) "
                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(key);
    query.addBindValue(value.isNull() ? u""_s : value); // a null QString would bind as SQL NULL
    if (query.exec())
        return true;
    if (error)
        *error = errorText(query);
    return false;
}

bool Database::loadDeviceIdentity(QString* error)
{
    if (isSqlite()) {
        m_deviceId = localState(u"device_id"_s);
        m_organisationCode = localState(u"organisation"_s);
    } else {
        QSettings settings;
        settings.beginGroup(settingsGroup(m_settings));
        m_deviceId = settings.value(u"id"_s).toString();
        m_organisationCode = settings.value(u"organisation"_s).toString();
    }
    if (m_deviceId.isEmpty()) // first start: a new device
        return setDeviceIdentity(QUuid::createUuid().toString(QUuid::WithoutBraces), m_organisationCode, error);
    m_hlc.setDevice(m_deviceId);
    return true;
}

bool Database::setDeviceIdentity(const QString& deviceId, const QString& organisationCode, QString* error)
{
    if (!persistDeviceIdentity(deviceId, organisationCode, error))
        return false;
    adoptDeviceIdentity(deviceId, organisationCode);
    return true;
}

bool Database::persistDeviceIdentity(const QString& deviceId, const QString& organisationCode, QString* error)
{
    if (QUuid(deviceId).isNull()) {
        if (error)
            *error = tr("the device id %1 is not a UUID").arg(deviceId);
        return false;
    }
    if (isSqlite())
        return setLocalState(u"device_id"_s, deviceId, error) && setLocalState(u"organisation"_s, organisationCode, error);
    QSettings settings;
    settings.beginGroup(settingsGroup(m_settings));
    settings.setValue(u"id"_s, deviceId);
    settings.setValue(u"organisation"_s, organisationCode);
    return true;
}

void Database::adoptDeviceIdentity(const QString& deviceId, const QString& organisationCode)
{
    m_deviceId = deviceId;
    m_organisationCode = organisationCode;
    m_hlc.setDevice(deviceId);
}

void Database::observeHlc(const QString& timestamp)
{
    m_hlc.receive(timestamp);
}

QString Database::nextHlc()
{
    const bool persist = isSqlite() && m_inTransaction;
    if (persist)
        m_hlc.receive(localState(u"hlc"_s));
    const QString value = m_hlc.tick(m_clock->now().toMSecsSinceEpoch());
    if (persist)
        setLocalState(u"hlc"_s, value);
    return value;
}

} // namespace armcpg
