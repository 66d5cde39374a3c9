// The electronic queue under load (issue 5 budgets):
//   issue and call <= 20 ms at the 95th percentile on PostgreSQL with 20 desks calling concurrently;
//   a call appears on the board <= 1 s after it is made (QueueWatcher: LISTEN/NOTIFY on PostgreSQL, polling on SQLite).
//
// Usage: bench_queue [TICKETS=2000] [POSTGRES_URL] [DESKS=20]
//   POSTGRES_URL is a superuser URL (default: $ARMCPG_TEST_PG; the password comes from PGPASSWORD). Creates an
//   armcpg_bench_queue_* database there and drops it at the end. Without a URL only SQLite is measured.
//
// Steps per backend: a migrated, seeded centre with DESKS desks for "consultation". Half the tickets are issued
// first by two kiosks (issue alone); then the kiosks issue the other half while every desk, on its own connection,
// calls and finishes until all are served (issue under load, call, finish). Then a board connection with a
// QueueWatcher in the main thread sees 20 calls made one by one on another connection; the delay is from the
// return of callNext (committed) to the watcher's changed().
#include "common/Uuid.h"
#include "queue/QueueConfig.h"
#include "queue/QueueService.h"
#include "queue/QueueWatcher.h"
#include "security/Session.h"
#include "setup/Setup.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace armcpg;

namespace {
QTextStream out(stdout);

[[noreturn]] void die(const QString& message)
{
    QTextStream(stderr) << "bench_queue: " << message << Qt::endl;
    std::exit(1);
}

ConnectionSettings settingsFor(const QString& url)
{
    Problems problems;
    ConnectionSettings settings = ConnectionSettings::parse(url, &problems);
    if (!problems.isEmpty())
        die(describe(problems));
    if (settings.driver == ConnectionSettings::Driver::Postgres)
        settings.sslMode = u"disable"_s;
    return settings;
}

std::unique_ptr<Database> openUrl(const QString& url)
{
    Problems problems;
    std::unique_ptr<Database> db = Database::open(settingsFor(url), &problems);
    if (!db)
        die(describe(problems));
    return db;
}

double nowMs()
{
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

struct Samples
{
    QMutex mutex;
    std::vector<double> ms;
    void add(double v)
    {
        QMutexLocker lock(&mutex);
        ms.push_back(v);
    }
    QString line(const QString& name)
    {
        std::sort(ms.begin(), ms.end());
        auto pct = [&](double p) {
            return ms.empty() ? 0.0 : ms[std::min(ms.size() - 1, size_t(std::ceil(p * ms.size())) - 1)];
        };
        return u"  %1 n=%2  p50 %3 ms  p95 %4 ms  max %5 ms"_s.arg(name, -22)
            .arg(ms.size(), 5)
            .arg(pct(0.5), 7, 'f', 2)
            .arg(pct(0.95), 7, 'f', 2)
            .arg(ms.empty() ? 0.0 : ms.back(), 7, 'f', 2);
    }
};

void runBackend(const QString& label, const QString& url, int tickets, int desks)
{
    Problems problems;
    std::unique_ptr<Database> db = Setup::open(settingsFor(url), &problems);
    if (!db || !Setup::initialise(*db, false, &problems))
        die(describe(problems));
    const Session admin = Session::program(u"bench"_s);
    QueueConfig config(*db);
    QueueServiceType consultation = *config.service(u"consultation"_s);
    consultation.lastNumber = 9999;
    if (!config.saveService(admin, consultation, &problems))
        die(describe(problems));
    for (int d = 1; d <= desks; ++d) {
        if (!config.saveDesk(admin, {QString::number(d), u"Терезе %1"_s.arg(d), {u"consultation"_s}, true, d},
                             &problems))
            die(describe(problems));
    }
    QMutex connecting;
    auto connect = [&] {
        QMutexLocker lock(&connecting);
        std::unique_ptr<Database> c = openUrl(url);
        c->loadDeviceIdentity();
        return c;
    };
    TicketRequest request;
    request.serviceCode = u"consultation"_s;
    Samples issueAlone, issueLoaded, call, finish;
    auto kiosk = [&](int count, Samples* samples) {
        std::unique_ptr<Database> c = connect();
        QueueService queue(*c);
        for (int i = 0; i < count; ++i) {
            Problems p;
            const double start = nowMs();
            if (!queue.issue(Session::program(u"kiosk"_s), request, &p))
                die(describe(p));
            samples->add(nowMs() - start);
        }
    };
    { // half the day's tickets before the desks open
        std::thread a(kiosk, tickets / 4, &issueAlone), b(kiosk, tickets / 4, &issueAlone);
        a.join();
        b.join();
    }
    std::atomic<bool> issuing{true};
    std::atomic<int> served{0};
    std::vector<std::thread> threads;
    const double wallStart = nowMs();
    for (int d = 1; d <= desks; ++d) {
        threads.emplace_back([&, d] {
            std::unique_ptr<Database> c = connect();
            QueueService queue(*c);
            UserAccount user;
            user.id = newUuid();
            user.login = u"desk%1"_s.arg(d);
            user.roles = {Role::Operator};
            const Session op(user);
            const QString desk = QString::number(d);
            while (true) {
                Problems p;
                const double start = nowMs();
                const auto ticket = queue.callNext(op, desk, &p);
                const double took = nowMs() - start;
                if (!p.isEmpty())
                    die(describe(p));
                if (!ticket) {
                    if (!issuing && queue.waiting().isEmpty())
                        return;
                    std::this_thread::sleep_for(std::chrono::milliseconds(10)); // nobody waiting: try again soon
                    continue;
                }
                call.add(took);
                const double f = nowMs();
                if (!queue.finish(op, desk, &p))
                    die(describe(p));
                finish.add(nowMs() - f);
                ++served;
            }
        });
    }
    {
        std::thread a(kiosk, tickets / 4, &issueLoaded), b(kiosk, tickets - 3 * (tickets / 4), &issueLoaded);
        a.join();
        b.join();
    }
    issuing = false;
    for (std::thread& t : threads)
        t.join();
    const double wall = nowMs() - wallStart;

    // The board: a watcher on its own connection in this thread, calls made on another connection.
    Samples board;
    {
        QueueService queue(*db);
        for (int i = 0; i < 20; ++i)
            queue.issue(Session::program(u"kiosk"_s), request, &problems);
        QueueWatcher watcher(*db);
        QString error;
        if (!watcher.start(&error))
            die(error);
        // The watcher may hear of a call before callNext has returned in the desk's thread: the delay is from
        // the return (the change committed) to changed(), 0 when the board was quicker than the desk.
        std::atomic<double> heardAt{0};
        std::atomic<bool> listening{false};
        QObject::connect(&watcher, &QueueWatcher::changed, [&] {
            if (listening.exchange(false))
                heardAt = nowMs();
        });
        std::atomic<bool> done{false};
        std::thread desk([&] {
            std::unique_ptr<Database> c = connect();
            QueueService q(*c);
            const Session op = Session::program(u"bench-desk"_s);
            for (int i = 0; i < 20; ++i) {
                // Not in step with the board's polling: the calls fall at different points of its 300 ms.
                std::this_thread::sleep_for(std::chrono::milliseconds(250 + 37 * (i % 8)));
                Problems p;
                heardAt = 0;
                listening = true;
                const auto ticket = q.callNext(op, u"1"_s, &p);
                const double madeAt = nowMs();
                if (!ticket)
                    die(u"no ticket to call: "_s + describe(p));
                std::this_thread::sleep_for(std::chrono::milliseconds(1200)); // the board has time to see it
                listening = false;
                if (heardAt > 0)
                    board.add(std::max(0.0, heardAt - madeAt));
                q.finish(op, u"1"_s, &p);
                std::this_thread::sleep_for(std::chrono::milliseconds(50)); // the finish's own notice passes
            }
            done = true;
        });
        QTimer check;
        QEventLoop loop;
        QObject::connect(&check, &QTimer::timeout, [&] {
            if (done)
                loop.quit();
        });
        check.start(50);
        loop.exec();
        desk.join();
        out << label << (watcher.usesNotifications() ? " (LISTEN/NOTIFY)" : " (polling 300 ms)") << Qt::endl;
    }
    out << u"  %1 tickets, %2 desks: all served in %3 s (%4 served)"_s.arg(tickets)
               .arg(desks)
               .arg(wall / 1000, 0, 'f', 1)
               .arg(served.load())
        << Qt::endl;
    out << issueAlone.line(u"issue (kiosks only)"_s) << Qt::endl;
    out << issueLoaded.line(u"issue (desks calling)"_s) << Qt::endl;
    out << call.line(u"call next"_s) << Qt::endl;
    out << finish.line(u"finish"_s) << Qt::endl;
    out << board.line(u"call -> board"_s) << u"  (budget 1000 ms; missed: %1)"_s.arg(20 - int(board.ms.size()))
        << Qt::endl;
}
} // namespace

int main(int argc, char* argv[])
{
    QTemporaryDir dir(u"/tmp/armcpg-bench-queue-XXXXXX"_s);
    qputenv("XDG_CONFIG_HOME", dir.filePath(u"config"_s).toUtf8()); // device identities of PG connections
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"armcpg-bench"_s);
    const QStringList args = app.arguments();
    const int tickets = args.size() > 1 ? args.at(1).toInt() : 2000;
    const QString pgUrl =
        args.size() > 2 && !args.at(2).isEmpty() ? args.at(2) : qEnvironmentVariable("ARMCPG_TEST_PG");
    const int desks = args.size() > 3 ? args.at(3).toInt() : 20;
    if (tickets < 8 || desks < 1)
        die(u"usage: bench_queue [TICKETS=2000] [POSTGRES_URL] [DESKS=20]"_s);

    runBackend(u"SQLite (one file, WAL, synchronous=FULL)"_s, dir.filePath(u"queue.sqlite"_s), tickets, desks);
    if (pgUrl.isEmpty()) {
        out << "PostgreSQL: no URL (argument or ARMCPG_TEST_PG), not measured" << Qt::endl;
        return 0;
    }
    const QString name = u"armcpg_bench_queue_"_s + newUuid().remove(u'-').left(12);
    {
        std::unique_ptr<Database> admin = openUrl(pgUrl);
        QString error;
        if (!admin->exec(u"CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0"_s.arg(name), &error))
            die(error);
    }
    runBackend(u"PostgreSQL"_s, pgUrl.left(pgUrl.lastIndexOf(u'/')) + u'/' + name, tickets, desks);
    std::unique_ptr<Database> admin = openUrl(pgUrl);
    admin->exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name));
    return 0;
}
