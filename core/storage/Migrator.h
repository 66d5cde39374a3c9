#pragma once

#include <QCoreApplication>
#include "common/Problem.h"

#include <QList>
#include <QString>

namespace armcpg {

class Database;

// Numbered migrations (resources/migrations/NNNN_name.sql) applied at start, each in its own transaction.
// The schema_version table records what was applied; a database newer than the program is refused.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString path;
    };

    explicit Migrator(Database& db, QString directory = QStringLiteral(":/migrations"));

    QList<Migration> available() const;
    int latestVersion() const;
    int currentVersion() const; // 0 for an empty database
    // Brings the schema up to date. Returns false, with a message, for a newer database or a failed step.
    bool migrate(Problems* problems);

    static QStringList splitStatements(const QString& script);

private:
    bool ensureVersionTable(QString* error);

    Database& m_db;
    QString m_directory;
};

} // namespace armcpg
