// emergency status | on | off: the system-wide regime of reception by videoconference only under a state of
// emergency or quarantine, kept in the synced administrator settings and audited under the CLI's name.
#include "EmergencyCommands.h"

#include "CliContext.h"

#include "reception/EmergencyRegime.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace armcpg::cli {

namespace {

int printState(CliContext& cli, Database& db)
{
    const EmergencyRegime::State s = EmergencyRegime(db).state();
    if (cli.json()) {
        cli.printJson({{u"ok"_s, true},
                       {u"vks_only"_s, s.on},
                       {u"reason"_s, s.reason},
                       {u"since"_s, s.since.isValid() ? s.since.toUTC().toString(Qt::ISODate) : QString()},
                       {u"by"_s, s.by}});
        return Ok;
    }
    if (s.on)
        cli.print(u"reception by videoconference only (R-11): on since %1 (%2)\nreason: %3"_s.arg(
            s.since.toLocalTime().toString(u"dd.MM.yyyy HH:mm"_s), s.by, s.reason));
    else if (s.since.isValid())
        cli.print(u"reception by videoconference only (R-11): off since %1 (%2)"_s.arg(
            s.since.toLocalTime().toString(u"dd.MM.yyyy HH:mm"_s), s.by));
    else
        cli.print(u"reception by videoconference only (R-11): off"_s);
    return Ok;
}

} // namespace

int runEmergency(CliContext& cli)
{
    const QString sub = cli.word(1);
    if (sub != u"status" && sub != u"on" && sub != u"off")
        return cli.fail(u"usage: armcpg-cli emergency status | on --reason <TEXT> | off [--json]"_s);
    Database* db = cli.database();
    if (!db)
        return Invalid;
    EmergencyRegime regime(*db);
    Problems problems;
    if (sub == u"on" && !regime.switchOn(CliContext::session(), cli.option(u"reason"_s), &problems))
        return cli.fail(problems);
    if (sub == u"off" && !regime.switchOff(CliContext::session(), &problems))
        return cli.fail(problems);
    return printState(cli, *db);
}

} // namespace armcpg::cli
