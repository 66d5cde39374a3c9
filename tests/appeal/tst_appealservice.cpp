// Registering appeals in core, on SQLite and on a real PostgreSQL (issue 6, rules-000 §1.2, §2.1): kind, regime,
// form and channel from the directories, applicants, essence (I-40), the number (I-23) and the date, the mark
// "с личного приема" with its ЛП-1 card; bad input named by field; permissions.
#include "TestDatabase.h"

#include "appeal/AppealService.h"
#include "common/Clock.h"
#include "reception/CardService.h"
#include "security/Session.h"
#include "setup/Setup.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

class TestAppealService : public QObject
{
    Q_OBJECT

    FixedClock clock{QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC)};

    static Appeal written()
    {
        Appeal a;
        a.receivedOn = QDate(2026, 11, 20);
        a.kindCode = u"statement"_s;
        a.regimeCode = u"appk_administrative"_s;
        a.formCode = u"paper"_s;
        a.channelCode = u"paper"_s;
        a.applicantName = u"Сәрсенбаева Гүлнар Ерланқызы"_s;
        a.applicantIin = u"061211600012"_s;
        a.applicantAddress = u"Астана, ул. Бейбітшілік, 10"_s;
        a.coApplicants = {u"Ёлкин Пётр"_s, u"Ким Виктория"_s};
        a.addressee = u"Прокуратура г. Астаны"_s;
        a.subject = u"Акимат района Есиль"_s;
        a.essence = u"Әкімдіктің әрекетсіздігіне шағым"_s;
        a.language = u"kk"_s;
        return a;
    }

    static QStringList fields(const Problems& problems)
    {
        QStringList list;
        for (const Problem& p : problems)
            list << p.field;
        return list;
    }

private slots:
    void register_numbersAndRoundTrips_data() { ARMCPG_BACKEND_DATA(); }
    void register_numbersAndRoundTrips()
    {
        ARMCPG_OPEN_BACKEND(t);
        t->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        AppealService appeals(*t.db());
        Appeal a = written();
        QVERIFY2(appeals.registerAppeal(Session::program(u"test"_s), &a, &problems), qPrintable(describe(problems)));
        QVERIFY(!a.id.isEmpty());
        // I-23: organisation + year + device + sequence, unique without a server.
        QVERIFY2(a.number.startsWith(u"ЖҚ-"_s + t->organisationCode() + u"-2026-"_s), qPrintable(a.number));
        QVERIFY(a.number.endsWith(u"-000001"_s));
        QCOMPARE(a.registeredOn, QDate(2026, 11, 20));

        const auto loaded = appeals.byNumber(a.number);
        QVERIFY(loaded);
        const Appeal w = written();
        QCOMPARE(loaded->receivedOn, w.receivedOn);
        QCOMPARE(loaded->kindCode, w.kindCode);
        QCOMPARE(loaded->regimeCode, w.regimeCode);
        QCOMPARE(loaded->formCode, w.formCode);
        QCOMPARE(loaded->channelCode, w.channelCode);
        QCOMPARE(loaded->applicantName, w.applicantName);
        QCOMPARE(loaded->applicantIin, w.applicantIin);
        QCOMPARE(loaded->applicantAddress, w.applicantAddress);
        QCOMPARE(loaded->coApplicants, w.coApplicants);
        QCOMPARE(loaded->addressee, w.addressee);
        QCOMPARE(loaded->subject, w.subject);
        QCOMPARE(loaded->essence, w.essence);
        QCOMPARE(loaded->language, w.language);
        QVERIFY(!loaded->fromReception);
        QVERIFY(!loaded->applicantLegal);
        QVERIFY(!loaded->onControl());

        Appeal second = written();
        second.kindCode = u"complaint"_s;
        second.regimeCode = u"appk_complaint"_s;
        second.applicantLegal = true;
        second.applicantName = u"ТОО «Өрлеу»"_s;
        second.applicantIin.clear();
        QVERIFY2(appeals.registerAppeal(Session::program(u"test"_s), &second, &problems), qPrintable(describe(problems)));
        QVERIFY(second.number.endsWith(u"-000002"_s));
        QVERIFY(second.applicantLegal);
        QCOMPARE(appeals.list(QDate(2026, 11, 1), QDate(2026, 11, 30)).size(), 2);
        QCOMPARE(appeals.list(QDate(2026, 12, 1), QDate(2026, 12, 31)).size(), 0);
        // Registered once: a second registration of the same record is refused.
        QVERIFY(!appeals.registerAppeal(Session::program(u"test"_s), &second, &problems));
    }

    // the written appeal accepted at a reception carries the mark and the link to its ЛП-1 card.
    void register_fromReceptionCard_data() { ARMCPG_BACKEND_DATA(); }
    void register_fromReceptionCard()
    {
        ARMCPG_OPEN_BACKEND(t);
        t->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        CardService cards(*t.db());
        ReceptionCard card;
        card.set("queue_number", u"К-014"_s);
        card.set("queued_on", QDate(2026, 11, 20));
        card.set("resident", true);
        card.set("iin", u"061211600012"_s);
        card.set("surname", u"Сәрсенбаева"_s);
        card.set("given_name", u"Гүлнар"_s);
        card.set("social_status_code", u"worker"_s);
        card.set("occupation", u"бухгалтер"_s);
        card.set("mobile_phone", u"87012345678"_s);
        card.set("reception_date", QDate(2026, 11, 20));
        card.set("reception_time", u"10:30"_s);
        card.set("place_kato", u"711200000"_s);
        card.set("place_addressee", u"ЦПГ"_s);
        card.set("official_name", u"Ким Виктория Андреевна"_s);
        card.set("secretary", u"Иванова Ольга Петровна"_s);
        card.set("present", u"Сәрсенбаева Г."_s);
        card.set("protocol_language", u"kk"_s);
        card.set("oral_appeal", u"Шағым"_s);
        QVERIFY2(cards.save(Session::program(u"test"_s), &card, &problems), qPrintable(describe(problems)));

        AppealService appeals(*t.db());
        Appeal a = written();
        a.channelCode.clear(); // the reception channel follows from the card
        a.receptionCardId = card.id;
        QVERIFY2(appeals.registerAppeal(Session::program(u"test"_s), &a, &problems), qPrintable(describe(problems)));
        QVERIFY(a.fromReception);
        QCOMPARE(a.channelCode, u"personal_reception"_s);
        QCOMPARE(a.receptionCardId, card.id);

        Appeal wrong = written();
        wrong.fromReception = true; // marked, but said to have come by post
        problems.clear();
        QVERIFY(!appeals.registerAppeal(Session::program(u"test"_s), &wrong, &problems));
        QVERIFY(fields(problems).contains(AppealService::tr("Channel")));

        Appeal noCard = written();
        noCard.receptionCardId = u"00000000-0000-4000-8000-000000000001"_s;
        problems.clear();
        QVERIFY(!appeals.registerAppeal(Session::program(u"test"_s), &noCard, &problems));
        QVERIFY(fields(problems).contains(AppealService::tr("Reception card")));
    }

    void validate_namesEachField_data() { ARMCPG_BACKEND_DATA(); }
    void validate_namesEachField()
    {
        ARMCPG_OPEN_BACKEND(t);
        t->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        AppealService appeals(*t.db());
        QVERIFY2(appeals.validate(written()).isEmpty(), qPrintable(describe(appeals.validate(written()))));

        Appeal empty;
        const QStringList missing = fields(appeals.validate(empty));
        for (const QString& f : {AppealService::tr("Kind"), AppealService::tr("Procedural regime"),
                                 AppealService::tr("Form"), AppealService::tr("Channel"),
                                 AppealService::tr("Essence"), AppealService::tr("Received on")})
            QVERIFY2(missing.contains(f), qPrintable(f));

        Appeal bad = written();
        bad.kindCode = u"nonsense"_s;
        bad.applicantIin = u"061211600013"_s; // wrong check digit
        bad.applicantBin = u"12345"_s;
        bad.receivedOn = QDate(2026, 11, 21); // tomorrow
        bad.language = u"xx"_s;
        const QStringList wrong = fields(appeals.validate(bad));
        for (const QString& f : {AppealService::tr("Kind"), AppealService::tr("IIN"), AppealService::tr("BIN"),
                                 AppealService::tr("Received on"), AppealService::tr("Language")})
            QVERIFY2(wrong.contains(f), qPrintable(f));

        // I-2(13): a petition is written only; an oral one is refused, a paper one accepted.
        Appeal petition = written();
        petition.kindCode = u"petition"_s;
        petition.regimeCode = u"upk"_s;
        petition.formCode = u"oral"_s;
        QVERIFY(fields(appeals.validate(petition)).contains(AppealService::tr("Form")));
        petition.formCode = u"paper"_s;
        QVERIFY(appeals.validate(petition).isEmpty());

        // I-2(11), I-42: an anonymous appeal is registered, never refused for want of an author.
        Appeal anonymous = written();
        anonymous.applicantName.clear();
        anonymous.applicantIin.clear();
        anonymous.applicantAddress.clear();
        QVERIFY(appeals.validate(anonymous).isEmpty());
        // I-39: a legal entity is named.
        anonymous.applicantLegal = true;
        QVERIFY(fields(appeals.validate(anonymous)).contains(AppealService::tr("Applicant")));
    }

    void register_refusedWithoutRole_data() { ARMCPG_BACKEND_DATA(); }
    void register_refusedWithoutRole()
    {
        ARMCPG_OPEN_BACKEND(t);
        t->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        AppealService appeals(*t.db());
        Appeal a = written();
        problems.clear();
        QVERIFY(!appeals.registerAppeal(Session(), &a, &problems));
        QVERIFY(!problems.isEmpty());
        QVERIFY(a.id.isEmpty());
        UserAccount admin;
        admin.id = u"00000000-0000-4000-8000-0000000000aa"_s;
        admin.login = u"admin"_s;
        admin.roles = {Role::Administrator};
        problems.clear();
        QVERIFY(!appeals.registerAppeal(Session(admin), &a, &problems));
        QVERIFY(appeals.list({}, {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAppealService)
#include "tst_appealservice.moc"
