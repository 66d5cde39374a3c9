// DirectoryComboBox: type-ahead over every name, the chosen code, expired entries, cascades, language change.
#include "GuiTestSupport.h"
#include "TestDatabase.h"

#include "directory/DirectoryComboBox.h"
#include "directory/DirectoryService.h"
#include "i18n/Translator.h"
#include "security/Session.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

namespace {
QStringList completionCodes(QCompleter* completer)
{
    QStringList codes;
    QAbstractItemModel* model = completer->completionModel();
    for (int row = 0; row < model->rowCount(); ++row)
        codes << model->index(row, 0).data(DirectoryComboBox::CodeRole).toString();
    return codes;
}
} // namespace

class TestDirectoryComboBox : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void typeAheadFindsPartOfKazakhName();
    void typeAheadFindsPartOfRussianName();
    void typeAheadIsCaseInsensitive();
    void enterTakesFirstMatch();
    void codeRoundTrip();
    void typedCodeIsChosen();
    void expiredEntriesHidden();
    void parentFilterCascades();
    void languageChangeRenames();

private:
    void pick(const QString& typed, const QString& expectedCode);

    std::unique_ptr<test::TestDatabase> m_t;
    std::unique_ptr<QWidget> m_window;
    DirectoryComboBox* m_box = nullptr;
};

void TestDirectoryComboBox::init()
{
    Translator::install(u"ru"_s);
    m_t = std::make_unique<test::TestDatabase>(test::TestDatabase::Backend::Sqlite);
    QVERIFY2(m_t->isValid(), qPrintable(m_t->error()));
    Database& db = *m_t->db();
    addKind(db, u"region"_s, false);
    addEntry(db, u"region"_s, u"ALA"_s, u"Алматы"_s, u"Алматы"_s, u"Almaty"_s);
    addEntry(db, u"region"_s, u"AST"_s, u"Астана"_s, u"Астана"_s, u"Astana"_s);
    addEntry(db, u"region"_s, u"ABA"_s, u"Абай облысы"_s, u"область Абай"_s, u"Abai Region"_s);
    addEntry(db, u"region"_s, u"SKO"_s, u"Солтүстік Қазақстан облысы"_s, u"Северо-Казахстанская область"_s);
    // Renamed Turkestan in 2018: kept for old records, no longer offered.
    addEntry(db, u"region"_s, u"UKO"_s, u"Оңтүстік Қазақстан облысы"_s, u"Южно-Казахстанская область"_s, {}, {},
             QDate(2018, 6, 18));

    m_window = std::make_unique<QWidget>();
    auto* layout = new QVBoxLayout(m_window.get());
    m_box = new DirectoryComboBox(db, u"region"_s);
    layout->addWidget(m_box);
    layout->addWidget(new QLineEdit); // somewhere for Tab to go
    QVERIFY(showActive(m_window.get()));
    m_box->setFocus();
}

void TestDirectoryComboBox::cleanup()
{
    m_window.reset();
    m_box = nullptr;
    m_t.reset();
}

// Types into the field, checks the popup offers the code first, and picks it from the popup with Down, Enter.
void TestDirectoryComboBox::pick(const QString& typed, const QString& expectedCode)
{
    m_box->lineEdit()->clear();
    typeText(m_box->lineEdit(), typed);
    QCompleter* completer = m_box->completer();
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completionCodes(completer), QStringList{expectedCode});
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QTRY_VERIFY(!completer->popup()->isVisible());
    QCOMPARE(m_box->currentCode(), expectedCode);
    QVERIFY2(m_box->currentText().startsWith(expectedCode + u" — "_s), qPrintable(m_box->currentText()));
}

void TestDirectoryComboBox::typeAheadFindsPartOfKazakhName()
{
    QSignalSpy changed(m_box, &DirectoryComboBox::codeChanged);
    pick(u"алм"_s, u"ALA"_s);
    QCOMPARE(changed.last().at(0).toString(), u"ALA"_s);
    QCOMPARE(m_box->currentText(), u"ALA — Алматы"_s);
    // Only in the Kazakh name: "Солтүстік" (the Russian name says "Северо-").
    pick(u"солтүстік"_s, u"SKO"_s);
    QCOMPARE(changed.last().at(0).toString(), u"SKO"_s);
}

void TestDirectoryComboBox::typeAheadFindsPartOfRussianName()
{
    pick(u"северо"_s, u"SKO"_s);
    pick(u"астан"_s, u"AST"_s);
}

void TestDirectoryComboBox::typeAheadIsCaseInsensitive()
{
    typeText(m_box->lineEdit(), u"ОБЛЫСЫ"_s);
    QTRY_VERIFY(m_box->completer()->popup()->isVisible());
    // Abai and North Kazakhstan; not South Kazakhstan, which is no longer valid.
    QCOMPARE(completionCodes(m_box->completer()), (QStringList{u"ABA"_s, u"SKO"_s}));
    QTest::keyClick(m_box->completer()->popup(), Qt::Key_Escape);
}

// Typing part of a name and Enter, without moving into the popup, chooses the first match.
void TestDirectoryComboBox::enterTakesFirstMatch()
{
    typeText(m_box->lineEdit(), u"облысы"_s);
    QCompleter* completer = m_box->completer();
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completionCodes(completer).value(0), u"ABA"_s);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QTRY_VERIFY(!completer->popup()->isVisible());
    QCOMPARE(m_box->currentCode(), u"ABA"_s);
}

void TestDirectoryComboBox::codeRoundTrip()
{
    QSignalSpy changed(m_box, &DirectoryComboBox::codeChanged);
    m_box->setCurrentCode(u"AST"_s);
    QCOMPARE(m_box->currentCode(), u"AST"_s);
    QCOMPARE(m_box->currentText(), u"AST — Астана"_s);
    QCOMPARE(changed.count(), 1);
    m_box->setCurrentCode(u"ABA"_s);
    QCOMPARE(m_box->currentCode(), u"ABA"_s);
    QCOMPARE(m_box->currentText(), u"ABA — область Абай"_s); // the current language: Russian
    m_box->setCurrentCode(QString());
    QCOMPARE(m_box->currentCode(), QString());
    QCOMPARE(m_box->currentText(), QString());
    QCOMPARE(changed.count(), 3);
    m_box->setCurrentCode(u"AST"_s);
    m_box->reload(); // the choice survives re-reading the directory
    QCOMPARE(m_box->currentCode(), u"AST"_s);
}

void TestDirectoryComboBox::typedCodeIsChosen()
{
    typeText(m_box->lineEdit(), u"ast"_s);
    QCOMPARE(m_box->currentCode(), u"AST"_s);
    QTest::keyClick(m_box->completer()->popup(), Qt::Key_Escape);
    QTest::keyClick(m_box->lineEdit(), Qt::Key_Tab); // leaving the field shows the whole entry
    QTRY_COMPARE(m_box->currentText(), u"AST — Астана"_s);
    // Text that names nothing is no choice at all.
    m_box->lineEdit()->selectAll();
    typeText(m_box->lineEdit(), u"нет такого"_s);
    QCOMPARE(m_box->currentCode(), QString());
}

void TestDirectoryComboBox::expiredEntriesHidden()
{
    QCOMPARE(m_box->rowOfCode(u"UKO"_s), -1);
    QCOMPARE(m_box->count(), 5); // the empty choice and four valid regions
    typeText(m_box->lineEdit(), u"южно"_s);
    QCOMPARE(m_box->completer()->completionCount(), 0);

    // An old record that names it still shows it, marked.
    m_box->setCurrentCode(u"UKO"_s);
    QCOMPARE(m_box->currentCode(), u"UKO"_s);
    QVERIFY2(m_box->currentText().contains(u"Южно-Казахстанская область"_s), qPrintable(m_box->currentText()));
    QVERIFY2(m_box->currentText().contains(DirectoryComboBox::tr("no longer valid")), qPrintable(m_box->currentText()));
    // Once another region is chosen, it is no longer offered.
    m_box->setCurrentCode(u"ALA"_s);
    m_box->reload();
    QCOMPARE(m_box->rowOfCode(u"UKO"_s), -1);

    // A deleted entry named in an old record is shown too.
    Problems problems;
    QVERIFY(DirectoryService(*m_t->db()).remove(Session::program(u"test"_s), u"region"_s, u"ABA"_s, &problems));
    m_box->reload();
    QCOMPARE(m_box->rowOfCode(u"ABA"_s), -1);
    m_box->setCurrentCode(u"ABA"_s);
    QCOMPARE(m_box->currentCode(), u"ABA"_s);
}

void TestDirectoryComboBox::parentFilterCascades()
{
    Database& db = *m_t->db();
    addKind(db, u"place"_s, true);
    addEntry(db, u"place"_s, u"R1"_s, u"Алматы облысы"_s, u"Алматинская область"_s);
    addEntry(db, u"place"_s, u"D1"_s, u"Талғар ауданы"_s, u"Талгарский район"_s, {}, u"R1"_s);
    addEntry(db, u"place"_s, u"D2"_s, u"Еңбекшіқазақ ауданы"_s, u"Енбекшиказахский район"_s, {}, u"R1"_s);
    addEntry(db, u"place"_s, u"R2"_s, u"Абай облысы"_s, u"область Абай"_s);
    addEntry(db, u"place"_s, u"D3"_s, u"Абай ауданы"_s, u"Абайский район"_s, {}, u"R2"_s);

    DirectoryComboBox district(db, u"place"_s);
    district.setParentFilter(u"R1"_s);
    QCOMPARE(district.count(), 3);
    QVERIFY(district.rowOfCode(u"D1"_s) > 0);
    QCOMPARE(district.rowOfCode(u"D3"_s), -1);
    district.setCurrentCode(u"D2"_s);
    QCOMPARE(district.currentCode(), u"D2"_s);

    QSignalSpy changed(&district, &DirectoryComboBox::codeChanged);
    district.setParentFilter(u"R2"_s); // another region: the district no longer fits
    QCOMPARE(district.currentCode(), QString());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toString(), QString());
    QVERIFY(district.rowOfCode(u"D3"_s) > 0);

    district.setParentFilter(QString());
    QCOMPARE(district.count(), 6);
}

void TestDirectoryComboBox::languageChangeRenames()
{
    m_box->setCurrentCode(u"ABA"_s);
    QCOMPARE(m_box->currentText(), u"ABA — область Абай"_s);
    Translator::install(u"kk"_s);
    QEvent change(QEvent::LanguageChange); // sent by Qt when a catalogue is installed; the test has none
    QApplication::sendEvent(m_box, &change);
    QCOMPARE(m_box->currentText(), u"ABA — Абай облысы"_s);
    QCOMPARE(m_box->currentCode(), u"ABA"_s);
    Translator::install(u"en"_s);
    QApplication::sendEvent(m_box, &change);
    QCOMPARE(m_box->currentText(), u"ABA — Abai Region"_s);
    Translator::install(u"ru"_s);
}

QTEST_MAIN(TestDirectoryComboBox)
#include "tst_directorycombobox.moc"
