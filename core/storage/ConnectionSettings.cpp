#include "ConnectionSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
const QStringList kSslModes = {u"disable"_s, u"allow"_s,     u"prefer"_s,
                               u"require"_s, u"verify-ca"_s, u"verify-full"_s};

} // namespace

ConnectionSettings ConnectionSettings::parse(const QString& text, Problems* problems)
{
    ConnectionSettings s;
    const QString field = tr("database");
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        problems->append({field, tr("no database given")});
        return s;
    }
    if (trimmed.startsWith(u"postgresql://") || trimmed.startsWith(u"postgres://")) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()) {
            problems->append({field, tr("%1 is not a valid postgresql://user@host:port/database address").arg(trimmed)});
            return s;
        }
        s.driver = Driver::Postgres;
        s.host = url.host();
        s.port = url.port(5432);
        s.user = url.userName();
        s.password = url.password(); // accepted for scripts, never saved
        s.database = url.path().mid(1);
        if (s.database.isEmpty())
            problems->append({field, tr("the PostgreSQL address names no database")});
        const QUrlQuery query(url);
        if (query.hasQueryItem(u"sslmode"_s)) {
            s.sslMode = query.queryItemValue(u"sslmode"_s);
            if (!kSslModes.contains(s.sslMode))
                problems->append({tr("sslmode"), tr("%1 is not one of %2").arg(s.sslMode, kSslModes.join(u", "))});
        }
        return s;
    }
    s.driver = Driver::Sqlite;
    s.file = trimmed.startsWith(u"sqlite://") ? QUrl(trimmed).path() : trimmed;
    if (s.file.isEmpty())
        problems->append({field, tr("%1 names no SQLite file").arg(trimmed)});
    return s;
}

QString ConnectionSettings::toDisplayString() const
{
    if (isSqlite())
        return QDir::toNativeSeparators(file);
    return u"postgresql://%1@%2:%3/%4 (sslmode=%5)"_s.arg(user, host).arg(port).arg(database, sslMode);
}

ConnectionSettings ConnectionSettings::load(const QSettings& settings)
{
    ConnectionSettings s;
    s.driver = settings.value(u"database/driver"_s).toString() == u"postgresql" ? Driver::Postgres : Driver::Sqlite;
    s.file = settings.value(u"database/file"_s, defaultSqliteFile()).toString();
    s.host = settings.value(u"database/host"_s, s.host).toString();
    s.port = settings.value(u"database/port"_s, s.port).toInt();
    s.database = settings.value(u"database/name"_s).toString();
    s.user = settings.value(u"database/user"_s).toString();
    s.sslMode = settings.value(u"database/sslmode"_s, s.sslMode).toString();
    return s;
}

void ConnectionSettings::save(QSettings& settings) const
{
    settings.setValue(u"database/driver"_s, isSqlite() ? u"sqlite"_s : u"postgresql"_s);
    settings.setValue(u"database/file"_s, file);
    settings.setValue(u"database/host"_s, host);
    settings.setValue(u"database/port"_s, port);
    settings.setValue(u"database/name"_s, database);
    settings.setValue(u"database/user"_s, user);
    settings.setValue(u"database/sslmode"_s, sslMode);
}

QString ConnectionSettings::defaultSqliteFile()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(dir).filePath(u"armcpg/armcpg.sqlite"_s);
}

} // namespace armcpg
