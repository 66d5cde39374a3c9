#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace armcpg {

class Database;

// A справка (briefing note on the essence) the subdivisions owe for a reception by the General Prosecutor or a
// deputy: on each request (R-17, rule R5: 3 working days before the cut-off) or on the persons signed up (R-22,
// rule R7: 3 working days before the General Prosecutor's reception; R-27, rule R8: the day before a deputy's).
struct NoteReminder
{
    QString scheduleId;
    QDate receptionOn;
    QString officialName;
    QString organisationCode;
    QString paragraph; // "R-17", "R-22" or "R-27"
    QDate dueOn;
    int persons = 0; // the requests concerned: signed up or awaiting agreement, signed up

    bool isOverdue(const QDate& today) const { return dueOn < today; }
    // "Справки R-22 for the reception of … on 03.12.2026: due 30.11.2026 (3 persons)", translated.
    QString text(const QDate& today) const;
};

// The reminders of the справки due (issue 7): for every reception from today on with requests, the справки whose
// due date has come or comes by `until` (overdue ones first), so that the reception organisers chase the
// subdivisions in time. The source sets no term below the deputies' level, so there are none there.
class PreRegistrationReminders
{
    Q_DECLARE_TR_FUNCTIONS(PreRegistrationReminders)

public:
    explicit PreRegistrationReminders(Database& db) : m_db(db) {}

    // Due on or before `until` (default: the next working day), for receptions from today on, by due date.
    QList<NoteReminder> due(QDate until = {});

private:
    Database& m_db;
};

} // namespace armcpg
