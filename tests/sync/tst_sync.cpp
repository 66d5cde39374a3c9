// Sync between laptops (SQLite) and the central PostgreSQL (issue 4, peers §2.2), on a real PostgreSQL:
// convergence in every order, field merge, conflicts kept for a person, interruption at random points,
// row-level security by organisation, and every synced table taking part.
#include "TestDatabase.h"

#include "appeal/AppealService.h"
#include "reception/CardGenerator.h"
#include "reception/CardService.h"
#include "security/Session.h"
#include "setup/DeviceService.h"
#include "setup/Setup.h"
#include "storage/Migrator.h"
#include "storage/WriteTransaction.h"
#include "sync/CentralServer.h"
#include "sync/ConflictService.h"
#include "sync/SyncClient.h"
#include "sync/SyncStatus.h"
#include "sync/SyncTable.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

namespace {
const QString kPassword = u"device-password-1"_s;

Session program() { return Session::program(u"tst_sync"_s); }

CardGenerator::Options ownCards()
{
    CardGenerator::Options options;
    options.ownOrganisationOnly = true; // a laptop records its own organisation's receptions
    return options;
}

// A value as both backends can agree on it: booleans as 0/1, times in UTC with milliseconds.
QString canonical(const QVariant& value)
{
    const QVariant v = normalizedValue(value);
    if (v.isNull())
        return u"∅"_s;
    if (v.metaType().id() == QMetaType::Bool)
        return v.toBool() ? u"1"_s : u"0"_s;
    return v.toString();
}

// Every row of a table, every column, sorted by id: what "converged" compares.
QStringList dump(Database& db, const QString& table)
{
    QStringList rows;
    QSqlQuery q = db.prepare(u"SELECT * FROM %1 ORDER BY id"_s.arg(table));
    if (!q.exec())
        return {u"error: "_s + Database::errorText(q)};
    while (q.next()) {
        const QSqlRecord r = q.record();
        QStringList fields;
        for (int i = 0; i < r.count(); ++i)
            fields << r.fieldName(i) + u'=' + canonical(r.value(i));
        fields.sort();
        rows << fields.join(u'|');
    }
    return rows;
}

int count(Database& db, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery q = db.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

QString text(Database& db, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery q = db.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    return q.exec() && q.next() ? q.value(0).toString() : u"<none>"_s;
}

// A laptop whose wall clock is wrong by a fixed amount.
class SkewedClock final : public Clock
{
public:
    explicit SkewedClock(qint64 offsetMs) : m_offset(offsetMs) {}
    QDateTime now() const override { return QDateTime::currentDateTimeUtc().addMSecs(m_offset); }

private:
    qint64 m_offset;
};

bool update(Database& db, const QString& table, const QString& id, const QVariantMap& values)
{
    WriteTransaction tx(db, {});
    return tx.update(table, id, values) && tx.commit();
}
} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_centre;
    QList<std::shared_ptr<TestDatabase>> m_laptops;

    std::shared_ptr<TestDatabase> laptop(const QString& organisation = u"CPG"_s)
    {
        auto t = std::make_shared<TestDatabase>(TestDatabase::Backend::Sqlite);
        Problems p;
        if (!t->isValid() || !Setup::initialise(*t->db(), false, &p)
            || !DeviceService(*t->db()).change(program(), t->db()->deviceId(), organisation, &p)) {
            qWarning() << t->error() << describe(p);
            return {};
        }
        const QString role = CentralServer(*m_centre->db()).registerDevice(program(), t->db()->deviceId(), organisation,
                                                                          u"laptop"_s, kPassword, &p);
        if (role.isEmpty()) {
            qWarning() << describe(p);
            return {};
        }
        m_laptops << t;
        return t;
    }

    // The laptop's connection to the centre: its own role, as in the field.
    std::unique_ptr<Database> deviceConnection(Database& local)
    {
        Problems p;
        ConnectionSettings settings = ConnectionSettings::parse(m_centre->url(), &p);
        settings.user = CentralServer::roleNameFor(local.deviceId());
        settings.password = kPassword;
        auto db = Database::open(settings, &p);
        if (!db)
            qWarning() << describe(p);
        return db;
    }

    SyncReport sync(Database& local, int batch = 500)
    {
        auto central = deviceConnection(local);
        if (!central)
            return {};
        SyncClient client(local, *central);
        client.setBatchSize(batch);
        return client.run();
    }

    QString centreCard(const QString& comment)
    {
        CardGenerator generator(*m_centre->db(), QRandomGenerator::global()->generate());
        generator.setOwnOrganisationOnly(true);
        ReceptionCard card = generator.next();
        card.set("organisation_code", u"CPG"_s);
        card.set("applicant_comment", comment);
        Problems p;
        if (!CardService(*m_centre->db()).save(program(), &card, &p))
            qWarning() << describe(p);
        return card.id;
    }

    void verifyConverged(const QList<Database*>& laptops)
    {
        for (const SyncTable& table : SyncTable::all()) {
            const QStringList central = dump(*m_centre->db(), table.name);
            for (Database* l : laptops) {
                const QStringList local = dump(*l, table.name);
                if (local != central) {
                    for (qsizetype i = 0; i < std::max(local.size(), central.size()); ++i) {
                        if (local.value(i) != central.value(i)) {
                            qWarning().noquote() << table.name << "\n laptop:" << local.value(i) << "\n centre:" << central.value(i);
                            break;
                        }
                    }
                }
                QVERIFY2(local == central, qPrintable(u"%1 differs: %2 rows here, %3 at the centre"_s.arg(table.name)
                                                          .arg(local.size())
                                                          .arg(central.size())));
            }
        }
    }

private slots:
    void init()
    {
        if (!TestDatabase::postgresAvailable() && !TestDatabase::postgresRequired())
            QSKIP("no PostgreSQL (ARMCPG_TEST_PG) to sync with");
        m_centre = std::make_unique<TestDatabase>(TestDatabase::Backend::Postgres);
        QVERIFY2(m_centre->isValid(), qPrintable(m_centre->error()));
        Problems p;
        QVERIFY2(Setup::initialise(*m_centre->db(), true, &p), qPrintable(describe(p)));
    }

    void cleanup()
    {
        m_laptops.clear();
        m_centre.reset();
    }

    // Every table made with the synced columns is registered for sync and logged on the centre.
    void everySyncedTableTakesPart()
    {
        QSqlQuery q = m_centre->db()->prepare(
            u"SELECT table_name FROM information_schema.columns WHERE column_name = 'origin_device' AND table_schema = 'public'"_s);
        QVERIFY(q.exec());
        QStringList tables;
        while (q.next())
            tables << q.value(0).toString();
        QVERIFY(tables.size() >= 10);
        for (const QString& table : std::as_const(tables)) {
            QVERIFY2(SyncTable::find(table), qPrintable(table + u" is not in SyncTable::all()"_s));
            QCOMPARE(count(*m_centre->db(), u"SELECT COUNT(*) FROM pg_trigger WHERE tgrelid = ?::regclass AND tgname LIKE '%_log_%'"_s,
                           {table}),
                     2);
        }
        QCOMPARE(tables.size(), SyncTable::all().size());
    }

    void pushAndPull_roundTrip()
    {
        auto l = laptop();
        QVERIFY(l);
        Problems p;
        QCOMPARE(CardGenerator::generate(*l->db(), program(), 25, 5, ownCards(), &p), 25);
        const SyncReport first = sync(*l->db());
        QVERIFY2(first.ok, qPrintable(first.error));
        QVERIFY(first.pushed >= 25);
        QCOMPARE(first.keptCentral, 0); // the laptop's own seeding of directories is nobody's change
        QCOMPARE(count(*l->db(), u"SELECT COUNT(*) FROM sync_outbox"_s), 0);
        QCOMPARE(count(*m_centre->db(), u"SELECT COUNT(*) FROM reception_card"_s), 25);
        // Kazakh and Russian letters intact, and the laptop's audit trail came along.
        QCOMPARE(dump(*m_centre->db(), u"reception_card"_s), dump(*l->db(), u"reception_card"_s));
        QCOMPARE(count(*m_centre->db(), u"SELECT COUNT(*) FROM audit_event WHERE entity = 'reception_card' AND device = ?"_s,
                       {l->db()->deviceId()}),
                 25);
        // The centre's users and directories reached the laptop.
        QCOMPARE(count(*l->db(), u"SELECT COUNT(*) FROM app_user WHERE login = 'prosecutor'"_s), 1);
        verifyConverged({l->db()});

        // A person renames a directory entry on the laptop: the centre's directories are the centre's, the change
        // is counted and replaced by the centre's value.
        const QString entry = text(*l->db(), u"SELECT id FROM directory_entry WHERE kind = 'organisation' AND code = 'CPG'"_s);
        const QString name = text(*m_centre->db(), u"SELECT name_ru FROM directory_entry WHERE id = ?"_s, {entry});
        {
            WriteTransaction tx(*l->db(), {text(*l->db(), u"SELECT id FROM app_user WHERE login = 'admin'"_s), u"admin"_s});
            QVERIFY(tx.update(u"directory_entry"_s, entry, {{u"name_ru"_s, u"Переименовано на ноутбуке"_s}}) && tx.commit());
        }
        const SyncReport renamed = sync(*l->db());
        QVERIFY2(renamed.ok, qPrintable(renamed.error));
        QCOMPARE(renamed.keptCentral, 1);
        QCOMPARE(text(*m_centre->db(), u"SELECT name_ru FROM directory_entry WHERE id = ?"_s, {entry}), name);
        QCOMPARE(text(*l->db(), u"SELECT name_ru FROM directory_entry WHERE id = ?"_s, {entry}), name);

        // Nothing to do: nothing moves.
        const SyncReport idle = sync(*l->db());
        QVERIFY2(idle.ok, qPrintable(idle.error));
        QCOMPARE(idle.pushed, 0);
        QCOMPARE(idle.pulled, 0);
    }

    // A batch holds appeals whose rows carry different column sets and the steps that refer to them: the centre
    // inserts every appeal before any step, whatever the outbox order (the foreign key of appeal_action).
    void appealsAndTheirSteps_oneBatch_parentsFirst()
    {
        auto l = laptop();
        QVERIFY(l);
        AppealService appeals(*l->db());
        // First an appeal registered by an ЛП-1 card's save, with the card's smaller column set, and its step.
        CardGenerator generator(*l->db(), 11);
        generator.setOwnOrganisationOnly(true);
        ReceptionCard card = generator.next();
        card.set("written_appeal_accepted", true);
        Problems problems;
        QVERIFY2(CardService(*l->db()).save(program(), &card, &problems), qPrintable(describe(problems)));
        const QString fromCard = text(*l->db(), u"SELECT id FROM appeal WHERE reception_card_id = ?"_s, {card.id});
        QVERIFY(!fromCard.isEmpty());
        QVERIFY2(appeals.takeOnControl(program(), fromCard, &problems), qPrintable(describe(problems)));
        for (int i = 0; i < 4; ++i) {
            Appeal a;
            a.receivedOn = l->db()->clock().today();
            a.kindCode = u"statement"_s;
            a.regimeCode = u"appk_administrative"_s;
            a.formCode = u"paper"_s;
            a.channelCode = u"paper"_s;
            a.applicantName = u"Әбілқасымова Гүлжан %1"_s.arg(i);
            a.essence = u"Өтініш мәні"_s;
            if (i % 2)
                a.subject = u"Әкімдік"_s; // another column set than the appeal before
            Problems p;
            QVERIFY2(appeals.registerAppeal(program(), &a, &p), qPrintable(describe(p)));
            QVERIFY2(appeals.takeOnControl(program(), a.id, &p), qPrintable(describe(p)));
        }
        const SyncReport report = sync(*l->db(), 2000);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(count(*m_centre->db(), u"SELECT COUNT(*) FROM appeal"_s), 5);
        QCOMPARE(count(*m_centre->db(), u"SELECT COUNT(*) FROM appeal_action WHERE kind = 'control_taken'"_s), 5);
        verifyConverged({l->db()});
    }

    void convergesInEveryOrder_data()
    {
        QTest::addColumn<QList<int>>("order");
        QTest::newRow("first, second, first") << QList<int>{0, 1, 0};
        QTest::newRow("second, first, second") << QList<int>{1, 0, 1};
        QTest::newRow("first twice, second, first") << QList<int>{0, 0, 1, 0};
    }
    void convergesInEveryOrder()
    {
        QFETCH(QList<int>, order);
        auto a = laptop();
        auto b = laptop();
        QVERIFY(a && b);
        const QString shared = centreCard(u"Бастапқы түсініктеме"_s);
        QVERIFY(sync(*a->db()).ok);
        QVERIFY(sync(*b->db()).ok);
        QCOMPARE(count(*a->db(), u"SELECT COUNT(*) FROM reception_card WHERE id = ?"_s, {shared}), 1);

        // Offline, each side changes its own field of the shared card and adds cards of its own; the centre too.
        Problems p;
        QVERIFY(update(*a->db(), u"reception_card"_s, shared, {{u"mobile_phone"_s, u"+7 701 111 22 33"_s}}));
        QVERIFY(update(*b->db(), u"reception_card"_s, shared, {{u"comment"_s, u"Өтініш қабылданды — принято"_s}}));
        QVERIFY(update(*m_centre->db(), u"reception_card"_s, shared, {{u"occupation"_s, u"Мұғалім"_s}}));
        QCOMPARE(CardGenerator::generate(*a->db(), program(), 7, 11, ownCards(), &p), 7);
        QCOMPARE(CardGenerator::generate(*b->db(), program(), 5, 12, ownCards(), &p), 5);
        centreCard(u"Орталықта жазылды"_s);
        // Every kind of synced table moves: a written appeal accepted at a laptop's reception, a user's
        // password flag set on a laptop, a directory entry renamed and a day off added at the centre.
        {
            CardGenerator generator(*b->db(), 31);
            generator.setOwnOrganisationOnly(true);
            ReceptionCard card = generator.next();
            card.set("written_appeal_accepted", true);
            QVERIFY2(CardService(*b->db()).save(program(), &card, &p), qPrintable(describe(p)));
        }
        // The administrator resets a user's password at the centre; the laptop has pulled that before going
        // offline, and the user's first sign-in there sets their own.
        const QString user = text(*a->db(), u"SELECT id FROM app_user WHERE login = 'prosecutor'"_s);
        QVERIFY(update(*m_centre->db(), u"app_user"_s, user, {{u"must_change_password"_s, true}}));
        QVERIFY(sync(*a->db()).ok);
        QVERIFY(update(*a->db(), u"app_user"_s, user, {{u"password_hash"_s, u"$argon2id$v=19$laptop"_s},
                                                        {u"must_change_password"_s, false}}));
        const QString entry = text(*m_centre->db(), u"SELECT id FROM directory_entry WHERE kind = 'topic' ORDER BY code LIMIT 1"_s);
        QVERIFY(update(*m_centre->db(), u"directory_entry"_s, entry, {{u"name_kk"_s, u"Жаңа атау — Өзгертілді"_s}}));
        {
            WriteTransaction tx(*m_centre->db(), {});
            QVERIFY(!tx.insert(u"calendar_entry"_s, {{u"day"_s, QDate(2026, 12, 31)}, {u"kind"_s, u"holiday"_s},
                                                      {u"name_ru"_s, u"Выходной по решению"_s}})
                         .isEmpty());
            QVERIFY(tx.commit());
        }
        // A card the first laptop made and then tombstoned.
        const QString gone = text(*a->db(), u"SELECT id FROM reception_card ORDER BY number DESC LIMIT 1"_s);
        { WriteTransaction tx(*a->db(), {}); QVERIFY(tx.remove(u"reception_card"_s, gone) && tx.commit()); }

        QList<std::shared_ptr<TestDatabase>> laptops{a, b};
        for (int i : order) {
            const SyncReport r = sync(*laptops[i]->db(), 3);
            QVERIFY2(r.ok, qPrintable(r.error));
            QCOMPARE(r.conflicts, 0);
        }
        // The one that synced first needs the other's changes: a last round for whoever is behind.
        QVERIFY(sync(*a->db()).ok);
        QVERIFY(sync(*b->db()).ok);
        verifyConverged({a->db(), b->db()});
        // Field by field: all three edits survive, nothing duplicated, the tombstone kept.
        QCOMPARE(text(*m_centre->db(), u"SELECT mobile_phone FROM reception_card WHERE id = ?"_s, {shared}), u"+7 701 111 22 33"_s);
        QCOMPARE(text(*m_centre->db(), u"SELECT comment FROM reception_card WHERE id = ?"_s, {shared}), u"Өтініш қабылданды — принято"_s);
        QCOMPARE(text(*m_centre->db(), u"SELECT occupation FROM reception_card WHERE id = ?"_s, {shared}), u"Мұғалім"_s);
        QCOMPARE(count(*m_centre->db(), u"SELECT COUNT(*) FROM reception_card"_s), 1 + 7 + 5 + 1 + 1);
        QCOMPARE(count(*m_centre->db(), u"SELECT COUNT(*) FROM appeal"_s), 1);
        QCOMPARE(text(*b->db(), u"SELECT password_hash FROM app_user WHERE id = ?"_s, {user}), u"$argon2id$v=19$laptop"_s);
        QCOMPARE(text(*b->db(), u"SELECT must_change_password FROM app_user WHERE id = ?"_s, {user}), u"0"_s);
        QCOMPARE(text(*a->db(), u"SELECT name_kk FROM directory_entry WHERE id = ?"_s, {entry}), u"Жаңа атау — Өзгертілді"_s);
        QCOMPARE(count(*b->db(), u"SELECT COUNT(*) FROM calendar_entry WHERE day = '2026-12-31'"_s), 1);
        QCOMPARE(count(*m_centre->db(), u"SELECT COUNT(*) FROM reception_card WHERE id = ? AND deleted"_s, {gone}), 1);
    }

    void sameFieldConflict_keptForAPerson()
    {
        auto l = laptop();
        QVERIFY(l);
        const QString card = centreCard(u"Бастапқы"_s);
        QVERIFY(sync(*l->db()).ok);
        QVERIFY(update(*l->db(), u"reception_card"_s, card, {{u"applicant_comment"_s, u"Ноутбукта түзетілді"_s}}));
        QVERIFY(update(*m_centre->db(), u"reception_card"_s, card, {{u"applicant_comment"_s, u"Исправлено в центре"_s}}));

        const SyncReport r = sync(*l->db());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.conflicts, 1);
        // Never a silent overwrite: the centre's value stays, both are kept in the conflict, on both sides.
        QCOMPARE(text(*m_centre->db(), u"SELECT applicant_comment FROM reception_card WHERE id = ?"_s, {card}), u"Исправлено в центре"_s);
        for (Database* db : {m_centre->db(), l->db()}) {
            const QList<SyncConflict> open = ConflictService(*db).open();
            QCOMPARE(open.size(), 1);
            QCOMPARE(open[0].field, u"applicant_comment"_s);
            QCOMPARE(SyncConflict::displayValue(open[0].centralValue), u"Исправлено в центре"_s);
            QCOMPARE(SyncConflict::displayValue(open[0].deviceValue), u"Ноутбукта түзетілді"_s);
            QVERIFY(!open[0].recordLabel.isEmpty());
        }
        // A person on the laptop takes the laptop's value; the next sync carries the choice to the centre.
        Problems p;
        const QString id = ConflictService(*l->db()).open().at(0).id;
        QVERIFY(!ConflictService(*l->db()).resolve(Session(), id, ConflictService::Choice::Device, &p)); // nobody
        p.clear();
        QVERIFY2(ConflictService(*l->db()).resolve(program(), id, ConflictService::Choice::Device, &p), qPrintable(describe(p)));
        const SyncReport after = sync(*l->db());
        QVERIFY2(after.ok, qPrintable(after.error));
        QCOMPARE(after.conflicts, 0);
        QCOMPARE(text(*m_centre->db(), u"SELECT applicant_comment FROM reception_card WHERE id = ?"_s, {card}), u"Ноутбукта түзетілді"_s);
        QCOMPARE(ConflictService(*m_centre->db()).openCount(), 0);
        QCOMPARE(ConflictService(*l->db()).openCount(), 0);
        verifyConverged({l->db()});
    }

    // Two laptops and the centre all change the same field: each laptop's value is kept in a conflict of its own.
    void sameFieldOnTwoLaptops_eachValueKept()
    {
        auto a = laptop();
        auto b = laptop();
        QVERIFY(a && b);
        const QString card = centreCard(u"Бастапқы"_s);
        QVERIFY(sync(*a->db()).ok && sync(*b->db()).ok);
        QVERIFY(update(*a->db(), u"reception_card"_s, card, {{u"applicant_comment"_s, u"Бірінші ноутбук"_s}}));
        QVERIFY(update(*b->db(), u"reception_card"_s, card, {{u"applicant_comment"_s, u"Второй ноутбук"_s}}));
        QVERIFY(update(*m_centre->db(), u"reception_card"_s, card, {{u"applicant_comment"_s, u"Центр"_s}}));
        QCOMPARE(sync(*a->db()).conflicts, 1);
        QCOMPARE(sync(*b->db()).conflicts, 1);
        QStringList kept;
        for (const SyncConflict& c : ConflictService(*m_centre->db()).open())
            kept << SyncConflict::displayValue(c.deviceValue);
        kept.sort();
        QCOMPARE(kept, (QStringList{u"Бірінші ноутбук"_s, u"Второй ноутбук"_s}));
        QCOMPARE(text(*m_centre->db(), u"SELECT applicant_comment FROM reception_card WHERE id = ?"_s, {card}), u"Центр"_s);
    }

    // A sync interrupted 100 times at random points (the client dies, or its connection is killed), then
    // resumed: the centre holds exactly the laptop's data, and every operation was applied once.
    void interruptedHundredTimes_thenResumed()
    {
        auto l = laptop();
        QVERIFY(l);
        Problems p;
        QCOMPARE(CardGenerator::generate(*l->db(), program(), 40, 21, ownCards(), &p), 40);
        auto admin = m_centre->openAnother();
        QVERIFY(admin);
        QRandomGenerator random(4242);
        const char* points[] = {"push-begun", "push-inserted", "push-before-commit", "push-committed", "pull-fetched",
                                "pull-before-commit"};
        int died = 0, killed = 0;
        for (int round = 0; round < 100; ++round) {
            // More work keeps arriving between attempts: new cards and edits.
            if (round % 10 == 0)
                QCOMPARE(CardGenerator::generate(*l->db(), program(), 3, 100 + round, ownCards(), &p), 3);
            {
                const QString id = text(*l->db(), u"SELECT id FROM reception_card ORDER BY random() LIMIT 1"_s);
                QVERIFY(update(*l->db(), u"reception_card"_s, id, {{u"comment"_s, u"Түзету %1"_s.arg(round)}}));
            }
            if (round % 13 == 0) // and at the centre
                centreCard(u"Орталық %1"_s.arg(round));

            auto local = l->openAnother(); // a client process: its own connections, dropped when it dies
            auto central = deviceConnection(*local);
            QVERIFY(local && central);
            const QString pid = text(*central, u"SELECT pg_backend_pid()"_s);
            SyncClient client(*local, *central);
            client.setBatchSize(1 + int(random.bounded(9u)));
            const bool kill = random.bounded(3u) == 0;
            const char* point = points[random.bounded(quint32(std::size(points)))];
            int skip = int(random.bounded(2u)); // not always the first time the point is reached
            client.setFaultInjection([&](const char* at) {
                if (qstrcmp(at, point) != 0 || skip-- > 0)
                    return false;
                if (kill) { // the connection dies under the client, which must notice and stop cleanly
                    QSqlQuery terminate = admin->prepare(u"SELECT pg_terminate_backend(?::int)"_s);
                    terminate.addBindValue(pid);
                    terminate.exec();
                    ++killed;
                    return false;
                }
                ++died;
                return true; // the client process dies here
            });
            client.run();
        }
        qInfo("%d runs died, %d lost their connection, %d ran to the end or failed cleanly", died, killed,
              100 - died - killed);
        QVERIFY(died > 15);
        QVERIFY(killed > 10);

        const SyncReport last = sync(*l->db());
        QVERIFY2(last.ok, qPrintable(last.error));
        QCOMPARE(count(*l->db(), u"SELECT COUNT(*) FROM sync_outbox"_s), 0);
        QVERIFY(sync(*l->db()).ok);
        verifyConverged({l->db()});
        // Exactly once: every operation the laptop ever queued is recorded once at the centre.
        const int queued = count(*l->db(), u"SELECT seq FROM sqlite_sequence WHERE name = 'sync_outbox'"_s);
        QCOMPARE(count(*m_centre->db(), u"SELECT COUNT(*) FROM sync_applied_op WHERE device_id = ?"_s, {l->db()->deviceId()}), queued);
        QCOMPARE(count(*m_centre->db(), u"SELECT COUNT(*) FROM reception_card WHERE origin_device = ?"_s, {l->db()->deviceId()}),
                 count(*l->db(), u"SELECT COUNT(*) FROM reception_card WHERE origin_device = ?"_s, {l->db()->deviceId()}));
    }

    // A device reads and writes only its organisation's subtree, whatever SQL it sends.
    void deviceIsKeptToItsOrganisation()
    {
        auto l = laptop(u"CPG"_s);
        QVERIFY(l);
        // A card of another organisation (Almaty city prosecutor's office) at the centre.
        const QString own = centreCard(u"Өз ұйымы"_s);
        const QString other = centreCard(u"Басқа ұйым"_s);
        QVERIFY(update(*m_centre->db(), u"reception_card"_s, other, {{u"organisation_code"_s, u"P75"_s}}));
        auto device = deviceConnection(*l->db());
        QVERIFY(device);
        QCOMPARE(count(*device, u"SELECT COUNT(*) FROM reception_card WHERE id = ?::uuid"_s, {own}), 1);
        QCOMPARE(count(*device, u"SELECT COUNT(*) FROM reception_card WHERE id = ?::uuid"_s, {other}), 0);
        QCOMPARE(count(*device, u"SELECT COUNT(*) FROM reception_card WHERE organisation_code = 'P75'"_s), 0);
        QCOMPARE(count(*device, u"SELECT COUNT(*) FROM sync_change WHERE row_id = ?::uuid AND organisation_code = 'P75'"_s, {other}), 0);
        // Writing: an update of the other's row touches nothing; moving an own row out, or inserting one, is refused.
        QSqlQuery write = device->prepare(u"UPDATE reception_card SET comment = 'взлом' WHERE id = ?::uuid"_s);
        write.addBindValue(other);
        QVERIFY(write.exec());
        QCOMPARE(write.numRowsAffected(), 0);
        QSqlQuery move = device->prepare(u"UPDATE reception_card SET organisation_code = 'P75' WHERE id = ?::uuid"_s);
        move.addBindValue(own);
        QVERIFY(!move.exec());
        // A copy of its own card under a new id: allowed for its organisation, refused for another.
        const QString copy = u"INSERT INTO reception_card SELECT (jsonb_populate_record(r, jsonb_build_object('id', "
                             "gen_random_uuid(), 'organisation_code', '%1', 'number', '%1-COPY'))).* FROM reception_card r "
                             "WHERE id = '%2'"_s;
        QString error;
        QVERIFY2(device->exec(copy.arg(u"CPG"_s, own), &error), qPrintable(error));
        QVERIFY(!device->exec(copy.arg(u"P75"_s, own), &error));
        QVERIFY2(error.contains(u"row-level security"_s), qPrintable(error));
        QVERIFY(!device->exec(u"DELETE FROM reception_card"_s));
        QVERIFY(!device->exec(u"UPDATE directory_entry SET parent_code = 'CPG' WHERE kind = 'organisation' AND code = 'P75'"_s));
        QVERIFY(!device->exec(u"UPDATE sync_device SET organisation_code = 'GP'"_s));
        QVERIFY(!device->exec(u"UPDATE app_user SET roles = 'administrator'"_s));
        // Nor can it set the password of an account in use (only finish a first sign-in).
        const QString hash = text(*m_centre->db(), u"SELECT password_hash FROM app_user WHERE login = 'admin'"_s);
        QSqlQuery takeOver = device->prepare(u"UPDATE app_user SET password_hash = 'x' WHERE login = 'admin'"_s);
        QVERIFY(takeOver.exec());
        QCOMPARE(takeOver.numRowsAffected(), 0);
        QCOMPARE(text(*m_centre->db(), u"SELECT password_hash FROM app_user WHERE login = 'admin'"_s), hash);
        // Nor write audit events in another device's name.
        QVERIFY(!device->exec(u"INSERT INTO audit_event (id, tx_id, at, device, entity, entity_id, action, changes, hlc) "
                              "VALUES (gen_random_uuid(), gen_random_uuid(), now(), 'someone-else', 'reception_card', "
                              "gen_random_uuid(), 'update', '{}', '0')"_s));
        QCOMPARE(text(*m_centre->db(), u"SELECT comment FROM reception_card WHERE id = ?"_s, {other}).contains(u"взлом"_s), false);
        // The laptop's sync sees its own organisation's card and not the other.
        QVERIFY(sync(*l->db()).ok);
        QCOMPARE(count(*l->db(), u"SELECT COUNT(*) FROM reception_card WHERE id = ?"_s, {own}), 1);
        QCOMPARE(count(*l->db(), u"SELECT COUNT(*) FROM reception_card WHERE id = ?"_s, {other}), 0);
    }

    // A laptop's clock five days slow: what it changes after seeing the centre's change still orders after it
    // (hybrid logical clock), and a reception keeps the time it was recorded offline, apart from when it reached
    // the centre.
    void clockWrongByDays_ordersByHybridClock()
    {
        auto l = laptop();
        QVERIFY(l);
        const SkewedClock slow(-5LL * 24 * 3600 * 1000);
        l->db()->setClock(&slow);
        const QString card = centreCard(u"Орталық"_s);
        QVERIFY(sync(*l->db()).ok);
        const QString centreHlc = text(*m_centre->db(), u"SELECT hlc FROM reception_card WHERE id = ?"_s, {card});
        QVERIFY(update(*l->db(), u"reception_card"_s, card, {{u"comment"_s, u"Кейін өзгертілді"_s}}));
        const QString laptopHlc = text(*l->db(), u"SELECT hlc FROM reception_card WHERE id = ?"_s, {card});
        QVERIFY2(laptopHlc > centreHlc, qPrintable(laptopHlc + u" <= "_s + centreHlc));

        Problems p;
        QCOMPARE(CardGenerator::generate(*l->db(), program(), 1, 3, ownCards(), &p), 1);
        const QString offline = text(*l->db(), u"SELECT id FROM reception_card WHERE origin_device = ?"_s, {l->db()->deviceId()});
        QVERIFY(sync(*l->db()).ok);
        QCOMPARE(text(*m_centre->db(), u"SELECT hlc FROM reception_card WHERE id = ?"_s, {card}), laptopHlc);
        QCOMPARE(text(*m_centre->db(), u"SELECT comment FROM reception_card WHERE id = ?"_s, {card}), u"Кейін өзгертілді"_s);
        // Recorded on the laptop five days "ago" by its clock; synced now.
        QSqlQuery times = m_centre->db()->prepare(u"SELECT c.recorded_at, MIN(s.at) FROM reception_card c JOIN sync_change s "
                                                  "ON s.row_id = c.id WHERE c.id = ? GROUP BY c.recorded_at"_s);
        times.addBindValue(offline);
        QVERIFY(times.exec() && times.next());
        const QDateTime recorded = times.value(0).toDateTime().toUTC();
        const QDateTime synced = times.value(1).toDateTime().toUTC();
        QVERIFY2(recorded.daysTo(synced) >= 4, qPrintable(recorded.toString(Qt::ISODate) + u" / "_s + synced.toString(Qt::ISODate)));
        l->db()->setClock(nullptr);
    }

    // A card recorded on the laptop for an organisation outside its own: the push stops at it with the reason,
    // nothing is dropped, and once the card is corrected it goes.
    void recordOfAnotherOrganisation_waitsWithItsReason()
    {
        auto l = laptop();
        QVERIFY(l);
        QVERIFY(sync(*l->db()).ok);
        Problems p;
        QCOMPARE(CardGenerator::generate(*l->db(), program(), 2, 8, ownCards(), &p), 2);
        const QString id = text(*l->db(), u"SELECT id FROM reception_card ORDER BY number LIMIT 1"_s);
        const QString number = text(*l->db(), u"SELECT number FROM reception_card WHERE id = ?"_s, {id});
        QVERIFY(update(*l->db(), u"reception_card"_s, id, {{u"organisation_code"_s, u"P75"_s}}));
        const SyncReport refused = sync(*l->db());
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(number) && refused.error.contains(u"P75"_s), qPrintable(refused.error));
        QVERIFY(count(*l->db(), u"SELECT COUNT(*) FROM sync_outbox WHERE row_id = ?"_s, {id}) > 0);
        QCOMPARE(SyncStatus::read(*l->db()).lastError, refused.error);

        QVERIFY(update(*l->db(), u"reception_card"_s, id, {{u"organisation_code"_s, u"CPG"_s}}));
        const SyncReport fixed = sync(*l->db());
        QVERIFY2(fixed.ok, qPrintable(fixed.error));
        QCOMPARE(text(*m_centre->db(), u"SELECT organisation_code FROM reception_card WHERE id = ?"_s, {id}), u"CPG"_s);
        QVERIFY(SyncStatus::read(*l->db()).lastError.isEmpty());
        QVERIFY(SyncStatus::read(*l->db()).lastSuccess.isValid());
    }

    void unregisteredDevice_isRefusedWithItsId()
    {
        auto t = std::make_shared<TestDatabase>(TestDatabase::Backend::Sqlite);
        Problems p;
        QVERIFY(Setup::initialise(*t->db(), false, &p));
        QVERIFY(DeviceService(*t->db()).change(program(), t->db()->deviceId(), u"CPG"_s, &p));
        SyncClient client(*t->db(), *m_centre->db());
        const SyncReport r = client.run();
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(t->db()->deviceId()) && r.error.contains(u"server device add"_s), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
