// Decisions and answers (rules-000 §2.3–§2.5, §2.8), on SQLite and PostgreSQL: the lists of I-46, I-69 and I-80 by
// the appeal's procedure, motivated refusals (I-82), the grounds of I-57 and I-74 with the notice term (D26), the
// act's effect (I-47), the answer's language (I-85), the signing matrix (I-88, I-12), R-53 for reception appeals,
// signing apart from sending (I-68) and the termination of correspondence (I-58, D21a). Each case names its paragraph.
#include "TestDatabase.h"

#include "appeal/AppealAction.h"
#include "appeal/AppealDecisions.h"
#include "appeal/AppealNotice.h"
#include "appeal/AppealService.h"
#include "appeal/SigningMatrix.h"
#include "common/Clock.h"
#include "directory/DirectoryRepository.h"
#include "reception/CardService.h"
#include "security/Session.h"
#include "security/UserService.h"
#include "setup/Setup.h"
#include "storage/WriteTransaction.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

namespace {

QStringList fields(const Problems& problems)
{
    QStringList result;
    for (const Problem& p : problems)
        result << p.field;
    return result;
}

// Thu 2025-03-20; Nauryz keeps 2025-03-21..25 off, so three working days later is Fri 2025-03-28.
const QDate kDecided(2025, 3, 20);
const QDate kNoticeDue(2025, 3, 28);

} // namespace

class TestAppealDecisions : public QObject
{
    Q_OBJECT

    FixedClock clock{QDateTime(QDate(2025, 3, 28), QTime(10, 0), Qt::UTC)};

    static Session user(const QString& id, const QString& login, QList<Role> roles)
    {
        UserAccount u;
        u.id = id;
        u.login = login;
        u.roles = std::move(roles);
        return Session(u);
    }

    Session prosecutor = user(u"00000000-0000-4000-8000-0000000000b1"_s, u"prosecutor"_s, {Role::ReceptionProsecutor});
    Session operatorOnly = user(u"00000000-0000-4000-8000-0000000000b2"_s, u"operator"_s, {Role::Operator});

    // A user row with a signing level (no password needed: nobody signs in as them here).
    static QString addUser(Database& db, const QString& login, const QString& name, const QString& roles,
                           const QString& level)
    {
        WriteTransaction tx(db, Session::program(u"test"_s).actor());
        const QString id = tx.insert(u"app_user"_s, {{u"login"_s, login},
                                                     {u"full_name"_s, name},
                                                     {u"roles"_s, roles},
                                                     {u"organisation_code"_s, db.organisationCode()},
                                                     {u"password_hash"_s, u"-"_s},
                                                     {u"signing_level"_s, level.isEmpty() ? QVariant() : level}});
        return !id.isEmpty() && tx.commit() ? id : QString();
    }

    Appeal registered(Database& db, const QString& kind, const QString& regime, const QString& cardId = {},
                      const QString& screening = {})
    {
        Appeal a;
        a.receivedOn = QDate(2025, 3, 17);
        a.kindCode = kind;
        a.regimeCode = regime;
        a.formCode = u"paper"_s;
        a.channelCode = cardId.isEmpty() ? u"paper"_s : QString();
        a.receptionCardId = cardId;
        a.applicantName = u"Сәрсенбаева Гүлнар"_s;
        a.essence = u"Шағым"_s;
        a.language = u"ru"_s;
        a.screening = screening;
        Problems problems;
        if (!AppealService(db).registerAppeal(operatorOnly, &a, &problems))
            qWarning("%s", qPrintable(describe(problems)));
        return a;
    }

    QString receptionCard(Database& db, const QString& officialUserId)
    {
        ReceptionCard card;
        card.set("queue_number", u"К-014"_s);
        card.set("queued_on", QDate(2025, 3, 17));
        card.set("resident", true);
        card.set("iin", u"061211600012"_s);
        card.set("surname", u"Сәрсенбаева"_s);
        card.set("given_name", u"Гүлнар"_s);
        card.set("social_status_code", u"worker"_s);
        card.set("occupation", u"бухгалтер"_s);
        card.set("mobile_phone", u"87012345678"_s);
        card.set("reception_date", QDate(2025, 3, 17));
        card.set("reception_time", u"10:30"_s);
        card.set("place_kato", u"711200000"_s);
        card.set("place_addressee", u"ЦПГ"_s);
        card.set("official_name", u"Оспанов Ерлан"_s);
        card.set("official_user_id", officialUserId);
        card.set("secretary", u"Иванова Ольга Петровна"_s);
        card.set("present", u"Сәрсенбаева Г."_s);
        card.set("protocol_language", u"kk"_s);
        card.set("oral_appeal", u"Шағым"_s);
        Problems problems;
        if (!CardService(db).save(Session::program(u"test"_s), &card, &problems))
            qWarning("%s", qPrintable(describe(problems)));
        return card.id;
    }

private slots:
    // I-46 (5), I-69 (3), I-80 (6); the grounds of I-57 (3) and I-74 (4) under their decisions.
    void lists_I46_I69_I80_grounds_I57_I74()
    {
        TestDatabase t(TestDatabase::Backend::Sqlite);
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), false, &problems), qPrintable(describe(problems)));
        QHash<QString, int> byProcedure;
        QHash<QString, int> grounds;
        for (const DirectoryEntry& e : DirectoryRepository(*t.db()).entries(u"appeal_decision"_s)) {
            if (e.attributes.value(u"ground"_s) == u"1")
                ++grounds[e.parentCode];
            else
                ++byProcedure[e.attributes.value(u"procedure"_s)];
        }
        QCOMPARE(byProcedure.value(u"administrative"_s), 5);
        QCOMPARE(byProcedure.value(u"simplified"_s), 3);
        QCOMPARE(byProcedure.value(u"complaint"_s), 6);
        QCOMPARE(grounds.value(u"simp_terminate"_s), 3);
        QCOMPARE(grounds.value(u"cmp_without_consideration"_s), 4);
        QCOMPARE(AppealDecisions::procedureOf(u"appk_administrative"_s), u"administrative"_s);
        QCOMPARE(AppealDecisions::procedureOf(u"appk_simplified"_s), u"simplified"_s);
        QCOMPARE(AppealDecisions::procedureOf(u"appk_complaint"_s), u"complaint"_s);
        QCOMPARE(AppealDecisions::procedureOf(u"upk"_s), QString()); // I-10
    }

    // I-46: the decision, its date and the status are set and the step is appended in one transaction.
    void decide_setsDecisionAndAppendsStep_I46_data() { ARMCPG_BACKEND_DATA(); }
    void decide_setsDecisionAndAppendsStep_I46()
    {
        ARMCPG_OPEN_BACKEND(t);
        t->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        const Appeal a = registered(*t.db(), u"statement"_s, u"appk_administrative"_s);
        QVERIFY(!a.id.isEmpty());
        AppealDecisions decisions(*t.db());
        QVERIFY(!decisions.decide(operatorOnly, a.id, u"adm_action"_s, kDecided, {}, &problems)); // not a decider
        problems.clear();
        QVERIFY2(decisions.decide(prosecutor, a.id, u"adm_action"_s, kDecided, u"Справка выдана"_s, &problems),
                 qPrintable(describe(problems)));
        const auto stored = AppealService(*t.db()).load(a.id);
        QCOMPARE(stored->decisionCode, u"adm_action"_s);
        QCOMPARE(stored->decidedOn, kDecided);
        QCOMPARE(stored->status, u"decided"_s);
        const auto step = AppealActionLog(*t.db()).latest(a.id, QString::fromLatin1(AppealAction::Kind::Decided));
        QVERIFY(step);
        QCOMPARE(step->target, u"adm_action"_s);
        QCOMPARE(step->reason, u"Справка выдана"_s);
        QCOMPARE(step->byLogin, u"prosecutor"_s);
        QCOMPARE(step->actionOn, kDecided);
        // A date after today is refused, naming the field.
        problems.clear();
        QVERIFY(!decisions.decide(prosecutor, a.id, u"adm_action"_s, QDate(2025, 3, 29), {}, &problems));
        QVERIFY(fields(problems).contains(AppealDecisions::tr("Decided on")));
    }

    // I-46, I-69, I-80: a decision from another procedure's list is refused, naming the field; nothing is written.
    void decide_refusesAnotherProceduresList_I46_I69_I80_data() { ARMCPG_BACKEND_DATA(); }
    void decide_refusesAnotherProceduresList_I46_I69_I80()
    {
        ARMCPG_OPEN_BACKEND(t);
        t->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        AppealDecisions decisions(*t.db());
        const Appeal statement = registered(*t.db(), u"statement"_s, u"appk_administrative"_s);
        QVERIFY(!decisions.decide(prosecutor, statement.id, u"cmp_cancel"_s, kDecided, u"x"_s, &problems));
        QCOMPARE(fields(problems), QStringList{AppealDecisions::tr("Decision")});
        QVERIFY2(describe(problems).contains(u"I-80"_s), qPrintable(describe(problems)));
        const Appeal report = registered(*t.db(), u"report"_s, u"appk_simplified"_s);
        problems.clear();
        QVERIFY(!decisions.decide(prosecutor, report.id, u"adm_act"_s, kDecided, u"x"_s, &problems,
                                  {{}, u"favourable"_s}));
        QVERIFY(fields(problems).contains(AppealDecisions::tr("Decision")));
        const Appeal complaint = registered(*t.db(), u"complaint"_s, u"appk_complaint"_s);
        problems.clear();
        QVERIFY(!decisions.decide(prosecutor, complaint.id, u"simp_noted"_s, kDecided, {}, &problems));
        QVERIFY(fields(problems).contains(AppealDecisions::tr("Decision")));
        // A ground is not a decision; the УПК regime has no list of the Instruction (I-10).
        problems.clear();
        QVERIFY(!decisions.decide(prosecutor, complaint.id, u"i74_withdrawn"_s, kDecided, {}, &problems));
        const Appeal criminal = registered(*t.db(), u"complaint"_s, u"upk"_s);
        problems.clear();
        QVERIFY(!decisions.decide(prosecutor, criminal.id, u"cmp_cancel"_s, kDecided, {}, &problems));
        QVERIFY(describe(problems).contains(u"I-10"_s));
        for (const QString& id : {statement.id, report.id, complaint.id, criminal.id}) {
            QVERIFY(AppealService(*t.db()).load(id)->decisionCode.isEmpty());
            QVERIFY(AppealActionLog(*t.db()).of(id).isEmpty());
        }
        // The right list is accepted.
        problems.clear();
        QVERIFY2(decisions.decide(prosecutor, report.id, u"simp_noted"_s, kDecided, {}, &problems),
                 qPrintable(describe(problems)));
    }

    // I-82: leaving a complaint unsatisfied must be motivated; I-80(5): sending back lists the violations.
    void decide_refusalMustBeMotivated_I82_data() { ARMCPG_BACKEND_DATA(); }
    void decide_refusalMustBeMotivated_I82()
    {
        ARMCPG_OPEN_BACKEND(t);
        t->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        AppealDecisions decisions(*t.db());
        const Appeal complaint = registered(*t.db(), u"complaint"_s, u"appk_complaint"_s);
        for (const QString& code : {u"cmp_unsatisfied"_s, u"cmp_send_back"_s}) {
            problems.clear();
            QVERIFY(!decisions.decide(prosecutor, complaint.id, code, kDecided, u"   "_s, &problems));
            QCOMPARE(fields(problems), QStringList{AppealDecisions::tr("Reason")});
        }
        problems.clear();
        QVERIFY2(decisions.decide(prosecutor, complaint.id, u"cmp_unsatisfied"_s, kDecided,
                                  u"Доводы не подтвердились: постановление законно (ст. 91 АППК)"_s, &problems),
                 qPrintable(describe(problems)));
        QCOMPARE(decisions.latestDecision(complaint.id)->reason,
                 u"Доводы не подтвердились: постановление законно (ст. 91 АППК)"_s);
    }

    // I-47: an adopted act is favourable or burdensome; other decisions adopt no act.
    void decide_actIsFavourableOrBurdensome_I47_data() { ARMCPG_BACKEND_DATA(); }
    void decide_actIsFavourableOrBurdensome_I47()
    {
        ARMCPG_OPEN_BACKEND(t);
        t->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        AppealDecisions decisions(*t.db());
        const Appeal a = registered(*t.db(), u"statement"_s, u"appk_administrative"_s);
        QVERIFY(!decisions.decide(prosecutor, a.id, u"adm_act"_s, kDecided, {}, &problems));
        QCOMPARE(fields(problems), QStringList{AppealDecisions::tr("Act")});
        problems.clear();
        QVERIFY(!decisions.decide(prosecutor, a.id, u"adm_action"_s, kDecided, {}, &problems, {{}, u"favourable"_s}));
        QCOMPARE(fields(problems), QStringList{AppealDecisions::tr("Act")});
        problems.clear();
        QVERIFY2(decisions.decide(prosecutor, a.id, u"adm_act"_s, kDecided, {}, &problems, {{}, u"burdensome"_s}),
                 qPrintable(describe(problems)));
        QCOMPARE(decisions.latestDecision(a.id)->actEffect, u"burdensome"_s);
        QVERIFY(!decisions.satisfies(u"adm_act"_s, u"burdensome"_s));
        QVERIFY(decisions.satisfies(u"adm_act"_s, u"favourable"_s));
    }

    // I-74: one of the four grounds, not another decision's; I-75 (D26): the notice is due within 3 working days,
    // here across Nauryz (2025-03-21..25).
    void decide_withoutConsideration_groundAndNoticeDue_I74_D26_data() { ARMCPG_BACKEND_DATA(); }
    void decide_withoutConsideration_groundAndNoticeDue_I74_D26()
    {
        ARMCPG_OPEN_BACKEND(t);
        t->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        AppealDecisions decisions(*t.db());
        const Appeal complaint = registered(*t.db(), u"complaint"_s, u"appk_complaint"_s);
        const QString code = u"cmp_without_consideration"_s;
        QVERIFY(!decisions.decide(prosecutor, complaint.id, code, kDecided, {}, &problems));
        QCOMPARE(fields(problems), QStringList{AppealDecisions::tr("Ground")});
        problems.clear();
        QVERIFY(!decisions.decide(prosecutor, complaint.id, code, kDecided, {}, &problems, {u"i57_anonymous"_s, {}}));
        QCOMPARE(fields(problems), QStringList{AppealDecisions::tr("Ground")});
        problems.clear();
        QVERIFY2(decisions.decide(prosecutor, complaint.id, code, kDecided, u"Отзыв от 19.03.2025"_s, &problems,
                                  {u"i74_withdrawn"_s, {}}),
                 qPrintable(describe(problems)));
        const auto recorded = decisions.latestDecision(complaint.id);
        QCOMPARE(recorded->groundCode, u"i74_withdrawn"_s);
        QCOMPARE(recorded->noticeDueOn, kNoticeDue);
        // I-57: a simplified termination needs one of its three grounds.
        const Appeal report = registered(*t.db(), u"report"_s, u"appk_simplified"_s);
        problems.clear();
        QVERIFY(!decisions.decide(prosecutor, report.id, u"simp_terminate"_s, kDecided, u"x"_s, &problems,
                                  {u"i74_returned"_s, {}}));
        QCOMPARE(fields(problems), QStringList{AppealDecisions::tr("Ground")});
        problems.clear();
        QVERIFY2(decisions.decide(prosecutor, report.id, u"simp_terminate"_s, kDecided, u"Суть не изложена"_s,
                                  &problems, {u"i57_no_essence"_s, {}}),
                 qPrintable(describe(problems)));
    }

    // I-85: the state language or the language of the appeal; I-68: signing is kept apart from sending.
    void signAnswer_languageAndSendingApart_I85_I68_data() { ARMCPG_BACKEND_DATA(); }
    void signAnswer_languageAndSendingApart_I85_I68()
    {
        ARMCPG_OPEN_BACKEND(t);
        t->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        const QString district = addUser(*t.db(), u"district"_s, u"Әлиев Нұрлан"_s, u"head"_s,
                                         u"district_prosecutor"_s);
        QVERIFY(!district.isEmpty());
        AppealDecisions decisions(*t.db());
        const Appeal a = registered(*t.db(), u"report"_s, u"appk_simplified"_s); // written in Russian
        // No decision yet: nothing to sign.
        QVERIFY(!decisions.signAnswer(operatorOnly, a.id, district, kDecided, u"kk"_s, &problems));
        QCOMPARE(fields(problems), QStringList{AppealDecisions::tr("Decision")});
        problems.clear();
        QVERIFY(decisions.decide(prosecutor, a.id, u"simp_answer"_s, kDecided, {}, &problems));
        for (const QString& language : {u"en"_s, QString(), u"uz"_s}) {
            problems.clear();
            QVERIFY(!decisions.signAnswer(operatorOnly, a.id, district, kDecided, language, &problems));
            QCOMPARE(fields(problems), QStringList{AppealDecisions::tr("Answer language")});
            QVERIFY(describe(problems).contains(u"I-85"_s));
        }
        problems.clear();
        QVERIFY2(decisions.signAnswer(operatorOnly, a.id, district, kDecided, u"ru"_s, &problems),
                 qPrintable(describe(problems)));
        problems.clear();
        QVERIFY2(decisions.signAnswer(operatorOnly, a.id, district, QDate(2025, 3, 26), u"kk"_s, &problems),
                 qPrintable(describe(problems)));
        auto stored = AppealService(*t.db()).load(a.id);
        QCOMPARE(stored->answerLanguage, u"kk"_s);
        QCOMPARE(stored->answerSignedBy, district);
        QCOMPARE(stored->answerSignedByLogin, u"district"_s);
        QCOMPARE(stored->answerSignedOn, QDate(2025, 3, 26));
        QVERIFY(!stored->finalAnswerSentOn.isValid()); // signed is not sent (I-68)
        QVERIFY(AppealActionLog(*t.db()).latest(a.id, QString::fromLatin1(AppealDecisions::kAnswerSigned)));
        QVERIFY(AppealService(*t.db()).recordAnswer(operatorOnly, a.id, QDate(2025, 3, 27), true, &problems));
        stored = AppealService(*t.db()).load(a.id);
        QCOMPARE(stored->finalAnswerSentOn, QDate(2025, 3, 27));
        QCOMPARE(stored->answerSignedOn, QDate(2025, 3, 26));
    }

    // I-88: the signer's level must be in the matrix's row for the decision; an administrator's override counts.
    void signAnswer_matrixAndOverride_I88_data() { ARMCPG_BACKEND_DATA(); }
    void signAnswer_matrixAndOverride_I88()
    {
        ARMCPG_OPEN_BACKEND(t);
        t->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        const QString deputy = addUser(*t.db(), u"subdeputy"_s, u"Жақыпов Ұлан"_s, u"head"_s,
                                       u"gp_subdivision_deputy"_s);
        const QString oblast = addUser(*t.db(), u"oblast"_s, u"Қасымов Өмір"_s, u"head"_s, u"oblast_head"_s);
        const QString nobody = addUser(*t.db(), u"clerk"_s, u"Ғалымова Һәдия"_s, u"operator"_s, {});
        AppealDecisions decisions(*t.db());
        const Appeal complaint = registered(*t.db(), u"complaint"_s, u"appk_complaint"_s);
        QVERIFY(decisions.decide(prosecutor, complaint.id, u"cmp_unsatisfied"_s, kDecided, u"Доводы не подтвердились"_s, &problems));
        QVERIFY(!decisions.signAnswer(operatorOnly, complaint.id, deputy, kDecided, u"kk"_s, &problems));
        QCOMPARE(fields(problems), QStringList{AppealDecisions::tr("Signer")});
        QVERIFY(describe(problems).contains(u"I-88"_s));
        problems.clear();
        QVERIFY(!decisions.signAnswer(operatorOnly, complaint.id, nobody, kDecided, u"kk"_s, &problems));
        QCOMPARE(fields(problems), QStringList{AppealDecisions::tr("Signer")});
        problems.clear();
        QVERIFY2(decisions.signAnswer(operatorOnly, complaint.id, oblast, kDecided, u"kk"_s, &problems),
                 qPrintable(describe(problems)));

        // The administrator lets deputy heads of GP subdivisions sign refusals too; only an administrator may.
        problems.clear();
        QVERIFY(!SigningMatrix::setRow(*t.db(), prosecutor, u"cmp_unsatisfied"_s, {u"gp_subdivision_deputy"_s},
                                       &problems));
        problems.clear();
        QVERIFY2(SigningMatrix::setRow(*t.db(), Session::program(u"test"_s), u"cmp_unsatisfied"_s,
                                       {u"gp_subdivision_deputy"_s, u"general_prosecutor"_s}, &problems),
                 qPrintable(describe(problems)));
        QVERIFY2(decisions.signAnswer(operatorOnly, complaint.id, deputy, kDecided, u"kk"_s, &problems),
                 qPrintable(describe(problems)));
        problems.clear();
        QVERIFY(!decisions.signAnswer(operatorOnly, complaint.id, oblast, kDecided, u"kk"_s, &problems)); // not now
        QVERIFY(SigningMatrix::resetRow(*t.db(), Session::program(u"test"_s), u"cmp_unsatisfied"_s, &problems));
        problems.clear();
        QVERIFY2(decisions.signAnswer(operatorOnly, complaint.id, oblast, kDecided, u"kk"_s, &problems),
                 qPrintable(describe(problems)));
    }

    // I-12, I-88(1): a deputy's request is answered by the General Prosecutor, whatever the decision.
    void signAnswer_deputyRequestByGP_I12_data() { ARMCPG_BACKEND_DATA(); }
    void signAnswer_deputyRequestByGP_I12()
    {
        ARMCPG_OPEN_BACKEND(t);
        t->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        const QString gp = addUser(*t.db(), u"gp"_s, u"Асылов Берік"_s, u"head"_s, u"general_prosecutor"_s);
        const QString deputyGp = addUser(*t.db(), u"dgp"_s, u"Ахметов Марат"_s, u"head"_s, u"deputy_gp"_s);
        AppealDecisions decisions(*t.db());
        const Appeal request = registered(*t.db(), u"deputy_request"_s, u"parliament"_s);
        QVERIFY2(decisions.decide(prosecutor, request.id, u"simp_answer"_s, kDecided, {}, &problems),
                 qPrintable(describe(problems)));
        QVERIFY(!decisions.signAnswer(operatorOnly, request.id, deputyGp, kDecided, u"kk"_s, &problems));
        QCOMPARE(fields(problems), QStringList{AppealDecisions::tr("Signer")});
        problems.clear();
        QVERIFY2(decisions.signAnswer(operatorOnly, request.id, gp, kDecided, u"kk"_s, &problems),
                 qPrintable(describe(problems)));
    }

    // a reception appeal is answered by the official who held the reception; another official signs only
    // when the appeal is satisfied (an action, a favourable act), never a refusal.
    void signAnswer_receptionAppeal_R53_data() { ARMCPG_BACKEND_DATA(); }
    void signAnswer_receptionAppeal_R53()
    {
        ARMCPG_OPEN_BACKEND(t);
        t->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        const QString held = addUser(*t.db(), u"oblast"_s, u"Оспанов Ерлан"_s, u"head"_s, u"oblast_head"_s);
        const QString lower = addUser(*t.db(), u"district"_s, u"Әлиев Нұрлан"_s, u"head"_s, u"district_prosecutor"_s);
        const QString cardId = receptionCard(*t.db(), held);
        QVERIFY(!cardId.isEmpty());
        AppealDecisions decisions(*t.db());

        const Appeal refused = registered(*t.db(), u"statement"_s, u"appk_administrative"_s, cardId);
        QVERIFY(refused.fromReception);
        QCOMPARE(decisions.receivingOfficial(refused), held);
        QVERIFY(decisions.decide(prosecutor, refused.id, u"adm_terminate"_s, kDecided, u"ст. 70 АППК"_s, &problems));
        QVERIFY(!decisions.signAnswer(operatorOnly, refused.id, lower, kDecided, u"kk"_s, &problems));
        QCOMPARE(fields(problems), QStringList{AppealDecisions::tr("Signer")});
        QVERIFY2(describe(problems).contains(u"R-53"_s) && describe(problems).contains(u"Оспанов Ерлан"_s),
                 qPrintable(describe(problems)));
        QVERIFY(!AppealService(*t.db()).load(refused.id)->answerSignedOn.isValid());
        problems.clear();
        QVERIFY2(decisions.signAnswer(operatorOnly, refused.id, held, kDecided, u"kk"_s, &problems),
                 qPrintable(describe(problems)));

        // A burdensome act is no satisfaction; a favourable one is, and a lower official signs it.
        const Appeal act = registered(*t.db(), u"statement"_s, u"appk_administrative"_s, cardId);
        QVERIFY(decisions.decide(prosecutor, act.id, u"adm_act"_s, kDecided, {}, &problems, {{}, u"burdensome"_s}));
        problems.clear();
        QVERIFY(!decisions.signAnswer(operatorOnly, act.id, lower, kDecided, u"kk"_s, &problems));
        QVERIFY(describe(problems).contains(u"R-53"_s));
        problems.clear();
        QVERIFY(decisions.decide(prosecutor, act.id, u"adm_act"_s, kDecided, {}, &problems, {{}, u"favourable"_s}));
        QVERIFY2(decisions.signAnswer(operatorOnly, act.id, lower, kDecided, u"kk"_s, &problems),
                 qPrintable(describe(problems)));
        // An action satisfies it too.
        const Appeal action = registered(*t.db(), u"statement"_s, u"appk_administrative"_s, cardId);
        QVERIFY(decisions.decide(prosecutor, action.id, u"adm_action"_s, kDecided, {}, &problems));
        QVERIFY2(decisions.signAnswer(operatorOnly, action.id, lower, kDecided, u"kk"_s, &problems),
                 qPrintable(describe(problems)));
        // An ordinary appeal has no such condition: the district prosecutor signs the termination.
        const Appeal ordinary = registered(*t.db(), u"statement"_s, u"appk_administrative"_s);
        QVERIFY(decisions.decide(prosecutor, ordinary.id, u"adm_terminate"_s, kDecided, u"ст. 70"_s, &problems));
        QVERIFY2(decisions.signAnswer(operatorOnly, ordinary.id, lower, kDecided, u"kk"_s, &problems),
                 qPrintable(describe(problems)));
    }

    // I-58, I-57(1): on a repeated appeal, a motivated conclusion approved by a head; status and the notice term
    // (D21a, 3 working days, across Nauryz).
    void terminateCorrespondence_I58_D21a_data() { ARMCPG_BACKEND_DATA(); }
    void terminateCorrespondence_I58_D21a()
    {
        ARMCPG_OPEN_BACKEND(t);
        t->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        const QString head = addUser(*t.db(), u"chief"_s, u"Бекова Әсел"_s, u"head"_s, u"oblast_head"_s);
        const QString clerk = addUser(*t.db(), u"clerk"_s, u"Ким Ирина"_s, u"operator"_s, {});
        AppealDecisions decisions(*t.db());
        const QString conclusion = u"Доводы проверялись трижды, ответы даны 10.01.2025 и 14.02.2025"_s;

        const Appeal primary = registered(*t.db(), u"report"_s, u"appk_simplified"_s, {}, u"primary"_s);
        QVERIFY(!decisions.terminateCorrespondence(prosecutor, primary.id, kDecided, conclusion, head, &problems));
        QCOMPARE(fields(problems), QStringList{AppealDecisions::tr("Screening")});

        const Appeal repeated = registered(*t.db(), u"report"_s, u"appk_simplified"_s, {}, u"repeated"_s);
        problems.clear();
        QVERIFY(!decisions.terminateCorrespondence(prosecutor, repeated.id, kDecided, u" "_s, clerk, &problems));
        QCOMPARE(fields(problems),
                 (QStringList{AppealDecisions::tr("Conclusion"), AppealDecisions::tr("Approved by")}));
        QCOMPARE(AppealService(*t.db()).load(repeated.id)->status, u"registered"_s);
        problems.clear();
        QVERIFY2(decisions.terminateCorrespondence(prosecutor, repeated.id, kDecided, conclusion, head, &problems),
                 qPrintable(describe(problems)));
        QCOMPARE(AppealService(*t.db()).load(repeated.id)->status, u"correspondence_terminated"_s);
        const auto step = AppealActionLog(*t.db()).latest(
            repeated.id, QString::fromLatin1(AppealAction::Kind::CorrespondenceTerminated));
        QVERIFY(step);
        QCOMPARE(step->approvedByLogin, u"chief"_s);
        QCOMPARE(step->reason, conclusion);
        QCOMPARE(step->dueOn, kNoticeDue);
        QVERIFY(!decisions.terminateCorrespondence(prosecutor, repeated.id, kDecided, conclusion, head, &problems));
    }

    // Notices take what the record holds: the I-74 ground by name in the notice's language and the reason; the I-58
    // conclusion; the body and reason of the forwarding step (I-31); the appeal's number, date and applicant.
    void notice_filledFromTheRecord_I31_I58_I74_data() { ARMCPG_BACKEND_DATA(); }
    void notice_filledFromTheRecord_I31_I58_I74()
    {
        ARMCPG_OPEN_BACKEND(t);
        t->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        const QString head = addUser(*t.db(), u"chief"_s, u"Бекова Әсел"_s, u"head"_s, u"oblast_head"_s);
        AppealDecisions decisions(*t.db());
        using K = AppealNotice::Kind;

        const Appeal complaint = registered(*t.db(), u"complaint"_s, u"appk_complaint"_s);
        QVERIFY(decisions.decide(prosecutor, complaint.id, u"cmp_without_consideration"_s, kDecided,
                                 u"Отзыв от 19.03.2025"_s, &problems, {u"i74_withdrawn"_s, {}}));
        const Appeal stored = *AppealService(*t.db()).load(complaint.id);
        AppealNotice kk = AppealNotice::forAppeal(*t.db(), stored, K::LeftWithoutConsideration, u"kk"_s);
        QCOMPARE(kk.reason, u"Шағымды кері қайтарып алу қабылданды; Отзыв от 19.03.2025"_s);
        QCOMPARE(kk.language, u"kk"_s);
        QCOMPARE(kk.applicantName, u"Сәрсенбаева Гүлнар"_s);
        QCOMPARE(kk.appealNumber, stored.number);
        QCOMPARE(kk.appealDate, stored.registeredOn);
        QCOMPARE(AppealNotice::forAppeal(*t.db(), stored, K::LeftWithoutConsideration, u"ru"_s).reason,
                 u"Принят отзыв жалобы; Отзыв от 19.03.2025"_s);

        const Appeal repeated = registered(*t.db(), u"report"_s, u"appk_simplified"_s, {}, u"repeated"_s);
        QVERIFY(decisions.terminateCorrespondence(prosecutor, repeated.id, kDecided, u"Ответы даны трижды"_s, head,
                                                  &problems));
        QCOMPARE(AppealNotice::forAppeal(*t.db(), repeated, K::CorrespondenceTerminated, u"ru"_s).reason,
                 u"Ответы даны трижды"_s);
        QVERIFY(AppealNotice::forAppeal(*t.db(), repeated, K::Forwarding, u"ru"_s).body.isEmpty()); // not forwarded

        AppealAction forwarded;
        forwarded.appealId = repeated.id;
        forwarded.kind = QString::fromLatin1(AppealAction::Kind::Forwarded);
        forwarded.actionOn = kDecided;
        forwarded.target = u"Управление образования г. Алматы"_s;
        forwarded.reason = u"вопрос образования (I-4)"_s;
        {
            WriteTransaction tx(*t.db(), prosecutor.actor());
            QVERIFY(AppealActionLog::append(tx, prosecutor, repeated.organisationCode, &forwarded) && tx.commit());
        }
        const AppealNotice notice = AppealNotice::forAppeal(*t.db(), repeated, K::Forwarding, u"kk"_s);
        QCOMPARE(notice.body, u"Управление образования г. Алматы"_s);
        QCOMPARE(notice.reason, u"вопрос образования (I-4)"_s);
        QVERIFY(notice.html().contains(u"Управление образования г. Алматы"_s));
    }
};

QTEST_GUILESS_MAIN(TestAppealDecisions)
#include "tst_appealdecisions.moc"
