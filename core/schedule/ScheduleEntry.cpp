#include "ScheduleEntry.h"

#include "calendar/WorkCalendar.h"

using namespace Qt::StringLiterals;

namespace armcpg {

QString ScheduleEntry::officialKey() const
{
    if (!officialUserId.isEmpty())
        return u"user:"_s + officialUserId;
    return u"name:"_s + officialName.simplified().toCaseFolded() + u'|' + positionCode;
}

bool ScheduleEntry::sameOfficial(const ScheduleEntry& other) const
{
    if (!officialUserId.isEmpty() && !other.officialUserId.isEmpty())
        return officialUserId == other.officialUserId;
    // One line with a user and one without: the same person when the names and positions agree.
    return officialName.simplified().toCaseFolded() == other.officialName.simplified().toCaseFolded()
           && positionCode == other.positionCode;
}

bool ScheduleEntry::matches(const QDate& day) const
{
    if (!day.isValid())
        return false;
    if (isDated())
        return day == date;
    if (day.dayOfWeek() != weekday)
        return false;
    if ((validFrom.isValid() && day < validFrom) || (validTo.isValid() && day > validTo))
        return false;
    if (weekOfMonth == 0)
        return true;
    if (weekOfMonth == kLastWeekOfMonth)
        return day.day() + 7 > day.daysInMonth();
    return (day.day() - 1) / 7 + 1 == weekOfMonth;
}

bool ScheduleEntry::occursOn(const QDate& day, const WorkCalendar& calendar) const
{
    return matches(day) && calendar.isWorkingDay(day);
}

QDate ScheduleEntry::firstDay() const
{
    if (isDated())
        return date;
    return validFrom.isValid() ? validFrom : QDate(2000, 1, 1);
}

QDate ScheduleEntry::lastDay(const QDate& open) const
{
    if (isDated())
        return date;
    return validTo.isValid() ? validTo : open;
}

QString ScheduleEntry::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::Regular:
        return u"regular"_s;
    case Kind::Field:
        return u"field"_s;
    case Kind::DutyFacility:
        return u"duty_facility"_s;
    case Kind::OffSchedule:
        return u"off_schedule"_s;
    }
    return {};
}

bool ScheduleEntry::kindFromCode(const QString& code, Kind* kind)
{
    for (Kind k : {Kind::Regular, Kind::Field, Kind::DutyFacility, Kind::OffSchedule}) {
        if (kindCode(k) == code) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString ScheduleEntry::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Regular:
        return tr("Regular reception");
    case Kind::Field:
        return tr("Field reception");
    case Kind::DutyFacility:
        return tr("Duty prosecutor in a detention facility");
    case Kind::OffSchedule:
        return tr("Off-schedule reception by instruction (R-50)");
    }
    return {};
}

QStringList ScheduleEntry::instructionForms()
{
    return {u"written"_s, u"oral"_s};
}

QString ScheduleEntry::formName(const QString& form)
{
    if (form == u"written")
        return tr("written");
    if (form == u"oral")
        return tr("oral");
    return form;
}

QString ScheduleEntry::statusCode(Status status)
{
    return status == Status::Approved ? u"approved"_s : u"draft"_s;
}

bool ScheduleEntry::statusFromCode(const QString& code, Status* status)
{
    if (code == u"approved") {
        *status = Status::Approved;
        return true;
    }
    if (code == u"draft") {
        *status = Status::Draft;
        return true;
    }
    return false;
}

QString ScheduleEntry::weekdayName(int weekday)
{
    switch (weekday) {
    case 1:
        return tr("Monday");
    case 2:
        return tr("Tuesday");
    case 3:
        return tr("Wednesday");
    case 4:
        return tr("Thursday");
    case 5:
        return tr("Friday");
    case 6:
        return tr("Saturday");
    case 7:
        return tr("Sunday");
    }
    return {};
}

} // namespace armcpg
