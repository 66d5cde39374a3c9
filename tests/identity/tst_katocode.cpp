// КАТО codes (kz-identifiers-and-calendar.md, "КАТО"): AB CD EF HIJ facets, parents, levels, 20 regions.
#include "identity/KatoCode.h"

#include <QtTest>

using namespace armcpg;
using namespace Qt::StringLiterals;

namespace {

QStringList messages(const Problems& problems)
{
    QStringList list;
    for (const Problem& p : problems)
        list << p.message;
    return list;
}

} // namespace

class TestKatoCode : public QObject
{
    Q_OBJECT

private slots:
    void validCodes_data();
    void validCodes();
    void errors_data();
    void errors();
    void reportsAllProblems();
    void twentyRegions_afterReform2022();
    void parent_data();
    void parent();
    void normalized();
};

void TestKatoCode::validCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("level");
    // Codes from the KATO seed (data/kato-regions-districts.csv) and below.
    QTest::newRow("region: Акмолинская область") << u"110000000"_s << 1;
    QTest::newRow("region: г. Астана") << u"710000000"_s << 1;
    QTest::newRow("region: область Ұлытау (2022)") << u"620000000"_s << 1;
    QTest::newRow("district: Кокшетау administration") << u"111000000"_s << 2;
    QTest::newRow("district: Аккольский район") << u"113200000"_s << 2;
    QTest::newRow("rural district / town") << u"113220000"_s << 3;
    QTest::newRow("settlement") << u"113220100"_s << 4;
    QTest::newRow("settlement, last digit") << u"111010001"_s << 4;
}

void TestKatoCode::validCodes()
{
    QFETCH(QString, code);
    QFETCH(int, level);
    QVERIFY2(KatoCode::check(code).isEmpty(), qPrintable(describe(KatoCode::check(code))));
    QCOMPARE(KatoCode::level(code), level);
}

void TestKatoCode::errors_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("8 digits") << u"11000000"_s << QStringList{u"KATO code must have 9 digits, not 8"_s};
    QTest::newRow("letter") << u"11000000O"_s
                            << QStringList{u"KATO code must contain only digits: \"O\" at position 9 is not a digit"_s};
    QTest::newRow("unknown region 12") << u"120000000"_s << QStringList{u"12 is not a region code (digits 1–2)"_s};
    QTest::newRow("unknown region 00") << u"001000000"_s << QStringList{u"00 is not a region code (digits 1–2)"_s};
    QTest::newRow("CD 00 but EF set") << u"110001000"_s
                                      << QStringList{u"the district (digits 3–4) is 00, so the rural district "
                                                     "(digits 5–6) must be 00, not 01"_s};
    QTest::newRow("CD 00 but HIJ set") << u"110000123"_s
                                       << QStringList{u"the district (digits 3–4) is 00, so the settlement "
                                                      "(digits 7–9) must be 000, not 123"_s};
    QTest::newRow("EF 00 but HIJ set") << u"111000100"_s
                                       << QStringList{u"the rural district (digits 5–6) is 00, so the settlement "
                                                      "(digits 7–9) must be 000, not 100"_s};
}

void TestKatoCode::errors()
{
    QFETCH(QString, code);
    QFETCH(QStringList, expected);
    const Problems problems = KatoCode::check(code);
    QCOMPARE(messages(problems), expected);
    QCOMPARE(problems.first().field, u"KATO"_s);
}

void TestKatoCode::reportsAllProblems()
{
    QCOMPARE(messages(KatoCode::check(u"130001123"_s)),
             (QStringList{u"13 is not a region code (digits 1–2)"_s,
                          u"the district (digits 3–4) is 00, so the rural district (digits 5–6) must be 00, not 01"_s,
                          u"the district (digits 3–4) is 00, so the settlement (digits 7–9) must be 000, not 123"_s}));
    QCOMPARE(messages(KatoCode::check(u"1 000000"_s)),
             (QStringList{u"KATO code must have 9 digits, not 8"_s,
                          u"KATO code must contain only digits: \" \" at position 2 is not a digit"_s}));
}

void TestKatoCode::twentyRegions_afterReform2022()
{
    const QStringList expected{u"10"_s, u"11"_s, u"15"_s, u"19"_s, u"23"_s, u"27"_s, u"31"_s,
                               u"33"_s, u"35"_s, u"39"_s, u"43"_s, u"47"_s, u"55"_s, u"59"_s,
                               u"61"_s, u"62"_s, u"63"_s, u"71"_s, u"75"_s, u"79"_s};
    QCOMPARE(KatoCode::regionCodes(), expected);
    int known = 0;
    for (int ab = 0; ab < 100; ++ab) {
        const QString code = u"%1"_s.arg(ab, 2, 10, QChar(u'0'));
        if (KatoCode::isKnownRegion(code)) {
            ++known;
            QVERIFY(KatoCode::check(code + u"0000000"_s).isEmpty());
        } else {
            QCOMPARE(KatoCode::check(code + u"0000000"_s).size(), 1);
        }
    }
    QCOMPARE(known, 20);
}

void TestKatoCode::parent_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("parent");
    QTest::newRow("settlement -> rural district") << u"113220100"_s << u"113220000"_s;
    QTest::newRow("settlement under a city administration -> district") << u"111010001"_s << u"111010000"_s;
    QTest::newRow("rural district -> district") << u"113220000"_s << u"113200000"_s;
    QTest::newRow("district -> region") << u"111000000"_s << u"110000000"_s;
    QTest::newRow("region -> none") << u"710000000"_s << QString();
    QTest::newRow("malformed -> none") << u"11100000"_s << QString();
}

void TestKatoCode::parent()
{
    QFETCH(QString, code);
    QFETCH(QString, parent);
    QCOMPARE(KatoCode::parent(code), parent);
    if (!parent.isEmpty())
        QCOMPARE(KatoCode::level(parent), KatoCode::level(code) - 1);
}

void TestKatoCode::normalized()
{
    QCOMPARE(KatoCode::normalized(u"11 10 00 000"_s), u"111000000"_s);
    QCOMPARE(KatoCode::normalized(u" 111000000\u00a0"_s), u"111000000"_s);
    QVERIFY(KatoCode::check(KatoCode::normalized(u"11 10 00 000"_s)).isEmpty());
    QVERIFY(!KatoCode::check(u"11 10 00 000"_s).isEmpty());
    QCOMPARE(KatoCode::level(u"11 10 00 000"_s), 0);
}

QTEST_APPLESS_MAIN(TestKatoCode)
#include "tst_katocode.moc"
