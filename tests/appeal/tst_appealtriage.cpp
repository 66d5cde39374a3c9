// Triage of registered appeals (rules-000 §2.1 branches, §7 items 2, 5, 9; §8 items 8-9), on SQLite and PostgreSQL
// and on the real calendar of 2025 (Nauryz: 21-25 March off): forwarding by competence with the notice (I-31, D8),
// parts numbered "/n" (RR-11), deficiency notice and return (I-25, D5), anonymous appeals (I-42, D13a, D13b),
// duplicates sharing the main appeal's term or answered by reference (I-35, D12a, D12b).
#include "TestDatabase.h"

#include "appeal/AppealAction.h"
#include "appeal/AppealScreening.h"
#include "appeal/AppealService.h"
#include "appeal/AppealTriage.h"
#include "common/Clock.h"
#include "security/Session.h"
#include "setup/Setup.h"
#include "storage/WriteTransaction.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

using Status = AppealTriage::Status;
using Kind = AppealAction::Kind;

class TestAppealTriage : public QObject
{
    Q_OBJECT

    FixedClock clock{QDateTime(QDate(2025, 3, 20), QTime(10, 0), Qt::UTC)};

    static Session user(const QString& id, const QString& login, QList<Role> roles)
    {
        UserAccount u;
        u.id = id;
        u.login = login;
        u.roles = std::move(roles);
        return Session(u);
    }
    Session registrar = user(u"00000000-0000-4000-8000-0000000000c1"_s, u"registrar"_s, {Role::Operator});
    Session head = user(u"00000000-0000-4000-8000-0000000000c2"_s, u"head"_s, {Role::Head});
    Session prosecutor = user(u"00000000-0000-4000-8000-0000000000c3"_s, u"prosecutor"_s, {Role::ReceptionProsecutor});
    Session admin = user(u"00000000-0000-4000-8000-0000000000c4"_s, u"admin"_s, {Role::Administrator});

    void at(const QDate& day) { clock.set(QDateTime(day, QTime(10, 0), Qt::UTC)); }

    Appeal registered(Database& db, const QDate& received, const QString& kind = u"statement"_s,
                      const QString& name = u"Ким Виктория"_s)
    {
        at(received);
        Appeal a;
        a.receivedOn = received;
        a.kindCode = kind;
        a.regimeCode = kind == u"statement" ? u"appk_administrative"_s : u"appk_simplified"_s;
        a.formCode = u"paper"_s;
        a.channelCode = u"paper"_s;
        a.applicantName = name;
        a.applicantAddress = u"Алматы, Абай даңғылы, 1"_s;
        a.subject = u"Госкорпорация"_s;
        a.essence = u"Отказ в назначении пенсии; неправомерный отказ в выдаче справки"_s;
        Problems problems;
        if (!AppealService(db).registerAppeal(registrar, &a, &problems))
            qWarning("%s", qPrintable(describe(problems)));
        return a;
    }

    static Forwarding forwarding(bool notified)
    {
        Forwarding f;
        f.targetBody = u"Министерство труда и социальной защиты населения"_s;
        f.applicantNotified = notified;
        f.noticeNumber = u"У-15"_s;
        f.coverLetterNumber = u"С-7"_s;
        f.reason = u"не относится к компетенции органов прокуратуры (I-4)"_s;
        return f;
    }

    static QStringList fields(const Problems& problems)
    {
        QStringList list;
        for (const Problem& p : problems)
            list << p.field;
        return list;
    }

    bool open(TestDatabase& t)
    {
        t->setClock(&clock);
        at(QDate(2025, 3, 20));
        Problems problems;
        const bool ok = Setup::initialise(*t.db(), true, &problems);
        if (!ok)
            qWarning("%s", qPrintable(describe(problems)));
        return ok;
    }

private slots:
    // I-31, D8: forwarded within 3 working days of receipt with the simultaneous notice; a forwarding without the
    // notice or without the body is refused. Received Thu 20 Mar 2025: Nauryz 21-25 March is off, so the three
    // working days are 26, 27, 28 March.
    void forward_withNoticeWithinThreeWorkingDays_I31_D8_data() { ARMCPG_BACKEND_DATA(); }
    void forward_withNoticeWithinThreeWorkingDays_I31_D8()
    {
        ARMCPG_OPEN_BACKEND(t);
        QVERIFY(open(t));
        AppealTriage triage(*t.db());
        AppealService appeals(*t.db());
        const Appeal a = registered(*t.db(), QDate(2025, 3, 20));
        QVERIFY(!a.id.isEmpty());
        QCOMPARE(triage.forwardingDue(a), QDate(2025, 3, 28));

        Problems problems;
        QVERIFY(!triage.forward(admin, a.id, forwarding(true), &problems)); // not a registrar
        problems.clear();
        QVERIFY(!triage.forward(registrar, a.id, forwarding(false), &problems));
        QCOMPARE(fields(problems), QStringList{AppealTriage::tr("Notice to the applicant")});
        QVERIFY(describe(problems).contains(u"I-31"_s));
        problems.clear();
        Forwarding nowhere = forwarding(true);
        nowhere.targetBody = u"  "_s;
        QVERIFY(!triage.forward(registrar, a.id, nowhere, &problems));
        QCOMPARE(fields(problems), QStringList{AppealTriage::tr("Competent body")});
        QCOMPARE(appeals.load(a.id)->status, u"registered"_s);
        QVERIFY(AppealActionLog(*t.db()).of(a.id).isEmpty());

        at(QDate(2025, 3, 26));
        problems.clear();
        QVERIFY2(triage.forward(prosecutor, a.id, forwarding(true), &problems), qPrintable(describe(problems)));
        QCOMPARE(appeals.load(a.id)->status, QString::fromLatin1(Status::Forwarded));
        const auto step = AppealActionLog(*t.db()).latest(a.id, QString::fromLatin1(Kind::Forwarded));
        QVERIFY(step);
        QCOMPARE(step->dueOn, QDate(2025, 3, 28));
        QCOMPARE(step->doneOn, QDate(2025, 3, 26)); // the notice went out with it
        QCOMPARE(step->actionOn, QDate(2025, 3, 26));
        QCOMPARE(step->target, forwarding(true).targetBody);
        QCOMPARE(step->documentNumber, u"С-7"_s);
        QCOMPARE(step->details.value(u"notice_number"_s).toString(), u"У-15"_s);
        QVERIFY(!step->details.contains(u"late"_s));
        // Forwarded is final for triage.
        QVERIFY(!triage.forward(registrar, a.id, forwarding(true), &problems));
    }

    // D8: a forwarding after the third working day is recorded and flagged late.
    void forward_afterTheTerm_isFlaggedLate_D8_data() { ARMCPG_BACKEND_DATA(); }
    void forward_afterTheTerm_isFlaggedLate_D8()
    {
        ARMCPG_OPEN_BACKEND(t);
        QVERIFY(open(t));
        AppealTriage triage(*t.db());
        const Appeal a = registered(*t.db(), QDate(2025, 3, 20));
        at(QDate(2025, 3, 31));
        Problems problems;
        QVERIFY2(triage.forward(registrar, a.id, forwarding(true), &problems), qPrintable(describe(problems)));
        const auto step = AppealActionLog(*t.db()).latest(a.id, QString::fromLatin1(Kind::Forwarded));
        QVERIFY(step);
        QCOMPARE(step->dueOn, QDate(2025, 3, 28));
        QCOMPARE(step->details.value(u"late"_s).toBool(), true);
    }

    // RR-11: the parts going to other bodies are numbered "<main>/1", "<main>/2", forwarded with the notice; the
    // main appeal stays in consideration with its other questions.
    void forwardPart_numberedSlashN_mainStays_RR11_data() { ARMCPG_BACKEND_DATA(); }
    void forwardPart_numberedSlashN_mainStays_RR11()
    {
        ARMCPG_OPEN_BACKEND(t);
        QVERIFY(open(t));
        AppealTriage triage(*t.db());
        AppealService appeals(*t.db());
        const Appeal main = registered(*t.db(), QDate(2025, 3, 20));
        at(QDate(2025, 3, 26));
        Problems problems;
        Forwarding part = forwarding(true);
        QVERIFY(triage.forwardPart(registrar, main.id, part, &problems).isEmpty()); // the part's question
        QCOMPARE(fields(problems), QStringList{AppealTriage::tr("Part")});
        problems.clear();
        part.partEssence = u"Неправомерный отказ в выдаче справки"_s;
        QVERIFY(triage.forwardPart(registrar, main.id, forwarding(false), &problems).isEmpty()); // no notice
        problems.clear();

        const QString first = triage.forwardPart(registrar, main.id, part, &problems);
        QVERIFY2(!first.isEmpty(), qPrintable(describe(problems)));
        part.targetBody = u"Акимат города Алматы"_s;
        part.partEssence = u"Ремонт дороги"_s;
        part.partSubject = u"Акимат"_s;
        const QString second = triage.forwardPart(registrar, main.id, part, &problems);
        QVERIFY2(!second.isEmpty(), qPrintable(describe(problems)));

        const auto p1 = appeals.load(first);
        const auto p2 = appeals.load(second);
        QCOMPARE(p1->number, main.number + u"/1"_s);
        QCOMPARE(p2->number, main.number + u"/2"_s);
        QCOMPARE(p1->parentAppealId, main.id);
        QCOMPARE(p2->partNumber, 2);
        QCOMPARE(p1->status, QString::fromLatin1(Status::Forwarded));
        QCOMPARE(p1->essence, u"Неправомерный отказ в выдаче справки"_s);
        QCOMPARE(p1->subject, main.subject);
        QCOMPARE(p2->subject, u"Акимат"_s);
        QCOMPARE(p1->applicantName, main.applicantName);
        QCOMPARE(p1->receivedOn, main.receivedOn);
        QCOMPARE(appeals.byNumber(main.number + u"/2"_s)->id, second);
        const auto step = AppealActionLog(*t.db()).latest(second, QString::fromLatin1(Kind::Forwarded));
        QVERIFY(step);
        QCOMPARE(step->target, u"Акимат города Алматы"_s);
        QCOMPARE(step->dueOn, QDate(2025, 3, 28));
        QCOMPARE(step->doneOn, QDate(2025, 3, 26));

        const auto stored = appeals.load(main.id);
        QCOMPARE(stored->status, QString::fromLatin1(Status::InConsideration));
        QCOMPARE(stored->essence, main.essence);
        int splits = 0;
        for (const AppealAction& s : AppealActionLog(*t.db()).of(main.id))
            splits += s.kind == QLatin1String(Kind::PartSplit) ? 1 : 0;
        QCOMPARE(splits, 2);
        // A part is not split again.
        QVERIFY(triage.forwardPart(registrar, first, part, &problems).isEmpty());
    }

    // I-25, D5: the notice with a reasonable term for the kinds of АППК art. 63; return only once the term is over;
    // a corrected appeal goes back into consideration.
    void deficiency_noticeReturnOrCorrection_I25_D5_data() { ARMCPG_BACKEND_DATA(); }
    void deficiency_noticeReturnOrCorrection_I25_D5()
    {
        ARMCPG_OPEN_BACKEND(t);
        QVERIFY(open(t));
        AppealTriage triage(*t.db());
        AppealService appeals(*t.db());
        const Appeal complaint = registered(*t.db(), QDate(2025, 3, 20), u"complaint"_s);
        const Appeal a = registered(*t.db(), QDate(2025, 3, 20), u"report"_s);
        const Appeal b = registered(*t.db(), QDate(2025, 3, 20), u"statement"_s);
        const QString requirements = u"не указан почтовый адрес и не приложены документы"_s;
        Problems problems;
        QVERIFY(!triage.notifyDeficiency(registrar, complaint.id, requirements, QDate(2025, 4, 4), {}, &problems));
        QCOMPARE(fields(problems), QStringList{AppealTriage::tr("Kind")});
        problems.clear();
        QVERIFY(!triage.notifyDeficiency(registrar, a.id, {}, QDate(2025, 3, 20), {}, &problems));
        QCOMPARE(fields(problems), (QStringList{AppealTriage::tr("Requirements"), AppealTriage::tr("Term to fix")}));
        problems.clear();
        QVERIFY(!triage.returnAppeal(registrar, a.id, &problems)); // nothing to return for
        problems.clear();

        QVERIFY2(triage.notifyDeficiency(registrar, a.id, requirements, QDate(2025, 4, 4), u"Н-3"_s, &problems),
                 qPrintable(describe(problems)));
        QCOMPARE(appeals.load(a.id)->status, QString::fromLatin1(Status::DeficiencyNotified));
        const auto notice = AppealActionLog(*t.db()).latest(a.id, QString::fromLatin1(Kind::DeficiencyNotice));
        QVERIFY(notice);
        QCOMPARE(notice->dueOn, QDate(2025, 4, 4));
        QCOMPARE(notice->reason, requirements);
        QCOMPARE(notice->documentNumber, u"Н-3"_s);
        // Not before the term is over, not on its last day.
        at(QDate(2025, 4, 4));
        QVERIFY(!triage.returnAppeal(registrar, a.id, &problems));
        QCOMPARE(fields(problems), QStringList{AppealTriage::tr("Term to fix")});
        problems.clear();
        at(QDate(2025, 4, 7));
        QVERIFY2(triage.returnAppeal(registrar, a.id, &problems), qPrintable(describe(problems)));
        QCOMPARE(appeals.load(a.id)->status, QString::fromLatin1(Status::Returned));
        QVERIFY(AppealActionLog(*t.db()).latest(a.id, QString::fromLatin1(Kind::Returned)));
        QVERIFY(!triage.deficiencyCorrected(registrar, a.id, &problems));
        problems.clear();

        at(QDate(2025, 3, 20));
        QVERIFY2(triage.notifyDeficiency(registrar, b.id, requirements, QDate(2025, 4, 4), {}, &problems),
                 qPrintable(describe(problems)));
        at(QDate(2025, 3, 28));
        QVERIFY2(triage.deficiencyCorrected(registrar, b.id, &problems), qPrintable(describe(problems)));
        QCOMPARE(appeals.load(b.id)->status, QString::fromLatin1(Status::InConsideration));
        const auto corrected = AppealActionLog(*t.db()).latest(b.id, QString::fromLatin1(AppealTriage::kDeficiencyCorrected));
        QVERIFY(corrected);
        QCOMPARE(corrected->actionOn, QDate(2025, 3, 28));
        QVERIFY(!triage.returnAppeal(registrar, b.id, &problems));
    }

    // I-42, D13a: an anonymous appeal on a crime is redirected at once, to a named body; only once it was
    // confirmed anonymous.
    void anonymous_crimeRedirectedAtOnce_I42_D13a_data() { ARMCPG_BACKEND_DATA(); }
    void anonymous_crimeRedirectedAtOnce_I42_D13a()
    {
        ARMCPG_OPEN_BACKEND(t);
        QVERIFY(open(t));
        AppealTriage triage(*t.db());
        const Appeal a = registered(*t.db(), QDate(2025, 3, 20), u"report"_s, QString());
        Problems problems;
        QVERIFY(!triage.redirectAnonymous(registrar, a.id, u"ДП г. Алматы"_s, AppealTriage::AnonymousGround::Crime, {},
                                          &problems));
        QCOMPARE(fields(problems), QStringList{AppealTriage::tr("Screening")});
        problems.clear();
        QVERIFY2(AppealScreening(*t.db()).confirm(registrar, a.id, u"anonymous"_s, {}, {}, &problems),
                 qPrintable(describe(problems)));
        QVERIFY(!triage.forward(registrar, a.id, forwarding(true), &problems)); // nobody to notify (I-42)
        problems.clear();
        QVERIFY(!triage.redirectAnonymous(registrar, a.id, {}, AppealTriage::AnonymousGround::Crime, {}, &problems));
        QCOMPARE(fields(problems), QStringList{AppealTriage::tr("Competent body")});
        problems.clear();
        QVERIFY2(triage.redirectAnonymous(registrar, a.id, u"Департамент полиции г. Алматы"_s,
                                          AppealTriage::AnonymousGround::Crime, u"сообщение о краже"_s, &problems),
                 qPrintable(describe(problems)));
        QCOMPARE(AppealService(*t.db()).load(a.id)->status, QString::fromLatin1(Status::Redirected));
        const auto step = AppealActionLog(*t.db()).latest(a.id, QString::fromLatin1(Kind::AnonymousRedirected));
        QVERIFY(step);
        QCOMPARE(step->target, u"Департамент полиции г. Алматы"_s);
        QCOMPARE(step->details.value(u"ground"_s).toString(), u"crime"_s);
        QCOMPARE(step->doneOn, QDate(2025, 3, 20));
        QVERIFY(!step->details.value(u"late"_s).toBool());
    }

    // I-42, D13b: otherwise left without consideration only by a motivated conclusion approved by a head, within
    // 3 working days of receipt (28 March here); a later conclusion is recorded and flagged late.
    void anonymous_leftByApprovedConclusion_I42_D13b_data() { ARMCPG_BACKEND_DATA(); }
    void anonymous_leftByApprovedConclusion_I42_D13b()
    {
        ARMCPG_OPEN_BACKEND(t);
        QVERIFY(open(t));
        AppealTriage triage(*t.db());
        AppealService appeals(*t.db());
        AppealScreening screening(*t.db());
        const Appeal a = registered(*t.db(), QDate(2025, 3, 20), u"report"_s, QString());
        const Appeal late = registered(*t.db(), QDate(2025, 3, 20), u"report"_s, QString());
        Problems problems;
        QVERIFY(screening.confirm(registrar, a.id, u"anonymous"_s, {}, {}, &problems));
        QVERIFY(screening.confirm(registrar, late.id, u"anonymous"_s, {}, {}, &problems));
        QCOMPARE(triage.anonymousDecisionDue(a), QDate(2025, 3, 28));
        // Never automatic: confirmed anonymous, it is still registered.
        QCOMPARE(appeals.load(a.id)->status, u"registered"_s);

        QVERIFY(!triage.leaveAnonymousWithoutConsideration(registrar, a.id, u"  "_s, head, &problems));
        QCOMPARE(fields(problems), QStringList{AppealTriage::tr("Conclusion")});
        problems.clear();
        QVERIFY(!triage.leaveAnonymousWithoutConsideration(registrar, a.id, u"Заключение"_s, prosecutor, &problems));
        QCOMPARE(fields(problems), QStringList{AppealTriage::tr("Approved by")});
        QVERIFY(describe(problems).contains(u"I-42"_s));
        problems.clear();
        QVERIFY(!triage.leaveAnonymousWithoutConsideration(registrar, a.id, u"Заключение"_s, Session(), &problems));
        problems.clear();

        at(QDate(2025, 3, 27));
        const QString conclusion = u"Автор не установлен; сведений о преступлении и угрозе безопасности нет"_s;
        QVERIFY2(triage.leaveAnonymousWithoutConsideration(registrar, a.id, conclusion, head, &problems),
                 qPrintable(describe(problems)));
        QCOMPARE(appeals.load(a.id)->status, QString::fromLatin1(Status::LeftWithoutConsideration));
        auto step = AppealActionLog(*t.db()).latest(a.id, QString::fromLatin1(Kind::LeftWithoutConsideration));
        QVERIFY(step);
        QCOMPARE(step->reason, conclusion);
        QCOMPARE(step->approvedByLogin, u"head"_s);
        QCOMPARE(step->byLogin, u"registrar"_s);
        QCOMPARE(step->dueOn, QDate(2025, 3, 28));
        QCOMPARE(step->details.value(u"late"_s).toBool(), false);

        at(QDate(2025, 3, 31));
        QVERIFY2(triage.leaveAnonymousWithoutConsideration(head, late.id, conclusion, head, &problems),
                 qPrintable(describe(problems)));
        step = AppealActionLog(*t.db()).latest(late.id, QString::fromLatin1(Kind::LeftWithoutConsideration));
        QVERIFY(step);
        QCOMPARE(step->details.value(u"late"_s).toBool(), true);
    }

    // I-35, D12a, §7 item 5: while the main appeal is open the duplicate has no term of its own: it takes the
    // main appeal's term in force (its due_on, or its main term when none is stored).
    void duplicate_sharesTheMainTerm_I35_D12a_data() { ARMCPG_BACKEND_DATA(); }
    void duplicate_sharesTheMainTerm_I35_D12a()
    {
        ARMCPG_OPEN_BACKEND(t);
        QVERIFY(open(t));
        AppealTriage triage(*t.db());
        AppealService appeals(*t.db());
        const Appeal main = registered(*t.db(), QDate(2025, 3, 20));
        const Appeal copy = registered(*t.db(), QDate(2025, 4, 1));
        const Appeal second = registered(*t.db(), QDate(2025, 4, 2));
        Problems problems;
        QVERIFY(!triage.attachDuplicate(registrar, copy.id, copy.id, &problems));
        problems.clear();
        // D15 from 20 March 2025, the Nauryz days skipped: 15 April.
        QVERIFY2(triage.attachDuplicate(registrar, copy.id, main.id, &problems), qPrintable(describe(problems)));
        auto stored = appeals.load(copy.id);
        QCOMPARE(stored->status, QString::fromLatin1(Status::Attached));
        QCOMPARE(stored->mainAppealId, main.id);
        QCOMPARE(stored->screening, u"duplicate"_s);
        QCOMPARE(stored->dueOn, QDate(2025, 4, 15));
        const auto step = AppealActionLog(*t.db()).latest(copy.id, QString::fromLatin1(Kind::DuplicateAttached));
        QVERIFY(step);
        QCOMPARE(step->target, main.number);
        QCOMPARE(step->dueOn, QDate(2025, 4, 15));
        QCOMPARE(step->details.value(u"rule"_s).toString(), u"D12a"_s);
        // Not to a duplicate, and not twice.
        QVERIFY(!triage.attachDuplicate(registrar, second.id, copy.id, &problems));
        QVERIFY(describe(problems).contains(main.number));
        problems.clear();
        QVERIFY(!triage.attachDuplicate(registrar, copy.id, main.id, &problems));
        problems.clear();

        // The main appeal's term in force (say, extended) is what the duplicate shares.
        {
            WriteTransaction tx(*t.db(), head.actor());
            QVERIFY(tx.update(u"appeal"_s, main.id, {{u"due_on"_s, QDate(2025, 5, 20)}}));
            QVERIFY(tx.commit());
        }
        QVERIFY2(triage.attachDuplicate(registrar, second.id, main.id, &problems), qPrintable(describe(problems)));
        QCOMPARE(appeals.load(second.id)->dueOn, QDate(2025, 5, 20));
    }

    // I-35, D12b: the main appeal answered already: 10 calendar days from the duplicate's receipt, rolled forward
    // past a day off (I-68: Thu 13 March + 10 = Sun 23 March, Nauryz to the 25th: Wed 26 March); the reply refers to
    // the earlier answer's date and outgoing number, which are required.
    void duplicate_ofAnsweredMain_tenCalendarDaysByReference_I35_D12b_data() { ARMCPG_BACKEND_DATA(); }
    void duplicate_ofAnsweredMain_tenCalendarDaysByReference_I35_D12b()
    {
        ARMCPG_OPEN_BACKEND(t);
        QVERIFY(open(t));
        AppealTriage triage(*t.db());
        AppealService appeals(*t.db());
        const Appeal main = registered(*t.db(), QDate(2025, 3, 3));
        Problems problems;
        at(QDate(2025, 3, 12));
        QVERIFY2(appeals.recordAnswer(registrar, main.id, QDate(2025, 3, 12), true, &problems),
                 qPrintable(describe(problems)));
        const Appeal copy = registered(*t.db(), QDate(2025, 3, 13));
        QCOMPARE(triage.lateDuplicateDue(copy), QDate(2025, 3, 26));

        QVERIFY(!triage.attachDuplicate(registrar, copy.id, main.id, &problems));
        QCOMPARE(fields(problems), QStringList{AppealTriage::tr("Earlier answer")});
        problems.clear();
        QVERIFY(!triage.attachDuplicate(registrar, copy.id, main.id, &problems, {QDate(2025, 3, 12), {}}));
        problems.clear();
        QVERIFY(!triage.attachDuplicate(registrar, copy.id, main.id, &problems, {QDate(2025, 3, 11), u"17-1/25"_s}));
        QCOMPARE(fields(problems), QStringList{AppealTriage::tr("Earlier answer")});
        problems.clear();
        QCOMPARE(appeals.load(copy.id)->status, u"registered"_s);

        QVERIFY2(triage.attachDuplicate(registrar, copy.id, main.id, &problems, {QDate(2025, 3, 12), u"17-1/25"_s}),
                 qPrintable(describe(problems)));
        const auto stored = appeals.load(copy.id);
        QCOMPARE(stored->status, QString::fromLatin1(Status::Attached));
        QCOMPARE(stored->dueOn, QDate(2025, 3, 26));
        const auto step = AppealActionLog(*t.db()).latest(copy.id, QString::fromLatin1(Kind::DuplicateAttached));
        QVERIFY(step);
        QCOMPARE(step->details.value(u"rule"_s).toString(), u"D12b"_s);
        QCOMPARE(step->details.value(u"earlier_answer_on"_s).toString(), u"2025-03-12"_s);
        QCOMPARE(step->details.value(u"earlier_answer_number"_s).toString(), u"17-1/25"_s);
        QCOMPARE(step->dueOn, QDate(2025, 3, 26));
    }
};

QTEST_GUILESS_MAIN(TestAppealTriage)
#include "tst_appealtriage.moc"
