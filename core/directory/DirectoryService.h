#pragma once

#include "common/Problem.h"
#include "directory/DirectoryEntry.h"
#include "directory/DirectoryRepository.h"

#include <QCoreApplication>

namespace armcpg {

class Database;
class WriteTransaction;
struct CsvTable;
class Session;

// The one mechanism behind every справочник: validation, editing, CSV import and export, the KATO import
// and the built-in seed. Only administrators change directories; anyone signed in reads them.
class DirectoryService
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryService)

public:
    struct ImportResult
    {
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        int closed = 0; // entries absent from a full KATO file, given an end of validity
    };

    explicit DirectoryService(Database& db);

    DirectoryRepository& repository() { return m_repository; }

    // Problems of one entry on its own (codes, names, dates, KATO format); parents are checked by save/import.
    static Problems validate(const DirectoryEntry& entry);

    bool save(const Session& by, DirectoryEntry entry, Problems* problems); // insert (no id) or update (id)
    bool remove(const Session& by, const QString& kind, const QString& code, Problems* problems);

    // The product's CSV format (one header for every kind):
    static QStringList csvHeader(); // code,parent,name_kk,name_ru,name_en,valid_from,valid_to,sort,source,attributes
    QByteArray exportCsv(const QString& kind);
    // All or nothing: every bad row is reported with its line and field, and then nothing is written.
    bool importCsv(const Session& by, const QString& kind, const QByteArray& csv, ImportResult* result,
                   Problems* problems);
    // The classifier as the statistics bureau publishes it, saved as CSV (te, ab, cd, ef, hij, k, name_kaz,
    // name_rus, nn). Codes missing from the file keep their rows, closed with valid_to, so that old records
    // still show them.
    bool importKato(const Session& by, const QByteArray& csv, ImportResult* result, Problems* problems);
    // Directory kinds and entries shipped in resources/seed (first start and `armcpg-cli init`), written in the
    // caller's transaction so that a database is seeded whole or not at all.
    bool seedBuiltin(const Session& by, WriteTransaction& tx, Problems* problems);

private:
    // Entries read from a file, with the file line of each (for the messages of the checks across rows).
    struct Batch
    {
        QList<DirectoryEntry> entries;
        QList<int> lines;
    };
    static bool readable(const CsvTable& table, const QStringList& required, const QString& hint, Problems* problems);
    bool readCsv(const QString& kind, const QByteArray& csv, Batch* batch, Problems* problems);
    // Adds, updates and revives entries in the transaction; nothing is written when a check fails.
    bool write(WriteTransaction& tx, const QString& kind, const Batch& batch, bool closeMissing, ImportResult* result,
               Problems* problems);
    static bool commit(WriteTransaction& tx, Problems* problems);

    Database& m_db;
    DirectoryRepository m_repository;
};

} // namespace armcpg
