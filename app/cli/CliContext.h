#pragma once

#include "common/Problem.h"
#include "security/Session.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace armcpg::cli {

// Exit codes: 0 success, 1 the thing checked is invalid or the operation was refused, 2 wrong usage.
enum Exit { Ok = 0, Invalid = 1, Usage = 2 };

// What every command gets: its words, the options, the output in human text or JSON (--json), the database.
class CliContext
{
public:
    CliContext(QCommandLineParser& parser, QStringList words);

    const QStringList& words() const { return m_words; }
    QString word(int i) const { return m_words.value(i); }
    QString option(const QString& name) const { return m_parser.value(name); }
    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    bool json() const { return m_parser.isSet(QStringLiteral("json")); }

    // Opens and migrates --db (or the workstation's default SQLite file).
    Database* database();
    QString databaseText() const;

    void print(const QString& text);   // human text to stdout (only without --json)
    void printJson(const QJsonObject& object);
    int fail(const Problems& problems, Exit code = Invalid); // to stderr, or {"ok":false,"problems":[...]}
    int fail(const QString& message, Exit code = Usage);
    // The JSON object in a file, or on stdin when path is "-" (`card add`, `appeal register`). When it cannot be
    // read or is no object: reported by fail(), std::nullopt, and *exitCode is what the command returns.
    std::optional<QJsonObject> readJsonObject(const QString& path, int* exitCode);

    static QJsonArray toJson(const Problems& problems);
    // armcpg-cli is the administrator's tool on a machine that holds the database: it acts as the program
    // itself, and its writes are audited under this name.
    static Session session();

private:
    QCommandLineParser& m_parser;
    QStringList m_words;
    std::unique_ptr<Database> m_db;
    QTextStream m_out;
    QTextStream m_err;
};

int runInit(CliContext& cli);
int runMigrate(CliContext& cli);
int runIin(CliContext& cli);
int runBin(CliContext& cli);
int runKato(CliContext& cli);
int runCalendar(CliContext& cli);
int runDeadline(CliContext& cli);
int runDirectory(CliContext& cli);
int runStress(CliContext& cli);
int runCard(CliContext& cli);
int runServer(CliContext& cli);
int runSync(CliContext& cli);
int runQueue(CliContext& cli); // QueueCommands.cpp: the electronic queue
int runCardPdf(CliContext& cli); // card pdf (CardPdfCommand.cpp): needs the QGuiApplication main() makes for it

} // namespace armcpg::cli
