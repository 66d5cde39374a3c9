// DirectoryPage and DirectoryEntryDialog driven through their real widgets: add, refuse, search, edit, delete,
// export and import through the injected file chooser, read-only for non-administrators, a large tree.
#include "GuiTestSupport.h"
#include "TestDatabase.h"

#include "directory/DirectoryComboBox.h"
#include "directory/DirectoryEntryDialog.h"
#include "directory/DirectoryPage.h"
#include "directory/DirectoryRepository.h"
#include "directory/DirectoryService.h"
#include "directory/ImportReportDialog.h"
#include "i18n/Translator.h"
#include "security/Session.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

namespace {
QStringList visibleCodes(QAbstractItemView* view, const QModelIndex& parent = {})
{
    QStringList codes;
    const QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        codes << index.data(DirectoryPage::CodeRole).toString();
        codes << visibleCodes(view, index);
    }
    return codes;
}
} // namespace

class TestDirectoryPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsKindsAndEntries();
    void addEntryThroughDialog();
    void emptyRussianNameIsRefusedAndInputKept();
    void searchFiltersByCodeAndAnyName();
    void searchInTreeKeepsParents();
    void editWithF2AndDeleteWithDel();
    void exportThenImportCsv();
    void badRowReportsLineAndImportsNothing();
    void katoImportOnlyForKato();
    void nonAdministratorSeesReadOnly();
    void largeTreeStaysResponsive();

private:
    void openPage(const Session& session);
    Session administrator();

    std::unique_ptr<test::TestDatabase> m_t;
    std::unique_ptr<DirectoryPage> m_page;
    QTemporaryDir m_files;
};

void TestDirectoryPage::init()
{
    Translator::install(u"ru"_s);
    m_t = std::make_unique<test::TestDatabase>(test::TestDatabase::Backend::Sqlite);
    QVERIFY2(m_t->isValid(), qPrintable(m_t->error()));
    Database& db = *m_t->db();
    addKind(db, u"organisation"_s, u"Организации"_s, true, 10);
    addKind(db, u"region"_s, u"Регионы"_s, false, 20);
    addKind(db, u"kato"_s, u"КАТО"_s, true, 30);
    addEntry(db, u"organisation"_s, u"GP"_s, u"Бас прокуратура"_s, u"Генеральная прокуратура"_s,
             u"General Prosecutor's Office"_s);
    addEntry(db, u"organisation"_s, u"GP-CPG"_s, u"Азаматтарды қабылдау орталығы"_s, u"Центр приема граждан"_s, {},
             u"GP"_s);
    addEntry(db, u"organisation"_s, u"ALA-P"_s, u"Алматы қаласының прокуратурасы"_s, u"Прокуратура города Алматы"_s);
    addEntry(db, u"region"_s, u"ALA"_s, u"Алматы"_s, u"Алматы"_s, u"Almaty"_s);
    addEntry(db, u"region"_s, u"AST"_s, u"Астана"_s, u"Астана"_s, u"Astana"_s);
    addEntry(db, u"region"_s, u"ABA"_s, u"Абай облысы"_s, u"область Абай"_s, u"Abai Region"_s);
}

void TestDirectoryPage::cleanup()
{
    cancelPendingModals();
    m_page.reset();
    m_t.reset();
}

Session TestDirectoryPage::administrator()
{
    return signInAdministrator(*m_t->db(), u"Жұмабаева Айгүл"_s);
}

void TestDirectoryPage::openPage(const Session& session)
{
    m_page = std::make_unique<DirectoryPage>(*m_t->db(), session);
    m_page->resize(1200, 700);
    QVERIFY(showActive(m_page.get()));
}

void TestDirectoryPage::listsKindsAndEntries()
{
    openPage(administrator());
    auto* kinds = m_page->findChild<QListWidget*>(u"kinds"_s);
    QVERIFY(kinds);
    QCOMPARE(kinds->count(), 3);
    QCOMPARE(kinds->item(0)->text(), u"Организации"_s); // the current language
    QCOMPARE(m_page->currentKind(), u"organisation"_s);
    QVERIFY(qobject_cast<QTreeView*>(m_page->entryView())); // hierarchical: a tree
    // The directory's order (sort order, then code), children under their parent.
    QCOMPARE(visibleCodes(m_page->entryView()), (QStringList{u"ALA-P"_s, u"GP"_s, u"GP-CPG"_s}));
    screenshot(m_page.get(), u"directories-organisation"_s);

    // Choosing another kind with the keyboard shows it as a table, with every column.
    kinds->setFocus();
    QTest::keyClick(kinds, Qt::Key_Down);
    QCOMPARE(m_page->currentKind(), u"region"_s);
    QAbstractItemView* view = m_page->entryView();
    QVERIFY(!qobject_cast<QTreeView*>(view));
    QCOMPARE(view->model()->columnCount(), 7);
    QCOMPARE(visibleCodes(view), (QStringList{u"ABA"_s, u"ALA"_s, u"AST"_s}));
    QCOMPARE(view->model()->index(0, 1).data().toString(), u"Абай облысы"_s);
    QCOMPARE(view->model()->index(0, 2).data().toString(), u"область Абай"_s);
    QCOMPARE(view->model()->index(0, 3).data().toString(), u"Abai Region"_s);
    screenshot(m_page.get(), u"directories-region"_s);
}

void TestDirectoryPage::addEntryThroughDialog()
{
    openPage(administrator());
    m_page->selectKind(u"region"_s);
    bool handled = false;
    onModal<DirectoryEntryDialog>(
        [](DirectoryEntryDialog* dialog) {
            typeText(dialog->findChild<QLineEdit*>(u"code"_s), u"KAR"_s);
            typeText(dialog->findChild<QLineEdit*>(u"nameKk"_s), u"Қарағанды облысы"_s);
            typeText(dialog->findChild<QLineEdit*>(u"nameRu"_s), u"Карагандинская область"_s);
            typeText(dialog->findChild<QLineEdit*>(u"source"_s), u"КАТО"_s);
            click(dialogButton(dialog, QDialogButtonBox::Save));
        },
        &handled);
    click(m_page->button(DirectoryPage::Action::Add));
    QVERIFY(handled);

    const auto saved = DirectoryRepository(*m_t->db()).entry(u"region"_s, u"KAR"_s);
    QVERIFY(saved);
    QCOMPARE(saved->nameKk, u"Қарағанды облысы"_s);
    QCOMPARE(saved->nameRu, u"Карагандинская область"_s);
    QCOMPARE(saved->source, u"КАТО"_s);
    QVERIFY(saved->validFrom.isNull());        // "no date" is the default
    QCOMPARE(m_page->currentCode(), u"KAR"_s); // the new entry is selected
    QVERIFY(visibleCodes(m_page->entryView()).contains(u"KAR"_s));

    // The same with the keyboard only: Ins opens the dialog, Enter in a field saves.
    focusOn(m_page->entryView());
    handled = false;
    onModal<DirectoryEntryDialog>(
        [](DirectoryEntryDialog* dialog) {
            typeText(dialog->focusWidget(), u"ZHT"_s); // the cursor starts in the code
            typeText(dialog->findChild<QLineEdit*>(u"nameKk"_s), u"Жетісу облысы"_s);
            QLineEdit* nameRu = dialog->findChild<QLineEdit*>(u"nameRu"_s);
            typeText(nameRu, u"область Жетісу"_s);
            QTest::keyClick(nameRu, Qt::Key_Return);
        },
        &handled);
    QTest::keyClick(m_page->entryView(), Qt::Key_Insert);
    QVERIFY(handled);
    QVERIFY(DirectoryRepository(*m_t->db()).entry(u"region"_s, u"ZHT"_s));
}

void TestDirectoryPage::emptyRussianNameIsRefusedAndInputKept()
{
    openPage(administrator());
    m_page->selectKind(u"region"_s);
    QString problems;
    QString keptCode;
    QString keptKk;
    bool stayedOpen = false;
    QWidget* focused = nullptr;
    QWidget* nameRuField = nullptr;
    onModal<DirectoryEntryDialog>([&](DirectoryEntryDialog* dialog) {
        typeText(dialog->findChild<QLineEdit*>(u"code"_s), u"TUR"_s);
        typeText(dialog->findChild<QLineEdit*>(u"nameKk"_s), u"Түркістан облысы"_s);
        click(dialogButton(dialog, QDialogButtonBox::Save));
        stayedOpen = dialog->isVisible();
        problems = dialog->findChild<QLabel*>(u"problems"_s)->text();
        screenshot(dialog, u"directory-entry-refused"_s);
        keptCode = dialog->findChild<QLineEdit*>(u"code"_s)->text();
        keptKk = dialog->findChild<QLineEdit*>(u"nameKk"_s)->text();
        focused = dialog->focusWidget();
        nameRuField = dialog->findChild<QLineEdit*>(u"nameRu"_s);
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    click(m_page->button(DirectoryPage::Action::Add));
    QVERIFY(stayedOpen);
    QVERIFY2(problems.contains(DirectoryService::tr("name (Russian)")), qPrintable(problems));
    QVERIFY2(problems.contains(DirectoryService::tr("the Russian name is empty")), qPrintable(problems));
    QCOMPARE(keptCode, u"TUR"_s);
    QCOMPARE(keptKk, u"Түркістан облысы"_s);
    QCOMPARE(focused, nameRuField); // the cursor waits in the field named
    QVERIFY(!DirectoryRepository(*m_t->db()).exists(u"region"_s, u"TUR"_s));
    QCOMPARE(DirectoryRepository(*m_t->db()).count(u"region"_s), 3);
}

void TestDirectoryPage::searchFiltersByCodeAndAnyName()
{
    openPage(administrator());
    m_page->selectKind(u"region"_s);
    QLineEdit* search = m_page->searchField();
    QTest::keyClick(m_page.get(), Qt::Key_F, Qt::ControlModifier); // Ctrl+F goes to the search
    QCOMPARE(QApplication::focusWidget(), search);

    typeText(search, u"облысы"_s); // Kazakh name only
    QTRY_COMPARE(visibleCodes(m_page->entryView()), QStringList{u"ABA"_s});
    search->clear();
    typeText(search, u"ОБЛАСТЬ"_s); // Russian name, any case
    QTRY_COMPARE(visibleCodes(m_page->entryView()), QStringList{u"ABA"_s});
    search->clear();
    typeText(search, u"astana"_s); // English name
    QTRY_COMPARE(visibleCodes(m_page->entryView()), QStringList{u"AST"_s});
    search->clear();
    typeText(search, u"al"_s); // code ALA and the name Almaty
    QTRY_COMPARE(visibleCodes(m_page->entryView()), QStringList{u"ALA"_s});
    search->clear();
    QTRY_COMPARE(visibleCodes(m_page->entryView()).size(), 3);
    // Enter in the search applies it at once and moves to the list.
    typeText(search, u"абай"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(visibleCodes(m_page->entryView()), QStringList{u"ABA"_s});
    QCOMPARE(QApplication::focusWidget(), m_page->entryView());
}

void TestDirectoryPage::searchInTreeKeepsParents()
{
    openPage(administrator());
    m_page->selectKind(u"organisation"_s);
    typeText(m_page->searchField(), u"приема"_s);
    QTRY_COMPARE(visibleCodes(m_page->entryView()), (QStringList{u"GP"_s, u"GP-CPG"_s}));
    screenshot(m_page.get(), u"directories-search-tree"_s);
    auto* tree = qobject_cast<QTreeView*>(m_page->entryView());
    QVERIFY(tree->isExpanded(tree->model()->index(0, 0))); // the match is shown, not folded away
}

void TestDirectoryPage::editWithF2AndDeleteWithDel()
{
    openPage(administrator());
    m_page->selectKind(u"region"_s);
    QVERIFY(m_page->selectCode(u"AST"_s));
    QAbstractItemView* view = m_page->entryView();
    focusOn(view);

    bool codeReadOnly = false;
    onModal<DirectoryEntryDialog>([&](DirectoryEntryDialog* dialog) {
        codeReadOnly = dialog->findChild<QLineEdit*>(u"code"_s)->isReadOnly();
        QLineEdit* nameEn = dialog->findChild<QLineEdit*>(u"nameEn"_s);
        nameEn->selectAll();
        typeText(nameEn, u"Astana city"_s);
        QTest::keyClick(nameEn, Qt::Key_Return);
    });
    QTest::keyClick(view, Qt::Key_F2);
    QVERIFY(codeReadOnly); // other records keep the code
    QCOMPARE(DirectoryRepository(*m_t->db()).entry(u"region"_s, u"AST"_s)->nameEn, u"Astana city"_s);

    // Enter on the row opens it too; Esc leaves it unchanged.
    bool opened = false;
    onModal<DirectoryEntryDialog>([](DirectoryEntryDialog* dialog) { QTest::keyClick(dialog, Qt::Key_Escape); },
                                  &opened);
    focusOn(view);
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(opened);

    // Del asks first; No keeps the entry.
    onModal<QMessageBox>([](QMessageBox* box) { click(box->button(QMessageBox::No)); });
    focusOn(view);
    QTest::keyClick(view, Qt::Key_Delete);
    QVERIFY(DirectoryRepository(*m_t->db()).exists(u"region"_s, u"AST"_s));

    QString question;
    onModal<QMessageBox>([&](QMessageBox* box) {
        question = box->text();
        click(box->button(QMessageBox::Yes));
    });
    focusOn(view);
    QTest::keyClick(view, Qt::Key_Delete);
    QVERIFY2(question.contains(u"AST"_s), qPrintable(question));
    // Soft delete: gone from the directory, the row is kept as a tombstone.
    QVERIFY(!DirectoryRepository(*m_t->db()).exists(u"region"_s, u"AST"_s));
    QCOMPARE(DirectoryRepository(*m_t->db()).entries(u"region"_s, true).size(), 3);
    QCOMPARE(visibleCodes(m_page->entryView()), (QStringList{u"ABA"_s, u"ALA"_s}));
}

void TestDirectoryPage::exportThenImportCsv()
{
    openPage(administrator());
    m_page->selectKind(u"region"_s);
    const QString path = m_files.filePath(u"region.csv"_s);
    bool askedToSave = false;
    m_page->chooseFile = [&](bool save) {
        askedToSave = save;
        return path;
    };
    click(m_page->button(DirectoryPage::Action::ExportCsv));
    QVERIFY(askedToSave);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString csv = QString::fromUtf8(file.readAll());
    file.close();
    QVERIFY2(csv.startsWith(DirectoryService::csvHeader().join(u','), Qt::CaseInsensitive), qPrintable(csv));
    QVERIFY(csv.contains(u"Абай облысы"_s));
    QVERIFY2(m_page->lastReport().contains(u"3"_s), qPrintable(m_page->lastReport()));

    // Change one name and add a row, then import the file back.
    csv.replace(u"Abai Region"_s, u"Abai Oblast"_s);
    csv += u"ZHT,,Жетісу облысы,область Жетісу,Zhetysu Region,2022-06-08,,40,КАТО,\r\n"_s;
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(csv.toUtf8());
    file.close();

    QString summary;
    QString details;
    bool reported = false;
    onModal<ImportReportDialog>(
        [&](ImportReportDialog* dialog) {
            summary = dialog->summary();
            details = dialog->details();
            click(dialogButton(dialog, QDialogButtonBox::Close));
        },
        &reported);
    askedToSave = true;
    click(m_page->button(DirectoryPage::Action::ImportCsv));
    QVERIFY(!askedToSave);
    QVERIFY(reported);
    QCOMPARE(summary, DirectoryPage::tr("Imported %1: %2 inserted, %3 updated, %4 unchanged, %5 closed.")
                          .arg(u"region.csv"_s)
                          .arg(1)
                          .arg(1)
                          .arg(2)
                          .arg(0));
    QVERIFY(details.isEmpty());

    DirectoryRepository directory(*m_t->db());
    QCOMPARE(directory.entry(u"region"_s, u"ABA"_s)->nameEn, u"Abai Oblast"_s);
    const auto added = directory.entry(u"region"_s, u"ZHT"_s);
    QVERIFY(added);
    QCOMPARE(added->nameKk, u"Жетісу облысы"_s);
    QCOMPARE(added->validFrom, QDate(2022, 6, 8));
    QVERIFY(visibleCodes(m_page->entryView()).contains(u"ZHT"_s)); // the list shows the import
}

void TestDirectoryPage::badRowReportsLineAndImportsNothing()
{
    openPage(administrator());
    m_page->selectKind(u"region"_s);
    const QString path = m_files.filePath(u"bad.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(u"code,parent,name_kk,name_ru,name_en,valid_from,valid_to,sort,source,attributes\n"
               "KAR,,Қарағанды облысы,Карагандинская область,,,,50,,\n"
               "ULY,,Ұлытау облысы,,,,,60,,\n"
               "ZHT,,Жетісу облысы,область Жетісу,,08.06.2022,,70,,\n"_s.toUtf8());
    file.close();
    m_page->chooseFile = [&](bool) { return path; };

    QString summary;
    QString details;
    onModal<ImportReportDialog>([&](ImportReportDialog* dialog) {
        summary = dialog->summary();
        details = dialog->details();
        screenshot(dialog, u"directory-import-problems"_s);
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    click(m_page->button(DirectoryPage::Action::ImportCsv));
    QVERIFY2(!details.isEmpty(), qPrintable(summary));
    const QStringList lines = details.split(u'\n');
    QCOMPARE(lines.size(), 2); // every problem, each on its own line
    QVERIFY2(lines.at(0).contains(QCoreApplication::translate("Problem", "line %1").arg(3)), qPrintable(details));
    QVERIFY2(lines.at(0).contains(DirectoryService::tr("the Russian name is empty")), qPrintable(details));
    QVERIFY2(lines.at(1).contains(QCoreApplication::translate("Problem", "line %1").arg(4)), qPrintable(details));
    QVERIFY2(lines.at(1).contains(u"valid_from"_s), qPrintable(details));
    // All or nothing: the good row on line 2 was not imported either.
    QVERIFY(!DirectoryRepository(*m_t->db()).exists(u"region"_s, u"KAR"_s));
    QCOMPARE(DirectoryRepository(*m_t->db()).count(u"region"_s), 3);
    QVERIFY2(m_page->lastReport().contains(details), qPrintable(m_page->lastReport()));
}

void TestDirectoryPage::katoImportOnlyForKato()
{
    openPage(administrator());
    m_page->selectKind(u"region"_s);
    QVERIFY(!m_page->button(DirectoryPage::Action::ImportKato)->isVisible());
    QVERIFY(!m_page->action(DirectoryPage::Action::ImportKato)->isEnabled());
    m_page->selectKind(u"kato"_s);
    QVERIFY(m_page->button(DirectoryPage::Action::ImportKato)->isVisible());
    QVERIFY(m_page->button(DirectoryPage::Action::ImportKato)->isEnabled());

    // The statistics bureau's columns; the district's parent is derived from its code.
    const QString path = m_files.filePath(u"kato.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(u"te,ab,cd,ef,hij,k,name_kaz,name_rus,nn\n"
               "750000000,75,00,00,000,,Алматы қаласы,город Алматы,\n"
               "751710000,75,17,10,000,,Алатау ауданы,Алатауский район,\n"_s.toUtf8());
    file.close();
    m_page->chooseFile = [&](bool) { return path; };
    QString summary;
    onModal<ImportReportDialog>([&](ImportReportDialog* dialog) {
        summary = dialog->summary();
        dialog->reject();
    });
    click(m_page->button(DirectoryPage::Action::ImportKato));
    QCOMPARE(summary,
             DirectoryPage::tr("Imported %1: %2 inserted, %3 updated, %4 unchanged, %5 closed (no longer in the "
                               "classifier).")
                 .arg(u"kato.csv"_s)
                 .arg(2)
                 .arg(0)
                 .arg(0)
                 .arg(0));
    const auto district = DirectoryRepository(*m_t->db()).entry(u"kato"_s, u"751710000"_s);
    QVERIFY(district);
    QCOMPARE(district->parentCode, u"750000000"_s);
    QCOMPARE(visibleCodes(m_page->entryView()), (QStringList{u"750000000"_s, u"751710000"_s}));
}

void TestDirectoryPage::nonAdministratorSeesReadOnly()
{
    UserAccount operatorUser;
    operatorUser.id = u"0190a6c2-5f1e-7b3a-9c4d-2e8f6a1b3c5d"_s;
    operatorUser.login = u"operator"_s;
    operatorUser.roles = {Role::Operator, Role::ReceptionProsecutor};
    openPage(Session(operatorUser));
    m_page->selectKind(u"region"_s);
    QVERIFY(m_page->selectCode(u"ALA"_s));
    for (auto which : {DirectoryPage::Action::Add, DirectoryPage::Action::Edit, DirectoryPage::Action::Delete,
                       DirectoryPage::Action::ImportCsv}) {
        QToolButton* button = m_page->button(which);
        QVERIFY2(!button->isEnabled(), qPrintable(button->objectName()));
        QCOMPARE(button->toolTip(), DirectoryPage::tr("Only an administrator can change directories."));
    }
    QVERIFY(m_page->button(DirectoryPage::Action::ExportCsv)->isEnabled()); // reading is allowed
    QVERIFY(m_page->findChild<QLabel*>(u"readOnlyNote"_s)->isVisible());
    screenshot(m_page.get(), u"directories-read-only"_s);
    QVERIFY(!m_page->action(DirectoryPage::Action::Add)->isEnabled());

    // Ins and Del do nothing; Enter shows the entry without a way to save it.
    QAbstractItemView* view = m_page->entryView();
    focusOn(view);
    QTest::keyClick(view, Qt::Key_Insert);
    QTest::keyClick(view, Qt::Key_Delete);
    QVERIFY(!QApplication::activeModalWidget());
    bool canSave = true;
    bool nameReadOnly = false;
    onModal<DirectoryEntryDialog>([&](DirectoryEntryDialog* dialog) {
        canSave = dialogButton(dialog, QDialogButtonBox::Save) != nullptr;
        nameReadOnly = dialog->findChild<QLineEdit*>(u"nameRu"_s)->isReadOnly();
        click(dialogButton(dialog, QDialogButtonBox::Close));
    });
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(!canSave);
    QVERIFY(nameReadOnly);
    QCOMPARE(DirectoryRepository(*m_t->db()).count(u"region"_s), 3);

    // The service refuses on its own, whatever the screen shows.
    Problems problems;
    QVERIFY(!DirectoryService(*m_t->db()).remove(Session(operatorUser), u"region"_s, u"ALA"_s, &problems));
}

void TestDirectoryPage::largeTreeStaysResponsive()
{
    // A tree the size of the full KATO (~15,000 rows): 150 regions of 99 districts each.
    QStringList rows{DirectoryService::csvHeader().join(u',')};
    for (int r = 1; r <= 150; ++r) {
        const QString region = u"R%1"_s.arg(r, 3, 10, QLatin1Char('0'));
        rows << u"%1,,Облыс %2,Область %2,,,,%3,,"_s.arg(region).arg(r).arg(r * 1000);
        for (int d = 1; d <= 99; ++d)
            rows << u"%1-%2,%1,Аудан %3 %4,Район %3 %4,,,,%5,,"_s.arg(region)
                        .arg(d, 2, 10, QLatin1Char('0'))
                        .arg(r)
                        .arg(d)
                        .arg(r * 1000 + d);
    }
    addKind(*m_t->db(), u"big"_s, u"Большой"_s, true, 40);
    DirectoryService::ImportResult result;
    Problems problems;
    QVERIFY2(DirectoryService(*m_t->db())
                 .importCsv(Session::program(u"test"_s), u"big"_s, rows.join(u'\n').toUtf8(), &result, &problems),
             qPrintable(describe(problems)));
    QCOMPARE(result.inserted, 15000);

    openPage(administrator());
    QElapsedTimer timer;
    timer.start();
    m_page->selectKind(u"big"_s);
    const qint64 loadMs = timer.elapsed();
    QCOMPARE(m_page->entryView()->model()->rowCount(), 150);
    timer.restart();
    typeText(m_page->searchField(), u"Район 77 42"_s);
    QTest::keyClick(m_page->searchField(), Qt::Key_Return);
    const qint64 searchMs = timer.elapsed();
    QCOMPARE(visibleCodes(m_page->entryView()), (QStringList{u"R077"_s, u"R077-42"_s}));
    qInfo("15,000 rows: shown in %lld ms, searched in %lld ms", loadMs, searchMs);
    QVERIFY2(loadMs < 3000, qPrintable(QString::number(loadMs)));
    QVERIFY2(searchMs < 3000, qPrintable(QString::number(searchMs)));

    // The type-ahead choice over the same 15,000 entries, as a form would use it.
    timer.restart();
    DirectoryComboBox box(*m_t->db(), u"big"_s);
    const qint64 boxMs = timer.elapsed();
    QCOMPARE(box.count(), 15001);
    QVERIFY(showActive(&box));
    timer.restart();
    typeText(box.lineEdit(), u"Аудан 77 42"_s);
    QTRY_COMPARE(box.completer()->completionCount(), 1);
    const qint64 typeMs = timer.elapsed();
    qInfo("combo box of 15,000 entries: built in %lld ms, 11 keys typed in %lld ms", boxMs, typeMs);
    QVERIFY2(boxMs < 3000, qPrintable(QString::number(boxMs)));
}

QTEST_MAIN(TestDirectoryPage)
#include "tst_directorypage.moc"
