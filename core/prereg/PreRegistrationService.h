#pragma once

#include "common/Problem.h"
#include "deadline/DeadlineCalculator.h"
#include "directory/DirectoryEntry.h"
#include "prereg/PreRegistration.h"
#include "prereg/PreRegistrationTerms.h"
#include "schedule/ReceptionLevel.h"
#include "schedule/ScheduleService.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace armcpg {

class Database;
class Session;

// Registration for one reception closed (R-18, R-36, or earlier by hand): the list goes to the subdivisions, the
// справки are due on notesDueOn (R-22, R-27; null where the source sets no term, R-37).
struct RegistrationClosure
{
    QString id;
    QString scheduleId;
    QDate receptionOn;
    QDate closedOn;
    QString closedByLogin;
    int persons = 0;
    QDate notesDueOn;
};

// Pre-registration for a reception (rules-000 §4.3, §4.4): requests signed up for the approved schedule's reception
// days, closed at the cut-off of the official's level, refused only on the grounds of that level with the
// explanation recorded, agreed with the subdivision where asks for it, and the list of persons signed
// up. District offices have no pre-registration and may not refuse: every action is refused there.
//
// Who: the staff organising receptions (rules-000 §5 "Центр"): Operator, ReceptionProsecutor and Head.
// The cut-off follows DeadlineSettings from the administrator's settings deadline.registration_cutoff_inclusive
// (default "1") and deadline.receipt_day_counts.
class PreRegistrationService
{
    Q_DECLARE_TR_FUNCTIONS(PreRegistrationService)

public:
    explicit PreRegistrationService(Database& db);
    PreRegistrationService(const PreRegistrationService&) = delete;
    PreRegistrationService& operator=(const PreRegistrationService&) = delete;

    static DeadlineSettings deadlineSettings(Database& db);
    const PreRegistrationTerms& terms() const { return m_terms; }
    const WorkCalendar& calendar() const { return m_schedules.calendar(); }

    // signs a person up for the reception request->receptionOn of the approved line request->scheduleId.
    // Refused (false, problems) at district level and for officials without pre-registration, for a
    // day the line does not receive, after the cut-off or the closing, on a day off, and for a
    // Call-centre request on behalf of another person without the authority. A request without its essence
    // is recorded as returned without consideration: true, with state Returned. A request asks
    // to agree with the subdivision waits in AwaitingAgreement. On success *request is the stored request.
    bool signUp(const Session& by, PreRegistration* request, Problems* problems);
    // agreed with the subdivision `unit`: the request is signed up (while registration is open).
    bool recordAgreement(const Session& by, const QString& requestId, const QString& unit, Problems* problems);
    // refusal on a ground of the official's level, with the explanation given.
    // Refused at district level and where the source lists no grounds (GP subdivision heads).
    bool refuse(const Session& by, const QString& requestId, const QString& groundCode, const QString& explanation,
                Problems* problems);
    // The grounds of the level valid on `on` (default today), in order; empty where refusal does not exist.
    QList<DirectoryEntry> refusalGrounds(ReceptionLevel level, const QDate& on = {});
    // On or after the reception day: the person came or did not.
    bool recordAttendance(const Session& by, const QString& requestId, bool attended, Problems* problems);

    // Closes registration for the reception (before the cut-off if need be): nobody else is signed up, the list of
    // persons goes to the subdivisions and the справки are due (R-22: 3 working days before the General
    // Prosecutor's reception; R-27: the day before a deputy's).
    bool closeRegistration(const Session& by, const QString& scheduleId, const QDate& receptionOn, Problems* problems);
    std::optional<RegistrationClosure> closure(const QString& scheduleId, const QDate& receptionOn);
    // Requests are still taken today: not closed by hand, the cut-off not passed (PreRegistrationTerms::isOpen).
    bool isOpen(const QString& scheduleId, const QDate& receptionOn, QString* why = nullptr);
    // The last day of intake; null without pre-registration.
    QDate lastIntakeDay(const QString& scheduleId, const QDate& receptionOn);
    // the справка on each request for the General Prosecutor or a deputy: the справки before the
    // reception. Null where the source sets no term.
    QDate requestNoteDue(const QString& scheduleId, const QDate& receptionOn);
    QDate receptionNotesDue(const QString& scheduleId, const QDate& receptionOn);

    std::optional<PreRegistration> load(const QString& id);
    std::optional<PreRegistration> byNumber(const QString& number);
    // The list of persons signed up for the reception (registered, attended, did not come), by appointment time
    // and number.
    QList<PreRegistration> signedUp(const QString& scheduleId, const QDate& receptionOn);
    // Every request for the reception, in every state, by number.
    QList<PreRegistration> requests(const QString& scheduleId, const QDate& receptionOn);
    // The persons signed up (registered) for a reception on `day` whose IIN is `iinOrNumber` (12 digits) or whose
    // request has that number (case ignored): a visitor checking in (PreRegistrationCheckIn), by appointment.
    QList<PreRegistration> registeredOn(const QDate& day, const QString& iinOrNumber);
    // The receptions (schedule line, date) from `from` on that have requests signed up or awaiting agreement.
    QList<QPair<QString, QDate>> receptionsWithRequests(const QDate& from);

    // The level of the reception's official; None when there is no such line.
    ReceptionLevel level(const QString& scheduleId);

    static constexpr int kMaxTextLength = 20000;

private:
    std::optional<ScheduleEntry> entryFor(const QString& scheduleId, ReceptionLevel* level, Problems* problems);
    Problems validate(const PreRegistration& request);
    bool decide(const Session& by, const PreRegistration& request, const QVariantMap& values, Problems* problems);
    QList<PreRegistration> select(const QString& where, const QVariantList& values, const QString& order);

    Database& m_db;
    ScheduleService m_schedules;
    PreRegistrationTerms m_terms;
};

} // namespace armcpg
