#pragma once

#include "common/Problem.h"
#include "queue/QueueEvent.h"
#include "queue/QueueTicket.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>
#include <functional>
#include <map>
#include <optional>

namespace armcpg {

class Database;
class Session;

// What the kiosk or an operator asks for when a ticket is issued.
struct TicketRequest
{
    QString serviceCode;
    QString language = QStringLiteral("ru"); // "kk" or "ru", the visitor's choice
    QString priorityCode;                    // out-of-turn category, directory priority_category
    bool outOfTown = false;
    QDateTime appointmentAt;                 // pre-registered visitor: today's appointment time
    QString visitorName;
    QString deskCode; // issued by an operator at this desk; empty = the kiosk
    // A pre-registered visitor's check-in (PreRegistrationCheckIn): the request; refused while the request already
    // has a ticket waiting, called or served.
    QString preregRequestId;
};

// Where a redirected ticket goes (at least one of them). It keeps its place in the queue.
struct RedirectTarget
{
    QString deskCode;    // only this desk calls it
    QString serviceCode; // it now waits for this service
    QString userId;      // only this prosecutor calls it
};

// The electronic queue's use cases. Every change is one transaction on the centre's
// database that also appends its event to queue_event and, on PostgreSQL, sends NOTIFY armcpg_queue (boards and
// panels refresh through QueueWatcher). Calling is atomic: two desks never get the same ticket (PostgreSQL:
// SELECT ... FOR UPDATE SKIP LOCKED; SQLite: the write lock of BEGIN IMMEDIATE). Times come from db.clock().
// Every call checks the session's role and the ticket's state, and a refusal says why, naming the field.
class QueueService
{
    Q_DECLARE_TR_FUNCTIONS(QueueService)

public:
    explicit QueueService(Database& db) : m_db(db) {}

    // Kiosk (Session::program) or an operator. The number is the service prefix and the day's next number.
    std::optional<QueueTicket> issue(const Session& by, const TicketRequest& request, Problems* problems);

    // Operator actions at a desk. Each returns the ticket as it is afterwards.
    // callNext: the first waiting ticket of the desk's services (or redirected to the desk or to the caller)
    // in QueueOrder. Refused while the desk still has a called or serving ticket. An empty queue is not an
    // error: nullopt with no problems.
    std::optional<QueueTicket> callNext(const Session& by, const QString& deskCode, Problems* problems);
    std::optional<QueueTicket> pick(const Session& by, const QString& deskCode, const QString& ticketId,
                                    Problems* problems);
    std::optional<QueueTicket> recall(const Session& by, const QString& deskCode, Problems* problems);
    std::optional<QueueTicket> noShow(const Session& by, const QString& deskCode, Problems* problems);
    // Back to the queue until the given time (today, not in the past); it comes back after that time.
    std::optional<QueueTicket> postpone(const Session& by, const QString& deskCode, const QDateTime& until,
                                        const QString& comment, Problems* problems);
    std::optional<QueueTicket> redirect(const Session& by, const QString& deskCode, const RedirectTarget& target,
                                        const QString& comment, Problems* problems);
    std::optional<QueueTicket> start(const Session& by, const QString& deskCode, Problems* problems);
    // cardId: the ЛП-1 card the reception was recorded on (optional).
    std::optional<QueueTicket> finish(const Session& by, const QString& deskCode, Problems* problems,
                                      const QString& comment = {}, const QString& cardId = {});

    // Reads (no permission needed: the board and the kiosk show them).
    std::optional<QueueTicket> current(const QString& deskCode); // the ticket the desk calls or serves now
    std::optional<QueueTicket> ticket(const QString& id);
    std::optional<QueueTicket> byNumber(const QString& number, QDate day = {}); // default: today
    QList<QueueTicket> tickets(QDate day = {});                                 // all of a day, by issue
    QList<QueueTicket> waiting(const QString& deskCode = {});                   // in call order (for a desk: its own)
    int peopleAhead(const QueueTicket& ticket);                                 // waiting tickets called before it
    QList<QueueEvent> events(const QString& ticketId);
    QList<QueueEvent> recentCalls(int limit); // latest called/recalled, newest first
    // The tickets issued for pre-registration requests on the day (default today), newest first per request.
    QList<QueueTicket> checkIns(QDate day = {});

private:
    // An action on the ticket the desk calls or serves now: apply changes it (or refuses with a problem) and
    // names the event; comment and detail go to the event.
    struct Change
    {
        QueueEventKind kind = QueueEventKind::Called;
        QString comment;
        QJsonObject detail;
    };
    std::optional<QueueTicket> change(const Session& by, const QString& deskCode, const QString& action,
                                      Problems* problems,
                                      const std::function<bool(QueueTicket&, Change&, Problems*)>& apply);
    // The desk exists and is open; lock = on PostgreSQL also lock its row for this transaction (one action per
    // desk at a time).
    bool checkDesk(const QString& deskCode, Problems* problems, bool lock = false);
    // A statement prepared once per QueueService (a panel or a desk thread keeps its service): on PostgreSQL a
    // fresh QSqlQuery costs a PREPARE and a DEALLOCATE round trip each time. Finish it after reading.
    QSqlQuery& statement(const QString& sql);
    bool canAct(const Session& by, const QString& action, Problems* problems) const;
    // Opens the write transaction and checks the desk, locking its row on PostgreSQL.
    bool beginAtDesk(const QString& deskCode, Problems* problems);
    std::optional<QueueTicket> lockedCurrent(const QString& deskCode, QString* error);
    QList<QueueTicket> query(const QString& where, const QVariantList& binds, const QString& tail = {});
    bool writeTicket(const QueueTicket& ticket, bool insert, QString* error);
    bool appendEvent(const QueueTicket& ticket, QueueEventKind kind, const Session& by, const QString& comment,
                     const QJsonObject& detail, QString* error);
    // Appends the event, sends NOTIFY (PostgreSQL) and commits; rolls back and reports on failure.
    std::optional<QueueTicket> save(const QueueTicket& ticket, bool insert, QueueEventKind kind, const Session& by,
                                    const QString& comment, const QJsonObject& detail, Problems* problems);
    std::optional<QueueTicket> fail(const QString& error, Problems* problems);
    static Problem deskBusy(const QString& deskCode, const QueueTicket& busy); // a desk must end its ticket first

    Database& m_db;
    std::map<QString, QSqlQuery> m_statements; // node-based: references stay valid as statements are added
};

} // namespace armcpg
