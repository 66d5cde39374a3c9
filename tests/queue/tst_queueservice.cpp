// The electronic queue's rules and storage (issue 5) on SQLite and a real PostgreSQL: call order by,
// appointment and arrival, numbering reset daily within the configured range, language R-45, operator
// actions refused with reasons, permissions, the event log, and Kazakh/Russian text round-trips.
#include "QueueTestSupport.h"

#include "queue/QueueOrder.h"
#include "security/UserService.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

#define OPEN_CENTRE(t, clock)                                                                                          \
    ARMCPG_OPEN_BACKEND(t);                                                                                            \
    FixedClock clock(at(9, 0));                                                                                        \
    t->setClock(&clock);                                                                                               \
    {                                                                                                                  \
        QString seedError;                                                                                             \
        QVERIFY2(seedCentre(*t.db(), &seedError), qPrintable(seedError));                                              \
    }

namespace {
QString issue(QueueService& queue, const TicketRequest& request)
{
    Problems problems;
    const auto ticket = queue.issue(kiosk(), request, &problems);
    if (!ticket)
        qWarning("%s", qPrintable(describe(problems)));
    return ticket ? ticket->number : QString();
}

QString callNext(QueueService& queue, const QString& desk, const Session& by = operatorSession())
{
    Problems problems;
    const auto ticket = queue.callNext(by, desk, &problems);
    if (!problems.isEmpty())
        qWarning("%s", qPrintable(describe(problems)));
    return ticket ? ticket->number : QString();
}

// Calls and finishes until the desk finds nobody: the numbers in the order called.
QStringList drain(QueueService& queue, const QString& desk)
{
    QStringList order;
    Problems problems;
    while (const auto t = queue.callNext(operatorSession(), desk, &problems)) {
        order << t->number;
        queue.finish(operatorSession(), desk, &problems);
    }
    if (!problems.isEmpty())
        qWarning("%s", qPrintable(describe(problems)));
    return order;
}

bool mentions(const Problems& problems, const QString& field, const QString& words)
{
    for (const Problem& p : problems) {
        if (p.field == field && p.message.contains(words))
            return true;
    }
    return false;
}
} // namespace

class TestQueueService : public QObject
{
    Q_OBJECT

private slots:
    void seededServicesAndCategories_data() { ARMCPG_BACKEND_DATA(); }
    void seededServicesAndCategories()
    {
        OPEN_CENTRE(t, clock);
        QueueConfig config(*t.db());
        QStringList codes;
        for (const QueueServiceType& s : config.services())
            codes << s.code + u'=' + s.prefix;
        QCOMPARE(codes, (QStringList{u"consultation=К"_s, u"reception=П"_s, u"appeal=О"_s, u"prereg=З"_s}));
        QCOMPARE(config.service(u"consultation"_s)->nameKk, u"Заң кеңесі"_s); // Kazakh letters round-trip
        QCOMPARE(config.desk(u"3"_s)->services, (QStringList{u"appeal"_s, u"consultation"_s}));
        // the six out-of-turn categories come from the directory priority_category.
        QStringList categories;
        for (const DirectoryEntry& e : config.priorityCategories())
            categories << e.code;
        QCOMPARE(categories, (QStringList{u"wwii"_s, u"disability"_s, u"pregnant"_s, u"altyn_kyran"_s,
                                          u"halyk_kaharmany"_s, u"enbek_eri"_s}));
        // Seeding again keeps what a centre changed.
        QueueServiceType s = *config.service(u"appeal"_s);
        s.prefix = u"Ө"_s;
        Problems problems;
        QVERIFY2(config.saveService(Session::program(u"test"_s), s, &problems), qPrintable(describe(problems)));
        QVERIFY(config.seedDefaults(&problems));
        QCOMPARE(config.service(u"appeal"_s)->prefix, u"Ө"_s);
    }

    // R-44 "order of arrival", R-9 out of turn first.
    void outOfTurnCategoryIsCalledFirst_R9_data() { ARMCPG_BACKEND_DATA(); }
    void outOfTurnCategoryIsCalledFirst_R9()
    {
        OPEN_CENTRE(t, clock);
        QueueService queue(*t.db());
        QCOMPARE(issue(queue, walkIn(u"consultation"_s)), u"К-001"_s);
        clock.advanceMs(60'000);
        QCOMPARE(issue(queue, walkIn(u"consultation"_s)), u"К-002"_s);
        clock.advanceMs(60'000);
        TicketRequest veteran = walkIn(u"consultation"_s, u"kk"_s);
        veteran.priorityCode = u"wwii"_s;
        QCOMPARE(issue(queue, veteran), u"К-003"_s);
        clock.advanceMs(60'000);
        TicketRequest pregnant = walkIn(u"consultation"_s);
        pregnant.priorityCode = u"pregnant"_s;
        QCOMPARE(issue(queue, pregnant), u"К-004"_s);
        QCOMPARE(drain(queue, u"1"_s), (QStringList{u"К-003"_s, u"К-004"_s, u"К-001"_s, u"К-002"_s}));
    }

    // Decision recorded in QueueOrder and README: an out-of-town visitor (R-8, received the same day) goes after the
    // R-9 categories and due appointments but before ordinary walk-ins.
    void outOfTownRanksBeforeWalkInsAfterCategories_R8_data() { ARMCPG_BACKEND_DATA(); }
    void outOfTownRanksBeforeWalkInsAfterCategories_R8()
    {
        OPEN_CENTRE(t, clock);
        QueueService queue(*t.db());
        issue(queue, walkIn(u"reception"_s)); // П-001
        clock.advanceMs(60'000);
        TicketRequest outOfTown = walkIn(u"reception"_s);
        outOfTown.outOfTown = true;
        issue(queue, outOfTown); // П-002
        clock.advanceMs(60'000);
        TicketRequest disabled = walkIn(u"reception"_s);
        disabled.priorityCode = u"disability"_s;
        issue(queue, disabled); // П-003
        clock.advanceMs(60'000);
        issue(queue, outOfTown); // П-004
        QCOMPARE(drain(queue, u"2"_s), (QStringList{u"П-003"_s, u"П-002"_s, u"П-004"_s, u"П-001"_s}));
    }

    // Pre-registered visitors are received at their appointment time: not before those who came earlier, but
    // ahead of walk-ins once the time has come.
    void preRegisteredAtAppointmentTime_data() { ARMCPG_BACKEND_DATA(); }
    void preRegisteredAtAppointmentTime()
    {
        OPEN_CENTRE(t, clock);
        QueueService queue(*t.db());
        issue(queue, walkIn(u"prereg"_s)); // З-001 at 09:00
        clock.set(at(9, 5));
        TicketRequest booked = walkIn(u"prereg"_s, u"kk"_s);
        booked.appointmentAt = at(9, 30);
        booked.visitorName = u"Әбілқасымова Гүлнұр"_s;
        issue(queue, booked); // З-002, came early
        clock.set(at(9, 10));
        issue(queue, walkIn(u"prereg"_s)); // З-003
        clock.set(at(9, 15));
        QCOMPARE(callNext(queue, u"1"_s), u"З-001"_s);
        Problems problems;
        QVERIFY(queue.finish(operatorSession(), u"1"_s, &problems));
        QCOMPARE(callNext(queue, u"1"_s), u"З-003"_s); // 09:15: the appointment (09:30) has not come
        QVERIFY(queue.finish(operatorSession(), u"1"_s, &problems));
        clock.set(at(9, 20));
        issue(queue, walkIn(u"prereg"_s)); // З-004 at 09:20
        clock.set(at(9, 31));
        QCOMPARE(callNext(queue, u"1"_s), u"З-002"_s); // its time has come: before З-004 who came at 09:20
        QCOMPARE(queue.current(u"1"_s)->visitorName, u"Әбілқасымова Гүлнұр"_s);
        QCOMPARE(queue.current(u"1"_s)->language, u"kk"_s);
    }

    // The SQL of "call next" and QueueOrder agree on a mixed queue.
    void sqlOrderMatchesQueueOrder_data() { ARMCPG_BACKEND_DATA(); }
    void sqlOrderMatchesQueueOrder()
    {
        OPEN_CENTRE(t, clock);
        QueueService queue(*t.db());
        const QStringList categories{QString(), QString(), u"wwii"_s, QString(), u"pregnant"_s};
        for (int i = 0; i < 30; ++i) {
            TicketRequest r = walkIn(i % 2 ? u"consultation"_s : u"appeal"_s);
            r.priorityCode = categories.at(i % categories.size());
            r.outOfTown = i % 7 == 3;
            if (i % 6 == 5)
                r.appointmentAt = at(9, 40 - i);
            issue(queue, r);
            clock.advanceMs(30'000 + 1000 * (i % 3));
        }
        QStringList expected;
        for (const QueueTicket& ticket : queue.waiting(u"1"_s))
            expected << ticket.number;
        QCOMPARE(expected.size(), 30);
        QCOMPARE(drain(queue, u"1"_s), expected);
    }

    // Numbers: service prefix + the day's sequence, reset daily, within the configured range.
    void numbersResetDailyWithinRange_data() { ARMCPG_BACKEND_DATA(); }
    void numbersResetDailyWithinRange()
    {
        OPEN_CENTRE(t, clock);
        QueueService queue(*t.db());
        QCOMPARE(issue(queue, walkIn(u"appeal"_s)), u"О-001"_s);
        QCOMPARE(issue(queue, walkIn(u"appeal"_s)), u"О-002"_s);
        QCOMPARE(issue(queue, walkIn(u"consultation"_s)), u"К-001"_s); // each service counts on its own
        clock.set(at(9, 0, 24));
        QCOMPARE(issue(queue, walkIn(u"appeal"_s)), u"О-001"_s); // a new day
        QueueConfig config(*t.db());
        QueueServiceType s = *config.service(u"appeal"_s);
        s.firstNumber = 500;
        s.lastNumber = 501;
        Problems problems;
        QVERIFY2(config.saveService(Session::program(u"test"_s), s, &problems), qPrintable(describe(problems)));
        QCOMPARE(issue(queue, walkIn(u"appeal"_s)), u"О-500"_s); // the range moved: its first number
        QCOMPARE(issue(queue, walkIn(u"appeal"_s)), u"О-501"_s);
        QVERIFY(!queue.issue(kiosk(), walkIn(u"appeal"_s), &problems));
        QVERIFY2(mentions(problems, u"service"_s, u"used up"_s), qPrintable(describe(problems)));
        clock.set(at(9, 0, 25));
        QCOMPARE(issue(queue, walkIn(u"appeal"_s)), u"О-500"_s);
    }

    void badRequestsNameTheField_data() { ARMCPG_BACKEND_DATA(); }
    void badRequestsNameTheField()
    {
        OPEN_CENTRE(t, clock);
        QueueService queue(*t.db());
        Problems problems;
        TicketRequest r = walkIn(u"nonexistent"_s, u"en"_s);
        r.priorityCode = u"student"_s;
        r.appointmentAt = at(10, 0, 24);
        QVERIFY(!queue.issue(kiosk(), r, &problems));
        QVERIFY2(mentions(problems, u"service"_s, u"nonexistent"_s), qPrintable(describe(problems)));
        QVERIFY2(mentions(problems, u"language"_s, u"R-45"_s), qPrintable(describe(problems)));
        QVERIFY2(mentions(problems, u"out-of-turn category"_s, u"student"_s), qPrintable(describe(problems)));
        QVERIFY2(mentions(problems, u"appointment time"_s, u"2026-03-24"_s), qPrintable(describe(problems)));
        QCOMPARE(queue.tickets().size(), 0);

        QueueConfig config(*t.db());
        QueueServiceType s;
        s.code = u"Bad Code"_s;
        s.firstNumber = 10;
        s.lastNumber = 5;
        problems.clear();
        QVERIFY(!config.saveService(Session::program(u"test"_s), s, &problems));
        for (const QString& field :
             {u"code"_s, u"prefix"_s, u"name in Kazakh"_s, u"name in Russian"_s, u"last number"_s})
            QVERIFY2(mentions(problems, field, QString()), qPrintable(field + u": "_s + describe(problems)));
    }

    // Each action checks the ticket's state and says why it refuses.
    void actionsRefusedWithReasons_data() { ARMCPG_BACKEND_DATA(); }
    void actionsRefusedWithReasons()
    {
        OPEN_CENTRE(t, clock);
        QueueService queue(*t.db());
        const Session op = operatorSession();
        Problems problems;
        QVERIFY(!queue.finish(op, u"1"_s, &problems)); // a ticket that was never called
        QVERIFY2(mentions(problems, u"desk"_s, u"no called ticket"_s), qPrintable(describe(problems)));
        problems.clear();
        QVERIFY(!queue.callNext(op, u"9"_s, &problems));
        QVERIFY2(mentions(problems, u"desk"_s, u"no desk 9"_s), qPrintable(describe(problems)));
        problems.clear();
        QVERIFY(!queue.callNext(op, u"1"_s, &problems)); // nobody waiting: no ticket, and no problem
        QVERIFY(problems.isEmpty());

        issue(queue, walkIn(u"consultation"_s));
        issue(queue, walkIn(u"consultation"_s));
        QCOMPARE(callNext(queue, u"1"_s), u"К-001"_s);
        QVERIFY(!queue.callNext(op, u"1"_s, &problems)); // the desk is still at К-001
        QVERIFY2(mentions(problems, u"desk"_s, u"К-001"_s), qPrintable(describe(problems)));
        problems.clear();
        QCOMPARE(queue.recall(op, u"1"_s, &problems)->callCount, 2);
        QCOMPARE(queue.start(op, u"1"_s, &problems)->state, TicketState::Serving);
        QVERIFY(!queue.start(op, u"1"_s, &problems));
        QVERIFY2(mentions(problems, u"ticket"_s, u"already started"_s), qPrintable(describe(problems)));
        problems.clear();
        QVERIFY(!queue.noShow(op, u"1"_s, &problems));
        QVERIFY2(mentions(problems, u"ticket"_s, u"came"_s), qPrintable(describe(problems)));
        problems.clear();
        QVERIFY(!queue.recall(op, u"1"_s, &problems));
        problems.clear();
        const auto done = queue.finish(op, u"1"_s, &problems, u"консультация дана"_s);
        QVERIFY2(done, qPrintable(describe(problems)));
        QCOMPARE(done->state, TicketState::Finished);
        QVERIFY(!queue.current(u"1"_s));

        // A finished ticket cannot be picked again; the other one can, then it did not come.
        QVERIFY(!queue.pick(op, u"2"_s, done->id, &problems));
        QVERIFY2(mentions(problems, u"ticket"_s, u"not waiting"_s), qPrintable(describe(problems)));
        problems.clear();
        const auto second = queue.byNumber(u"К-002"_s);
        QVERIFY(second);
        QCOMPARE(queue.pick(op, u"2"_s, second->id, &problems)->deskCode, u"2"_s);
        QCOMPARE(queue.noShow(op, u"2"_s, &problems)->state, TicketState::NoShow);

        problems.clear();
        QVERIFY(!queue.postpone(op, u"2"_s, at(8, 0), QString(), &problems));
        QVERIFY2(mentions(problems, u"postpone until"_s, u"later"_s), qPrintable(describe(problems)));
        problems.clear();
        QVERIFY(!queue.redirect(op, u"2"_s, {}, QString(), &problems));
        QVERIFY2(mentions(problems, u"redirect to"_s, u"choose"_s), qPrintable(describe(problems)));
    }

    // Permissions live in the service (DESIGN.md): roles Operator, ReceptionProsecutor and Head work the queue.
    void permissions_data() { ARMCPG_BACKEND_DATA(); }
    void permissions()
    {
        OPEN_CENTRE(t, clock);
        QueueService queue(*t.db());
        Problems problems;
        QVERIFY(!queue.issue(Session(), walkIn(u"consultation"_s), &problems));
        QVERIFY2(mentions(problems, u"permission"_s, u"issue queue tickets"_s), qPrintable(describe(problems)));
        QVERIFY(queue.issue(operatorSession(), walkIn(u"consultation"_s), &problems));
        problems.clear();
        const Session admin = userWith({Role::Administrator}, u"admin"_s);
        QVERIFY(!queue.callNext(admin, u"1"_s, &problems));
        QVERIFY2(mentions(problems, u"permission"_s, u"call visitors"_s), qPrintable(describe(problems)));
        problems.clear();
        QVERIFY(!queue.callNext(userWith({Role::DutyProsecutor}, u"duty"_s), u"1"_s, &problems));
        problems.clear();
        const Session prosecutor = userWith({Role::ReceptionProsecutor}, u"prosecutor"_s);
        QVERIFY(queue.callNext(prosecutor, u"1"_s, &problems));
        QVERIFY(!queue.finish(admin, u"1"_s, &problems));
        problems.clear();
        QVERIFY(queue.finish(prosecutor, u"1"_s, &problems));
        QVERIFY(!QueueConfig(*t.db()).saveDesk(prosecutor, {u"7"_s, u"Окно 7"_s, {u"appeal"_s}, true, 70}, &problems));
        QVERIFY2(mentions(problems, u"permission"_s, u"desks"_s), qPrintable(describe(problems)));
        problems.clear();
        QVERIFY(QueueConfig(*t.db()).saveDesk(admin, {u"7"_s, u"Окно 7"_s, {u"appeal"_s}, true, 70}, &problems));
    }

    // A postponed ticket comes back after the time it was postponed to (and ranks from then); a redirected one
    // keeps its place and goes only to the desk, service or prosecutor it was sent to.
    void postponeAndRedirect_data() { ARMCPG_BACKEND_DATA(); }
    void postponeAndRedirect()
    {
        OPEN_CENTRE(t, clock);
        QueueService queue(*t.db());
        const Session op = operatorSession();
        Problems problems;
        issue(queue, walkIn(u"consultation"_s)); // К-001 09:00
        clock.set(at(9, 1));
        issue(queue, walkIn(u"consultation"_s)); // К-002 09:01
        clock.set(at(9, 2));
        issue(queue, walkIn(u"consultation"_s)); // К-003 09:02
        clock.set(at(9, 5));
        QCOMPARE(callNext(queue, u"1"_s), u"К-001"_s);
        QVERIFY(queue.postpone(op, u"1"_s, at(9, 20), u"пошёл за документами"_s, &problems));
        QCOMPARE(callNext(queue, u"1"_s), u"К-002"_s); // К-001 is away until 09:20
        // К-002 is redirected to desk 3 with a comment: it keeps its place ahead of К-003.
        QVERIFY(queue.redirect(op, u"1"_s, {u"3"_s, {}, {}}, u"к специалисту по обращениям"_s, &problems));
        QCOMPARE(callNext(queue, u"1"_s), u"К-003"_s); // desk 1 does not get К-002
        QVERIFY(queue.finish(op, u"1"_s, &problems));
        clock.set(at(9, 10));
        issue(queue, walkIn(u"consultation"_s));       // К-004 09:10
        QCOMPARE(callNext(queue, u"3"_s), u"К-002"_s); // desk 3: К-002 (arrival 09:01) before К-004
        QVERIFY(queue.finish(op, u"3"_s, &problems));
        clock.set(at(9, 21));
        issue(queue, walkIn(u"consultation"_s));                                           // К-005 09:21
        QCOMPARE(drain(queue, u"1"_s), (QStringList{u"К-004"_s, u"К-001"_s, u"К-005"_s})); // К-001 ranks from 09:20

        // Redirected to a service: desk 3 does not serve "reception", desk 2 does.
        issue(queue, walkIn(u"appeal"_s)); // О-001
        QCOMPARE(callNext(queue, u"3"_s), u"О-001"_s);
        QVERIFY(queue.redirect(op, u"3"_s, {{}, u"reception"_s, {}}, u"нужен прием прокурора"_s, &problems));
        QCOMPARE(callNext(queue, u"3"_s), QString());
        const auto moved = queue.callNext(op, u"2"_s, &problems);
        QVERIFY2(moved, qPrintable(describe(problems)));
        QCOMPARE(moved->number, u"О-001"_s); // the visitor keeps the number they hold
        QCOMPARE(moved->serviceCode, u"reception"_s);
        QCOMPARE(moved->comment, u"нужен прием прокурора"_s);

        // Redirected to a prosecutor: only they call it.
        UserAccount account;
        account.login = u"kim"_s;
        account.fullName = u"Ким Виктория Андреевна"_s;
        account.roles = {Role::ReceptionProsecutor};
        account.organisationCode = u"GP"_s;
        const QString kimId =
            UserService(*t.db()).createUser(Session::program(u"test"_s), account, u"Prosecutor-2026"_s, &problems);
        QVERIFY2(!kimId.isEmpty(), qPrintable(describe(problems)));
        QVERIFY(queue.redirect(op, u"2"_s, {{}, {}, kimId}, QString(), &problems));
        QCOMPARE(callNext(queue, u"2"_s), QString());
        account.id = kimId;
        QCOMPARE(callNext(queue, u"2"_s, Session(account)), u"О-001"_s);
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    }

    // Every change appends its event (the audit trail and the source of statistics), with time, desk, user, comment.
    void everyChangeIsLogged_data() { ARMCPG_BACKEND_DATA(); }
    void everyChangeIsLogged()
    {
        OPEN_CENTRE(t, clock);
        QueueService queue(*t.db());
        const Session op = operatorSession();
        Problems problems;
        const QString id = queue.issue(kiosk(), walkIn(u"reception"_s, u"kk"_s), &problems)->id;
        const QList<std::function<bool()>> steps{
            [&] { return bool(queue.callNext(op, u"1"_s, &problems)); },
            [&] { return bool(queue.recall(op, u"1"_s, &problems)); },
            [&] { return bool(queue.postpone(op, u"1"_s, at(9, 30), u"перерыв"_s, &problems)); },
            [&] { return clock.set(at(9, 31)), bool(queue.callNext(op, u"2"_s, &problems)); },
            [&] {
                return bool(queue.redirect(op, u"2"_s, {u"1"_s, {}, {}}, u"Қазақ тілінде"_s, &problems));
            },
            [&] { return bool(queue.callNext(op, u"1"_s, &problems)); },
            [&] { return bool(queue.start(op, u"1"_s, &problems)); },
            [&] { return bool(queue.finish(op, u"1"_s, &problems, QString(), newUuid())); },
        };
        for (const auto& step : steps) {
            clock.advanceMs(1000);
            QVERIFY2(step(), qPrintable(describe(problems)));
        }
        QStringList log;
        for (const QueueEvent& e : queue.events(id)) {
            QCOMPARE(e.number, u"П-001"_s);
            log << u"%1@%2 %3 %4"_s
                       .arg(queueEventCode(e.kind), e.deskCode, e.at.toLocalTime().toString(u"HH:mm:ss"_s), e.comment)
                       .trimmed();
            if (e.kind != QueueEventKind::Issued)
                QCOMPARE(e.userLogin, u"operator"_s);
        }
        QCOMPARE(log, (QStringList{u"issued@ 09:00:00"_s, u"called@1 09:00:01"_s, u"recalled@1 09:00:02"_s,
                                   u"postponed@1 09:00:03 перерыв"_s, u"called@2 09:31:00"_s,
                                   u"redirected@2 09:31:01 Қазақ тілінде"_s, u"called@1 09:31:02"_s,
                                   u"started@1 09:31:03"_s, u"finished@1 09:31:04"_s}));
        QCOMPARE(queue.recentCalls(2).first().deskCode, u"1"_s);
        QCOMPARE(queue.recentCalls(2).first().detail.value(u"language"_s).toString(), u"kk"_s);
        QVERIFY(!queue.ticket(id)->cardId.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQueueService)
#include "tst_queueservice.moc"
