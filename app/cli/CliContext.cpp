#include "CliContext.h"

#include "setup/Setup.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace armcpg::cli {

CliContext::CliContext(QCommandLineParser& parser, QStringList words)
    : m_parser(parser), m_words(std::move(words)), m_out(stdout), m_err(stderr)
{
}

QString CliContext::databaseText() const
{
    const QString db = m_parser.value(u"db"_s);
    return db.isEmpty() ? ConnectionSettings::defaultSqliteFile() : db;
}

Database* CliContext::database()
{
    if (m_db)
        return m_db.get();
    Problems problems;
    const ConnectionSettings settings = ConnectionSettings::parse(databaseText(), &problems);
    if (problems.isEmpty())
        m_db = Setup::open(settings, &problems);
    if (!m_db)
        fail(problems);
    return m_db.get();
}

void CliContext::print(const QString& text)
{
    if (!json())
        m_out << text << Qt::endl;
}

void CliContext::printJson(const QJsonObject& object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)) << Qt::flush;
}

QJsonArray CliContext::toJson(const Problems& problems)
{
    QJsonArray list;
    for (const Problem& p : problems) {
        QJsonObject o{{u"field"_s, p.field}, {u"message"_s, p.message}};
        if (p.line > 0)
            o.insert(u"line"_s, p.line);
        list.append(o);
    }
    return list;
}

int CliContext::fail(const Problems& problems, Exit code)
{
    if (json())
        printJson({{u"ok"_s, false}, {u"problems"_s, toJson(problems)}});
    else
        m_err << describe(problems) << Qt::endl;
    return code;
}

Session CliContext::session()
{
    return Session::program(u"armcpg-cli:%1"_s.arg(qEnvironmentVariable("USER", u"root"_s)));
}

int CliContext::fail(const QString& message, Exit code) { return fail(Problems{{QString(), message}}, code); }

std::optional<QJsonObject> CliContext::readJsonObject(const QString& path, int* exitCode)
{
    QFile file;
    const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *exitCode = fail(u"cannot read %1: %2"_s.arg(path, file.errorString()), Invalid);
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject()) {
        *exitCode = fail(Problems{{path, u"not a JSON object: %1 at offset %2"_s.arg(error.errorString()).arg(error.offset)}});
        return std::nullopt;
    }
    return doc.object();
}

} // namespace armcpg::cli
