// The reception journal over a million cards (issue 3, "Budgets"): journal open (count + first page) <= 1 s;
// first page of a search by IIN <= 50 ms, by surname prefix <= 200 ms, full text <= 500 ms; saving a card <= 20 ms.
//
//   bench_journal [CARDS] [FILE | postgresql://user@host:port/db]   defaults: 1000000, /tmp/armcpg-bench-journal.sqlite
//
// The generated file is kept between runs (generating a million cards, each with its audit event and outbox row,
// takes a while) and topped up when it holds fewer cards than asked for.
#include "common/Csv.h"
#include "reception/CardGenerator.h"
#include "reception/CardJournal.h"
#include "reception/CardService.h"
#include "security/Session.h"
#include "setup/Setup.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace armcpg;

namespace {

int cardCount(Database& db)
{
    QSqlQuery q = db.prepare(u"SELECT COUNT(*) FROM reception_card"_s);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

// The first run and the median of the next runs, in milliseconds.
void measure(const char* label, double budgetMs, int runs, const std::function<int()>& work)
{
    QList<double> ms;
    int rows = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        rows = work();
        ms << timer.nsecsElapsed() / 1e6;
    }
    const double first = ms.first();
    QList<double> rest = ms.mid(1);
    std::sort(rest.begin(), rest.end());
    const double median = rest.isEmpty() ? first : rest.at(rest.size() / 2);
    std::printf("%-44s first %8.1f ms, median %8.1f ms (budget %5.0f ms) %s  [%d rows]\n", label, first, median,
                budgetMs, std::max(first, median) <= budgetMs ? "OK  " : "OVER", rows);
    std::fflush(stdout);
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int target = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000000;
    const QString file = argc > 2 ? QString::fromLocal8Bit(argv[2]) : u"/tmp/armcpg-bench-journal.sqlite"_s;
    Problems problems;
    const ConnectionSettings settings = ConnectionSettings::parse(file, &problems);
    std::unique_ptr<Database> db = problems.isEmpty() ? Setup::open(settings, &problems) : nullptr;
    if (!db || (!Setup::isInitialised(*db) && !Setup::initialise(*db, false, &problems))) {
        std::fprintf(stderr, "%s\n", qPrintable(describe(problems)));
        return 1;
    }
    if (db->organisationCode().isEmpty())
        db->setDeviceIdentity(db->deviceId(), Setup::demoOrganisation(*db));
    const Session program = Session::program(u"bench"_s);

    const int existing = cardCount(*db);
    std::printf("%s: %d cards present, %d wanted\n", qPrintable(settings.toDisplayString()), existing, target);
    if (existing < target) {
        QElapsedTimer timer;
        timer.start();
        CardGenerator::Options options;
        options.batchSize = 5000;
        options.progress = [&](int written) {
            if (written % 50000 == 0)
                std::printf("  generated %d (%.0f cards/s)\n", existing + written, written / (timer.elapsed() / 1000.0));
            std::fflush(stdout);
            return true;
        };
        const int written = CardGenerator::generate(*db, program, target - existing, 20260101u + quint32(existing),
                                                    options, &problems);
        std::printf("generation: %d cards in %.1f s (%.0f cards/s)\n", written, timer.elapsed() / 1000.0,
                    written / (timer.elapsed() / 1000.0));
        if (!problems.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(describe(problems)));
            return 1;
        }
        if (!db->isSqlite()) // what autovacuum does on a server after a bulk load; the workstation's SQLite has no statistics
            db->exec(u"ANALYZE reception_card"_s);
    }
    if (db->isSqlite()) {
        std::printf("file size: %.0f MB, cards: %d\n", QFileInfo(settings.file).size() / 1e6, cardCount(*db));
    } else {
        QSqlQuery size = db->prepare(u"SELECT pg_database_size(current_database())"_s);
        std::printf("database size: %.0f MB, cards: %d\n", size.exec() && size.next() ? size.value(0).toDouble() / 1e6 : 0.0,
                    cardCount(*db));
    }
    db.reset();

    // A fresh connection, as the workstation would have.
    db = Setup::open(settings, &problems);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(describe(problems)));
        return 1;
    }
    CardJournal journal(*db);
    const int page = 200;
    // Samples taken from the data itself: one card's IIN and surname, words of a comment and a Kazakh surname.
    QSqlQuery sample = db->prepare(u"SELECT iin, name_fold FROM reception_card WHERE iin IS NOT NULL LIMIT 1 OFFSET ?"_s);
    sample.addBindValue(cardCount(*db) / 3);
    QString iin, surname;
    if (sample.exec() && sample.next()) {
        iin = sample.value(0).toString();
        surname = sample.value(1).toString().section(u' ', 0, 0);
    }
    std::printf("samples: IIN %s, surname %s\n", qPrintable(iin), qPrintable(surname));

    measure("journal open (count + first page)", 1000, 5, [&] {
        const int n = journal.count({});
        return journal.fetch({}, {}, 0, page).size() + 0 * n;
    });
    measure("journal count alone (capped)", 1000, 5, [&] { return journal.count({}); });
    measure("scroll: page at offset 100,000", 1000, 3, [&] { return int(journal.fetch({}, {}, 100000, page).size()); });
    const QList<CardJournal::Row> at100k = journal.fetch({}, {}, 99999, 1);
    if (!at100k.isEmpty())
        measure("scroll: page after row 100,000 (by key)", 1000, 3,
                [&] { return int(journal.fetchAfter({}, {}, at100k.first(), page).size()); });
    measure("sort by name, first page", 1000, 3, [&] {
        return int(journal.fetch({}, {CardJournal::Column::FullName, Qt::AscendingOrder}, 0, page).size());
    });
    CardJournal::Filter byIin;
    byIin.iin = iin;
    measure("search by IIN, first page", 50, 5, [&] { return int(journal.fetch(byIin, {}, 0, page).size()); });
    measure("search by IIN, count + first page", 50, 5, [&] {
        return journal.count(byIin) * 0 + int(journal.fetch(byIin, {}, 0, page).size());
    });
    for (const QString& prefix : {surname.left(4), surname, u"ив"_s}) {
        CardJournal::Filter byName;
        byName.name = prefix;
        measure(qPrintable(u"search by name prefix \"%1\", first page"_s.arg(prefix)), 200, 5,
                [&] { return int(journal.fetch(byName, {}, 0, page).size()); });
    }
    for (const QString& words : {u"увольнения"_s, u"Қасымова"_s, u"жер учаскесін"_s, u"пенси"_s}) {
        CardJournal::Filter byText;
        byText.text = words;
        measure(qPrintable(u"full text \"%1\", first page"_s.arg(words)), 500, 3,
                [&] { return int(journal.fetch(byText, {}, 0, page).size()); });
        measure(qPrintable(u"full text \"%1\", count"_s.arg(words)), 500, 3, [&] { return journal.count(byText); });
    }
    CardJournal::Filter period;
    period.from = db->clock().today().addMonths(-1);
    period.notHeldOnly = true;
    measure("last month, not held, first page", 1000, 3, [&] { return int(journal.fetch(period, {}, 0, page).size()); });

    {
        // Export: every card of the journal streamed in order into CSV records (what Export CSV… writes).
        QElapsedTimer timer;
        timer.start();
        qint64 bytes = 0;
        int rows = 0;
        journal.forEach({}, {}, [&](const CardJournal::Row& r) {
            bytes += Csv::write({}, {{r.number, r.date.toString(Qt::ISODate), r.time, r.fullName, r.iin, r.topicCode,
                                      r.decisionCode, r.officialName}}).size();
            ++rows;
            return true;
        });
        std::printf("%-44s %8.1f s for %d cards, %.0f MB of CSV (off the UI thread)\n", "export: the whole journal as CSV",
                    timer.elapsed() / 1000.0, rows, bytes / 1e6);
    }
    CardService cards(*db);
    CardGenerator generator(*db, 7u);
    QList<double> saves;
    for (int i = 0; i < 20; ++i) {
        ReceptionCard card = generator.next();
        QElapsedTimer timer;
        timer.start();
        Problems saveProblems;
        if (!cards.save(program, &card, &saveProblems)) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(describe(saveProblems)));
            return 1;
        }
        saves << timer.nsecsElapsed() / 1e6;
    }
    std::sort(saves.begin(), saves.end());
    std::printf("%-44s median %8.1f ms, max %8.1f ms (budget 20 ms) %s\n", "CardService::save (validate+write)",
                saves.at(saves.size() / 2), saves.last(), saves.at(saves.size() / 2) <= 20 ? "OK" : "OVER");
    return 0;
}
