// R-11 (rules-000 §4.5, §7 item 14) in core, on SQLite and on a real PostgreSQL: the system-wide regime "reception by
// videoconference only" under a state of emergency or quarantine. Who may switch it and with what reason, the audit
// trail of each switch, and the rule it puts on ЛП-1 cards (field 6 "online"), sparing cards recorded before.
#include "TestDatabase.h"

#include "common/Clock.h"
#include "reception/CardService.h"
#include "reception/EmergencyRegime.h"
#include "schedule/ScheduleSheet.h"
#include "security/UserService.h"
#include "settings/AppSettings.h"
#include "setup/Setup.h"

#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

class TestVksOnlyRegime : public QObject
{
    Q_OBJECT

    static ReceptionCard heldOffline(const QDate& on)
    {
        ReceptionCard c;
        c.set("resident", true);
        c.set("iin", u"061211600012"_s);
        c.set("surname", u"Сәрсенбаева"_s);
        c.set("given_name", u"Гүлнар"_s);
        c.set("social_status_code", u"worker"_s);
        c.set("reception_date", on);
        c.set("reception_time", u"10:30"_s);
        c.set("place_kato", u"711200000"_s);
        c.set("place_addressee", u"ЦПГ Генеральной прокуратуры"_s);
        c.set("official_name", u"Ким Виктория Андреевна"_s);
        c.set("secretary", u"Иванова Ольга Петровна"_s);
        c.set("present", u"—"_s);
        c.set("online", false);
        return c;
    }

    static QString onlineLabel() { return CardField::find(u"online"_s)->translatedLabel(); }

private slots:
    // only a head or an administrator switches the regime, naming the state of emergency or quarantine.
    void switch_headOrAdministratorWithReason_R11_data() { ARMCPG_BACKEND_DATA(); }
    void switch_headOrAdministratorWithReason_R11()
    {
        FixedClock clock(QDateTime(QDate(2026, 3, 16), QTime(9, 0)));
        ARMCPG_OPEN_BACKEND(t);
        t->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        UserService users(*t.db());
        const auto op = users.signIn(u"operator"_s, u"Operator-2026"_s, &problems);
        const auto prosecutor = users.signIn(u"prosecutor"_s, u"Prosecutor-2026"_s, &problems);
        const auto head = users.signIn(u"head"_s, u"Head-2026"_s, &problems);
        const auto admin = users.signIn(u"admin"_s, u"Admin-2026"_s, &problems);
        QVERIFY(op && prosecutor && head && admin);
        EmergencyRegime regime(*t.db());
        QVERIFY(!regime.isOn()); // off by default

        const QString act = u"Указ Президента РК от 15.03.2026 № 285 «О введении чрезвычайного положения»"_s;
        for (const Session* nobody : {&*op, &*prosecutor}) {
            problems.clear();
            QVERIFY(!regime.switchOn(*nobody, act, &problems));
            QCOMPARE(problems.size(), 1);
            QCOMPARE(problems.first().field, u"permission"_s);
            QVERIFY2(problems.first().message.contains(u"videoconference only"_s), qPrintable(describe(problems)));
        }
        problems.clear();
        QVERIFY(!regime.switchOn(Session(), act, &problems));
        QCOMPARE(problems.first().field, u"permission"_s);
        problems.clear();
        QVERIFY(!regime.switchOn(*head, u"   "_s, &problems)); // the reason is required
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, EmergencyRegime::reasonLabel());
        QVERIFY(problems.first().message.contains(u"R-11"_s));
        QVERIFY(!regime.isOn());

        problems.clear();
        QVERIFY2(regime.switchOn(*head, u"  "_s + act + u" "_s, &problems), qPrintable(describe(problems)));
        EmergencyRegime::State s = regime.state();
        QVERIFY(s.on);
        QCOMPARE(s.reason, act);
        QCOMPARE(s.by, u"head"_s);
        QCOMPARE(s.since, clock.now());
        QVERIFY(AppSettings(*t.db()).boolValue(QString::fromLatin1(EmergencyRegime::VksOnlyKey), false));

        // Every switch is in the audit trail, by whom.
        QSqlQuery q = t->prepare(u"SELECT a.user_login, a.changes FROM audit_event a JOIN app_setting s "
                                 "ON s.id = a.entity_id WHERE a.entity = ? AND s.key = ? ORDER BY a.hlc"_s);
        q.addBindValue(u"app_setting"_s);
        q.addBindValue(QString::fromLatin1(EmergencyRegime::VksOnlyKey));
        QVERIFY(q.exec());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"head"_s);
        QVERIFY(q.value(1).toString().contains(u"\"1\""_s));
        QVERIFY(!q.next());

        clock.set(QDateTime(QDate(2026, 4, 30), QTime(18, 0)));
        problems.clear();
        QVERIFY(!regime.switchOff(*op, &problems));
        QVERIFY(regime.isOn());
        problems.clear();
        QVERIFY2(regime.switchOff(*admin, &problems), qPrintable(describe(problems)));
        s = regime.state();
        QVERIFY(!s.on);
        QCOMPARE(s.by, u"admin"_s);
        QCOMPARE(s.reason, act); // what the last regime was stays readable
        QVERIFY(q.exec());
        QStringList logins;
        while (q.next())
            logins << q.value(0).toString();
        QCOMPARE(logins, (QStringList{u"head"_s, u"admin"_s}));

        // On again, then its reason corrected a day later: the regime keeps the moment it began, which decides the
        // cards it binds.
        clock.set(QDateTime(QDate(2026, 5, 4), QTime(9, 0)));
        QVERIFY2(regime.switchOn(*head, act, &problems), qPrintable(describe(problems)));
        const QDateTime began = regime.state().since;
        QCOMPARE(began, clock.now());
        clock.set(QDateTime(QDate(2026, 5, 5), QTime(9, 0)));
        QVERIFY2(regime.switchOn(*admin, act + u" (в ред. от 05.05.2026)"_s, &problems), qPrintable(describe(problems)));
        s = regime.state();
        QVERIFY(s.on);
        QCOMPARE(s.since, began);
        QCOMPARE(s.by, u"head"_s);
        QCOMPARE(s.reason, act + u" (в ред. от 05.05.2026)"_s);
        t->setClock(nullptr);
    }

    // while the regime is on, a held reception is online (field 6), without the videoconference consent; cards
    // recorded before the switch, receptions not held and the days before it are not touched.
    void cards_heldReceptionMustBeOnline_R11_data() { ARMCPG_BACKEND_DATA(); }
    void cards_heldReceptionMustBeOnline_R11()
    {
        FixedClock clock(QDateTime(QDate(2026, 3, 16), QTime(9, 0)));
        ARMCPG_OPEN_BACKEND(t);
        t->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        const Session program = Session::program(u"test"_s);
        CardService cards(*t.db());
        EmergencyRegime regime(*t.db());

        ReceptionCard before = heldOffline(QDate(2026, 3, 16)); // recorded at 9:00, in person
        QVERIFY2(cards.save(program, &before, &problems), qPrintable(describe(problems)));

        clock.set(QDateTime(QDate(2026, 3, 16), QTime(12, 0)));
        QVERIFY(regime.switchOn(program, u"Постановление ГГСВ от 16.03.2026 № 1 «О карантине»"_s, &problems));

        ReceptionCard offline = heldOffline(QDate(2026, 3, 16));
        problems.clear();
        QVERIFY(!cards.save(program, &offline, &problems));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, onlineLabel());
        QVERIFY2(problems.first().message.contains(u"R-11"_s), qPrintable(describe(problems)));
        QVERIFY(offline.id.isEmpty());
        QCOMPARE(cards.validate(offline).size(), 1); // the form shows the same problem before saving

        // Online, and no consent asked for: under the regime there is no other way to be received.
        offline.set("online", true);
        QVERIFY(!offline.flag("videoconference_consent"));
        problems.clear();
        QVERIFY2(cards.save(program, &offline, &problems), qPrintable(describe(problems)));
        // ... and it cannot be turned back to in person while the regime lasts.
        offline.set("online", false);
        problems.clear();
        QVERIFY(!cards.save(program, &offline, &problems));
        QCOMPARE(problems.first().field, onlineLabel());

        // A reception not held (LP1-36) was not a reception in person.
        ReceptionCard notHeld = heldOffline(QDate(2026, 3, 16));
        notHeld.set("not_held_reason", u"Заявитель не вышел на связь"_s);
        problems.clear();
        QVERIFY2(cards.save(program, &notHeld, &problems), qPrintable(describe(problems)));

        // Recorded before the switch: edited as it was.
        before.set("oral_appeal", u"Дополнено после введения карантина"_s);
        problems.clear();
        QVERIFY2(cards.save(program, &before, &problems), qPrintable(describe(problems)));
        QVERIFY(!cards.load(before.id)->flag("online"));
        // Entered late for a reception held before the day of the switch.
        ReceptionCard late = heldOffline(QDate(2026, 3, 13));
        late.set("iin", u"791028302728"_s);
        problems.clear();
        QVERIFY2(cards.save(program, &late, &problems), qPrintable(describe(problems)));

        // Off again: in person is allowed.
        clock.set(QDateTime(QDate(2026, 3, 17), QTime(9, 0)));
        QVERIFY(regime.switchOff(program, &problems));
        ReceptionCard after = heldOffline(QDate(2026, 3, 17));
        problems.clear();
        QVERIFY2(cards.save(program, &after, &problems), qPrintable(describe(problems)));
        t->setClock(nullptr);
    }

    // the posted sheet and the website page say at their top, in Kazakh and Russian, that reception is
    // by videoconference only while the regime is on.
    void scheduleSheet_bilingualLineWhileOn_R11_data() { ARMCPG_BACKEND_DATA(); }
    void scheduleSheet_bilingualLineWhileOn_R11()
    {
        ARMCPG_OPEN_BACKEND(t);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        const QString kk = u"тек бейнеконференцбайланыс арқылы"_s;
        const QString ru = u"только по видеоконференцсвязи"_s;
        ScheduleSheet sheet = ScheduleSheet::forMonth(*t.db(), {}, 2026, 4);
        QVERIFY(!sheet.vksOnly);
        QVERIFY(!sheet.html().contains(ru));
        QVERIFY(EmergencyRegime(*t.db()).switchOn(Session::program(u"test"_s), u"ЧП, Указ № 285"_s, &problems));
        sheet = ScheduleSheet::forMonth(*t.db(), {}, 2026, 4);
        QVERIFY(sheet.vksOnly);
        for (const QString& html : {sheet.html(), sheet.websiteHtml(), sheet.facilityHtml(u"ИВС"_s)}) {
            QVERIFY(html.contains(kk));
            QVERIFY(html.contains(ru));
            QVERIFY(html.indexOf(ru) < html.indexOf(u"<h1"_s)); // at the top
        }
    }
};

QTEST_GUILESS_MAIN(TestVksOnlyRegime)
#include "tst_vksonlyregime.moc"
