#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace armcpg {

// What happened to a ticket. Each change of the queue appends one event in its own transaction: the queue's
// audit trail and the source of its statistics (issue 5).
enum class QueueEventKind
{
    Issued,
    Called,
    Recalled,
    Started,
    Redirected,
    Postponed,
    NoShow,
    Finished
};

QString queueEventCode(
    QueueEventKind kind); // "issued", "called", "recalled", "started", "redirected", "postponed", "no_show", "finished"
bool queueEventFromCode(const QString& code, QueueEventKind* kind);

struct QueueEvent
{
    qint64 seq = 0; // increasing across the database: the order of the log
    QString ticketId;
    QString number; // the ticket's number (joined when read)
    QDate day;
    QDateTime at;
    QueueEventKind kind = QueueEventKind::Issued;
    QString deskCode;
    QString serviceCode; // the ticket's service at the time of the event
    QString userId;
    QString userLogin;
    QString comment;
    QJsonObject detail; // e.g. redirect from/to, postponed until

    QJsonObject toJson() const;
};

} // namespace armcpg
