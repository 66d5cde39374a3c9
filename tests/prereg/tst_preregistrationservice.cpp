// Pre-registration stored on SQLite and PostgreSQL (table prereg_request, prereg_closure; migration 0011) on the real
// calendar: the cut-offs, no pre-registration and no refusal at district level, the
// returned request without essence and the Call-centre authority, the refusal grounds of each level (R-19,
// ) with the explanation, agreement with the subdivision, closing
// registration with the list and the справки, attendance.
#include "TestDatabase.h"

#include "common/Clock.h"
#include "prereg/PreRegistrationService.h"
#include "schedule/ScheduleService.h"
#include "security/Session.h"
#include "settings/AppSettings.h"
#include "setup/Setup.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

class TestPreRegistrationService : public QObject
{
    Q_OBJECT

    // Monday 2025-04-07.
    FixedClock clock{QDateTime(QDate(2025, 4, 7), QTime(7, 0), Qt::UTC)};

    static Session user(const QString& id, const QString& login, QList<Role> roles)
    {
        UserAccount u;
        u.id = id;
        u.login = login;
        u.roles = std::move(roles);
        return Session(u);
    }

    Session head = user(u"00000000-0000-4000-8000-0000000000c1"_s, u"head"_s, {Role::Head});
    Session centre = user(u"00000000-0000-4000-8000-0000000000c2"_s, u"operator"_s, {Role::Operator});
    Session admin = user(u"00000000-0000-4000-8000-0000000000c3"_s, u"admin"_s, {Role::Administrator});

    // An approved schedule line.
    QString line(Database& db, const QString& org, const QString& name, const QString& position, int weekday)
    {
        ScheduleService schedules(db);
        ScheduleEntry e;
        e.organisationCode = org;
        e.officialName = name;
        e.positionCode = position;
        e.weekday = weekday;
        e.validFrom = QDate(2025, 1, 1);
        e.startsAt = QTime(10, 0);
        e.endsAt = QTime(13, 0);
        e.placeKk = u"101 каб."_s;
        e.placeRu = u"каб. 101"_s;
        Problems problems;
        if (!schedules.save(centre, &e, &problems) || !schedules.approve(head, e.id, &problems))
            qWarning() << describe(problems);
        return e.id;
    }

    static PreRegistration request(const QString& scheduleId, const QDate& on, const QString& name = u"Сәрсенбаева Гүлнар"_s)
    {
        PreRegistration p;
        p.channelCode = u"information_system"_s;
        p.applicantName = name;
        p.applicantIin = u"061211600012"_s;
        p.essence = u"Не согласна с решением суда по гражданскому делу"_s;
        p.scheduleId = scheduleId;
        p.receptionOn = on;
        return p;
    }

    static QStringList codes(const QList<DirectoryEntry>& entries)
    {
        QStringList result;
        for (const DirectoryEntry& e : entries)
            result << e.code;
        return result;
    }

    struct Lines
    {
        QString gp, deputy, subdivision, oblast, district;
    };

    Lines lines(Database& db)
    {
        return {line(db, u"GP"_s, u"Бас Прокурор"_s, u"prosecutor_general"_s, 3),           // Wednesdays
                line(db, u"GP"_s, u"Орынбасар Д.Д."_s, u"deputy_pg"_s, 1),                  // Mondays
                line(db, u"GP"_s, u"Департамент бастығы"_s, u"head_of_department"_s, 2),   // Tuesdays
                line(db, u"P71"_s, u"Асқаров Бауыржан"_s, u"regional_prosecutor"_s, 1),     // Mondays
                line(db, u"P71"_s, u"Аудан прокуроры"_s, u"district_prosecutor"_s, 4)};     // Thursdays
    }

private slots:
    void init() { clock.set(QDateTime(QDate(2025, 4, 7), QTime(7, 0), Qt::UTC)); }

    // 5 working days before for the General Prosecutor; R-36: 1 working day before for an oblast prosecutor;
    // nothing to sign up for at district level; closing by hand and the справки.
    void cutoffsAndClosing_R18_R36_R39_data() { ARMCPG_BACKEND_DATA(); }
    void cutoffsAndClosing_R18_R36_R39()
    {
        ARMCPG_OPEN_BACKEND(t);
        t->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        const Lines l = lines(*t.db());
        PreRegistrationService prereg(*t.db());

        // GP reception Wed 2025-04-16 closes Wed 2025-04-09; Wed 2025-04-09 itself closed on Wed 04-02.
        QCOMPARE(prereg.lastIntakeDay(l.gp, QDate(2025, 4, 16)), QDate(2025, 4, 9));
        PreRegistration early = request(l.gp, QDate(2025, 4, 9));
        QVERIFY(!prereg.signUp(centre, &early, &problems));
        QVERIFY2(describe(problems).contains(u"R-18"_s), qPrintable(describe(problems)));
        problems.clear();
        PreRegistration first = request(l.gp, QDate(2025, 4, 16));
        first.appointmentAt = QTime(11, 0);
        QVERIFY2(prereg.signUp(centre, &first, &problems), qPrintable(describe(problems)));
        QCOMPARE(first.state, PreRegistration::State::Registered);
        QVERIFY(first.number.startsWith(u"АЖ-GP-2025-"_s));
        QCOMPARE(first.receivedOn, QDate(2025, 4, 7));
        QCOMPARE(first.officialName, u"Бас Прокурор"_s);
        QCOMPARE(first.organisationCode, u"GP"_s);
        QCOMPARE(first.decidedByLogin, u"operator"_s);
        // Not a reception day of the line (a Tuesday), or outside its hours.
        PreRegistration tuesday = request(l.gp, QDate(2025, 4, 15));
        QVERIFY(!prereg.signUp(centre, &tuesday, &problems));
        problems.clear();
        PreRegistration evening = request(l.gp, QDate(2025, 4, 16));
        evening.appointmentAt = QTime(15, 0);
        QVERIFY(!prereg.signUp(centre, &evening, &problems));
        problems.clear();

        // The last day of intake, inclusive by default; the day after, closed.
        clock.set(QDateTime(QDate(2025, 4, 9), QTime(7, 0), Qt::UTC));
        PreRegistration second = request(l.gp, QDate(2025, 4, 16), u"Ахметов Ерлан"_s);
        second.appointmentAt = QTime(10, 0);
        QVERIFY2(prereg.signUp(centre, &second, &problems), qPrintable(describe(problems)));
        PreRegistration third = request(l.gp, QDate(2025, 4, 16), u"Ли Ирина"_s);
        QVERIFY2(prereg.signUp(centre, &third, &problems), qPrintable(describe(problems)));
        clock.set(QDateTime(QDate(2025, 4, 10), QTime(7, 0), Qt::UTC));
        PreRegistration late = request(l.gp, QDate(2025, 4, 16));
        QVERIFY(!prereg.signUp(centre, &late, &problems));
        QVERIFY2(describe(problems).contains(u"R-18"_s), qPrintable(describe(problems)));
        problems.clear();
        QVERIFY(!prereg.isOpen(l.gp, QDate(2025, 4, 16)));

        // Closing: the list by appointment time (10:00, 11:00, then without a time) and the справки of R-22 due
        // 3 working days before, Fri 2025-04-11; R-17's справка on a request, Fri 2025-04-04.
        QVERIFY2(prereg.closeRegistration(centre, l.gp, QDate(2025, 4, 16), &problems), qPrintable(describe(problems)));
        QVERIFY(!prereg.closeRegistration(centre, l.gp, QDate(2025, 4, 16), &problems));
        problems.clear();
        const auto closure = prereg.closure(l.gp, QDate(2025, 4, 16));
        QVERIFY(closure);
        QCOMPARE(closure->persons, 3);
        QCOMPARE(closure->notesDueOn, QDate(2025, 4, 11));
        QCOMPARE(closure->closedOn, QDate(2025, 4, 10));
        QCOMPARE(closure->closedByLogin, u"operator"_s);
        QCOMPARE(prereg.requestNoteDue(l.gp, QDate(2025, 4, 16)), QDate(2025, 4, 4));
        const auto list = prereg.signedUp(l.gp, QDate(2025, 4, 16));
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).applicantName, u"Ахметов Ерлан"_s);
        QCOMPARE(list.at(1).applicantName, u"Сәрсенбаева Гүлнар"_s);
        QCOMPARE(list.at(2).applicantName, u"Ли Ирина"_s);
        // The line is not removed while persons are signed up for a coming reception.
        QVERIFY(!ScheduleService(*t.db()).remove(head, l.gp, &problems));
        QVERIFY2(describe(problems).contains(u"signed up"_s), qPrintable(describe(problems)));
        problems.clear();

        // The deputy's reception Mon 2025-04-14 closes by R-18 on Mon 04-07 (passed); Mon 04-21 is open until
        // Mon 04-14. Closed early by hand, its справки are due the day before: Sun 04-20 -> Fri 04-18.
        PreRegistration deputy = request(l.deputy, QDate(2025, 4, 14));
        QVERIFY(!prereg.signUp(centre, &deputy, &problems));
        problems.clear();
        deputy.receptionOn = QDate(2025, 4, 21);
        QVERIFY2(prereg.signUp(centre, &deputy, &problems), qPrintable(describe(problems)));
        QVERIFY2(prereg.closeRegistration(head, l.deputy, QDate(2025, 4, 21), &problems), qPrintable(describe(problems)));
        QCOMPARE(prereg.closure(l.deputy, QDate(2025, 4, 21))->notesDueOn, QDate(2025, 4, 18));
        PreRegistration afterClosing = request(l.deputy, QDate(2025, 4, 21), u"Ким Виктория"_s);
        QVERIFY(!prereg.signUp(centre, &afterClosing, &problems));
        problems.clear();

        // the oblast prosecutor's Monday 2025-04-14 closes Fri 04-11 (today is Thu 04-10: open), not on
        // the Saturday, and is closed on Monday itself; with the exclusive setting Fri 04-11 takes no more.
        PreRegistration oblast = request(l.oblast, QDate(2025, 4, 14));
        QVERIFY2(prereg.signUp(centre, &oblast, &problems), qPrintable(describe(problems)));
        clock.set(QDateTime(QDate(2025, 4, 12), QTime(7, 0), Qt::UTC));
        PreRegistration saturday = request(l.oblast, QDate(2025, 4, 14));
        QVERIFY(!prereg.signUp(centre, &saturday, &problems));
        QVERIFY2(describe(problems).contains(u"R-36"_s), qPrintable(describe(problems)));
        problems.clear();
        clock.set(QDateTime(QDate(2025, 4, 11), QTime(7, 0), Qt::UTC));
        QVERIFY(AppSettings(*t.db()).setValue(admin, u"deadline.registration_cutoff_inclusive"_s, u"0"_s, &problems));
        PreRegistrationService strict(*t.db());
        PreRegistration friday = request(l.oblast, QDate(2025, 4, 14));
        QVERIFY(!strict.signUp(centre, &friday, &problems));
        QVERIFY2(describe(problems).contains(u"R-36"_s), qPrintable(describe(problems)));
        problems.clear();
        QVERIFY2(prereg.signUp(centre, &friday, &problems), qPrintable(describe(problems))); // the old settings

        // district level has no pre-registration, no closing, no refusal grounds.
        PreRegistration district = request(l.district, QDate(2025, 4, 17));
        QVERIFY(!prereg.signUp(centre, &district, &problems));
        QVERIFY2(describe(problems).contains(u"R-39"_s), qPrintable(describe(problems)));
        problems.clear();
        QVERIFY(!prereg.closeRegistration(centre, l.district, QDate(2025, 4, 17), &problems));
        QVERIFY2(describe(problems).contains(u"R-41"_s), qPrintable(describe(problems)));
        problems.clear();
        QVERIFY(prereg.refusalGrounds(ReceptionLevel::District).isEmpty());
        QCOMPARE(prereg.level(l.district), ReceptionLevel::District);
        QVERIFY(prereg.lastIntakeDay(l.district, QDate(2025, 4, 17)).isNull());

        // Attendance on the day.
        QVERIFY(!prereg.recordAttendance(centre, first.id, true, &problems)); // not yet
        problems.clear();
        clock.set(QDateTime(QDate(2025, 4, 16), QTime(7, 0), Qt::UTC));
        QVERIFY2(prereg.recordAttendance(centre, first.id, true, &problems), qPrintable(describe(problems)));
        QVERIFY2(prereg.recordAttendance(centre, third.id, false, &problems), qPrintable(describe(problems)));
        QCOMPARE(prereg.load(first.id)->state, PreRegistration::State::Attended);
        QCOMPARE(prereg.load(first.id)->attendedOn, QDate(2025, 4, 16));
        QCOMPARE(prereg.load(third.id)->state, PreRegistration::State::NoShow);
        QCOMPARE(prereg.signedUp(l.gp, QDate(2025, 4, 16)).size(), 3);
    }

    // the essence missing -> returned without consideration; a Call-centre request for another person only
    // with the authority: agreement with the subdivision: by instruction.
    void intake_R3_R21_R35_data() { ARMCPG_BACKEND_DATA(); }
    void intake_R3_R21_R35()
    {
        ARMCPG_OPEN_BACKEND(t);
        t->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        const Lines l = lines(*t.db());
        PreRegistrationService prereg(*t.db());
        const QDate gpDay(2025, 4, 16), oblastDay(2025, 4, 14);

        PreRegistration nobody = request(l.gp, gpDay);
        QVERIFY(!prereg.signUp(Session(), &nobody, &problems));
        problems.clear();
        QVERIFY(!prereg.signUp(admin, &nobody, &problems)); // keeping pre-registration is the centre's work
        problems.clear();

        PreRegistration noEssence = request(l.gp, gpDay);
        noEssence.essence = u"  "_s;
        QVERIFY2(prereg.signUp(centre, &noEssence, &problems), qPrintable(describe(problems)));
        QCOMPARE(noEssence.state, PreRegistration::State::Returned);
        QVERIFY(noEssence.returnedReason.contains(u"R-3"_s));
        QVERIFY(prereg.signedUp(l.gp, gpDay).isEmpty());

        PreRegistration forMother = request(l.gp, gpDay);
        forMother.channelCode = u"call_centre"_s;
        forMother.thirdParty = true;
        forMother.representedName = u"Сәрсенбаева Күләш"_s;
        QVERIFY(!prereg.signUp(centre, &forMother, &problems));
        QCOMPARE(problems.first().field, u"Authority"_s);
        QVERIFY(describe(problems).contains(u"R-3"_s));
        problems.clear();
        forMother.authority = u"Доверенность от 01.04.2025 № 123, нотариус Ахметова"_s;
        forMother.outOfTown = true; // R-8, recorded
        QVERIFY2(prereg.signUp(centre, &forMother, &problems), qPrintable(describe(problems)));
        const PreRegistration stored = *prereg.byNumber(forMother.number);
        QVERIFY(stored.thirdParty);
        QVERIFY(stored.outOfTown);
        QCOMPARE(stored.channelCode, u"call_centre"_s);
        QCOMPARE(stored.authority, forMother.authority);
        QCOMPARE(stored.representedName, u"Сәрсенбаева Күләш"_s);
        QCOMPARE(stored.applicantIin, u"061211600012"_s);
        PreRegistration badChannel = request(l.gp, gpDay);
        badChannel.channelCode = u"parliament"_s;
        QVERIFY(!prereg.signUp(centre, &badChannel, &problems));
        problems.clear();

        // a repeated appeal with new arguments to the GP is agreed with the subdivision first.
        PreRegistration repeated = request(l.gp, gpDay);
        repeated.agreementGround = u"repeated_new_arguments"_s;
        QVERIFY2(prereg.signUp(centre, &repeated, &problems), qPrintable(describe(problems)));
        QCOMPARE(repeated.state, PreRegistration::State::AwaitingAgreement);
        QCOMPARE(prereg.signedUp(l.gp, gpDay).size(), 1); // forMother only
        QVERIFY(!prereg.recordAgreement(centre, repeated.id, u" "_s, &problems));
        problems.clear();
        QVERIFY2(prereg.recordAgreement(centre, repeated.id, u"Департамент по надзору за законностью судебных актов"_s,
                                        &problems),
                 qPrintable(describe(problems)));
        const PreRegistration agreed = *prereg.load(repeated.id);
        QCOMPARE(agreed.state, PreRegistration::State::Registered);
        QCOMPARE(agreed.agreedOn, QDate(2025, 4, 7));
        QCOMPARE(prereg.signedUp(l.gp, gpDay).size(), 2);
        QVERIFY(!prereg.recordAgreement(centre, repeated.id, u"x"_s, &problems)); // nothing awaits agreement
        problems.clear();
        // R-35 at oblast level: only repeated appeals are agreed; a protest petition is signed up at once (R-21(1)
        // is the GP's).
        PreRegistration protest = request(l.oblast, oblastDay);
        protest.agreementGround = u"court_act_protest"_s;
        QVERIFY2(prereg.signUp(centre, &protest, &problems), qPrintable(describe(problems)));
        QCOMPARE(protest.state, PreRegistration::State::Registered);
        PreRegistration oblastRepeated = request(l.oblast, oblastDay);
        oblastRepeated.agreementGround = u"repeated_new_arguments"_s;
        QVERIFY2(prereg.signUp(centre, &oblastRepeated, &problems), qPrintable(describe(problems)));
        QCOMPARE(oblastRepeated.state, PreRegistration::State::AwaitingAgreement);

        // by instruction, naming who instructed.
        PreRegistration instructed = request(l.oblast, oblastDay);
        instructed.byInstruction = true;
        QVERIFY(!prereg.signUp(centre, &instructed, &problems));
        problems.clear();
        instructed.instructionFrom = u"Генеральная прокуратура, письмо от 03.04.2025 № 2-15"_s;
        QVERIFY2(prereg.signUp(centre, &instructed, &problems), qPrintable(describe(problems)));
        QVERIFY(prereg.load(instructed.id)->byInstruction);
        QCOMPARE(prereg.load(instructed.id)->instructionFrom, instructed.instructionFrom);
    }

    // Each level refuses only on its own grounds: R-19 for the General Prosecutor, R-25 for the deputies (not R-19's
    // 2 and 8), R-33 for heads of agencies and oblast prosecutors (R-19's 1, 3, 4, 5, 7 only), always with the
    // explanation given; GP subdivision heads have no grounds in the source.
    void refusalGrounds_R19_R25_R33_data() { ARMCPG_BACKEND_DATA(); }
    void refusalGrounds_R19_R25_R33()
    {
        ARMCPG_OPEN_BACKEND(t);
        t->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        const Lines l = lines(*t.db());
        PreRegistrationService prereg(*t.db());

        QCOMPARE(codes(prereg.refusalGrounds(ReceptionLevel::GeneralProsecutor)),
                 (QStringList{u"r19_1"_s, u"r19_2"_s, u"r19_3"_s, u"r19_4"_s, u"r19_5"_s, u"r19_6"_s, u"r19_7"_s,
                              u"r19_8"_s, u"r19_9"_s, u"r19_10"_s}));
        QCOMPARE(codes(prereg.refusalGrounds(ReceptionLevel::DeputyGeneralProsecutor)),
                 (QStringList{u"r25_1"_s, u"r25_2"_s, u"r25_3"_s, u"r25_4"_s, u"r19_1"_s, u"r19_3"_s, u"r19_4"_s,
                              u"r19_5"_s, u"r19_6"_s, u"r19_7"_s, u"r19_9"_s, u"r19_10"_s}));
        QCOMPARE(codes(prereg.refusalGrounds(ReceptionLevel::AgencyOblastHead)),
                 (QStringList{u"r33_1"_s, u"r33_2"_s, u"r19_1"_s, u"r19_3"_s, u"r19_4"_s, u"r19_5"_s, u"r19_7"_s}));
        QVERIFY(prereg.refusalGrounds(ReceptionLevel::GpSubdivisionHead).isEmpty());
        for (const DirectoryEntry& e : prereg.refusalGrounds(ReceptionLevel::DeputyGeneralProsecutor))
            QVERIFY2(e.source.contains(u"R-25"_s) && !e.nameKk.isEmpty() && !e.nameRu.isEmpty(), qPrintable(e.code));
        for (const DirectoryEntry& e : prereg.refusalGrounds(ReceptionLevel::AgencyOblastHead))
            QVERIFY2(e.source.contains(u"R-33"_s), qPrintable(e.code));

        struct Case
        {
            QString line;
            QDate day;
            QStringList refused;  // grounds of other levels
            QString ground;       // the level's own
            QString explanation;  // the paragraph named when it is missing
        };
        const QList<Case> cases = {
            {l.gp, QDate(2025, 4, 16), {u"r25_1"_s, u"r33_2"_s}, u"r19_8"_s, u"R-20"_s},
            {l.deputy, QDate(2025, 4, 21), {u"r19_2"_s, u"r19_8"_s, u"r33_1"_s}, u"r25_4"_s, u"R-26"_s},
            {l.oblast, QDate(2025, 4, 14), {u"r19_6"_s, u"r19_8"_s, u"r25_1"_s}, u"r33_2"_s, u"R-34"_s},
        };
        for (const Case& c : cases) {
            PreRegistration p = request(c.line, c.day);
            QVERIFY2(prereg.signUp(centre, &p, &problems), qPrintable(describe(problems)));
            for (const QString& other : c.refused) {
                QVERIFY2(!prereg.refuse(centre, p.id, other, u"Разъяснено"_s, &problems), qPrintable(other));
                QCOMPARE(problems.first().field, u"Ground"_s);
                problems.clear();
            }
            QVERIFY(!prereg.refuse(centre, p.id, c.ground, u" "_s, &problems));
            QVERIFY2(describe(problems).contains(c.explanation), qPrintable(describe(problems)));
            problems.clear();
            QVERIFY(!prereg.refuse(admin, p.id, c.ground, u"Разъяснено"_s, &problems)); // not the centre's role
            problems.clear();
            const QString explanation = u"Разъяснено право обжалования в порядке, установленном ГПК"_s;
            QVERIFY2(prereg.refuse(centre, p.id, c.ground, explanation, &problems), qPrintable(describe(problems)));
            const PreRegistration refused = *prereg.load(p.id);
            QCOMPARE(refused.state, PreRegistration::State::Refused);
            QCOMPARE(refused.refusalGroundCode, c.ground);
            QCOMPARE(refused.refusalGroundKind, ReceptionLevels::refusalGrounds(prereg.level(c.line)));
            QCOMPARE(refused.refusalExplanation, explanation);
            QCOMPARE(refused.decidedOn, QDate(2025, 4, 7));
            QVERIFY(prereg.signedUp(c.line, c.day).isEmpty());
            QVERIFY(!prereg.refuse(centre, p.id, c.ground, explanation, &problems)); // refused already
            problems.clear();
        }

        // GP subdivision heads: pre-registration (R-18: closes Tue 04-08 for Tue 04-15), no grounds to refuse.
        QCOMPARE(prereg.lastIntakeDay(l.subdivision, QDate(2025, 4, 15)), QDate(2025, 4, 8));
        PreRegistration p = request(l.subdivision, QDate(2025, 4, 15));
        QVERIFY2(prereg.signUp(centre, &p, &problems), qPrintable(describe(problems)));
        QVERIFY(!prereg.refuse(centre, p.id, u"r19_1"_s, u"Разъяснено"_s, &problems));
        QVERIFY2(describe(problems).contains(u"R-19"_s), qPrintable(describe(problems)));
    }
};

QTEST_GUILESS_MAIN(TestPreRegistrationService)
#include "tst_preregistrationservice.moc"
