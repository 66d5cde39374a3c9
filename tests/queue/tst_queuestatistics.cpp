// Queue statistics from the event log (issue 5 "Statistics"; Qmatic's definitions, peers §1.1): waiting and service
// time (mean, median, 90th percentile, max), served per desk, prosecutor and hour, no-show rate, by day, ISO week and
// month; the estimated wait of a new ticket (ZMS #878) and the head's alert; and QueueWatcher telling boards of a
// change within a second (PostgreSQL LISTEN/NOTIFY, SQLite polling). On SQLite and PostgreSQL, fixed clocks.
#include "QueueTestSupport.h"

#include "queue/QueueStatistics.h"
#include "queue/QueueWatcher.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

namespace {
QDateTime on(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute));
}
} // namespace

class TestQueueStatistics : public QObject
{
    Q_OBJECT

private slots:
    void statisticsFromTheEventLog_data() { ARMCPG_BACKEND_DATA(); }
    void statisticsFromTheEventLog()
    {
        ARMCPG_OPEN_BACKEND(t);
        FixedClock clock(on(3, 30, 9, 0));
        t->setClock(&clock);
        QString error;
        QVERIFY2(seedCentre(*t.db(), &error), qPrintable(error));
        QueueService queue(*t.db());
        const Session kim = userWith({Role::ReceptionProsecutor}, u"kim"_s);
        const Session op = operatorSession();
        Problems problems;
        auto step = [&](const QDateTime& at, const std::function<bool()>& action) {
            clock.set(at);
            const bool ok = action();
            if (!ok)
                qWarning("%s", qPrintable(describe(problems)));
            return ok;
        };
        const TicketRequest consultation = walkIn(u"consultation"_s);
        // Monday 30 March: A waits 10 min and is served 10 min (from the start); B did not come.
        QVERIFY(step(on(3, 30, 9, 0), [&] { return bool(queue.issue(kiosk(), consultation, &problems)); }));
        QVERIFY(step(on(3, 30, 9, 2), [&] { return bool(queue.issue(kiosk(), consultation, &problems)); }));
        QVERIFY(step(on(3, 30, 9, 10), [&] { return bool(queue.callNext(kim, u"1"_s, &problems)); }));
        QVERIFY(step(on(3, 30, 9, 12), [&] { return bool(queue.start(kim, u"1"_s, &problems)); }));
        QVERIFY(step(on(3, 30, 9, 15), [&] { return bool(queue.callNext(op, u"2"_s, &problems)); }));
        QVERIFY(step(on(3, 30, 9, 16), [&] { return bool(queue.noShow(op, u"2"_s, &problems)); }));
        QVERIFY(step(on(3, 30, 9, 22), [&] { return bool(queue.finish(kim, u"1"_s, &problems)); }));
        // Tuesday 31 March: C waits 30 min, served 10 min from the call; D waits 26 min, is postponed to 11:00,
        // waits 5 more minutes from then and is served 20 min.
        QVERIFY(step(on(3, 31, 10, 0), [&] { return bool(queue.issue(kiosk(), consultation, &problems)); }));
        QVERIFY(step(on(3, 31, 10, 5), [&] { return bool(queue.issue(kiosk(), consultation, &problems)); }));
        QVERIFY(step(on(3, 31, 10, 30), [&] { return bool(queue.callNext(op, u"1"_s, &problems)); }));
        QVERIFY(step(on(3, 31, 10, 31), [&] { return bool(queue.callNext(op, u"2"_s, &problems)); }));
        QVERIFY(
            step(on(3, 31, 10, 32), [&] { return bool(queue.postpone(op, u"2"_s, on(3, 31, 11, 0), {}, &problems)); }));
        QVERIFY(step(on(3, 31, 10, 40), [&] { return bool(queue.finish(op, u"1"_s, &problems)); }));
        QVERIFY(step(on(3, 31, 11, 5), [&] { return bool(queue.callNext(op, u"2"_s, &problems)); }));
        QVERIFY(step(on(3, 31, 11, 6), [&] { return bool(queue.start(op, u"2"_s, &problems)); }));
        QVERIFY(step(on(3, 31, 11, 26), [&] { return bool(queue.finish(op, u"2"_s, &problems)); }));
        // Monday 6 April (next week, next month): E waits 1 min, served 2 min.
        QVERIFY(step(on(4, 6, 14, 0), [&] { return bool(queue.issue(kiosk(), consultation, &problems)); }));
        QVERIFY(step(on(4, 6, 14, 1), [&] { return bool(queue.callNext(op, u"1"_s, &problems)); }));
        QVERIFY(step(on(4, 6, 14, 3), [&] { return bool(queue.finish(op, u"1"_s, &problems)); }));

        QueueStatistics statistics(*t.db());
        QVERIFY(!statistics.compute(op, QDate(2026, 3, 30), QDate(2026, 4, 6), &problems));
        QCOMPARE(problems.first().field, u"permission"_s);
        problems.clear();
        QVERIFY(!statistics.compute(Session::program(u"test"_s), QDate(2026, 4, 6), QDate(2026, 3, 30), &problems));
        QCOMPARE(problems.first().field, u"to"_s);
        problems.clear();
        const auto stats =
            statistics.compute(userWith({Role::Head}, u"head"_s), QDate(2026, 3, 30), QDate(2026, 4, 6), &problems);
        QVERIFY2(stats, qPrintable(describe(problems)));
        const QueueStatsBucket& total = stats->total;
        QCOMPARE(total.issued, 5);
        QCOMPARE(total.served, 4);
        QCOMPARE(total.noShows, 1);
        QCOMPARE(total.noShowRate(), 0.2);
        // Waits 60, 300, 600, 780, 1560, 1800 s: median of the middle two, nearest-rank p90.
        QCOMPARE(total.wait.count, 6);
        QCOMPARE(total.wait.mean, 850.0);
        QCOMPARE(total.wait.median, 690.0);
        QCOMPARE(total.wait.p90, 1800.0);
        QCOMPARE(total.wait.max, 1800.0);
        // Services 120, 600, 600, 1200 s.
        QCOMPARE(total.service.count, 4);
        QCOMPARE(total.service.mean, 630.0);
        QCOMPARE(total.service.median, 600.0);
        QCOMPARE(total.service.p90, 1200.0);
        QCOMPARE(total.service.max, 1200.0);
        QCOMPARE(stats->servedPerDesk, (QMap<QString, int>{{u"1"_s, 3}, {u"2"_s, 1}}));
        QCOMPARE(stats->servedPerUser, (QMap<QString, int>{{u"kim"_s, 1}, {u"operator"_s, 3}}));
        QCOMPARE(stats->servedPerHour, (QMap<int, int>{{9, 1}, {10, 1}, {11, 1}, {14, 1}}));
        QStringList days, weeks, months;
        for (const QueueStatsBucket& b : stats->byDay)
            days << u"%1 %2/%3/%4"_s.arg(b.period).arg(b.issued).arg(b.served).arg(b.noShows);
        for (const QueueStatsBucket& b : stats->byWeek)
            weeks << u"%1 %2..%3 %4/%5"_s.arg(b.period, b.from.toString(Qt::ISODate), b.to.toString(Qt::ISODate))
                         .arg(b.issued)
                         .arg(b.served);
        for (const QueueStatsBucket& b : stats->byMonth)
            months << u"%1 %2/%3"_s.arg(b.period).arg(b.issued).arg(b.served);
        QCOMPARE(days, (QStringList{u"2026-03-30 2/1/1"_s, u"2026-03-31 2/2/0"_s, u"2026-04-06 1/1/0"_s}));
        QCOMPARE(weeks,
                 (QStringList{u"2026-W14 2026-03-30..2026-04-05 4/3"_s, u"2026-W15 2026-04-06..2026-04-12 1/1"_s}));
        QCOMPARE(months, (QStringList{u"2026-03 4/3"_s, u"2026-04 1/1"_s}));
        QCOMPARE(stats->byDay.at(1).wait.count, 3); // 1800, 1560 and, after the postponement, 300
        QCOMPARE(stats->byDay.at(1).wait.median, 1560.0);
        QCOMPARE(stats->toJson()[u"by_month"_s].toArray().size(), 2);
        // A period that holds only the Tuesday.
        const auto tuesday =
            statistics.compute(Session::program(u"test"_s), QDate(2026, 3, 31), QDate(2026, 3, 31), &problems);
        QCOMPARE(tuesday->total.issued, 2);
        QCOMPARE(tuesday->total.wait.count, 3);

        // Estimate for a new ticket: 3 people ahead × mean service of the last two weeks (10, 10, 20, 2 min from
        // start or call to finish = 10.5 min) ÷ 1 desk active in the last hour = 31.5 -> 32 min.
        for (int i = 0; i < 3; ++i)
            QVERIFY(step(on(4, 6, 15, 0), [&] { return bool(queue.issue(kiosk(), consultation, &problems)); }));
        WaitEstimate estimate = statistics.estimate(u"consultation"_s);
        QCOMPARE(estimate.peopleAhead, 3);
        QCOMPARE(estimate.activeDesks, 1);
        QCOMPARE(estimate.averageServiceMinutes, 10.5);
        QCOMPARE(estimate.minutes, 32);
        // An out-of-turn visitor has nobody ahead; the day's numbers began again (E was К-001 today).
        TicketRequest veteran = consultation;
        veteran.priorityCode = u"wwii"_s;
        const auto first = queue.issue(kiosk(), veteran, &problems);
        QCOMPARE(statistics.estimate(*first).peopleAhead, 0);
        QCOMPARE(statistics.estimate(*queue.byNumber(u"К-004"_s)).peopleAhead, 3); // the veteran, К-002 and К-003
        // Over an hour after the last desk action, every desk configured for the service counts (3 seeded).
        clock.set(on(4, 6, 15, 10));
        QCOMPARE(statistics.estimate(u"reception"_s).activeDesks, 2);
        QCOMPARE(statistics.estimate(u"reception"_s).averageServiceMinutes, 20.0); // the service's configured minutes

        // The head's alert: the longest wait against the threshold (30 min by default).
        QCOMPARE(statistics.waitAlert().exceeded, false);
        clock.set(on(4, 6, 15, 31));
        WaitAlert alert = statistics.waitAlert();
        QVERIFY(alert.exceeded);
        QCOMPARE(alert.longestWaitMinutes, 31);
        QCOMPARE(alert.ticketNumber, u"К-005"_s); // of those waiting equally long, the first to be called
        QCOMPARE(alert.waitingOverThreshold, 4);
        QVERIFY(QueueConfig(*t.db()).setAlertWaitMinutes(userWith({Role::Head}, u"head"_s), 45, &problems));
        QCOMPARE(statistics.waitAlert().exceeded, false);
        QVERIFY(!QueueConfig(*t.db()).setAlertWaitMinutes(op, 10, &problems));
    }

    // Budget: a call is on the board within a second (issue 5). The board's connection hears of a change made on
    // another connection: by NOTIFY on PostgreSQL, by polling the log on SQLite.
    void watcherSeesChangesWithinASecond_data() { ARMCPG_BACKEND_DATA(); }
    void watcherSeesChangesWithinASecond()
    {
        ARMCPG_OPEN_BACKEND(t);
        QString error;
        QVERIFY2(seedCentre(*t.db(), &error), qPrintable(error));
        std::unique_ptr<Database> desk = t.openAnother();
        QVERIFY(desk);
        QueueWatcher watcher(*t.db());
        QVERIFY2(watcher.start(&error), qPrintable(error));
        QCOMPARE(watcher.usesNotifications(), !t->isSqlite());
        QSignalSpy spy(&watcher, &QueueWatcher::changed);
        QTest::qWait(400);
        QCOMPARE(spy.count(), 0); // nothing changed, nothing told
        QueueService queue(*desk);
        Problems problems;
        for (const char* action : {"issue", "call"}) {
            spy.clear();
            QElapsedTimer timer;
            timer.start();
            const bool ok = qstrcmp(action, "issue") == 0
                                ? bool(queue.issue(kiosk(), walkIn(u"consultation"_s), &problems))
                                : bool(queue.callNext(operatorSession(), u"1"_s, &problems));
            QVERIFY2(ok, qPrintable(describe(problems)));
            QVERIFY2(spy.wait(1000) || spy.count() > 0, action);
            QVERIFY2(timer.elapsed() < 1000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
        }
        QVERIFY(watcher.lastSeq() >= 2);
        watcher.stop();
    }
};

QTEST_GUILESS_MAIN(TestQueueStatistics)
#include "tst_queuestatistics.moc"
