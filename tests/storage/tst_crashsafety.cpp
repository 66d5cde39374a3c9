// A writer killed with SIGKILL in the middle of a stream of writes, again and again (DESIGN.md: "A save that
// returned success survives a crash"): never a half-written record, never a change without its audit event or
// outbox row, and every write reported as committed is there. On SQLite and on a real PostgreSQL.
#include "TestDatabase.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void sigkillInStreamOfWrites_data() { ARMCPG_BACKEND_DATA(); }
    void sigkillInStreamOfWrites()
    {
        QFETCH(int, backend);
        TestDatabase t{TestDatabase::Backend(backend)};
        QVERIFY2(t.isValid(), qPrintable(t.error()));

        QSet<QString> committed;
        QRandomGenerator random(20261121);
        const int rounds = 25;
        for (int round = 0; round < rounds; ++round) {
            QProcess writer;
            writer.setProcessChannelMode(QProcess::SeparateChannels);
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            writer.setProcessEnvironment(env);
            writer.start(QStringLiteral(ARMCPG_CLI_PATH), {u"stress"_s, u"write"_s, u"--count"_s, u"1000000"_s,
                                                           u"--db"_s, t.url()});
            QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
            // Let it commit a random number of writes, then kill it wherever it is.
            const int wanted = int(random.bounded(1, 40));
            QByteArray output;
            QElapsedTimer timer;
            timer.start();
            while (output.count('\n') < wanted && timer.elapsed() < 20000 && writer.state() == QProcess::Running) {
                writer.waitForReadyRead(50);
                output += writer.readAllStandardOutput();
            }
            QTest::qWait(int(random.bounded(0, 15)));
            writer.kill(); // SIGKILL
            QVERIFY(writer.waitForFinished(10000));
            output += writer.readAllStandardOutput();
            QVERIFY2(output.count('\n') >= 1, qPrintable(QString::fromUtf8(writer.readAllStandardError())));
            for (const QByteArray& line : output.split('\n')) {
                if (line.startsWith("committed "))
                    committed.insert(QString::fromUtf8(line.mid(10)).trimmed());
            }
        }
        QVERIFY(committed.size() >= rounds);

        auto rows = [&](const QString& sql) {
            QStringList result;
            QSqlQuery q(t->sql());
            if (!q.exec(sql))
                return QStringList{u"error: "_s + Database::errorText(q)};
            while (q.next())
                result << q.value(0).toString();
            return result;
        };
        // Every write reported as committed is there, with both of its steps (insert then update).
        const QStringList all = rows(u"SELECT id FROM app_setting WHERE key LIKE 'stress.%'"_s);
        const QSet<QString> present(all.cbegin(), all.cend());
        for (const QString& id : committed)
            QVERIFY2(present.contains(id), qPrintable(u"committed write %1 is missing"_s.arg(id)));
        // No half-written transaction: every row went through both steps.
        QCOMPARE(rows(u"SELECT id FROM app_setting WHERE key LIKE 'stress.%' AND version <> 2"_s), QStringList());
        // Every change has its audit event and its entry for sync (the outbox on SQLite, the change log on the
        // centre), and nothing else was written.
        const QString changes = t->isSqlite() ? u"sync_outbox"_s : u"sync_change"_s;
        QCOMPARE(rows(u"SELECT s.id FROM app_setting s WHERE (SELECT COUNT(*) FROM audit_event a "
                      "WHERE a.entity_id = s.id) <> 2"_s),
                 QStringList());
        QCOMPARE(rows(u"SELECT s.id FROM app_setting s WHERE (SELECT COUNT(*) FROM %1 o "
                      "WHERE o.row_id = s.id) <> 2"_s.arg(changes)),
                 QStringList());
        QCOMPARE(rows(u"SELECT COUNT(*) FROM audit_event a WHERE NOT EXISTS "
                      "(SELECT 1 FROM app_setting s WHERE s.id = a.entity_id)"_s),
                 QStringList{u"0"_s});
        QCOMPARE(rows(u"SELECT COUNT(*) FROM %1 o WHERE NOT EXISTS "
                      "(SELECT 1 FROM app_setting s WHERE s.id = o.row_id)"_s.arg(changes)),
                 QStringList{u"0"_s});
        // Kazakh and Russian text survived.
        QCOMPARE(rows(u"SELECT COUNT(*) FROM app_setting WHERE value NOT LIKE 'Өзгертілді % — изменено'"_s),
                 QStringList{u"0"_s});
        if (t->isSqlite())
            QCOMPARE(rows(u"PRAGMA integrity_check"_s), QStringList{u"ok"_s});
        qInfo("%d rounds, %d committed writes verified, %d rows present", rounds, int(committed.size()),
              int(present.size()));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
