#pragma once

#include <QCoreApplication>
#include "common/Problem.h"

#include <QString>

class QSettings;

namespace armcpg {

// Where the data lives: a SQLite file (standalone, laptop) or a PostgreSQL server (centre).
// Passwords are never stored here: PostgreSQL takes them from libpq (PGPASSWORD, ~/.pgpass) or from the
// login dialog, and they live only in memory.
struct ConnectionSettings
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSettings)

public:

    enum class Driver { Sqlite, Postgres };
    Driver driver = Driver::Sqlite;
    QString file;                   // SQLite
    QString host = QStringLiteral("localhost"); // PostgreSQL
    int port = 5432;
    QString database;
    QString user;
    QString sslMode = QStringLiteral("prefer"); // libpq sslmode: disable, allow, prefer, require, verify-ca, verify-full
    QString password;               // in memory only, never saved

    bool isSqlite() const { return driver == Driver::Sqlite; }
    // "postgresql://user@host:port/db?sslmode=require", "sqlite:///path/file.sqlite" or a plain file path.
    static ConnectionSettings parse(const QString& text, Problems* problems);
    QString toDisplayString() const; // never shows the password
    static ConnectionSettings load(const QSettings& settings);
    void save(QSettings& settings) const;
    static QString defaultSqliteFile(); // the user's data folder
};

} // namespace armcpg
