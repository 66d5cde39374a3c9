// The seed directories shipped in resources/seed (":/seed/..."): format, integrity and the counts the law
// and the domain notes require. Read through Csv, exactly as the importer reads them.
#include "common/Csv.h"

#include <QDate>
#include <QDir>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

#include <algorithm>

using namespace armcpg;
using namespace Qt::StringLiterals;

namespace {

const QStringList kDirectoriesHeader{u"code"_s, u"name_kk"_s, u"name_ru"_s, u"name_en"_s,
                                     u"hierarchical"_s, u"source"_s, u"sort"_s};
const QStringList kSeedHeader{u"code"_s,     u"parent"_s,   u"name_kk"_s, u"name_ru"_s, u"name_en"_s,
                              u"valid_from"_s, u"valid_to"_s, u"sort"_s,    u"source"_s,  u"attributes"_s};

// The kinds the product cannot work without (directories note §4, LP-1 card); more may follow.
const QStringList kRequiredKinds{
    u"org_type"_s,       u"organisation"_s,      u"position"_s,      u"social_status"_s,
    u"nationality"_s,    u"citizenship"_s,       u"topic"_s,         u"reception_decision"_s,
    u"age_group"_s,      u"protocol_language"_s, u"facility_type"_s, u"appeal_kind"_s,
    u"priority_category"_s, u"kato"_s,           u"procedural_regime"_s, u"appeal_form"_s,
    u"appeal_channel"_s};

struct Entry
{
    int line = 0;
    QString code, parent, nameKk, nameRu, nameEn;
    QDate validFrom, validTo;
    QString validFromText, validToText;
    QString sortText;
    QString source;
    QString attributesText;
    QMap<QString, QString> attributes;

    bool current() const { return validToText.isEmpty(); }
    QString attr(const QString& key) const { return attributes.value(key); }
};

QString seedPath(const QString& kind)
{
    return u":/seed/%1.csv"_s.arg(kind);
}

// "key=value;key=value" -> map; an error message for the first malformed part.
QMap<QString, QString> parseAttributes(const QString& text, QString* error)
{
    static const QRegularExpression keyPattern(u"^[a-z][a-z0-9_]*$"_s);
    QMap<QString, QString> result;
    if (text.isEmpty())
        return result;
    for (const QString& part : text.split(u';')) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq <= 0) {
            *error = u"attribute \"%1\" is not key=value"_s.arg(part);
            return result;
        }
        const QString key = part.left(eq);
        const QString value = part.mid(eq + 1);
        if (!keyPattern.match(key).hasMatch()) {
            *error = u"attribute key \"%1\" is not lower_snake_case"_s.arg(key);
            return result;
        }
        if (value.isEmpty() || value.trimmed() != value) {
            *error = u"attribute \"%1\" has an empty or padded value"_s.arg(key);
            return result;
        }
        if (result.contains(key)) {
            *error = u"attribute \"%1\" appears twice"_s.arg(key);
            return result;
        }
        result.insert(key, value);
    }
    return result;
}

QList<Entry> toEntries(const CsvTable& table)
{
    QList<Entry> entries;
    for (const CsvRow& row : table.rows) {
        Entry e;
        e.line = row.line;
        e.code = row.fields.value(0);
        e.parent = row.fields.value(1);
        e.nameKk = row.fields.value(2);
        e.nameRu = row.fields.value(3);
        e.nameEn = row.fields.value(4);
        e.validFromText = row.fields.value(5);
        e.validToText = row.fields.value(6);
        e.validFrom = QDate::fromString(e.validFromText, Qt::ISODate);
        e.validTo = QDate::fromString(e.validToText, Qt::ISODate);
        e.sortText = row.fields.value(7);
        e.source = row.fields.value(8);
        e.attributesText = row.fields.value(9);
        QString ignored;
        e.attributes = parseAttributes(e.attributesText, &ignored);
        entries << e;
    }
    return entries;
}

// A word written partly in Latin and partly in Cyrillic letters is almost always a typing slip
// (Latin "a", "o", "e", "c" look like Cyrillic ones); it breaks search and sorting.
bool hasMixedScriptWord(const QString& text, QString* word)
{
    static const QRegularExpression words(u"[\\p{L}]+"_s);
    auto it = words.globalMatch(text);
    while (it.hasNext()) {
        const QString w = it.next().captured();
        bool latin = false, cyrillic = false;
        for (const QChar c : w) {
            if (c.script() == QChar::Script_Latin)
                latin = true;
            else if (c.script() == QChar::Script_Cyrillic)
                cyrillic = true;
        }
        if (latin && cyrillic) {
            *word = w;
            return true;
        }
    }
    return false;
}

} // namespace

class TestSeedData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void directoriesFile();
    void everyKindHasAFileAndViceVersa();
    void commonRules_data();
    void commonRules();
    void kato();
    void organisation();
    void orgTypes();
    void positions();
    void citizenship();
    void receptionDecisions();
    void priorityCategories();
    void topics();
    void ageGroupsCoverAllAgesOnce();
    void protocolLanguages();
    void appealKinds();
    void facilityTypes();
    void smallKinds();

private:
    QList<Entry> load(const QString& kind);
    const Entry* find(const QList<Entry>& entries, const QString& code) const;

    CsvTable m_directories;
    QMap<QString, bool> m_hierarchical; // kind -> hierarchical
};

QList<Entry> TestSeedData::load(const QString& kind)
{
    const CsvTable table = Csv::readFile(seedPath(kind));
    if (!table.ok())
        qWarning("%s: %s", qPrintable(kind), qPrintable(describe(table.problems)));
    return toEntries(table);
}

const Entry* TestSeedData::find(const QList<Entry>& entries, const QString& code) const
{
    for (const Entry& e : entries) {
        if (e.code == code)
            return &e;
    }
    return nullptr;
}

void TestSeedData::initTestCase()
{
    m_directories = Csv::readFile(u":/seed/directories.csv"_s);
    QVERIFY2(m_directories.ok(), qPrintable(describe(m_directories.problems)));
    for (const CsvRow& row : m_directories.rows)
        m_hierarchical.insert(row.fields.value(0), row.fields.value(4) == u"1"_s);
}

void TestSeedData::directoriesFile()
{
    QCOMPARE(m_directories.header, kDirectoriesHeader);
    QCOMPARE(m_directories.delimiter, QChar(u','));
    QSet<QString> codes;
    for (const CsvRow& row : m_directories.rows) {
        const QString code = row.fields.at(0);
        const QString where = u"directories.csv line %1"_s.arg(row.line);
        QVERIFY2(QRegularExpression(u"^[a-z][a-z0-9_]*$"_s).match(code).hasMatch(), qPrintable(where));
        QVERIFY2(!codes.contains(code), qPrintable(where + u": duplicate "_s + code));
        codes.insert(code);
        QVERIFY2(!row.fields.at(1).isEmpty() && !row.fields.at(2).isEmpty() && !row.fields.at(3).isEmpty(),
                 qPrintable(where + u": a name is empty"_s));
        QVERIFY2(row.fields.at(4) == u"0"_s || row.fields.at(4) == u"1"_s, qPrintable(where));
        QVERIFY2(!row.fields.at(5).isEmpty(), qPrintable(where + u": no source"_s));
        bool ok = false;
        row.fields.at(6).toInt(&ok);
        QVERIFY2(ok, qPrintable(where + u": sort is not an integer"_s));
    }
    for (const QString& kind : kRequiredKinds)
        QVERIFY2(codes.contains(kind), qPrintable(u"directories.csv lacks the kind "_s + kind));
    QVERIFY(m_hierarchical.value(u"organisation"_s));
    QVERIFY(m_hierarchical.value(u"topic"_s));
    QVERIFY(m_hierarchical.value(u"kato"_s));
}

void TestSeedData::everyKindHasAFileAndViceVersa()
{
    QSet<QString> files;
    const QStringList names = QDir(u":/seed"_s).entryList({u"*.csv"_s}, QDir::Files);
    for (const QString& name : names) {
        if (name != u"directories.csv"_s)
            files.insert(name.chopped(4));
    }
    QSet<QString> kinds;
    for (const CsvRow& row : m_directories.rows)
        kinds.insert(row.fields.at(0));
    for (const QString& kind : std::as_const(kinds))
        QVERIFY2(files.contains(kind), qPrintable(u"no seed file for kind "_s + kind));
    for (const QString& file : std::as_const(files))
        QVERIFY2(kinds.contains(file), qPrintable(u"seed file not listed in directories.csv: "_s + file));
}

void TestSeedData::commonRules_data()
{
    QTest::addColumn<QString>("kind");
    for (const CsvRow& row : m_directories.rows)
        QTest::newRow(qPrintable(row.fields.at(0))) << row.fields.at(0);
}

void TestSeedData::commonRules()
{
    QFETCH(QString, kind);
    const CsvTable table = Csv::readFile(seedPath(kind));
    QVERIFY2(table.ok(), qPrintable(describe(table.problems)));
    QCOMPARE(table.delimiter, QChar(u','));
    QCOMPARE(table.header, kSeedHeader);
    QVERIFY2(!table.rows.isEmpty(), "the directory is empty");

    const QList<Entry> entries = toEntries(table);
    QHash<QString, const Entry*> byCode;
    for (const Entry& e : entries) {
        const QString where = u"%1.csv line %2 (%3)"_s.arg(kind).arg(e.line).arg(e.code);
        QVERIFY2(!e.code.isEmpty(), qPrintable(where + u": empty code"_s));
        QVERIFY2(!byCode.contains(e.code), qPrintable(where + u": duplicate code"_s));
        byCode.insert(e.code, &e);
    }

    for (const Entry& e : entries) {
        const QString where = u"%1.csv line %2 (%3)"_s.arg(kind).arg(e.line).arg(e.code);
        for (const QString& field : {e.code, e.parent, e.nameKk, e.nameRu, e.nameEn, e.validFromText,
                                     e.validToText, e.sortText, e.source, e.attributesText}) {
            QVERIFY2(field.trimmed() == field, qPrintable(where + u": a field has surrounding spaces"_s));
            QVERIFY2(!field.contains(u'\n'), qPrintable(where + u": a field has a line break"_s));
        }

        // parent
        if (!e.parent.isEmpty()) {
            QVERIFY2(m_hierarchical.value(kind), qPrintable(where + u": parent in a flat directory"_s));
            QVERIFY2(byCode.contains(e.parent), qPrintable(where + u": unknown parent "_s + e.parent));
            QVERIFY2(e.parent != e.code, qPrintable(where + u": its own parent"_s));
            QString up = e.parent;
            for (int depth = 0; !up.isEmpty(); ++depth) {
                QVERIFY2(depth < 16 && up != e.code, qPrintable(where + u": parent cycle"_s));
                up = byCode.value(up)->parent;
            }
        }

        // names
        QVERIFY2(!e.nameRu.isEmpty(), qPrintable(where + u": name_ru is empty"_s));
        if (e.nameKk.isEmpty()) {
            QVERIFY2(kind == u"kato"_s && e.attr(u"level"_s) == u"2"_s
                         && e.attr(u"name_kk_pending"_s) == u"1"_s,
                     qPrintable(where + u": name_kk is empty"_s));
        } else {
            QVERIFY2(!e.attributes.contains(u"name_kk_pending"_s),
                     qPrintable(where + u": name_kk_pending set but a Kazakh name is present"_s));
        }
        QString word;
        QVERIFY2(!hasMixedScriptWord(e.nameKk, &word), qPrintable(where + u": mixed Latin/Cyrillic in "_s + word));
        QVERIFY2(!hasMixedScriptWord(e.nameRu, &word), qPrintable(where + u": mixed Latin/Cyrillic in "_s + word));

        // dates
        QVERIFY2(e.validFromText.isEmpty() || e.validFrom.isValid(),
                 qPrintable(where + u": bad valid_from "_s + e.validFromText));
        QVERIFY2(e.validToText.isEmpty() || e.validTo.isValid(),
                 qPrintable(where + u": bad valid_to "_s + e.validToText));
        QVERIFY2(e.validFromText.isEmpty() || e.validFromText.size() == 10, qPrintable(where));
        QVERIFY2(e.validToText.isEmpty() || e.validToText.size() == 10, qPrintable(where));
        if (e.validFrom.isValid() && e.validTo.isValid())
            QVERIFY2(e.validFrom <= e.validTo, qPrintable(where + u": valid_from after valid_to"_s));

        // sort, source, attributes
        bool ok = false;
        e.sortText.toInt(&ok);
        QVERIFY2(ok, qPrintable(where + u": sort is not an integer"_s));
        QVERIFY2(!e.source.isEmpty(), qPrintable(where + u": no source"_s));
        QString error;
        parseAttributes(e.attributesText, &error);
        QVERIFY2(error.isEmpty(), qPrintable(where + u": "_s + error));
    }

    // A child of a historical entry must not outlive it.
    for (const Entry& e : entries) {
        if (e.parent.isEmpty())
            continue;
        const Entry* parent = byCode.value(e.parent);
        if (parent->validTo.isValid())
            QVERIFY2(e.validTo.isValid() && e.validTo <= parent->validTo,
                     qPrintable(u"%1.csv %2: current child of the historical %3"_s.arg(kind, e.code, parent->code)));
    }
}

void TestSeedData::kato()
{
    const QList<Entry> kato = load(u"kato"_s);
    static const QRegularExpression nineDigits(u"^[0-9]{9}$"_s);
    int currentRegions = 0, districts = 0;
    for (const Entry& e : kato) {
        QVERIFY2(nineDigits.match(e.code).hasMatch(), qPrintable(e.code));
        const QString level = e.attr(u"level"_s);
        if (level == u"1"_s) {
            QVERIFY2(e.parent.isEmpty(), qPrintable(e.code));
            QVERIFY2(e.code.endsWith(u"0000000"_s), qPrintable(e.code));
            QVERIFY2(!e.nameKk.isEmpty(), qPrintable(e.code + u": every region has a Kazakh name"_s));
            if (e.current())
                ++currentRegions;
        } else {
            QCOMPARE(level, u"2"_s);
            ++districts;
            const Entry* parent = find(kato, e.parent);
            QVERIFY2(parent && parent->attr(u"level"_s) == u"1"_s, qPrintable(e.code));
            QCOMPARE(e.code.left(2), e.parent.left(2)); // parent = lower facets zeroed
            QVERIFY2(e.code.endsWith(u"00000"_s), qPrintable(e.code));
        }
    }
    QCOMPARE(currentRegions, 20);
    QVERIFY2(districts >= 200, qPrintable(QString::number(districts)));

    const Entry* south = find(kato, u"510000000"_s);
    QVERIFY(south);
    QCOMPARE(south->nameRu, u"Южно-Казахстанская область"_s);
    QCOMPARE(south->validTo, QDate(2018, 6, 19));
    for (const QString& code : {u"710000000"_s, u"750000000"_s, u"790000000"_s, u"100000000"_s,
                                u"330000000"_s, u"620000000"_s}) {
        const Entry* e = find(kato, code);
        QVERIFY2(e && e->current(), qPrintable(code));
    }
    QCOMPARE(find(kato, u"620000000"_s)->nameKk, u"Ұлытау облысы"_s);
}

void TestSeedData::organisation()
{
    const QList<Entry> orgs = load(u"organisation"_s);
    const QList<Entry> kato = load(u"kato"_s);
    const QList<Entry> types = load(u"org_type"_s);

    const Entry* gp = find(orgs, u"GP"_s);
    QVERIFY(gp);
    QVERIFY(gp->parent.isEmpty());
    QCOMPARE(gp->attr(u"type"_s), u"gpo"_s);
    QVERIFY2(gp->attr(u"address"_s).contains(u"Мәңгілік Ел, 14"_s), qPrintable(gp->attr(u"address"_s)));
    QVERIFY(gp->attr(u"address"_s).contains(u"010000"_s));

    int roots = 0, regional = 0, kpsDepartments = 0;
    QSet<QString> regionalKato;
    for (const Entry& e : orgs) {
        const QString type = e.attr(u"type"_s);
        QVERIFY2(!type.isEmpty(), qPrintable(e.code + u": no type"_s));
        QVERIFY2(find(types, type), qPrintable(e.code + u": unknown type "_s + type));
        if (e.parent.isEmpty())
            ++roots;
        if (e.attributes.contains(u"kato"_s))
            QVERIFY2(find(kato, e.attr(u"kato"_s)), qPrintable(e.code + u": unknown KATO "_s + e.attr(u"kato"_s)));
        if (e.current() && (type == u"regional"_s || type == u"city_republican"_s)) {
            ++regional;
            QCOMPARE(e.parent, u"GP"_s);
            const Entry* region = find(kato, e.attr(u"kato"_s));
            QVERIFY2(region && region->attr(u"level"_s) == u"1"_s && region->current(), qPrintable(e.code));
            QCOMPARE(e.code, u"P"_s + e.attr(u"kato"_s).left(2));
            regionalKato.insert(e.attr(u"kato"_s));
        }
        if (type == u"kpsisu_department"_s) {
            ++kpsDepartments;
            QCOMPARE(e.parent, u"KPS"_s);
        }
    }
    QCOMPARE(roots, 1);
    QCOMPARE(regional, 20);
    QCOMPARE(regionalKato.size(), 20);
    QCOMPARE(kpsDepartments, 22);

    for (const QString& code : {u"KPS"_s, u"KZPI"_s, u"ACAD"_s, u"GVP"_s, u"GTP"_s, u"UMTO"_s, u"HOZU"_s}) {
        const Entry* e = find(orgs, code);
        QVERIFY2(e && e->parent == u"GP"_s, qPrintable(code));
    }
    const Entry* cpg = find(orgs, u"CPG"_s);
    QVERIFY(cpg);
    QCOMPARE(cpg->parent, u"GP"_s);
    QCOMPARE(cpg->attr(u"type"_s), u"cpg"_s);

    const Entry* south = find(orgs, u"P51"_s);
    QVERIFY(south);
    QVERIFY(!south->current());
    QVERIFY(find(orgs, u"KVA"_s)); // asset recovery committee: kept, status unclear
}

void TestSeedData::orgTypes()
{
    const QList<Entry> types = load(u"org_type"_s);
    static const QSet<QString> levels{u"central"_s, u"regional"_s, u"district"_s, u"unit"_s};
    for (const Entry& e : types)
        QVERIFY2(levels.contains(e.attr(u"level"_s)), qPrintable(e.code));
    // room for district offices and reception-centre units
    for (const QString& code : {u"district"_s, u"city"_s, u"interdistrict"_s, u"specialised"_s, u"cpg"_s})
        QVERIFY2(find(types, code), qPrintable(code));
}

void TestSeedData::positions()
{
    const QList<Entry> positions = load(u"position"_s);
    const QList<Entry> ranks = load(u"class_rank"_s);
    QSet<QString> names;
    int acting = 0;
    for (const Entry& e : positions) {
        names.insert(e.nameRu);
        if (e.attr(u"acting_allowed"_s) == u"1"_s)
            ++acting;
        if (e.attributes.contains(u"class_rank"_s))
            QVERIFY2(find(ranks, e.attr(u"class_rank"_s)), qPrintable(e.code));
    }
    for (const QString& name : {u"Прокурор"_s, u"Старший помощник прокурора"_s, u"Помощник прокурора"_s,
                                u"Дежурный прокурор"_s, u"Генеральный Прокурор Республики Казахстан"_s})
        QVERIFY2(names.contains(name), qPrintable(name));
    QVERIFY(std::any_of(positions.cbegin(), positions.cend(),
                        [](const Entry& e) { return e.nameRu.contains(u"ЦПГ"_s); }));
    QVERIFY(acting >= 10);
}

void TestSeedData::citizenship()
{
    const QList<Entry> countries = load(u"citizenship"_s);
    QVERIFY2(countries.size() >= 250, qPrintable(QString::number(countries.size())));
    static const QRegularExpression alpha2(u"^[A-Z]{2}$"_s), alpha3(u"^[A-Z]{3}$"_s), numeric(u"^[0-9]{3}$"_s);
    int stateless = 0;
    for (const Entry& e : countries) {
        QVERIFY2(alpha2.match(e.code).hasMatch(), qPrintable(e.code));
        if (e.attr(u"stateless"_s) == u"1"_s) {
            ++stateless;
            QCOMPARE(e.code, u"XX"_s);
            continue;
        }
        QVERIFY2(alpha3.match(e.attr(u"alpha3"_s)).hasMatch(), qPrintable(e.code));
        QVERIFY2(numeric.match(e.attr(u"numeric"_s)).hasMatch(), qPrintable(e.code));
    }
    QCOMPARE(stateless, 1);
    QCOMPARE(countries.size() - stateless >= 249, true);
    const auto first = std::min_element(countries.cbegin(), countries.cend(), [](const Entry& a, const Entry& b) {
        return a.sortText.toInt() < b.sortText.toInt();
    });
    QCOMPARE(first->code, u"KZ"_s);
    QCOMPARE(first->nameKk, u"Қазақстан"_s);
    for (const QString& code : {u"RU"_s, u"UZ"_s, u"KG"_s, u"CN"_s, u"TR"_s, u"DE"_s})
        QVERIFY2(find(countries, code), qPrintable(code));
}

void TestSeedData::receptionDecisions()
{
    const QList<Entry> decisions = load(u"reception_decision"_s);
    const QMap<QString, QString> expected{
        {u"7"_s, u"удовлетворено"_s}, {u"8"_s, u"отказано"_s}, {u"9"_s, u"разъяснено"_s}};
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QList<const Entry*> matching;
        for (const Entry& e : decisions) {
            if (e.attr(u"report_column"_s) == it.key())
                matching << &e;
        }
        QCOMPARE(matching.size(), 1);
        QCOMPARE(matching.first()->nameRu.toLower(), it.value());
    }
    static const QSet<QString> columns{u"5"_s, u"6"_s, u"7"_s, u"8"_s, u"9"_s};
    for (const Entry& e : decisions) {
        if (e.attributes.contains(u"report_column"_s))
            QVERIFY2(columns.contains(e.attr(u"report_column"_s)), qPrintable(e.code));
    }
}

void TestSeedData::priorityCategories()
{
    const QList<Entry> categories = load(u"priority_category"_s);
    QCOMPARE(categories.size(), 6);
    for (const Entry& e : categories)
        QVERIFY2(e.source.contains(u"R-9"_s), qPrintable(e.code));
    const QString all = [&] {
        QStringList names;
        for (const Entry& e : categories)
            names << e.nameRu;
        return names.join(u'|');
    }();
    for (const QString& part : {u"Великой Отечественной"_s, u"инвалидност"_s, u"Беременные"_s, u"Алтын Қыран"_s,
                                u"Халық қаһарманы"_s, u"Қазақстанның Еңбек Ері"_s})
        QVERIFY2(all.contains(part), qPrintable(part));
}

void TestSeedData::topics()
{
    const QList<Entry> topics = load(u"topic"_s);
    static const QRegularExpression group(u"^[0-9]{2}$"_s), item(u"^[0-9]{2}\\.[0-9]{2}$"_s);
    QSet<QString> groups, groupsWithItems;
    int items = 0;
    for (const Entry& e : topics) {
        if (group.match(e.code).hasMatch()) {
            QVERIFY2(e.parent.isEmpty(), qPrintable(e.code));
            groups.insert(e.code);
        } else {
            QVERIFY2(item.match(e.code).hasMatch(), qPrintable(e.code));
            QCOMPARE(e.parent, e.code.left(2));
            groupsWithItems.insert(e.parent);
            ++items;
        }
        if (e.attributes.contains(u"not_from_source"_s))
            QCOMPARE(e.attr(u"not_from_source"_s), u"1"_s);
        else // an item without the flag comes from the 004 classifier and cites it
            QVERIFY2(e.source.startsWith(u"004"_s), qPrintable(e.code + u": not from 004 but not flagged"_s));
    }
    QVERIFY(groups.size() >= 7);
    QVERIFY(items >= groups.size());
    QCOMPARE(groupsWithItems, groups);
    // housing and pensions are not in the 2002 source: flagged
    for (const Entry& e : topics) {
        if (e.nameRu.startsWith(u"Жилищные"_s) || e.nameRu.startsWith(u"Пенсии"_s))
            QCOMPARE(e.attr(u"not_from_source"_s), u"1"_s);
    }
}

void TestSeedData::ageGroupsCoverAllAgesOnce()
{
    QList<Entry> groups = load(u"age_group"_s);
    QVERIFY(groups.size() >= 2);
    std::sort(groups.begin(), groups.end(),
              [](const Entry& a, const Entry& b) { return a.attr(u"min"_s).toInt() < b.attr(u"min"_s).toInt(); });
    int expectedMin = 0;
    for (const Entry& e : std::as_const(groups)) {
        bool okMin = false, okMax = false;
        const int min = e.attr(u"min"_s).toInt(&okMin);
        const int max = e.attr(u"max"_s).toInt(&okMax);
        QVERIFY2(okMin && okMax, qPrintable(e.code));
        QVERIFY2(min == expectedMin, qPrintable(u"%1: gap or overlap at %2"_s.arg(e.code).arg(expectedMin)));
        QVERIFY2(min <= max, qPrintable(e.code));
        expectedMin = max + 1;
        QVERIFY2(e.source.contains(u"product choice"_s), qPrintable(e.code));
    }
    QCOMPARE(expectedMin, 151);
}

void TestSeedData::protocolLanguages()
{
    const QList<Entry> languages = load(u"protocol_language"_s);
    QCOMPARE(languages.size(), 2);
    QVERIFY(find(languages, u"kk"_s));
    QVERIFY(find(languages, u"ru"_s));
    QCOMPARE(find(languages, u"kk"_s)->nameKk, u"Қазақ тілі"_s);
}

void TestSeedData::appealKinds()
{
    const QList<Entry> kinds = load(u"appeal_kind"_s);
    static const QSet<QString> procedures{u"administrative"_s, u"simplified"_s, u"complaint"_s, u"special"_s};
    QSet<QString> names, indexes;
    for (const Entry& e : kinds) {
        QVERIFY2(procedures.contains(e.attr(u"procedure"_s)), qPrintable(e.code));
        names.insert(e.nameRu);
        if (e.attributes.contains(u"index"_s))
            indexes.insert(e.attr(u"index"_s));
        if (e.attributes.contains(u"index_collective"_s))
            indexes.insert(e.attr(u"index_collective"_s));
    }
    for (const QString& name : {u"Заявление"_s, u"Жалоба"_s, u"Сообщение"_s, u"Запрос"_s, u"Предложение"_s,
                                u"Отклик"_s, u"Ходатайство"_s, u"Депутатское обращение"_s, u"Депутатский запрос"_s})
        QVERIFY2(names.contains(name), qPrintable(name));
    QVERIFY(indexes.contains(u"ЖҚ"_s));
    QVERIFY(indexes.contains(u"ҰЖ"_s));
    QCOMPARE(find(kinds, u"statement"_s)->attr(u"procedure"_s), u"administrative"_s);
    QCOMPARE(find(kinds, u"report"_s)->attr(u"procedure"_s), u"simplified"_s);
}

void TestSeedData::facilityTypes()
{
    const QList<Entry> facilities = load(u"facility_type"_s);
    QSet<QString> current;
    bool soberingHistorical = false;
    for (const Entry& e : facilities) {
        if (e.current())
            current.insert(e.code);
        if (e.nameRu.contains(u"вытрезвител"_s))
            soberingHistorical = !e.current();
    }
    QVERIFY(soberingHistorical);
    for (const QString& code : {u"sizo"_s, u"ivs"_s, u"special_receiver"_s, u"reception_distribution"_s,
                                u"guardhouse"_s, u"ovd_premises"_s, u"uis_institution"_s, u"compulsory_measures"_s,
                                u"special_institution"_s, u"cviar"_s})
        QVERIFY2(current.contains(code), qPrintable(code));
}

void TestSeedData::smallKinds()
{
    QVERIFY(load(u"social_status"_s).size() >= 15);
    QVERIFY(load(u"nationality"_s).size() >= 40);
    QVERIFY(load(u"procedural_regime"_s).size() >= 15);
    QCOMPARE(load(u"appeal_form"_s).size(), 5);
    QVERIFY(load(u"appeal_channel"_s).size() >= 5);
    const QList<Entry> nationalities = load(u"nationality"_s);
    QCOMPARE(find(nationalities, u"kazakh"_s)->nameKk, u"Қазақ"_s);
    QVERIFY(std::any_of(nationalities.cbegin(), nationalities.cend(),
                        [](const Entry& e) { return e.attr(u"not_stated"_s) == u"1"_s; }));
}

QTEST_GUILESS_MAIN(TestSeedData)
#include "tst_seeddata.moc"
