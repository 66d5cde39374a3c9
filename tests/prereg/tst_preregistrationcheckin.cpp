// A pre-registered visitor checks in to the electronic queue on the reception day and is called at the appointment
// time (issue 7; the call order of migration 0006), on SQLite and PostgreSQL: found by IIN or request
// number, the "prereg" ticket carries the appointment, one check-in at a time, refused on another day and for a
// request that is not signed up.
#include "../queue/QueueTestSupport.h"

#include "prereg/PreRegistrationCheckIn.h"
#include "prereg/PreRegistrationService.h"
#include "ScheduleTestSupport.h"

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

namespace {

const Session head = userWith({Role::Head}, u"head"_s);
const Session centre = userWith({Role::Operator}, u"operator"_s);

// Local times: Monday 2026-04-06 (sign-up) and Tuesday 2026-04-14 (the reception).
QDateTime signUpDay(int hour = 9) { return QDateTime(QDate(2026, 4, 6), QTime(hour, 0)); }
QDateTime receptionDay(int hour, int minute = 0) { return QDateTime(QDate(2026, 4, 14), QTime(hour, minute)); }

// The oblast prosecutor receives on Tuesdays 10:00–13:00 (R-28; pre-registration R-36).
QString oblastLine(Database& db)
{
    return approvedScheduleLine(db, centre, head, u"P71"_s, u"Асқаров Бауыржан"_s, u"regional_prosecutor"_s, 2);
}

PreRegistration signUp(Database& db, const QString& line, const QString& name, const QString& iin, QTime at)
{
    PreRegistration p;
    p.channelCode = u"paper"_s;
    p.applicantName = name;
    p.applicantIin = iin;
    p.essence = u"Не согласен с постановлением об отказе в возбуждении дела"_s;
    p.scheduleId = line;
    p.receptionOn = QDate(2026, 4, 14);
    p.appointmentAt = at;
    Problems problems;
    if (!PreRegistrationService(db).signUp(centre, &p, &problems))
        qWarning() << describe(problems);
    return p;
}

bool mentions(const Problems& problems, const QString& field, const QString& words)
{
    for (const Problem& p : problems) {
        if (p.field == field && p.message.contains(words))
            return true;
    }
    qWarning("%s", qPrintable(describe(problems)));
    return false;
}

} // namespace

class TestPreRegistrationCheckIn : public QObject
{
    Q_OBJECT

private slots:
    void checkInOnTheDay_R3_R44_data() { ARMCPG_BACKEND_DATA(); }
    void checkInOnTheDay_R3_R44()
    {
        ARMCPG_OPEN_BACKEND(t);
        FixedClock clock(signUpDay());
        t->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        const QString line = oblastLine(*t.db());
        const PreRegistration ten = signUp(*t.db(), line, u"Сәрсенбаева Гүлнар"_s, u"061211600012"_s, QTime(10, 0));
        const PreRegistration untimed = signUp(*t.db(), line, u"Ли Ирина"_s, u"791028302728"_s, QTime());
        // The same person signed up again, for noon (another question).
        const PreRegistration noon = signUp(*t.db(), line, u"Сәрсенбаева Гүлнар"_s, u"061211600012"_s, QTime(12, 0));
        QCOMPARE(ten.state, PreRegistration::State::Registered);
        QCOMPARE(untimed.state, PreRegistration::State::Registered);
        QCOMPARE(noon.state, PreRegistration::State::Registered);
        PreRegistrationCheckIn checkIn(*t.db());

        // Before the day: nobody is found, and a desk's check-in is refused naming the date.
        QVERIFY(checkIn.find(u"061211600012"_s).isEmpty());
        QVERIFY(!checkIn.checkIn(kiosk(), ten.id, u"kk"_s, &problems));
        QVERIFY(mentions(problems, u"Reception date"_s, u"14.04.2026"_s));
        problems.clear();

        // On the day: found by IIN and by the request's number in any case.
        clock.set(receptionDay(9, 40));
        QCOMPARE(checkIn.find(u" 061211600012 "_s).size(), 2);
        QCOMPARE(checkIn.next(u"061211600012"_s)->id, ten.id); // the first appointment of the day
        QCOMPARE(checkIn.find(ten.number.toLower()).value(0).id, ten.id);
        QVERIFY(checkIn.find(u"000000000000"_s).isEmpty());

        // The kiosk issues the "prereg" ticket at the appointment time, in the visitor's language.
        const auto ticket = checkIn.checkIn(kiosk(), ten.id, u"kk"_s, &problems);
        QVERIFY2(ticket, qPrintable(describe(problems)));
        QCOMPARE(ticket->serviceCode, u"prereg"_s);
        QVERIFY(ticket->number.startsWith(u"З"_s));
        QCOMPARE(ticket->language, u"kk"_s);
        QCOMPARE(ticket->visitorName, u"Сәрсенбаева Гүлнар"_s);
        QCOMPARE(ticket->appointmentAt.toLocalTime(), receptionDay(10, 0));
        QCOMPARE(ticket->preregRequestId, ten.id);
        // Back at the kiosk with the same IIN: the noon request is the one not checked in yet.
        QCOMPARE(checkIn.next(u"061211600012"_s)->id, noon.id);
        // Once: a second check-in names the first ticket.
        QVERIFY(!checkIn.checkIn(kiosk(), ten.id, u"kk"_s, &problems));
        QVERIFY(mentions(problems, u"pre-registration"_s, ticket->number));
        problems.clear();
        // Without an appointment time: the start of the line's hours.
        const auto second = checkIn.checkIn(centre, untimed.id, u"ru"_s, &problems);
        QVERIFY2(second, qPrintable(describe(problems)));
        QCOMPARE(second->appointmentAt.toLocalTime(), receptionDay(10, 0));
        QCOMPARE(checkIn.tickets().value(ten.id).number, ticket->number);
        QCOMPARE(checkIn.tickets().value(untimed.id).number, second->number);
        QCOMPARE(checkIn.tickets().size(), 2);
        QVERIFY(!checkIn.next(u"000000000000"_s));
    }

    // QueueOrder tier 2: a pre-registered visitor is called once the appointment time has come, ahead of walk-ins
    // who came earlier; before it, in arrival order by the appointment time.
    void calledAtTheAppointmentTime_data() { ARMCPG_BACKEND_DATA(); }
    void calledAtTheAppointmentTime()
    {
        ARMCPG_OPEN_BACKEND(t);
        FixedClock clock(signUpDay());
        t->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        const QString line = oblastLine(*t.db());
        const PreRegistration at11 = signUp(*t.db(), line, u"Нұрланов Асхат"_s, u"061211600012"_s, QTime(11, 0));

        QueueConfig config(*t.db());
        QueueDesk desk;
        desk.code = u"T1"_s;
        desk.name = u"Терезе 1"_s;
        desk.services = {u"reception"_s, u"prereg"_s};
        QVERIFY2(config.saveDesk(Session::program(u"test"_s), desk, &problems), qPrintable(describe(problems)));

        QueueService queue(*t.db());
        clock.set(receptionDay(10, 30));
        const auto checkedIn = PreRegistrationCheckIn(*t.db()).checkIn(kiosk(), at11.id, u"ru"_s, &problems);
        QVERIFY2(checkedIn, qPrintable(describe(problems)));
        clock.set(receptionDay(10, 40));
        const auto walkInEarly = queue.issue(kiosk(), walkIn(u"reception"_s), &problems);
        clock.set(receptionDay(10, 50));
        const auto walkInLate = queue.issue(kiosk(), walkIn(u"reception"_s), &problems);
        QVERIFY2(walkInEarly && walkInLate, qPrintable(describe(problems)));

        // 10:55: the appointment has not come; the walk-in who came at 10:40 goes first.
        clock.set(receptionDay(10, 55));
        auto called = queue.callNext(operatorSession(), u"T1"_s, &problems);
        QVERIFY2(called, qPrintable(describe(problems)));
        QCOMPARE(called->number, walkInEarly->number);
        QVERIFY(queue.finish(operatorSession(), u"T1"_s, &problems));
        // 11:00: the appointment has come: called ahead of the walk-in of 10:50.
        clock.set(receptionDay(11, 0));
        called = queue.callNext(operatorSession(), u"T1"_s, &problems);
        QVERIFY2(called, qPrintable(describe(problems)));
        QCOMPARE(called->number, checkedIn->number);
        QCOMPARE(called->preregRequestId, at11.id);
        // Served: the ticket is closed, so the request may check in again (a visitor sent back to the queue).
        QVERIFY(queue.finish(operatorSession(), u"T1"_s, &problems));
        QVERIFY2(PreRegistrationCheckIn(*t.db()).checkIn(kiosk(), at11.id, u"ru"_s, &problems),
                 qPrintable(describe(problems)));
    }

    // Only a person signed up checks in: a refused request is named with its state.
    void notSignedUpIsRefused_data() { ARMCPG_BACKEND_DATA(); }
    void notSignedUpIsRefused()
    {
        ARMCPG_OPEN_BACKEND(t);
        FixedClock clock(signUpDay());
        t->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        const QString line = oblastLine(*t.db());
        PreRegistration p;
        p.channelCode = u"paper"_s;
        p.applicantName = u"Без существа"_s;
        p.applicantIin = u"061211600012"_s;
        p.scheduleId = line;
        p.receptionOn = QDate(2026, 4, 14);
        QVERIFY2(PreRegistrationService(*t.db()).signUp(centre, &p, &problems), qPrintable(describe(problems)));
        QCOMPARE(p.state, PreRegistration::State::Returned); // no essence
        clock.set(receptionDay(9, 0));
        PreRegistrationCheckIn checkIn(*t.db());
        QVERIFY(checkIn.find(u"061211600012"_s).isEmpty());
        QVERIFY(!checkIn.checkIn(kiosk(), p.id, u"ru"_s, &problems));
        QVERIFY(mentions(problems, u"Request"_s, p.number));
        problems.clear();
        QVERIFY(!checkIn.checkIn(kiosk(), u"00000000-0000-4000-8000-00000000dead"_s, u"ru"_s, &problems));
        QVERIFY(mentions(problems, u"Request"_s, u"no such request"_s));
    }
};

QTEST_GUILESS_MAIN(TestPreRegistrationCheckIn)
#include "tst_preregistrationcheckin.moc"
