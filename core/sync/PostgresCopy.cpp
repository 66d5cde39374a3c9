#include "PostgresCopy.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace armcpg {

void PostgresCopy::appendRecord(QByteArray& csv, const QByteArrayList& fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            csv += ',';
        if (fields.at(i).isNull())
            continue; // unquoted and empty: NULL
        csv += '"';
        for (const char ch : fields.at(i)) {
            if (ch == '"')
                csv += '"';
            csv += ch;
        }
        csv += '"';
    }
    csv += '\n';
}

bool PostgresCopy::copyIn(QSqlDatabase& db, const QByteArray& copySql, const QByteArray& csv, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || db.driverName() != u"QPSQL")
        return fail(u"not a PostgreSQL connection (%1)"_s.arg(QString::fromLatin1(handle.typeName())));
    PGconn* connection = *static_cast<PGconn* const*>(handle.constData());
    if (!connection || PQstatus(connection) != CONNECTION_OK)
        return fail(u"no connection to the server"_s);

    PGresult* result = PQexec(connection, copySql.constData());
    const bool started = PQresultStatus(result) == PGRES_COPY_IN;
    PQclear(result);
    if (!started)
        return fail(QString::fromUtf8(PQerrorMessage(connection)).trimmed());
    bool sent = PQputCopyData(connection, csv.constData(), int(csv.size())) == 1;
    sent = PQputCopyEnd(connection, sent ? nullptr : "the client could not send the rows") == 1 && sent;
    QString message;
    while ((result = PQgetResult(connection))) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && message.isEmpty())
            message = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
    }
    if (!message.isEmpty() || !sent)
        return fail(message.isEmpty() ? QString::fromUtf8(PQerrorMessage(connection)).trimmed() : message);
    return true;
}

} // namespace armcpg
