#pragma once

#include <QByteArrayList>
#include <QString>

class QSqlDatabase;

namespace armcpg {

// Streams rows into a table of an open PostgreSQL connection with COPY ... FROM STDIN (CSV), inside the
// transaction the connection has open. Qt's driver sends every bound value as an SQL literal that the server
// parses again; a pushed batch of cards is a megabyte, and COPY takes it at the speed of a bulk load.
class PostgresCopy
{
public:
    // Appends one CSV record: each field quoted, quotes doubled (fields may hold any text); a null QByteArray is
    // written unquoted and empty, which COPY reads as NULL (a quoted empty field is an empty text).
    static void appendRecord(QByteArray& csv, const QByteArrayList& fields);
    // copySql: e.g. "COPY sync_incoming (g, n, doc) FROM STDIN WITH (FORMAT csv)".
    static bool copyIn(QSqlDatabase& db, const QByteArray& copySql, const QByteArray& csv, QString* error);
};

} // namespace armcpg
