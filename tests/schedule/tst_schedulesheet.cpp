// The posted schedule (R-5: the state and the Russian language on one sheet; R-4 approved by the head; R-14 field
// receptions; R-6 duty prosecutors with their facility, and a sheet per facility), its website export (HTML page,
// CSV) and the pre-registration printouts (the list of persons signed up, the refusal letter with
// the ground and the explanation) as HTML, every value escaped. On the real calendar: Nauryz 2025-03-25
// (a Tuesday) is no reception day.
#include "TestDatabase.h"

#include "common/Clock.h"
#include "common/Csv.h"
#include "prereg/PreRegistrationDocuments.h"
#include "prereg/PreRegistrationService.h"
#include "schedule/ScheduleService.h"
#include "schedule/ScheduleSheet.h"
#include "security/Session.h"
#include "setup/Setup.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

class TestScheduleSheet : public QObject
{
    Q_OBJECT

    // Monday 2025-03-03.
    FixedClock clock{QDateTime(QDate(2025, 3, 3), QTime(7, 0), Qt::UTC)};
    std::unique_ptr<TestDatabase> m_t;
    Session program = Session::program(u"test"_s);
    QString m_gp, m_field, m_duty, m_draft;

    QString line(ScheduleEntry e, bool approve = true)
    {
        ScheduleService schedules(*m_t->db());
        e.organisationCode = u"CPG"_s;
        Problems problems;
        if (!schedules.save(program, &e, &problems) || (approve && !schedules.approve(program, e.id, &problems)))
            qWarning() << describe(problems);
        return e.id;
    }

private slots:
    void initTestCase()
    {
        m_t = std::make_unique<TestDatabase>(TestDatabase::Backend::Sqlite);
        QVERIFY2(m_t->isValid(), qPrintable(m_t->error()));
        m_t->db()->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*m_t->db(), true, &problems), qPrintable(describe(problems)));
        QCOMPARE(m_t->db()->organisationCode(), u"CPG"_s);

        ScheduleEntry gp;
        gp.officialName = u"Ахметов <b>Ерлан</b> & Ко"_s; // escaped on every sheet
        gp.positionCode = u"prosecutor_general"_s;
        gp.weekday = 3; // Wednesdays
        gp.validFrom = QDate(2025, 1, 1);
        gp.startsAt = QTime(10, 0);
        gp.endsAt = QTime(13, 0);
        gp.placeKk = u"Ғимарат, 1-қабылдау бөлмесі"_s;
        gp.placeRu = u"Здание, приемная \"1\", каб. 5"_s;
        m_gp = line(gp);
        QVERIFY(!m_gp.isEmpty());

        ScheduleEntry field;
        field.officialName = u"Нұрғалиева Әсел"_s;
        field.positionCode = u"deputy_pg"_s;
        field.kind = ScheduleEntry::Kind::Field;
        field.date = QDate(2025, 3, 14);
        field.startsAt = QTime(14, 0);
        field.endsAt = QTime(17, 0);
        field.placeKk = u"Қосшы қаласының әкімдігі"_s;
        field.placeRu = u"Акимат города Косшы"_s;
        m_field = line(field);
        QVERIFY(!m_field.isEmpty());

        ScheduleEntry duty;
        duty.officialName = u"Өтегенов Ұлан Һамитұлы"_s;
        duty.positionCode = u"duty_prosecutor"_s;
        duty.kind = ScheduleEntry::Kind::DutyFacility;
        duty.weekday = 2; // Tuesdays: 2025-03-25 is Nauryz
        duty.validFrom = QDate(2025, 1, 1);
        duty.startsAt = QTime(10, 0);
        duty.endsAt = QTime(12, 0);
        duty.placeKk = u"Тергеу бөлмесі"_s;
        duty.placeRu = u"Следственная комната"_s;
        duty.facilityTypeCode = u"ivs"_s;
        duty.facilityName = u"ИВС ДП г. Астаны"_s;
        m_duty = line(duty);
        QVERIFY(!m_duty.isEmpty());

        ScheduleEntry draft = gp;
        draft.officialName = u"Черновиков Не Утвержден"_s;
        draft.weekday = 4;
        m_draft = line(draft, false);
        QVERIFY(!m_draft.isEmpty());
    }

    // every heading and value in Kazakh and in Russian on the one sheet; R-4: approved lines only, with who
    // approved; sections; values escaped.
    void sheet_bilingualApprovedEscaped_R5_R4()
    {
        const ScheduleSheet sheet = ScheduleSheet::forMonth(*m_t->db(), {}, 2025, 3);
        QCOMPARE(sheet.organisationCode, u"CPG"_s);
        QCOMPARE(sheet.rows.size(), 3);
        const QString html = sheet.html();
        for (const QString& text :
             {u"Азаматтарды жеке қабылдау кестесі"_s, u"График личного приема граждан"_s, u"Лауазымды тұлға"_s,
              u"Должностное лицо"_s, u"Қабылдау күндері"_s, u"Дни приема"_s, u"Көшпелі қабылдау"_s,
              u"Выездной прием"_s, u"Прием дежурного прокурора в учреждении (R-6)"_s, u"наурыз"_s, u"март"_s,
              u"әр сәрсенбі"_s, u"каждую среду"_s, u"Ғимарат, 1-қабылдау бөлмесі"_s, u"Қосшы қаласының әкімдігі"_s,
              u"Акимат города Косшы"_s, u"ИВС ДП г. Астаны"_s, u"Уақыт"_s, u"10:00–13:00"_s,
              u"Қазақстан Республикасының Бас Прокуроры"_s, u"Генеральный Прокурор Республики Казахстан"_s,
              u"Изолятор временного содержания (ИВС)"_s, u"Уақытша ұстау изоляторы"_s, u"14.03.2025"_s,
              u"03.03.2025"_s /* approved on */})
            QVERIFY2(html.contains(text), qPrintable(text));
        QVERIFY(html.contains(u"Ахметов &lt;b&gt;Ерлан&lt;/b&gt; &amp; Ко"_s));
        QVERIFY(!html.contains(u"<b>Ерлан</b>"_s));
        QVERIFY(html.contains(u"приемная &quot;1&quot;"_s));
        QVERIFY(!html.contains(u"Черновиков"_s)); // a draft is not posted
        // Nauryz (2025-03-25, Tuesday) is a day off: the duty prosecutor's Tuesdays are 4, 11 and 18 March.
        const auto duty = std::find_if(sheet.rows.cbegin(), sheet.rows.cend(),
                                       [&](const ScheduleSheet::Row& r) { return r.entry.id == m_duty; });
        QVERIFY(duty != sheet.rows.cend());
        QCOMPARE(duty->dates, (QList<QDate>{QDate(2025, 3, 4), QDate(2025, 3, 11), QDate(2025, 3, 18)}));
        QVERIFY(html.contains(u"04.03, 11.03, 18.03"_s));
        QVERIFY(!html.contains(u"25.03"_s));
        // Regular first, then field, then duty.
        QVERIFY(html.indexOf(u"Ахметов"_s) < html.indexOf(u"Нұрғалиева"_s));
        QVERIFY(html.indexOf(u"Нұрғалиева"_s) < html.indexOf(u"Өтегенов"_s));
    }

    // the sheet posted in the facility has its duty prosecutors only.
    void facilitySheet_dutyOnly_R6()
    {
        const ScheduleSheet sheet = ScheduleSheet::forMonth(*m_t->db(), u"CPG"_s, 2025, 3);
        QCOMPARE(sheet.facilities(), QStringList{u"ИВС ДП г. Астаны"_s});
        const QString html = sheet.facilityHtml(u"ИВС ДП г. Астаны"_s);
        QVERIFY(html.contains(u"Өтегенов Ұлан Һамитұлы"_s));
        QVERIFY(html.contains(u"Кезекші прокурорлардың азаматтарды қабылдау кестесі"_s));
        QVERIFY(html.contains(u"График приема граждан дежурными прокурорами"_s));
        QVERIFY(!html.contains(u"Ахметов"_s));
        QVERIFY(!html.contains(u"Нұрғалиева"_s));
        // Another month without lines says so in both languages.
        const ScheduleSheet empty = ScheduleSheet::forMonth(*m_t->db(), u"CPG"_s, 2024, 3);
        QVERIFY(empty.rows.isEmpty());
        QVERIFY(empty.html().contains(u"В этом месяце утвержденных приемов нет."_s));
        QVERIFY(empty.html().contains(u"Осы айда бекітілген қабылдау жоқ."_s));
    }

    // The website: a standalone UTF-8 page, and CSV that reads back with the project's reader.
    void websiteExport_htmlAndCsv()
    {
        const ScheduleSheet sheet = ScheduleSheet::forMonth(*m_t->db(), {}, 2025, 3);
        const QString page = sheet.websiteHtml();
        QVERIFY(page.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(page.contains(u"<meta charset=\"utf-8\">"_s));
        QVERIFY(page.contains(u"Ахметов &lt;b&gt;Ерлан&lt;/b&gt; &amp; Ко"_s));
        QVERIFY(page.trimmed().endsWith(u"</html>"_s));

        const CsvTable table = Csv::parse(sheet.csv());
        QVERIFY2(table.ok(), qPrintable(describe(table.problems)));
        QCOMPARE(table.header, ScheduleSheet::csvHeader());
        QCOMPARE(table.rows.size(), 3);
        const QStringList gp = table.rows.at(0).fields;
        QCOMPARE(gp.at(table.column(u"official"_s)), u"Ахметов <b>Ерлан</b> & Ко"_s);
        QCOMPARE(gp.at(table.column(u"place_ru"_s)), u"Здание, приемная \"1\", каб. 5"_s);
        QCOMPARE(gp.at(table.column(u"kind"_s)), u"regular"_s);
        QCOMPARE(gp.at(table.column(u"dates"_s)), u"2025-03-05;2025-03-12;2025-03-19;2025-03-26"_s);
        const QStringList duty = table.rows.at(2).fields;
        QCOMPARE(duty.at(table.column(u"kind"_s)), u"duty_facility"_s);
        QCOMPARE(duty.at(table.column(u"facility"_s)), u"ИВС ДП г. Астаны"_s);
        QCOMPARE(duty.at(table.column(u"facility_type_kk"_s)), u"Уақытша ұстау изоляторы"_s);
        QCOMPARE(table.rows.at(1).fields.at(table.column(u"date"_s)), u"2025-03-14"_s);
    }

    // the list of persons signed up; R-19(2), R-20: the refusal letter in the applicant's language
    // with the ground's text from its directory and the explanation.
    void preRegistrationDocuments_list_refusal_R22_R20()
    {
        Database& db = *m_t->db();
        PreRegistrationService prereg(db);
        const QDate on(2025, 3, 19);
        Problems problems;
        PreRegistration a;
        a.channelCode = u"information_system"_s;
        a.applicantName = u"Сәрсенбаева Гүлнар"_s;
        a.essence = u"Сот шешімімен келіспейді <script>alert(1)</script>"_s;
        a.scheduleId = m_gp;
        a.receptionOn = on;
        a.appointmentAt = QTime(10, 30);
        a.outOfTown = true;
        QVERIFY2(prereg.signUp(program, &a, &problems), qPrintable(describe(problems)));
        PreRegistration b = a;
        b.id.clear();
        b.number.clear();
        b.applicantName = u"Иванов Петр"_s;
        b.applicantAddress = u"г. Астана, ул. Абая, 1"_s;
        b.essence = u"Повторно о трудовом споре"_s;
        b.outOfTown = false;
        b.appointmentAt = QTime(11, 0);
        QVERIFY2(prereg.signUp(program, &b, &problems), qPrintable(describe(problems)));
        QVERIFY2(prereg.refuse(program, b.id, u"r19_2"_s, u"Ответ Генерального Прокурора от 10.01.2025 дан"_s,
                               &problems),
                 qPrintable(describe(problems)));

        const QString list = PreRegistrationDocuments::listHtml(db, m_gp, on, u"ru"_s);
        QVERIFY(list.contains(u"Список лиц, записанных на личный прием"_s));
        QVERIFY(list.contains(a.number));
        QVERIFY(list.contains(u"Сәрсенбаева Гүлнар"_s));
        QVERIFY(list.contains(u"&lt;script&gt;"_s));
        QVERIFY(!list.contains(u"<script>"_s));
        QVERIFY(list.contains(u"10:30"_s));
        QVERIFY(list.contains(u"Иногородний"_s));
        QVERIFY(list.contains(u"19.03.2025"_s));
        QVERIFY(!list.contains(u"Иванов Петр"_s)); // refused: not signed up
        QVERIFY(list.contains(u"Запись еще не закрыта."_s));
        const QString listKk = PreRegistrationDocuments::listHtml(db, m_gp, on, u"kk"_s);
        QVERIFY(listKk.contains(u"Жеке қабылдауға жазылған адамдардың тізімі"_s));

        const PreRegistration refused = *prereg.load(b.id);
        const QString ru = PreRegistrationDocuments::refusalLetterHtml(db, refused, u"ru"_s);
        QVERIFY(ru.contains(u"Об отказе в записи на личный прием"_s));
        QVERIFY(ru.contains(u"Кому: Иванов Петр"_s));
        QVERIFY(ru.contains(refused.number));
        QVERIFY(ru.contains(u"Ответ Генерального Прокурора от 10.01.2025 дан"_s));
        QVERIFY(ru.contains(u"(R-19(2))"_s));
        QVERIFY(ru.contains(u"Основание отказа:"_s));
        const QString kk = PreRegistrationDocuments::refusalLetterHtml(db, refused, u"kk"_s);
        QVERIFY(kk.contains(u"Жеке қабылдауға жазудан бас тарту туралы"_s));
        QVERIFY(kk.contains(u"Бас тарту негізі:"_s));
        QVERIFY(kk.contains(u"Түсіндірме: Ответ Генерального Прокурора"_s));
        QVERIFY(kk != ru);
    }

    void receptionId_roundTrip()
    {
        const QString id = PreRegistrationDocuments::receptionId(m_gp, QDate(2025, 3, 19));
        QCOMPARE(id, m_gp + u"@2025-03-19"_s);
        QString line;
        QDate date;
        QVERIFY(PreRegistrationDocuments::parseReceptionId(id, &line, &date));
        QCOMPARE(line, m_gp);
        QCOMPARE(date, QDate(2025, 3, 19));
        QVERIFY(!PreRegistrationDocuments::parseReceptionId(u"abc"_s, &line, &date));
        QVERIFY(!PreRegistrationDocuments::parseReceptionId(m_gp + u"@2025-13-01"_s, &line, &date));
        QVERIFY(!PreRegistrationDocuments::parseReceptionId(u"@2025-03-19"_s, &line, &date));
    }
};

QTEST_GUILESS_MAIN(TestScheduleSheet)
#include "tst_schedulesheet.moc"
