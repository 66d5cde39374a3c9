// The appeal lists (issue 6 "Lists"; rules-000 §2.7, §3) on SQLite and PostgreSQL, over a crafted set of appeals
// as of Fri 20 Nov 2026: on control (I-53, R-54), due within N days, overdue by the sending date (I-68), deemed
// refused complaints (I-83), mine (I-33, I-34); the counts equal the lists; filters, paging, order, colours.
#include "TestDatabase.h"

#include "appeal/AppealDeadline.h"
#include "appeal/AppealJournal.h"
#include "appeal/AppealService.h"
#include "calendar/CalendarService.h"
#include "common/Clock.h"
#include "deadline/DeadlineRule.h"
#include "security/Session.h"
#include "security/UserService.h"
#include "setup/Setup.h"
#include "storage/WriteTransaction.h"

#include <QtTest>

#include <map>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;
using List = AppealJournal::List;

class TestAppealJournal : public QObject
{
    Q_OBJECT

    const QDate asOf{2026, 11, 20};
    FixedClock clock{QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC)};
    const Session program = Session::program(u"test"_s);

    // One database per backend, crafted once for every test (a fresh one per test would cost seconds each).
    struct Fixture
    {
        std::unique_ptr<TestDatabase> t;
        std::map<QString, QString> ids; // key -> appeal id
        QString prosecutorId;
    };
    std::map<int, Fixture> fixtures;

    Fixture& fixture()
    {
        QFETCH(int, backend);
        return fixtures[backend];
    }

    // An appeal received on 20 Oct, registered through AppealService, with the term in force and the other
    // columns written as AppealTerms and the workflow services would.
    bool craft(Fixture& f, const QString& key, const QString& kind, const QString& regime, const QDate& due,
               const QVariantMap& more = {}, const QString& applicant = {})
    {
        Database& db = *f.t->db();
        Appeal a;
        a.receivedOn = QDate(2026, 10, 20);
        a.kindCode = kind;
        a.regimeCode = regime;
        a.formCode = u"paper"_s;
        a.channelCode = u"paper"_s;
        a.applicantName = applicant.isEmpty() ? u"Заявитель %1"_s.arg(key) : applicant;
        a.essence = u"Мәні: %1"_s.arg(key);
        Problems problems;
        if (!AppealService(db).registerAppeal(program, &a, &problems)) {
            qWarning() << describe(problems);
            return false;
        }
        QVariantMap values = more;
        values.insert(u"due_on"_s, nullIfEmpty(due));
        WriteTransaction tx(db, program.actor());
        if (!(tx.update(u"appeal"_s, a.id, values) && tx.commit())) {
            qWarning() << tx.error();
            return false;
        }
        f.ids[key] = a.id;
        return true;
    }

    QStringList keys(Fixture& f, const QList<AppealJournal::Row>& rows)
    {
        QStringList result;
        for (const AppealJournal::Row& r : rows) {
            for (const auto& [key, id] : f.ids) {
                if (id == r.id)
                    result << key;
            }
        }
        return result;
    }

    QStringList members(Fixture& f, List list, AppealJournal::Filter filter = {})
    {
        if (!filter.asOf.isValid())
            filter.asOf = asOf;
        AppealJournal journal(*f.t->db());
        QStringList result = keys(f, journal.fetch(list, filter, AppealJournal::Sort::Number, 0, 1000));
        if (!journal.lastError().isEmpty())
            qWarning() << journal.lastError();
        result.sort();
        return result;
    }

private slots:
    void initTestCase()
    {
        QList<int> backends{int(TestDatabase::Backend::Sqlite)};
        if (TestDatabase::postgresAvailable() || TestDatabase::postgresRequired())
            backends << int(TestDatabase::Backend::Postgres);
        for (int backend : backends) {
            Fixture& f = fixtures[backend];
            f.t = std::make_unique<TestDatabase>(TestDatabase::Backend(backend));
            QVERIFY2(f.t->isValid(), qPrintable(f.t->error()));
            Database& db = *f.t->db();
            db.setClock(&clock);
            Problems problems;
            QVERIFY2(Setup::initialise(db, true, &problems), qPrintable(describe(problems)));
            f.prosecutorId = UserService(db).findByLogin(u"prosecutor"_s)->id;
            const QString st = u"statement"_s, adm = u"appk_administrative"_s;
            const QDate far(2026, 12, 15);
            QVERIFY(craft(f, u"A"_s, st, adm, far, {}, u"Сәрсенбаева Гүлнар Әбілқызы"_s)); // open, far off
            QVERIFY(craft(f, u"B"_s, st, adm, QDate(2026, 11, 24)));                          // due in 4 days
            QVERIFY(craft(f, u"C"_s, st, adm, asOf));                                         // due today
            QVERIFY(craft(f, u"D"_s, st, adm, QDate(2026, 11, 19)));                          // passed, no answer
            // I-68: signed within the term but sent after it.
            QVERIFY(craft(f, u"E"_s, st, adm, QDate(2026, 11, 10),
                          {{u"answer_signed_on"_s, QDate(2026, 11, 9)}, {u"final_answer_sent_on"_s, QDate(2026, 11, 12)},
                           {u"status"_s, u"answered"_s}}));
            // Sent on the last day of the term: in time.
            QVERIFY(craft(f, u"F"_s, st, adm, QDate(2026, 11, 10),
                          {{u"final_answer_sent_on"_s, QDate(2026, 11, 10)}, {u"status"_s, u"answered"_s}}));
            // I-83: a complaint about a prosecutor, no decision within its term.
            QVERIFY(craft(f, u"H"_s, u"complaint"_s, u"appk_complaint"_s, QDate(2026, 11, 18)));
            // Decided within the term, the answer not sent yet: not deemed refused, overdue all the same (I-68).
            QVERIFY(craft(f, u"I"_s, u"complaint"_s, u"appk_complaint"_s, QDate(2026, 11, 18),
                          {{u"decision_code"_s, u"refused"_s}, {u"decided_on"_s, QDate(2026, 11, 17)}}));
            // A complaint about another body is a сообщение (I-55): overdue, never deemed refused.
            QVERIFY(craft(f, u"J"_s, u"complaint"_s, u"appk_simplified"_s, QDate(2026, 11, 18)));
            // Forwarded by competence: consideration here ended without an answer of ours.
            QVERIFY(craft(f, u"K"_s, st, adm, QDate(2026, 11, 1), {{u"status"_s, u"forwarded"_s}}));
            QVERIFY(craft(f, u"L"_s, st, adm, far));
            QVERIFY(craft(f, u"M"_s, st, adm, far));
            QVERIFY(craft(f, u"N"_s, u"complaint"_s, u"upk"_s, QDate())); // I-10: no АППК term
            QVERIFY(craft(f, u"O"_s, st, adm, far,
                          {{u"lead_executor_id"_s, f.prosecutorId}, {u"lead_executor_login"_s, u"prosecutor"_s}}));
            QVERIFY(craft(f, u"P"_s, st, adm, far));
            QVERIFY(craft(f, u"Q"_s, st, adm, far));
            QVERIFY(craft(f, u"Z"_s, st, adm, QDate(2026, 11, 2))); // soft-deleted below
            AppealService appeals(db);
            for (const char* key : {"L", "M", "N"})
                QVERIFY2(appeals.takeOnControl(program, f.ids[QString::fromLatin1(key)], &problems), qPrintable(describe(problems)));
            QVERIFY2(appeals.removeFromControl(program, f.ids[u"M"_s], &problems), qPrintable(describe(problems)));
            WriteTransaction tx(db, program.actor());
            // P: a co-executor; Q: a co-executor released by a transfer (I-34).
            for (const char* key : {"P", "Q"}) {
                QVERIFY(!tx.insert(u"appeal_executor"_s,
                                   {{u"appeal_id"_s, f.ids[QString::fromLatin1(key)]},
                                    {u"organisation_code"_s, db.organisationCode()},
                                    {u"user_id"_s, f.prosecutorId},
                                    {u"user_login"_s, u"prosecutor"_s},
                                    {u"position"_s, 1},
                                    {u"assigned_on"_s, QDate(2026, 10, 21)},
                                    {u"released_on"_s, key[0] == 'Q' ? QVariant(QDate(2026, 10, 30)) : QVariant()}})
                             .isEmpty());
            }
            QVERIFY(tx.remove(u"appeal"_s, f.ids[u"Z"_s]));
            QVERIFY2(tx.commit(), qPrintable(tx.error()));
        }
    }

    void all_everyLiveAppeal_data() { ARMCPG_BACKEND_DATA(); }
    void all_everyLiveAppeal()
    {
        Fixture& f = fixture();
        // The soft-deleted Z never shows.
        QCOMPARE(members(f, List::All),
                 QStringList({u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s, u"F"_s, u"H"_s, u"I"_s, u"J"_s, u"K"_s, u"L"_s,
                              u"M"_s, u"N"_s, u"O"_s, u"P"_s, u"Q"_s}));
    }

    // I-53, R-54: on control from taking until removal by the one who took it; an appeal without a term too.
    void control_takenAndNotRemoved_I53_R54_data() { ARMCPG_BACKEND_DATA(); }
    void control_takenAndNotRemoved_I53_R54()
    {
        Fixture& f = fixture();
        QCOMPARE(members(f, List::Control), QStringList({u"L"_s, u"N"_s}));
        // By the term, the appeal without one last (on both databases).
        AppealJournal journal(*f.t->db());
        AppealJournal::Filter filter;
        filter.asOf = asOf;
        QCOMPARE(keys(f, journal.fetch(List::Control, filter)), QStringList({u"L"_s, u"N"_s}));
        QCOMPARE(keys(f, journal.fetch(List::Control, filter, AppealJournal::Sort::DueDate, 0, 10, Qt::DescendingOrder)),
                 QStringList({u"L"_s, u"N"_s}));
    }

    // I-68: the term ends with the sending of the answer: D passed unanswered, E signed in time but sent late;
    // F sent on the last day is in time, C due today is not overdue yet, K was forwarded (no answer of ours due).
    void overdue_bySendingDate_I68_data() { ARMCPG_BACKEND_DATA(); }
    void overdue_bySendingDate_I68()
    {
        Fixture& f = fixture();
        QCOMPARE(members(f, List::Overdue), QStringList({u"D"_s, u"E"_s, u"H"_s, u"I"_s, u"J"_s}));
        // The day before D's term ended it was due, not overdue.
        AppealJournal::Filter before;
        before.asOf = QDate(2026, 11, 19);
        QVERIFY(!members(f, List::Overdue, before).contains(u"D"_s));
        QVERIFY(members(f, List::DueSoon, before).contains(u"D"_s));
    }

    void dueSoon_withinNDays_notAnswered_data() { ARMCPG_BACKEND_DATA(); }
    void dueSoon_withinNDays_notAnswered()
    {
        Fixture& f = fixture();
        QCOMPARE(members(f, List::DueSoon), QStringList({u"B"_s, u"C"_s})); // 7 days: today and 24 Nov
        AppealJournal::Filter today;
        today.dueWithinDays = 0;
        QCOMPARE(members(f, List::DueSoon, today), QStringList({u"C"_s}));
        AppealJournal::Filter month;
        month.dueWithinDays = 30;
        QCOMPARE(members(f, List::DueSoon, month),
                 QStringList({u"A"_s, u"B"_s, u"C"_s, u"L"_s, u"M"_s, u"O"_s, u"P"_s, u"Q"_s}));
    }

    // I-83: a complaint about a prosecutor without a decision within its term is deemed refused, flagged by itself
    // from the day after the term; a decided one (I) or a complaint about another body (J, I-55) is not.
    void deemedRefused_complaintWithoutDecision_I83_data() { ARMCPG_BACKEND_DATA(); }
    void deemedRefused_complaintWithoutDecision_I83()
    {
        Fixture& f = fixture();
        QCOMPARE(members(f, List::DeemedRefused), QStringList({u"H"_s}));
        AppealJournal::Filter onTheLastDay;
        onTheLastDay.asOf = QDate(2026, 11, 18);
        QCOMPARE(members(f, List::DeemedRefused, onTheLastDay), QStringList());
        AppealJournal::Filter dayAfter;
        dayAfter.asOf = QDate(2026, 11, 19);
        QCOMPARE(members(f, List::DeemedRefused, dayAfter), QStringList({u"H"_s}));

        // The list agrees with the deadline engine on a term it computed (D27, 20 working days, I-79).
        Database& db = *f.t->db();
        Problems problems;
        const DeadlineRuleSet rules = DeadlineRuleSet::builtin(&problems);
        const DeadlineCalculator calculator(CalendarService(db).load());
        Appeal complaint;
        complaint.kindCode = u"complaint"_s;
        complaint.regimeCode = u"appk_complaint"_s;
        complaint.receivedOn = QDate(2026, 10, 20);
        const AppealTerm term = AppealDeadline(calculator, rules).term(complaint, asOf);
        QVERIFY(term.applies);
        QCOMPARE(term.ruleId, u"D27"_s);
        QVERIFY(craft(f, u"R"_s, u"complaint"_s, u"appk_complaint"_s, term.due));
        for (const QDate& day : {term.due, term.due.addDays(1)}) {
            AppealJournal::Filter filter;
            filter.asOf = day;
            const bool listed = members(f, List::DeemedRefused, filter).contains(u"R"_s);
            QCOMPARE(listed, AppealDeadline(calculator, rules).term(complaint, day).deemedRefused);
            QCOMPARE(listed, day > term.due);
        }
        QVERIFY(removeAppeal(db, f.ids[u"R"_s]));
    }

    // I-33, I-34: the lead executor's and the co-executors' appeals; a released co-executor's are not.
    void mine_leadOrCoExecutor_I33_I34_data() { ARMCPG_BACKEND_DATA(); }
    void mine_leadOrCoExecutor_I33_I34()
    {
        Fixture& f = fixture();
        AppealJournal::Filter mine;
        mine.userId = f.prosecutorId;
        QCOMPARE(members(f, List::Mine, mine), QStringList({u"O"_s, u"P"_s}));
        QCOMPARE(members(f, List::Mine), QStringList()); // nobody's
    }

    void counts_equalTheLists_data() { ARMCPG_BACKEND_DATA(); }
    void counts_equalTheLists()
    {
        Fixture& f = fixture();
        AppealJournal journal(*f.t->db());
        AppealJournal::Filter filter;
        filter.asOf = asOf;
        filter.userId = f.prosecutorId;
        const AppealJournal::Counts counts = journal.counts(filter);
        QVERIFY2(journal.lastError().isEmpty(), qPrintable(journal.lastError()));
        QCOMPARE(counts.all, 16);
        QCOMPARE(counts.mine, 2);
        QCOMPARE(counts.control, 2);
        QCOMPARE(counts.dueSoon, 2);
        QCOMPARE(counts.overdue, 5);
        QCOMPARE(counts.deemedRefused, 1);
        for (List list : {List::All, List::Mine, List::Control, List::DueSoon, List::Overdue, List::DeemedRefused})
            QCOMPARE(counts.of(list), int(journal.fetch(list, filter, AppealJournal::Sort::DueDate, 0, 1000).size()));
    }

    void filters_textOrganisationPeriod_paging_data() { ARMCPG_BACKEND_DATA(); }
    void filters_textOrganisationPeriod_paging()
    {
        Fixture& f = fixture();
        Database& db = *f.t->db();
        AppealJournal journal(db);
        AppealJournal::Filter text;
        text.text = u"сәрсенбаева"_s; // any case, Kazakh letters
        QCOMPARE(members(f, List::All, text), QStringList({u"A"_s}));
        text.text = u"мәні: h"_s; // the essence
        QCOMPARE(members(f, List::All, text), QStringList({u"H"_s}));
        text.text = AppealService(db).load(f.ids[u"B"_s])->number; // the number
        QCOMPARE(members(f, List::All, text), QStringList({u"B"_s}));
        text.text = u"100%"_s; // LIKE's wildcards are plain characters
        QCOMPARE(members(f, List::All, text), QStringList());

        AppealJournal::Filter organisation;
        organisation.organisationCode = db.organisationCode();
        QCOMPARE(members(f, List::All, organisation).size(), 16);
        organisation.organisationCode = u"NONE"_s;
        QCOMPARE(members(f, List::All, organisation), QStringList());
        AppealJournal::Filter period;
        period.from = asOf;
        period.to = asOf; // every crafted appeal was registered on 20 Nov
        QCOMPARE(members(f, List::All, period).size(), 16);
        period.from = asOf.addDays(1);
        period.to = {};
        QCOMPARE(members(f, List::All, period), QStringList());

        // Pages by number: consecutive, every appeal once.
        AppealJournal::Filter all;
        all.asOf = asOf;
        QStringList paged;
        for (int offset = 0; offset < 20; offset += 5)
            paged << keys(f, journal.fetch(List::All, all, AppealJournal::Sort::Number, offset, 5));
        QCOMPARE(paged.size(), 16);
        QCOMPARE(paged, keys(f, journal.fetch(List::All, all, AppealJournal::Sort::Number, 0, 100)));
        QStringList numbers;
        for (const auto& r : journal.fetch(List::All, all, AppealJournal::Sort::Number, 0, 100))
            numbers << r.number;
        QStringList sorted = numbers;
        sorted.sort();
        QCOMPARE(numbers, sorted);
        // By the term: ascending dates, the appeal without one last.
        const auto byDue = journal.fetch(List::All, all, AppealJournal::Sort::DueDate, 0, 100);
        for (qsizetype i = 1; i + 1 < byDue.size(); ++i)
            QVERIFY(byDue.at(i - 1).dueOn <= byDue.at(i).dueOn);
        QCOMPARE(keys(f, {byDue.last()}), QStringList({u"N"_s}));
    }

    // The colour of a row: deemed refused before overdue before due soon before on control; answered = closed.
    void rowState_colourClasses_data() { ARMCPG_BACKEND_DATA(); }
    void rowState_colourClasses()
    {
        Fixture& f = fixture();
        AppealJournal journal(*f.t->db());
        AppealJournal::Filter filter;
        filter.asOf = asOf;
        std::map<QString, QString> state;
        std::map<QString, int> daysLeft;
        for (const auto& r : journal.fetch(List::All, filter, AppealJournal::Sort::Number, 0, 100)) {
            const QString key = keys(f, {r}).value(0);
            state[key] = AppealJournal::stateClass(r.state);
            daysLeft[key] = r.daysLeft;
        }
        QCOMPARE(state[u"A"_s], u"open"_s);
        QCOMPARE(state[u"B"_s], u"due-soon"_s);
        QCOMPARE(daysLeft[u"B"_s], 4);
        QCOMPARE(state[u"C"_s], u"due-soon"_s);
        QCOMPARE(daysLeft[u"C"_s], 0);
        QCOMPARE(state[u"D"_s], u"overdue"_s);
        QCOMPARE(daysLeft[u"D"_s], -1);
        QCOMPARE(state[u"E"_s], u"overdue"_s);
        QCOMPARE(state[u"F"_s], u"closed"_s);
        QCOMPARE(state[u"H"_s], u"deemed-refused"_s);
        QCOMPARE(state[u"K"_s], u"closed"_s);
        QCOMPARE(state[u"L"_s], u"on-control"_s);
        QCOMPARE(state[u"N"_s], u"on-control"_s);
    }

    void cleanupTestCase() { fixtures.clear(); }

private:
    // Takes R out again (soft delete) so that the other tests' expectations stay those of the crafted set.
    bool removeAppeal(Database& db, const QString& id)
    {
        WriteTransaction t(db, program.actor());
        return t.remove(u"appeal"_s, id) && t.commit();
    }
};

QTEST_GUILESS_MAIN(TestAppealJournal)
#include "tst_appealjournal.moc"
