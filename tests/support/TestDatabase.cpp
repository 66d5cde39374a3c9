#include "TestDatabase.h"

#include "common/Uuid.h"
#include "storage/Migrator.h"

#include <QProcessEnvironment>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace armcpg::test {

namespace {
QString adminUrl() { return qEnvironmentVariable("ARMCPG_TEST_PG"); }

std::unique_ptr<Database> openUrl(const QString& url, QString* error)
{
    Problems problems;
    ConnectionSettings settings = ConnectionSettings::parse(url, &problems);
    if (settings.driver == ConnectionSettings::Driver::Postgres)
        settings.sslMode = u"disable"_s;
    std::unique_ptr<Database> db = problems.isEmpty() ? Database::open(settings, &problems) : nullptr;
    if (!db)
        *error = describe(problems);
    return db;
}

QString withDatabase(const QString& url, const QString& name)
{
    QString base = url.left(url.lastIndexOf(u'/'));
    return base + u'/' + name;
}
} // namespace

bool TestDatabase::postgresAvailable() { return !adminUrl().isEmpty(); }
bool TestDatabase::postgresRequired() { return qEnvironmentVariableIsSet("ARMCPG_REQUIRE_PG"); }

TestDatabase::TestDatabase(Backend backend, bool migrate) : m_backend(backend)
{
    if (backend == Backend::Sqlite) {
        m_url = m_dir.filePath(u"test.sqlite"_s);
    } else {
        if (!postgresAvailable()) {
            m_error = u"ARMCPG_TEST_PG is not set but ARMCPG_REQUIRE_PG is: no PostgreSQL to test on"_s;
            return;
        }
        std::unique_ptr<Database> admin = openUrl(adminUrl(), &m_error);
        if (!admin)
            return;
        m_pgName = u"armcpg_t_"_s + newUuid().remove(u'-');
        if (!admin->exec(u"CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0"_s.arg(m_pgName), &m_error))
            return;
        m_url = withDatabase(adminUrl(), m_pgName);
    }
    m_db = openUrl(m_url, &m_error);
    if (!m_db)
        return;
    Problems problems;
    if (migrate && (!Migrator(*m_db).migrate(&problems) || !m_db->loadDeviceIdentity(&m_error))) {
        if (!problems.isEmpty())
            m_error = describe(problems);
        m_db.reset();
    }
}

std::unique_ptr<Database> TestDatabase::openAnother()
{
    std::unique_ptr<Database> db = openUrl(m_url, &m_error);
    if (db)
        db->loadDeviceIdentity(&m_error);
    return db;
}

TestDatabase::~TestDatabase()
{
    m_db.reset();
    if (!m_pgName.isEmpty()) {
        QString error;
        if (std::unique_ptr<Database> admin = openUrl(adminUrl(), &error))
            admin->exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_pgName));
    }
}

} // namespace armcpg::test
