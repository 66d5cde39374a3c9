// Laptop -> central sync (issue 4), measured side by side with its baselines in one run. Budgets:
//   push of COUNT cards <= 3 x PostgreSQL's COPY of the same rows into a table with the same indexes and triggers;
//   pull of COUNT cards <= 3 x "raw": a plain SELECT of the rows from PostgreSQL plus prepared INSERTs of every row
//   into a migrated SQLite in one transaction, no sync logic;
//   a sync with nothing to do <= 200 ms.
//
// Usage: bench_sync [COUNT=100000] [POSTGRES_URL] [BATCH=2000, the program's default] [GENERATOR_BATCH=2000]
//   POSTGRES_URL is a superuser URL (default: $ARMCPG_TEST_PG, e.g. postgresql://postgres@localhost:5432/postgres;
//   the password comes from PGPASSWORD). psql must be on the PATH. Creates armcpg_bench_* databases and device roles
//   on that server and drops them at the end. BATCH is SyncClient's push batch; GENERATOR_BATCH the cards per write
//   transaction of CardGenerator (a card saved in the program is one transaction; 2000 keeps generation quick, and
//   matters to the push, which sends with each batch the audit events of every transaction in it).
//
// Steps: central A (migrated, seeded); laptops L1 and L2 (SQLite, seeded, organisation CPG), both registered on A
// and synced once, so that their seed operations are pushed and the centre's directories pulled before anything is
// timed. Then L1 generates COUNT cards (with audit events and outbox rows) and the timed sync of L1 pushes them;
// the timed sync of L2 pulls them; L2 syncs five more times with nothing to do. Baselines: psql \copy of A's
// reception_card to a file and back into a fresh central B migrated the same way (the time psql's \timing reports
// for the \copy itself, process start not counted); the raw pull from A into a fresh migrated SQLite.
#include "reception/CardGenerator.h"
#include "security/Session.h"
#include "setup/DeviceService.h"
#include "setup/Setup.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/WriteTransaction.h"
#include "sync/CentralServer.h"
#include "sync/SyncClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;
using namespace armcpg;

namespace {

const QString kPassword = u"bench-password-123"_s;
std::function<void()> g_cleanup; // drops what the run created on the server

[[noreturn]] void die(const QString& what)
{
    std::fprintf(stderr, "bench_sync: %s\n", qPrintable(what));
    if (auto cleanup = std::exchange(g_cleanup, {}))
        cleanup();
    std::exit(1);
}

QString withDatabase(const QString& url, const QString& name)
{
    // postgresql://user@host:port/db?options -> the same with another db
    const qsizetype slash = url.indexOf(u'/', url.indexOf(u"://"_s) + 3);
    const qsizetype query = url.indexOf(u'?');
    QString result = (slash < 0 ? url : url.left(slash)) + u'/' + name;
    if (query > 0)
        result += url.mid(query);
    return result;
}

std::unique_ptr<Database> openUrl(const QString& url, const QString& user = {}, const QString& password = {})
{
    Problems problems;
    ConnectionSettings settings = ConnectionSettings::parse(url, &problems);
    if (!problems.isEmpty())
        die(describe(problems));
    if (!user.isEmpty()) {
        settings.user = user;
        settings.password = password;
    }
    std::unique_ptr<Database> db = Database::open(settings, &problems);
    if (!db)
        die(u"cannot open %1: %2"_s.arg(url, describe(problems)));
    return db;
}

// Migrated and seeded; with an organisation, a laptop recording for it.
std::unique_ptr<Database> prepare(const QString& url, const QString& organisation, bool seed = true)
{
    Problems problems;
    ConnectionSettings settings = ConnectionSettings::parse(url, &problems);
    std::unique_ptr<Database> db = Setup::open(settings, &problems);
    if (!db || (seed && !Setup::initialise(*db, false, &problems)))
        die(u"cannot set up %1: %2"_s.arg(url, describe(problems)));
    if (!organisation.isEmpty()
        && !DeviceService(*db).change(Session::program(u"bench"_s), db->deviceId(), organisation, &problems))
        die(u"cannot set the organisation of %1: %2"_s.arg(url, describe(problems)));
    return db;
}

struct Timed
{
    SyncReport report;
    double totalMs = 0;
    double pushMs = 0; // until the last pushed batch was trimmed from the outbox
    double pullMs = 0; // the rest: pulling, plus the run's bookkeeping
};

Timed timedSync(Database& laptop, Database& central, int batch, const char* label)
{
    SyncClient client(laptop, central);
    client.setBatchSize(batch);
    QElapsedTimer timer;
    Timed t;
    client.setProgress([&](const SyncProgress& p) {
        if (p.phase == SyncProgress::Phase::Pushing)
            t.pushMs = timer.nsecsElapsed() / 1e6;
        return true;
    });
    timer.start();
    t.report = client.run();
    t.totalMs = timer.nsecsElapsed() / 1e6;
    t.pullMs = t.totalMs - t.pushMs;
    if (!t.report.ok)
        die(u"%1: sync failed: %2"_s.arg(QString::fromUtf8(label), t.report.error));
    return t;
}

// Runs one psql command with \timing on and returns the time psql reports for it (ms), -1 on failure.
double psqlTimed(const QString& url, const QString& command)
{
    QProcess psql;
    psql.setProcessChannelMode(QProcess::SeparateChannels);
    psql.start(u"psql"_s, {u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-d"_s, url, u"-c"_s, u"\\timing on"_s,
                           u"-c"_s, command});
    if (!psql.waitForFinished(-1) || psql.exitStatus() != QProcess::NormalExit || psql.exitCode() != 0)
        die(u"psql %1 failed: %2"_s.arg(command, QString::fromLocal8Bit(psql.readAllStandardError())));
    const QString out = QString::fromLocal8Bit(psql.readAllStandardOutput());
    static const QRegularExpression time(u"Time: ([0-9.]+) ms"_s);
    double ms = 0;
    bool found = false;
    for (auto it = time.globalMatch(out); it.hasNext();) {
        ms += it.next().captured(1).toDouble();
        found = true;
    }
    if (!found)
        die(u"psql printed no timing for %1: %2"_s.arg(command, out));
    return ms;
}

qint64 countOf(Database& db, const QString& sql)
{
    QSqlQuery query = db.prepare(sql);
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

int main(int argc, char* argv[])
{
    // The central connections keep a device identity in the workstation's settings: keep them out of the user's.
    QTemporaryDir dir(u"/tmp/armcpg-bench-sync-XXXXXX"_s);
    if (!dir.isValid())
        die(u"no temporary directory"_s);
    qputenv("XDG_CONFIG_HOME", dir.filePath(u"config"_s).toLocal8Bit());
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"armcpg-bench"_s);
    QCoreApplication::setApplicationName(u"bench_sync"_s);

    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const QString adminUrl = argc > 2 && argv[2][0] ? QString::fromLocal8Bit(argv[2]) : qEnvironmentVariable("ARMCPG_TEST_PG");
    const int batch = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 2000;
    const int generatorBatch = argc > 4 ? QString::fromLocal8Bit(argv[4]).toInt() : 2000;
    if (count <= 0 || batch <= 0 || generatorBatch <= 0 || adminUrl.isEmpty())
        die(u"usage: bench_sync [COUNT=100000] [POSTGRES_URL (default $ARMCPG_TEST_PG)] [BATCH=2000] [GENERATOR_BATCH=2000]"_s);

    const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(12);
    const QString nameA = u"armcpg_bench_%1_a"_s.arg(suffix);
    const QString nameB = u"armcpg_bench_%1_b"_s.arg(suffix);
    const QString urlA = withDatabase(adminUrl, nameA);
    const QString urlB = withDatabase(adminUrl, nameB);
    QStringList roles;
    QStringList created;
    g_cleanup = [&]() {
        std::unique_ptr<Database> admin = openUrl(adminUrl);
        for (const QString& name : std::as_const(created))
            admin->exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name));
        for (const QString& role : std::as_const(roles))
            admin->exec(u"DROP ROLE IF EXISTS %1"_s.arg(role));
    };
    {
        std::unique_ptr<Database> admin = openUrl(adminUrl);
        for (const QString& name : {nameA, nameB}) {
            QString error;
            if (!admin->exec(u"CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0"_s.arg(name), &error))
                die(error);
            created << name;
        }
    }
    std::printf("bench_sync: %d cards (generated %d per transaction), push batch %d, centre %s\n", count,
                generatorBatch, batch, qPrintable(urlA));
    std::fflush(stdout);

    Timed push, pull;
    QList<double> noop;
    double generateMs = 0, copyMs = 0, copyAuditMs = 0, rawMs = 0, rawSelectMs = 0;
    qint64 centralCards = 0, rawRows = 0, centralAudit = 0;
    {
        // The centre and two laptops recording for CPG, registered, with their seeds pushed and directories pulled.
        std::unique_ptr<Database> centralA = prepare(urlA, {});
        std::unique_ptr<Database> l1 = prepare(dir.filePath(u"l1.sqlite"_s), u"CPG"_s);
        std::unique_ptr<Database> l2 = prepare(dir.filePath(u"l2.sqlite"_s), u"CPG"_s);
        Problems problems;
        CentralServer server(*centralA);
        const QString role1 = server.registerDevice(Session::program(u"bench"_s), l1->deviceId(), u"CPG"_s,
                                                    u"bench laptop 1"_s, kPassword, &problems);
        if (!role1.isEmpty())
            roles << role1;
        const QString role2 = server.registerDevice(Session::program(u"bench"_s), l2->deviceId(), u"CPG"_s,
                                                    u"bench laptop 2"_s, kPassword, &problems);
        if (!role2.isEmpty())
            roles << role2;
        if (role1.isEmpty() || role2.isEmpty())
            die(describe(problems));
        std::unique_ptr<Database> asL1 = openUrl(urlA, role1, kPassword);
        std::unique_ptr<Database> asL2 = openUrl(urlA, role2, kPassword);
        const Timed first1 = timedSync(*l1, *asL1, batch, "L1 first sync");
        const Timed first2 = timedSync(*l2, *asL2, batch, "L2 first sync");
        std::printf("  first syncs (seeds, directories): L1 %.0f ms (pushed %d, kept central %d, pulled %d), "
                    "L2 %.0f ms (pulled %d)\n",
                    first1.totalMs, first1.report.pushed, first1.report.keptCentral, first1.report.pulled,
                    first2.totalMs, first2.report.pulled);
        std::fflush(stdout);

        // L1 records the cards.
        QElapsedTimer timer;
        timer.start();
        CardGenerator::Options options;
        options.ownOrganisationOnly = true;
        options.batchSize = generatorBatch;
        const int written = CardGenerator::generate(*l1, Session::program(u"bench"_s), count, 4, options, &problems);
        generateMs = timer.nsecsElapsed() / 1e6;
        if (written != count)
            die(u"generated %1 of %2 cards: %3"_s.arg(written).arg(count).arg(describe(problems)));
        std::printf("  generated %d cards on L1 in %.0f ms; outbox %lld rows\n", written, generateMs,
                    countOf(*l1, u"SELECT COUNT(*) FROM sync_outbox"_s));
        std::fflush(stdout);

        push = timedSync(*l1, *asL1, batch, "L1 push");
        centralCards = countOf(*centralA, u"SELECT COUNT(*) FROM reception_card"_s);
        centralAudit = countOf(*centralA, u"SELECT COUNT(*) FROM audit_event WHERE entity = 'reception_card'"_s);
        std::printf("  push: %.0f ms (push phase %.0f ms), pushed %d, pulled %d; centre holds %lld cards, %lld card "
                    "audit events\n",
                    push.totalMs, push.pushMs, push.report.pushed, push.report.pulled, centralCards, centralAudit);
        std::fflush(stdout);

        pull = timedSync(*l2, *asL2, batch, "L2 pull");
        std::printf("  pull: %.0f ms (pull phase %.0f ms), pulled %d; L2 holds %lld cards\n", pull.totalMs,
                    pull.pullMs, pull.report.pulled, countOf(*l2, u"SELECT COUNT(*) FROM reception_card"_s));
        std::fflush(stdout);

        for (int i = 0; i < 5; ++i) {
            const Timed t = timedSync(*l2, *asL2, batch, "L2 no-op");
            if (t.report.pushed != 0 || t.report.pulled != 0)
                std::printf("  (no-op sync %d moved data: pushed %d, pulled %d)\n", i, t.report.pushed,
                            t.report.pulled);
            noop << t.totalMs;
        }
        std::sort(noop.begin(), noop.end());

        // Raw pull: a plain SELECT of the cards on the centre (superuser: no row-level security) and prepared
        // INSERTs of every row into a fresh migrated SQLite, in one transaction.
        std::unique_ptr<Database> raw = prepare(dir.filePath(u"raw.sqlite"_s), {}, false);
        timer.restart();
        QSqlQuery select(centralA->sql());
        select.setForwardOnly(true);
        if (!select.exec(u"SELECT * FROM reception_card"_s))
            die(Database::errorText(select));
        QString error;
        if (!raw->begin(&error))
            die(error);
        QSqlQuery insert(raw->sql());
        int fields = -1;
        while (select.next()) {
            if (fields < 0) {
                const QSqlRecord record = select.record();
                QStringList columns, marks;
                for (int i = 0; i < record.count(); ++i) {
                    columns << record.fieldName(i);
                    marks << u"?"_s;
                }
                insert = raw->prepare(u"INSERT INTO reception_card (%1) VALUES (%2)"_s.arg(columns.join(u", "_s),
                                                                                          marks.join(u", "_s)));
                fields = int(record.count());
            }
            for (int i = 0; i < fields; ++i)
                insert.bindValue(i, normalizedValue(select.value(i)));
            if (!insert.exec())
                die(Database::errorText(insert));
            ++rawRows;
        }
        if (!raw->commit(&error))
            die(error);
        rawMs = timer.nsecsElapsed() / 1e6;
        // The SELECT alone, for the record.
        timer.restart();
        QSqlQuery selectOnly(centralA->sql());
        selectOnly.setForwardOnly(true);
        selectOnly.exec(u"SELECT * FROM reception_card"_s);
        const int selectFields = int(selectOnly.record().count());
        while (selectOnly.next()) {
            for (int i = 0; i < selectFields; ++i)
                selectOnly.value(i);
        }
        rawSelectMs = timer.nsecsElapsed() / 1e6;
    }

    // COPY baseline: A's cards to a file and into a fresh central B with the same schema, indexes and triggers.
    {
        std::unique_ptr<Database> centralB = prepare(urlB, {});
        const QString cards = dir.filePath(u"cards.copy"_s);
        const QString audit = dir.filePath(u"audit.copy"_s);
        psqlTimed(urlA, u"\\copy (SELECT * FROM reception_card) TO '%1'"_s.arg(cards));
        psqlTimed(urlA, u"\\copy (SELECT * FROM audit_event WHERE entity = 'reception_card') TO '%1'"_s.arg(audit));
        copyMs = psqlTimed(urlB, u"\\copy reception_card FROM '%1'"_s.arg(cards));
        copyAuditMs = psqlTimed(urlB, u"\\copy audit_event FROM '%1'"_s.arg(audit));
        if (countOf(*centralB, u"SELECT COUNT(*) FROM reception_card"_s) != centralCards)
            die(u"COPY into B did not load every card"_s);
    }
    std::exchange(g_cleanup, {})();

    const double noopMedian = noop.at(noop.size() / 2);
    std::printf("\n%-58s %10s %10s %8s %8s\n", "", "ms", "baseline", "ratio", "budget");
    std::printf("%-58s %10.0f %10.0f %8.2f %8s\n", "push of the cards (whole sync) / COPY of reception_card",
                push.totalMs, copyMs, push.totalMs / copyMs, "<= 3");
    std::printf("%-58s %10.0f %10.0f %8.2f %8s\n", "  push phase only / COPY of reception_card", push.pushMs, copyMs,
                push.pushMs / copyMs, "");
    std::printf("%-58s %10.0f %10.0f %8.2f %8s\n", "  whole sync / COPY of cards + their audit events", push.totalMs,
                copyMs + copyAuditMs, push.totalMs / (copyMs + copyAuditMs), "");
    std::printf("%-58s %10.0f %10.0f %8.2f %8s\n", "pull of the cards (whole sync) / raw SELECT + INSERT",
                pull.totalMs, rawMs, pull.totalMs / rawMs, "<= 3");
    std::printf("%-58s %10.0f %10.0f %8.2f %8s\n", "  pull phase only / raw SELECT + INSERT", pull.pullMs, rawMs,
                pull.pullMs / rawMs, "");
    std::printf("%-58s %10.1f %10s %8s %8s\n", "no-op sync, median of 5", noopMedian, "", "", "<= 200");
    std::printf("%-58s %10.1f\n", "no-op sync, min of 5", noop.first());
    std::printf("\ncards %d (centre %lld, raw copy %lld); generating them on L1 took %.0f ms; raw SELECT alone %.0f ms; "
                "COPY of %lld card audit events %.0f ms.\nCOPY times are psql's \\timing of the \\copy (process start not "
                "counted); sync times are wall time of SyncClient::run().\n",
                count, centralCards, rawRows, generateMs, rawSelectMs, centralAudit, copyAuditMs);
    return 0;
}
