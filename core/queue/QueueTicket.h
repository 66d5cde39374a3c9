#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace armcpg {

// Where a ticket is in its life. waiting -> called (-> recalled) -> serving -> finished; called or serving can go
// back to waiting (postponed, redirected); called -> no-show.
enum class TicketState
{
    Waiting,
    Called,
    Serving,
    Finished,
    NoShow
};

QString ticketStateCode(TicketState state); // "waiting", "called", "serving", "finished", "no_show"
bool ticketStateFromCode(const QString& code, TicketState* state);
QString ticketStateName(TicketState state); // translated

// A ticket of the electronic queue: number, service, the visitor's language, out-of-turn category
// out-of-town flag, appointment of a pre-registered visitor, and where it is now.
struct QueueTicket
{
    QString id;
    QDate day;
    QString serviceCode;
    int seq = 0;
    QString number;          // service prefix + daily sequence, e.g. "К-014"
    QString language;        // "kk" or "ru"
    QString priorityCode;    // directory priority_category; empty = none
    bool outOfTown = false;  // received the same day
    QDateTime appointmentAt; // pre-registered visitor's time; null = walk-in
    QString visitorName;     // optional (pre-registered visitors)
    QDateTime issuedAt;      // arrival
    QString issuedBy;        // user id; empty = the kiosk or the program
    QString issuedAtDesk;    // desk code, or empty for the kiosk
    TicketState state = TicketState::Waiting;
    QDateTime rankAt;   // its place in the arrival order (see QueueOrder)
    QDateTime readyAt;  // may be called from (postponed tickets)
    QString deskCode;   // the desk that called / serves it
    QString targetDesk; // redirected to this desk: only it calls the ticket
    QString targetUser; // redirected to this prosecutor (user id): only they call it
    QDateTime calledAt, startedAt, finishedAt;
    QString servedBy; // user id of the last call / start
    int callCount = 0;
    QString comment; // the last operator comment (redirect, postpone)
    QString cardId;  // the ЛП-1 card the reception was recorded on
    QString preregRequestId; // a pre-registered visitor's check-in: the request (prereg_request) it was issued for

    bool isValid() const { return !id.isEmpty(); }
    bool isPreRegistered() const { return appointmentAt.isValid(); }
    bool isOutOfTurn() const { return !priorityCode.isEmpty(); }
    bool isOpen() const
    {
        return state == TicketState::Waiting || state == TicketState::Called || state == TicketState::Serving;
    }
    QJsonObject toJson() const;

    // "К-014": prefix, a hyphen and the sequence with at least three digits (more when the range needs them).
    static QString formatNumber(const QString& prefix, int seq, int lastNumber);
};

} // namespace armcpg
