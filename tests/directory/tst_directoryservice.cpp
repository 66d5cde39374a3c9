// The generic справочник mechanism on SQLite and PostgreSQL: validation, editing, CSV import (all or nothing,
// every bad row named by line and field), export, the statistics bureau's KATO file, permissions.
#include "TestDatabase.h"

#include "directory/DirectoryService.h"
#include "security/Session.h"
#include "storage/WriteTransaction.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

class TestDirectoryService : public QObject
{
    Q_OBJECT

    Session admin = Session::program(u"test"_s);

    static void addKind(Database* db, const QString& code, bool tree)
    {
        WriteTransaction tx(*db, {});
        DirectoryRepository(*db).insertKind(tx, {{}, code, u"Тест"_s, u"Тест"_s, u"Test"_s, tree, {}, 0});
        QVERIFY2(tx.commit(), qPrintable(tx.error()));
    }

    static Session operatorSession()
    {
        UserAccount u;
        u.id = u"0190a0a0-0000-7000-8000-0000000000aa"_s;
        u.login = u"operator"_s;
        u.roles = {Role::Operator};
        return Session(u);
    }

private slots:
    void importCsv_insertsUpdatesAndKeepsKazakhText_data() { ARMCPG_BACKEND_DATA(); }
    void importCsv_insertsUpdatesAndKeepsKazakhText()
    {
        ARMCPG_OPEN_BACKEND(t);
        addKind(t.db(), u"topic"_s, true);
        DirectoryService service(*t.db());
        const QByteArray csv = "code,parent,name_kk,name_ru,name_en,valid_from,valid_to,sort,source,attributes\n"
                               "01,,Әлеуметтік сала,Социальная сфера,Social sphere,,,1,004 гл.2,\n"
                               "01.01,01,\"Еңбек, жұмыспен қамту\",\"Труд, занятость\",Labour,2023-01-01,,2,004 п.30,"
                               "not_from_source=1\n";
        DirectoryService::ImportResult result;
        Problems problems;
        QVERIFY2(service.importCsv(admin, u"topic"_s, csv, &result, &problems), qPrintable(describe(problems)));
        QCOMPARE(result.inserted, 2);
        const auto child = service.repository().entry(u"topic"_s, u"01.01"_s);
        QVERIFY(child);
        QCOMPARE(child->nameKk, u"Еңбек, жұмыспен қамту"_s);
        QCOMPARE(child->parentCode, u"01"_s);
        QCOMPARE(child->validFrom, QDate(2023, 1, 1));
        QCOMPARE(child->attributes.value(u"not_from_source"_s), u"1"_s);

        // The same file again changes nothing; a changed name updates one entry.
        QVERIFY(service.importCsv(admin, u"topic"_s, csv, &result, &problems));
        QCOMPARE(result.unchanged, 2);
        QByteArray changed = csv;
        changed.replace("Social sphere", "Social affairs");
        QVERIFY(service.importCsv(admin, u"topic"_s, changed, &result, &problems));
        QCOMPARE(result.updated, 1);
        QCOMPARE(result.unchanged, 1);

        // Export and re-import round-trips.
        const QByteArray exported = service.exportCsv(u"topic"_s);
        QVERIFY(exported.contains("\"Еңбек, жұмыспен қамту\""));
        QVERIFY(service.importCsv(admin, u"topic"_s, exported, &result, &problems));
        QCOMPARE(result.unchanged, 2);
    }

    void importCsv_badRowsAreEachReportedAndNothingIsImported_data() { ARMCPG_BACKEND_DATA(); }
    void importCsv_badRowsAreEachReportedAndNothingIsImported()
    {
        ARMCPG_OPEN_BACKEND(t);
        addKind(t.db(), u"social_status"_s, false);
        DirectoryService service(*t.db());
        const QByteArray csv = "code,parent,name_kk,name_ru,name_en,valid_from,valid_to,sort,source,attributes\n"
                               "01,,Жұмысшы,Рабочий,Worker,,,1,,\n"              // line 2: fine
                               "02,,Зейнеткер,,Pensioner,,,2,,\n"                // line 3: no Russian name
                               "03,,Студент,Студент,Student,2024-02-30,,3,,\n"   // line 4: impossible date
                               "01,,Қайталау,Повтор,Again,,,4,,\n"               // line 5: duplicate code
                               "04,99,Бала,Ребёнок,Child,,,5,,\n"                // line 6: no such parent
                               "05,,Әскери,Военнослужащий,Military,2025-01-01,2024-01-01,x,,\n"; // line 7: dates, sort
        Problems problems;
        QVERIFY(!service.importCsv(admin, u"social_status"_s, csv, nullptr, &problems));
        QCOMPARE(service.repository().count(u"social_status"_s), 0); // not half-imported
        auto has = [&](int line, const QString& field) {
            for (const Problem& p : problems) {
                if (p.line == line && p.field == field)
                    return true;
            }
            return false;
        };
        QVERIFY2(has(3, u"name (Russian)"_s), qPrintable(describe(problems)));
        QVERIFY2(has(4, u"valid_from"_s), qPrintable(describe(problems)));
        QVERIFY2(has(7, u"valid to"_s), qPrintable(describe(problems)));
        QVERIFY2(has(7, u"sort"_s), qPrintable(describe(problems)));
        // Duplicates and parents are checked once each row is valid on its own.
        Problems second;
        const QByteArray cross = "code,name_kk,name_ru,parent\n01,А,Б,\n01,В,Г,\n02,Д,Е,99\n";
        QVERIFY(!service.importCsv(admin, u"social_status"_s, cross, nullptr, &second));
        QCOMPARE(second.size(), 2);
        QCOMPARE(second[0].line, 3);
        QVERIFY(second[0].message.contains(u"line 2"_s));
        QCOMPARE(second[1].line, 4);
        QCOMPARE(second[1].field, u"parent"_s);
        QCOMPARE(service.repository().count(u"social_status"_s), 0);

        Problems ragged;
        QVERIFY(!service.importCsv(admin, u"social_status"_s, "code,name_kk,name_ru\n01,А\n", nullptr, &ragged));
        QCOMPARE(ragged.size(), 1);
        QCOMPARE(ragged.first().line, 2);
    }

    void importKato_statisticsBureauFormat_data() { ARMCPG_BACKEND_DATA(); }
    void importKato_statisticsBureauFormat()
    {
        ARMCPG_OPEN_BACKEND(t);
        addKind(t.db(), u"kato"_s, true);
        DirectoryService service(*t.db());
        const QByteArray file = "te;ab;cd;ef;hij;k;name_kaz;name_rus;nn\n"
                                "110000000;11;00;00;000;1;Ақмола облысы;Акмолинская область;1\n"
                                "111000000;11;10;00;000;2;Көкшетау Қ.Ә.;Кокшетау Г.А.;2\n"
                                "111010000;11;10;10;000;3;Көкшетау қ.;г.Кокшетау;3\n"
                                "111033100;11;10;33;100;4;Красный Яр а.;с.Красный Яр;4\n";
        DirectoryService::ImportResult result;
        Problems problems;
        QVERIFY2(service.importKato(admin, file, &result, &problems), qPrintable(describe(problems)));
        QCOMPARE(result.inserted, 4);
        const auto village = service.repository().entry(u"kato"_s, u"111033100"_s);
        QVERIFY(village);
        // 111033000 is not in the file: the settlement hangs under the nearest ancestor present.
        QCOMPARE(village->parentCode, u"111000000"_s);
        QCOMPARE(service.repository().entry(u"kato"_s, u"111010000"_s)->parentCode, u"111000000"_s);
        QCOMPARE(village->nameKk, u"Красный Яр а."_s);
        QCOMPARE(village->attributes.value(u"level"_s), u"4"_s);

        // A newer file without the village closes it instead of deleting it (old records keep their code).
        QByteArray newer = file;
        newer.chop(newer.size() - newer.lastIndexOf("111033100"));
        QVERIFY(service.importKato(admin, newer, &result, &problems));
        QCOMPARE(result.closed, 1);
        QVERIFY(service.repository().entry(u"kato"_s, u"111033100"_s)->validTo.isValid());

        Problems bad;
        QVERIFY(!service.importKato(admin, "te;name_kaz;name_rus\n1.11E+08;А;Б\n991000000;В;Г\n", nullptr, &bad));
        QVERIFY2(bad.size() >= 2, qPrintable(describe(bad)));
        QCOMPARE(bad.first().line, 2);
        QCOMPARE(bad.first().field, u"te"_s);
        QCOMPARE(bad.last().line, 3);
    }

    void save_validatesAndRequiresAdministrator_data() { ARMCPG_BACKEND_DATA(); }
    void save_validatesAndRequiresAdministrator()
    {
        ARMCPG_OPEN_BACKEND(t);
        addKind(t.db(), u"position"_s, false);
        DirectoryService service(*t.db());
        DirectoryEntry e;
        e.kind = u"position"_s;
        e.code = u"prosecutor"_s;
        e.nameKk = u"Прокурор"_s;
        e.nameRu = u"Прокурор"_s;
        Problems problems;
        QVERIFY(!service.save(operatorSession(), e, &problems));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().message.contains(u"Administrator"_s));
        problems.clear();
        QVERIFY2(service.save(admin, e, &problems), qPrintable(describe(problems)));
        QVERIFY(!service.save(admin, e, &problems)); // the code is taken
        QCOMPARE(problems.last().field, u"code"_s);

        auto stored = service.repository().entry(u"position"_s, u"prosecutor"_s);
        QVERIFY(stored);
        stored->nameEn = u"Prosecutor"_s;
        problems.clear();
        QVERIFY2(service.save(admin, *stored, &problems), qPrintable(describe(problems)));
        QCOMPARE(service.repository().entry(u"position"_s, u"prosecutor"_s)->version, 2);
        QVERIFY(!service.save(admin, *stored, &problems)); // stale version: someone changed it meanwhile

        QVERIFY2(service.remove(admin, u"position"_s, u"prosecutor"_s, &problems), qPrintable(describe(problems)));
        QVERIFY(!service.repository().exists(u"position"_s, u"prosecutor"_s));
        QVERIFY(service.repository().entryIncludingDeleted(u"position"_s, u"prosecutor"_s)->deleted);

        // Adding the code again brings the tombstone back with its history, instead of failing on the unique key.
        DirectoryEntry again = e;
        again.nameEn = u"Prosecutor (restored)"_s;
        problems.clear();
        QVERIFY2(service.save(admin, again, &problems), qPrintable(describe(problems)));
        const auto restored = service.repository().entry(u"position"_s, u"prosecutor"_s);
        QVERIFY(restored);
        QCOMPARE(restored->id, stored->id);
        QCOMPARE(restored->nameEn, u"Prosecutor (restored)"_s);
        QVERIFY(restored->version > 3);
        // And so does an import.
        QVERIFY(service.remove(admin, u"position"_s, u"prosecutor"_s, &problems));
        DirectoryService::ImportResult result;
        QVERIFY2(service.importCsv(admin, u"position"_s, "code,name_kk,name_ru\nprosecutor,Прокурор,Прокурор\n", &result,
                                   &problems),
                 qPrintable(describe(problems)));
        QCOMPARE(result.updated, 1);
        QVERIFY(service.repository().exists(u"position"_s, u"prosecutor"_s));
    }

    void codesAreFixedAndTreesHaveNoCycles_data() { ARMCPG_BACKEND_DATA(); }
    void codesAreFixedAndTreesHaveNoCycles()
    {
        ARMCPG_OPEN_BACKEND(t);
        addKind(t.db(), u"topic"_s, true);
        DirectoryService service(*t.db());
        Problems problems;
        QVERIFY(service.importCsv(admin, u"topic"_s, "code,parent,name_kk,name_ru\n01,,А,Б\n01.01,01,В,Г\n", nullptr,
                                  &problems));
        // The code of a stored entry never changes (records and the sync key refer to it).
        auto child = *service.repository().entry(u"topic"_s, u"01.01"_s);
        child.code = u"01.02"_s;
        QVERIFY(!service.save(admin, child, &problems));
        QCOMPARE(problems.last().field, u"code"_s);
        // An entry cannot go under its own descendant, by hand or by import.
        auto top = *service.repository().entry(u"topic"_s, u"01"_s);
        top.parentCode = u"01.01"_s;
        problems.clear();
        QVERIFY(!service.save(admin, top, &problems));
        QCOMPARE(problems.last().field, u"parent"_s);
        problems.clear();
        QVERIFY(!service.importCsv(admin, u"topic"_s, "code,parent,name_kk,name_ru\n01,01.01,А,Б\n", nullptr, &problems));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().line, 2);
        QVERIFY(service.repository().entry(u"topic"_s, u"01"_s)->parentCode.isEmpty());
    }

    void stableIds_sameEntryIsOneRowOnEveryDevice()
    {
        // Two devices seeding or adding the same entry give it the same key: sync sees one row, not two.
        TestDatabase a(TestDatabase::Backend::Sqlite);
        TestDatabase b(TestDatabase::Backend::Sqlite);
        QVERIFY(a.isValid() && b.isValid());
        QVERIFY(a->deviceId() != b->deviceId());
        for (TestDatabase* t : {&a, &b}) {
            addKind(t->db(), u"topic"_s, true);
            Problems problems;
            QVERIFY(DirectoryService(*t->db()).importCsv(admin, u"topic"_s, "code,name_kk,name_ru\n01,Еңбек,Труд\n",
                                                          nullptr, &problems));
        }
        const auto ea = DirectoryRepository(*a.db()).entry(u"topic"_s, u"01"_s);
        const auto eb = DirectoryRepository(*b.db()).entry(u"topic"_s, u"01"_s);
        QVERIFY(ea && eb);
        QCOMPARE(ea->id, eb->id);
        QCOMPARE(QUuid(ea->id).version(), QUuid::Sha1);
        QCOMPARE(DirectoryRepository(*a.db()).kind(u"topic"_s)->id, DirectoryRepository(*b.db()).kind(u"topic"_s)->id);
    }
};

QTEST_GUILESS_MAIN(TestDirectoryService)
#include "tst_directoryservice.moc"
