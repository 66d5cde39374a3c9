// ИИН and БИН validation (kz-identifiers-and-calendar.md; LP1-9 sex, LP1-16 birth date, LP1-17 age group).
#include "identity/Iin.h"

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

class TestIin : public QObject
{
    Q_OBJECT

private slots:
    void validExamples_data();
    void validExamples();
    void knownInvalid_checkDigitShouldBe7();
    void checkDigit_secondWeightSet();
    void checkDigit_neverIssued();
    void checkDigit_rejectsWrongInput();
    void errors_data();
    void errors();
    void reportsAllProblemsAtOnce();
    void impossibleDate_invalidEvenWithMatchingChecksum();
    void leapDay_dependsOnCentury();
    void unknownCentury_dateStillChecked();
    void whitespaceAroundIgnored();
    void partialInput_givesExpectedCheckDigit();
    void problemsNameTheField();
    void ageOn_LP1_17_data();
    void ageOn_LP1_17();

    void bin_valid_type4Attribute0();
    void bin_otherTypesAndAttributes_data();
    void bin_otherTypesAndAttributes();
    void bin_errors_data();
    void bin_errors();
};

void TestIin::validExamples_data()
{
    QTest::addColumn<QString>("iin");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<int>("sex");
    QTest::addColumn<int>("century");
    QTest::newRow("note: 061211600012 female 11.12.2006")
        << u"061211600012"_s << QDate(2006, 12, 11) << int(Sex::Female) << 2000;
    QTest::newRow("note: 791028302728 male 28.10.1979")
        << u"791028302728"_s << QDate(1979, 10, 28) << int(Sex::Male) << 1900;
    // First weight set gives 10 for 90010130081, the second gives 1.
    QTest::newRow("second weight set: 900101300811 male 01.01.1990")
        << u"900101300811"_s << QDate(1990, 1, 1) << int(Sex::Male) << 1900;
    QTest::newRow("29.02.2000 exists: 000229500018")
        << u"000229500018"_s << QDate(2000, 2, 29) << int(Sex::Male) << 2000;
}

void TestIin::validExamples()
{
    QFETCH(QString, iin);
    QFETCH(QDate, birth);
    QFETCH(int, sex);
    QFETCH(int, century);
    const IinInfo info = Iin::check(iin);
    QVERIFY2(info.valid, qPrintable(describe(info.problems)));
    QVERIFY(info.problems.isEmpty());
    QCOMPARE(info.birthDate, birth);
    QCOMPARE(int(info.sex), sex);
    QCOMPARE(info.century, century);
    QCOMPARE(info.expectedCheckDigit, iin.right(1).toInt());
}

void TestIin::knownInvalid_checkDigitShouldBe7()
{
    const IinInfo info = Iin::check(u"900101300001"_s);
    QVERIFY(!info.valid);
    QCOMPARE(info.expectedCheckDigit, 7);
    QCOMPARE(messages(info.problems), QStringList{u"check digit should be 7"_s});
    // The date and sex are still read, for the message and for nothing else.
    QCOMPARE(info.birthDate, QDate(1990, 1, 1));
    QCOMPARE(info.sex, Sex::Male);
    QVERIFY(Iin::check(u"900101300007"_s).valid);
}

void TestIin::checkDigit_secondWeightSet()
{
    // 9*1+0*2+0*3+1*4+0*5+1*6+3*7+0*8+0*9+8*10+1*11 = 131, 131 mod 11 = 10 -> second set:
    // 9*3+0+0+1*6+0+1*8+3*9+0+0+8*1+1*2 = 78, 78 mod 11 = 1.
    QCOMPARE(Iin::checkDigit(u"90010130081"_s), 1);
    QCOMPARE(Iin::checkDigit(u"06121160001"_s), 2);
    QCOMPARE(Iin::checkDigit(u"79102830272"_s), 8);
}

void TestIin::checkDigit_neverIssued()
{
    // 90010130080: first set 120 mod 11 = 10, second set 76 mod 11 = 10 -> never issued, whatever digit 12 is.
    QCOMPARE(Iin::checkDigit(u"90010130080"_s), -1);
    for (QChar last : u"0123456789"_s) {
        const IinInfo info = Iin::check(u"90010130080"_s + last);
        QVERIFY(!info.valid);
        QCOMPARE(info.expectedCheckDigit, -1);
        QCOMPARE(messages(info.problems),
                 QStringList{u"this number is never issued: its check digit cannot be computed "
                             "(10 with both weight sets)"_s});
    }
}

void TestIin::checkDigit_rejectsWrongInput()
{
    QCOMPARE(Iin::checkDigit(u"9001013008"_s), -1);
    QCOMPARE(Iin::checkDigit(u"900101300811"_s), -1);
    QCOMPARE(Iin::checkDigit(u"9001013008x"_s), -1);
}

void TestIin::errors_data()
{
    QTest::addColumn<QString>("iin");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("wrong length 11") << u"06121160001"_s << QStringList{u"IIN must have 12 digits, not 11"_s};
    QTest::newRow("wrong length 13") << u"0612116000120"_s << QStringList{u"IIN must have 12 digits, not 13"_s};
    QTest::newRow("empty") << QString() << QStringList{u"IIN must have 12 digits, not 0"_s};
    QTest::newRow("non-digits") << u"06121160001O"_s
                                << QStringList{u"IIN must contain only digits: \"O\" at position 12 is not a digit"_s};
    QTest::newRow("impossible date 31.02.1990")
        << u"900231300004"_s << QStringList{u"birth date 31.02.1990 does not exist"_s};
    QTest::newRow("impossible month 13") << u"901301300000"_s
                                         << QStringList{u"birth date 01.13.1990 does not exist"_s,
                                                        u"check digit should be 7"_s};
    QTest::newRow("century digit 0") << u"900101000008"_s
                                     << QStringList{u"the 7th digit (century and sex) must be 1 to 6, not 0"_s};
    QTest::newRow("century digit 7") << u"900101700002"_s
                                     << QStringList{u"the 7th digit (century and sex) must be 1 to 6, not 7"_s};
    QTest::newRow("check digit") << u"061211600013"_s << QStringList{u"check digit should be 2"_s};
}

void TestIin::errors()
{
    QFETCH(QString, iin);
    QFETCH(QStringList, expected);
    const IinInfo info = Iin::check(iin);
    QVERIFY(!info.valid);
    QCOMPARE(messages(info.problems), expected);
}

void TestIin::reportsAllProblemsAtOnce()
{
    // Wrong length, a letter, an impossible date and a bad century digit in one go.
    const IinInfo info = Iin::check(u"903201 9000"_s);
    QCOMPARE(messages(info.problems),
             (QStringList{u"IIN must have 12 digits, not 11"_s,
                          u"IIN must contain only digits: \" \" at position 7 is not a digit"_s,
                          u"birth date 01.32 does not exist"_s}));
    const IinInfo info2 = Iin::check(u"9A0231900000"_s);
    QCOMPARE(messages(info2.problems),
             (QStringList{u"IIN must contain only digits: \"A\" at position 2 is not a digit"_s,
                          u"the 7th digit (century and sex) must be 1 to 6, not 9"_s}));
    const IinInfo info3 = Iin::check(u"900231800000"_s);
    QCOMPARE(messages(info3.problems),
             (QStringList{u"the 7th digit (century and sex) must be 1 to 6, not 8"_s,
                          u"birth date 31.02 does not exist"_s, u"check digit should be 6"_s}));
}

void TestIin::impossibleDate_invalidEvenWithMatchingChecksum()
{
    // 000229300015: the checksum matches (5) but 29.02.1900 never existed (1900 is not a leap year).
    QCOMPARE(Iin::checkDigit(u"00022930001"_s), 5);
    const IinInfo info = Iin::check(u"000229300015"_s);
    QVERIFY(!info.valid);
    QCOMPARE(messages(info.problems), QStringList{u"birth date 29.02.1900 does not exist"_s});
    QVERIFY(!info.birthDate.isValid());
    QCOMPARE(info.century, 1900);
}

void TestIin::leapDay_dependsOnCentury()
{
    QVERIFY(Iin::check(u"000229500018"_s).valid); // 2000 is a leap year
    QVERIFY(!Iin::check(u"000229300015"_s).valid);
}

void TestIin::unknownCentury_dateStillChecked()
{
    // 29.02.00 exists in 2000, so with an unknown century only the century digit is reported.
    const IinInfo info = Iin::check(u"000229000000"_s);
    QVERIFY(messages(info.problems).contains(u"the 7th digit (century and sex) must be 1 to 6, not 0"_s));
    QVERIFY(!messages(info.problems).join(u'|').contains(u"birth date"_s));
}

void TestIin::whitespaceAroundIgnored()
{
    QVERIFY(Iin::check(u"  061211600012\n"_s).valid);
}

void TestIin::partialInput_givesExpectedCheckDigit()
{
    // As the user types the 11th digit, the form can already say which check digit is expected.
    const IinInfo info = Iin::check(u"90010130000"_s);
    QVERIFY(!info.valid);
    QCOMPARE(info.expectedCheckDigit, 7);
    QCOMPARE(messages(info.problems), QStringList{u"IIN must have 12 digits, not 11"_s});
}

void TestIin::problemsNameTheField()
{
    const IinInfo info = Iin::check(u"900101300001"_s);
    QCOMPARE(info.problems.size(), 1);
    QCOMPARE(info.problems.first().field, u"IIN"_s);
    QCOMPARE(info.problems.first().line, 0);
    QCOMPARE(Bin::check(u"1"_s).problems.first().field, u"BIN"_s);
}

void TestIin::ageOn_LP1_17_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<int>("age");
    QTest::newRow("day before birthday") << QDate(1979, 10, 28) << QDate(2025, 10, 27) << 45;
    QTest::newRow("on birthday") << QDate(1979, 10, 28) << QDate(2025, 10, 28) << 46;
    QTest::newRow("newborn") << QDate(2025, 1, 1) << QDate(2025, 1, 1) << 0;
    QTest::newRow("29 Feb, common year 28 Feb") << QDate(2008, 2, 29) << QDate(2026, 2, 28) << 17;
    QTest::newRow("29 Feb, common year 1 Mar") << QDate(2008, 2, 29) << QDate(2026, 3, 1) << 18;
    QTest::newRow("before birth") << QDate(2025, 1, 2) << QDate(2025, 1, 1) << -1;
    QTest::newRow("invalid") << QDate() << QDate(2025, 1, 1) << -1;
}

void TestIin::ageOn_LP1_17()
{
    QFETCH(QDate, birth);
    QFETCH(QDate, on);
    QFETCH(int, age);
    QCOMPARE(Iin::ageOn(birth, on), age);
}

void TestIin::bin_valid_type4Attribute0()
{
    // 0801 4 0 00001 + check: 0*1+8*2+0*3+1*4+4*5+0*6+0*7+0*8+0*9+0*10+1*11 = 51, 51 mod 11 = 7.
    const BinInfo info = Bin::check(u"080140000017"_s);
    QVERIFY2(info.valid, qPrintable(describe(info.problems)));
    QCOMPARE(info.year, 2008);
    QCOMPARE(info.month, 1);
    QCOMPARE(info.entityType, QChar(u'4'));
    QCOMPARE(info.attribute, QChar(u'0'));
    QCOMPARE(info.entityTypeName, u"resident legal entity"_s);
    QCOMPARE(info.attributeName, u"head office"_s);
    QCOMPARE(info.expectedCheckDigit, 7);

    const BinInfo wrong = Bin::check(u"080140000018"_s);
    QVERIFY(!wrong.valid);
    QCOMPARE(messages(wrong.problems), QStringList{u"check digit should be 7"_s});
}

void TestIin::bin_otherTypesAndAttributes_data()
{
    QTest::addColumn<QString>("bin");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("attribute");
    // Check digits: 13054000123 -> 4; 99114000005 -> 2; 23106000012 -> 7; 10015100001 -> 3.
    QTest::newRow("2013 resident head office")
        << u"130540001234"_s << 2013 << u"resident legal entity"_s << u"head office"_s;
    QTest::newRow("1999 (pivot 90) resident head office")
        << u"991140000052"_s << 1999 << u"resident legal entity"_s << u"head office"_s;
    QTest::newRow("2023 joint individual entrepreneur")
        << u"231060000127"_s << 2023 << u"individual entrepreneur in joint form"_s << u"head office"_s;
    QTest::newRow("2010 non-resident branch")
        << u"100151000013"_s << 2010 << u"non-resident legal entity"_s << u"branch"_s;
}

void TestIin::bin_otherTypesAndAttributes()
{
    QFETCH(QString, bin);
    QFETCH(int, year);
    QFETCH(QString, type);
    QFETCH(QString, attribute);
    const BinInfo info = Bin::check(bin);
    QVERIFY2(info.valid, qPrintable(describe(info.problems)));
    QCOMPARE(info.year, year);
    QCOMPARE(info.entityTypeName, type);
    QCOMPARE(info.attributeName, attribute);
}

void TestIin::bin_errors_data()
{
    QTest::addColumn<QString>("bin");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("length") << u"08014000001"_s << QStringList{u"BIN must have 12 digits, not 11"_s};
    QTest::newRow("letter") << u"08014000001X"_s
                            << QStringList{u"BIN must contain only digits: \"X\" at position 12 is not a digit"_s};
    QTest::newRow("month 13") << u"081340000012"_s
                              << QStringList{u"registration month 13 does not exist (digits 3–4 must be 01 to 12)"_s,
                                             u"check digit should be 7"_s};
    QTest::newRow("type 3, attribute 7") << u"080137000019"_s
                                         << QStringList{u"the 5th digit (entity type) must be 4, 5 or 6, not 3"_s,
                                                        u"the 6th digit (attribute) must be 0 to 3, not 7"_s,
                                                        u"check digit should be 0"_s};
}

void TestIin::bin_errors()
{
    QFETCH(QString, bin);
    QFETCH(QStringList, expected);
    const BinInfo info = Bin::check(bin);
    QVERIFY(!info.valid);
    QCOMPARE(messages(info.problems), expected);
}

QTEST_APPLESS_MAIN(TestIin)
#include "tst_iin.moc"
