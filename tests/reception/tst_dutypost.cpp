// The duty prosecutor's laptop, in core, on SQLite and on a real PostgreSQL: a reception in a
// detention facility records the facility (type from the directory "facility_type" and name, both or neither)
// and the measures taken, through saving, JSON and history; the duty post of the workstation is set only by a
// duty prosecutor or an administrator, audited, kept in the local state, and starts every new card.
#include "TestDatabase.h"

#include "reception/CardService.h"
#include "reception/DutyPost.h"
#include "security/UserService.h"
#include "setup/Setup.h"

#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

class TestDutyPost : public QObject
{
    Q_OBJECT

    static ReceptionCard complete()
    {
        ReceptionCard c;
        c.set("resident", true);
        c.set("iin", u"061211600012"_s);
        c.set("surname", u"Сәрсенбаев"_s);
        c.set("given_name", u"Ержан"_s);
        c.set("social_status_code", u"worker"_s);
        c.set("reception_date", QDate(2026, 11, 20));
        c.set("reception_time", u"10:30"_s);
        c.set("place_kato", u"711200000"_s);
        c.set("place_addressee", u"Комната для приема, корпус 2"_s);
        c.set("official_name", u"Төлеуов Нұрлан Бекұлы"_s);
        c.set("secretary", u"—"_s);
        c.set("present", u"Заявитель"_s);
        return c;
    }

    static std::optional<Session> signIn(Database& db, const QString& login, const QString& password)
    {
        Problems problems;
        auto session = UserService(db).signIn(login, password, &problems);
        if (!session)
            qWarning("%s", qPrintable(describe(problems)));
        return session;
    }

    static bool mentions(const Problems& problems, const QString& field, const QString& text)
    {
        for (const Problem& p : problems) {
            if (p.field == field && p.message.contains(text))
                return true;
        }
        return false;
    }

    static QString label(const char* column) { return CardField::find(QLatin1String(column))->translatedLabel(); }

private slots:
    void fieldsAreOfTheReceptionRecord()
    {
        // Not numbered LP1 fields: the 36 of the form stay as they are.
        for (const char* column : {"facility_type_code", "facility_name", "measures_taken"}) {
            const CardField* f = CardField::find(QLatin1String(column));
            QVERIFY2(f, column);
            QCOMPARE(f->lp1, 0);
            QVERIFY(!f->mandatory);
        }
        for (int n = 1; n <= 36; ++n)
            QVERIFY(CardField::byNumber(n));
        QCOMPARE(QByteArray(CardField::find(u"facility_type_code"_s)->directory), QByteArray("facility_type"));
        QCOMPARE(CardField::find(u"facility_type_code"_s)->type, CardField::Type::Code);
        QCOMPARE(CardField::find(u"measures_taken"_s)->type, CardField::Type::LongText);
        QCOMPARE(QString::fromUtf8(CardField::find(u"facility_type_code"_s)->labelKk), u"Мекеме түрі"_s);
        QCOMPARE(QString::fromUtf8(CardField::find(u"facility_name"_s)->labelRu), u"Наименование учреждения"_s);
        QCOMPARE(QString::fromUtf8(CardField::find(u"measures_taken"_s)->labelKk), u"Қабылданған шаралар"_s);
        QCOMPARE(label("facility_type_code"), u"Facility type"_s);
    }

    // type and name go together; each missing one is named; the type must be in the directory.
    void facilityTypeAndNameTogether_data() { ARMCPG_BACKEND_DATA(); }
    void facilityTypeAndNameTogether()
    {
        ARMCPG_OPEN_BACKEND(t);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        const auto duty = signIn(*t.db(), u"duty"_s, u"Duty-2026"_s);
        QVERIFY(duty);
        CardService cards(*t.db());
        const int before = int(cards.list({}, {}, 1000000).size());

        ReceptionCard typeOnly = complete();
        typeOnly.set("facility_type_code", u"sizo"_s);
        QVERIFY(!cards.save(*duty, &typeOnly, &problems));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().toString(), u"Facility name: is required when the facility type is given"_s);

        ReceptionCard nameOnly = complete();
        nameOnly.set("facility_name", u"СИЗО-1"_s);
        problems.clear();
        QVERIFY(!cards.save(*duty, &nameOnly, &problems));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().toString(), u"Facility type: is required when the facility name is given"_s);

        ReceptionCard unknown = complete();
        unknown.set("facility_type_code", u"castle"_s);
        unknown.set("facility_name", u"Замок"_s);
        problems.clear();
        QVERIFY(!cards.save(*duty, &unknown, &problems));
        QVERIFY2(mentions(problems, label("facility_type_code"), u"castle is not in the directory"_s),
                 qPrintable(describe(problems)));
        QCOMPARE(cards.list({}, {}, 1000000).size(), before); // nothing saved

        // Whitespace is no name.
        ReceptionCard blank = complete();
        blank.set("facility_type_code", u"ivs"_s);
        blank.set("facility_name", u"   "_s);
        problems.clear();
        QVERIFY(!cards.save(*duty, &blank, &problems));
        QVERIFY(mentions(problems, label("facility_name"), u"is required"_s));

        // Neither: an ordinary reception at a desk.
        ReceptionCard neither = complete();
        problems.clear();
        QVERIFY2(cards.save(*duty, &neither, &problems), qPrintable(describe(problems)));
    }

    // Saved, loaded, as JSON and back, and in the history: the facility and the measures, verbatim.
    void facilityAndMeasuresRoundTrip_data() { ARMCPG_BACKEND_DATA(); }
    void facilityAndMeasuresRoundTrip()
    {
        ARMCPG_OPEN_BACKEND(t);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        const auto duty = signIn(*t.db(), u"duty"_s, u"Duty-2026"_s);
        QVERIFY(duty);
        CardService cards(*t.db());
        const QString measures = u"Жалоба на условия содержания принята.\nВнесено представление начальнику ИВС; "
                                 "'; DROP TABLE reception_card; --"_s;
        ReceptionCard card = complete();
        card.set("facility_type_code", u"ivs"_s);
        card.set("facility_name", u"ИВС ДП г. Астаны"_s);
        card.set("measures_taken", measures);
        QVERIFY2(cards.save(*duty, &card, &problems), qPrintable(describe(problems)));

        const auto loaded = cards.load(card.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->text("facility_type_code"), u"ivs"_s);
        QCOMPARE(loaded->text("facility_name"), u"ИВС ДП г. Астаны"_s);
        QCOMPARE(loaded->text("measures_taken"), measures);

        const QJsonObject json = loaded->toJson();
        QCOMPARE(json.value(u"facility_type_code"_s).toString(), u"ivs"_s);
        QCOMPARE(json.value(u"facility_name"_s).toString(), u"ИВС ДП г. Астаны"_s);
        QCOMPARE(json.value(u"measures_taken"_s).toString(), measures);
        Problems jsonProblems;
        const ReceptionCard back = ReceptionCard::fromJson(json, &jsonProblems);
        QVERIFY2(jsonProblems.isEmpty(), qPrintable(describe(jsonProblems)));
        QCOMPARE(back.text("measures_taken"), measures);
        QCOMPARE(back.text("facility_type_code"), u"ivs"_s);

        // The history names the three fields at creation and a later change of the measures.
        ReceptionCard edited = *loaded;
        edited.set("measures_taken", u"Направлен запрос в ДУИС."_s);
        QVERIFY2(cards.save(*duty, &edited, &problems), qPrintable(describe(problems)));
        const auto history = cards.history(card.id);
        QCOMPARE(history.size(), 2);
        QStringList created;
        for (const auto& [column, before, after] : history.first().fields)
            created << column;
        for (const QString& column : {u"facility_type_code"_s, u"facility_name"_s, u"measures_taken"_s})
            QVERIFY2(created.contains(column), qPrintable(column));
        QCOMPARE(history.last().fields.size(), 1);
        QCOMPARE(std::get<0>(history.last().fields.first()), u"measures_taken"_s);
        QCOMPARE(std::get<1>(history.last().fields.first()), measures);
        QCOMPARE(std::get<2>(history.last().fields.first()), u"Направлен запрос в ДУИС."_s);
    }

    // Only a duty prosecutor or an administrator moves the laptop's post; a refusal says why and changes nothing.
    void onlyDutyProsecutorOrAdministratorSetsThePost_data() { ARMCPG_BACKEND_DATA(); }
    void onlyDutyProsecutorOrAdministratorSetsThePost()
    {
        ARMCPG_OPEN_BACKEND(t);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        DutyPost post(*t.db());
        QVERIFY(!post.isSet());

        for (const auto& [login, password] : {std::pair{u"prosecutor"_s, u"Prosecutor-2026"_s},
                                              std::pair{u"operator"_s, u"Operator-2026"_s},
                                              std::pair{u"head"_s, u"Head-2026"_s}}) {
            const auto session = signIn(*t.db(), login, password);
            QVERIFY(session);
            QVERIFY(!DutyPost::maySet(*session));
            problems.clear();
            QVERIFY(!post.set(*session, u"sizo"_s, u"СИЗО-1"_s, &problems));
            QCOMPARE(problems.size(), 1);
            QCOMPARE(problems.first().field, u"permission"_s);
            QVERIFY2(problems.first().message.contains(u"Duty prosecutor"_s), qPrintable(describe(problems)));
            QVERIFY(!post.isSet());
        }
        problems.clear();
        QVERIFY(!post.set(Session(), u"sizo"_s, u"СИЗО-1"_s, &problems)); // nobody signed in
        QVERIFY(t->localState(u"duty.facility_type"_s).isEmpty());

        const auto duty = signIn(*t.db(), u"duty"_s, u"Duty-2026"_s);
        QVERIFY(duty);
        QVERIFY(DutyPost::maySet(*duty));
        // Half a post, or a type that is not in the directory, is named and not kept.
        problems.clear();
        QVERIFY(!post.set(*duty, u"sizo"_s, u" "_s, &problems));
        QCOMPARE(problems.first().toString(), u"Facility name: is required when the facility type is given"_s);
        problems.clear();
        QVERIFY(!post.set(*duty, {}, u"СИЗО-1"_s, &problems));
        QCOMPARE(problems.first().toString(), u"Facility type: is required when the facility name is given"_s);
        problems.clear();
        QVERIFY(!post.set(*duty, u"castle"_s, u"Замок"_s, &problems));
        QVERIFY(mentions(problems, label("facility_type_code"), u"castle is not in the directory"_s));
        QVERIFY(!post.isSet());

        problems.clear();
        QVERIFY2(post.set(*duty, u"sizo"_s, u"  СИЗО-1 ДУИС г. Астаны "_s, &problems), qPrintable(describe(problems)));
        QCOMPARE(post.facilityTypeCode(), u"sizo"_s);
        QCOMPARE(post.facilityName(), u"СИЗО-1 ДУИС г. Астаны"_s);
        QCOMPARE(t->localState(u"duty.facility_type"_s), u"sizo"_s);
        QCOMPARE(t->localState(u"duty.facility_name"_s), u"СИЗО-1 ДУИС г. Астаны"_s);
        // Audited: who moved the post, from what to what.
        QSqlQuery q = t->prepare(u"SELECT user_login, action, changes FROM audit_event WHERE entity = ?"_s);
        q.addBindValue(u"duty_post"_s);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), u"duty"_s);
        QCOMPARE(q.value(1).toString(), u"update"_s);
        QVERIFY(q.value(2).toString().contains(u"sizo"_s));

        const auto admin = signIn(*t.db(), u"admin"_s, u"Admin-2026"_s);
        QVERIFY(admin);
        problems.clear();
        QVERIFY2(post.set(*admin, u"special_receiver"_s, u"Спецприемник ДП г. Астаны"_s, &problems),
                 qPrintable(describe(problems)));
        QCOMPARE(DutyPost(*t.db()).facilityTypeCode(), u"special_receiver"_s); // a new reader sees it too
        problems.clear();
        QVERIFY2(post.clear(*duty, &problems), qPrintable(describe(problems)));
        QVERIFY(!post.isSet());
        QVERIFY(post.facilityName().isEmpty());
    }

    // A new card starts in the post: facility fields, and the place of reception (LP1-29) when it has none; it is
    // then saved by the duty prosecutor as any card.
    void newCardStartsInThePost_data() { ARMCPG_BACKEND_DATA(); }
    void newCardStartsInThePost()
    {
        ARMCPG_OPEN_BACKEND(t);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        const auto duty = signIn(*t.db(), u"duty"_s, u"Duty-2026"_s);
        QVERIFY(duty);
        DutyPost post(*t.db());

        ReceptionCard none;
        post.prefill(&none); // no post: nothing
        QVERIFY(none.values.isEmpty());

        QVERIFY2(post.set(*duty, u"sizo"_s, u"СИЗО-1 ДУИС г. Астаны"_s, &problems), qPrintable(describe(problems)));
        ReceptionCard fresh = complete();
        fresh.values.remove(u"place_addressee"_s);
        post.prefill(&fresh);
        QCOMPARE(fresh.text("facility_type_code"), u"sizo"_s);
        QCOMPARE(fresh.text("facility_name"), u"СИЗО-1 ДУИС г. Астаны"_s);
        QCOMPARE(fresh.text("place_addressee"), u"СИЗО-1 ДУИС г. Астаны"_s);
        fresh.set("measures_taken", u"Разъяснено право на обжалование."_s);
        CardService cards(*t.db());
        QVERIFY2(cards.save(*duty, &fresh, &problems), qPrintable(describe(problems)));
        const auto stored = cards.load(fresh.id);
        QVERIFY(stored);
        QCOMPARE(stored->text("facility_type_code"), u"sizo"_s);
        QCOMPARE(stored->text("facility_name"), u"СИЗО-1 ДУИС г. Астаны"_s);
        QCOMPARE(stored->text("measures_taken"), u"Разъяснено право на обжалование."_s);

        // A place already given stays; a card that names its own facility keeps it.
        ReceptionCard placed = complete();
        post.prefill(&placed);
        QCOMPARE(placed.text("place_addressee"), u"Комната для приема, корпус 2"_s);
        QCOMPARE(placed.text("facility_name"), u"СИЗО-1 ДУИС г. Астаны"_s);
        ReceptionCard own = complete();
        own.set("facility_type_code", u"ivs"_s);
        own.set("facility_name", u"ИВС"_s);
        post.prefill(&own);
        QCOMPARE(own.text("facility_type_code"), u"ivs"_s);
        QCOMPARE(own.text("facility_name"), u"ИВС"_s);

        // Cleared: new cards start empty again.
        QVERIFY(post.clear(*duty, &problems));
        ReceptionCard afterClear;
        post.prefill(&afterClear);
        QVERIFY(afterClear.values.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDutyPost)
#include "tst_dutypost.moc"
