// The off-schedule reception instruction from the Schedules page, offscreen, on the real calendar: the ЦПГ
// prosecutor presses Ctrl+Shift+N, types the instruction (first for a post R-50 does not cover and without the
// reason: refused naming Position and Reason, corrected in the same dialog), the month shows the line with its kind,
// the sheet does not, and the instruction goes to PDF in Kazakh and in Russian, read back with pdftotext.
#include "PdfText.h"
#include "TestDatabase.h"
#include "GuiTestSupport.h"

#include "appeal/AppealStepDialog.h"
#include "common/Clock.h"
#include "schedule/SchedulePage.h"
#include "schedule/ScheduleService.h"
#include "schedule/ScheduleSheet.h"
#include "security/UserService.h"
#include "setup/Setup.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

class TestOffScheduleInstructionPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void instructFromSchedulesPageAndPrint_R50();

private:
    static void setChoice(AppealStepDialog* dialog, const QString& name, const QString& value)
    {
        auto* combo = dialog->findChild<QComboBox*>(name);
        QVERIFY2(combo, qPrintable(name));
        const int i = combo->findData(value);
        QVERIFY2(i >= 0, qPrintable(value));
        combo->setCurrentIndex(i);
    }
    // Types into a line as a person does: focus, select all, type.
    static void setLine(AppealStepDialog* dialog, const QString& name, const QString& text)
    {
        auto* edit = dialog->findChild<QLineEdit*>(name);
        QVERIFY2(edit, qPrintable(name));
        focusOn(edit);
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Delete);
        typeText(edit, text);
    }
    static void setText(AppealStepDialog* dialog, const QString& name, const QString& text)
    {
        auto* edit = dialog->findChild<QPlainTextEdit*>(name);
        QVERIFY2(edit, qPrintable(name));
        focusOn(edit);
        typeText(edit, text);
    }
    // OK from the keyboard: Tab to the button, Space presses it.
    static void pressOk(AppealStepDialog* dialog)
    {
        QAbstractButton* ok = dialogButton(dialog, QDialogButtonBox::Ok);
        QVERIFY(ok);
        focusOn(ok);
        QTest::keyClick(ok, Qt::Key_Space);
    }
    static QString pdfText(const QString& path) { return test::pdfText(path, nullptr, PdfLayout::Reading); }

    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TestDatabase> m_t;
    std::optional<Session> m_session;
};

void TestOffScheduleInstructionPage::init()
{
    // Monday 7 April 2025, 12:00 in Astana.
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2025, 4, 7), QTime(7, 0), Qt::UTC));
    m_t = std::make_unique<TestDatabase>(TestDatabase::Backend::Sqlite);
    QVERIFY2(m_t->isValid(), qPrintable(m_t->error()));
    m_t->db()->setClock(m_clock.get());
    Problems problems;
    QVERIFY2(Setup::initialise(*m_t->db(), true, &problems), qPrintable(describe(problems)));
    // The ЦПГ prosecutor (ReceptionProsecutor only): R-50 is the ЦПГ prosecutor's instruction.
    m_session = UserService(*m_t->db()).signIn(u"prosecutor"_s, u"Prosecutor-2026"_s, &problems);
    QVERIFY2(m_session, qPrintable(describe(problems)));
}

void TestOffScheduleInstructionPage::cleanup()
{
    cancelPendingModals();
    m_session.reset();
    m_t.reset();
    m_clock.reset();
}

void TestOffScheduleInstructionPage::instructFromSchedulesPageAndPrint_R50()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext is not installed");
    SchedulePage page(*m_t->db(), *m_session);
    QVERIFY(showActive(&page));
    page.organisationField()->setCurrentIndex(page.organisationField()->findData(u"P71"_s));
    QCOMPARE(page.table()->rowCount(), 0);
    QVERIFY(!page.printInstructionButton()->isEnabled());

    bool refusedShown = false;
    bool opened = false;
    onModal<AppealStepDialog>([&](AppealStepDialog* d) {
        opened = d->objectName() == u"offScheduleInstructionDialog";
        setChoice(d, u"organisation"_s, u"P71"_s);
        setLine(d, u"officialName"_s, u"Асқаров Бауыржан Болатұлы"_s);
        setChoice(d, u"position"_s, u"agency_head"_s); // not an oblast or district prosecutor
        setChoice(d, u"form"_s, u"written"_s);
        setLine(d, u"date"_s, u"08.04.2025"_s);
        setLine(d, u"startsAt"_s, u"15:00"_s);
        setLine(d, u"endsAt"_s, u"16:30"_s);
        setLine(d, u"placeKk"_s, u"Астана қ., Бейбітшілік к-сі, 2"_s);
        setLine(d, u"placeRu"_s, u"г. Астана, ул. Бейбітшілік, 2"_s);
        setLine(d, u"visitorName"_s, u"Жұмабекова Сәуле Ерланқызы"_s);
        onModal<AppealStepDialog>([&](AppealStepDialog* again) {
            auto* problems = again->findChild<QLabel*>(u"problems"_s);
            const QString text = problems ? problems->text() : QString();
            refusedShown = problems && problems->isVisible() && text.contains(u"Position"_s)
                           && text.contains(u"Reason"_s) && text.contains(u"R-50"_s);
            QVERIFY2(refusedShown, qPrintable(text));
            setChoice(again, u"position"_s, u"regional_prosecutor"_s);
            setText(again, u"reason"_s, u"Выселение семьи назначено на 09.04.2025"_s);
            pressOk(again);
        });
        pressOk(d);
    });
    QTest::keyClick(page.table(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(opened);
    QVERIFY(refusedShown);
    QVERIFY2(page.problemsLabel()->isHidden(), qPrintable(page.problemsLabel()->text()));

    // The month's list shows the line with its kind and who instructed; it is selected, ready to print.
    QCOMPARE(page.table()->rowCount(), 1);
    QVERIFY2(page.table()->item(0, 1)->text().contains(u"R-50"_s), qPrintable(page.table()->item(0, 1)->text()));
    QVERIFY2(page.table()->item(0, 1)->text().contains(u"written"_s), qPrintable(page.table()->item(0, 1)->text()));
    QCOMPARE(page.table()->item(0, 2)->text(), u"08.04.2025"_s);
    QVERIFY2(page.table()->item(0, 6)->text().contains(u"Ким Виктория Андреевна"_s),
             qPrintable(page.table()->item(0, 6)->text()));
    QVERIFY(page.printInstructionButton()->isEnabled());
    QVERIFY(page.instructionPdfButton()->isEnabled());
    QVERIFY(!page.editButton()->isEnabled());
    QVERIFY(!page.approveButton()->isEnabled());
    // Not on the posted sheet.
    QVERIFY(ScheduleSheet::forMonth(*m_t->db(), u"P71"_s, 2025, 4).rows.isEmpty());
    screenshot(&page, u"schedule-off-schedule-instruction"_s);

    // The document in Kazakh, then in Russian.
    QTemporaryDir dir;
    const QString kkPath = dir.filePath(u"instruction-kk.pdf"_s);
    const QString ruPath = dir.filePath(u"instruction-ru.pdf"_s);
    page.instructionLanguageField()->setCurrentIndex(page.instructionLanguageField()->findData(u"kk"_s));
    page.askPdfPath = [&](const QString&) { return kkPath; };
    click(page.instructionPdfButton());
    page.instructionLanguageField()->setCurrentIndex(page.instructionLanguageField()->findData(u"ru"_s));
    page.askPdfPath = [&](const QString&) { return ruPath; };
    click(page.instructionPdfButton());
    const QString kk = pdfText(kkPath);
    const QString ru = pdfText(ruPath);
    QVERIFY2(kk.contains(u"Кестеден тыс жеке қабылдау ұйымдастыру туралы тапсырма"_s), qPrintable(kk));
    QVERIFY2(kk.contains(u"Астана қ., Бейбітшілік к-сі, 2"_s) && kk.contains(u"жазбаша"_s), qPrintable(kk));
    QVERIFY2(ru.contains(u"Поручение об организации личного приема вне графика"_s), qPrintable(ru));
    QVERIFY2(ru.contains(u"г. Астана, ул. Бейбітшілік, 2"_s) && ru.contains(u"письменная"_s), qPrintable(ru));
    for (const QString& text : {kk, ru}) {
        QVERIFY2(text.contains(u"R-50"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Асқаров Бауыржан Болатұлы"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Ким Виктория Андреевна"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Жұмабекова Сәуле Ерланқызы"_s), qPrintable(text));
        QVERIFY2(text.contains(u"08.04.2025, 15:00–16:30"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Выселение семьи назначено на 09.04.2025"_s), qPrintable(text));
    }
}

QTEST_MAIN(TestOffScheduleInstructionPage)
#include "tst_offscheduleinstruction.moc"
