// armcpg-cli emergency status | on | off as an administrator runs it, on SQLite and PostgreSQL: the regime of
// reception by videoconference only switched for every workstation, the reason required and named, the JSON,
// the audit trail under the CLI's name, and the card rule it puts in force.
#include "CliRun.h"
#include "TestDatabase.h"

#include "reception/CardService.h"
#include "reception/EmergencyRegime.h"
#include "security/Session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

class TestEmergencyCli : public QObject
{
    Q_OBJECT

    using Run = CliRun;

private slots:
    void statusOnOff_R11_data() { ARMCPG_BACKEND_DATA(); }
    void statusOnOff_R11()
    {
        QFETCH(int, backend);
        TestDatabase t{TestDatabase::Backend(backend), false};
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        const QString db = t.url();
        QCOMPARE(cli({u"init"_s, u"--db"_s, db}).code, 0);

        Run r = cli({u"emergency"_s, u"status"_s, u"--json"_s, u"--db"_s, db});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json()[u"vks_only"_s].toBool(true), false);

        r = cli({u"emergency"_s, u"on"_s, u"--json"_s, u"--db"_s, db}); // no reason
        QCOMPARE(r.code, 1);
        const QJsonObject refused = r.json();
        QCOMPARE(refused[u"ok"_s].toBool(true), false);
        QCOMPARE(refused[u"problems"_s].toArray().first()[u"field"_s].toString(), EmergencyRegime::reasonLabel());

        const QString act = u"Указ Президента РК № 285 о введении чрезвычайного положения"_s;
        r = cli({u"emergency"_s, u"on"_s, u"--reason"_s, act, u"--json"_s, u"--db"_s, db});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json()[u"vks_only"_s].toBool(), true);
        QCOMPARE(r.json()[u"reason"_s].toString(), act);
        QVERIFY(r.json()[u"by"_s].toString().startsWith(u"armcpg-cli"_s));
        r = cli({u"emergency"_s, u"status"_s, u"--db"_s, db});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"on since"_s) && r.out.contains(act), qPrintable(r.out));

        // In force for every workstation of the database: an offline held reception is refused.
        const std::unique_ptr<Database> own = t.openAnother();
        QVERIFY2(own, qPrintable(t.error()));
        QVERIFY(EmergencyRegime(*own).isOn());
        ReceptionCard card;
        card.set("reception_date", own->clock().today());
        card.set("online", false);
        bool named = false;
        for (const Problem& p : CardService(*own).validate(card))
            named = named || (p.field == CardField::find(u"online"_s)->translatedLabel() && p.message.contains(u"R-11"_s));
        QVERIFY(named);
        QSqlQuery q = own->prepare(u"SELECT a.user_login FROM audit_event a JOIN app_setting s ON s.id = a.entity_id "
                                   "WHERE a.entity = ? AND s.key = ?"_s);
        q.addBindValue(u"app_setting"_s);
        q.addBindValue(QString::fromLatin1(EmergencyRegime::VksOnlyKey));
        QVERIFY(q.exec() && q.next());
        QVERIFY(q.value(0).toString().startsWith(u"armcpg-cli"_s));
        q.finish(); // an open SELECT would keep SQLite's snapshot from before the next command

        r = cli({u"emergency"_s, u"off"_s, u"--json"_s, u"--db"_s, db});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json()[u"vks_only"_s].toBool(true), false);
        QVERIFY(!EmergencyRegime(*own).isOn());
        QCOMPARE(cli({u"emergency"_s, u"maybe"_s, u"--db"_s, db}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestEmergencyCli)
#include "tst_emergencycli.moc"
