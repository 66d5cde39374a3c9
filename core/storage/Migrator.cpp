#include "Migrator.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
} // namespace

Migrator::Migrator(Database& db, QString directory) : m_db(db), m_directory(std::move(directory)) {}

QList<Migrator::Migration> Migrator::available() const
{
    static const QRegularExpression pattern(u"^(\\d{4})_(.+)\\.sql$"_s);
    QList<Migration> result;
    const QStringList files = QDir(m_directory).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const auto match = pattern.match(file);
        if (match.hasMatch())
            result.append({match.captured(1).toInt(), match.captured(2), QDir(m_directory).filePath(file)});
    }
    return result;
}

int Migrator::latestVersion() const
{
    const auto all = available();
    return all.isEmpty() ? 0 : all.last().version;
}

int Migrator::currentVersion() const
{
    QSqlQuery query(m_db.sql());
    if (query.exec(u"SELECT MAX(version) FROM schema_version"_s) && query.next())
        return query.value(0).toInt();
    return 0;
}

bool Migrator::ensureVersionTable(QString* error)
{
    return m_db.exec(m_db.dialect(u"CREATE TABLE IF NOT EXISTS schema_version ("
                                  "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                  "applied_at {{TIMESTAMP}} NOT NULL, program_version TEXT NOT NULL)"_s),
                     error);
}

QStringList Migrator::splitStatements(const QString& script)
{
    // Statements end with ';' at the end of a line; '--' comments are dropped. Migrations keep to that form.
    // Inside a $$-quoted body (a PL/pgSQL function) lines end with ';' too: the statement ends after it closes.
    QStringList statements;
    QString current;
    bool inBody = false;
    for (const QString& rawLine : script.split(u'\n')) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || (line.startsWith(u"--") && !inBody))
            continue;
        current += rawLine + u'\n';
        if (line.count(u"$$"_s) % 2 == 1)
            inBody = !inBody;
        if (!inBody && line.endsWith(u';')) {
            statements << current.trimmed().chopped(1);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

bool Migrator::migrate(Problems* problems)
{
    const QString field = tr("database schema");
    if (available().isEmpty()) { // the program was built without its resources
        problems->append({field, tr("the program has no migrations in %1").arg(m_directory)});
        return false;
    }
    // Desks starting together on one PostgreSQL server migrate one after another (SQLite serialises through
    // BEGIN IMMEDIATE below).
    struct PgLock
    {
        Database& db;
        bool held = !db.isSqlite() && db.exec(QStringLiteral("SELECT pg_advisory_lock(7461001)"));
        ~PgLock()
        {
            if (held)
                db.exec(QStringLiteral("SELECT pg_advisory_unlock(7461001)"));
        }
    } lock{m_db};
    QString error;
    if (!ensureVersionTable(&error)) {
        problems->append({field, error});
        return false;
    }
    const int latest = latestVersion();
    if (const int current = currentVersion(); current > latest) {
        problems->append({field, tr("the database has schema version %1, newer than this program knows (%2); "
                                    "install the newer version of the program")
                                     .arg(current)
                                     .arg(latest)});
        return false;
    }
    for (const Migration& migration : available()) {
        if (!m_db.begin(&error)) {
            problems->append({field, error});
            return false;
        }
        // Another process may have migrated meanwhile: re-read inside the transaction.
        if (migration.version <= currentVersion()) {
            m_db.rollback();
            continue;
        }
        QFile file(migration.path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_db.rollback();
            problems->append({field, tr("cannot read migration %1").arg(migration.path)});
            return false;
        }
        for (const QString& portable : splitStatements(QString::fromUtf8(file.readAll()))) {
            const QString statement = m_db.dialect(portable);
            if (statement.isEmpty()) // {{IF_SQLITE}} / {{IF_PG}}: for the other driver
                continue;
            if (!m_db.exec(statement, &error)) {
                m_db.rollback();
                problems->append({field, tr("migration %1 (%2) failed: %3\n%4")
                                             .arg(migration.version)
                                             .arg(migration.name, error, statement)});
                return false;
            }
        }
        QSqlQuery record = m_db.prepare(
            u"INSERT INTO schema_version (version, name, applied_at, program_version) VALUES (?, ?, ?, ?)"_s);
        record.addBindValue(migration.version);
        record.addBindValue(migration.name);
        record.addBindValue(m_db.clock().now().toString(Qt::ISODateWithMs));
        record.addBindValue(QStringLiteral(ARMCPG_VERSION));
        if (!record.exec() || !m_db.commit(&error)) {
            if (error.isEmpty())
                error = Database::errorText(record);
            m_db.rollback();
            problems->append({field, error});
            return false;
        }
    }
    return true;
}

} // namespace armcpg
