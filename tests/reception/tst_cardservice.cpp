// The reception card ЛП-1 in core, on SQLite and on a real PostgreSQL: the form's mandatory fields with the domain
// note's refinements (lp1-card-and-1ol-report.md), numbering (DESIGN "Synced rows"), the appeal from reception
// repeat visits (RR-13, R-19(2)), history, drafts, and bad input stored verbatim or named.
#include "TestDatabase.h"

#include "reception/CardService.h"
#include "security/UserService.h"
#include "setup/Setup.h"

#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

class TestCardService : public QObject
{
    Q_OBJECT

    Session prosecutor;

    static ReceptionCard complete()
    {
        ReceptionCard c;
        c.set("queue_number", u"К-014"_s);
        c.set("queued_on", QDate(2026, 11, 20));
        c.set("resident", true);
        c.set("iin", u"061211600012"_s);
        c.set("surname", u"Сәрсенбаева"_s);
        c.set("given_name", u"Гүлнар"_s);
        c.set("patronymic", u"Ерланқызы"_s);
        c.set("occupation", u"ТОО «Өрлеу», бухгалтер"_s);
        c.set("social_status_code", u"worker"_s);
        c.set("mobile_phone", u"8 (701) 234-56-78"_s);
        c.set("reception_date", QDate(2026, 11, 20));
        c.set("reception_time", u"10:30"_s);
        c.set("place_kato", u"711200000"_s);
        c.set("place_addressee", u"ЦПГ Генеральной прокуратуры"_s);
        c.set("official_name", u"Ким Виктория Андреевна"_s);
        c.set("secretary", u"Иванова Ольга Петровна"_s);
        c.set("present", u"Ёлкин Пётр (представитель)"_s);
        c.set("protocol_language", u"kk"_s);
        c.set("oral_appeal", u"Әкімдіктің әрекетсіздігіне шағым"_s);
        return c;
    }

    static QStringList fields(const Problems& problems)
    {
        QStringList list;
        for (const Problem& p : problems)
            list << p.field;
        return list;
    }

private slots:
    void initTestCase() { prosecutor = Session::program(u"test"_s); }

    void saveAndReload_roundTripsEveryValue_data() { ARMCPG_BACKEND_DATA(); }
    void saveAndReload_roundTripsEveryValue()
    {
        ARMCPG_OPEN_BACKEND(t);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        CardService cards(*t.db());
        ReceptionCard card = complete();
        cards.prefillFromIin(&card); // LP1-9, 16, 17 from the IIN
        QCOMPARE(card.date("birth_date"), QDate(2006, 12, 11));
        QCOMPARE(card.text("sex"), u"female"_s);
        QVERIFY(!card.text("age_group_code").isEmpty());
        QVERIFY2(cards.save(prosecutor, &card, &problems), qPrintable(describe(problems)));
        QVERIFY(card.number().startsWith(t->organisationCode() + u"-2026-"_s));
        QVERIFY(card.number().endsWith(u"-000001"_s));

        const auto loaded = cards.byNumber(card.number());
        QVERIFY(loaded);
        for (auto it = card.values.cbegin(); it != card.values.cend(); ++it) {
            const QVariant stored = loaded->values.value(it.key());
            if (it.key() == u"mobile_phone")
                QCOMPARE(stored.toString(), u"+7 701 234 56 78"_s); // normalised
            else if (it.value().metaType().id() == QMetaType::QDate)
                QCOMPARE(stored.toDate(), it.value().toDate());
            else if (it.value().metaType().id() == QMetaType::Bool)
                QCOMPARE(stored.toBool(), it.value().toBool());
            else
                QCOMPARE(stored.toString(), it.value().toString());
        }
        // Numbers follow on and are never reused.
        ReceptionCard second = complete();
        second.set("iin", u"791028302728"_s);
        QVERIFY(cards.save(prosecutor, &second, &problems));
        QVERIFY(second.number().endsWith(u"-000002"_s));
        QVERIFY(second.number() != card.number());
    }

    void mandatoryFields_areNamed_data() { ARMCPG_BACKEND_DATA(); }
    void mandatoryFields_areNamed()
    {
        ARMCPG_OPEN_BACKEND(t);
        Problems problems;
        QVERIFY(Setup::initialise(*t.db(), true, &problems));
        CardService cards(*t.db());
        ReceptionCard empty;
        QVERIFY(!cards.save(prosecutor, &empty, &problems));
        const QStringList named = fields(problems);
        for (int lp1 : {10, 11, 12, 18, 26, 27, 28, 29, 31, 32, 33}) // the * fields of the form
            QVERIFY2(named.contains(CardField::byNumber(lp1)->translatedLabel()), qPrintable(QString::number(lp1)));
        QCOMPARE(cards.list({}, {}).size(), 0); // nothing saved

        // LP1-36: a reception not held saves with its reason, without 31–33.
        ReceptionCard notHeld = complete();
        for (const char* c : {"official_name", "secretary", "present"})
            notHeld.values.remove(QLatin1String(c));
        problems.clear();
        QVERIFY(!cards.save(prosecutor, &notHeld, &problems));
        QCOMPARE(problems.size(), 3);
        notHeld.set("not_held_reason", u"Заявитель не явился"_s);
        problems.clear();
        QVERIFY2(cards.save(prosecutor, &notHeld, &problems), qPrintable(describe(problems)));
        QVERIFY(!cards.byNumber(notHeld.number())->isHeld());
    }

    void iin_residentsMustNonResidentsMayStateNone_data() { ARMCPG_BACKEND_DATA(); }
    void iin_residentsMustNonResidentsMayStateNone()
    {
        ARMCPG_OPEN_BACKEND(t);
        Problems problems;
        QVERIFY(Setup::initialise(*t.db(), true, &problems));
        CardService cards(*t.db());
        ReceptionCard card = complete();
        card.set("iin", u"900101300001"_s);
        QVERIFY(!cards.save(prosecutor, &card, &problems));
        QVERIFY2(describe(problems).contains(u"check digit should be 7"_s), qPrintable(describe(problems)));
        card.set("iin", QString());
        problems.clear();
        QVERIFY(!cards.save(prosecutor, &card, &problems)); // a resident must give it
        QCOMPARE(fields(problems), QStringList{CardField::byNumber(10)->translatedLabel()});
        card.set("resident", false);
        card.set("citizenship_code", u"UZ"_s);
        problems.clear();
        QVERIFY(!cards.save(prosecutor, &card, &problems)); // nor given nor stated absent
        card.set("no_iin", true);
        problems.clear();
        QVERIFY2(cards.save(prosecutor, &card, &problems), qPrintable(describe(problems)));
    }

    void badInput_namedOrStoredVerbatim_data() { ARMCPG_BACKEND_DATA(); }
    void badInput_namedOrStoredVerbatim()
    {
        ARMCPG_OPEN_BACKEND(t);
        Problems problems;
        QVERIFY(Setup::initialise(*t.db(), true, &problems));
        CardService cards(*t.db());
        ReceptionCard card = complete();
        card.set("place_kato", u"719900000"_s);        // not in the classifier
        card.set("home_phone", u"12-34"_s);            // not a phone
        card.set("reception_time", u"25:61"_s);        // no such time
        card.set("topic_code", u"77.77"_s);            // not in the directory
        card.set("comment", QString(20001, u'ә'));     // too long
        QVERIFY(!cards.save(prosecutor, &card, &problems));
        const QStringList named = fields(problems);
        for (int lp1 : {28, 21, 27, 23, 35})
            QVERIFY2(named.contains(CardField::byNumber(lp1)->translatedLabel()), qPrintable(describe(problems)));
        // JSON with a date that does not exist names the field.
        Problems json;
        ReceptionCard::fromJson(QJsonObject{{u"reception_date"_s, u"2026-02-30"_s}, {u"unknown"_s, 1}}, &json);
        QCOMPARE(json.size(), 2);
        QVERIFY(json.first().message.contains(u"2026-02-30"_s) || json.last().message.contains(u"2026-02-30"_s));

        // A 10,000-character comment and SQL-looking text are stored verbatim.
        ReceptionCard odd = complete();
        const QString longComment = QString(10000, u'Қ');
        const QString sql = u"Robert'); DROP TABLE reception_card; -- «ёлка» <b>"_s;
        odd.set("comment", longComment);
        odd.set("applicant_comment", sql);
        odd.set("surname", u"О'Коннор"_s);
        problems.clear();
        QVERIFY2(cards.save(prosecutor, &odd, &problems), qPrintable(describe(problems)));
        const auto back = cards.load(odd.id);
        QCOMPARE(back->text("comment"), longComment);
        QCOMPARE(back->text("applicant_comment"), sql);
        QCOMPARE(back->text("surname"), u"О'Коннор"_s);
    }

    void writtenAppeal_registeredOnceWithTheMark_data() { ARMCPG_BACKEND_DATA(); }
    void writtenAppeal_registeredOnceWithTheMark()
    {
        ARMCPG_OPEN_BACKEND(t);
        Problems problems;
        QVERIFY(Setup::initialise(*t.db(), true, &problems));
        CardService cards(*t.db());
        ReceptionCard card = complete();
        card.set("written_appeal_accepted", true);
        QVERIFY2(cards.save(prosecutor, &card, &problems), qPrintable(describe(problems)));
        const QString appeal = cards.appealNumberOf(card.id);
        QVERIFY(appeal.startsWith(u"ЖҚ-"_s)); // RR-6(5): the index of personal reception
        card.set("comment", u"дополнено"_s);
        QVERIFY(cards.save(prosecutor, &card, &problems)); // saving again registers no second appeal
        QSqlQuery q(t->sql());
        QVERIFY(q.exec(u"SELECT COUNT(*), MIN(applicant_name), MIN(essence) FROM appeal WHERE from_reception = "_s
                       + (t->isSqlite() ? u"1"_s : u"TRUE"_s)) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toString(), u"Сәрсенбаева Гүлнар Ерланқызы"_s);
        QCOMPARE(q.value(2).toString(), u"Әкімдіктің әрекетсіздігіне шағым"_s);
    }

    void repeatVisits_historyAndConflicts_data() { ARMCPG_BACKEND_DATA(); }
    void repeatVisits_historyAndConflicts()
    {
        ARMCPG_OPEN_BACKEND(t);
        Problems problems;
        QVERIFY(Setup::initialise(*t.db(), true, &problems));
        CardService cards(*t.db());
        ReceptionCard first = complete();
        cards.prefillFromIin(&first); // birth date 2006-12-11 from the IIN
        QVERIFY(cards.save(prosecutor, &first, &problems));
        ReceptionCard noIin = complete();
        noIin.set("resident", false);
        noIin.set("iin", QString());
        noIin.set("no_iin", true);
        noIin.set("birth_date", QDate(2006, 12, 11));
        noIin.set("surname", u"СӘРСЕНБАЕВА"_s); // other case: the name comparison folds it
        QVERIFY2(cards.save(prosecutor, &noIin, &problems), qPrintable(describe(problems)));

        ReceptionCard again = complete();
        auto visits = cards.earlierVisits(again); // by IIN
        QCOMPARE(visits.size(), 1);
        QCOMPARE(visits.first().number, first.number());
        QVERIFY(visits.first().sameIin);
        ReceptionCard byName = noIin;
        byName.id.clear();
        visits = cards.earlierVisits(byName); // by name and birth date
        QCOMPARE(visits.size(), 2);

        // History: who changed what, old -> new; a stale version is refused.
        ReceptionCard stale = *cards.load(first.id);
        first.set("decision_code", u"explained"_s);
        QVERIFY2(cards.save(prosecutor, &first, &problems), qPrintable(describe(problems)));
        const auto history = cards.history(first.id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.first().action, u"insert"_s);
        QCOMPARE(history.last().action, u"update"_s);
        QCOMPARE(history.last().fields.size(), 1);
        QCOMPARE(std::get<0>(history.last().fields.first()), u"decision_code"_s);
        QVERIFY(std::get<1>(history.last().fields.first()).isEmpty());
        QCOMPARE(std::get<2>(history.last().fields.first()), u"explained"_s);
        stale.set("comment", u"x"_s);
        problems.clear();
        QVERIFY(!cards.save(prosecutor, &stale, &problems));
        QVERIFY(describe(problems).contains(u"changed by someone else"_s));
    }

    void drafts_andPermissions_data() { ARMCPG_BACKEND_DATA(); }
    void drafts_andPermissions()
    {
        ARMCPG_OPEN_BACKEND(t);
        Problems problems;
        QVERIFY(Setup::initialise(*t.db(), true, &problems));
        CardService cards(*t.db());
        const auto user = UserService(*t.db()).signIn(u"prosecutor"_s, u"Prosecutor-2026"_s, &problems);
        QVERIFY(user);
        ReceptionCard half;
        half.set("surname", u"Әбенов"_s);
        half.set("reception_date", QDate(2026, 11, 21));
        QVERIFY(cards.saveDraft(*user, u"new"_s, half));
        const auto restored = cards.draft(*user, u"new"_s);
        QVERIFY(restored);
        QCOMPARE(restored->text("surname"), u"Әбенов"_s);
        QCOMPARE(restored->date("reception_date"), QDate(2026, 11, 21));
        cards.discardDraft(*user, u"new"_s);
        QVERIFY(!cards.draft(*user, u"new"_s));
        // An administrator alone does not record receptions; nobody signed in neither.
        const auto admin = UserService(*t.db()).signIn(u"admin"_s, u"Admin-2026"_s, &problems);
        ReceptionCard card = complete();
        problems.clear();
        QVERIFY(!cards.save(*admin, &card, &problems));
        QCOMPARE(problems.first().field, u"permission"_s);
        QVERIFY(!cards.save(Session(), &card, &problems));
        problems.clear();
        QVERIFY2(cards.save(*user, &card, &problems), qPrintable(describe(problems)));
    }
};

QTEST_GUILESS_MAIN(TestCardService)
#include "tst_cardservice.moc"
