// The schedule printed for posting (R-5: both languages on the sheet; R-6: a sheet per detention facility) and the
// pre-registration printouts (the list, the refusal letter in the applicant's language)
// through SchedulePrint → PdfWriter (DejaVu Sans embedded): pdftotext reads back the Kazakh and the Russian text,
// every Kazakh letter ә ғ қ ң ө ұ ү һ і included.
#include "PdfText.h"
#include "TestDatabase.h"

#include "common/Clock.h"
#include "prereg/PreRegistrationService.h"
#include "print/SchedulePrint.h"
#include "schedule/ScheduleService.h"
#include "schedule/ScheduleSheet.h"
#include "security/Session.h"
#include "setup/Setup.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

namespace {

// In reading order (not -layout: the table's cells come one after the other).
QString readingText(const QString& path, QString* error) { return test::pdfText(path, error, PdfLayout::Reading); }

} // namespace

class TestSchedulePrint : public QObject
{
    Q_OBJECT

    // Monday 2025-03-03.
    FixedClock clock{QDateTime(QDate(2025, 3, 3), QTime(7, 0), Qt::UTC)};
    std::unique_ptr<TestDatabase> m_t;
    QTemporaryDir m_dir;
    Session program = Session::program(u"test"_s);
    QString m_gp;

    QString line(ScheduleEntry e)
    {
        ScheduleService schedules(*m_t->db());
        e.organisationCode = u"CPG"_s;
        e.validFrom = QDate(2025, 1, 1);
        Problems problems;
        if (!schedules.save(program, &e, &problems) || !schedules.approve(program, e.id, &problems))
            qWarning() << describe(problems);
        return e.id;
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

        ScheduleEntry gp;
        gp.officialName = u"Әбдіғалиев Ерлан"_s;
        gp.positionCode = u"prosecutor_general"_s;
        gp.weekday = 3;
        gp.startsAt = QTime(10, 0);
        gp.endsAt = QTime(13, 0);
        gp.placeKk = u"Ғимарат, шаһар"_s;
        gp.placeRu = u"Приемная"_s;
        m_gp = line(gp);
        QVERIFY(!m_gp.isEmpty());
        ScheduleEntry duty;
        duty.officialName = u"Өтегенов Ұлан Һамитұлы"_s;
        duty.positionCode = u"duty_prosecutor"_s;
        duty.kind = ScheduleEntry::Kind::DutyFacility;
        duty.weekday = 2;
        duty.startsAt = QTime(10, 0);
        duty.endsAt = QTime(12, 0);
        duty.placeKk = u"Бөлме"_s;
        duty.placeRu = u"Комната"_s;
        duty.facilityTypeCode = u"ivs"_s;
        duty.facilityName = u"ИВС Жаңаарқа"_s;
        QVERIFY(!line(duty).isEmpty());
    }

    void cleanupTestCase() { m_t.reset(); }

    // the sheet's PDF holds both languages and every Kazakh letter as text; R-6: the facility's sheet follows.
    void schedulePdf_bothLanguages_kazakhLetters_R5_R6()
    {
        const ScheduleSheet sheet = ScheduleSheet::forMonth(*m_t->db(), {}, 2025, 3);
        QCOMPARE(sheet.rows.size(), 2);
        const QString path = m_dir.filePath(u"schedule.pdf"_s);
        QString error;
        QVERIFY2(SchedulePrint::writePdf(sheet, path, &error), qPrintable(error));
        const QString text = readingText(path, &error);
        QVERIFY2(!text.isEmpty(), qPrintable(error));
        for (const QString& s :
             {u"Азаматтарды жеке қабылдау кестесі"_s, u"График личного приема граждан"_s, u"Әбдіғалиев Ерлан"_s,
              u"Өтегенов Ұлан Һамитұлы"_s, u"Ғимарат"_s, u"Приемная"_s, u"Жеке қабылдау"_s, u"Личный прием"_s,
              u"ИВС Жаңаарқа"_s, u"наурыз"_s, u"март"_s, u"Кезекші прокурорлардың азаматтарды қабылдау кестесі"_s,
              u"График приема граждан дежурными прокурорами"_s})
            QVERIFY2(text.contains(s), qPrintable(s + u" not in: "_s + text));
        for (const QChar letter : u"әғқңөұүһі"_s)
            QVERIFY2(text.contains(letter), qPrintable(QString(letter)));
        // The facility's own sheet: its duty prosecutor, not the General Prosecutor.
        const QString facilityPath = m_dir.filePath(u"facility.pdf"_s);
        QVERIFY2(SchedulePrint::writeFacilityPdf(sheet, u"ИВС Жаңаарқа"_s, facilityPath, &error), qPrintable(error));
        const QString facility = readingText(facilityPath, &error);
        QVERIFY2(facility.contains(u"Өтегенов Ұлан Һамитұлы"_s), qPrintable(facility));
        QVERIFY(!facility.contains(u"Әбдіғалиев"_s));
    }

    // the list of persons signed up; R-19(2)/R-20: the refusal letter in Kazakh and in Russian.
    void listAndRefusalPdf_R22_R20()
    {
        Database& db = *m_t->db();
        PreRegistrationService prereg(db);
        const QDate on(2025, 3, 19);
        Problems problems;
        PreRegistration a;
        a.channelCode = u"paper"_s;
        a.applicantName = u"Сәрсенбаева Гүлнар"_s;
        a.essence = u"Тұрғын үй дауы"_s;
        a.scheduleId = m_gp;
        a.receptionOn = on;
        a.appointmentAt = QTime(10, 30);
        QVERIFY2(prereg.signUp(program, &a, &problems), qPrintable(describe(problems)));
        PreRegistration b = a;
        b.id.clear();
        b.number.clear();
        b.applicantName = u"Иванов Петр"_s;
        b.appointmentAt = QTime(11, 0);
        QVERIFY2(prereg.signUp(program, &b, &problems), qPrintable(describe(problems)));
        QVERIFY2(prereg.refuse(program, b.id, u"r19_2"_s, u"Жауап берілген, ответ дан 10.01.2025"_s, &problems),
                 qPrintable(describe(problems)));

        QString error;
        const QString listPath = m_dir.filePath(u"list.pdf"_s);
        QVERIFY2(SchedulePrint::writeListPdf(db, m_gp, on, u"ru"_s, listPath, &error), qPrintable(error));
        const QString list = readingText(listPath, &error);
        // (Words, not phrases: the table's cells are read row by row across the columns.)
        for (const QString& s : {u"Список лиц, записанных на личный прием"_s, a.number, u"Сәрсенбаева"_s, u"Гүлнар"_s,
                                 u"Тұрғын"_s, u"дауы"_s, u"10:30"_s, u"19.03.2025"_s})
            QVERIFY2(list.contains(s), qPrintable(s + u" not in: "_s + list));
        QVERIFY(!list.contains(u"Иванов"_s));

        const PreRegistration refused = *prereg.load(b.id);
        for (const QString& lang : {u"kk"_s, u"ru"_s}) {
            const QString path = m_dir.filePath(u"refusal_%1.pdf"_s.arg(lang));
            QVERIFY2(SchedulePrint::writeRefusalPdf(db, refused, lang, path, &error), qPrintable(error));
            const QString text = readingText(path, &error);
            const QString title = lang == u"kk" ? u"Жеке қабылдауға жазудан бас тарту туралы"_s
                                                : u"Об отказе в записи на личный прием"_s;
            const QString ground = lang == u"kk" ? u"Бас тарту негізі"_s : u"Основание отказа"_s;
            for (const QString& s : {title, ground, refused.number, u"Иванов Петр"_s, u"ответ дан 10.01.2025"_s})
                QVERIFY2(text.contains(s), qPrintable(s + u" not in: "_s + text));
        }
    }
};

QTEST_MAIN(TestSchedulePrint)
#include "tst_scheduleprint.moc"
