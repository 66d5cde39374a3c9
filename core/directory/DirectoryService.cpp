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
    const auto same = entry.id.isEmpty() ? m_repository.entryIncludingDeleted(entry.kind, entry.code) : std::nullopt;
    if (same && !same->deleted)
        problems->append({tr("code"), tr("the code %1 is already used in this directory").arg(entry.code)});
    if (problems->size() > before)
        return false;
    if (same) { // a deleted entry of that code comes back to life, keeping its history
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
    if (!m_repository.kind(kind)) {
        problems->append({tr("directory"), tr("there is no directory %1").arg(kind)});
        return false;
    }
    const CsvTable table = Csv::parse(csv);
    const int before = problems->size();
    if (!readable(table, {u"code"_s, u"name_ru"_s}, tr("expected columns: %1").arg(csvHeader().join(u", ")), problems))
        return false;
    const auto field = [&](const CsvRow& row, const QString& name) { return fieldOf(table, row, name); };
    QList<DirectoryEntry> incoming;
    QList<int> lines;
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
        bool ok = true;
        e.validFrom = parseDate(field(row, u"valid_from"_s), &ok);
        if (!ok)
            problems->append({u"valid_from"_s, tr("\"%1\" is not a date (YYYY-MM-DD)").arg(field(row, u"valid_from"_s)),
                              row.line});
        e.validTo = parseDate(field(row, u"valid_to"_s), &ok);
        if (!ok)
            problems->append({u"valid_to"_s, tr("\"%1\" is not a date (YYYY-MM-DD)").arg(field(row, u"valid_to"_s)),
                              row.line});
        const QString sort = field(row, u"sort"_s);
        e.sortOrder = sort.isEmpty() ? int(incoming.size()) : sort.toInt(&ok);
        if (!ok)
            problems->append({u"sort"_s, tr("\"%1\" is not a whole number").arg(sort), row.line});
        for (Problem p : validate(e)) {
            p.line = row.line;
            problems->append(p);
        }
        incoming.append(e);
        lines.append(row.line);
    }
    if (problems->size() > before)
        return false;
    return write(by, kind, incoming, lines, false, result, problems);
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
    QList<DirectoryEntry> incoming;
    QList<int> lines;
    QSet<QString> codes;
    for (const CsvRow& row : table.rows) {
        DirectoryEntry e;
        e.kind = kKato;
        e.code = KatoCode::normalized(field(row, u"te"_s));
        e.nameKk = field(row, u"name_kaz"_s);
        e.nameRu = field(row, u"name_rus"_s);
        e.source = tr("KATO import");
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
        lines.append(row.line);
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
    return write(by, kKato, incoming, lines, true, result, problems);
}

bool DirectoryService::write(const Session& by, const QString& kind, const QList<DirectoryEntry>& incoming,
                             const QList<int>& lines, bool closeMissing, ImportResult* result, Problems* problems)
{
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
    for (qsizetype i = 0; i < incoming.size(); ++i) {
        const QString& parent = incoming[i].parentCode;
        if (!parent.isEmpty() && !firstLine.contains(parent) && (!existing.contains(parent) || existing[parent].deleted))
            problems->append({u"parent"_s, tr("there is no entry %1 to be the parent").arg(parent), lines.value(i)});
    }
    if (problems->size() > before)
        return false;

    ImportResult counts;
    WriteTransaction tx(m_db, by.actor());
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
    if (!tx.commit()) {
        problems->append({tr("directory"), tr("nothing was imported: %1").arg(tx.error())});
        return false;
    }
    if (result)
        *result = counts;
    return true;
}

bool DirectoryService::seedBuiltin(const Session& by, Problems* problems)
{
    const CsvTable kinds = Csv::readFile(u":/seed/directories.csv"_s);
    if (!kinds.ok()) {
        problems->append(kinds.problems);
        return false;
    }
    {
        WriteTransaction tx(m_db, by.actor());
        for (const CsvRow& row : kinds.rows) {
            auto field = [&](const QString& name) { return row.fields.value(kinds.column(name)).trimmed(); };
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
        if (!tx.commit()) {
            problems->append({tr("directory"), tx.error()});
            return false;
        }
    }
    for (const CsvRow& row : kinds.rows) {
        const QString code = row.fields.value(kinds.column(u"code"_s)).trimmed();
        QFile file(u":/seed/%1.csv"_s.arg(code));
        if (!file.open(QIODevice::ReadOnly)) {
            problems->append({code, tr("the program has no seed file for the directory %1").arg(code)});
            return false;
        }
        Problems fileProblems;
        if (!importCsv(by, code, file.readAll(), nullptr, &fileProblems)) {
            for (Problem p : fileProblems) {
                p.field = u"%1.csv: %2"_s.arg(code, p.field);
                problems->append(p);
            }
            return false;
        }
    }
    return true;
}

} // namespace armcpg
