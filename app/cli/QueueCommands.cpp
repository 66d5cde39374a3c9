// queue issue | call | recall | start | no-show | finish | list | services | stats: the electronic queue (issue 5)
// from scripts and for checks on a centre's database.
#include "CliContext.h"

#include "queue/QueueConfig.h"
#include "queue/QueueService.h"
#include "queue/QueueStatistics.h"
#include "security/Session.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace armcpg::cli {

namespace {
QString line(const QueueTicket& t)
{
    QString text =
        u"%1  %2  %3  %4"_s.arg(t.number, -6).arg(t.serviceCode, -13).arg(ticketStateCode(t.state), -9).arg(t.language);
    if (!t.deskCode.isEmpty())
        text += u"  desk %1"_s.arg(t.deskCode);
    if (t.isOutOfTurn())
        text += u"  out of turn: %1"_s.arg(t.priorityCode);
    if (t.outOfTown)
        text += u"  out of town"_s;
    if (t.isPreRegistered())
        text += u"  appointment %1"_s.arg(t.appointmentAt.toLocalTime().toString(u"HH:mm"_s));
    return text;
}

int printTicket(CliContext& cli, const std::optional<QueueTicket>& ticket, const QString& verb,
                const QString& none = {})
{
    if (cli.json()) {
        cli.printJson({{u"ok"_s, true}, {u"ticket"_s, ticket ? QJsonValue(ticket->toJson()) : QJsonValue()}});
        return Ok;
    }
    cli.print(ticket ? u"%1 %2 (desk %3)"_s.arg(ticket->number, verb, ticket->deskCode) : none);
    return Ok;
}

int queueIssue(CliContext& cli, Database& db)
{
    TicketRequest request;
    request.serviceCode = cli.option(u"service"_s);
    request.priorityCode = cli.option(u"priority"_s);
    request.outOfTown = cli.isSet(u"out-of-town"_s);
    request.language = cli.isSet(u"lang"_s) ? cli.option(u"lang"_s) : u"ru"_s;
    request.deskCode = cli.option(u"desk"_s);
    if (request.serviceCode.isEmpty())
        return cli.fail(
            u"usage: armcpg-cli queue issue --service <CODE> [--priority <CATEGORY>] [--out-of-town] [--lang kk|ru]"_s);
    Problems problems;
    QueueService queue(db);
    const auto ticket = queue.issue(CliContext::session(), request, &problems);
    if (!ticket)
        return cli.fail(problems);
    const WaitEstimate estimate = QueueStatistics(db).estimate(*ticket);
    if (cli.json()) {
        cli.printJson({{u"ok"_s, true}, {u"ticket"_s, ticket->toJson()}, {u"estimate"_s, estimate.toJson()}});
        return Ok;
    }
    cli.print(u"%1  (%2 ahead, about %3 min)"_s.arg(ticket->number).arg(estimate.peopleAhead).arg(estimate.minutes));
    return Ok;
}

int queueAtDesk(CliContext& cli, Database& db, const QString& action)
{
    const QString desk = cli.option(u"desk"_s);
    if (desk.isEmpty())
        return cli.fail(u"usage: armcpg-cli queue %1 --desk <NUMBER>"_s.arg(action));
    QueueService queue(db);
    const Session by = CliContext::session();
    Problems problems;
    std::optional<QueueTicket> ticket;
    QString verb;
    if (action == u"call") {
        ticket = queue.callNext(by, desk, &problems);
        verb = u"called"_s;
    } else if (action == u"recall") {
        ticket = queue.recall(by, desk, &problems);
        verb = u"called again"_s;
    } else if (action == u"start") {
        ticket = queue.start(by, desk, &problems);
        verb = u"in reception"_s;
    } else if (action == u"no-show") {
        ticket = queue.noShow(by, desk, &problems);
        verb = u"did not come"_s;
    } else {
        ticket = queue.finish(by, desk, &problems);
        verb = u"finished"_s;
    }
    if (!problems.isEmpty())
        return cli.fail(problems);
    return printTicket(cli, ticket, verb, u"nobody is waiting for desk %1"_s.arg(desk));
}

int queueList(CliContext& cli, Database& db)
{
    QueueService queue(db);
    const QList<QueueTicket> all = queue.tickets();
    const QList<QueueTicket> waiting = queue.waiting();
    if (cli.json()) {
        QJsonArray tickets, order;
        for (const QueueTicket& t : all)
            tickets.append(t.toJson());
        for (const QueueTicket& t : waiting)
            order.append(t.number);
        cli.printJson({{u"day"_s, db.clock().today().toString(Qt::ISODate)},
                       {u"tickets"_s, tickets},
                       {u"waiting_order"_s, order},
                       {u"count"_s, int(all.size())}});
        return Ok;
    }
    for (const QueueTicket& t : all)
        cli.print(line(t));
    cli.print(u"%1 ticket(s), %2 waiting"_s.arg(all.size()).arg(waiting.size()));
    return Ok;
}

int queueServices(CliContext& cli, Database& db)
{
    QueueConfig config(db);
    const QList<QueueServiceType> services = config.services();
    const QList<QueueDesk> desks = config.desks();
    const QList<DirectoryEntry> categories = config.priorityCategories();
    if (cli.json()) {
        QJsonArray s, d, c;
        for (const QueueServiceType& x : services)
            s.append(x.toJson());
        for (const QueueDesk& x : desks)
            d.append(x.toJson());
        for (const DirectoryEntry& e : categories)
            c.append(QJsonObject{
                {u"code"_s, e.code}, {u"name_kk"_s, e.nameKk}, {u"name_ru"_s, e.nameRu}, {u"source"_s, e.source}});
        cli.printJson({{u"services"_s, s}, {u"desks"_s, d}, {u"priority_categories"_s, c}});
        return Ok;
    }
    cli.print(u"Services:"_s);
    for (const QueueServiceType& x : services)
        cli.print(u"  %1  %2  %3..%4  %5%6"_s.arg(x.code, -13)
                      .arg(x.prefix)
                      .arg(x.firstNumber)
                      .arg(x.lastNumber)
                      .arg(x.nameRu, x.active ? QString() : u"  (not offered)"_s));
    cli.print(u"Desks:"_s);
    for (const QueueDesk& x : desks)
        cli.print(u"  %1  %2  %3"_s.arg(x.code, -3).arg(x.name, x.services.join(u", "_s)));
    cli.print(u"Out-of-turn categories (R-9):"_s);
    for (const DirectoryEntry& e : categories)
        cli.print(u"  %1  %2"_s.arg(e.code, -16).arg(e.nameRu));
    return Ok;
}

int queueStats(CliContext& cli, Database& db)
{
    const QDate today = db.clock().today();
    const QDate from = cli.isSet(u"from"_s) ? QDate::fromString(cli.option(u"from"_s), Qt::ISODate) : today;
    const QDate to = cli.isSet(u"to"_s) ? QDate::fromString(cli.option(u"to"_s), Qt::ISODate) : today;
    Problems problems;
    if (!from.isValid())
        problems.append({u"--from"_s, u"\"%1\" is not a date (YYYY-MM-DD)"_s.arg(cli.option(u"from"_s))});
    if (!to.isValid())
        problems.append({u"--to"_s, u"\"%1\" is not a date (YYYY-MM-DD)"_s.arg(cli.option(u"to"_s))});
    if (!problems.isEmpty())
        return cli.fail(problems, Usage);
    QueueStatistics statistics(db);
    const auto stats = statistics.compute(CliContext::session(), from, to, &problems);
    if (!stats)
        return cli.fail(problems);
    const WaitAlert alert = statistics.waitAlert();
    QJsonObject estimates;
    for (const QueueServiceType& s : QueueConfig(db).services(true))
        estimates.insert(s.code, statistics.estimate(s.code).toJson());
    if (cli.json()) {
        QJsonObject o = stats->toJson();
        o.insert(u"wait_alert"_s, alert.toJson());
        o.insert(u"estimates"_s, estimates);
        cli.printJson(o);
        return Ok;
    }
    const QueueStatsBucket& t = stats->total;
    auto minutes = [](double s) { return QString::number(s / 60.0, 'f', 1); };
    cli.print(u"%1 .. %2: issued %3, served %4, no-shows %5 (%6 %)"_s
                  .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                  .arg(t.issued)
                  .arg(t.served)
                  .arg(t.noShows)
                  .arg(QString::number(t.noShowRate() * 100, 'f', 1)));
    cli.print(u"wait, min:    mean %1  median %2  p90 %3  max %4"_s.arg(minutes(t.wait.mean), minutes(t.wait.median),
                                                                        minutes(t.wait.p90), minutes(t.wait.max)));
    cli.print(u"service, min: mean %1  median %2  p90 %3  max %4"_s.arg(
        minutes(t.service.mean), minutes(t.service.median), minutes(t.service.p90), minutes(t.service.max)));
    for (auto it = stats->servedPerDesk.cbegin(); it != stats->servedPerDesk.cend(); ++it)
        cli.print(u"desk %1: %2 served"_s.arg(it.key()).arg(it.value()));
    if (alert.exceeded)
        cli.print(u"ALERT: %1 waits %2 min (threshold %3 min)"_s.arg(alert.ticketNumber)
                      .arg(alert.longestWaitMinutes)
                      .arg(alert.thresholdMinutes));
    return Ok;
}
} // namespace

int runQueue(CliContext& cli)
{
    static const QString usage =
        u"usage: armcpg-cli queue issue --service <CODE> [--priority <CATEGORY>] [--out-of-town] [--lang kk|ru] | "
        "call|recall|start|no-show|finish --desk <NUMBER> | list [--json] | services [--json] | "
        "stats [--from DATE] [--to DATE] [--json]"_s;
    const QString action = cli.word(1);
    static const QStringList deskActions{u"call"_s, u"recall"_s, u"start"_s, u"no-show"_s, u"finish"_s};
    if (action != u"issue" && action != u"list" && action != u"services" && action != u"stats"
        && !deskActions.contains(action))
        return cli.fail(usage);
    Database* db = cli.database();
    if (!db)
        return Invalid;
    Problems problems;
    if (!QueueConfig(*db).seedDefaults(&problems)) // a database created before the queue existed
        return cli.fail(problems);
    if (action == u"issue")
        return queueIssue(cli, *db);
    if (action == u"list")
        return queueList(cli, *db);
    if (action == u"services")
        return queueServices(cli, *db);
    if (action == u"stats")
        return queueStats(cli, *db);
    return queueAtDesk(cli, *db, action);
}

} // namespace armcpg::cli
