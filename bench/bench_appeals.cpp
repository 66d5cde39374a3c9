// The appeal lists over 200,000 appeals (issue 6, "Budgets"): the control list opens (first page + the counts of
// every tab) within 500 ms on SQLite and on PostgreSQL; the overdue and due-within-7-days lists likewise; one
// deadline (AppealDeadline::term) within 1 ms, averaged over 10,000 appeals. Prints the figures; not pass/fail.
//
//   bench_appeals [COUNT=200000] [SQLITE_FILE] [POSTGRES_URL]
//     defaults: /tmp/armcpg-bench-appeals.sqlite (kept between runs, topped up), and $ARMCPG_TEST_PG: a superuser
//     URL on which a scratch database is created and dropped (kept with ARMCPG_BENCH_KEEP set); without it
//     PostgreSQL is not measured.
//
// The appeals are bulk-inserted (multi-row INSERTs, not one audited WriteTransaction each): two years of receipts,
// every kind and regime, the term in force computed by AppealDeadline, 85 % answered in time, 7 % late, 8 % not
// answered, one in ten taken on control (half of the answered ones removed again).
#include "appeal/AppealDeadline.h"
#include "appeal/AppealJournal.h"
#include "calendar/CalendarService.h"
#include "common/Uuid.h"
#include "deadline/DeadlineRule.h"
#include "setup/Setup.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace armcpg;

namespace {

const QDate kAsOf(2026, 11, 20);

struct KindRegime
{
    const char* kind;
    const char* regime;
};
const KindRegime kKinds[] = {{"statement", "appk_administrative"}, {"report", "appk_simplified"},
                             {"complaint", "appk_complaint"},      {"request", "appk_simplified"},
                             {"complaint", "upk"},                 {"deputy_request", "parliament"},
                             {"proposal", "appk_simplified"}};
constexpr int kKindCount = int(std::size(kKinds));

const char* const kNames[] = {"Сәрсенбаева Гүлнар", "Петров Игорь", "Жақсылықов Нұрсұлтан", "Ахметова Динара",
                              "Қасымов Бауыржан",   "Ким Александр", "Омарова Әсел",         "Иванова Ольга"};

[[noreturn]] void die(const QString& message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    std::exit(1);
}

std::unique_ptr<Database> open(const QString& url)
{
    Problems problems;
    ConnectionSettings settings = ConnectionSettings::parse(url, &problems);
    if (settings.driver == ConnectionSettings::Driver::Postgres)
        settings.sslMode = u"disable"_s;
    std::unique_ptr<Database> db = problems.isEmpty() ? Setup::open(settings, &problems) : nullptr;
    if (!db)
        die(describe(problems));
    return db;
}

int appealCount(Database& db)
{
    QSqlQuery q = db.prepare(u"SELECT COUNT(*) FROM appeal"_s);
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
    std::printf("  %-48s first %8.1f ms, median %8.1f ms (budget %4.0f ms) %s  [%d]\n", label, first, median, budgetMs,
                std::max(first, median) <= budgetMs ? "OK  " : "OVER", rows);
    std::fflush(stdout);
}

QString quoted(const QString& text) { return u'\'' + QString(text).replace(u"'"_s, u"''"_s) + u'\''; }
QString quoted(const QDate& date) { return date.isValid() ? quoted(date.toString(Qt::ISODate)) : u"NULL"_s; }

// Appeal n of the generated set (deterministic: the same n gives the same appeal on every run and backend).
Appeal generated(int n, const AppealDeadline& deadlines)
{
    Appeal a;
    const KindRegime& k = kKinds[n % kKindCount];
    a.kindCode = QString::fromLatin1(k.kind);
    a.regimeCode = QString::fromLatin1(k.regime);
    a.receivedOn = kAsOf.addDays(-((n * 7919) % 730));
    a.registeredOn = a.receivedOn;
    a.applicantName = QString::fromUtf8(kNames[n % int(std::size(kNames))]) + u' ' + QString::number(n);
    a.dueOn = deadlines.term(a, kAsOf).due;
    const int r = (n * 31 + 17) % 100;
    if (a.dueOn.isValid() && a.dueOn < kAsOf) {
        if (r < 85)
            a.finalAnswerSentOn = qMax(a.receivedOn, a.dueOn.addDays(-1));
        else if (r < 92)
            a.finalAnswerSentOn = a.dueOn.addDays(3);
    } else if (!a.dueOn.isValid() && a.receivedOn < kAsOf.addDays(-60)) {
        a.finalAnswerSentOn = a.receivedOn.addDays(30);
    }
    if ((n * 13) % 10 == 0) {
        a.controlTakenAt = QDateTime(a.receivedOn, QTime(10, 0), Qt::UTC);
        if (a.finalAnswerSentOn.isValid() && n % 20 == 0)
            a.controlRemovedAt = QDateTime(a.finalAnswerSentOn, QTime(16, 0), Qt::UTC);
    }
    return a;
}

void generate(Database& db, int from, int to, const AppealDeadline& deadlines)
{
    const bool lite = db.isSqlite();
    const QString organisation = db.organisationCode();
    const QString device = db.deviceId();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QElapsedTimer timer;
    timer.start();
    constexpr int kBatch = 1000;
    for (int start = from; start < to; start += kBatch) {
        QStringList rows;
        for (int n = start; n < std::min(to, start + kBatch); ++n) {
            const Appeal a = generated(n, deadlines);
            const QString lead = u"00000000-0000-4000-8000-%1"_s.arg(n % 50, 12, 10, QLatin1Char('0'));
            auto stamp = [](const QDateTime& t) { return t.isValid() ? quoted(t.toString(Qt::ISODateWithMs)) : u"NULL"_s; };
            rows << u"(%1, %2, %3, %2, %3, 1, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16, %17, %18, "
                    "%19, %20, %21, %22, %23)"_s
                        .arg(quoted(newUuid()), quoted(now), quoted(lead), quoted(u"%1-%2"_s.arg(now).arg(n)),
                             quoted(device), lite ? u"0"_s : u"FALSE"_s,
                             quoted(u"ЖҚ-%1-BENCH-%2"_s.arg(organisation).arg(n, 7, 10, QLatin1Char('0'))),
                             quoted(organisation), quoted(a.registeredOn))
                        .arg(quoted(a.receivedOn), quoted(a.kindCode), quoted(a.regimeCode), quoted(u"paper"_s),
                             quoted(u"paper"_s), quoted(a.applicantName),
                             quoted(u"Мәні / суть обращения №%1"_s.arg(n)), quoted(a.dueOn),
                             quoted(a.finalAnswerSentOn))
                        .arg(stamp(a.controlTakenAt), stamp(a.controlRemovedAt), quoted(lead), quoted(u"exec"_s + QString::number(n % 50)))
                        .arg(a.finalAnswerSentOn.isValid() ? quoted(u"answered"_s) : quoted(u"in_consideration"_s));
        }
        QString error;
        if (!db.begin(&error)
            || !db.exec(u"INSERT INTO appeal (id, created_at, created_by, updated_at, updated_by, version, hlc, "
                        "origin_device, deleted, number, organisation_code, registered_on, received_on, kind_code, "
                        "regime_code, form_code, channel_code, applicant_name, essence, due_on, final_answer_sent_on, "
                        "control_taken_at, control_removed_at, lead_executor_id, lead_executor_login, status) VALUES "_s
                            + rows.join(u",\n"_s),
                        &error)
            || !db.commit(&error))
            die(error);
        if ((start + kBatch - from) % 50000 == 0)
            std::printf("  generated %d (%.0f appeals/s)\n", start + kBatch,
                        (start + kBatch - from) / (timer.elapsed() / 1000.0));
        std::fflush(stdout);
    }
}

void runBackend(const QString& label, const QString& url, int count)
{
    std::printf("\n%s: %s\n", qPrintable(label), qPrintable(url));
    std::unique_ptr<Database> db = open(url);
    Problems problems;
    if (!Setup::isInitialised(*db) && !Setup::initialise(*db, false, &problems))
        die(describe(problems));
    if (db->organisationCode().isEmpty())
        db->setDeviceIdentity(db->deviceId(), Setup::demoOrganisation(*db));
    const DeadlineRuleSet rules = DeadlineRuleSet::builtin(&problems);
    const DeadlineCalculator calculator(CalendarService(*db).load());
    const AppealDeadline deadlines(calculator, rules);

    const int existing = appealCount(*db);
    std::printf("  %d appeals present, %d wanted\n", existing, count);
    if (existing < count) {
        QElapsedTimer timer;
        timer.start();
        generate(*db, existing, count, deadlines);
        std::printf("  generation: %d appeals in %.1f s\n", count - existing, timer.elapsed() / 1000.0);
        if (!db->isSqlite()) // what autovacuum does on a server after a bulk load; the workstation's SQLite has none
            db->exec(u"ANALYZE appeal"_s);
    }
    db.reset();
    db = open(url); // a fresh connection, as the workstation would have

    AppealJournal journal(*db);
    AppealJournal::Filter filter;
    filter.asOf = kAsOf;
    filter.userId = u"00000000-0000-4000-8000-000000000007"_s;
    const AppealJournal::Counts c = journal.counts(filter);
    if (!journal.lastError().isEmpty())
        die(journal.lastError());
    std::printf("  counts as of %s: all %d, mine %d, control %d, due within 7 days %d, overdue %d, deemed refused %d\n",
                qPrintable(kAsOf.toString(Qt::ISODate)), c.all, c.mine, c.control, c.dueSoon, c.overdue,
                c.deemedRefused);
    const int page = 200;
    using List = AppealJournal::List;
    measure("control list: first page + counts of every tab", 500, 5, [&] {
        const AppealJournal::Counts counts = journal.counts(filter);
        return int(journal.fetch(List::Control, filter, AppealJournal::Sort::DueDate, 0, page).size()) + 0 * counts.all;
    });
    measure("counts of every tab alone", 500, 5, [&] { return journal.counts(filter).control; });
    for (const auto& [name, list] : {std::pair{"control", List::Control}, std::pair{"overdue", List::Overdue},
                                     std::pair{"due within 7 days", List::DueSoon},
                                     std::pair{"deemed refused", List::DeemedRefused}, std::pair{"mine", List::Mine},
                                     std::pair{"all", List::All}}) {
        measure(qPrintable(u"%1: first page + its count"_s.arg(QString::fromLatin1(name))), 500, 5, [&, list = list] {
            return int(journal.fetch(list, filter, AppealJournal::Sort::DueDate, 0, page).size())
                 + 0 * journal.count(list, filter);
        });
    }
    measure("control list sorted by number, first page", 500, 3, [&] {
        return int(journal.fetch(List::Control, filter, AppealJournal::Sort::Number, 0, page).size());
    });
    measure("control list, page at offset 10,000", 500, 3, [&] {
        return int(journal.fetch(List::Control, filter, AppealJournal::Sort::DueDate, 10000, page).size());
    });
    AppealJournal::Filter text = filter;
    text.text = u"Қасымов"_s;
    measure("overdue list searched by applicant, first page", 500, 3, [&] {
        return int(journal.fetch(List::Overdue, text, AppealJournal::Sort::DueDate, 0, page).size());
    });
}

void deadlineFigure()
{
    Problems problems;
    const WorkCalendar calendar = WorkCalendar::builtin(&problems);
    const DeadlineRuleSet rules = DeadlineRuleSet::builtin(&problems);
    if (!problems.isEmpty())
        die(describe(problems));
    const DeadlineCalculator calculator(calendar);
    const AppealDeadline deadlines(calculator, rules);
    QList<Appeal> appeals;
    for (int n = 0; n < 10000; ++n) {
        Appeal a;
        a.kindCode = QString::fromLatin1(kKinds[n % kKindCount].kind);
        a.regimeCode = QString::fromLatin1(kKinds[n % kKindCount].regime);
        a.receivedOn = kAsOf.addDays(-((n * 7919) % 700));
        appeals << a;
    }
    QElapsedTimer timer;
    timer.start();
    int applies = 0;
    for (const Appeal& a : appeals)
        applies += deadlines.term(a, kAsOf).applies ? 1 : 0;
    const double perTerm = timer.nsecsElapsed() / 1e6 / appeals.size();
    std::printf("\none deadline (AppealDeadline::term), mean over %lld appeals: %.4f ms (budget 1 ms) %s  [%d with a "
                "term]\n",
                qlonglong(appeals.size()), perTerm, perTerm <= 1.0 ? "OK" : "OVER", applies);
}

} // namespace

int main(int argc, char* argv[])
{
    QTemporaryDir config(u"/tmp/armcpg-bench-appeals-XXXXXX"_s);
    qputenv("XDG_CONFIG_HOME", config.filePath(u"config"_s).toUtf8()); // device identities of PG connections
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"armcpg-bench"_s);
    const QStringList args = app.arguments();
    const int count = args.size() > 1 ? args.at(1).toInt() : 200000;
    const QString file = args.size() > 2 && !args.at(2).isEmpty() ? args.at(2) : u"/tmp/armcpg-bench-appeals.sqlite"_s;
    const QString pgUrl = args.size() > 3 && !args.at(3).isEmpty() ? args.at(3) : qEnvironmentVariable("ARMCPG_TEST_PG");
    if (count < 1)
        die(u"usage: bench_appeals [COUNT=200000] [SQLITE_FILE] [POSTGRES_URL (default $ARMCPG_TEST_PG)]"_s);

    deadlineFigure();
    runBackend(u"SQLite"_s, file, count);
    if (pgUrl.isEmpty()) {
        std::printf("\nPostgreSQL: no URL (argument or ARMCPG_TEST_PG), not measured\n");
        return 0;
    }
    const QString name = u"armcpg_bench_appeals_"_s + newUuid().remove(u'-').left(12);
    {
        Problems problems;
        ConnectionSettings settings = ConnectionSettings::parse(pgUrl, &problems);
        settings.sslMode = u"disable"_s;
        std::unique_ptr<Database> admin = Database::open(settings, &problems);
        QString error;
        if (!admin || !admin->exec(u"CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0"_s.arg(name), &error))
            die(error.isEmpty() ? describe(problems) : error);
    }
    runBackend(u"PostgreSQL"_s, pgUrl.left(pgUrl.lastIndexOf(u'/')) + u'/' + name, count);
    if (qEnvironmentVariableIsSet("ARMCPG_BENCH_KEEP")) { // to look at the plans (EXPLAIN) afterwards
        std::printf("kept %s\n", qPrintable(name));
        return 0;
    }
    Problems problems;
    ConnectionSettings settings = ConnectionSettings::parse(pgUrl, &problems);
    settings.sslMode = u"disable"_s;
    if (std::unique_ptr<Database> admin = Database::open(settings, &problems))
        admin->exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name));
    return 0;
}
