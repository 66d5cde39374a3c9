// card add | show | list (and pdf, in CardPdfCommand.cpp).
#include "CliContext.h"

#include "reception/CardService.h"
#include "security/Session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace armcpg::cli {

namespace {
QString display(const ReceptionCard& card, const CardField& f)
{
    const QVariant v = card.value(f.column);
    if (f.type == CardField::Type::Bool)
        return v.toBool() ? u"yes"_s : u"no"_s;
    if (f.type == CardField::Type::Date)
        return v.toDate().toString(Qt::ISODate);
    return v.toString();
}

int cardAdd(CliContext& cli, Database& db)
{
    const QString path = cli.word(2);
    if (path.isEmpty())
        return cli.fail(u"usage: armcpg-cli card add --json <FILE | ->"_s);
    int exit = Ok;
    const auto object = cli.readJsonObject(path, &exit);
    if (!object)
        return exit;
    Problems problems;
    ReceptionCard card = ReceptionCard::fromJson(*object, &problems);
    card.id.clear(); // `card add` always adds: the JSON of `card show` may carry the id and number of another
    card.version = 0;
    card.values.remove(u"number"_s);
    CardService cards(db);
    // As in the window: what the IIN says fills the birth date, sex and age group that the file leaves out.
    ReceptionCard prefilled = card;
    cards.prefillFromIin(&prefilled);
    for (const char* column : {"birth_date", "sex", "age_group_code"}) {
        if (card.text(column).isEmpty() && !card.date(column).isValid() && prefilled.values.contains(QLatin1String(column)))
            card.set(column, prefilled.value(column));
    }
    if (!problems.isEmpty() || !cards.save(CliContext::session(), &card, &problems))
        return cli.fail(problems);
    if (cli.json())
        cli.printJson(card.toJson());
    else
        cli.print(u"added card %1"_s.arg(card.number()));
    return Ok;
}

int cardShow(CliContext& cli, Database& db)
{
    const auto card = CardService(db).byNumber(cli.word(2));
    if (!card)
        return cli.fail(Problems{{u"number"_s, u"there is no card %1"_s.arg(cli.word(2))}});
    if (cli.json()) {
        cli.printJson(card->toJson());
        return Ok;
    }
    for (const CardField& f : CardField::all()) {
        const QString v = display(*card, f);
        if (f.lp1 > 0 || !v.isEmpty())
            cli.print(u"%1%2: %3"_s.arg(f.lp1 > 0 ? u"%1. "_s.arg(f.lp1, 2) : u"    "_s, QString::fromUtf8(f.labelRu), v));
    }
    const QString appeal = CardService(db).appealNumberOf(card->id);
    if (!appeal.isEmpty())
        cli.print(u"    Письменное обращение: %1"_s.arg(appeal));
    return Ok;
}

int cardList(CliContext& cli, Database& db)
{
    const QDate from = QDate::fromString(cli.option(u"from"_s), Qt::ISODate);
    const QDate to = QDate::fromString(cli.option(u"to"_s), Qt::ISODate);
    Problems problems;
    if (cli.isSet(u"from"_s) && !from.isValid())
        problems.append({u"--from"_s, u"\"%1\" is not a date (YYYY-MM-DD)"_s.arg(cli.option(u"from"_s))});
    if (cli.isSet(u"to"_s) && !to.isValid())
        problems.append({u"--to"_s, u"\"%1\" is not a date (YYYY-MM-DD)"_s.arg(cli.option(u"to"_s))});
    if (!problems.isEmpty())
        return cli.fail(problems, Usage);
    const QList<ReceptionCard> cards = CardService(db).list(from, to, 100000);
    if (cli.json()) {
        QJsonArray list;
        for (const ReceptionCard& c : cards)
            list.append(c.toJson());
        cli.printJson({{u"cards"_s, list}, {u"count"_s, int(cards.size())}});
        return Ok;
    }
    for (const ReceptionCard& c : cards)
        cli.print(u"%1  %2 %3  %4%5"_s.arg(c.number(), c.date("reception_date").toString(Qt::ISODate), c.text("reception_time"),
                                           c.fullName(), c.isHeld() ? QString() : u"  (not held)"_s));
    cli.print(u"%1 card(s)"_s.arg(cards.size()));
    return Ok;
}
} // namespace

int runCard(CliContext& cli)
{
    static const QString usage = u"usage: armcpg-cli card add --json <FILE> | show <NUMBER> [--json] | "
                                 "list [--from DATE] [--to DATE] [--json] | pdf <NUMBER> <OUT.pdf> [--lang kk|ru] [--protocol]"_s;
    const QString action = cli.word(1);
    if (action == u"pdf")
        return runCardPdf(cli);
    if (action != u"add" && action != u"show" && action != u"list")
        return cli.fail(usage);
    Database* db = cli.database();
    if (!db)
        return Invalid;
    if (action == u"add")
        return cardAdd(cli, *db);
    if (action == u"show")
        return cli.word(2).isEmpty() ? cli.fail(usage) : cardShow(cli, *db);
    return cardList(cli, *db);
}

} // namespace armcpg::cli
