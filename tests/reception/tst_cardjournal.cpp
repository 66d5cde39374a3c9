// The reception journal (issue 3) on SQLite and on a real PostgreSQL: each filter narrows exactly, full text finds a
// word of a comment and a Kazakh surname, name prefixes ignore case for Cyrillic and Kazakh letters (and ё = е),
// soft-deleted cards disappear, paging returns every card once in order, SQL-looking text is only text. Also the
// generator of realistic cards, whose cards must pass the form's own validation.
#include "TestDatabase.h"

#include "identity/Iin.h"
#include "reception/CardGenerator.h"
#include "reception/CardJournal.h"
#include "reception/CardService.h"
#include "security/Session.h"
#include "setup/Setup.h"
#include "storage/WriteTransaction.h"

#include <QSet>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

using Filter = CardJournal::Filter;
using Column = CardJournal::Column;

class TestCardJournal : public QObject
{
    Q_OBJECT

private:
    static void seed(TestDatabase& t)
    {
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), false, &problems), qPrintable(describe(problems)));
        if (t->organisationCode().isEmpty())
            QVERIFY(t->setDeviceIdentity(t->deviceId(), Setup::demoOrganisation(*t.db())));
    }
    // A generated card with the given names and comment, saved through the form's service (validation included).
    static QString saveCard(Database& db, const QString& surname, const QString& given, const QString& comment = {},
                            quint32 seed = 1)
    {
        CardGenerator generator(db, seed);
        ReceptionCard card = generator.next();
        card.set("surname", surname);
        card.set("given_name", given);
        card.set("comment", comment);
        Problems problems;
        if (!CardService(db).save(Session::program(u"test"_s), &card, &problems))
            qWarning("%s", qPrintable(describe(problems)));
        return card.id;
    }
    static QSet<QString> ids(const QList<CardJournal::Row>& rows)
    {
        QSet<QString> result;
        for (const auto& r : rows)
            result.insert(r.id);
        return result;
    }
    static QList<CardJournal::Row> all(CardJournal& journal, const Filter& filter = {})
    {
        return journal.fetch(filter, {}, 0, 100000);
    }

private slots:
    void dialectMarkers_keepAStatementForOneDriver_data() { ARMCPG_BACKEND_DATA(); }
    void dialectMarkers_keepAStatementForOneDriver()
    {
        ARMCPG_OPEN_BACKEND(t);
        const bool lite = t->isSqlite();
        QCOMPARE(t->dialect(u"{{IF_SQLITE}} CREATE TABLE x (a {{BOOL}})"_s).isEmpty(), !lite);
        QCOMPARE(t->dialect(u"{{IF_PG}} CREATE TABLE x (a {{BOOL}})"_s).isEmpty(), lite);
        QCOMPARE(t->dialect(u"{{IF_PG}} CREATE TABLE x (a {{BOOL}})"_s),
                 lite ? QString() : u"CREATE TABLE x (a BOOLEAN)"_s);
        QCOMPARE(t->dialect(u"CREATE TABLE x (a {{BOOL}})"_s), lite ? u"CREATE TABLE x (a INTEGER)"_s : u"CREATE TABLE x (a BOOLEAN)"_s);
    }

    void generator_makesValidRealisticCards_data() { ARMCPG_BACKEND_DATA(); }
    void generator_makesValidRealisticCards()
    {
        ARMCPG_OPEN_BACKEND(t);
        seed(t);
        CardService service(*t.db());
        CardGenerator a(*t.db(), 42), b(*t.db(), 42);
        int notHeld = 0;
        for (int i = 0; i < 200; ++i) {
            const ReceptionCard card = a.next();
            QCOMPARE(b.next().values, card.values); // deterministic for a seed
            const Problems problems = service.validate(card);
            QVERIFY2(problems.isEmpty(), qPrintable(describe(problems) + u"\n"_s + card.fullName()));
            if (!card.text("iin").isEmpty())
                QVERIFY(Iin::check(card.text("iin")).valid);
            notHeld += card.isHeld() ? 0 : 1;
        }
        QVERIFY2(notHeld >= 8 && notHeld <= 35, qPrintable(QString::number(notHeld)));

        Problems problems;
        QCOMPARE(CardGenerator::generate(*t.db(), Session(), 5, 1, &problems), 0); // nobody: refused
        QVERIFY(!problems.isEmpty());
        problems.clear();
        CardGenerator::Options options;
        options.batchSize = 7;
        QCOMPARE(CardGenerator::generate(*t.db(), Session::program(u"test"_s), 20, 1, options, &problems), 20);
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
        CardJournal journal(*t.db());
        QCOMPARE(journal.count({}), 20);
        QSqlQuery q = t->prepare(u"SELECT COUNT(*) FROM audit_event WHERE entity = 'reception_card'"_s);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 20); // each with its audit event
    }

    void filters_eachNarrowExactly_data() { ARMCPG_BACKEND_DATA(); }
    void filters_eachNarrowExactly()
    {
        ARMCPG_OPEN_BACKEND(t);
        seed(t);
        Problems problems;
        CardGenerator::Options options;
        options.from = t->clock().today().addYears(-1);
        QCOMPARE(CardGenerator::generate(*t.db(), Session::program(u"test"_s), 300, 7, options, &problems), 300);
        CardJournal journal(*t.db());
        const QList<CardJournal::Row> rows = all(journal);
        QCOMPARE(rows.size(), 300);
        QCOMPARE(journal.count({}), 300);
        QCOMPARE(journal.count({}, 100), 101); // capped: "more than 100"

        auto check = [&](const Filter& filter, const std::function<bool(const CardJournal::Row&)>& passes, const char* what) {
            QSet<QString> expected;
            for (const auto& r : rows) {
                if (passes(r))
                    expected.insert(r.id);
            }
            // Both of SQLite's plans (sort the matches, or walk the order's index) give the same rows in the same order.
            CardJournal walking(*t.db());
            walking.setWalkThreshold(0);
            const auto walked = walking.fetch(filter, {}, 0, 100000);
            QVERIFY2(walking.lastError().isEmpty(), qPrintable(walking.lastError()));
            const auto got = all(journal, filter);
            QCOMPARE(walked.size(), got.size());
            for (int i = 0; i < got.size(); ++i)
                QCOMPARE(walked.at(i).id, got.at(i).id);
            QVERIFY2(journal.lastError().isEmpty(), qPrintable(journal.lastError()));
            QVERIFY2(!expected.isEmpty() && expected.size() < rows.size(), what);
            if (ids(got) != expected)
                qWarning("%s: %s", what, qPrintable(filter.official));
            QCOMPARE(ids(got), expected);
            QCOMPARE(got.size(), expected.size());
            QCOMPARE(journal.count(filter), int(expected.size()));
        };
        const CardJournal::Row& sample = rows.at(17);
        Filter f;
        f.from = sample.date.addDays(-30);
        f.to = sample.date;
        check(f, [&](const auto& r) { return r.date >= f.from && r.date <= f.to; }, "period");
        f = {};
        f.organisationCode = sample.organisationCode;
        check(f, [&](const auto& r) { return r.organisationCode == sample.organisationCode; }, "organisation");
        f = {};
        f.topicCode = sample.topicCode;
        check(f, [&](const auto& r) { return r.topicCode == sample.topicCode; }, "topic");
        const CardJournal::Row* held = nullptr;
        for (const auto& r : rows) {
            if (!r.notHeld && !held)
                held = &r;
        }
        f = {};
        f.decisionCode = held->decisionCode;
        check(f, [&](const auto& r) { return r.decisionCode == held->decisionCode; }, "decision");
        f = {};
        f.official = held->officialName.left(5);
        check(f, [&](const auto& r) { return r.officialName.startsWith(held->officialName.left(5)); }, "official");
        f.official = held->officialName.left(5).toLower(); // typed in lower case
        check(f, [&](const auto& r) { return r.officialName.startsWith(held->officialName.left(5)); }, "official, lower case");
        f = {};
        f.notHeldOnly = true;
        check(f, [&](const auto& r) { return r.notHeld; }, "not held");
        const CardJournal::Row* withIin = nullptr;
        for (const auto& r : rows) {
            if (!r.iin.isEmpty() && !withIin)
                withIin = &r;
        }
        f = {};
        f.iin = withIin->iin;
        check(f, [&](const auto& r) { return r.iin == withIin->iin; }, "IIN");
        f = {};
        f.name = sample.fullName.left(4).toUpper();
        const QString prefix = CardJournal::namePrefix(sample.fullName.left(4));
        check(f, [&](const auto& r) { return CardJournal::namePrefix(r.fullName).startsWith(prefix); }, "name");
        f = {};
        f.text = u"заявителя"_s;
        check(f, [&](const auto& r) {
            const auto card = CardService(*t.db()).load(r.id);
            return (card->text("comment") + u' ' + card->text("applicant_comment") + u' ' + card->text("oral_appeal"))
                .toLower().contains(u"заявителя"_s);
        }, "full text");
        // Filters combine with AND.
        f = {};
        f.notHeldOnly = true;
        f.organisationCode = sample.organisationCode;
        check(f, [&](const auto& r) { return r.notHeld && r.organisationCode == sample.organisationCode; }, "combined");
    }

    void fullText_findsCommentWordsAndKazakhSurnames_data() { ARMCPG_BACKEND_DATA(); }
    void fullText_findsCommentWordsAndKazakhSurnames()
    {
        ARMCPG_OPEN_BACKEND(t);
        seed(t);
        const QString kazakh = saveCard(*t.db(), u"Құдайбергенова"_s, u"Әйгерім"_s, u"Су құбыры жөндеуді қажет етеді"_s, 1);
        const QString russian = saveCard(*t.db(), u"Соловьёв"_s, u"Пётр"_s, u"Жалоба на управляющую компанию"_s, 2);
        QVERIFY(!kazakh.isEmpty() && !russian.isEmpty());
        CardJournal journal(*t.db());
        CardJournal walking(*t.db());
        walking.setWalkThreshold(0);
        bool plansAgree = true;
        auto search = [&](const QString& text) {
            Filter f;
            f.text = text;
            const QSet<QString> found = ids(all(journal, f));
            if (ids(all(walking, f)) != found) {
                qWarning("the two plans differ for %s", qPrintable(text));
                plansAgree = false;
            }
            if (!journal.lastError().isEmpty())
                qWarning("%s", qPrintable(journal.lastError()));
            return found;
        };
        QCOMPARE(search(u"құбыры"_s), QSet<QString>{kazakh});              // a word of a comment
        QCOMPARE(search(u"ҚҰДАЙБЕРГЕНОВА"_s), QSet<QString>{kazakh});      // a Kazakh surname, any case
        QCOMPARE(search(u"құдайберген"_s), QSet<QString>{kazakh});         // word prefix
        QCOMPARE(search(u"әйгерім құбыры"_s), QSet<QString>{kazakh});      // all words
        QCOMPARE(search(u"әйгерім компанию"_s), QSet<QString>{});          // ... in one card
        QCOMPARE(search(u"соловьев"_s), QSet<QString>{russian});           // ё typed as е
        QCOMPARE(search(u"Управляющую"_s), QSet<QString>{russian});
        QCOMPARE(search(u"су"_s), QSet<QString>{kazakh});                  // a short word: whole words only
        QCOMPARE(search(u"құ"_s), QSet<QString>{});

        // An edit re-indexes: the old word is gone, the new one found.
        WriteTransaction tx(*t.db(), {});
        QVERIFY(tx.update(u"reception_card"_s, russian, {{u"comment"_s, u"Жалоба на застройщика"_s}}));
        QVERIFY(tx.commit());
        QCOMPARE(search(u"управляющую"_s), QSet<QString>{});
        QCOMPARE(search(u"застройщика"_s), QSet<QString>{russian});

        // A soft-deleted card disappears from every search and from the journal.
        WriteTransaction del(*t.db(), {});
        QVERIFY(del.remove(u"reception_card"_s, kazakh));
        QVERIFY(del.commit());
        QCOMPARE(search(u"құбыры"_s), QSet<QString>{});
        Filter byName;
        byName.name = u"құдай"_s;
        QCOMPARE(all(journal, byName).size(), 0);
        QCOMPARE(ids(all(journal)), QSet<QString>{russian});
        QCOMPARE(journal.count({}), 1);
        // Rebuilding the index (after a VACUUM) keeps it right.
        QString error;
        QVERIFY2(journal.rebuildSearchIndex(&error), qPrintable(error));
        QCOMPARE(search(u"застройщика"_s), QSet<QString>{russian});
        QCOMPARE(search(u"құбыры"_s), QSet<QString>{});
        QVERIFY(plansAgree);
    }

    void namePrefix_ignoresCaseOfCyrillicAndKazakhLetters_data() { ARMCPG_BACKEND_DATA(); }
    void namePrefix_ignoresCaseOfCyrillicAndKazakhLetters()
    {
        ARMCPG_OPEN_BACKEND(t);
        seed(t);
        const QString alieva = saveCard(*t.db(), u"Әлиева"_s, u"Ұлжан"_s, {}, 1);
        const QString yolkin = saveCard(*t.db(), u"Ёлкин"_s, u"Семён"_s, {}, 2);
        const QString elkina = saveCard(*t.db(), u"Елкина"_s, u"Ірина"_s, {}, 3);
        const QString other = saveCard(*t.db(), u"Иванов"_s, u"Иван"_s, {}, 4);
        QVERIFY(!alieva.isEmpty() && !yolkin.isEmpty() && !elkina.isEmpty() && !other.isEmpty());
        CardJournal journal(*t.db());
        CardJournal walking(*t.db());
        walking.setWalkThreshold(0);
        bool plansAgree = true;
        auto byName = [&](const QString& name) {
            Filter f;
            f.name = name;
            const QSet<QString> found = ids(all(journal, f));
            if (ids(all(walking, f)) != found) {
                qWarning("the two plans differ for %s", qPrintable(name));
                plansAgree = false;
            }
            return found;
        };
        QCOMPARE(byName(u"әли"_s), QSet<QString>{alieva});
        QCOMPARE(byName(u"ӘЛИ"_s), QSet<QString>{alieva});
        QCOMPARE(byName(u"  әлиева   ұлжан"_s), QSet<QString>{alieva});
        QCOMPARE(byName(u"ӘЛИЕВА Ұ"_s), QSet<QString>{alieva});
        QCOMPARE(byName(u"Ёлк"_s), (QSet<QString>{yolkin, elkina}));
        QCOMPARE(byName(u"елкин "_s), QSet<QString>{yolkin}); // a trailing space: the surname exactly
        QCOMPARE(byName(u"ЕЛКИНА І"_s), QSet<QString>{elkina});
        QCOMPARE(byName(u"ёлкина і"_s), QSet<QString>{elkina});
        QCOMPARE(byName(u"Ивановская"_s), QSet<QString>{});
        QVERIFY(plansAgree);
    }

    void paging_returnsEveryCardOnceInOrder_data() { ARMCPG_BACKEND_DATA(); }
    void paging_returnsEveryCardOnceInOrder()
    {
        ARMCPG_OPEN_BACKEND(t);
        seed(t);
        Problems problems;
        QCOMPARE(CardGenerator::generate(*t.db(), Session::program(u"test"_s), 250, 11, &problems), 250);
        CardJournal journal(*t.db());
        for (Column column : {Column::Date, Column::Number, Column::FullName, Column::Iin, Column::Topic,
                              Column::Decision, Column::Official, Column::NotHeld}) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                QList<CardJournal::Row> paged;
                for (int offset = 0;; offset += 37) {
                    const auto page = journal.fetch({}, {column, order}, offset, 37);
                    QVERIFY2(journal.lastError().isEmpty(), qPrintable(journal.lastError()));
                    paged << page;
                    if (page.size() < 37)
                        break;
                }
                QCOMPARE(paged.size(), 250);
                QCOMPARE(ids(paged).size(), 250);
                if (CardJournal::canSeek(column)) { // by key after the last row: the very same sequence
                    QList<CardJournal::Row> seeked = journal.fetch({}, {column, order}, 0, 37);
                    while (seeked.size() < 250) {
                        const auto page = journal.fetchAfter({}, {column, order}, seeked.last(), 37);
                        QVERIFY2(journal.lastError().isEmpty(), qPrintable(journal.lastError()));
                        QVERIFY(!page.isEmpty());
                        seeked << page;
                    }
                    QCOMPARE(journal.fetchAfter({}, {column, order}, seeked.last(), 37).size(), 0);
                    for (int i = 0; i < 250; ++i)
                        QCOMPARE(seeked.at(i).id, paged.at(i).id);
                }
                for (int i = 1; i < paged.size(); ++i) {
                    const auto& a = paged.at(i - 1);
                    const auto& b = paged.at(i);
                    const bool asc = order == Qt::AscendingOrder;
                    switch (column) {
                    case Column::Date:
                        QVERIFY(asc ? a.date <= b.date : a.date >= b.date);
                        if (a.date == b.date)
                            QVERIFY(asc ? a.number < b.number : a.number > b.number);
                        break;
                    case Column::Number:
                        QVERIFY(asc ? a.number < b.number : a.number > b.number);
                        break;
                    case Column::NotHeld:
                        QVERIFY(asc ? int(a.notHeld) <= int(b.notHeld) : int(a.notHeld) >= int(b.notHeld));
                        break;
                    case Column::FullName: {
                        const QString fa = CardJournal::namePrefix(a.fullName), fb = CardJournal::namePrefix(b.fullName);
                        if (t->isSqlite()) // byte order; a PostgreSQL server sorts by its collation
                            QVERIFY2(asc ? fa <= fb : fa >= fb, qPrintable(fa + u" / "_s + fb));
                        break;
                    }
                    default:
                        break;
                    }
                }
            }
        }
    }

    void sqlLookingText_isOnlyText_data() { ARMCPG_BACKEND_DATA(); }
    void sqlLookingText_isOnlyText()
    {
        ARMCPG_OPEN_BACKEND(t);
        seed(t);
        const QString bobby = saveCard(*t.db(), u"Robert'); DROP TABLE reception_card; --"_s, u"Bobby"_s,
                                       u"\" OR 1=1 -- NEAR(a b) ^x *"_s, 3);
        QVERIFY(!bobby.isEmpty());
        CardJournal journal(*t.db());
        const QStringList attacks = {u"'; DROP TABLE reception_card; --"_s, u"' OR '1'='1"_s, u"\" OR \"\"=\""_s,
                                     u"*"_s, u"NEAR(a b)"_s, u"a AND NOT b"_s, u"x:* | !y & (z"_s, u"%_\\"_s,
                                     u"\\'); SELECT pg_sleep(5); --"_s, QString(QChar(0xFFFF))};
        for (const QString& attack : attacks) {
            for (int which = 0; which < 4; ++which) {
                Filter f;
                (which == 0 ? f.name : which == 1 ? f.text : which == 2 ? f.iin : f.official) = attack;
                const auto rows = all(journal, f);
                QVERIFY2(journal.lastError().isEmpty(), qPrintable(attack + u": "_s + journal.lastError()));
                QVERIFY(journal.count(f) >= 0);
                for (const auto& r : rows)
                    QCOMPARE(r.id, bobby); // nothing but the card that really holds such text
            }
        }
        Filter f;
        f.name = u"robert'); drop"_s;
        QCOMPARE(ids(all(journal, f)), QSet<QString>{bobby}); // stored and found verbatim
        f = {};
        f.text = u"Robert DROP"_s;
        QCOMPARE(ids(all(journal, f)), QSet<QString>{bobby});
        QCOMPARE(journal.count({}), 1); // the table is still there
    }
};

QTEST_GUILESS_MAIN(TestCardJournal)
#include "tst_cardjournal.moc"
