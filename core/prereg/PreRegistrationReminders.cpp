#include "PreRegistrationReminders.h"

#include "calendar/WorkCalendar.h"
#include "prereg/PreRegistrationService.h"
#include "storage/Database.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace armcpg {

QString NoteReminder::text(const QDate& today) const
{
    const QString when = isOverdue(today) ? PreRegistrationReminders::tr("overdue since %1")
                                          : PreRegistrationReminders::tr("due %1");
    return PreRegistrationReminders::tr("Справки (%1) for the reception of %2 on %3: %4, %n person(s)", nullptr,
                                        persons)
        .arg(paragraph, officialName, receptionOn.toString(u"dd.MM.yyyy"_s),
             when.arg(dueOn.toString(u"dd.MM.yyyy"_s)));
}

QList<NoteReminder> PreRegistrationReminders::due(QDate until)
{
    PreRegistrationService service(m_db);
    const QDate today = m_db.clock().today();
    if (!until.isValid())
        until = service.calendar().nextWorkingDay(today);
    QList<NoteReminder> result;
    for (const auto& [scheduleId, receptionOn] : service.receptionsWithRequests(today)) {
        const ReceptionLevel level = service.level(scheduleId);
        const QDate requestNote = service.terms().requestNoteDue(level, receptionOn);
        const QDate receptionNotes = service.terms().receptionNotesDue(level, receptionOn);
        if ((!requestNote.isValid() || requestNote > until) && (!receptionNotes.isValid() || receptionNotes > until))
            continue;
        const QList<PreRegistration> requests = service.requests(scheduleId, receptionOn);
        if (requests.isEmpty())
            continue;
        NoteReminder reminder;
        reminder.scheduleId = scheduleId;
        reminder.receptionOn = receptionOn;
        reminder.officialName = requests.first().officialName;
        reminder.organisationCode = requests.first().organisationCode;
        if (requestNote.isValid() && requestNote <= until) {
            NoteReminder r = reminder;
            r.paragraph = u"R-17"_s;
            r.dueOn = requestNote;
            r.persons = int(std::count_if(requests.begin(), requests.end(), [](const PreRegistration& p) {
                return p.state == PreRegistration::State::Registered
                       || p.state == PreRegistration::State::AwaitingAgreement;
            }));
            result.append(r);
        }
        if (receptionNotes.isValid() && receptionNotes <= until) {
            NoteReminder r = reminder;
            r.paragraph = level == ReceptionLevel::GeneralProsecutor ? u"R-22"_s : u"R-27"_s;
            r.dueOn = receptionNotes;
            r.persons = int(std::count_if(requests.begin(), requests.end(),
                                          [](const PreRegistration& p) { return p.isSignedUp(); }));
            if (r.persons > 0)
                result.append(r);
        }
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const NoteReminder& a, const NoteReminder& b) { return a.dueOn < b.dueOn; });
    return result;
}

} // namespace armcpg
