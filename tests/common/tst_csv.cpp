// RFC 4180 reading and writing (core/common/Csv): the format of every import and export.
#include "common/Csv.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace armcpg;
using namespace Qt::StringLiterals;

namespace {

QByteArray u8(const char* text)
{
    return QByteArray(text);
}

QString fieldsOf(const CsvRow& row)
{
    return row.fields.join(u'|');
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void parsesSimpleFile();
    void roundTripsKazakhAndRussianLetters();
    void roundTripsAwkwardFields_data();
    void roundTripsAwkwardFields();
    void quotesOnlyWhenNeeded();
    void writesLfUtf8WithoutBom();
    void readsCrlfAndLoneCr();
    void embeddedNewlineKeepsStartLine();
    void detectsDelimiter_data();
    void detectsDelimiter();
    void explicitDelimiterWins();
    void stripsBom();
    void reportsRaggedRowsWithLine();
    void reportsInvalidUtf8();
    void reportsInvalidUtf8OnItsLine();
    void rejectsWindows1251AndUtf16();
    void emptyFile_data();
    void emptyFile();
    void headerOnly();
    void skipsBlankLines();
    void reportsUnclosedQuote();
    void reportsTextAfterClosingQuote();
    void keepsStrayQuoteInUnquotedField();
    void reportsDuplicateHeader();
    void columnLookup();
    void readFileAndMissingFile();
    void utf8Validator_data();
    void utf8Validator();
};

void TestCsv::parsesSimpleFile()
{
    const CsvTable t = Csv::parse(u8("code,name\n1,one\n2,two\n"));
    QVERIFY2(t.ok(), qPrintable(describe(t.problems)));
    QCOMPARE(t.delimiter, QChar(u','));
    QCOMPARE(t.header, (QStringList{u"code"_s, u"name"_s}));
    QCOMPARE(t.rows.size(), 2);
    QCOMPARE(t.rows.at(0).line, 2);
    QCOMPARE(fieldsOf(t.rows.at(0)), u"1|one"_s);
    QCOMPARE(t.rows.at(1).line, 3);
    QCOMPARE(fieldsOf(t.rows.at(1)), u"2|two"_s);
}

void TestCsv::roundTripsKazakhAndRussianLetters()
{
    const QStringList header{u"код"_s, u"атауы"_s, u"название"_s};
    const QList<QStringList> rows{
        {u"ә"_s, u"Әділет, ғылым"_s, u"Ёлка; ёж"_s},
        {u"қ"_s, u"Қазақстан Республикасының Бас прокуратурасы"_s, u"Генеральная прокуратура"_s},
        {u"ң"_s, u"Маңғыстау облысы"_s, u"Мангистауская область"_s},
        {u"ө"_s, u"Өскемен \"қаласы\""_s, u"Усть-Каменогорск"_s},
        {u"ұ"_s, u"Ұлытау облысы\nжаңа жол"_s, u"область Ұлытау"_s},
        {u"ү"_s, u"Түркістан"_s, u"Туркестан"_s},
        {u"һ"_s, u"Һ һ"_s, u"Ё ё"_s},
        {u"і"_s, u"Жетісу"_s, u""_s},
        {u"ғ"_s, u"Ақтөбе, Ғ ғ"_s, u"ЁЖИК"_s},
    };
    for (const QChar delimiter : {QChar(u','), QChar(u';'), QChar(u'\t')}) {
        const QByteArray bytes = Csv::write(header, rows, delimiter);
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
        const CsvTable t = Csv::parse(bytes);
        QVERIFY2(t.ok(), qPrintable(describe(t.problems)));
        QCOMPARE(t.delimiter, delimiter);
        QCOMPARE(t.header, header);
        QCOMPARE(t.rows.size(), rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i)
            QCOMPARE(t.rows.at(i).fields, rows.at(i));
    }
}

void TestCsv::roundTripsAwkwardFields_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("plain") << QStringList{u"a"_s, u"b"_s};
    QTest::newRow("comma") << QStringList{u"a,b"_s, u"c"_s};
    QTest::newRow("semicolon") << QStringList{u"a;b"_s, u"c"_s};
    QTest::newRow("tab") << QStringList{u"a\tb"_s, u"c"_s};
    QTest::newRow("quotes") << QStringList{u"say \"hi\""_s, u"\""_s};
    QTest::newRow("only quotes") << QStringList{u"\"\""_s, u"\"\"\""_s};
    QTest::newRow("lf") << QStringList{u"line 1\nline 2"_s, u"x"_s};
    QTest::newRow("crlf becomes lf") << QStringList{u"line 1\nline 2\n"_s, u"\n"_s};
    QTest::newRow("empty fields") << QStringList{u""_s, u""_s};
    QTest::newRow("spaces kept") << QStringList{u"  a  "_s, u" "_s};
    QTest::newRow("leading quote") << QStringList{u"\"quoted\" start"_s, u"end \""_s};
    QTest::newRow("key=value list") << QStringList{u"type=regional;kato=710000000;address=пр. Мәңгілік Ел, 14"_s,
                                                   u"1"_s};
}

void TestCsv::roundTripsAwkwardFields()
{
    QFETCH(QStringList, fields);
    const QStringList header{u"first"_s, u"second"_s};
    for (const QChar delimiter : {QChar(u','), QChar(u';'), QChar(u'\t')}) {
        const QByteArray bytes = Csv::write(header, {fields, fields}, delimiter);
        const CsvTable t = Csv::parse(bytes, delimiter);
        QVERIFY2(t.ok(), qPrintable(describe(t.problems)));
        QCOMPARE(t.rows.size(), 2);
        QCOMPARE(t.rows.at(0).fields, fields);
        QCOMPARE(t.rows.at(1).fields, fields);
        // detection from the header gives the same result
        QCOMPARE(Csv::parse(bytes).rows.value(1).fields, fields);
    }
}

void TestCsv::quotesOnlyWhenNeeded()
{
    QCOMPARE(Csv::quote(u"plain text"_s, u','), u"plain text"_s);
    QCOMPARE(Csv::quote(u"a;b"_s, u','), u"a;b"_s);
    QCOMPARE(Csv::quote(u"a;b"_s, u';'), u"\"a;b\""_s);
    QCOMPARE(Csv::quote(u"a,b"_s, u','), u"\"a,b\""_s);
    QCOMPARE(Csv::quote(u"say \"hi\""_s, u','), u"\"say \"\"hi\"\"\""_s);
    QCOMPARE(Csv::quote(u"two\nlines"_s, u','), u"\"two\nlines\""_s);
    QCOMPARE(Csv::quote(u"cr\r"_s, u','), u"\"cr\r\""_s);
    QCOMPARE(Csv::quote(QString(), u','), QString());
    QCOMPARE(Csv::quote(u"Қазақстан"_s, u'\t'), u"Қазақстан"_s);
}

void TestCsv::writesLfUtf8WithoutBom()
{
    const QByteArray bytes = Csv::write({u"a"_s, u"b"_s}, {{u"ә"_s, u"x,y"_s}, {u""_s, u""_s}});
    QCOMPARE(bytes, QByteArray("a,b\n\xD3\x99,\"x,y\"\n,\n"));
    // A record that is a single empty field must not turn into a blank line.
    const QByteArray single = Csv::write({u"only"_s}, {{u""_s}, {u"v"_s}});
    QCOMPARE(single, QByteArray("only\n\"\"\nv\n"));
    const CsvTable t = Csv::parse(single);
    QVERIFY2(t.ok(), qPrintable(describe(t.problems)));
    QCOMPARE(t.rows.size(), 2);
    QCOMPARE(t.rows.at(0).fields, QStringList{QString()});
    // No header: only the rows.
    QCOMPARE(Csv::write({}, {{u"1"_s}}), QByteArray("1\n"));
    // "ID" at the very start of a file makes Excel take it for SYLK; it is quoted.
    QCOMPARE(Csv::write({u"ID"_s, u"name"_s}, {}), QByteArray("\"ID\",name\n"));
    QCOMPARE(Csv::parse(Csv::write({u"ID"_s, u"name"_s}, {})).header, (QStringList{u"ID"_s, u"name"_s}));
}

void TestCsv::readsCrlfAndLoneCr()
{
    const CsvTable crlf = Csv::parse(u8("a,b\r\n1,2\r\n\"x\r\ny\",3\r\n4,5"));
    QVERIFY2(crlf.ok(), qPrintable(describe(crlf.problems)));
    QCOMPARE(crlf.rows.size(), 3);
    QCOMPARE(crlf.rows.at(0).fields, (QStringList{u"1"_s, u"2"_s}));
    QCOMPARE(crlf.rows.at(1).fields, (QStringList{u"x\ny"_s, u"3"_s}));
    QCOMPARE(crlf.rows.at(2).fields, (QStringList{u"4"_s, u"5"_s})); // no final line break
    QCOMPARE(crlf.rows.at(2).line, 5);

    const CsvTable cr = Csv::parse(u8("a,b\r1,2\r3,4\r"));
    QVERIFY2(cr.ok(), qPrintable(describe(cr.problems)));
    QCOMPARE(cr.rows.size(), 2);
    QCOMPARE(cr.rows.at(1).line, 3);
}

void TestCsv::embeddedNewlineKeepsStartLine()
{
    const CsvTable t = Csv::parse(u8("code,text\n1,\"first\nsecond\nthird\"\n2,plain\n3,x,extra\n"));
    QCOMPARE(t.rows.size(), 2);
    QCOMPARE(t.rows.at(0).line, 2);
    QCOMPARE(t.rows.at(0).fields.at(1), u"first\nsecond\nthird"_s);
    QCOMPARE(t.rows.at(1).line, 5);
    QCOMPARE(t.problems.size(), 1);
    QCOMPARE(t.problems.at(0).line, 6); // physical line, not record number
}

void TestCsv::detectsDelimiter_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QChar>("expected");
    QTest::newRow("comma") << u8("a,b,c\n1,2,3\n") << QChar(u',');
    QTest::newRow("semicolon (Excel, Russian locale)") << u8("код;название;адрес\n1;Ақтөбе;ул. Абая, 1\n")
                                                        << QChar(u';');
    QTest::newRow("tab") << u8("a\tb\tc\n1\t2\t3\n") << QChar(u'\t');
    QTest::newRow("semicolon with commas inside quotes") << u8("\"a,b,c\";\"d,e\";f\n1;2;3\n") << QChar(u';');
    QTest::newRow("one column") << u8("name\nАлматы\n") << QChar(u',');
    QTest::newRow("blank lines before the header") << u8("\n\na;b\n1;2\n") << QChar(u';');
    QTest::newRow("only the header counts") << u8("a;b\n1,2,3,4;5\n") << QChar(u';');
}

void TestCsv::detectsDelimiter()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QChar, expected);
    const CsvTable t = Csv::parse(bytes);
    QCOMPARE(t.delimiter, expected);
    QVERIFY2(t.ok(), qPrintable(describe(t.problems)));
    QCOMPARE(t.rows.size(), 1);
}

void TestCsv::explicitDelimiterWins()
{
    const CsvTable t = Csv::parse(u8("a;b,c\n1;2,3\n"), u',');
    QVERIFY2(t.ok(), qPrintable(describe(t.problems)));
    QCOMPARE(t.delimiter, QChar(u','));
    QCOMPARE(t.header, (QStringList{u"a;b"_s, u"c"_s}));
    QVERIFY(!Csv::parse(u8("a\n1\n"), u'"').ok());
}

void TestCsv::stripsBom()
{
    const CsvTable t = Csv::parse(u8("\xEF\xBB\xBF" "code;name\n1;Қызылорда\n"));
    QVERIFY2(t.ok(), qPrintable(describe(t.problems)));
    QCOMPARE(t.header.first(), u"code"_s);
    QCOMPARE(t.column(u"code"_s), 0);
    QCOMPARE(t.delimiter, QChar(u';'));
    QCOMPARE(t.rows.at(0).fields.at(1), u"Қызылорда"_s);
}

void TestCsv::reportsRaggedRowsWithLine()
{
    const CsvTable t = Csv::parse(u8("a,b,c\n1,2,3\n1,2\n\"x\ny\",2,3\n1,2,3,4\n5,6,7\n"));
    QCOMPARE(t.rows.size(), 3);
    QCOMPARE(t.rows.at(0).line, 2);
    QCOMPARE(t.rows.at(1).line, 4);
    QCOMPARE(t.rows.at(2).line, 7);
    QCOMPARE(t.problems.size(), 2);
    QCOMPARE(t.problems.at(0).line, 3);
    QVERIFY2(t.problems.at(0).message.contains(u'2') && t.problems.at(0).message.contains(u'3'),
             qPrintable(t.problems.at(0).message));
    QCOMPARE(t.problems.at(1).line, 6);
    QVERIFY(t.problems.at(1).toString().contains(u"6"_s));
}

void TestCsv::reportsInvalidUtf8()
{
    const CsvTable t = Csv::parse(QByteArray("code,name\n1,caf\xE9\n"));
    QCOMPARE(t.problems.size(), 1);
    QVERIFY2(t.problems.at(0).message.contains(u"UTF-8"_s), qPrintable(t.problems.at(0).message));
    QCOMPARE(t.problems.at(0).line, 2);
    QVERIFY(t.header.isEmpty());
    QVERIFY(t.rows.isEmpty());
}

void TestCsv::reportsInvalidUtf8OnItsLine()
{
    QByteArray bytes("a,b\r\n1,2\r\n\"multi\nline\",3\r\n4,");
    bytes.append(char(0xC0)).append(char(0xAF)); // overlong '/'
    bytes.append("\n");
    const CsvTable t = Csv::parse(bytes);
    QCOMPARE(t.problems.size(), 1);
    QCOMPARE(t.problems.at(0).line, 5);
    QVERIFY(t.rows.isEmpty());
}

void TestCsv::rejectsWindows1251AndUtf16()
{
    // "Алматы" in Windows-1251
    const CsvTable cp1251 = Csv::parse(QByteArray("name\n\xC0\xEB\xEC\xE0\xF2\xFB\n"));
    QCOMPARE(cp1251.problems.size(), 1);
    QVERIFY(cp1251.problems.at(0).message.contains(u"UTF-8"_s));
    QVERIFY(cp1251.rows.isEmpty());

    // "a,b" in UTF-16LE with a BOM, as Excel's "Unicode text" writes it
    const QByteArray utf16("\xFF\xFE" "a\0,\0b\0\n\0", 10);
    const CsvTable u16 = Csv::parse(utf16);
    QCOMPARE(u16.problems.size(), 1);
    QCOMPARE(u16.problems.at(0).line, 1);
}

void TestCsv::emptyFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("bom only") << u8("\xEF\xBB\xBF");
    QTest::newRow("blank lines") << u8("\n\r\n  \n");
}

void TestCsv::emptyFile()
{
    QFETCH(QByteArray, bytes);
    const CsvTable t = Csv::parse(bytes);
    QVERIFY(t.header.isEmpty());
    QVERIFY(t.rows.isEmpty());
    QCOMPARE(t.problems.size(), 1);
    QVERIFY(!t.problems.at(0).message.isEmpty());
}

void TestCsv::headerOnly()
{
    const CsvTable t = Csv::parse(u8("code,name\n"));
    QVERIFY2(t.ok(), qPrintable(describe(t.problems)));
    QCOMPARE(t.header.size(), 2);
    QVERIFY(t.rows.isEmpty());
}

void TestCsv::skipsBlankLines()
{
    const CsvTable t = Csv::parse(u8("a,b\n\n1,2\n   \n\r\n3,4\n\n"));
    QVERIFY2(t.ok(), qPrintable(describe(t.problems)));
    QCOMPARE(t.rows.size(), 2);
    QCOMPARE(t.rows.at(0).line, 3);
    QCOMPARE(t.rows.at(1).line, 6);
}

void TestCsv::reportsUnclosedQuote()
{
    const CsvTable t = Csv::parse(u8("a,b\n1,2\n3,\"never closed\n4,5\n"));
    QCOMPARE(t.rows.size(), 1);
    QCOMPARE(t.problems.size(), 1);
    QCOMPARE(t.problems.at(0).line, 3);
}

void TestCsv::reportsTextAfterClosingQuote()
{
    const CsvTable t = Csv::parse(u8("a,b\n\"x\"y,2\n3,4\n"));
    QCOMPARE(t.problems.size(), 1);
    QCOMPARE(t.problems.at(0).line, 2);
    QCOMPARE(t.rows.size(), 1);
    QCOMPARE(t.rows.at(0).fields, (QStringList{u"3"_s, u"4"_s}));
}

void TestCsv::keepsStrayQuoteInUnquotedField()
{
    const CsvTable t = Csv::parse(u8("a,b\nТОО \"Береке\",2\n"));
    QVERIFY2(t.ok(), qPrintable(describe(t.problems)));
    QCOMPARE(t.rows.at(0).fields.at(0), u"ТОО \"Береке\""_s);
}

void TestCsv::reportsDuplicateHeader()
{
    const CsvTable t = Csv::parse(u8("code,Name, name \n1,2,3\n"));
    QCOMPARE(t.problems.size(), 1);
    QCOMPARE(t.problems.at(0).line, 1);
    QCOMPARE(t.rows.size(), 1);
}

void TestCsv::columnLookup()
{
    const CsvTable t = Csv::parse(u8(" Code ;NAME_RU;Атауы\n"));
    QCOMPARE(t.column(u"code"_s), 0);
    QCOMPARE(t.column(u"  CODE"_s), 0);
    QCOMPARE(t.column(u"name_ru"_s), 1);
    QCOMPARE(t.column(u"АТАУЫ"_s), 2);
    QCOMPARE(t.column(u"name_kk"_s), -1);
    QCOMPARE(CsvTable().column(u"code"_s), -1);
}

void TestCsv::readFileAndMissingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"Қала.csv"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(Csv::write({u"код"_s}, {{u"Шымкент"_s}}));
    }
    const CsvTable t = Csv::readFile(path);
    QVERIFY2(t.ok(), qPrintable(describe(t.problems)));
    QCOMPARE(t.rows.at(0).fields.at(0), u"Шымкент"_s);

    const CsvTable missing = Csv::readFile(dir.filePath(u"нет.csv"_s));
    QCOMPARE(missing.problems.size(), 1);
    QVERIFY(missing.problems.at(0).message.contains(u"нет.csv"_s));
    QVERIFY(missing.rows.isEmpty());
}

void TestCsv::utf8Validator_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("expected");
    QTest::newRow("ascii") << u8("abc") << qsizetype(-1);
    QTest::newRow("kazakh") << QString(u"әғқңөұүһі ЁЖ"_s).toUtf8() << qsizetype(-1);
    QTest::newRow("4-byte emoji") << u8("\xF0\x9F\x87\xB0") << qsizetype(-1);
    QTest::newRow("lone continuation") << u8("ab\x80") << qsizetype(2);
    QTest::newRow("truncated") << u8("a\xD3") << qsizetype(1);
    QTest::newRow("overlong") << u8("\xE0\x80\xAF") << qsizetype(0);
    QTest::newRow("surrogate") << u8("x\xED\xA0\x80") << qsizetype(1);
    QTest::newRow("above U+10FFFF") << u8("\xF4\x90\x80\x80") << qsizetype(0);
    QTest::newRow("FE") << u8("\xFE") << qsizetype(0);
}

void TestCsv::utf8Validator()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, expected);
    QCOMPARE(Csv::firstInvalidUtf8(bytes), expected);
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
