#pragma once

#include "storage/Database.h"

#include <QList>
#include <QSqlQuery>
#include <QVariantList>

#include <optional>
#include <utility>

namespace armcpg {

// A query's rows read into records by a service's own reader: the first one, or all of them. A failed query reads
// as no rows; services that must tell "none" from "failed" keep their own loop.
template <typename Read>
auto firstRow(Database& db, const QString& sql, const QVariantList& binds, Read read)
    -> std::optional<decltype(read(std::declval<const QSqlQuery&>()))>
{
    QSqlQuery q = db.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (q.exec() && q.next())
        return read(q);
    return std::nullopt;
}

template <typename Read>
auto allRows(Database& db, const QString& sql, const QVariantList& binds, Read read)
    -> QList<decltype(read(std::declval<const QSqlQuery&>()))>
{
    QList<decltype(read(std::declval<const QSqlQuery&>()))> rows;
    QSqlQuery q = db.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (q.exec()) {
        while (q.next())
            rows << read(q);
    }
    return rows;
}

} // namespace armcpg
