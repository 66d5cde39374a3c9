#pragma once

#include <QCoreApplication>
#include "common/Clock.h"
#include "common/Problem.h"
#include "storage/ConnectionSettings.h"
#include "storage/Hlc.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

namespace armcpg {

// One open connection to the product's database, SQLite or PostgreSQL, with the identity of the device it
// writes as. Owns its QSqlDatabase connection (one per thread: background work opens its own Database).
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Connects and applies the SQLite durability settings. Does not migrate: call Migrator.
    static std::unique_ptr<Database> open(const ConnectionSettings& settings, Problems* problems);

    QSqlDatabase& sql() { return m_sql; }
    bool isSqlite() const { return m_settings.isSqlite(); }
    const ConnectionSettings& settings() const { return m_settings; }

    const Clock& clock() const { return *m_clock; }
    void setClock(const Clock* clock) { m_clock = clock ? clock : &m_systemClock; }

    // A prepared query on this connection; the caller binds and executes.
    QSqlQuery prepare(const QString& sql);
    bool exec(const QString& sql, QString* error = nullptr);
    static QString errorText(const QSqlQuery& query);
    // Rewrites the portable type placeholders of migrations ({{UUID}}, {{TIMESTAMP}}, ...) for this driver.
    // A statement starting with {{IF_SQLITE}} or {{IF_PG}} is for that driver only: empty for the other.
    QString dialect(QString sql) const;

    // Write transactions. On SQLite "BEGIN IMMEDIATE" takes the write lock at once, so that kiosk, board and
    // desk processes sharing one file serialise their writes instead of failing half-way.
    // On PostgreSQL a transaction that writes synced tables queues on the change log's lock (commit order,
    // migration 0004); one that writes only tables outside sync (the live queue) need not wait for it.
    enum class ChangeLog { Ordered, NotWritten };
    bool begin(QString* error = nullptr, ChangeLog changeLog = ChangeLog::Ordered);
    bool commit(QString* error = nullptr);
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

    // The device this connection writes as: its UUID (sync, HLC) and organisation (numbering, sync scope).
    // Kept in the database file for SQLite (a laptop's identity travels with its data) and in the
    // workstation's settings for PostgreSQL (many desks share one server).
    QString deviceId() const { return m_deviceId; }
    QString organisationCode() const { return m_organisationCode; }
    bool loadDeviceIdentity(QString* error = nullptr);
    bool setDeviceIdentity(const QString& deviceId, const QString& organisationCode, QString* error = nullptr);
    // The two halves of setDeviceIdentity, for a change that must commit before this connection adopts it
    // (SQLite stores it in the database file, inside the open transaction; PostgreSQL in the settings file).
    bool persistDeviceIdentity(const QString& deviceId, const QString& organisationCode, QString* error = nullptr);
    void adoptDeviceIdentity(const QString& deviceId, const QString& organisationCode);

    // The next hybrid-logical-clock value; inside a write transaction on SQLite it is persisted so that
    // every process on the file and every restart continues from it.
    QString nextHlc();
    // A timestamp seen from elsewhere (a pulled row): this device's next values come after it.
    void observeHlc(const QString& timestamp);

    QString localState(const QString& key) const;
    bool setLocalState(const QString& key, const QString& value, QString* error = nullptr);

private:
    explicit Database(ConnectionSettings settings);

    ConnectionSettings m_settings;
    QString m_connectionName;
    QSqlDatabase m_sql;
    SystemClock m_systemClock;
    const Clock* m_clock = &m_systemClock;
    QString m_deviceId;
    QString m_organisationCode;
    Hlc m_hlc;
    bool m_inTransaction = false;
};

} // namespace armcpg
