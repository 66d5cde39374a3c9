// The reminders of the справки due before a reception (issue 7) on the real calendar, SQLite and PostgreSQL: R-17
// (rule R5: on each request for the General Prosecutor or a deputy, 3 working days before the cut-off), R-22 (rule
// R7: 3 working days before the General Prosecutor's reception), R-27 (rule R8: the day before a deputy's, a day off
// rolling back); none at oblast level (R-37 sets no term); overdue first; past receptions forgotten.
#include "TestDatabase.h"

#include "common/Clock.h"
#include "common/Uuid.h"
#include "prereg/PreRegistrationReminders.h"
#include "prereg/PreRegistrationService.h"
#include "ScheduleTestSupport.h"
#include "security/Session.h"
#include "setup/Setup.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

namespace {

Session user(const QString& login, Role role)
{
    UserAccount u;
    u.id = stableUuid(u"app_user"_s, login);
    u.login = login;
    u.roles = {role};
    return Session(u);
}

} // namespace

class TestPreRegistrationReminders : public QObject
{
    Q_OBJECT

    FixedClock clock{QDateTime(QDate(2025, 4, 7), QTime(9, 0))}; // Monday

    Session head = user(u"head"_s, Role::Head);
    Session centre = user(u"operator"_s, Role::Operator);

    QString line(Database& db, const QString& org, const QString& name, const QString& position, int weekday)
    {
        return approvedScheduleLine(db, centre, head, org, name, position, weekday);
    }

    void signUp(Database& db, const QString& line, const QDate& on)
    {
        PreRegistration p;
        p.channelCode = u"paper"_s;
        p.applicantName = u"Сәрсенбаева Гүлнар"_s;
        p.essence = u"Не согласна с решением суда"_s;
        p.scheduleId = line;
        p.receptionOn = on;
        Problems problems;
        if (!PreRegistrationService(db).signUp(centre, &p, &problems))
            qWarning() << describe(problems);
    }

    static QStringList describeAll(const QList<NoteReminder>& reminders)
    {
        QStringList result;
        for (const NoteReminder& r : reminders)
            result << u"%1 %2 %3 %4"_s.arg(r.paragraph, r.receptionOn.toString(Qt::ISODate),
                                         r.dueOn.toString(Qt::ISODate))
                          .arg(r.persons);
        return result;
    }

private slots:
    void init() { clock.set(QDateTime(QDate(2025, 4, 7), QTime(9, 0))); }

    void dueDates_R17_R22_R27_R37_data() { ARMCPG_BACKEND_DATA(); }
    void dueDates_R17_R22_R27_R37()
    {
        ARMCPG_OPEN_BACKEND(t);
        t->setClock(&clock);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        const QString gp = line(*t.db(), u"GP"_s, u"Бас Прокурор"_s, u"prosecutor_general"_s, 3); // Wednesdays
        const QString deputy = line(*t.db(), u"GP"_s, u"Орынбасар Д.Д."_s, u"deputy_pg"_s, 1);   // Mondays
        const QString oblast = line(*t.db(), u"P71"_s, u"Асқаров Бауыржан"_s, u"regional_prosecutor"_s, 1);
        // Mon 2025-04-07: the GP's reception on Wed 04-16 (cut-off Wed 04-09, R-18) and the deputy's on Mon 04-21
        // (cut-off Mon 04-14); the oblast prosecutor's on Mon 04-14.
        signUp(*t.db(), gp, QDate(2025, 4, 16));
        signUp(*t.db(), gp, QDate(2025, 4, 16));
        signUp(*t.db(), deputy, QDate(2025, 4, 21));
        signUp(*t.db(), oblast, QDate(2025, 4, 14));
        PreRegistrationReminders reminders(*t.db());

        // Until the next working day (Tue 04-08): R-17 for the GP's reception, 3 working days before the cut-off
        // of Wed 04-09 = Fri 04-04, already overdue.
        QCOMPARE(describeAll(reminders.due()), QStringList{u"R-17 2025-04-16 2025-04-04 2"_s});
        QVERIFY(reminders.due().first().isOverdue(clock.today()));
        QVERIFY(reminders.due().first().text(clock.today()).contains(u"04.04.2025"_s));

        // Thu 04-10, looking to Fri 04-11: R-22 for the GP's reception (3 working days before Wed 04-16 = Fri
        // 04-11); the deputy's R-17 (3 working days before Mon 04-14 = Wed 04-09) is overdue; R-17 of the GP too.
        clock.set(QDateTime(QDate(2025, 4, 10), QTime(9, 0)));
        QCOMPARE(describeAll(reminders.due()),
                 (QStringList{u"R-17 2025-04-16 2025-04-04 2"_s, u"R-17 2025-04-21 2025-04-09 1"_s,
                              u"R-22 2025-04-16 2025-04-11 2"_s}));

        // Fri 04-18 looking to Mon 04-21: the GP's reception is past; R-27 for the deputy's reception the day
        // before Mon 04-21, a Sunday, rolls back to Fri 04-18. No reminder for the oblast level.
        clock.set(QDateTime(QDate(2025, 4, 18), QTime(9, 0)));
        QCOMPARE(describeAll(reminders.due()),
                 (QStringList{u"R-17 2025-04-21 2025-04-09 1"_s, u"R-27 2025-04-21 2025-04-18 1"_s}));
        // Looking further does not bring the oblast reception.
        for (const NoteReminder& r : reminders.due(QDate(2025, 12, 31)))
            QVERIFY(r.scheduleId != oblast);
    }
};

QTEST_GUILESS_MAIN(TestPreRegistrationReminders)
#include "tst_preregistrationreminders.moc"
