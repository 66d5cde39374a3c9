// armcpg-cli queue commands as a script runs them (exit codes, text and --json), and the queue killed mid-day:
// processes that issue and call tickets are SIGKILLed at random moments; reopened, the queue is exactly as it was
// (issue 5 "Killed mid-day and restarted, the queue is exactly as it was"; DESIGN.md "every write is one
// transaction"). On SQLite (kiosk, panel and board processes on one file) and on PostgreSQL.
#include "CliRun.h"
#include "QueueTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

namespace {
using Run = CliRun;

QString canonical(const QVariant& value)
{
    if (value.isNull())
        return u"∅"_s;
    if (value.metaType().id() == QMetaType::Bool)
        return value.toBool() ? u"1"_s : u"0"_s;
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    if (value.metaType().id() == QMetaType::QDate)
        return value.toDate().toString(Qt::ISODate);
    return value.toString();
}

// Every row of a queue table, every column, in a fixed order.
QStringList dump(Database& db, const QString& table, const QString& order)
{
    QStringList rows;
    QSqlQuery q = db.prepare(u"SELECT * FROM %1 ORDER BY %2"_s.arg(table, order));
    if (!q.exec())
        return {u"error: "_s + Database::errorText(q)};
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < q.record().count(); ++i)
            fields << q.record().fieldName(i) + u'=' + canonical(q.value(i));
        rows << fields.join(u'|');
    }
    return rows;
}

struct Snapshot
{
    QStringList tickets, events, counters;
};

Snapshot snapshot(Database& db)
{
    return {dump(db, u"queue_ticket"_s, u"day, service_code, seq"_s), dump(db, u"queue_event"_s, u"seq"_s),
            dump(db, u"queue_counter"_s, u"day, service_code"_s)};
}

// What the event log says each ticket's state is: the log and the tickets must agree.
QString replayMismatch(QueueService& queue)
{
    for (const QueueTicket& t : queue.tickets()) {
        TicketState state = TicketState::Waiting;
        QString desk;
        for (const QueueEvent& e : queue.events(t.id)) {
            switch (e.kind) {
            case QueueEventKind::Issued:
            case QueueEventKind::Postponed:
            case QueueEventKind::Redirected:
                state = TicketState::Waiting;
                desk.clear();
                break;
            case QueueEventKind::Called:
            case QueueEventKind::Recalled:
                state = TicketState::Called;
                desk = e.deskCode;
                break;
            case QueueEventKind::Started:
                state = TicketState::Serving;
                break;
            case QueueEventKind::NoShow:
                state = TicketState::NoShow;
                break;
            case QueueEventKind::Finished:
                state = TicketState::Finished;
                break;
            }
        }
        if (state != t.state || (t.state == TicketState::Called && desk != t.deskCode))
            return u"%1: log says %2 at %3, ticket says %4 at %5"_s.arg(t.number, ticketStateCode(state), desk,
                                                                        ticketStateCode(t.state), t.deskCode);
    }
    return {};
}
} // namespace

class TestQueueCli : public QObject
{
    Q_OBJECT

private slots:
    void commands_data() { ARMCPG_BACKEND_DATA(); }
    void commands()
    {
        QFETCH(int, backend);
        TestDatabase t{TestDatabase::Backend(backend), false};
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        const QString db = t.url();
        QCOMPARE(cli({u"init"_s, u"--db"_s, db}).code, 0);

        Run r = cli({u"queue"_s, u"services"_s, u"--json"_s, u"--db"_s, db});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json()[u"services"_s].toArray().size(), 4);
        QCOMPARE(r.json()[u"services"_s].toArray().at(0)[u"prefix"_s].toString(), u"К"_s);
        QCOMPARE(r.json()[u"priority_categories"_s].toArray().size(), 6);
        QCOMPARE(r.json()[u"priority_categories"_s].toArray().at(2)[u"code"_s].toString(), u"pregnant"_s);

        r = cli({u"queue"_s, u"issue"_s, u"--service"_s, u"consultation"_s, u"--db"_s, db});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(u"К-001"_s), qPrintable(r.out));
        r = cli({u"queue"_s, u"issue"_s, u"--service"_s, u"consultation"_s, u"--out-of-town"_s, u"--lang"_s, u"kk"_s,
                 u"--json"_s, u"--db"_s, db});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json()[u"ticket"_s][u"number"_s].toString(), u"К-002"_s);
        QCOMPARE(r.json()[u"ticket"_s][u"language"_s].toString(), u"kk"_s);
        QCOMPARE(r.json()[u"ticket"_s][u"out_of_town"_s].toBool(), true);
        QCOMPARE(r.json()[u"estimate"_s][u"people_ahead"_s].toInt(), 0); // ahead of К-001
        r = cli({u"queue"_s, u"issue"_s, u"--service"_s, u"consultation"_s, u"--priority"_s, u"disability"_s,
                 u"--json"_s, u"--db"_s, db});
        QCOMPARE(r.json()[u"ticket"_s][u"priority"_s].toString(), u"disability"_s);

        // Bad input: named fields, exit 1; wrong usage: exit 2.
        r = cli({u"queue"_s, u"issue"_s, u"--service"_s, u"consultation"_s, u"--priority"_s, u"vip"_s, u"--json"_s,
                 u"--db"_s, db});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.json()[u"problems"_s].toArray().at(0)[u"field"_s].toString(), u"out-of-turn category"_s);
        QCOMPARE(cli({u"queue"_s, u"issue"_s, u"--db"_s, db}).code, 2);
        QCOMPARE(cli({u"queue"_s, u"call"_s, u"--db"_s, db}).code, 2);
        QCOMPARE(cli({u"queue"_s, u"dance"_s, u"--db"_s, db}).code, 2);
        r = cli({u"queue"_s, u"finish"_s, u"--desk"_s, u"1"_s, u"--db"_s, db});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"no called ticket"_s), qPrintable(r.err));

        // R-9 first, then R-8, then arrival.
        QStringList called;
        for (int i = 0; i < 3; ++i) {
            r = cli({u"queue"_s, u"call"_s, u"--desk"_s, u"1"_s, u"--json"_s, u"--db"_s, db});
            QCOMPARE(r.code, 0);
            called << r.json()[u"ticket"_s][u"number"_s].toString();
            QCOMPARE(cli({u"queue"_s, u"finish"_s, u"--desk"_s, u"1"_s, u"--db"_s, db}).code, 0);
        }
        QCOMPARE(called, (QStringList{u"К-003"_s, u"К-002"_s, u"К-001"_s}));
        r = cli({u"queue"_s, u"call"_s, u"--desk"_s, u"1"_s, u"--db"_s, db});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"nobody is waiting"_s), qPrintable(r.out));

        r = cli({u"queue"_s, u"list"_s, u"--json"_s, u"--db"_s, db});
        QCOMPARE(r.json()[u"count"_s].toInt(), 3);
        QCOMPARE(r.json()[u"tickets"_s].toArray().at(2)[u"state"_s].toString(), u"finished"_s);

        const QString today = QDate::currentDate().toString(Qt::ISODate);
        r = cli({u"queue"_s, u"stats"_s, u"--from"_s, today, u"--to"_s, today, u"--json"_s, u"--db"_s, db});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json()[u"total"_s][u"issued"_s].toInt(), 3);
        QCOMPARE(r.json()[u"total"_s][u"served"_s].toInt(), 3);
        QCOMPARE(r.json()[u"served_per_desk"_s][u"1"_s].toInt(), 3);
        QVERIFY(r.json()[u"estimates"_s].toObject().contains(u"consultation"_s));
        QVERIFY(r.json().contains(u"wait_alert"_s));
        r = cli({u"queue"_s, u"stats"_s, u"--from"_s, u"23.03.2026"_s, u"--json"_s, u"--db"_s, db});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.json()[u"problems"_s].toArray().at(0)[u"field"_s].toString(), u"--from"_s);
    }

    // Processes issuing and calling are SIGKILLed at random moments: each change is all there or not at all,
    // nothing else moves, the log and the tickets agree, and a new process sees exactly that queue.
    void killedMidDayQueueIsExactlyAsItWas_data() { ARMCPG_BACKEND_DATA(); }
    void killedMidDayQueueIsExactlyAsItWas()
    {
        QFETCH(int, backend);
        TestDatabase t{TestDatabase::Backend(backend), false};
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        const QString db = t.url();
        QCOMPARE(cli({u"init"_s, u"--db"_s, db}).code, 0);
        for (int i = 0; i < 8; ++i)
            QCOMPARE(
                cli({u"queue"_s, u"issue"_s, u"--service"_s, i % 3 ? u"consultation"_s : u"appeal"_s, u"--db"_s, db})
                    .code,
                0);
        QCOMPARE(cli({u"queue"_s, u"call"_s, u"--desk"_s, u"1"_s, u"--db"_s, db}).code, 0);
        QCOMPARE(cli({u"queue"_s, u"finish"_s, u"--desk"_s, u"1"_s, u"--db"_s, db}).code, 0);
        QCOMPARE(cli({u"queue"_s, u"call"_s, u"--desk"_s, u"2"_s, u"--db"_s, db}).code, 0);

        std::unique_ptr<Database> reader = t.openAnother();
        QVERIFY2(reader, qPrintable(t.error()));
        QRandomGenerator random(5);
        int killed = 0;
        for (int round = 0; round < 16; ++round) {
            const Snapshot before = snapshot(*reader);
            // Desk 3 calls and finishes; the kiosk issues; desk 1 calls (its previous ticket finished below).
            const int kind = round % 3;
            const QStringList args = kind == 0 ? QStringList{u"queue"_s, u"issue"_s, u"--service"_s, u"consultation"_s}
                                     : kind == 1 ? QStringList{u"queue"_s, u"call"_s, u"--desk"_s, u"3"_s}
                                                 : QStringList{u"queue"_s, u"finish"_s, u"--desk"_s, u"3"_s};
            QProcess p;
            p.start(QStringLiteral(ARMCPG_CLI_PATH), args + QStringList{u"--db"_s, db});
            QVERIFY(p.waitForStarted());
            QTest::qWait(int(random.bounded(120u)));
            if (p.state() == QProcess::Running) {
                p.kill(); // SIGKILL: no cleanup of any kind
                ++killed;
            }
            p.waitForFinished();
            reader = t.openAnother(); // "restarted": a new connection
            QVERIFY(reader);
            const Snapshot after = snapshot(*reader);
            // All of one change or nothing: the log grew by at most one event and kept its past.
            QVERIFY2(after.events.size() - before.events.size() <= 1, qPrintable(after.events.join(u'\n')));
            QCOMPARE(after.events.mid(0, before.events.size()), before.events);
            if (after.events.size() == before.events.size()) {
                QCOMPARE(after.tickets, before.tickets);
                QCOMPARE(after.counters, before.counters);
            } else {
                int changed = 0;
                for (const QString& row : after.tickets)
                    changed += before.tickets.contains(row) ? 0 : 1;
                QCOMPARE(changed, 1); // exactly the ticket of that event
            }
            QueueService queue(*reader);
            const QString mismatch = replayMismatch(queue);
            QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        }
        QVERIFY(killed > 0);

        // A new process sees exactly the queue this connection reads, in the same order.
        QueueService queue(*reader);
        const Run list = cli({u"queue"_s, u"list"_s, u"--json"_s, u"--db"_s, db});
        QCOMPARE(list.code, 0);
        QJsonArray expected;
        for (const QueueTicket& ticket : queue.tickets())
            expected.append(ticket.toJson());
        QCOMPARE(list.json()[u"tickets"_s].toArray(), expected);
        QStringList order;
        for (const QueueTicket& ticket : queue.waiting())
            order << ticket.number;
        QStringList listed;
        for (const QJsonValue& v : list.json()[u"waiting_order"_s].toArray())
            listed << v.toString();
        QCOMPARE(listed, order);
        // Numbers have no gaps: a killed issue took no number.
        int consultations = 0;
        for (const QueueTicket& ticket : queue.tickets()) {
            if (ticket.serviceCode == u"consultation")
                QCOMPARE(ticket.seq, ++consultations);
        }
        // The day goes on: the next call gets the first waiting ticket.
        QCOMPARE(cli({u"queue"_s, u"finish"_s, u"--desk"_s, u"2"_s, u"--db"_s, db}).code, 0);
        if (!order.isEmpty()) {
            const Run next = cli({u"queue"_s, u"call"_s, u"--desk"_s, u"2"_s, u"--json"_s, u"--db"_s, db});
            QCOMPARE(next.json()[u"ticket"_s][u"number"_s].toString(), order.first());
        }
    }
};

QTEST_GUILESS_MAIN(TestQueueCli)
#include "tst_queuecli.moc"
