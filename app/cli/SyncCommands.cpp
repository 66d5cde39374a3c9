// server init | migrate | device add | device list | device deactivate, and sync.
#include "CliContext.h"

#include "security/Session.h"
#include "storage/Migrator.h"
#include "sync/CentralServer.h"
#include "sync/SyncClient.h"
#include "sync/SyncStatus.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace armcpg::cli {

namespace {
QJsonObject toJson(const RegisteredDevice& d)
{
    return {{u"device"_s, d.deviceId},     {u"organisation"_s, d.organisationCode}, {u"numberPrefix"_s, d.numberPrefix},
            {u"role"_s, d.roleName},       {u"name"_s, d.name},                     {u"active"_s, d.active},
            {u"registeredAt"_s, d.registeredAt.toString(Qt::ISODate)}};
}

int runDevice(CliContext& cli, Database& db)
{
    static const QString usage = u"usage: armcpg-cli server device add --device <UUID> --organisation <CODE> "
                                 "[--name <TEXT>] [--password <P>] | list | deactivate --device <UUID>  --db postgresql://..."_s;
    CentralServer server(db);
    const QString action = cli.word(2);
    Problems problems;
    if (action == u"add") {
        if (!cli.isSet(u"device"_s) || !cli.isSet(u"organisation"_s))
            return cli.fail(usage);
        const bool generated = !cli.isSet(u"password"_s) && qEnvironmentVariableIsEmpty("ARMCPG_DEVICE_PASSWORD");
        const QString password = generated ? CentralServer::generatePassword()
                                 : cli.isSet(u"password"_s) ? cli.option(u"password"_s)
                                                             : qEnvironmentVariable("ARMCPG_DEVICE_PASSWORD");
        const QString role = server.registerDevice(CliContext::session(), cli.option(u"device"_s), cli.option(u"organisation"_s),
                                                   cli.option(u"name"_s), password, &problems);
        if (role.isEmpty())
            return cli.fail(problems);
        QJsonObject result{{u"ok"_s, true}, {u"device"_s, cli.option(u"device"_s)}, {u"role"_s, role}};
        if (generated)
            result.insert(u"password"_s, password);
        if (cli.json()) {
            cli.printJson(result);
            return Ok;
        }
        cli.print(u"Device %1 registered for %2; it signs in as the role %3."_s.arg(cli.option(u"device"_s),
                                                                                   cli.option(u"organisation"_s), role));
        if (generated)
            cli.print(u"Its password (shown once; put it in the laptop user's ~/.pgpass): %1"_s.arg(password));
        cli.print(u"On the laptop: armcpg-cli sync --server \"postgresql://%1@<host>:5432/<database>?sslmode=verify-full\""_s.arg(role));
        return Ok;
    }
    if (action == u"list") {
        QJsonArray list;
        for (const RegisteredDevice& d : server.devices()) {
            list.append(toJson(d));
            cli.print(u"%1  %2  %3  %4  %5%6"_s.arg(d.deviceId, d.organisationCode.leftJustified(6), d.numberPrefix,
                                                     d.roleName, d.name, d.active ? QString() : u"  (deactivated)"_s));
        }
        if (cli.json())
            cli.printJson({{u"ok"_s, true}, {u"devices"_s, list}});
        return Ok;
    }
    if (action == u"deactivate") {
        if (!cli.isSet(u"device"_s))
            return cli.fail(usage);
        if (!server.deactivate(CliContext::session(), cli.option(u"device"_s), &problems))
            return cli.fail(problems);
        if (cli.json())
            cli.printJson({{u"ok"_s, true}});
        else
            cli.print(u"Device %1 deactivated: it can no longer read or write."_s.arg(cli.option(u"device"_s)));
        return Ok;
    }
    return cli.fail(usage);
}
} // namespace

int runServer(CliContext& cli)
{
    const QString action = cli.word(1);
    static const QString usage = u"usage: armcpg-cli server init|migrate|device ... --db postgresql://..."_s;
    if (action.isEmpty())
        return cli.fail(usage);
    if (!cli.databaseText().startsWith(u"postgresql://") && !cli.databaseText().startsWith(u"postgres://"))
        return cli.fail(u"--db: the central database is a postgresql:// address"_s);
    if (action == u"init")
        return runInit(cli);
    if (action == u"migrate")
        return runMigrate(cli);
    if (action == u"device") {
        Database* db = cli.database();
        return db ? runDevice(cli, *db) : int(Invalid);
    }
    return cli.fail(usage);
}

int runSync(CliContext& cli)
{
    Database* local = cli.database();
    if (!local)
        return Invalid;
    const QString address = cli.isSet(u"server"_s) ? cli.option(u"server"_s) : SyncStatus::read(*local).server;
    if (address.isEmpty())
        return cli.fail(u"--server: no central database given, and this laptop has none configured"_s);
    Problems problems;
    const ConnectionSettings settings = ConnectionSettings::parse(address, &problems);
    if (problems.isEmpty() && settings.isSqlite())
        problems.append({u"--server"_s, u"the central database is a postgresql:// address"_s});
    std::unique_ptr<Database> central = problems.isEmpty() ? Database::open(settings, &problems) : nullptr;
    if (!central)
        return cli.fail(problems, Invalid);
    SyncClient client(*local, *central);
    if (cli.isSet(u"batch"_s))
        client.setBatchSize(cli.option(u"batch"_s).toInt());
    const SyncReport r = client.run();
    const QJsonObject summary{{u"ok"_s, r.ok},
                              {u"pushed"_s, r.pushed},
                              {u"alreadyApplied"_s, r.alreadyApplied},
                              {u"keptCentral"_s, r.keptCentral},
                              {u"pulled"_s, r.pulled},
                              {u"conflicts"_s, r.conflicts},
                              {u"milliseconds"_s, r.milliseconds}};
    if (!r.ok) {
        if (cli.json()) {
            QJsonObject failed = summary;
            failed.insert(u"problems"_s, QJsonArray{QJsonObject{{u"field"_s, u"sync"_s}, {u"message"_s, r.error}}});
            cli.printJson(failed);
            return Invalid;
        }
        return cli.fail(Problems{{u"sync"_s, r.error}}, Invalid);
    }
    if (cli.json())
        cli.printJson(summary);
    else
        cli.print(u"Pushed %1, pulled %2, conflicts %3 (kept the centre's value for %4 changes of its own records), %5 ms"_s
                      .arg(r.pushed)
                      .arg(r.pulled)
                      .arg(r.conflicts)
                      .arg(r.keptCentral)
                      .arg(r.milliseconds));
    return Ok;
}

} // namespace armcpg::cli
