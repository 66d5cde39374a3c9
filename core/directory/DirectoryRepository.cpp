#include "DirectoryRepository.h"

#include "common/Uuid.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
const QString kEntryColumns = u"id, kind, code, parent_code, name_kk, name_ru, name_en, valid_from, valid_to, "
                              "sort_order, source, attributes, version, deleted"_s;

DirectoryEntry readEntry(const QSqlQuery& q)
{
    DirectoryEntry e;
    e.id = q.value(0).toString();
    e.kind = q.value(1).toString();
    e.code = q.value(2).toString();
    e.parentCode = q.value(3).toString();
    e.nameKk = q.value(4).toString();
    e.nameRu = q.value(5).toString();
    e.nameEn = q.value(6).toString();
    e.validFrom = q.value(7).toDate();
    e.validTo = q.value(8).toDate();
    e.sortOrder = q.value(9).toInt();
    e.source = q.value(10).toString();
    e.attributes = DirectoryEntry::parseAttributes(q.value(11).toString());
    e.version = q.value(12).toInt();
    e.deleted = q.value(13).toBool();
    return e;
}


QVariantMap kindValues(const DirectoryKind& k)
{
    return {{u"code"_s, k.code},          {u"name_kk"_s, k.nameKk},         {u"name_ru"_s, k.nameRu},
            {u"name_en"_s, nullIfEmpty(k.nameEn)}, {u"hierarchical"_s, k.hierarchical}, {u"source"_s, nullIfEmpty(k.source)},
            {u"sort_order"_s, k.sortOrder}};
}
} // namespace

QVariantMap DirectoryRepository::values(const DirectoryEntry& e)
{
    return {{u"kind"_s, e.kind},
            {u"code"_s, e.code},
            {u"parent_code"_s, nullIfEmpty(e.parentCode)},
            {u"name_kk"_s, e.nameKk.isNull() ? u""_s : e.nameKk},
            {u"name_ru"_s, e.nameRu.isNull() ? u""_s : e.nameRu},
            {u"name_en"_s, nullIfEmpty(e.nameEn)},
            {u"valid_from"_s, nullIfEmpty(e.validFrom)},
            {u"valid_to"_s, nullIfEmpty(e.validTo)},
            {u"sort_order"_s, e.sortOrder},
            {u"source"_s, nullIfEmpty(e.source)},
            {u"attributes"_s, nullIfEmpty(DirectoryEntry::formatAttributes(e.attributes))},
            {u"deleted"_s, e.deleted}};
}

QList<DirectoryKind> DirectoryRepository::kinds()
{
    QList<DirectoryKind> result;
    QSqlQuery q = m_db.prepare(u"SELECT id, code, name_kk, name_ru, name_en, hierarchical, source, sort_order "
                               "FROM directory_kind WHERE deleted = ? ORDER BY sort_order, code"_s);
    q.addBindValue(false);
    if (q.exec()) {
        while (q.next())
            result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                           q.value(4).toString(), q.value(5).toBool(), q.value(6).toString(), q.value(7).toInt()});
    }
    return result;
}

std::optional<DirectoryKind> DirectoryRepository::kind(const QString& code)
{
    for (const DirectoryKind& k : kinds()) {
        if (k.code == code)
            return k;
    }
    return std::nullopt;
}

QList<DirectoryEntry> DirectoryRepository::entries(const QString& kind, bool includeDeleted)
{
    QList<DirectoryEntry> result;
    QSqlQuery q = m_db.prepare(u"SELECT %1 FROM directory_entry WHERE kind = ? %2 ORDER BY sort_order, code"_s.arg(
        kEntryColumns, includeDeleted ? QString() : u"AND deleted = ?"_s));
    q.addBindValue(kind);
    if (!includeDeleted)
        q.addBindValue(false);
    if (q.exec()) {
        while (q.next())
            result.append(readEntry(q));
    }
    return result;
}

std::optional<DirectoryEntry> DirectoryRepository::entry(const QString& kind, const QString& code)
{
    QSqlQuery q = m_db.prepare(
        u"SELECT %1 FROM directory_entry WHERE kind = ? AND code = ? AND deleted = ?"_s.arg(kEntryColumns));
    q.addBindValue(kind);
    q.addBindValue(code);
    q.addBindValue(false);
    if (q.exec() && q.next())
        return readEntry(q);
    return std::nullopt;
}

bool DirectoryRepository::exists(const QString& kind, const QString& code) { return entry(kind, code).has_value(); }

int DirectoryRepository::count(const QString& kind)
{
    QSqlQuery q = m_db.prepare(u"SELECT COUNT(*) FROM directory_entry WHERE kind = ? AND deleted = ?"_s);
    q.addBindValue(kind);
    q.addBindValue(false);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool DirectoryRepository::hasChildren(const QString& kind, const QString& code)
{
    QSqlQuery q = m_db.prepare(
        u"SELECT COUNT(*) FROM directory_entry WHERE kind = ? AND parent_code = ? AND deleted = ?"_s);
    q.addBindValue(kind);
    q.addBindValue(code);
    q.addBindValue(false);
    return q.exec() && q.next() && q.value(0).toInt() > 0;
}

QString DirectoryRepository::insertKind(WriteTransaction& tx, const DirectoryKind& kind)
{
    QVariantMap values = kindValues(kind);
    values.insert(u"id"_s, stableUuid(u"directory_kind"_s, kind.code));
    return tx.insert(u"directory_kind"_s, values);
}

bool DirectoryRepository::updateKind(WriteTransaction& tx, const DirectoryKind& kind)
{
    return tx.update(u"directory_kind"_s, kind.id, kindValues(kind));
}

QString DirectoryRepository::insertEntry(WriteTransaction& tx, const DirectoryEntry& entry)
{
    QVariantMap row = values(entry);
    row.insert(u"id"_s, stableUuid(u"directory_entry"_s, entry.kind + u'/' + entry.code));
    return tx.insert(u"directory_entry"_s, row);
}

std::optional<DirectoryEntry> DirectoryRepository::entryIncludingDeleted(const QString& kind, const QString& code)
{
    QSqlQuery q = m_db.prepare(u"SELECT %1 FROM directory_entry WHERE kind = ? AND code = ?"_s.arg(kEntryColumns));
    q.addBindValue(kind);
    q.addBindValue(code);
    if (q.exec() && q.next())
        return readEntry(q);
    return std::nullopt;
}

bool DirectoryRepository::updateEntry(WriteTransaction& tx, const DirectoryEntry& entry, int expectedVersion)
{
    return tx.update(u"directory_entry"_s, entry.id, values(entry), expectedVersion);
}

} // namespace armcpg
