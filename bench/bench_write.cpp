// A write (entity + audit event + outbox row, one transaction, synchronous=FULL) on SQLite, and on PostgreSQL
// when ARMCPG_BENCH_PG names a server. Budget (issue 2): median <= 5 ms on SQLite on a 2-core machine.
#include "setup/Setup.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace armcpg;

namespace {
void measure(const char* label, Database& db, int count)
{
    QList<double> ms;
    ms.reserve(count);
    for (int i = 0; i < count; ++i) {
        QElapsedTimer timer;
        timer.start();
        WriteTransaction tx(db, {u""_s, u"bench"_s});
        const QString id = tx.insert(u"app_setting"_s, {{u"key"_s, u"bench.%1"_s.arg(db.nextHlc())},
                                                        {u"value"_s, u"Қабылдау — приём %1"_s.arg(i)}});
        if (id.isEmpty() || !tx.commit()) {
            std::fprintf(stderr, "write failed: %s\n", qPrintable(tx.error()));
            return;
        }
        ms << timer.nsecsElapsed() / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) { return ms[std::min<qsizetype>(ms.size() - 1, qsizetype(q * ms.size()))]; };
    std::printf("%s: %d writes (entity + audit + outbox): median %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
                label, count, at(0.5), at(0.9), at(0.99), ms.last());
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 2000;
    QTemporaryDir dir;
    Problems problems;
    ConnectionSettings sqlite;
    sqlite.file = dir.filePath(u"bench.sqlite"_s);
    if (auto db = Setup::open(sqlite, &problems))
        measure("SQLite (WAL, synchronous=FULL)", *db, count);
    else
        std::fprintf(stderr, "%s\n", qPrintable(describe(problems)));
    const QString pg = qEnvironmentVariable("ARMCPG_BENCH_PG");
    if (!pg.isEmpty()) {
        ConnectionSettings settings = ConnectionSettings::parse(pg, &problems);
        if (auto db = Setup::open(settings, &problems))
            measure("PostgreSQL", *db, count);
        else
            std::fprintf(stderr, "%s\n", qPrintable(describe(problems)));
    }
    return 0;
}
