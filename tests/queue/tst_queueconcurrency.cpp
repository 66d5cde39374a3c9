// Several desks on one queue (issue 5 acceptance): on a real PostgreSQL 20 desks, each on its own connection,
// call concurrently while two kiosks issue, until 2,000 tickets are served: each is served exactly once, by the
// desk that called it, and the log holds one call and one finish per ticket. The same on one SQLite file with
// fewer desks (kiosk, panel and board processes share the file in the standalone set-up).
#include "QueueTestSupport.h"

#include <QMutex>
#include <QSqlQuery>

#include <atomic>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

class TestQueueConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void desksCallConcurrently_eachTicketServedOnce_data() { ARMCPG_BACKEND_DATA(); }
    void desksCallConcurrently_eachTicketServedOnce()
    {
        ARMCPG_OPEN_BACKEND(t);
        QString error;
        QVERIFY2(seedCentre(*t.db(), &error), qPrintable(error));
        const bool pg = !t->isSqlite();
        const int desks = pg ? 20 : 4;
        const int tickets = pg ? 2000 : 300;
        const int kiosks = 2;

        const Session admin = Session::program(u"test"_s);
        QueueConfig config(*t.db());
        Problems problems;
        QueueServiceType consultation = *config.service(u"consultation"_s);
        consultation.lastNumber = 9999;
        QVERIFY(config.saveService(admin, consultation, &problems));
        for (int d = 4; d <= desks; ++d)
            QVERIFY(config.saveDesk(
                admin, {QString::number(d), u"Терезе %1"_s.arg(d), {u"consultation"_s}, true, d * 10}, &problems));

        QMutex mutex; // TestDatabase itself is not shared between threads
        auto connect = [&] {
            QMutexLocker lock(&mutex);
            return t.openAnother();
        };
        std::atomic<int> issued{0};
        std::atomic<bool> issuing{true};
        QStringList errors;
        QHash<QString, QString> servedBy; // ticket id -> desk
        std::vector<std::thread> threads;
        for (int k = 0; k < kiosks; ++k) {
            threads.emplace_back([&, k] {
                std::unique_ptr<Database> db = connect();
                if (!db) {
                    QMutexLocker lock(&mutex);
                    errors << u"kiosk %1 cannot connect"_s.arg(k);
                    return;
                }
                QueueService queue(*db);
                for (int i = 0; i < tickets / kiosks; ++i) {
                    Problems p;
                    TicketRequest r;
                    r.serviceCode = u"consultation"_s;
                    r.language = i % 2 ? u"kk"_s : u"ru"_s;
                    if (queue.issue(kiosk(), r, &p)) {
                        ++issued;
                    } else {
                        QMutexLocker lock(&mutex);
                        errors << describe(p);
                    }
                }
            });
        }
        for (int d = 1; d <= desks; ++d) {
            threads.emplace_back([&, d] {
                const QString desk = QString::number(d);
                std::unique_ptr<Database> db = connect();
                if (!db) {
                    QMutexLocker lock(&mutex);
                    errors << u"desk %1 cannot connect"_s.arg(desk);
                    return;
                }
                QueueService queue(*db);
                const Session op = userWith({Role::Operator}, u"desk%1"_s.arg(desk));
                while (true) {
                    Problems p;
                    const auto ticket = queue.callNext(op, desk, &p);
                    if (!p.isEmpty()) {
                        QMutexLocker lock(&mutex);
                        errors << desk + u": "_s + describe(p);
                        return;
                    }
                    if (!ticket) {
                        if (!issuing && queue.waiting().isEmpty())
                            return;
                        std::this_thread::sleep_for(std::chrono::milliseconds(2));
                        continue;
                    }
                    const auto done = queue.finish(op, desk, &p);
                    {
                        QMutexLocker lock(&mutex);
                        if (!done || done->id != ticket->id)
                            errors << desk + u": finish "_s + describe(p);
                        if (servedBy.contains(ticket->id))
                            errors << u"%1 served twice: desks %2 and %3"_s.arg(ticket->number,
                                                                                servedBy.value(ticket->id), desk);
                        servedBy.insert(ticket->id, desk);
                    }
                    // An operator takes a moment between visitors; without it SQLite's unfair busy wait can let
                    // one desk win every lock on a loaded machine.
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
                }
            });
        }
        for (int k = 0; k < kiosks; ++k)
            threads[k].join();
        issuing = false;
        for (size_t i = kiosks; i < threads.size(); ++i)
            threads[i].join();

        QVERIFY2(errors.isEmpty(), qPrintable(errors.mid(0, 10).join(u'\n')));
        QCOMPARE(issued.load(), tickets);
        QCOMPARE(servedBy.size(), tickets);
        QSet<QString> desksThatServed;
        for (const QString& desk : std::as_const(servedBy))
            desksThatServed.insert(desk);
        QVERIFY2(desksThatServed.size() > 1, "the desks did not work concurrently");

        // The database agrees: every ticket finished at the desk that called it, one call and one finish each,
        // numbers 1..N without gaps or repeats.
        QueueService queue(*t.db());
        const QList<QueueTicket> all = queue.tickets();
        QCOMPARE(all.size(), tickets);
        QSet<int> numbers;
        for (const QueueTicket& ticket : all) {
            QCOMPARE(ticket.state, TicketState::Finished);
            QCOMPARE(ticket.deskCode, servedBy.value(ticket.id));
            numbers.insert(ticket.seq);
        }
        QCOMPARE(numbers.size(), tickets);
        QCOMPARE(*std::max_element(numbers.cbegin(), numbers.cend()), tickets);
        QSqlQuery q = t->prepare(
            u"SELECT kind, COUNT(*), COUNT(DISTINCT ticket_id) FROM queue_event GROUP BY kind ORDER BY kind"_s);
        QVERIFY(q.exec());
        QStringList counts;
        while (q.next())
            counts << u"%1 %2 %3"_s.arg(q.value(0).toString()).arg(q.value(1).toInt()).arg(q.value(2).toInt());
        const QString n = QString::number(tickets);
        QCOMPARE(counts, (QStringList{u"called "_s + n + u' ' + n, u"finished "_s + n + u' ' + n,
                                      u"issued "_s + n + u' ' + n}));
    }
};

QTEST_GUILESS_MAIN(TestQueueConcurrency)
#include "tst_queueconcurrency.moc"
