// Storage on SQLite and on a real PostgreSQL: every write is one transaction with its audit event and outbox row
// (DESIGN.md "Every write is one transaction"); migrations and the schema-version guard.
#include "TestDatabase.h"

#include "storage/Migrator.h"
#include "storage/WriteTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

class TestWriteTransaction : public QObject
{
    Q_OBJECT

private:
    // What sync will see of a change: the outbox row on a laptop's SQLite, the change log on the centre.
    static int syncEntries(Database* db, const QString& id, const QString& op)
    {
        return db->isSqlite()
                   ? count(db, u"SELECT COUNT(*) FROM sync_outbox WHERE row_id = ? AND op = ?"_s, {id, op})
                   : count(db, u"SELECT COUNT(*) FROM sync_change WHERE row_id = ?::uuid"_s, {id}) > 0 ? 1 : 0;
    }

    static int count(Database* db, const QString& sql, const QVariantList& binds = {})
    {
        QSqlQuery q = db->prepare(sql);
        for (const QVariant& b : binds)
            q.addBindValue(b);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toInt();
    }
    static QVariantMap kind(const QString& code)
    {
        return {{u"code"_s, code}, {u"name_kk"_s, u"Әлеуметтік мәртебе"_s}, {u"name_ru"_s, u"Социальный статус"_s},
                {u"hierarchical"_s, false}, {u"sort_order"_s, 1}};
    }

private slots:
    void insert_writesRowAuditAndOutbox_data() { ARMCPG_BACKEND_DATA(); }
    void insert_writesRowAuditAndOutbox()
    {
        ARMCPG_OPEN_BACKEND(t);
        FixedClock clock(QDateTime(QDate(2026, 3, 23), QTime(9, 15), Qt::UTC));
        t->setClock(&clock);
        WriteTransaction tx(*t.db(), {u"0190a0a0-0000-7000-8000-000000000001"_s, u"admin"_s});
        QVERIFY2(tx.isOpen(), qPrintable(tx.error()));
        const QString id = tx.insert(u"directory_kind"_s, kind(u"social_status"_s));
        QVERIFY2(!id.isEmpty(), qPrintable(tx.error()));
        QVERIFY2(tx.commit(), qPrintable(tx.error()));

        QSqlQuery q = t->prepare(u"SELECT name_kk, name_ru, version, hlc, origin_device, deleted, created_at, created_by "
                                 "FROM directory_kind WHERE id = ?"_s);
        q.addBindValue(id);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), u"Әлеуметтік мәртебе"_s); // Kazakh letters round-trip
        QCOMPARE(q.value(1).toString(), u"Социальный статус"_s);
        QCOMPARE(q.value(2).toInt(), 1);
        QVERIFY(q.value(3).toString().endsWith(t->deviceId()));
        QCOMPARE(q.value(4).toString(), t->deviceId());
        QCOMPARE(q.value(5).toBool(), false);
        QCOMPARE(q.value(6).toDateTime().toUTC(), clock.now());
        QCOMPARE(q.value(7).toString(), u"0190a0a0-0000-7000-8000-000000000001"_s);

        QSqlQuery audit = t->prepare(u"SELECT action, user_login, changes FROM audit_event WHERE entity_id = ?"_s);
        audit.addBindValue(id);
        QVERIFY(audit.exec() && audit.next());
        QCOMPARE(audit.value(0).toString(), u"insert"_s);
        QCOMPARE(audit.value(1).toString(), u"admin"_s);
        const QJsonObject changes = QJsonDocument::fromJson(audit.value(2).toString().toUtf8()).object();
        QCOMPARE(changes.value(u"name_kk"_s).toArray().at(1).toString(), u"Әлеуметтік мәртебе"_s);
        QVERIFY(changes.value(u"name_kk"_s).toArray().at(0).isNull());

        QCOMPARE(syncEntries(t.db(), id, u"PUT"_s), 1);
    }

    void update_recordsEachFieldOldToNew_data() { ARMCPG_BACKEND_DATA(); }
    void update_recordsEachFieldOldToNew()
    {
        ARMCPG_OPEN_BACKEND(t);
        QString id;
        {
            WriteTransaction tx(*t.db(), {});
            id = tx.insert(u"directory_kind"_s, kind(u"position"_s));
            QVERIFY(tx.commit());
        }
        WriteTransaction tx(*t.db(), {u""_s, u"editor"_s});
        // Same values are not a change; a changed name and flag are.
        QVERIFY(tx.update(u"directory_kind"_s, id, {{u"name_ru"_s, u"Должность"_s}, {u"hierarchical"_s, true},
                                                    {u"sort_order"_s, 1}}, 1));
        QVERIFY2(tx.commit(), qPrintable(tx.error()));
        QSqlQuery audit = t->prepare(u"SELECT changes FROM audit_event WHERE entity_id = ? AND action = 'update'"_s);
        audit.addBindValue(id);
        QVERIFY(audit.exec() && audit.next());
        const QJsonObject changes = QJsonDocument::fromJson(audit.value(0).toString().toUtf8()).object();
        QCOMPARE(changes.keys(), QStringList({u"hierarchical"_s, u"name_ru"_s}));
        QCOMPARE(changes.value(u"name_ru"_s).toArray().at(0).toString(), u"Социальный статус"_s);
        QCOMPARE(changes.value(u"name_ru"_s).toArray().at(1).toString(), u"Должность"_s);
        QCOMPARE(count(t.db(), u"SELECT version FROM directory_kind WHERE id = ?"_s, {id}), 2);
        QCOMPARE(syncEntries(t.db(), id, u"PATCH"_s), 1);
        if (t->isSqlite()) { // the values the change replaced go with it: the centre finds edits made on both sides
            QSqlQuery outbox = t->prepare(u"SELECT old_values FROM sync_outbox WHERE row_id = ? AND op = 'PATCH'"_s);
            outbox.addBindValue(id);
            QVERIFY(outbox.exec() && outbox.next());
            const QJsonObject old = QJsonDocument::fromJson(outbox.value(0).toString().toUtf8()).object();
            QCOMPARE(old.value(u"name_ru"_s).toString(), u"Социальный статус"_s);
            QVERIFY(old.contains(u"hierarchical"_s));
        }

        // Writing the same values again changes nothing, not even the version.
        WriteTransaction again(*t.db(), {});
        QVERIFY(again.update(u"directory_kind"_s, id, {{u"name_ru"_s, u"Должность"_s}, {u"hierarchical"_s, true}}));
        QVERIFY(again.commit());
        QCOMPARE(count(t.db(), u"SELECT version FROM directory_kind WHERE id = ?"_s, {id}), 2);
    }

    void update_staleVersionIsRefused_data() { ARMCPG_BACKEND_DATA(); }
    void update_staleVersionIsRefused()
    {
        ARMCPG_OPEN_BACKEND(t);
        WriteTransaction tx(*t.db(), {});
        const QString id = tx.insert(u"directory_kind"_s, kind(u"topic"_s));
        QVERIFY(tx.update(u"directory_kind"_s, id, {{u"name_ru"_s, u"Характер вопроса"_s}}, 1));
        QVERIFY(!tx.update(u"directory_kind"_s, id, {{u"name_ru"_s, u"Другое"_s}}, 1));
        QVERIFY(tx.error().contains(u"changed by someone else"_s));
        QVERIFY(!tx.commit()); // a failed step leaves nothing behind
        QCOMPARE(count(t.db(), u"SELECT COUNT(*) FROM directory_kind"_s), 0);
        QCOMPARE(count(t.db(), u"SELECT COUNT(*) FROM audit_event"_s), 0);
        QCOMPARE(count(t.db(), u"SELECT COUNT(*) FROM sync_outbox"_s), 0);
    }

    void failedStatement_rollsBackEverything_data() { ARMCPG_BACKEND_DATA(); }
    void failedStatement_rollsBackEverything()
    {
        ARMCPG_OPEN_BACKEND(t);
        WriteTransaction tx(*t.db(), {});
        QVERIFY(!tx.insert(u"directory_kind"_s, kind(u"age_group"_s)).isEmpty());
        QVERIFY(tx.insert(u"directory_kind"_s, kind(u"age_group"_s)).isEmpty()); // UNIQUE(code)
        QVERIFY(!tx.error().isEmpty());
        QVERIFY(!tx.commit());
        QCOMPARE(count(t.db(), u"SELECT COUNT(*) FROM directory_kind"_s), 0);
        QCOMPARE(count(t.db(), u"SELECT COUNT(*) FROM audit_event"_s), 0);
    }

    void softDelete_keepsTombstone_data() { ARMCPG_BACKEND_DATA(); }
    void softDelete_keepsTombstone()
    {
        ARMCPG_OPEN_BACKEND(t);
        WriteTransaction tx(*t.db(), {});
        const QString id = tx.insert(u"directory_kind"_s, kind(u"nationality"_s));
        QVERIFY(tx.remove(u"directory_kind"_s, id));
        QVERIFY(tx.commit());
        QCOMPARE(count(t.db(), u"SELECT COUNT(*) FROM directory_kind WHERE id = ? AND deleted = ?"_s, {id, true}), 1);
        QCOMPARE(syncEntries(t.db(), id, u"DELETE"_s), 1);
        QCOMPARE(count(t.db(), u"SELECT COUNT(*) FROM audit_event WHERE entity_id = ? AND action = 'delete'"_s, {id}), 1);
    }

    void hlc_isMonotonicAcrossConnections_data() { ARMCPG_BACKEND_DATA(); }
    void hlc_isMonotonicAcrossConnections()
    {
        ARMCPG_OPEN_BACKEND(t);
        // A clock that goes backwards (a laptop whose time was corrected) must not reorder events.
        FixedClock clock(QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC));
        t->setClock(&clock);
        QStringList hlcs;
        for (int i = 0; i < 3; ++i) {
            WriteTransaction tx(*t.db(), {});
            QVERIFY(!tx.insert(u"app_setting"_s, {{u"key"_s, u"k%1"_s.arg(i)}, {u"value"_s, u"v"_s}}).isEmpty());
            QVERIFY(tx.commit());
            clock.advanceMs(-86400000); // a day back each time
        }
        QSqlQuery q = t->prepare(u"SELECT hlc FROM app_setting ORDER BY key"_s);
        QVERIFY(q.exec());
        while (q.next())
            hlcs << q.value(0).toString();
        QCOMPARE(hlcs.size(), 3);
        QVERIFY(hlcs[0] < hlcs[1] && hlcs[1] < hlcs[2]);
    }

    void migrate_isIdempotentAndRefusesNewerDatabase_data() { ARMCPG_BACKEND_DATA(); }
    void migrate_isIdempotentAndRefusesNewerDatabase()
    {
        ARMCPG_OPEN_BACKEND(t);
        Migrator migrator(*t.db());
        QVERIFY(migrator.latestVersion() >= 1);
        QCOMPARE(migrator.currentVersion(), migrator.latestVersion());
        Problems problems;
        QVERIFY(migrator.migrate(&problems)); // nothing to do the second time
        QVERIFY(problems.isEmpty());
        QVERIFY(t->exec(u"INSERT INTO schema_version (version, name, applied_at, program_version) "
                        "VALUES (9999, 'future', '2030-01-01T00:00:00Z', '9.9')"_s));
        QVERIFY(!migrator.migrate(&problems));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().message.contains(u"newer than this program"_s), qPrintable(problems.first().message));
        QVERIFY(problems.first().message.contains(u"9999"_s));
    }

    void transactionsDoNotNest_data() { ARMCPG_BACKEND_DATA(); }
    void transactionsDoNotNest()
    {
        ARMCPG_OPEN_BACKEND(t);
        WriteTransaction outer(*t.db(), {});
        QVERIFY(outer.isOpen());
        const QString id = outer.insert(u"app_setting"_s, {{u"key"_s, u"outer"_s}, {u"value"_s, u"1"_s}});
        {
            WriteTransaction inner(*t.db(), {});
            QVERIFY(!inner.isOpen());
            QVERIFY(inner.error().contains(u"already open"_s));
        }
        QVERIFY(t->inTransaction()); // the outer one is intact and still commits whole
        QVERIFY2(outer.commit(), qPrintable(outer.error()));
        QCOMPARE(count(t.db(), u"SELECT COUNT(*) FROM app_setting WHERE id = ?"_s, {id}), 1);
    }

    void migrate_withoutMigrationsIsAnError()
    {
        TestDatabase t(TestDatabase::Backend::Sqlite, false);
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        QTemporaryDir empty;
        Problems problems;
        QVERIFY(!Migrator(*t.db(), empty.path()).migrate(&problems));
        QVERIFY(problems.first().message.contains(u"no migrations"_s));
    }

    void sqlite_durabilitySettings()
    {
        TestDatabase t(TestDatabase::Backend::Sqlite);
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        QSqlQuery q(t->sql());
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        QVERIFY(q.exec(u"PRAGMA synchronous"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
        QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(u"PRAGMA busy_timeout"_s) && q.next());
        QVERIFY(q.value(0).toInt() >= 5000);
    }

    void deviceIdentity_persistsInSqliteFile()
    {
        TestDatabase t(TestDatabase::Backend::Sqlite);
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        const QString device = t->deviceId();
        QVERIFY(!QUuid(device).isNull());
        QString error;
        QVERIFY(t->setDeviceIdentity(device, u"P71"_s, &error));
        auto other = t.openAnother();
        QVERIFY(other);
        QCOMPARE(other->deviceId(), device);
        QCOMPARE(other->organisationCode(), u"P71"_s);
        QVERIFY(!t->setDeviceIdentity(u"not-a-uuid"_s, u"P71"_s, &error));
        QVERIFY(error.contains(u"not-a-uuid"_s));
    }
};

QTEST_GUILESS_MAIN(TestWriteTransaction)
#include "tst_writetransaction.moc"
