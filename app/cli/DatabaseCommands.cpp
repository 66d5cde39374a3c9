// init, migrate, directory ..., stress write.
#include "CliContext.h"

#include "directory/DirectoryService.h"
#include "security/Session.h"
#include "security/UserService.h"
#include "setup/DemoAppeals.h"
#include "setup/DemoSchedules.h"
#include "setup/DeviceService.h"
#include "setup/Setup.h"
#include "storage/Migrator.h"
#include "storage/WriteTransaction.h"

#include <QFile>
#include <QJsonArray>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace armcpg::cli {

namespace {
QJsonObject counts(const DirectoryService::ImportResult& r)
{
    return {{u"inserted"_s, r.inserted}, {u"updated"_s, r.updated}, {u"unchanged"_s, r.unchanged}, {u"closed"_s, r.closed}};
}
} // namespace

int runInit(CliContext& cli)
{
    Database* db = cli.database();
    if (!db)
        return Invalid;
    Problems problems;
    const bool demo = cli.isSet(u"demo"_s);
    // Directories first, so that the organisation can be checked against them; then the device (audited); then
    // the demo users of that organisation.
    if (!Setup::initialise(*db, false, &problems)
        || (cli.isSet(u"organisation"_s)
            && !DeviceService(*db).change(CliContext::session(), db->deviceId(), cli.option(u"organisation"_s), &problems))
        || (demo && (!Setup::initialise(*db, true, &problems) || !Setup::addDemoCards(*db, &problems)
                     || !DemoAppeals::add(*db, &problems) || !DemoSchedules::add(*db, &problems))))
        return cli.fail(problems);
    DirectoryRepository directories(*db);
    QJsonArray kinds;
    for (const DirectoryKind& k : directories.kinds())
        kinds.append(QJsonObject{{u"code"_s, k.code}, {u"entries"_s, directories.count(k.code)}});
    QJsonArray users;
    if (demo) {
        for (const Setup::DemoUser& u : Setup::demoUsers())
            users.append(QJsonObject{{u"login"_s, QString::fromUtf8(u.login)}, {u"password"_s, QString::fromUtf8(u.password)},
                                     {u"roles"_s, QString::fromUtf8(u.roles)}});
    }
    if (cli.json()) {
        cli.printJson({{u"ok"_s, true}, {u"database"_s, db->settings().toDisplayString()},
                       {u"schemaVersion"_s, Migrator(*db).currentVersion()}, {u"device"_s, db->deviceId()},
                       {u"organisation"_s, db->organisationCode()}, {u"directories"_s, kinds}, {u"demoUsers"_s, users}});
        return Ok;
    }
    cli.print(u"Database ready: %1 (schema version %2)"_s.arg(db->settings().toDisplayString())
                  .arg(Migrator(*db).currentVersion()));
    cli.print(u"Device %1, organisation %2"_s.arg(db->deviceId(), db->organisationCode().isEmpty()
                                                                        ? u"(not chosen yet)"_s
                                                                        : db->organisationCode()));
    cli.print(u"Directories: %1 kinds"_s.arg(kinds.size()));
    for (const QJsonValue& u : users)
        cli.print(u"Demo user %1, password %2 (%3)"_s.arg(u[u"login"_s].toString(), u[u"password"_s].toString(),
                                                           u[u"roles"_s].toString()));
    if (!UserService(*db).hasUsers())
        cli.print(u"No users yet: the first start of the workstation asks for the administrator."_s);
    return Ok;
}

int runMigrate(CliContext& cli)
{
    Database* db = cli.database(); // opening migrates
    if (!db)
        return Invalid;
    const int version = Migrator(*db).currentVersion();
    if (cli.json())
        cli.printJson({{u"ok"_s, true}, {u"schemaVersion"_s, version}});
    else
        cli.print(u"%1 is at schema version %2"_s.arg(db->settings().toDisplayString()).arg(version));
    return Ok;
}

int runDirectory(CliContext& cli)
{
    const QString action = cli.word(1);
    static const QString usage = u"usage: armcpg-cli directory list | export <KIND> [--out <FILE>] | "
                                 "import <KIND> <FILE> | import-kato <FILE>"_s;
    if (action.isEmpty())
        return cli.fail(usage);
    Database* db = cli.database();
    if (!db)
        return Invalid;
    DirectoryService service(*db);
    if (action == u"list") {
        QJsonArray list;
        for (const DirectoryKind& k : service.repository().kinds()) {
            const int n = service.repository().count(k.code);
            list.append(QJsonObject{{u"code"_s, k.code}, {u"nameRu"_s, k.nameRu}, {u"nameKk"_s, k.nameKk}, {u"entries"_s, n}});
            cli.print(u"%1  %2  %3"_s.arg(k.code.leftJustified(20)).arg(n, 6).arg(k.nameRu));
        }
        if (cli.json())
            cli.printJson({{u"directories"_s, list}});
        return Ok;
    }
    if (action == u"export") {
        const QString kind = cli.word(2);
        if (kind.isEmpty() || !service.repository().kind(kind))
            return cli.fail(kind.isEmpty() ? usage : u"there is no directory %1 (see: directory list)"_s.arg(kind));
        const QByteArray csv = service.exportCsv(kind);
        if (!cli.isSet(u"out"_s)) {
            QTextStream(stdout) << QString::fromUtf8(csv) << Qt::flush;
            return Ok;
        }
        QFile out(cli.option(u"out"_s));
        if (!out.open(QIODevice::WriteOnly) || out.write(csv) != csv.size())
            return cli.fail(u"cannot write %1: %2"_s.arg(out.fileName(), out.errorString()), Invalid);
        cli.print(u"%1 entries of %2 written to %3"_s.arg(service.repository().count(kind)).arg(kind, out.fileName()));
        return Ok;
    }
    if (action == u"import" || action == u"import-kato") {
        const bool kato = action == u"import-kato";
        const QString kind = kato ? u"kato"_s : cli.word(2);
        const QString path = kato ? cli.word(2) : cli.word(3);
        if (kind.isEmpty() || path.isEmpty())
            return cli.fail(usage);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return cli.fail(u"cannot read %1: %2"_s.arg(path, file.errorString()), Invalid);
        Problems problems;
        DirectoryService::ImportResult result;
        const bool ok = kato ? service.importKato(CliContext::session(), file.readAll(), &result, &problems)
                             : service.importCsv(CliContext::session(), kind, file.readAll(), &result, &problems);
        if (!ok) {
            for (Problem& p : problems) // name the file in every message
                p.field = p.field.isEmpty() ? path : u"%1: %2"_s.arg(path, p.field);
            return cli.fail(problems);
        }
        if (cli.json())
            cli.printJson({{u"ok"_s, true}, {u"directory"_s, kind}, {u"result"_s, counts(result)}});
        else
            cli.print(u"%1: %2 added, %3 changed, %4 unchanged, %5 closed"_s.arg(kind)
                          .arg(result.inserted)
                          .arg(result.updated)
                          .arg(result.unchanged)
                          .arg(result.closed));
        return Ok;
    }
    return cli.fail(usage);
}

// A stream of audited writes that reports each commit on stdout: the crash test kills it with SIGKILL and then
// checks that every reported write is there, with its audit event and outbox row, and nothing half-written.
int runStress(CliContext& cli)
{
    if (cli.word(1) != u"write")
        return cli.fail(u"usage: armcpg-cli stress write --count <N> [--db <DB>]"_s);
    Database* db = cli.database();
    if (!db)
        return Invalid;
    const int count = cli.option(u"count"_s).toInt();
    QTextStream out(stdout);
    for (int i = 0; i < count; ++i) {
        WriteTransaction tx(*db, CliContext::session().actor());
        const QString id = tx.insert(u"app_setting"_s, {{u"key"_s, u"stress.%1"_s.arg(db->nextHlc())},
                                                        {u"value"_s, u"Жазба №%1 — запись"_s.arg(i)}});
        if (id.isEmpty() || !tx.update(u"app_setting"_s, id, {{u"value"_s, u"Өзгертілді %1 — изменено"_s.arg(i)}})
            || !tx.commit())
            return cli.fail(tx.error(), Invalid);
        out << "committed " << id << Qt::endl; // endl flushes: the line is out only after the commit returned
    }
    return Ok;
}

} // namespace armcpg::cli
