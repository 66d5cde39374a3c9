#pragma once

#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace armcpg::test {

// A fresh, migrated database for one test: a SQLite file in a temporary folder, or a new database on the
// PostgreSQL server named by ARMCPG_TEST_PG (dropped afterwards).
class TestDatabase
{
public:
    enum class Backend { Sqlite, Postgres };
    explicit TestDatabase(Backend backend, bool migrate = true);
    ~TestDatabase();

    Database* db() { return m_db.get(); }
    Database* operator->() { return m_db.get(); }
    bool isValid() const { return m_db != nullptr; }
    QString error() const { return m_error; }
    QString url() const { return m_url; } // for child processes (armcpg-cli --db)
    std::unique_ptr<Database> openAnother(); // a second connection to the same database

    // Whether PostgreSQL tests can run; when ARMCPG_REQUIRE_PG is set a missing server is an error, not a skip.
    static bool postgresAvailable();
    static bool postgresRequired();

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    QString m_pgName;
    QString m_url;
    QString m_error;
    std::unique_ptr<Database> m_db;
};

} // namespace armcpg::test

// Adds a "backend" column with rows for SQLite and, where available, PostgreSQL.
#define ARMCPG_BACKEND_DATA()                                                                                          \
    QTest::addColumn<int>("backend");                                                                                  \
    QTest::newRow("sqlite") << int(armcpg::test::TestDatabase::Backend::Sqlite);                                       \
    if (armcpg::test::TestDatabase::postgresAvailable() || armcpg::test::TestDatabase::postgresRequired())             \
        QTest::newRow("postgresql") << int(armcpg::test::TestDatabase::Backend::Postgres);

#define ARMCPG_OPEN_BACKEND(var)                                                                                       \
    QFETCH(int, backend);                                                                                              \
    armcpg::test::TestDatabase var{armcpg::test::TestDatabase::Backend(backend)};                                      \
    QVERIFY2(var.isValid(), qPrintable(var.error()));
