#pragma once

#include "directory/DirectoryEntry.h"

#include <QList>
#include <optional>

namespace armcpg {

class Database;
class WriteTransaction;

// Reads and writes справочники. Writes go through a WriteTransaction (audit + outbox); reads are plain queries.
class DirectoryRepository
{
public:
    explicit DirectoryRepository(Database& db) : m_db(db) {}

    QList<DirectoryKind> kinds();
    std::optional<DirectoryKind> kind(const QString& code);
    QList<DirectoryEntry> entries(const QString& kind, bool includeDeleted = false);
    std::optional<DirectoryEntry> entry(const QString& kind, const QString& code);
    std::optional<DirectoryEntry> entryIncludingDeleted(const QString& kind, const QString& code);
    bool exists(const QString& kind, const QString& code);
    int count(const QString& kind);
    bool hasChildren(const QString& kind, const QString& code);

    QString insertKind(WriteTransaction& tx, const DirectoryKind& kind);
    bool updateKind(WriteTransaction& tx, const DirectoryKind& kind);
    // New rows get the stable id of their kind and code (see stableUuid).
    QString insertEntry(WriteTransaction& tx, const DirectoryEntry& entry);
    bool updateEntry(WriteTransaction& tx, const DirectoryEntry& entry, int expectedVersion = -1);

    static QVariantMap values(const DirectoryEntry& entry);

private:
    Database& m_db;
};

} // namespace armcpg
