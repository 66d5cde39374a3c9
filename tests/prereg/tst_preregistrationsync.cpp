// Schedules and pre-registration travel through sync like the appeal tables (migration 0011, SyncTable): a ЦПГ laptop
// keeps the General Prosecutor's schedule and signs people up, the centre receives it all, a refusal made at the
// centre comes back, and two desks closing the same reception write one row (its id is derived from the line and
// the date).
#include "TestDatabase.h"

#include "common/Clock.h"
#include "prereg/PreRegistrationService.h"
#include "schedule/ScheduleService.h"
#include "security/Session.h"
#include "setup/DeviceService.h"
#include "setup/Setup.h"
#include "storage/ConnectionSettings.h"
#include "sync/CentralServer.h"
#include "sync/SyncClient.h"
#include "sync/SyncTable.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

namespace {

const QString kPassword = u"device-password-7"_s;
const QStringList kTables = {u"reception_schedule"_s, u"prereg_request"_s, u"prereg_closure"_s};

Session program() { return Session::program(u"tst_preregistrationsync"_s); }

// Every row of a table, every column, sorted by id (booleans and times as both backends agree on them).
QStringList dump(Database& db, const QString& table)
{
    QStringList rows;
    QSqlQuery q = db.prepare(u"SELECT * FROM %1 ORDER BY id"_s.arg(table));
    if (!q.exec())
        return {u"error: "_s + Database::errorText(q)};
    while (q.next()) {
        const QSqlRecord r = q.record();
        QStringList fields;
        for (int i = 0; i < r.count(); ++i) {
            const QVariant v = normalizedValue(r.value(i));
            fields << r.fieldName(i) + u'='
                          + (v.isNull()                                ? u"∅"_s
                             : v.metaType().id() == QMetaType::Bool ? (v.toBool() ? u"1"_s : u"0"_s)
                                                                       : v.toString());
        }
        fields.sort();
        rows << fields.join(u'|');
    }
    return rows;
}

} // namespace

class TestPreRegistrationSync : public QObject
{
    Q_OBJECT

    FixedClock clock{QDateTime(QDate(2025, 4, 7), QTime(7, 0), Qt::UTC)};
    std::unique_ptr<TestDatabase> m_centre;
    std::unique_ptr<TestDatabase> m_laptop;

    SyncReport sync(Database& local)
    {
        Problems p;
        ConnectionSettings settings = ConnectionSettings::parse(m_centre->url(), &p);
        settings.user = CentralServer::roleNameFor(local.deviceId());
        settings.password = kPassword;
        auto central = Database::open(settings, &p);
        if (!central) {
            qWarning() << describe(p);
            return {};
        }
        SyncClient client(local, *central);
        return client.run();
    }

private slots:
    void init()
    {
        if (!TestDatabase::postgresAvailable() && !TestDatabase::postgresRequired())
            QSKIP("no PostgreSQL (ARMCPG_TEST_PG) to sync with");
        m_centre = std::make_unique<TestDatabase>(TestDatabase::Backend::Postgres);
        QVERIFY2(m_centre->isValid(), qPrintable(m_centre->error()));
        m_centre->db()->setClock(&clock);
        Problems p;
        QVERIFY2(Setup::initialise(*m_centre->db(), true, &p), qPrintable(describe(p)));
        m_laptop = std::make_unique<TestDatabase>(TestDatabase::Backend::Sqlite);
        QVERIFY2(m_laptop->isValid(), qPrintable(m_laptop->error()));
        m_laptop->db()->setClock(&clock);
        QVERIFY2(Setup::initialise(*m_laptop->db(), false, &p), qPrintable(describe(p)));
        QVERIFY2(DeviceService(*m_laptop->db()).change(program(), m_laptop->db()->deviceId(), u"CPG"_s, &p),
                 qPrintable(describe(p)));
        QVERIFY2(!CentralServer(*m_centre->db())
                      .registerDevice(program(), m_laptop->db()->deviceId(), u"CPG"_s, u"laptop"_s, kPassword, &p)
                      .isEmpty(),
                 qPrintable(describe(p)));
    }

    void cleanup()
    {
        m_laptop.reset();
        m_centre.reset();
    }

    void scheduleAndRequests_roundTrip()
    {
        Database& laptop = *m_laptop->db();
        Database& centre = *m_centre->db();
        Problems p;
        // The ЦПГ keeps the General Prosecutor's schedule under its own organisation: the level climbs to the GP.
        ScheduleService schedules(laptop);
        ScheduleEntry gp;
        gp.officialName = u"Бас Прокурор"_s;
        gp.positionCode = u"prosecutor_general"_s;
        gp.weekday = 3;
        gp.weekOfMonth = 3;
        gp.validFrom = QDate(2025, 1, 1);
        gp.startsAt = QTime(10, 0);
        gp.endsAt = QTime(13, 0);
        gp.placeKk = u"Мәңгілік Ел даңғ., 14"_s;
        gp.placeRu = u"пр. Мәңгілік Ел, 14"_s;
        QVERIFY2(schedules.save(program(), &gp, &p), qPrintable(describe(p)));
        QCOMPARE(gp.organisationCode, u"CPG"_s);
        QCOMPARE(schedules.level(gp), ReceptionLevel::GeneralProsecutor);
        QVERIFY2(schedules.approve(program(), gp.id, &p), qPrintable(describe(p)));

        PreRegistrationService prereg(laptop);
        PreRegistration request;
        request.channelCode = u"paper"_s;
        request.applicantName = u"Сәрсенбаева Гүлнар"_s;
        request.essence = u"Шағым"_s;
        request.scheduleId = gp.id;
        request.receptionOn = QDate(2025, 4, 16); // the third Wednesday
        QVERIFY2(prereg.signUp(program(), &request, &p), qPrintable(describe(p)));
        PreRegistration other = request;
        other.id.clear();
        other.applicantName = u"Ахметов Ерлан"_s;
        QVERIFY2(prereg.signUp(program(), &other, &p), qPrintable(describe(p)));

        SyncReport report = sync(laptop);
        QVERIFY2(report.ok, qPrintable(report.error));
        for (const QString& table : kTables)
            QCOMPARE(dump(centre, table), dump(laptop, table));
        QCOMPARE(PreRegistrationService(centre).signedUp(gp.id, QDate(2025, 4, 16)).size(), 2);

        // The centre refuses one (R-19(2)) and closes registration; the laptop closes the same reception too.
        PreRegistrationService central(centre);
        QVERIFY2(central.refuse(program(), other.id, u"r19_2"_s, u"Ранее дан ответ Генерального Прокурора"_s, &p),
                 qPrintable(describe(p)));
        QVERIFY2(central.closeRegistration(program(), gp.id, QDate(2025, 4, 16), &p), qPrintable(describe(p)));
        QVERIFY2(prereg.closeRegistration(program(), gp.id, QDate(2025, 4, 16), &p), qPrintable(describe(p)));
        report = sync(laptop);
        QVERIFY2(report.ok, qPrintable(report.error));
        for (const QString& table : kTables)
            QCOMPARE(dump(laptop, table), dump(centre, table));
        QCOMPARE(prereg.load(other.id)->state, PreRegistration::State::Refused);
        QCOMPARE(prereg.load(other.id)->refusalGroundCode, u"r19_2"_s);
        QCOMPARE(dump(centre, u"prereg_closure"_s).size(), 1);
        QVERIFY(prereg.closure(gp.id, QDate(2025, 4, 16)));
    }

    // an off-schedule instruction issued on the laptop reaches the centre with its own columns (migration
    // 0012: form, who instructed and when, visitor, reason, card), and the centre's withdrawal comes back.
    void offScheduleInstruction_roundTrip()
    {
        Database& laptop = *m_laptop->db();
        Database& centre = *m_centre->db();
        Problems p;
        UserAccount cpg;
        cpg.id = u"00000000-0000-4000-8000-0000000000d1"_s;
        cpg.login = u"cpg"_s;
        cpg.fullName = u"Сейітқали Арман"_s;
        cpg.roles = {Role::ReceptionProsecutor};
        ScheduleService schedules(laptop);
        ScheduleEntry e;
        e.officialName = u"Омаров Дәурен"_s;
        e.positionCode = u"deputy_district_prosecutor"_s;
        e.date = QDate(2025, 4, 8);
        e.startsAt = QTime(11, 0);
        e.endsAt = QTime(12, 0);
        e.placeRu = u"г. Косшы, ул. Республики, 1"_s;
        e.instructionForm = u"oral"_s;
        e.visitorName = u"Жұмабекова Сәуле"_s;
        e.instructionReason = u"Срок обжалования истекает 09.04.2025"_s;
        e.cardNumber = u"ЛП-2025-000042"_s;
        QVERIFY2(schedules.instruct(Session(cpg), &e, &p), qPrintable(describe(p)));

        SyncReport report = sync(laptop);
        QVERIFY2(report.ok, qPrintable(report.error));
        const QStringList rows = dump(centre, u"reception_schedule"_s);
        QCOMPARE(rows, dump(laptop, u"reception_schedule"_s));
        QCOMPARE(rows.size(), 1);
        for (const QString& column : {u"instruction_form=oral"_s, u"instructed_by_login=cpg"_s,
                                      u"visitor_name=Жұмабекова Сәуле"_s, u"card_number=ЛП-2025-000042"_s,
                                      u"instruction_reason=Срок обжалования истекает 09.04.2025"_s,
                                      u"kind=off_schedule"_s})
            QVERIFY2(rows.first().contains(column), qPrintable(rows.first()));
        const auto atCentre = ScheduleService(centre).load(e.id);
        QVERIFY(atCentre);
        QCOMPARE(atCentre->instructedAt, clock.now());
        QCOMPARE(atCentre->instructedByName, u"Сейітқали Арман"_s);

        // The centre withdraws it; the laptop no longer has it.
        QVERIFY2(ScheduleService(centre).remove(Session(cpg), e.id, &p), qPrintable(describe(p)));
        report = sync(laptop);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(dump(laptop, u"reception_schedule"_s), dump(centre, u"reception_schedule"_s));
        QVERIFY(!schedules.load(e.id));
    }
};

QTEST_GUILESS_MAIN(TestPreRegistrationSync)
#include "tst_preregistrationsync.moc"
