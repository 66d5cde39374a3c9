// Off-schedule reception instructions (R-50, rules-000 §1.4, §4.2) on SQLite and PostgreSQL: who may instruct
// (the ЦПГ prosecutor and the head), whom (oblast or district prosecutors and their deputies), the required fields
// each named, the line approved by its instruction yet never posted (sheet, website, CSV), no pre-registration to it,
// not counted for the frequency warnings, still checked for the same official twice at once, and the
// document in Kazakh and Russian.
#include "TestDatabase.h"

#include "common/Clock.h"
#include "prereg/PreRegistrationService.h"
#include "schedule/OffScheduleInstruction.h"
#include "schedule/ScheduleService.h"
#include "schedule/ScheduleSheet.h"
#include "security/Session.h"
#include "setup/Setup.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

class TestOffScheduleRules : public QObject
{
    Q_OBJECT

    // Monday 2025-03-03 (the real calendar: Mar 10 and Mar 21, 24 are days off).
    FixedClock clock{QDateTime(QDate(2025, 3, 3), QTime(7, 0), Qt::UTC)};

    static Session user(const QString& id, const QString& login, QList<Role> roles)
    {
        UserAccount u;
        u.id = id;
        u.login = login;
        u.fullName = login + u" Қайратұлы"_s;
        u.roles = std::move(roles);
        return Session(u);
    }

    Session head = user(u"00000000-0000-4000-8000-0000000000c1"_s, u"head"_s, {Role::Head});
    Session cpg = user(u"00000000-0000-4000-8000-0000000000c2"_s, u"cpg"_s, {Role::ReceptionProsecutor});
    Session operatorOnly = user(u"00000000-0000-4000-8000-0000000000c3"_s, u"operator"_s, {Role::Operator});
    Session admin = user(u"00000000-0000-4000-8000-0000000000c4"_s, u"admin"_s, {Role::Administrator});
    Session duty = user(u"00000000-0000-4000-8000-0000000000c5"_s, u"duty"_s, {Role::DutyProsecutor});

    // The Astana prosecutor's approved Monday reception (R-28: weekly).
    static ScheduleEntry oblastMonday()
    {
        ScheduleEntry e;
        e.organisationCode = u"P71"_s;
        e.officialName = u"Асқаров Бауыржан Болатұлы"_s;
        e.positionCode = u"regional_prosecutor"_s;
        e.weekday = 1;
        e.validFrom = QDate(2025, 1, 1);
        e.startsAt = QTime(10, 0);
        e.endsAt = QTime(13, 0);
        e.placeKk = u"Астана қ., Мәңгілік Ел даңғ., 14, 101 каб."_s;
        e.placeRu = u"г. Астана, пр. Мәңгілік Ел, 14, каб. 101"_s;
        return e;
    }

    // The same official instructed to receive on Tuesday 2025-03-11 (the week of the day off Mar 10).
    static ScheduleEntry instruction()
    {
        ScheduleEntry e;
        e.organisationCode = u"P71"_s;
        e.officialName = u"Асқаров Бауыржан Болатұлы"_s;
        e.positionCode = u"regional_prosecutor"_s;
        e.date = QDate(2025, 3, 11);
        e.startsAt = QTime(15, 0);
        e.endsAt = QTime(16, 0);
        e.placeKk = u"Астана қ., Бейбітшілік к-сі, 2"_s;
        e.placeRu = u"г. Астана, ул. Бейбітшілік, 2"_s;
        e.instructionForm = u"written"_s;
        e.visitorName = u"Жұмабекова Сәуле Ерланқызы"_s;
        e.instructionReason = u"Выселение семьи назначено на 12.03.2025"_s;
        return e;
    }

    static QStringList fields(const Problems& problems)
    {
        QStringList result;
        for (const Problem& p : problems)
            result << p.field;
        return result;
    }

private slots:
    // the ЦПГ prosecutor or the head instructs; the operator, the duty prosecutor and the administrator may not.
    // The line is issued: approved by the one who instructed, on the day, with every field of the instruction.
    void whoMayInstruct_R50_data() { ARMCPG_BACKEND_DATA(); }
    void whoMayInstruct_R50()
    {
        ARMCPG_OPEN_BACKEND(t);
        t->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        ScheduleService schedules(*t.db());
        for (const Session* refused : {&operatorOnly, &duty, &admin}) {
            ScheduleEntry e = instruction();
            problems.clear();
            QVERIFY(!schedules.instruct(*refused, &e, &problems));
            QVERIFY2(describe(problems).contains(u"permission"_s), qPrintable(describe(problems)));
            QVERIFY(e.id.isEmpty());
        }
        problems.clear();
        ScheduleEntry e = instruction();
        e.cardNumber = u"ЛП-2025-000017"_s; // a card kept at another desk: named as given
        QVERIFY2(schedules.instruct(cpg, &e, &problems), qPrintable(describe(problems)));
        const ScheduleEntry stored = *schedules.load(e.id);
        QCOMPARE(stored.kind, ScheduleEntry::Kind::OffSchedule);
        QCOMPARE(ScheduleEntry::kindCode(stored.kind), u"off_schedule"_s);
        QCOMPARE(stored.status, ScheduleEntry::Status::Approved);
        QCOMPARE(stored.approvedByLogin, u"cpg"_s);
        QCOMPARE(stored.approvedOn, QDate(2025, 3, 3));
        QCOMPARE(stored.instructedBy, cpg.user().id);
        QCOMPARE(stored.instructedByLogin, u"cpg"_s);
        QCOMPARE(stored.instructedByName, u"cpg Қайратұлы"_s);
        QCOMPARE(stored.instructedAt, clock.now());
        QCOMPARE(stored.instructionForm, u"written"_s);
        QCOMPARE(stored.visitorName, u"Жұмабекова Сәуле Ерланқызы"_s);
        QCOMPARE(stored.instructionReason, u"Выселение семьи назначено на 12.03.2025"_s);
        QCOMPARE(stored.cardNumber, u"ЛП-2025-000017"_s);
        QCOMPARE(stored.date, QDate(2025, 3, 11));
        QVERIFY(stored.isDated());

        ScheduleEntry byHead = instruction();
        byHead.instructionForm = u"oral"_s;
        byHead.date = QDate(2025, 3, 12);
        QVERIFY2(schedules.instruct(head, &byHead, &problems), qPrintable(describe(problems)));
        QCOMPARE(schedules.instructions(u"P71"_s, QDate(2025, 3, 1), QDate(2025, 3, 31)).size(), 2);

        // Given, not kept: neither edited as a line nor approved again; withdrawn by those who instruct.
        ScheduleEntry edited = stored;
        edited.endsAt = QTime(17, 0);
        QVERIFY(!schedules.save(head, &edited, &problems));
        QVERIFY2(fields(problems).contains(u"Kind"_s) && describe(problems).contains(u"R-50"_s),
                 qPrintable(describe(problems)));
        problems.clear();
        ScheduleEntry asLine = instruction();
        asLine.kind = ScheduleEntry::Kind::OffSchedule;
        QVERIFY(!schedules.save(operatorOnly, &asLine, &problems));
        QVERIFY2(fields(problems).contains(u"Kind"_s), qPrintable(describe(problems)));
        problems.clear();
        QVERIFY(!schedules.approve(head, stored.id, &problems));
        problems.clear();
        QVERIFY(!schedules.remove(operatorOnly, stored.id, &problems));
        problems.clear();
        QVERIFY2(schedules.remove(cpg, stored.id, &problems), qPrintable(describe(problems)));
        QVERIFY(!schedules.load(stored.id));
    }

    // oblast or district prosecutors and their deputies only (the Position named); form, date (a working day,
    // not past), hours in 9:00–18:30, the reason, the place: each missing or wrong one named by its field.
    void levelAndRequiredFields_R50_data() { ARMCPG_BACKEND_DATA(); }
    void levelAndRequiredFields_R50()
    {
        ARMCPG_OPEN_BACKEND(t);
        t->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        ScheduleService schedules(*t.db());

        for (const QString& position : {u"prosecutor_general"_s, u"deputy_pg"_s, u"agency_head"_s,
                                        u"head_of_department"_s, u"cpg_prosecutor"_s, u"assistant"_s}) {
            ScheduleEntry e = instruction();
            e.positionCode = position;
            problems.clear();
            QVERIFY2(!schedules.instruct(cpg, &e, &problems), qPrintable(position));
            QVERIFY2(fields(problems) == QStringList{u"Position"_s} && describe(problems).contains(u"R-50"_s),
                     qPrintable(position + u": "_s + describe(problems)));
        }
        QVERIFY(ScheduleService::mayBeInstructed(ReceptionLevel::AgencyOblastHead, u"deputy_regional_prosecutor"_s));
        QVERIFY(ScheduleService::mayBeInstructed(ReceptionLevel::District, u"district_prosecutor"_s));
        QVERIFY(!ScheduleService::mayBeInstructed(ReceptionLevel::AgencyOblastHead, u"agency_head"_s));
        QVERIFY(!ScheduleService::mayBeInstructed(ReceptionLevel::GeneralProsecutor, u"regional_prosecutor"_s));
        // A district prosecutor's deputy, kept under the ЦПГ: district level by the post.
        ScheduleEntry district = instruction();
        district.organisationCode = u"CPG"_s;
        district.officialName = u"Омаров Дәурен"_s;
        district.positionCode = u"deputy_district_prosecutor"_s;
        problems.clear();
        QVERIFY2(schedules.instruct(cpg, &district, &problems), qPrintable(describe(problems)));

        struct Case
        {
            const char* field;
            std::function<void(ScheduleEntry&)> spoil;
        };
        const QList<Case> cases = {
            {"Form", [](ScheduleEntry& e) { e.instructionForm.clear(); }},
            {"Form", [](ScheduleEntry& e) { e.instructionForm = u"telepathic"_s; }},
            {"Date", [](ScheduleEntry& e) { e.date = QDate(); }},
            {"Date", [](ScheduleEntry& e) { e.date = QDate(2025, 2, 28); }}, // past
            {"Date", [](ScheduleEntry& e) { e.date = QDate(2025, 3, 21); }}, // Nauryz, a day off
            {"Date", [](ScheduleEntry& e) { e.date = QDate(2025, 3, 8); }},  // Saturday
            {"Hours", [](ScheduleEntry& e) { e.endsAt = QTime(19, 0); }},
            {"Hours", [](ScheduleEntry& e) { e.startsAt = QTime(8, 30); }},
            {"Hours", [](ScheduleEntry& e) { e.startsAt = QTime(); }},
            {"Reason", [](ScheduleEntry& e) { e.instructionReason = u"  "_s; }},
            {"Place", [](ScheduleEntry& e) { e.placeKk.clear(), e.placeRu.clear(); }},
            {"Official", [](ScheduleEntry& e) { e.officialName.clear(); }},
            {"Position", [](ScheduleEntry& e) { e.positionCode.clear(); }},
            {"ЛП-1 card", [](ScheduleEntry& e) { e.cardId = u"00000000-0000-4000-8000-00000000dead"_s; }},
        };
        for (const Case& c : cases) {
            ScheduleEntry e = instruction();
            c.spoil(e);
            problems.clear();
            QVERIFY2(!schedules.instruct(cpg, &e, &problems), c.field);
            QVERIFY2(fields(problems).contains(QString::fromUtf8(c.field)),
                     qPrintable(QString::fromUtf8(c.field) + u": "_s + describe(problems)));
        }
        // Today is not past: a reception that cannot wait is often today's.
        ScheduleEntry today = instruction();
        today.date = QDate(2025, 3, 3);
        problems.clear();
        QVERIFY2(schedules.instruct(cpg, &today, &problems), qPrintable(describe(problems)));
        // Every missing field at once, each named.
        ScheduleEntry empty;
        empty.organisationCode = u"P71"_s;
        problems.clear();
        QVERIFY(!schedules.instruct(cpg, &empty, &problems));
        for (const QString& field : {u"Official"_s, u"Position"_s, u"Form"_s, u"Date"_s, u"Hours"_s, u"Reason"_s,
                                     u"Place"_s})
            QVERIFY2(fields(problems).contains(field), qPrintable(field + u": "_s + describe(problems)));
    }

    // R-50 with: the instruction is never on the posted sheet, the website page or the CSV; nobody
    // signs up for it; it does not stand for the weekly reception the oblast prosecutor owes.
    void notPostedNoSignUpNotCounted_R50_data() { ARMCPG_BACKEND_DATA(); }
    void notPostedNoSignUpNotCounted_R50()
    {
        ARMCPG_OPEN_BACKEND(t);
        t->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        ScheduleService schedules(*t.db());
        ScheduleEntry monday = oblastMonday();
        QVERIFY2(schedules.save(head, &monday, &problems), qPrintable(describe(problems)));
        QVERIFY2(schedules.approve(head, monday.id, &problems), qPrintable(describe(problems)));
        const QList<ScheduleIssue> before = schedules.frequencyWarnings(u"P71"_s, 2025, 3);
        ScheduleEntry e = instruction();
        QVERIFY2(schedules.instruct(cpg, &e, &problems), qPrintable(describe(problems)));
        // A deputy with nothing but an instruction: not brought into the weekly warnings.
        ScheduleEntry deputy = instruction();
        deputy.officialName = u"Бекова Динара"_s;
        deputy.positionCode = u"deputy_regional_prosecutor"_s;
        QVERIFY2(schedules.instruct(cpg, &deputy, &problems), qPrintable(describe(problems)));

        const QList<ScheduleIssue> after = schedules.frequencyWarnings(u"P71"_s, 2025, 3);
        QCOMPARE(after.size(), before.size());
        QCOMPARE(after.size(), 2); // the weeks of Mar 10 and Mar 24: the instruction on Mar 11 does not count
        QCOMPARE(after.at(0).date, QDate(2025, 3, 10));
        QCOMPARE(after.at(1).date, QDate(2025, 3, 24));

        QCOMPARE(schedules.entries(u"P71"_s, true).size(), 1);
        QCOMPARE(schedules.entries(u"P71"_s, false).size(), 3);
        for (const ScheduleOccurrence& o : schedules.occurrences(u"P71"_s, 2025, 3))
            QCOMPARE(o.entry.id, monday.id);
        const ScheduleSheet sheet = ScheduleSheet::forMonth(*t.db(), u"P71"_s, 2025, 3);
        QCOMPARE(sheet.rows.size(), 1);
        QCOMPARE(sheet.rows.first().entry.id, monday.id);
        for (const QString& text : {sheet.html(), sheet.websiteHtml(), QString::fromUtf8(sheet.csv())}) {
            QVERIFY(text.contains(u"Асқаров"_s));
            QVERIFY(!text.contains(u"Бейбітшілік"_s));
            QVERIFY(!text.contains(u"Бекова"_s));
            QVERIFY(!text.contains(u"11.03.2025"_s) && !text.contains(u"2025-03-11"_s));
        }

        PreRegistrationService prereg(*t.db());
        PreRegistration request;
        request.channelCode = u"paper"_s;
        request.applicantName = u"Сәрсенбаева Гүлнар"_s;
        request.essence = u"Шағым"_s;
        request.scheduleId = e.id;
        request.receptionOn = QDate(2025, 3, 11);
        problems.clear();
        QVERIFY(!prereg.signUp(Session::program(u"test"_s), &request, &problems));
        QVERIFY2(fields(problems) == QStringList{u"Reception"_s} && describe(problems).contains(u"R-50"_s),
                 qPrintable(describe(problems)));
        QVERIFY(request.id.isEmpty());
        problems.clear();
        QVERIFY(!prereg.closeRegistration(Session::program(u"test"_s), e.id, QDate(2025, 3, 11), &problems));
        QVERIFY2(describe(problems).contains(u"R-50"_s), qPrintable(describe(problems)));
    }

    // R-4 with R-50: the same official twice at once is refused both ways, and the month's conflicts see it.
    void conflictStillFound_R4_R50_data() { ARMCPG_BACKEND_DATA(); }
    void conflictStillFound_R4_R50()
    {
        ARMCPG_OPEN_BACKEND(t);
        t->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        ScheduleService schedules(*t.db());
        ScheduleEntry monday = oblastMonday();
        QVERIFY2(schedules.save(head, &monday, &problems), qPrintable(describe(problems)));

        // Monday 2025-03-17 at 12:00 overlaps the Monday reception 10:00–13:00.
        ScheduleEntry e = instruction();
        e.date = QDate(2025, 3, 17);
        e.startsAt = QTime(12, 0);
        e.endsAt = QTime(14, 0);
        QVERIFY(!schedules.instruct(cpg, &e, &problems));
        QVERIFY2(fields(problems) == QStringList{u"Hours"_s} && describe(problems).contains(u"17.03.2025"_s),
                 qPrintable(describe(problems)));
        problems.clear();
        e.startsAt = QTime(13, 0);
        QVERIFY2(schedules.instruct(cpg, &e, &problems), qPrintable(describe(problems)));

        // A field reception then typed over the instruction is refused.
        ScheduleEntry field = oblastMonday();
        field.kind = ScheduleEntry::Kind::Field;
        field.weekday = 0;
        field.date = QDate(2025, 3, 17);
        field.startsAt = QTime(13, 30);
        field.endsAt = QTime(15, 0);
        QVERIFY(!schedules.save(operatorOnly, &field, &problems));
        QVERIFY2(describe(problems).contains(u"17.03.2025"_s), qPrintable(describe(problems)));
        problems.clear();

        // Lines that arrive by sync are not checked at saving: the month's conflicts find the pair.
        QVERIFY2(t.db()->exec(u"UPDATE reception_schedule SET starts_at = '12:30' WHERE id = '%1'"_s.arg(e.id)),
                 "update");
        bool overlap = false;
        for (const ScheduleIssue& issue : schedules.conflicts(u"P71"_s, 2025, 3)) {
            if (issue.kind == ScheduleIssue::Kind::Overlap && issue.date == QDate(2025, 3, 17)
                && (issue.entryId == e.id || issue.otherEntryId == e.id))
                overlap = true;
        }
        QVERIFY(overlap);
    }

    // the written instruction as a document in Kazakh and in Russian.
    void document_R50_data() { ARMCPG_BACKEND_DATA(); }
    void document_R50()
    {
        ARMCPG_OPEN_BACKEND(t);
        t->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        ScheduleService schedules(*t.db());
        ScheduleEntry e = instruction();
        e.visitorName = u"Жұмабекова <Сәуле>"_s;
        QVERIFY2(schedules.instruct(cpg, &e, &problems), qPrintable(describe(problems)));
        const QString kk = OffScheduleInstruction::html(*t.db(), e, u"kk"_s);
        const QString ru = OffScheduleInstruction::html(*t.db(), e, u"ru"_s);
        QVERIFY(kk.contains(u"Кестеден тыс жеке қабылдау ұйымдастыру туралы тапсырма"_s));
        QVERIFY(ru.contains(u"Поручение об организации личного приема вне графика"_s));
        for (const QString& html : {kk, ru}) {
            QVERIFY(html.contains(u"R-50"_s));
            QVERIFY(html.contains(u"Асқаров Бауыржан Болатұлы"_s));
            QVERIFY(html.contains(u"cpg Қайратұлы"_s));
            QVERIFY(html.contains(u"11.03.2025, 15:00–16:00"_s));
            QVERIFY(html.contains(u"Выселение семьи назначено на 12.03.2025"_s));
            QVERIFY(html.contains(u"Жұмабекова &lt;Сәуле&gt;"_s)); // escaped
        }
        QVERIFY(kk.contains(u"Бейбітшілік к-сі"_s) && kk.contains(u"жазбаша"_s));
        QVERIFY(ru.contains(u"ул. Бейбітшілік"_s) && ru.contains(u"письменная"_s));
    }
};

QTEST_GUILESS_MAIN(TestOffScheduleRules)
#include "tst_offschedulerules.moc"
