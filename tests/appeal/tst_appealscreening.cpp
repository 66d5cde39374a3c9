// Screening of appeals (I-2(6), (10), (11), (12); RR-13; rules-000 §7 items 2-5): the earlier appeals of the same
// applicant in the same prosecutor's office, ranked by question; the proposed screening; the registrar's
// confirmation, which never discards an appeal. Storage on SQLite and PostgreSQL.
#include "TestDatabase.h"

#include "appeal/AppealAction.h"
#include "appeal/AppealScreening.h"
#include "appeal/AppealService.h"
#include "common/Clock.h"
#include "security/Session.h"
#include "setup/Setup.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

using S = AppealScreening::Screening;

class TestAppealScreening : public QObject
{
    Q_OBJECT

    FixedClock clock{QDateTime(QDate(2025, 11, 20), QTime(10, 0), Qt::UTC)};

    static Session user(const QString& id, const QString& login, QList<Role> roles)
    {
        UserAccount u;
        u.id = id;
        u.login = login;
        u.roles = std::move(roles);
        return Session(u);
    }
    Session registrar = user(u"00000000-0000-4000-8000-0000000000b1"_s, u"registrar"_s, {Role::Operator});
    Session admin = user(u"00000000-0000-4000-8000-0000000000b2"_s, u"admin"_s, {Role::Administrator});

    const QString pension = u"Прошу проверить законность отказа в назначении пенсии по инвалидности "
                            "отделением Государственной корпорации"_s;
    const QString land = u"Акимат незаконно изъял земельный участок под строительство дороги"_s;

    static Appeal draft(const QString& name, const QString& iin, const QString& subject, const QString& essence)
    {
        Appeal a;
        a.receivedOn = QDate(2025, 11, 20);
        a.kindCode = u"statement"_s;
        a.regimeCode = u"appk_administrative"_s;
        a.formCode = u"paper"_s;
        a.channelCode = u"paper"_s;
        a.applicantName = name;
        a.applicantIin = iin;
        a.applicantAddress = u"Астана, ул. Бейбітшілік, 10"_s;
        a.addressee = u"Прокуратура г. Астаны"_s;
        a.subject = subject;
        a.essence = essence;
        return a;
    }

    Appeal registered(Database& db, Appeal a)
    {
        Problems problems;
        if (!AppealService(db).registerAppeal(registrar, &a, &problems))
            qWarning("%s", qPrintable(describe(problems)));
        return a;
    }

    static ScreeningCandidate candidate(const QString& id, const QString& number, const QDate& registered,
                                        bool sameQuestion, bool sameText, const QString& mainId = {})
    {
        ScreeningCandidate c;
        c.appealId = id;
        c.number = number;
        c.registeredOn = registered;
        c.sameQuestion = sameQuestion;
        c.sameText = sameText;
        c.mainAppealId = mainId;
        return c;
    }

    static QStringList numbers(const QList<ScreeningCandidate>& list)
    {
        QStringList n;
        for (const ScreeningCandidate& c : list)
            n << c.number;
        return n;
    }

private slots:
    // Matching folds what a registrar types differently: case, ё/е, spaces, punctuation; inflected words share
    // their stem, and words that say nothing are left out.
    void folding_namesAndWords_RR13()
    {
        QCOMPARE(AppealScreening::foldName(u"  СӘРСЕНБАЕВА   Гүлнар, "_s), AppealScreening::foldName(u"сәрсенбаева гүлнар"_s));
        QCOMPARE(AppealScreening::foldName(u"Ёлкин Пётр"_s), u"елкин петр"_s);
        const QSet<QString> a = AppealScreening::words(u"Отказ в назначении пенсии"_s);
        const QSet<QString> b = AppealScreening::words(u"отказали в назначении пенсия"_s);
        QCOMPARE(AppealScreening::overlap(a, b), 1.0);
        QVERIFY(!AppealScreening::words(u"Прошу в на по"_s).contains(u"прошу"_s));
        QVERIFY(AppealScreening::words(u"дело № 12"_s).contains(u"12"_s));
        QCOMPARE(AppealScreening::overlap({}, {}), 0.0);
        QVERIFY(AppealScreening::overlap(AppealScreening::words(pension), AppealScreening::words(land)) < 0.1);
    }

    // I-2(6), RR-13: by IIN (and earlier appeals without an IIN under the same name), only in this prosecutor's
    // office; the same question first, each with its reason.
    void candidates_byIinAndName_perOffice_I2_6_data() { ARMCPG_BACKEND_DATA(); }
    void candidates_byIinAndName_perOffice_I2_6()
    {
        ARMCPG_OPEN_BACKEND(t);
        t->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        const QString name = u"Сәрсенбаева Гүлнар"_s;
        const Appeal onPension = registered(*t.db(), draft(name, u"061211600012"_s, u"Госкорпорация"_s, pension));
        const Appeal onLand = registered(*t.db(), draft(name, u"061211600012"_s, u"Акимат"_s, land));
        const Appeal namesake = registered(*t.db(), draft(name, u"791028302728"_s, u"Госкорпорация"_s, pension));
        const Appeal noIin = registered(*t.db(), draft(u"СӘРСЕНБАЕВА  гүлнар"_s, {},
                                                       u"Госкорпорация"_s, pension + u" повторно"_s));
        Appeal elsewhere = draft(name, u"061211600012"_s, u"Госкорпорация"_s, pension);
        elsewhere.organisationCode = u"KPS"_s;
        elsewhere = registered(*t.db(), elsewhere);
        QVERIFY(!onPension.id.isEmpty() && !onLand.id.isEmpty() && !namesake.id.isEmpty() && !noIin.id.isEmpty()
                && !elsewhere.id.isEmpty());

        AppealScreening screening(*t.db());
        const Appeal incoming = draft(u"сәрсенбаева  гүлнар"_s, u"061211600012"_s, u"Госкорпорация"_s,
                                      u"Повторно прошу проверить отказ в назначении пенсии по инвалидности"_s);
        const QList<ScreeningCandidate> found = screening.candidates(incoming);
        // Not the namesake with another IIN; the other office's appeal is not this office's history (I-2(6)).
        QCOMPARE(found.size(), 3);
        QVERIFY(!numbers(found).contains(namesake.number));
        QVERIFY(!numbers(found).contains(elsewhere.number));
        // The same question first, the other question last.
        QVERIFY(found[0].sameQuestion && found[1].sameQuestion);
        QCOMPARE(found[2].number, onLand.number);
        QVERIFY(!found[2].sameQuestion);
        const ScreeningCandidate* byIin = found[0].number == onPension.number ? &found[0] : &found[1];
        const ScreeningCandidate* byName = found[0].number == noIin.number ? &found[0] : &found[1];
        QCOMPARE(byIin->number, onPension.number);
        QCOMPARE(byName->number, noIin.number);
        QVERIFY2(byIin->reason.contains(AppealScreening::tr("same IIN")), qPrintable(byIin->reason));
        QVERIFY2(byIin->reason.contains(AppealScreening::tr("same subject")), qPrintable(byIin->reason));
        QVERIFY2(byName->reason.startsWith(AppealScreening::tr("same name")), qPrintable(byName->reason));
        // What the registrar sees of each.
        QCOMPARE(byIin->registeredOn, QDate(2025, 11, 20));
        QCOMPARE(byIin->kindCode, u"statement"_s);
        QCOMPARE(byIin->status, u"registered"_s);

        // Without an IIN: by the folded name only, so the namesake is shown too (the registrar decides).
        Appeal noNumber = incoming;
        noNumber.applicantIin.clear();
        QCOMPARE(screening.candidates(noNumber).size(), 4);
        // Without an author there is nobody to match (I-2(11)).
        Appeal anonymous = incoming;
        anonymous.applicantName.clear();
        anonymous.applicantIin.clear();
        QVERIFY(screening.candidates(anonymous).isEmpty());
        // A registered appeal is compared with those registered before it only.
        QVERIFY(screening.candidates(onPension).isEmpty());
        QCOMPARE(numbers(screening.candidates(onLand)), QStringList{onPension.number});
    }

    // I-39: a legal entity by BIN, or by name when an earlier appeal has none; never an individual of that name.
    void candidates_legalEntityByBinOrName_I39_data() { ARMCPG_BACKEND_DATA(); }
    void candidates_legalEntityByBinOrName_I39()
    {
        ARMCPG_OPEN_BACKEND(t);
        t->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        auto legal = [&](const QString& name, const QString& bin) {
            Appeal a = draft(name, {}, u"Акимат"_s, land);
            a.applicantLegal = true;
            a.applicantBin = bin;
            return a;
        };
        const Appeal withBin = registered(*t.db(), legal(u"ТОО «Береке»"_s, u"080140000017"_s));
        const Appeal withoutBin = registered(*t.db(), legal(u"ТОО Береке"_s, {}));
        const Appeal person = registered(*t.db(), draft(u"ТОО Береке"_s, {}, u"Акимат"_s, land));
        QVERIFY(!withBin.id.isEmpty() && !withoutBin.id.isEmpty() && !person.id.isEmpty());

        AppealScreening screening(*t.db());
        const QList<ScreeningCandidate> found = screening.candidates(legal(u"ТОО \"Береке\""_s, u"080140000017"_s));
        QStringList got = numbers(found);
        got.sort();
        QStringList expected = {withBin.number, withoutBin.number};
        expected.sort();
        QCOMPARE(got, expected);
        for (const ScreeningCandidate& c : found)
            QVERIFY(c.sameQuestion && c.sameText);
    }

    // I-2(11): no author, no signature (ЭЦП) or no postal address: anonymous, whatever else matches.
    void suggest_anonymous_I2_11_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("signature");
        QTest::addColumn<QString>("address");
        QTest::newRow("no author") << QString() << true << u"Астана"_s;
        QTest::newRow("no signature") << u"Ким Виктория"_s << false << u"Астана"_s;
        QTest::newRow("no postal address") << u"Ким Виктория"_s << true << u"  "_s;
    }
    void suggest_anonymous_I2_11()
    {
        QFETCH(QString, name);
        QFETCH(bool, signature);
        QFETCH(QString, address);
        TestDatabase t(TestDatabase::Backend::Sqlite);
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        Appeal a = draft(name, {}, {}, pension);
        a.applicantAddress = address;
        const auto s = AppealScreening(*t.db()).suggest(
            a, {candidate(u"x"_s, u"N-1"_s, QDate(2025, 1, 1), true, true)}, signature);
        QCOMPARE(s.screening, QString::fromLatin1(S::Anonymous));
        QCOMPARE(s.reasons.size(), 1);
        QVERIFY(s.reasons[0].contains(u"I-2(11)"_s));
        QVERIFY(s.mainAppealId.isEmpty());
    }

    // I-2(10), I-35: the same applicant, question and text: a duplicate of the earliest copy's main appeal.
    void suggest_duplicate_I2_10()
    {
        TestDatabase t(TestDatabase::Backend::Sqlite);
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        AppealScreening screening(*t.db());
        const Appeal a = draft(u"Ким Виктория"_s, {}, {}, pension);
        const QList<ScreeningCandidate> list = {
            candidate(u"c3"_s, u"N-3"_s, QDate(2025, 6, 1), true, true, u"c1"_s),
            candidate(u"c2"_s, u"N-2"_s, QDate(2025, 5, 1), true, false),
            candidate(u"c1"_s, u"N-1"_s, QDate(2025, 4, 1), true, true),
            candidate(u"c0"_s, u"N-0"_s, QDate(2025, 3, 1), false, false)};
        const auto s = screening.suggest(a, list);
        QCOMPARE(s.screening, QString::fromLatin1(S::Duplicate));
        QCOMPARE(s.mainAppealId, u"c1"_s);
        QCOMPARE(s.mainNumber, u"N-1"_s);
        QVERIFY(s.reasons.value(0).contains(u"I-2(10)"_s));
        // Only a later copy known (itself attached to N-1): still the main appeal N-1.
        const auto viaCopy = screening.suggest(a, {list[0], candidate(u"c1"_s, u"N-1"_s, QDate(2025, 4, 1), false, false)});
        QCOMPARE(viaCopy.mainAppealId, u"c1"_s);
        QCOMPARE(viaCopy.mainNumber, u"N-1"_s);
    }

    // I-2(12), §7 item 4: the same person's question received before (this is at least the second receipt):
    // repeated, with the count, and the registrar confirms the trigger.
    void suggest_repeated_countsEarlier_I2_12()
    {
        TestDatabase t(TestDatabase::Backend::Sqlite);
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        const auto s = AppealScreening(*t.db()).suggest(
            draft(u"Ким Виктория"_s, {}, {}, pension),
            {candidate(u"c1"_s, u"N-1"_s, QDate(2025, 4, 1), true, false),
             candidate(u"c2"_s, u"N-2"_s, QDate(2025, 5, 1), true, false),
             candidate(u"c3"_s, u"N-3"_s, QDate(2025, 5, 1), false, false)});
        QCOMPARE(s.screening, QString::fromLatin1(S::Repeated));
        QCOMPARE(s.earlierOnSameQuestion, 2);
        QVERIFY(s.triggerToConfirm);
        QVERIFY(s.reasons.value(0).contains(u"I-2(12)"_s));
    }

    // I-2(6): nothing on this question before in this office: primary (other questions do not count).
    void suggest_primary_I2_6()
    {
        TestDatabase t(TestDatabase::Backend::Sqlite);
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        AppealScreening screening(*t.db());
        const Appeal a = draft(u"Ким Виктория"_s, {}, {}, pension);
        auto s = screening.suggest(a, {candidate(u"c1"_s, u"N-1"_s, QDate(2025, 4, 1), false, false)});
        QCOMPARE(s.screening, QString::fromLatin1(S::Primary));
        QCOMPARE(s.earlierOnSameQuestion, 0);
        QVERIFY(!s.triggerToConfirm);
        QVERIFY(s.reasons.value(0).contains(u"I-2(6)"_s));
        QCOMPARE(screening.suggest(a, {}).screening, QString::fromLatin1(S::Primary));
    }

    // RR-13 end to end: a second copy is found, proposed as a duplicate of the first and confirmed; the screening
    // is stored with its step, and the appeal stays registered (screening never discards).
    void screening_duplicateFoundAndConfirmed_RR13_data() { ARMCPG_BACKEND_DATA(); }
    void screening_duplicateFoundAndConfirmed_RR13()
    {
        ARMCPG_OPEN_BACKEND(t);
        t->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        const Appeal first = registered(*t.db(), draft(u"Ким Виктория"_s, u"061211600012"_s, u"Госкорпорация"_s, pension));
        const Appeal copy = registered(*t.db(), draft(u"Ким Виктория"_s, u"061211600012"_s, u"Госкорпорация"_s, pension));
        QVERIFY(!first.id.isEmpty() && !copy.id.isEmpty());
        AppealScreening screening(*t.db());
        const auto found = screening.candidates(copy);
        QCOMPARE(numbers(found), QStringList{first.number});
        QVERIFY(found[0].sameText);
        QVERIFY(found[0].reason.contains(AppealScreening::tr("essentially the same text")));
        const auto s = screening.suggest(copy, found);
        QCOMPARE(s.screening, QString::fromLatin1(S::Duplicate));
        QCOMPARE(s.mainAppealId, first.id);

        QVERIFY2(screening.confirm(registrar, copy.id, s.screening, s.mainAppealId, u"копия"_s, &problems),
                 qPrintable(describe(problems)));
        const auto stored = AppealService(*t.db()).load(copy.id);
        QCOMPARE(stored->screening, QString::fromLatin1(S::Duplicate));
        QCOMPARE(stored->mainAppealId, first.id);
        QCOMPARE(stored->status, u"registered"_s);
        const auto step = AppealActionLog(*t.db()).latest(copy.id, QString::fromLatin1(AppealAction::Kind::Screened));
        QVERIFY(step);
        QCOMPARE(step->target, first.number);
        QCOMPARE(step->reason, u"копия"_s);
        QCOMPARE(step->byLogin, u"registrar"_s);
        QCOMPARE(step->actionOn, QDate(2025, 11, 20));
        QCOMPARE(step->details.value(u"main_appeal_id"_s).toString(), first.id);
    }

    // I-2, I-35, I-42, §7 item 2: what confirmation refuses, and that an anonymous appeal is kept and listed.
    void confirm_checksAndNeverDiscards_I42_data() { ARMCPG_BACKEND_DATA(); }
    void confirm_checksAndNeverDiscards_I42()
    {
        ARMCPG_OPEN_BACKEND(t);
        t->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        AppealScreening screening(*t.db());
        AppealService appeals(*t.db());
        const Appeal main = registered(*t.db(), draft(u"Ким Виктория"_s, {}, {}, pension));
        const Appeal dup = registered(*t.db(), draft(u"Ким Виктория"_s, {}, {}, pension));
        const Appeal third = registered(*t.db(), draft(u"Ким Виктория"_s, {}, {}, pension));
        const Appeal anonymous = registered(*t.db(), draft({}, {}, {}, u"Сообщаю о нарушениях"_s));
        QVERIFY(!anonymous.id.isEmpty());

        QVERIFY(!screening.confirm(admin, main.id, QString::fromLatin1(S::Primary), {}, {}, &problems));
        QCOMPARE(problems.size(), 1);
        problems.clear();
        QVERIFY(!screening.confirm(registrar, main.id, u"first"_s, {}, {}, &problems));
        QCOMPARE(problems.value(0).field, AppealScreening::tr("Screening"));
        problems.clear();
        QVERIFY(!screening.confirm(registrar, dup.id, QString::fromLatin1(S::Duplicate), {}, {}, &problems));
        QCOMPARE(problems.value(0).field, AppealScreening::tr("Main appeal"));
        problems.clear();
        QVERIFY(!screening.confirm(registrar, dup.id, QString::fromLatin1(S::Duplicate), dup.id, {}, &problems));
        problems.clear();
        // I-2(12): the trigger is named.
        QVERIFY(!screening.confirm(registrar, dup.id, QString::fromLatin1(S::Repeated), {}, {}, &problems));
        QCOMPARE(problems.value(0).field, AppealScreening::tr("Trigger"));
        problems.clear();
        QVERIFY2(screening.confirm(registrar, dup.id, QString::fromLatin1(S::Duplicate), main.id, {}, &problems),
                 qPrintable(describe(problems)));
        // I-35: a copy of a copy names the main appeal.
        QVERIFY(!screening.confirm(registrar, third.id, QString::fromLatin1(S::Duplicate), dup.id, {}, &problems));
        QVERIFY(describe(problems).contains(main.number));
        problems.clear();
        // Changing one's mind appends a step and keeps the previous screening in it.
        QVERIFY2(screening.confirm(registrar, dup.id, QString::fromLatin1(S::Repeated), main.id, u"обжалует"_s,
                                   &problems, QString::fromLatin1(AppealScreening::RepeatTrigger::ChallengesDecision)),
                 qPrintable(describe(problems)));
        QCOMPARE(appeals.load(dup.id)->mainAppealId, QString());
        const auto steps = AppealActionLog(*t.db()).of(dup.id);
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps[1].details.value(u"previous"_s).toString(), QString::fromLatin1(S::Duplicate));
        QCOMPARE(steps[1].details.value(u"trigger"_s).toString(), u"challenges_decision"_s);

        // §7 item 2: the anonymous appeal is suggested as such, confirmed, and stays registered and listed.
        const auto s = screening.suggest(anonymous, screening.candidates(anonymous));
        QCOMPARE(s.screening, QString::fromLatin1(S::Anonymous));
        QVERIFY2(screening.confirm(registrar, anonymous.id, s.screening, {}, {}, &problems),
                 qPrintable(describe(problems)));
        QCOMPARE(appeals.load(anonymous.id)->status, u"registered"_s);
        QCOMPARE(appeals.load(anonymous.id)->screening, QString::fromLatin1(S::Anonymous));
        bool listed = false;
        for (const Appeal& a : appeals.list(QDate(2025, 11, 20), QDate(2025, 11, 20)))
            listed = listed || a.id == anonymous.id;
        QVERIFY(listed);
    }
};

QTEST_GUILESS_MAIN(TestAppealScreening)
#include "tst_appealscreening.moc"
