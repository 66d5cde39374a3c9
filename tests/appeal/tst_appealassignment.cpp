// Executors of an appeal, on SQLite and PostgreSQL, on the real 2025 calendar (Nauryz: 21, 24, 25 March off): the
// lead and co-executors in the order named (I-33, D10), transfer on a rapport (I-34, D11), never to the official
// complained about (I-61), and a reception appeal never to whoever handled the applicant's question before.
#include "TestDatabase.h"

#include "appeal/AppealAction.h"
#include "appeal/AppealAssignment.h"
#include "appeal/AppealService.h"
#include "common/Clock.h"
#include "reception/CardService.h"
#include "security/Session.h"
#include "security/UserService.h"
#include "setup/Setup.h"
#include "storage/WriteTransaction.h"

#include <QtTest>

#include <functional>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

namespace {

struct Staff
{
    QString id;
    QString login;
    QString name;
};

// The fields refusals name.
struct AssignmentTr
{
    static QString lead() { return AppealAssignment::tr("Lead executor"); }
    static QString co() { return AppealAssignment::tr("Co-executors"); }
    static QString to() { return AppealAssignment::tr("Transfer to"); }
    static QString rapport() { return AppealAssignment::tr("Rapport"); }
};

} // namespace

class TestAppealAssignment : public QObject
{
    Q_OBJECT

    FixedClock clock{QDateTime(QDate(2025, 3, 11), QTime(10, 0), Qt::UTC)};
    int cardNumber = 0;

    void at(const QDate& day) { clock.set(QDateTime(day, QTime(10, 0), Qt::UTC)); }

    static Session sessionOf(Database& db, const QString& login)
    {
        const auto user = UserService(db).findByLogin(login);
        return user ? Session(*user) : Session();
    }

    // One seeded database per backend for the whole file (seeding is the slow part); every test makes its own
    // applicants and appeals, so they do not meet.
    std::map<int, std::unique_ptr<TestDatabase>> databases;
    std::map<int, QList<Staff>> staffOf;

    Database* shared(int backend)
    {
        auto& t = databases[backend];
        if (!t) {
            t = std::make_unique<TestDatabase>(TestDatabase::Backend(backend));
            if (!t->isValid()) {
                qWarning().noquote() << t->error();
                return nullptr;
            }
            (*t)->setClock(&clock);
            at(QDate(2025, 3, 11));
            Problems problems;
            if (!Setup::initialise(*t->db(), true, &problems)) {
                qWarning().noquote() << describe(problems);
                return nullptr;
            }
            // Executors: the prosecutors of the subdivisions (written directly: no password is ever used here).
            const QStringList names = {u"Әлиев Арман"_s, u"Бекова Дана"_s, u"Ворошилов Пётр"_s, u"Ғабитова Сая"_s};
            WriteTransaction tx(*t->db(), Actor{{}, u"test"_s});
            for (qsizetype i = 0; i < names.size(); ++i) {
                Staff s;
                s.login = u"exec%1"_s.arg(i + 1);
                s.name = names.at(i);
                s.id = tx.insert(u"app_user"_s, {{u"login"_s, s.login},
                                                 {u"full_name"_s, s.name},
                                                 {u"roles"_s, u"reception_prosecutor"_s},
                                                 {u"organisation_code"_s, (*t)->organisationCode()},
                                                 {u"password_hash"_s, u"-"_s}});
                staffOf[backend] << s;
            }
            if (!tx.commit()) {
                qWarning().noquote() << tx.error();
                return nullptr;
            }
        }
        return t->isValid() ? t->db() : nullptr;
    }

    // Registered as of its receipt day (the clock is left there).
    Appeal registered(Database& db, const QDate& received, const std::function<void(Appeal&)>& adjust = {})
    {
        at(received);
        Appeal a;
        a.receivedOn = received;
        a.kindCode = u"statement"_s;
        a.regimeCode = u"appk_administrative"_s;
        a.formCode = u"paper"_s;
        a.channelCode = u"paper"_s;
        a.applicantName = u"Сәрсенбаева Гүлнар"_s;
        a.essence = u"Мәселе"_s;
        if (adjust)
            adjust(a);
        Problems problems;
        if (!AppealService(db).registerAppeal(sessionOf(db, u"operator"_s), &a, &problems))
            qWarning().noquote() << describe(problems);
        return a;
    }

    static std::function<void(Appeal&)> fromReception(const QString& iin, const QString& name,
                                                      const QString& cardId = {})
    {
        return [=](Appeal& a) {
            a.fromReception = true;
            a.channelCode = u"personal_reception"_s;
            a.receptionCardId = cardId;
            a.applicantIin = iin;
            a.applicantName = name;
        };
    }

    // An ЛП-1 card of a reception held on `day` (written directly: its own service is tested elsewhere).
    QString card(Database& db, const QDate& day, const QString& iin, const QString& surname, const QString& given,
                 const QString& presiding, const QString& official, const QString& decision)
    {
        WriteTransaction tx(db, Actor{{}, u"test"_s});
        const QString id = tx.insert(
            u"reception_card"_s,
            {{u"number"_s, u"ЛП-T-%1"_s.arg(++cardNumber)}, {u"organisation_code"_s, db.organisationCode()},
             {u"iin"_s, nullIfEmpty(iin)}, {u"no_iin"_s, iin.isEmpty()}, {u"surname"_s, surname},
             {u"given_name"_s, given}, {u"name_fold"_s, CardService::nameFold(surname, given, {})},
             {u"presiding_user_id"_s, nullIfEmpty(presiding)}, {u"official_user_id"_s, nullIfEmpty(official)},
             {u"decision_code"_s, nullIfEmpty(decision)}, {u"reception_date"_s, day}, {u"reception_time"_s, u"10:00"_s},
             {u"place_kato"_s, u"710000000"_s}, {u"place_addressee"_s, u"ЦПГ"_s},
             {u"recorded_at"_s, QDateTime(day, QTime(10, 30), Qt::UTC)}});
        return tx.commit() ? id : QString();
    }

    static QString fieldOf(const Problems& problems) { return problems.isEmpty() ? QString() : problems.first().field; }

private slots:
    void cleanupTestCase()
    {
        databases.clear();
        staffOf.clear();
    }

    // I-33: the head or the reception prosecutor assigns; the first named leads and prepares the consolidated
    // answer; co-executors report 5 calendar days before expiry (D10: Fri 4 Apr 2025 -> Sun 30 Mar -> Fri 28 Mar).
    void assign_leadFirstCoExecutorsInOrder_D10_I33_data() { ARMCPG_BACKEND_DATA(); }
    void assign_leadFirstCoExecutorsInOrder_D10_I33()
    {
        QFETCH(int, backend);
        Database* db = shared(backend);
        QVERIFY(db);
        const QList<Staff>& staff = staffOf[backend];
        AppealAssignment assignment(*db);
        const Session head = sessionOf(*db, u"head"_s);
        const Appeal a = registered(*db, QDate(2025, 3, 11), [](Appeal& x) { x.applicantName = u"Ахметов Бауыржан"_s; });
        QCOMPARE(a.dueOn, QDate(2025, 4, 4));
        at(QDate(2025, 3, 12));
        Problems problems;
        QVERIFY(!assignment.assign(sessionOf(*db, u"operator"_s), a.id, staff[0].id, {}, &problems));
        QVERIFY(describe(problems).contains(u"operator"_s));
        problems.clear();
        QVERIFY(!assignment.assign(head, a.id, QString(), {staff[1].id}, &problems));
        QCOMPARE(fieldOf(problems), AssignmentTr::lead());
        problems.clear();
        QVERIFY(!assignment.assign(head, a.id, staff[0].id, {staff[1].id, staff[0].id}, &problems));
        QCOMPARE(fieldOf(problems), AssignmentTr::co());
        QVERIFY2(describe(problems).contains(staff[0].name), qPrintable(describe(problems)));
        problems.clear();
        QVERIFY(!assignment.assign(head, a.id, staff[0].id, {u"00000000-0000-4000-8000-00000000dead"_s}, &problems));
        QCOMPARE(fieldOf(problems), AssignmentTr::co());
        QVERIFY(assignment.executors(a.id).isEmpty());

        problems.clear();
        QVERIFY2(assignment.assign(head, a.id, staff[2].id, {staff[0].id, staff[1].id}, &problems),
                 qPrintable(describe(problems)));
        const QList<AppealExecutor> executors = assignment.executors(a.id);
        QCOMPARE(executors.size(), 3);
        QCOMPARE(executors[0].userId, staff[2].id);
        QVERIFY(executors[0].lead);
        QCOMPARE(executors[1].userLogin, staff[0].login);
        QCOMPARE(executors[1].position, 1);
        QVERIFY(!executors[1].lead);
        QCOMPARE(executors[2].userLogin, staff[1].login);
        QCOMPARE(executors[2].position, 2);
        QCOMPARE(executors[0].assignedOn, QDate(2025, 3, 12));
        QCOMPARE(executors[0].assignedByLogin, u"head"_s);
        const Appeal stored = *AppealService(*db).load(a.id);
        QCOMPARE(stored.leadExecutorId, staff[2].id);
        QCOMPARE(stored.leadExecutorLogin, staff[2].login);
        QCOMPARE(stored.status, u"in_consideration"_s);
        const auto step = AppealActionLog(*db).latest(a.id, u"assigned"_s);
        QVERIFY(step);
        QCOMPARE(step->target, staff[2].login);
        QCOMPARE(step->dueOn, QDate(2025, 3, 28));
        QCOMPARE(step->details.value(u"executors"_s).toStringList(),
                 (QStringList{staff[2].login, staff[0].login, staff[1].login}));
        QCOMPARE(assignment.coExecutorsDue(stored), QDate(2025, 3, 28));
        // Assigned already: another lead comes by a transfer (I-34).
        problems.clear();
        QVERIFY(!assignment.assign(head, a.id, staff[3].id, {}, &problems));
        QVERIFY2(describe(problems).contains(u"I-34"_s), qPrintable(describe(problems)));
    }

    // I-61: never to the official whose actions are complained about, as lead, co-executor or by a transfer; the
    // refusal names the person and the paragraph.
    void assign_neverToRespondent_I61_data() { ARMCPG_BACKEND_DATA(); }
    void assign_neverToRespondent_I61()
    {
        QFETCH(int, backend);
        Database* db = shared(backend);
        QVERIFY(db);
        const QList<Staff>& staff = staffOf[backend];
        AppealAssignment assignment(*db);
        const Session head = sessionOf(*db, u"head"_s);
        const Appeal a = registered(*db, QDate(2025, 3, 11), [&](Appeal& x) {
            x.kindCode = u"complaint"_s;
            x.regimeCode = u"appk_complaint"_s;
            x.applicantName = u"Жұмабеков Ілияс"_s;
            x.respondentUserId = staff[1].id;
        });
        QCOMPARE(a.respondentUserId, staff[1].id);
        Problems problems;
        QVERIFY(!assignment.assign(head, a.id, staff[1].id, {}, &problems));
        QCOMPARE(fieldOf(problems), AssignmentTr::lead());
        QVERIFY2(describe(problems).contains(staff[1].name) && describe(problems).contains(u"I-61"_s),
                 qPrintable(describe(problems)));
        problems.clear();
        QVERIFY(!assignment.assign(head, a.id, staff[0].id, {staff[1].id}, &problems));
        QCOMPARE(fieldOf(problems), AssignmentTr::co());
        QCOMPARE(assignment.check(a, staff[0].id), QStringList());
        QCOMPARE(assignment.check(a, staff[1].id).size(), 1);
        problems.clear();
        QVERIFY2(assignment.assign(head, a.id, staff[0].id, {}, &problems), qPrintable(describe(problems)));
        problems.clear();
        QVERIFY(!assignment.transfer(head, a.id, staff[1].id, u"Бөлімшелер келісімі"_s, &problems));
        QCOMPARE(fieldOf(problems), AssignmentTr::to());
        QVERIFY2(describe(problems).contains(u"I-61"_s), qPrintable(describe(problems)));
        QCOMPARE(AppealService(*db).load(a.id)->leadExecutorId, staff[0].id);
    }

    // a reception appeal is not assigned to whoever executed or led the same applicant's earlier appeal, found
    // by IIN, or by name when there is no IIN; an appeal not from a reception is not bound by it.
    void assign_receptionAppeal_notToEarlierAppealResolver_R53_data() { ARMCPG_BACKEND_DATA(); }
    void assign_receptionAppeal_notToEarlierAppealResolver_R53()
    {
        QFETCH(int, backend);
        Database* db = shared(backend);
        QVERIFY(db);
        const QList<Staff>& staff = staffOf[backend];
        AppealAssignment assignment(*db);
        const Session head = sessionOf(*db, u"head"_s);
        const QString iin = u"061211600012"_s;
        const Appeal earlier = registered(*db, QDate(2025, 3, 11), [&](Appeal& x) {
            x.applicantIin = iin;
            x.applicantName = u"Қасымов Ержан"_s;
        });
        Problems problems;
        QVERIFY2(assignment.assign(head, earlier.id, staff[0].id, {staff[1].id}, &problems), qPrintable(describe(problems)));

        const Appeal reception = registered(*db, QDate(2025, 3, 20), fromReception(iin, u"Қасымов Е."_s));
        QVERIFY(reception.fromReception);
        const QStringList lead = assignment.check(reception, staff[0].id);
        QCOMPARE(lead.size(), 1);
        QVERIFY2(lead.first().contains(staff[0].name) && lead.first().contains(earlier.number)
                     && lead.first().contains(u"R-53"_s),
                 qPrintable(lead.first()));
        QCOMPARE(assignment.check(reception, staff[1].id).size(), 1); // a co-executor handled it too
        QVERIFY(assignment.check(reception, staff[2].id).isEmpty());
        QVERIFY(!assignment.assign(head, reception.id, staff[0].id, {}, &problems));
        QCOMPARE(fieldOf(problems), AssignmentTr::lead());
        QVERIFY2(describe(problems).contains(u"R-53"_s), qPrintable(describe(problems)));
        problems.clear();
        QVERIFY2(assignment.assign(head, reception.id, staff[2].id, {}, &problems), qPrintable(describe(problems)));

        // Not from a reception: R-53 does not bind it.
        const Appeal ordinary = registered(*db, QDate(2025, 3, 20), [&](Appeal& x) {
            x.applicantIin = iin;
            x.applicantName = u"Қасымов Ержан"_s;
        });
        QVERIFY(assignment.check(ordinary, staff[0].id).isEmpty());

        // Without an IIN, by name (case, ё and spaces aside); another person's history does not count.
        const Appeal earlierByName = registered(*db, QDate(2025, 3, 11), [](Appeal& x) {
            x.applicantName = u"Семёнова Алёна Игоревна"_s;
        });
        QVERIFY2(assignment.assign(head, earlierByName.id, staff[3].id, {}, &problems), qPrintable(describe(problems)));
        const Appeal byName = registered(*db, QDate(2025, 3, 26), fromReception({}, u"СЕМЕНОВА  Алена Игоревна"_s));
        QCOMPARE(assignment.check(byName, staff[3].id).size(), 1);
        const Appeal someoneElse = registered(*db, QDate(2025, 3, 26), fromReception({}, u"Семенова Алина Игоревна"_s));
        QVERIFY(assignment.check(someoneElse, staff[3].id).isEmpty());
    }

    // nor to whoever presided or held the applicant's earlier personal reception that was resolved (ЛП-1); the
    // reception the appeal came from is not an earlier one, and a card without a decision resolved nothing.
    void assign_receptionAppeal_notToEarlierReceptionResolver_R53_data() { ARMCPG_BACKEND_DATA(); }
    void assign_receptionAppeal_notToEarlierReceptionResolver_R53()
    {
        QFETCH(int, backend);
        Database* db = shared(backend);
        QVERIFY(db);
        const QList<Staff>& staff = staffOf[backend];
        AppealAssignment assignment(*db);
        const Session head = sessionOf(*db, u"head"_s);
        const QString iin = u"850101300015"_s;
        const QString headId = head.user().id;
        const QString resolved = card(*db, QDate(2025, 2, 10), iin, u"Нұрланов"_s, u"Дәурен"_s, headId, staff[2].id,
                                      u"explained"_s);
        const QString undecided = card(*db, QDate(2025, 2, 17), iin, u"Нұрланов"_s, u"Дәурен"_s, headId, staff[3].id, {});
        const QString current = card(*db, QDate(2025, 3, 20), iin, u"Нұрланов"_s, u"Дәурен"_s, staff[0].id, staff[0].id,
                                     u"explained"_s);
        QVERIFY(!resolved.isEmpty() && !undecided.isEmpty() && !current.isEmpty());
        const Appeal a = registered(*db, QDate(2025, 3, 20), fromReception(iin, u"Нұрланов Дәурен"_s, current));
        QVERIFY(!a.id.isEmpty());
        const QStringList official = assignment.check(a, staff[2].id);
        QCOMPARE(official.size(), 1);
        QVERIFY2(official.first().contains(staff[2].name) && official.first().contains(u"10.02.2025"_s)
                     && official.first().contains(u"R-53"_s),
                 qPrintable(official.first()));
        QCOMPARE(assignment.check(a, headId).size(), 1); // presided the earlier reception
        QVERIFY(assignment.check(a, staff[3].id).isEmpty()); // that reception was not resolved
        QVERIFY(assignment.check(a, staff[0].id).isEmpty()); // this appeal's own reception
        // Without an IIN, by the folded name of the card (ё = е, case aside).
        QVERIFY(!card(*db, QDate(2025, 2, 12), {}, u"Ёлкина"_s, u"Мария"_s, {}, staff[1].id, u"explained"_s).isEmpty());
        const Appeal byName = registered(*db, QDate(2025, 3, 20), fromReception({}, u"ЕЛКИНА Мария"_s));
        QCOMPARE(assignment.check(byName, staff[1].id).size(), 1);
        QVERIFY(assignment.check(a, staff[1].id).isEmpty());
        Problems problems;
        QVERIFY(!assignment.assign(head, a.id, staff[0].id, {staff[2].id}, &problems));
        QCOMPARE(fieldOf(problems), AssignmentTr::co());
        problems.clear();
        QVERIFY2(assignment.assign(head, a.id, staff[0].id, {staff[3].id}, &problems), qPrintable(describe(problems)));
    }

    // I-34, D11: a transfer needs a rapport with reasons, within 3 working days of the receipt by the official
    // handling the appeal (Mon 17 Mar 2025 -> Thu 20 Mar; Thu 20 Mar over Nauryz -> Fri 28 Mar); a late one goes
    // through, flagged. The previous lead is released with the day and the reason.
    void transfer_rapportWithin3WD_lateFlagged_D11_I34_data() { ARMCPG_BACKEND_DATA(); }
    void transfer_rapportWithin3WD_lateFlagged_D11_I34()
    {
        QFETCH(int, backend);
        Database* db = shared(backend);
        QVERIFY(db);
        const QList<Staff>& staff = staffOf[backend];
        AppealAssignment assignment(*db);
        const Session head = sessionOf(*db, u"head"_s);
        const Appeal a = registered(*db, QDate(2025, 3, 17), [](Appeal& x) { x.applicantName = u"Оразова Мөлдір"_s; });
        Problems problems;
        QVERIFY(!assignment.transfer(head, a.id, staff[1].id, u"Рапорт"_s, &problems)); // nobody to hand over from
        problems.clear();
        QVERIFY2(assignment.assign(head, a.id, staff[0].id, {}, &problems), qPrintable(describe(problems)));

        at(QDate(2025, 3, 20));
        QVERIFY(!assignment.transfer(sessionOf(*db, u"operator"_s), a.id, staff[1].id, u"Рапорт"_s, &problems));
        problems.clear();
        QVERIFY(!assignment.transfer(head, a.id, staff[1].id, u" "_s, &problems));
        QCOMPARE(fieldOf(problems), AssignmentTr::rapport());
        problems.clear();
        QVERIFY(!assignment.transfer(head, a.id, staff[0].id, u"Рапорт"_s, &problems)); // the lead already
        QCOMPARE(fieldOf(problems), AssignmentTr::to());
        problems.clear();
        QStringList warnings;
        QVERIFY2(assignment.transfer(head, a.id, staff[1].id, u"Басқа бөлімшенің құзыреті"_s, &problems, &warnings),
                 qPrintable(describe(problems)));
        QVERIFY(warnings.isEmpty()); // on the last day, Thu 20 Mar
        QList<AppealExecutor> executors = assignment.executors(a.id);
        QCOMPARE(executors.size(), 2);
        QCOMPARE(executors[0].userId, staff[1].id);
        QVERIFY(executors[0].lead && executors[0].active());
        QCOMPARE(executors[1].userId, staff[0].id);
        QCOMPARE(executors[1].releasedOn, QDate(2025, 3, 20));
        QCOMPARE(executors[1].releaseReason, u"Басқа бөлімшенің құзыреті"_s);
        QCOMPARE(AppealService(*db).load(a.id)->leadExecutorLogin, staff[1].login);
        auto step = AppealActionLog(*db).latest(a.id, u"transferred"_s);
        QVERIFY(step);
        QCOMPARE(step->dueOn, QDate(2025, 3, 20));
        QCOMPARE(step->details.value(u"late"_s).toBool(), false);
        QCOMPARE(step->details.value(u"from"_s).toString(), staff[0].login);

        // Received by exec2 on Thu 20 Mar: 21, 24, 25 off -> 26, 27, 28: due Fri 28 Mar; on Mon 31 Mar it is late.
        at(QDate(2025, 3, 31));
        QVERIFY2(assignment.transfer(head, a.id, staff[2].id, u"Басшылықтың тапсырмасы"_s, &problems, &warnings),
                 qPrintable(describe(problems)));
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(u"28.03.2025"_s) && warnings.first().contains(u"D11"_s),
                 qPrintable(warnings.first()));
        step = AppealActionLog(*db).latest(a.id, u"transferred"_s);
        QCOMPARE(step->dueOn, QDate(2025, 3, 28));
        QCOMPARE(step->details.value(u"late"_s).toBool(), true);
        QCOMPARE(AppealService(*db).load(a.id)->leadExecutorId, staff[2].id);

        // A co-executor taking the lead keeps their row, now first.
        const Appeal b = registered(*db, QDate(2025, 3, 31), [](Appeal& x) { x.applicantName = u"Оразова Мөлдір"_s; });
        QVERIFY2(assignment.assign(head, b.id, staff[0].id, {staff[3].id}, &problems), qPrintable(describe(problems)));
        QVERIFY2(assignment.transfer(head, b.id, staff[3].id, u"Келісім"_s, &problems), qPrintable(describe(problems)));
        executors = assignment.executors(b.id);
        QCOMPARE(executors.size(), 2);
        QCOMPARE(executors[0].userId, staff[3].id);
        QVERIFY(executors[0].lead && executors[0].active());
        QCOMPARE(executors[0].position, 0);
        QVERIFY(!executors[1].active());
    }
};

QTEST_GUILESS_MAIN(TestAppealAssignment)
#include "tst_appealassignment.moc"
