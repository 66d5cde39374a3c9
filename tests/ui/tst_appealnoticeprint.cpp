// Notices to the applicant printed (rules-000 §6 item 6): forwarding by competence (I-31), deficiency (I-25),
// extension (I-52), termination of correspondence (I-58), left without consideration (I-42, I-74), each in Kazakh and
// Russian (I-85), through PdfWriter (DejaVu Sans embedded) to a PDF whose text pdftotext reads back: the applicant,
// the appeal's number and date, the reason, the new date or the body, the signer, and the Kazakh letters.
#include "PdfText.h"
#include "GuiTestSupport.h"
#include "TestDatabase.h"

#include "appeal/AppealNotice.h"
#include "appeal/AppealService.h"
#include "common/Clock.h"
#include "print/AppealNoticePrint.h"
#include "reception/CardPrint.h"
#include "security/Session.h"
#include "setup/Setup.h"

#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

Q_DECLARE_METATYPE(AppealNotice::Kind)

namespace {

// Runs of white space become one space (PdfText.h), and a line broken after a hyphen is joined again.
QString noticeText(const QString& path, QString* error)
{
    static const QRegularExpression brokenHyphen(u"-\\s+"_s);
    return test::pdfText(path, error).replace(brokenHyphen, u"-"_s);
}

} // namespace

class TestAppealNoticePrint : public QObject
{
    Q_OBJECT

    FixedClock clock{QDateTime(QDate(2026, 3, 24), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<TestDatabase> m_t;
    QTemporaryDir m_dir;
    Appeal m_appeal;

    AppealNotice notice(AppealNotice::Kind kind, const QString& language)
    {
        AppealNotice n = AppealNotice::forAppeal(*m_t->db(), m_appeal, kind, language);
        n.outgoingNumber = u"2-05-26/417"_s;
        n.reason = u"Өтініште мекенжай көрсетілмеген; адрес не указан"_s;
        n.newDate = QDate(2026, 5, 12);
        n.body = u"Алматы қаласының Білім басқармасы"_s;
        n.signerName = u"Ғ. Қ. Өмірзақов"_s;
        n.signerPosition = u"Прокурор"_s;
        return n;
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed; scripts/test.sh installs it");
        QVERIFY(m_dir.isValid());
        m_t = std::make_unique<TestDatabase>(TestDatabase::Backend::Sqlite);
        QVERIFY2(m_t->isValid(), qPrintable(m_t->error()));
        m_t->db()->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*m_t->db(), true, &problems), qPrintable(describe(problems)));
        m_appeal.receivedOn = QDate(2026, 3, 20);
        m_appeal.kindCode = u"statement"_s;
        m_appeal.regimeCode = u"appk_administrative"_s;
        m_appeal.formCode = u"paper"_s;
        m_appeal.channelCode = u"paper"_s;
        m_appeal.applicantName = u"Зуһра Ғалымқызы Түменбаева"_s;
        m_appeal.applicantAddress = u"Шымкент қ., Тәуке хан даңғ., 7"_s;
        m_appeal.essence = u"Мектепке орын беру туралы"_s;
        m_appeal.language = u"kk"_s;
        QVERIFY2(AppealService(*m_t->db()).registerAppeal(Session::program(u"test"_s), &m_appeal, &problems),
                 qPrintable(describe(problems)));
    }

    void cleanup() { cancelPendingModals(); }

    void cleanupTestCase() { m_t.reset(); }

    // Every notice in both languages (I-85): each value and the words of the template reach the PDF as text.
    void pdfHasEveryValue_data()
    {
        QTest::addColumn<AppealNotice::Kind>("kind");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        const QString body = u"Алматы қаласының Білім басқармасы"_s;
        const QString reason = u"Өтініште мекенжай көрсетілмеген; адрес не указан"_s;
        const QString newDate = u"12.05.2026"_s;
        using K = AppealNotice::Kind;
        // I-31: forwarding names the body; I-25: the deficiencies and the term to correct them; I-52: the new term
        // and its cause; I-58: the conclusion and what happens to later appeals; I-42/I-74: the ground and I-76.
        QTest::newRow("I-31 forwarding kk")
            << K::Forwarding << u"kk"_s
            << QStringList{u"Өтінішті құзыреті бойынша жіберу туралы хабарлама"_s, body, reason,
                           u"Қарау нәтижелері туралы Сізге аталған орган хабарлайды."_s};
        QTest::newRow("I-31 forwarding ru")
            << K::Forwarding << u"ru"_s
            << QStringList{u"Уведомление о направлении обращения по компетенции"_s, body, reason,
                           u"О результатах рассмотрения Вам сообщит указанный орган."_s};
        QTest::newRow("I-25 deficiency kk")
            << K::Deficiency << u"kk"_s
            << QStringList{u"Өтініштің талаптарға сәйкес келмеуі туралы хабарлама"_s, reason, newDate,
                           u"Өтінішті қайтару қайта жүгінуге кедергі болмайды."_s};
        QTest::newRow("I-25 deficiency ru")
            << K::Deficiency << u"ru"_s
            << QStringList{u"Уведомление о несоответствии обращения требованиям"_s, reason, newDate,
                           u"статьи 63 Административного процедурно-процессуального кодекса"_s};
        QTest::newRow("I-52 extension kk") << K::Extension << u"kk"_s
                                           << QStringList{u"Өтінішті қарау мерзімін ұзарту туралы хабарлама"_s,
                                                          reason, newDate, u"ұзартылғанын хабарлаймыз"_s};
        QTest::newRow("I-52 extension ru") << K::Extension << u"ru"_s
                                           << QStringList{u"Уведомление о продлении срока рассмотрения обращения"_s,
                                                          reason, newDate, u"продлен до 12.05.2026"_s};
        QTest::newRow("I-58 termination kk")
            << K::CorrespondenceTerminated << u"kk"_s
            << QStringList{u"Хат алмасуды тоқтату туралы хабарлама"_s, reason,
                           u"қадағалау іс жүргізуінің материалдарына қосылады"_s};
        QTest::newRow("I-58 termination ru")
            << K::CorrespondenceTerminated << u"ru"_s
            << QStringList{u"Уведомление о прекращении переписки"_s, reason,
                           u"приобщены к материалам надзорного производства"_s};
        QTest::newRow("I-74 left without consideration kk")
            << K::LeftWithoutConsideration << u"kk"_s
            << QStringList{u"Өтінішті қараусыз қалдыру туралы хабарлама"_s, reason,
                           u"Нұсқаулықтың 76-тармағы"_s};
        QTest::newRow("I-74 left without consideration ru")
            << K::LeftWithoutConsideration << u"ru"_s
            << QStringList{u"Уведомление об оставлении обращения без рассмотрения"_s, reason,
                           u"пункт 76 Инструкции"_s};
    }
    void pdfHasEveryValue()
    {
        QFETCH(AppealNotice::Kind, kind);
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        const AppealNotice n = notice(kind, language);
        QVERIFY(!n.organisation.isEmpty()); // the office by name, from the directory
        const QString path = m_dir.filePath(AppealNoticePrint::suggestedFileName(n));
        QString error;
        QVERIFY2(AppealNoticePrint::writePdf(n, path, &error), qPrintable(error));
        const QString text = noticeText(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        expected << m_appeal.applicantName << u"Шымкент қ., Тәуке хан даңғ., 7"_s << m_appeal.number
                 << m_appeal.registeredOn.toString(u"dd.MM.yyyy"_s) << u"Ғ. Қ. Өмірзақов"_s << u"2-05-26/417"_s
                 << n.organisation;
        for (const QString& value : std::as_const(expected))
            QVERIFY2(text.contains(value), qPrintable(u"\"%1\" is not in the PDF:\n%2"_s.arg(value, text)));
        // The letters of Kazakh that a font without them would drop (the applicant's name carries һ).
        if (language == u"kk") {
            const QString lower = text.toLower();
            for (const QChar letter : u"әғқңөұүһі"_s)
                QVERIFY2(lower.contains(letter), qPrintable(QString(letter)));
        } else {
            QVERIFY(text.contains(u"Кому:"_s));
        }
    }

    // The notice's words are its language's, never the other's; values are escaped (verbatim in the PDF).
    void languageAndEscaping_I85()
    {
        for (const AppealNotice::Kind kind : AppealNotice::kinds()) {
            AppealNotice kk = notice(kind, u"kk"_s);
            AppealNotice ru = notice(kind, u"ru"_s);
            QVERIFY(kk.title() != ru.title());
            QVERIFY2(!kk.html().contains(ru.title()), qPrintable(AppealNotice::code(kind)));
            QVERIFY(!ru.html().contains(u"хабарлаймыз"_s));
            QVERIFY(AppealNotice::fromCode(AppealNotice::code(kind)) == kind);
            QVERIFY(AppealNotice::citation(kind).startsWith(u"I-"_s));
            ru.reason = u"<script>x</script> & \"q\""_s;
            QVERIFY(!ru.html().contains(u"<script>"_s));
            QVERIFY(ru.html().contains(u"&lt;script&gt;x&lt;/script&gt; &amp; &quot;q&quot;"_s));
        }
        QCOMPARE(AppealNotice::kinds().size(), 5);
        // An unknown language prints Russian; a paragraph whose value is missing is left out, not printed blank.
        AppealNotice other = notice(AppealNotice::Kind::Extension, u"en"_s);
        QCOMPARE(other.language, u"ru"_s);
        other.reason.clear();
        QVERIFY(!other.html().contains(u"Причина продления"_s));
        QVERIFY(other.html().contains(u"12.05.2026"_s));
    }

    // The print preview (the same helper as the card's) shows the notice on one page.
    void previewShowsTheNotice()
    {
        const AppealNotice n = notice(AppealNotice::Kind::CorrespondenceTerminated, u"kk"_s);
        int pages = 0;
        bool handled = false;
        onModal<QPrintPreviewDialog>(
            [&pages](QPrintPreviewDialog* dialog) {
                if (auto* widget = dialog->findChild<QPrintPreviewWidget*>())
                    pages = widget->pageCount();
                dialog->reject();
            },
            &handled);
        CardPrint::preview(nullptr, n.html(), n.title());
        QVERIFY(handled);
        QCOMPARE(pages, 1);

        // What the preview sends to a printer: the same text.
        const QString path = m_dir.filePath(u"printer.pdf"_s);
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        QString error;
        QVERIFY2(AppealNoticePrint::print(n, &printer, &error), qPrintable(error));
        QVERIFY(noticeText(path, &error).contains(u"Хат алмасуды тоқтату туралы хабарлама"_s));
    }
};

QTEST_MAIN(TestAppealNoticePrint)
#include "tst_appealnoticeprint.moc"
