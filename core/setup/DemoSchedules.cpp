#include "DemoSchedules.h"

#include "calendar/WorkCalendar.h"
#include "common/Clock.h"
#include "prereg/PreRegistrationService.h"
#include "schedule/ScheduleService.h"
#include "security/Session.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {

struct DemoLine
{
    const char* official;
    const char* position;
    ScheduleEntry::Kind kind;
    int weekday;
    int weekOfMonth;
    int startHour, endHour;
    const char* placeKk;
    const char* placeRu;
    const char* facilityType;
    const char* facility;
};

const DemoLine kLines[] = {
    {"Асылов Берік Жұмабекұлы", "prosecutor_general", ScheduleEntry::Kind::Regular, 4, 1, 10, 13,
     "Азаматтарды қабылдау орталығы, 1-қабылдау бөлмесі", "Центр приема граждан, приемная № 1", "", ""},
    {"Нұрғалиева Әсел Қайратқызы", "deputy_pg", ScheduleEntry::Kind::Regular, 2, 0, 15, 18,
     "Азаматтарды қабылдау орталығы, 2-қабылдау бөлмесі", "Центр приема граждан, приемная № 2", "", ""},
    {"Нұрғалиева Әсел Қайратқызы", "deputy_pg", ScheduleEntry::Kind::Field, 5, ScheduleEntry::kLastWeekOfMonth, 10,
     13, "Қосшы қаласының әкімдігі, мәжіліс залы", "Акимат города Косшы, зал заседаний", "", ""},
    {"Өтегенов Ұлан Һамитұлы", "duty_prosecutor", ScheduleEntry::Kind::DutyFacility, 3, 0, 10, 12,
     "ИУО, тергеу бөлмесі", "ИВС, следственная комната", "ivs", "ИВС ДП г. Астаны"},
};

struct DemoRequest
{
    int line; // index in kLines
    const char* applicant;
    const char* essence;
    int appointmentHour, appointmentMinute;
    bool outOfTown;
    const char* agreementGround;
};

const DemoRequest kRequests[] = {
    {0, "Сәрсенбаева Гүлнар Төлегенқызы", "Азаматтық іс бойынша сот шешімімен келіспейді", 10, 0, false, ""},
    {0, "Ахметов Ерлан Серікұлы", "Несогласие с прекращением уголовного дела", 10, 30, true, ""},
    {0, "Ли Ирина Владимировна", "Повторное обращение с новыми доводами по жилищному спору", 11, 0, false,
     "repeated_new_arguments"},
    {1, "Қасымов Дәурен Ғалымұлы", "Жалоба на бездействие следователя", 15, 0, false, ""},
};

} // namespace

bool DemoSchedules::add(Database& db, Problems* problems)
{
    ScheduleService schedules(db);
    if (!schedules.entries(db.organisationCode()).isEmpty())
        return true;
    const Session program = Session::program(u"setup"_s);
    const QDate today = db.clock().today();
    QStringList ids;
    for (const DemoLine& l : kLines) {
        ScheduleEntry e;
        e.organisationCode = db.organisationCode();
        e.officialName = QString::fromUtf8(l.official);
        e.positionCode = QString::fromUtf8(l.position);
        e.kind = l.kind;
        e.weekday = l.weekday;
        e.weekOfMonth = l.weekOfMonth;
        e.validFrom = QDate(today.year(), today.month(), 1);
        e.startsAt = QTime(l.startHour, 0);
        e.endsAt = QTime(l.endHour, 0);
        e.placeKk = QString::fromUtf8(l.placeKk);
        e.placeRu = QString::fromUtf8(l.placeRu);
        e.facilityTypeCode = QString::fromUtf8(l.facilityType);
        e.facilityName = QString::fromUtf8(l.facility);
        if (!schedules.save(program, &e, problems) || !schedules.approve(program, e.id, problems))
            return false;
        ids << e.id;
    }

    // Requests are taken on working days only: on a weekend or holiday the demo requests are received on the
    // last working day before it (the database's clock is set back for them and restored after).
    const QDate intakeDay =
        schedules.calendar().isWorkingDay(today) ? today : schedules.calendar().previousWorkingDay(today);
    const Clock* original = &db.clock();
    FixedClock intakeClock(QDateTime(intakeDay, QTime(10, 0)));
    if (intakeDay != today)
        db.setClock(&intakeClock);
    struct Restore
    {
        Database& db;
        const Clock* clock;
        ~Restore() { db.setClock(clock); }
    } restore{db, original};

    // The next reception of a line that still takes requests.
    PreRegistrationService prereg(db);
    auto nextOpen = [&](const QString& id) {
        for (const QDate& d : schedules.occurrences(id, intakeDay.addDays(1), intakeDay.addDays(120))) {
            if (prereg.isOpen(id, d))
                return d;
        }
        return QDate();
    };
    auto request = [&](const DemoRequest& r, const QDate& on) {
        PreRegistration p;
        p.channelCode = u"information_system"_s;
        p.applicantName = QString::fromUtf8(r.applicant);
        p.essence = QString::fromUtf8(r.essence);
        p.scheduleId = ids.at(r.line);
        p.receptionOn = on;
        p.appointmentAt = QTime(r.appointmentHour, r.appointmentMinute);
        p.outOfTown = r.outOfTown;
        p.agreementGround = QString::fromUtf8(r.agreementGround);
        return p;
    };
    for (const DemoRequest& r : kRequests) {
        const QDate on = nextOpen(ids.at(r.line));
        if (!on.isValid())
            continue;
        PreRegistration p = request(r, on);
        if (!prereg.signUp(program, &p, problems))
            return false;
    }
    const QDate gpDay = nextOpen(ids.at(0));
    if (gpDay.isValid()) {
        // R-19(2), R-20: already answered by the General Prosecutor; the explanation given to the applicant.
        PreRegistration refused = request({0, "Иванов Петр Сергеевич", "Повторно о том же трудовом споре", 12, 0,
                                           false, ""},
                                          gpDay);
        refused.channelCode = u"paper"_s;
        if (!prereg.signUp(program, &refused, problems)
            || !prereg.refuse(program, refused.id, u"r19_2"_s,
                              u"По тому же вопросу Вам дан ответ Генерального Прокурора; разъяснено право "
                              "обжалования в суд."_s,
                              problems))
            return false;
        // without the essence the request is returned.
        PreRegistration returned = request({0, "Омаров Серік", "", 0, 0, false, ""}, gpDay);
        returned.channelCode = u"call_centre"_s;
        returned.appointmentAt = QTime();
        if (!prereg.signUp(program, &returned, problems))
            return false;
    }
    return true;
}

} // namespace armcpg
