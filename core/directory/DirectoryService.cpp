#include "DirectoryService.h"

#include "common/Csv.h"
#include "identity/KatoCode.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
const QString kKato = u"kato"_s;

QDate parseDate(const QString& text, bool* ok)
{
    *ok = true;
    if (text.trimmed().isEmpty())
        return {};
    const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
    *ok = d.isValid();
    return d;
}

bool sameContent(const DirectoryEntry& a, const DirectoryEntry& b)
{
    return a.parentCode == b.parentCode && a.nameKk == b.nameKk && a.nameRu == b.nameRu && a.nameEn == b.nameEn
        && a.validFrom == b.validFrom && a.validTo == b.validTo && a.sortOrder == b.sortOrder && a.source == b.source
        && a.attributes == b.attributes && a.deleted == b.deleted;
}
// Whether putting `code` under `parent` would make it its own ancestor (parents: code -> parent code).
bool isOwnAncestor(const QString& code, QString parent, const QHash<QString, QString>& parents)
{
    for (int depth = 0; !parent.isEmpty() && depth <= parents.size(); ++depth) {
        if (parent == code)
            return true;
        parent = parents.value(parent);
    }
    return !parent.isEmpty(); // a loop above `code` that does not pass through it: refuse it too
}

// A field of a row by column name, trimmed; empty when the file has no such column.
QString fieldOf(const CsvTable& table, const CsvRow& row, const QString& column)
{
    const int c = table.column(column);
    return c < 0 ? QString() : row.fields.at(c).trimmed();
}
} // namespace

// Reports the file's own problems (ragged rows are reported and the other rows still checked) and whether the
// file can be read at all: a header with every required column.
bool DirectoryService::readable(const CsvTable& table, const QStringList& required, const QString& hint,
                                Problems* problems)
{
    problems->append(table.problems);
    if (table.header.isEmpty())
        return false;
    bool ok = true;
    for (const QString& column : required) {
        if (table.column(column) >= 0)
            continue;
        ok = false;
        problems->append({column, tr("the file has no column \"%1\"; %2").arg(column, hint)});
    }
    return ok;
}

DirectoryService::DirectoryService(Database& db) : m_db(db), m_repository(db) {}

QStringList DirectoryService::csvHeader()
{
    return {u"code"_s,     u"parent"_s,   u"name_kk"_s, u"name_ru"_s, u"name_en"_s,
            u"valid_from"_s, u"valid_to"_s, u"sort"_s,    u"source"_s,  u"attributes"_s};
}

Problems DirectoryService::validate(const DirectoryEntry& e)
{
    Problems problems;
    if (e.code.trimmed().isEmpty())
        problems.append({tr("code"), tr("the code is empty")});
    else if (e.code != e.code.trimmed())
        problems.append({tr("code"), tr("the code \"%1\" has spaces around it").arg(e.code)});
    if (e.code.size() > 64)
        problems.append({tr("code"), tr("the code is longer than 64 characters")});
    if (e.nameRu.trimmed().isEmpty())
        problems.append({tr("name (Russian)"), tr("the Russian name is empty")});
    if (e.nameKk.trimmed().isEmpty() && !e.attributes.contains(u"name_kk_pending"_s))
        problems.append({tr("name (Kazakh)"), tr("the Kazakh name is empty")});
    if (!e.validFrom.isNull() && !e.validTo.isNull() && e.validTo < e.validFrom)
        problems.append({tr("valid to"), tr("the end of validity %1 is before its start %2")
                                             .arg(e.validTo.toString(u"dd.MM.yyyy"_s), e.validFrom.toString(u"dd.MM.yyyy"_s))});
    if (e.parentCode == e.code && !e.code.isEmpty())
        problems.append({tr("parent"), tr("an entry cannot be its own parent")});
    // A closed KATO entry may belong to an older division (Южно-Казахстанская область, 51, until 2018): only
    // its form is checked. Current entries must also name one of today's regions.
    static const QRegularExpression nineDigits(u"^[0-9]{9}$"_s);
    const bool historical = !e.validTo.isNull() && nineDigits.match(e.code).hasMatch();
    if (e.kind == kKato && !historical) {
        for (const Problem& p : KatoCode::check(e.code))
            problems.append({tr("code"), p.message});
    }
    return problems;
}

bool DirectoryService::save(const Session& by, DirectoryEntry entry, Problems* problems)
{
    if (!by.require({Role::Administrator}, tr("change directories"), problems))
        return false;
    const int before = problems->size();
    problems->append(validate(entry));
    if (!entry.parentCode.isEmpty() && !m_repository.exists(entry.kind, entry.parentCode))
        problems->append({tr("parent"), tr("there is no entry %1 to be the parent").arg(entry.parentCode)});
    const auto same = m_repository.entryIncludingDeleted(entry.kind, entry.code);
    if (entry.id.isEmpty() && same && !same->deleted)
        problems->append({tr("code"), tr("the code %1 is already used in this directory").arg(entry.code)});
    // Other records and the sync key refer to an entry by its kind and code: they never change.
    if (!entry.id.isEmpty() && (!same || same->id != entry.id))
        problems->append({tr("code"), tr("the code of an entry cannot be changed; add a new entry and close this one")});
    if (!entry.parentCode.isEmpty()) {
        QHash<QString, QString> parents;
        for (const DirectoryEntry& e : m_repository.entries(entry.kind))
            parents.insert(e.code, e.parentCode);
        if (isOwnAncestor(entry.code, entry.parentCode, parents))
            problems->append({tr("parent"), tr("%1 cannot be under %2: %2 is already under %1").arg(entry.code, entry.parentCode)});
    }
    if (problems->size() > before)
        return false;
    if (entry.id.isEmpty() && same) { // a deleted entry of that code comes back to life, keeping its history
        entry.id = same->id;
        entry.version = same->version;
    }
    entry.deleted = false;
    WriteTransaction tx(m_db, by.actor());
    const bool ok = entry.id.isEmpty() ? !m_repository.insertEntry(tx, entry).isEmpty()
                                       : m_repository.updateEntry(tx, entry, entry.version);
    if (ok && tx.commit())
        return true;
    problems->append({tr("directory"), tx.error()});
    return false;
}

bool DirectoryService::remove(const Session& by, const QString& kind, const QString& code, Problems* problems)
{
    if (!by.require({Role::Administrator}, tr("change directories"), problems))
        return false;
    const auto existing = m_repository.entry(kind, code);
    if (!existing) {
        problems->append({tr("code"), tr("there is no entry %1").arg(code)});
        return false;
    }
    if (m_repository.hasChildren(kind, code)) {
        problems->append({tr("code"), tr("%1 has entries under it; remove or move them first").arg(code)});
        return false;
    }
    WriteTransaction tx(m_db, by.actor());
    if (tx.remove(u"directory_entry"_s, existing->id) && tx.commit())
        return true;
    problems->append({tr("directory"), tx.error()});
    return false;
}

QByteArray DirectoryService::exportCsv(const QString& kind)
{
    QList<QStringList> rows;
    for (const DirectoryEntry& e : m_repository.entries(kind))
        rows << QStringList{e.code,
                            e.parentCode,
                            e.nameKk,
                            e.nameRu,
                            e.nameEn,
                            e.validFrom.toString(Qt::ISODate),
                            e.validTo.toString(Qt::ISODate),
                            QString::number(e.sortOrder),
                            e.source,
                            DirectoryEntry::formatAttributes(e.attributes)};
    return Csv::write(csvHeader(), rows);
}

bool DirectoryService::importCsv(const Session& by, const QString& kind, const QByteArray& csv, ImportResult* result,
                                 Problems* problems)
{
    if (!by.require({Role::Administrator}, tr("import directories"), problems))
        return false;
    Batch batch;
    if (!readCsv(kind, csv, &batch, problems))
        return false;
    WriteTransaction tx(m_db, by.actor());
    return write(tx, kind, batch, false, result, problems) && commit(tx, problems);
}

bool DirectoryService::readCsv(const QString& kind, const QByteArray& csv, Batch* batch, Problems* problems)
{
    if (!m_repository.kind(kind)) {
        problems->append({tr("directory"), tr("there is no directory %1").arg(kind)});
        return false;
    }
    const CsvTable table = Csv::parse(csv);
    const int before = problems->size();
    if (!readable(table, {u"code"_s, u"name_ru"_s}, tr("expected columns: %1").arg(csvHeader().join(u", ")), problems))
        return false;
    const auto field = [&](const CsvRow& row, const QString& name) { return fieldOf(table, row, name); };
    for (const CsvRow& row : table.rows) {
        DirectoryEntry e;
        e.kind = kind;
        e.code = field(row, u"code"_s);
        e.parentCode = field(row, u"parent"_s);
        e.nameKk = field(row, u"name_kk"_s);
        e.nameRu = field(row, u"name_ru"_s);
        e.nameEn = field(row, u"name_en"_s);
        e.source = field(row, u"source"_s);
        e.attributes = DirectoryEntry::parseAttributes(field(row, u"attributes"_s));
        for (const QString& column : {u"valid_from"_s, u"valid_to"_s}) {
            bool ok = true;
            const QDate date = parseDate(field(row, column), &ok);
            if (!ok)
                problems->append({column, tr("\"%1\" is not a date (YYYY-MM-DD)").arg(field(row, column)), row.line});
            (column == u"valid_from" ? e.validFrom : e.validTo) = date;
        }
        const QString sort = field(row, u"sort"_s);
        bool sortOk = true;
        e.sortOrder = sort.isEmpty() ? int(batch->entries.size()) : sort.toInt(&sortOk);
        if (!sortOk)
            problems->append({u"sort"_s, tr("\"%1\" is not a whole number").arg(sort), row.line});
        for (Problem p : validate(e)) {
            p.line = row.line;
            problems->append(p);
        }
        batch->entries.append(e);
        batch->lines.append(row.line);
    }
    return problems->size() == before;
}

bool DirectoryService::importKato(const Session& by, const QByteArray& csv, ImportResult* result, Problems* problems)
{
    if (!by.require({Role::Administrator}, tr("import directories"), problems))
        return false;
    const CsvTable table = Csv::parse(csv);
    const int before = problems->size();
    if (!readable(table, {u"te"_s, u"name_kaz"_s, u"name_rus"_s},
                  tr("expected the statistics bureau's columns te, ab, cd, ef, hij, k, name_kaz, name_rus, nn"), problems))
        return false;
    const auto field = [&](const CsvRow& row, const QString& name) { return fieldOf(table, row, name); };
    Batch batch;
    QList<DirectoryEntry>& incoming = batch.entries;
    QSet<QString> codes;
    for (const CsvRow& row : table.rows) {
        DirectoryEntry e;
        e.kind = kKato;
        e.code = KatoCode::normalized(field(row, u"te"_s));
        e.nameKk = field(row, u"name_kaz"_s);
        e.nameRu = field(row, u"name_rus"_s);
        e.source = u"KATO import"_s; // data, not interface text: the same in every language
        e.sortOrder = e.code.toInt();
        e.attributes.insert(u"level"_s, QString::number(KatoCode::level(e.code)));
        for (const QString& extra : {u"k"_s, u"nn"_s}) {
            if (!field(row, extra).isEmpty())
                e.attributes.insert(extra, field(row, extra));
        }
        for (Problem p : validate(e)) {
            p.field = u"te"_s;
            p.line = row.line;
            problems->append(p);
        }
        codes.insert(e.code);
        incoming.append(e);
        batch.lines.append(row.line);
    }
    if (problems->size() > before)
        return false;
    // Parent = the code with its lowest facet zeroed; where the file skips a level, the nearest ancestor.
    for (DirectoryEntry& e : incoming) {
        QString parent = KatoCode::parent(e.code);
        while (!parent.isEmpty() && !codes.contains(parent) && !m_repository.exists(kKato, parent))
            parent = KatoCode::parent(parent);
        e.parentCode = parent;
    }
    WriteTransaction tx(m_db, by.actor());
    return write(tx, kKato, batch, true, result, problems) && commit(tx, problems);
}

bool DirectoryService::write(WriteTransaction& tx, const QString& kind, const Batch& batch, bool closeMissing,
                             ImportResult* result, Problems* problems)
{
    const QList<DirectoryEntry>& incoming = batch.entries;
    const QList<int>& lines = batch.lines;
    QHash<QString, DirectoryEntry> existing; // including tombstones, which an import brings back
    for (const DirectoryEntry& e : m_repository.entries(kind, true))
        existing.insert(e.code, e);
    QHash<QString, int> firstLine;
    const int before = problems->size();
    for (qsizetype i = 0; i < incoming.size(); ++i) {
        const QString& code = incoming[i].code;
        if (firstLine.contains(code))
            problems->append({u"code"_s, tr("the code %1 appears twice (first on line %2)").arg(code).arg(firstLine[code]),
                              lines.value(i)});
        else
            firstLine.insert(code, lines.value(i));
    }
    // Parents: present in the file or in the directory, and no entry ends up under itself.
    QHash<QString, QString> parents;
    for (const DirectoryEntry& e : std::as_const(existing)) {
        if (!e.deleted)
            parents.insert(e.code, e.parentCode);
    }
    for (const DirectoryEntry& e : incoming)
        parents.insert(e.code, e.parentCode);
    for (qsizetype i = 0; i < incoming.size(); ++i) {
        const DirectoryEntry& e = incoming[i];
        if (!e.parentCode.isEmpty() && !parents.contains(e.parentCode))
            problems->append({u"parent"_s, tr("there is no entry %1 to be the parent").arg(e.parentCode), lines.value(i)});
        else if (isOwnAncestor(e.code, e.parentCode, parents))
            problems->append({u"parent"_s, tr("%1 cannot be under %2: %2 is already under %1").arg(e.code, e.parentCode),
                              lines.value(i)});
    }
    if (problems->size() > before)
        return false;

    ImportResult counts;
    for (DirectoryEntry e : incoming) {
        const auto it = existing.constFind(e.code);
        if (it == existing.cend()) {
            if (m_repository.insertEntry(tx, e).isEmpty())
                break;
            ++counts.inserted;
        } else if (sameContent(*it, e)) {
            ++counts.unchanged;
        } else {
            e.id = it->id;
            if (!m_repository.updateEntry(tx, e))
                break;
            ++counts.updated;
        }
    }
    if (closeMissing && tx.error().isEmpty()) {
        const QDate yesterday = m_db.clock().today().addDays(-1);
        for (DirectoryEntry e : std::as_const(existing)) {
            if (firstLine.contains(e.code) || !e.validTo.isNull() || e.deleted)
                continue;
            e.validTo = yesterday;
            if (!m_repository.updateEntry(tx, e))
                break;
            ++counts.closed;
        }
    }
    if (!tx.error().isEmpty()) {
        problems->append({tr("directory"), tr("nothing was imported: %1").arg(tx.error())});
        return false;
    }
    if (result)
        *result = counts;
    return true;
}

bool DirectoryService::commit(WriteTransaction& tx, Problems* problems)
{
    if (tx.commit())
        return true;
    problems->append({tr("directory"), tr("nothing was imported: %1").arg(tx.error())});
    return false;
}

bool DirectoryService::seedBuiltin(const Session& by, WriteTransaction& tx, Problems* problems)
{
    if (!by.require({Role::Administrator}, tr("import directories"), problems))
        return false;
    const CsvTable kinds = Csv::readFile(u":/seed/directories.csv"_s);
    if (!kinds.ok()) {
        problems->append(kinds.problems);
        return false;
    }
    for (const CsvRow& row : kinds.rows) {
        const auto field = [&](const QString& name) { return fieldOf(kinds, row, name); };
        DirectoryKind k{{}, field(u"code"_s), field(u"name_kk"_s), field(u"name_ru"_s), field(u"name_en"_s),
                        field(u"hierarchical"_s) == u"1" || field(u"hierarchical"_s) == u"true",
                        field(u"source"_s), field(u"sort"_s).toInt()};
        if (const auto old = m_repository.kind(k.code)) {
            k.id = old->id;
            m_repository.updateKind(tx, k);
        } else {
            m_repository.insertKind(tx, k);
        }
    }
    for (const CsvRow& row : kinds.rows) {
        const QString code = fieldOf(kinds, row, u"code"_s);
        QFile file(u":/seed/%1.csv"_s.arg(code));
        Problems fileProblems;
        Batch batch;
        if (!file.open(QIODevice::ReadOnly))
            fileProblems.append({code, tr("the program has no seed file for the directory %1").arg(code)});
        else if (readCsv(code, file.readAll(), &batch, &fileProblems))
            write(tx, code, batch, false, nullptr, &fileProblems);
        if (!fileProblems.isEmpty()) {
            for (Problem p : fileProblems) {
                p.field = u"%1.csv: %2"_s.arg(code, p.field);
                problems->append(p);
            }
            return false;
        }
    }
    return tx.error().isEmpty() || (problems->append({tr("directory"), tx.error()}), false);
}

} // namespace armcpg
