// Files stored with an appeal (issue 6 "attachments (scans stored with the record)"), on SQLite and PostgreSQL:
// a round trip of bytes and of a file under a Kazakh name, size, SHA-256 and type kept; empty and over-size files
// refused naming the file; removal leaves a tombstone.
#include "TestDatabase.h"

#include "appeal/AppealAttachments.h"
#include "appeal/AppealService.h"
#include "common/Clock.h"
#include "security/Session.h"
#include "setup/Setup.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

class TestAppealAttachments : public QObject
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
    Session registrar = user(u"00000000-0000-4000-8000-0000000000d1"_s, u"registrar"_s, {Role::Operator});
    Session admin = user(u"00000000-0000-4000-8000-0000000000d2"_s, u"admin"_s, {Role::Administrator});

    Appeal registered(Database& db)
    {
        Appeal a;
        a.receivedOn = QDate(2025, 11, 20);
        a.kindCode = u"statement"_s;
        a.regimeCode = u"appk_administrative"_s;
        a.formCode = u"paper"_s;
        a.channelCode = u"paper"_s;
        a.applicantName = u"Сәрсенбаева Гүлнар"_s;
        a.essence = u"Шағым"_s;
        Problems problems;
        if (!AppealService(db).registerAppeal(registrar, &a, &problems))
            qWarning("%s", qPrintable(describe(problems)));
        return a;
    }

private slots:
    void roundTrip_kazakhNames_data() { ARMCPG_BACKEND_DATA(); }
    void roundTrip_kazakhNames()
    {
        ARMCPG_OPEN_BACKEND(t);
        t->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        const Appeal a = registered(*t.db());
        QVERIFY(!a.id.isEmpty());
        AppealAttachments files(*t.db());

        // Bytes under a Kazakh name; every byte value, so that nothing is lost on the way (base64).
        QByteArray scan = QByteArrayLiteral("%PDF-1.4\n");
        for (int i = 0; i < 4096; ++i)
            scan.append(char(i % 256));
        const QString scanName = u"Өтініш көшірмесі (қолхат).pdf"_s;
        const QString scanId = files.add(registrar, a.id, scanName, scan, u"Арыздың көшірмесі"_s, &problems);
        QVERIFY2(!scanId.isEmpty(), qPrintable(describe(problems)));

        // A file from disk, its name from the path.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"Қосымша құжат — түсініктеме.txt"_s);
        const QByteArray text = u"Түсініктеме: Әкімдік жауап бермеді.\n"_s.toUtf8();
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        }
        const QString textId = files.addFile(registrar, a.id, path, {}, &problems);
        QVERIFY2(!textId.isEmpty(), qPrintable(describe(problems)));

        const QList<AppealAttachment> list = files.list(a.id);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].id, scanId);
        QCOMPARE(list[0].fileName, scanName);
        QCOMPARE(list[0].mimeType, u"application/pdf"_s);
        QCOMPARE(list[0].sizeBytes, qint64(scan.size()));
        QCOMPARE(list[0].sha256,
                 QString::fromLatin1(QCryptographicHash::hash(scan, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(list[0].description, u"Арыздың көшірмесі"_s);
        QCOMPARE(list[0].appealId, a.id);
        QCOMPARE(list[1].fileName, u"Қосымша құжат — түсініктеме.txt"_s);
        QCOMPARE(list[1].mimeType, u"text/plain"_s);
        QCOMPARE(files.content(scanId).value_or(QByteArray()), scan);
        QCOMPARE(files.content(textId).value_or(QByteArray()), text);

        // Removal: a tombstone, not listed, no content; only a registrar removes.
        QVERIFY(!files.remove(admin, scanId, &problems));
        problems.clear();
        QVERIFY2(files.remove(registrar, scanId, &problems), qPrintable(describe(problems)));
        QCOMPARE(files.list(a.id).size(), 1);
        QVERIFY(!files.content(scanId));
        QVERIFY(!files.remove(registrar, scanId, &problems));
        problems.clear();
        QSqlQuery q = t->prepare(u"SELECT deleted FROM appeal_attachment WHERE id = ?"_s);
        q.addBindValue(scanId);
        QVERIFY(q.exec() && q.next());
        QVERIFY(q.value(0).toString() == u"1" || q.value(0).toString() == u"true" || q.value(0).toBool());
    }

    // Refusals name the file and what is wrong: empty, over 20 MB, no appeal, no role.
    void refusals_nameTheFile_data() { ARMCPG_BACKEND_DATA(); }
    void refusals_nameTheFile()
    {
        ARMCPG_OPEN_BACKEND(t);
        t->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        const Appeal a = registered(*t.db());
        AppealAttachments files(*t.db());

        QVERIFY(files.add(registrar, a.id, u"бос.pdf"_s, {}, {}, &problems).isEmpty());
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0].field, AppealAttachments::tr("File"));
        QVERIFY(problems[0].message.contains(u"бос.pdf"_s));
        problems.clear();

        const QByteArray big(int(AppealAttachments::kMaxBytes + 1), 'x');
        QVERIFY(files.add(registrar, a.id, u"үлкен скан.tiff"_s, big, {}, &problems).isEmpty());
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems[0].message.contains(u"үлкен скан.tiff"_s));
        QVERIFY(problems[0].message.contains(u"20.0"_s));
        problems.clear();
        QVERIFY(files.addFile(registrar, a.id, u"/nonexistent/жоқ.pdf"_s, {}, &problems).isEmpty());
        QVERIFY(problems.value(0).message.contains(u"жоқ.pdf"_s));
        problems.clear();
        QVERIFY(files.add(registrar, u"00000000-0000-4000-8000-000000000000"_s, u"a.pdf"_s, "x", {}, &problems).isEmpty());
        problems.clear();
        QVERIFY(files.add(admin, a.id, u"a.pdf"_s, "x", {}, &problems).isEmpty());
        QVERIFY(files.list(a.id).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAppealAttachments)
#include "tst_appealattachments.moc"
