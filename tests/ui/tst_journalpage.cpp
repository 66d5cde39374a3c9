// JournalPage driven through its widgets over generated cards: the first page shows at once and the rest comes as the
// view scrolls, typing a filter narrows the list, a header click sorts in the database, Enter opens the card under
// the cursor, Ctrl+N and Ctrl+F, CSV (and, where built, PDF) export of the filtered list through the injected chooser.
#include "GuiTestSupport.h"
#include "TestDatabase.h"

#include "common/Csv.h"
#include "reception/CardGenerator.h"
#include "reception/CardJournal.h"
#include "reception/JournalModel.h"
#include "reception/JournalPage.h"
#include "security/Session.h"
#include "setup/Setup.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

class TestJournalPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<JournalPage> m_page;
    QTemporaryDir m_dir;
    static constexpr int kCards = 450;

    JournalModel* model() { return m_page->model(); }

private slots:
    void initTestCase()
    {
        m_t = std::make_unique<TestDatabase>(TestDatabase::Backend::Sqlite);
        QVERIFY2(m_t->isValid(), qPrintable(m_t->error()));
        Problems problems;
        Database& db = *m_t->db();
        QVERIFY2(Setup::initialise(db, false, &problems), qPrintable(describe(problems)));
        if (db.organisationCode().isEmpty())
            QVERIFY(db.setDeviceIdentity(db.deviceId(), Setup::demoOrganisation(db)));
        QCOMPARE(CardGenerator::generate(db, Session::program(u"test"_s), kCards, 5, &problems), kCards);
    }

    void init()
    {
        m_page = std::make_unique<JournalPage>(*m_t->db(), Session::program(u"test"_s));
        m_page->resize(1400, 700);
        QVERIFY(showActive(m_page.get()));
    }

    void cleanup()
    {
        cancelPendingModals();
        m_page.reset();
    }

    void showsFirstPageThenLoadsMoreWhileScrolling()
    {
        QCOMPARE(model()->rowCount(), JournalModel::kPageSize); // lazy: one page, not all cards
        QCOMPARE(model()->total(), kCards);
        QVERIFY2(m_page->statusText().contains(u"450"_s), qPrintable(m_page->statusText()));
        // Newest first.
        QVERIFY(model()->row(0).date >= model()->row(JournalModel::kPageSize - 1).date);
        QVERIFY(!model()->index(0, JournalModel::FullName).data().toString().isEmpty());
        // Topics shown by name (the code is the tooltip).
        const QModelIndex topic = model()->index(0, JournalModel::Topic);
        QVERIFY(topic.data().toString() != topic.data(JournalModel::CodeRole).toString());
        QVERIFY(topic.data(Qt::ToolTipRole).toString().startsWith(topic.data(JournalModel::CodeRole).toString()));

        QTableView* view = m_page->view();
        for (int i = 0; i < 10 && model()->rowCount() < kCards; ++i) {
            view->scrollToBottom();
            QCoreApplication::processEvents();
        }
        QCOMPARE(model()->rowCount(), kCards);
        QSet<QString> ids;
        for (int r = 0; r < model()->rowCount(); ++r)
            ids.insert(model()->row(r).id);
        QCOMPARE(ids.size(), kCards);
        screenshot(m_page.get(), u"journal"_s);
    }

    void typingAFilterNarrows()
    {
        const CardJournal::Row sample = model()->row(7);
        const QString surname = sample.fullName.section(u' ', 0, 0);
        focusOn(m_page->nameField());
        typeText(m_page->nameField(), surname.left(3).toUpper());
        CardJournal::Filter expected;
        expected.name = surname.left(3);
        const int count = CardJournal(*m_t->db()).count(expected);
        QVERIFY(count > 0 && count < kCards);
        QTRY_COMPARE(model()->total(), count);
        for (int r = 0; r < model()->rowCount(); ++r)
            QVERIFY(model()->row(r).fullName.toLower().startsWith(surname.left(3).toLower()));

        // Narrower still: the IIN of one card.
        m_page->clearFilters();
        QCOMPARE(model()->total(), kCards);
        CardJournal::Row withIin;
        for (int r = 0; r < model()->rowCount() && withIin.iin.isEmpty(); ++r)
            withIin = model()->row(r);
        focusOn(m_page->iinField());
        typeText(m_page->iinField(), withIin.iin);
        QTRY_VERIFY(model()->total() < 5);
        QVERIFY(model()->rowCount() >= 1);
        for (int r = 0; r < model()->rowCount(); ++r)
            QCOMPARE(model()->row(r).iin, withIin.iin);

        // The check box applies at once.
        m_page->clearFilters();
        click(m_page->notHeldBox());
        QVERIFY(model()->total() > 0 && model()->total() < kCards / 4);
        for (int r = 0; r < model()->rowCount(); ++r)
            QVERIFY(model()->row(r).notHeld);
        screenshot(m_page.get(), u"journal-not-held"_s);
    }

    void headerClickSortsInTheDatabase()
    {
        QHeaderView* header = m_page->view()->horizontalHeader();
        const int x = header->sectionViewportPosition(JournalModel::Number) + 10;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QCOMPARE(model()->sortOrder().column, CardJournal::Column::Number);
        const auto all = CardJournal(*m_t->db()).fetch({}, model()->sortOrder(), 0, 1);
        QCOMPARE(model()->row(0).id, all.first().id);
        const QString first = model()->row(0).number;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QVERIFY(model()->row(0).number != first); // the other end of the whole journal, not of the loaded page
        const Qt::SortOrder order = model()->sortOrder().order;
        QCOMPARE(model()->row(0).number > first, order == Qt::DescendingOrder);
    }

    void enterOpensTheCardUnderTheCursor()
    {
        QSignalSpy open(m_page.get(), &JournalPage::openCard);
        QTableView* view = m_page->view();
        focusOn(view);
        view->setCurrentIndex(model()->index(3, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toString(), model()->row(3).id);
        QTest::keyClick(view, Qt::Key_Down);
        QTest::keyClick(view, Qt::Key_Enter);
        QCOMPARE(open.size(), 2);
        QCOMPARE(open.last().first().toString(), model()->row(4).id);
        // A double-click opens too (its first press, then the double-click event, as a mouse sends them).
        const QRect cell = view->visualRect(model()->index(5, 2));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(open.size(), 3);
        QCOMPARE(open.last().first().toString(), model()->row(5).id);
    }

    void shortcutsNewCardAndFind()
    {
        QSignalSpy created(m_page.get(), &JournalPage::newCardRequested);
        focusOn(m_page->view());
        QTest::keyClick(m_page->view(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(created.size(), 1);
        QTest::keyClick(m_page->view(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(m_page->textField()->hasFocus());
        typeText(m_page->textField(), u"пенсии"_s);
        QTest::keyClick(m_page->textField(), Qt::Key_Return);
        QVERIFY(model()->total() > 0 && model()->total() < kCards);
    }

    void exportCsvWritesTheFilteredRows()
    {
        click(m_page->notHeldBox());
        const int total = model()->total();
        QVERIFY(total > 0 && total < kCards);
        const QString path = m_dir.filePath(u"journal.csv"_s);
        QString suggested;
        m_page->chooseFile = [&](const QString& s) {
            suggested = s;
            return path;
        };
        QSignalSpy finished(m_page.get(), &JournalPage::exportFinished);
        m_page->action(JournalPage::Action::ExportCsv)->trigger();
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(suggested.endsWith(u".csv"_s));
        const CsvTable table = Csv::readFile(path);
        QVERIFY2(table.ok(), qPrintable(describe(table.problems)));
        QCOMPARE(table.rows.size(), total);
        QCOMPARE(table.header.first(), JournalModel::columnTitle(JournalModel::Number));
        for (int r = 0; r < model()->rowCount(); ++r) {
            QCOMPARE(table.rows.at(r).fields.at(0), model()->row(r).number); // in the journal's order
            QCOMPARE(table.rows.at(r).fields.at(3), model()->row(r).fullName);
        }
        QVERIFY(m_page->lastReport().contains(QString::number(total)));

        // Cancelled by the chooser: nothing happens.
        m_page->chooseFile = [](const QString&) { return QString(); };
        m_page->action(JournalPage::Action::ExportCsv)->trigger();
        QVERIFY(!m_page->isExporting());
    }

    void exportPdfWritesATable()
    {
        if (!JournalPage::canExportPdf())
            QSKIP("built without ui/print/PdfWriter");
        const QString path = m_dir.filePath(u"journal.pdf"_s);
        m_page->chooseFile = [&](const QString&) { return path; };
        QSignalSpy finished(m_page.get(), &JournalPage::exportFinished);
        m_page->action(JournalPage::Action::ExportPdf)->trigger();
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5).startsWith("%PDF"));
    }
};

QTEST_MAIN(TestJournalPage)
#include "tst_journalpage.moc"
