#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTime>

namespace armcpg {

class WorkCalendar;

// One line of a reception schedule (rules-000 §1.4, §4.2; table reception_schedule of migration 0011): an official
// receives on a weekday — every week, or only the n-th or the last one of a month — within a validity period, or
// on one date; from startsAt to endsAt inside 9:00–18:30; at a place given in both languages for the posted
// sheet. A draft until the head approves it.
struct ScheduleEntry
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleEntry)

public:
    // What kind of reception the line is. Stored as the codes of kindCode().
    enum class Kind
    {
        Regular,      // "regular": in the office, by the approved schedule
        Field,        // "field": выездной прием in a town, village or organisation
        DutyFacility, // "duty_facility": a duty prosecutor in a detention facility, posted there
        OffSchedule,  // "off_schedule": a reception outside the schedule the ЦПГ prosecutor instructed an oblast or
                      // district prosecutor or a deputy to organise; never posted, no pre-registration
    };
    enum class Status
    {
        Draft,    // "draft": kept by the reception staff, not posted
        Approved, // "approved": approved by the head, posted and open for pre-registration
    };

    // R-4 (deadline rule R2): reception is held in working time, 9:00 to 18:30.
    static inline const QTime kOpens{9, 0};
    static inline const QTime kCloses{18, 30};
    static constexpr int kLastWeekOfMonth = -1;

    QString id;
    int version = 0;
    QString organisationCode;
    QString officialUserId; // when the official is a user of the workstation; optional
    QString officialName;   // full name as posted
    QString positionCode;   // directory "position": decides the level (ReceptionLevel)
    Kind kind = Kind::Regular;
    int weekday = 0;     // 1 = Monday .. 7 = Sunday; 0 for a dated line
    int weekOfMonth = 0; // 0: every week; 1..5: the n-th such weekday of the month; -1: the last one
    QDate date;          // a dated line: this day only (weekday == 0)
    QDate validFrom, validTo; // a weekday line's period; null = open
    QTime startsAt, endsAt;
    QString placeKk, placeRu;
    QString facilityTypeCode; // directory "facility_type", for a duty prosecutor's line
    QString facilityName;     // the facility itself, e.g. "ИВС ДП г. Астаны"
    QString note;
    Status status = Status::Draft;
    QString approvedBy, approvedByLogin, approvedByName;
    QDate approvedOn;
    // R-50, an off-schedule line only (ScheduleService::instruct): the instruction's form ("written" or "oral"),
    // who instructed and when, the visitor it is for, why it cannot wait, the ЛП-1 card it came from. Such a line
    // is approved from the start by the one who instructed (approvedBy* repeat instructedBy*): the instruction is
    // its authority.
    QString instructionForm;
    QString instructedBy, instructedByLogin, instructedByName;
    QDateTime instructedAt;
    QString visitorName;
    QString instructionReason;
    QString cardId, cardNumber;

    bool isDated() const { return weekday == 0; }
    bool isApproved() const { return status == Status::Approved; }
    bool isOffSchedule() const { return kind == Kind::OffSchedule; }
    // Posted on the sheet and the website and open for pre-registration: approved, and not an instruction.
    bool isPosted() const { return isApproved() && !isOffSchedule(); }
    // The same person: the user id when both lines have one, otherwise the name (case and spaces ignored) and
    // the position.
    QString officialKey() const;
    bool sameOfficial(const ScheduleEntry& other) const;

    // The line's pattern matches the date (weekday, n-th or last of the month, validity), working day or not.
    bool matches(const QDate& date) const;
    // The line's reception takes place on the date: it matches and the date is a working day (R-4: receptions are
    // held in working time; a holiday on a schedule day means no reception that day).
    bool occursOn(const QDate& date, const WorkCalendar& calendar) const;
    // Two lines overlap in time of day (touching ends do not).
    bool overlapsInTime(const ScheduleEntry& other) const { return startsAt < other.endsAt && other.startsAt < endsAt; }
    // The first day the line can match, and the last one (an open period ends at `open`).
    QDate firstDay() const;
    QDate lastDay(const QDate& open) const;
    // The line may receive between the days (inclusive).
    bool mayReceiveBetween(const QDate& from, const QDate& to) const
    {
        return firstDay() <= to && lastDay(to) >= from;
    }

    static QString kindCode(Kind kind);
    static bool kindFromCode(const QString& code, Kind* kind);
    static QString kindName(Kind kind); // translated
    // "written" or "oral"; formName() translated.
    static QStringList instructionForms();
    static QString formName(const QString& form);
    static QString statusCode(Status status);
    static bool statusFromCode(const QString& code, Status* status);
    static QString weekdayName(int weekday); // translated, 1 = Monday
};

} // namespace armcpg
