#include "QueueService.h"

#include "common/Uuid.h"
#include "directory/DirectoryRepository.h"
#include "queue/QueueConfig.h"
#include "queue/QueueOrder.h"
#include "queue/QueueSql.h"
#include "security/Session.h"
#include "security/UserService.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
const QString kColumns =
    u"id, day, service_code, seq, number, language, priority_code, out_of_town, appointment_at, visitor_name, "
    "issued_at, issued_by, issued_at_desk, state, rank_at, ready_at, desk_code, target_desk, target_user, called_at, "
    "started_at, finished_at, served_by, call_count, comment, card_id, prereg_request_id"_s;

QueueTicket ticketFrom(const QSqlQuery& q)
{
    QueueTicket t;
    t.id = q.value(0).toString();
    t.day = QueueSql::readDay(q.value(1));
    t.serviceCode = q.value(2).toString();
    t.seq = q.value(3).toInt();
    t.number = q.value(4).toString();
    t.language = q.value(5).toString();
    t.priorityCode = q.value(6).toString();
    t.outOfTown = q.value(7).toBool();
    t.appointmentAt = QueueSql::readTime(q.value(8));
    t.visitorName = q.value(9).toString();
    t.issuedAt = QueueSql::readTime(q.value(10));
    t.issuedBy = q.value(11).toString();
    t.issuedAtDesk = q.value(12).toString();
    ticketStateFromCode(q.value(13).toString(), &t.state);
    t.rankAt = QueueSql::readTime(q.value(14));
    t.readyAt = QueueSql::readTime(q.value(15));
    t.deskCode = q.value(16).toString();
    t.targetDesk = q.value(17).toString();
    t.targetUser = q.value(18).toString();
    t.calledAt = QueueSql::readTime(q.value(19));
    t.startedAt = QueueSql::readTime(q.value(20));
    t.finishedAt = QueueSql::readTime(q.value(21));
    t.servedBy = q.value(22).toString();
    t.callCount = q.value(23).toInt();
    t.comment = q.value(24).toString();
    t.cardId = q.value(25).toString();
    t.preregRequestId = q.value(26).toString();
    return t;
}

QVariant text(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

// The tickets a desk may call: its services' tickets not sent elsewhere, and those redirected to it.
const QString kDeskPredicate = u"(target_desk = ? OR (target_desk IS NULL AND service_code IN "
                               "(SELECT service_code FROM queue_desk_service WHERE desk_code = ?)))"_s;
} // namespace

bool QueueService::canAct(const Session& by, const QString& action, Problems* problems) const
{
    return by.require({Role::Operator, Role::ReceptionProsecutor, Role::Head}, action, problems);
}

QSqlQuery& QueueService::statement(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.emplace(sql, m_db.prepare(sql)).first;
    return it->second;
}

bool QueueService::checkDesk(const QString& deskCode, Problems* problems, bool lock)
{
    QSqlQuery& q = statement(u"SELECT active FROM queue_desk WHERE code = ?%1"_s.arg(
        lock && !m_db.isSqlite() ? u" FOR UPDATE"_s : QString()));
    q.addBindValue(deskCode);
    if (!q.exec()) {
        problems->append({tr("desk"), Database::errorText(q)});
        return false;
    }
    const bool found = q.next();
    const bool active = found && q.value(0).toBool();
    q.finish();
    if (!found)
        problems->append(
            {tr("desk"), deskCode.isEmpty() ? tr("choose a desk") : tr("there is no desk %1").arg(deskCode)});
    else if (!active)
        problems->append({tr("desk"), tr("desk %1 is closed (not active)").arg(deskCode)});
    return active;
}

std::optional<QueueTicket> QueueService::fail(const QString& error, Problems* problems)
{
    if (m_db.inTransaction())
        m_db.rollback();
    problems->append({tr("queue"), error});
    return std::nullopt;
}

bool QueueService::beginAtDesk(const QString& deskCode, Problems* problems)
{
    QString error;
    // The queue is not synced: its transactions need not queue on the change log's lock.
    if (!m_db.begin(&error, Database::ChangeLog::NotWritten))
        return fail(error, problems), false;
    if (!checkDesk(deskCode, problems, true)) {
        m_db.rollback();
        return false;
    }
    return true;
}

std::optional<QueueTicket> QueueService::lockedCurrent(const QString& deskCode, QString* error)
{
    QSqlQuery& q =
        statement(u"SELECT %1 FROM queue_ticket WHERE desk_code = ? AND state IN ('called', 'serving') "
                  "ORDER BY called_at DESC %2"_s.arg(kColumns, m_db.isSqlite() ? QString() : u"FOR UPDATE"_s));
    q.addBindValue(deskCode);
    if (!q.exec()) {
        *error = Database::errorText(q);
        return std::nullopt;
    }
    std::optional<QueueTicket> found;
    if (q.next())
        found = ticketFrom(q);
    q.finish();
    return found;
}

QList<QueueTicket> QueueService::query(const QString& where, const QVariantList& binds, const QString& tail)
{
    QSqlQuery& q = statement(m_db.dialect(u"SELECT %1 FROM queue_ticket WHERE %2 %3"_s.arg(kColumns, where, tail)));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    QList<QueueTicket> result;
    if (q.exec()) {
        while (q.next())
            result.append(ticketFrom(q));
    }
    q.finish();
    return result;
}

bool QueueService::writeTicket(const QueueTicket& t, bool insert, QString* error)
{
    QSqlQuery& q = statement(
        insert
            ? u"INSERT INTO queue_ticket (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s
                  .arg(kColumns)
            : u"UPDATE queue_ticket SET day = ?, service_code = ?, seq = ?, number = ?, language = ?, priority_code = "
              u"?, "
              "out_of_town = ?, appointment_at = ?, visitor_name = ?, issued_at = ?, issued_by = ?, issued_at_desk = "
              "?, "
              "state = ?, rank_at = ?, ready_at = ?, desk_code = ?, target_desk = ?, target_user = ?, called_at = ?, "
              "started_at = ?, finished_at = ?, served_by = ?, call_count = ?, comment = ?, card_id = ?, prereg_request_id = ? "
              "WHERE id = ?"_s);
    if (insert)
        q.addBindValue(t.id);
    for (const QVariant& v : QVariantList{QueueSql::day(t.day),
                                          t.serviceCode,
                                          t.seq,
                                          t.number,
                                          t.language,
                                          text(t.priorityCode),
                                          t.outOfTown,
                                          QueueSql::time(t.appointmentAt),
                                          text(t.visitorName),
                                          QueueSql::time(t.issuedAt),
                                          text(t.issuedBy),
                                          text(t.issuedAtDesk),
                                          ticketStateCode(t.state),
                                          QueueSql::time(t.rankAt),
                                          QueueSql::time(t.readyAt),
                                          text(t.deskCode),
                                          text(t.targetDesk),
                                          text(t.targetUser),
                                          QueueSql::time(t.calledAt),
                                          QueueSql::time(t.startedAt),
                                          QueueSql::time(t.finishedAt),
                                          text(t.servedBy),
                                          t.callCount,
                                          text(t.comment),
                                          text(t.cardId),
                                          text(t.preregRequestId)})
        q.addBindValue(v);
    if (!insert)
        q.addBindValue(t.id);
    if (q.exec())
        return true;
    *error = Database::errorText(q);
    return false;
}

bool QueueService::appendEvent(const QueueTicket& t, QueueEventKind kind, const Session& by, const QString& comment,
                               const QJsonObject& detail, QString* error)
{
    // On PostgreSQL the same statement sends NOTIFY armcpg_queue (delivered at commit): boards and panels refresh
    // through QueueWatcher, and the desk saves a round trip.
    const QString insert = u"INSERT INTO queue_event (ticket_id, day, at, kind, desk_code, service_code, user_id, "
                           "user_login, comment, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
    QSqlQuery& q = statement(
        m_db.isSqlite() ? insert
                        : u"WITH e AS (%1 RETURNING kind) SELECT pg_notify('armcpg_queue', kind) FROM e"_s.arg(insert));
    const bool atDesk = kind != QueueEventKind::Issued;
    for (const QVariant& v : QVariantList{
             t.id, QueueSql::day(t.day), QueueSql::time(m_db.clock().now()), queueEventCode(kind),
             text(atDesk ? (t.deskCode.isEmpty() ? detail.value(u"from_desk"_s).toString() : t.deskCode)
                         : t.issuedAtDesk),
             t.serviceCode, text(by.user().id), text(by.user().login), text(comment),
             detail.isEmpty() ? QVariant()
                              : QVariant(QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)))})
        q.addBindValue(v);
    const bool ok = q.exec();
    if (!ok)
        *error = Database::errorText(q);
    q.finish();
    return ok;
}

std::optional<QueueTicket> QueueService::save(const QueueTicket& ticket, bool insert, QueueEventKind kind,
                                              const Session& by, const QString& comment, const QJsonObject& detail,
                                              Problems* problems)
{
    QString error;
    if (!writeTicket(ticket, insert, &error) || !appendEvent(ticket, kind, by, comment, detail, &error))
        return fail(error, problems);
    if (!m_db.commit(&error))
        return fail(error, problems);
    return ticket;
}

std::optional<QueueTicket> QueueService::issue(const Session& by, const TicketRequest& request, Problems* problems)
{
    if (!by.require({Role::Operator, Role::ReceptionProsecutor, Role::Head}, tr("issue queue tickets"), problems))
        return std::nullopt;
    const int before = problems->size();
    const QDateTime now = m_db.clock().now();
    const QDate today = m_db.clock().today();
    QueueConfig config(m_db);
    const auto service = config.service(request.serviceCode);
    if (request.serviceCode.isEmpty())
        problems->append({tr("service"), tr("choose a service")});
    else if (!service)
        problems->append({tr("service"), tr("there is no queue service %1").arg(request.serviceCode)});
    else if (!service->active)
        problems->append({tr("service"), tr("the service %1 is not offered now").arg(service->name(request.language))});
    if (request.language != u"kk" && request.language != u"ru") // state or Russian, the visitor's choice
        problems->append(
            {tr("language"), tr("the language of reception must be kk (Kazakh) or ru (Russian), not \"%1\" (R-45)")
                                 .arg(request.language)});
    if (!request.priorityCode.isEmpty()) {
        const auto category = DirectoryRepository(m_db).entry(u"priority_category"_s, request.priorityCode);
        if (!category || !category->isValidOn(today))
            problems->append(
                {tr("out-of-turn category"),
                 tr("%1 is not an out-of-turn category of R-9 (see `queue services`)").arg(request.priorityCode)});
    }
    if (request.appointmentAt.isValid() && request.appointmentAt.toLocalTime().date() != today)
        problems->append(
            {tr("appointment time"), tr("the appointment is on %1, not today: a ticket is for today's queue")
                                         .arg(request.appointmentAt.toLocalTime().date().toString(Qt::ISODate))});
    if (!request.deskCode.isEmpty() && !QueueConfig(m_db).desk(request.deskCode))
        problems->append({tr("desk"), tr("there is no desk %1").arg(request.deskCode)});
    if (problems->size() > before)
        return std::nullopt;

    QString error;
    if (!m_db.begin(&error, Database::ChangeLog::NotWritten))
        return fail(error, problems);
    if (!request.preregRequestId.isEmpty()) {
        // Checked in once: inside the write transaction (SQLite's write lock; on PostgreSQL the partial unique
        // index of migration 0013 stops a second kiosk racing this one).
        const QList<QueueTicket> open = query(u"prereg_request_id = ? AND state IN ('waiting', 'called', 'serving')"_s,
                                              {request.preregRequestId});
        if (!open.isEmpty()) {
            m_db.rollback();
            problems->append({tr("pre-registration"),
                              tr("the visitor has already checked in: ticket %1").arg(open.first().number)});
            return std::nullopt;
        }
    }
    // The day's sequence of the service (reset daily): one counter row per day and service, taken and advanced in
    // one statement; its row stays locked until commit, and a rolled-back issue takes no number.
    QSqlQuery& counter = statement(u"INSERT INTO queue_counter (day, service_code, last_value) VALUES (?, ?, ?) "
                                   "ON CONFLICT (day, service_code) DO UPDATE SET last_value = CASE WHEN "
                                   "queue_counter.last_value + 1 < ? THEN ? ELSE queue_counter.last_value + 1 END "
                                   "RETURNING last_value"_s);
    for (const QVariant& v : QVariantList{QueueSql::day(today), service->code, service->firstNumber,
                                          service->firstNumber, service->firstNumber})
        counter.addBindValue(v);
    if (!counter.exec() || !counter.next())
        return fail(Database::errorText(counter), problems);
    const int seq = counter.value(0).toInt();
    counter.finish();
    if (seq > service->lastNumber) {
        m_db.rollback();
        problems->append(
            {tr("service"), tr("today's numbers of %1 are used up (%2 to %3); the administrator can widen the range")
                                .arg(service->name(request.language))
                                .arg(service->firstNumber)
                                .arg(service->lastNumber)});
        return std::nullopt;
    }

    QueueTicket t;
    t.id = newUuid();
    t.day = today;
    t.serviceCode = service->code;
    t.seq = seq;
    t.number = QueueTicket::formatNumber(service->prefix, seq, service->lastNumber);
    t.language = request.language;
    t.priorityCode = request.priorityCode;
    t.outOfTown = request.outOfTown;
    t.appointmentAt = request.appointmentAt.isValid() ? request.appointmentAt.toUTC() : QDateTime();
    t.visitorName = request.visitorName.trimmed();
    t.preregRequestId = request.preregRequestId;
    t.issuedAt = now;
    t.issuedBy = by.user().id;
    t.issuedAtDesk = request.deskCode;
    t.state = TicketState::Waiting;
    t.rankAt = t.appointmentAt.isValid() ? t.appointmentAt : now; // QueueOrder: pre-registered at their time
    t.readyAt = now;
    QJsonObject detail{{u"language"_s, t.language}};
    if (t.isOutOfTurn())
        detail.insert(u"priority"_s, t.priorityCode);
    if (t.outOfTown)
        detail.insert(u"out_of_town"_s, true);
    if (t.isPreRegistered())
        detail.insert(u"appointment_at"_s, QueueSql::time(t.appointmentAt).toString());
    return save(t, true, QueueEventKind::Issued, by, {}, detail, problems);
}

QList<QueueTicket> QueueService::checkIns(QDate day)
{
    return query(u"day = ? AND prereg_request_id IS NOT NULL"_s,
                 {QueueSql::day(day.isValid() ? day : m_db.clock().today())}, u"ORDER BY issued_at DESC, seq DESC"_s);
}

std::optional<QueueTicket> QueueService::callNext(const Session& by, const QString& deskCode, Problems* problems)
{
    if (!canAct(by, tr("call visitors"), problems))
        return std::nullopt;
    const QDateTime now = m_db.clock().now();
    const QVariantList binds{QueueSql::day(m_db.clock().today()),
                             QueueSql::time(now),
                             deskCode,
                             deskCode,
                             text(by.user().id),
                             QueueSql::time(now)};
    const QString candidates = u"FROM queue_ticket WHERE day = ? AND state = 'waiting' AND ready_at <= ? AND %1 "
                               "AND (target_user IS NULL OR target_user = ?)"_s.arg(kDeskPredicate);
    // A look without a transaction first: a desk finding nobody waiting takes no lock (SQLite: the write lock the
    // kiosk and the other desks need) and opens no transaction.
    QSqlQuery& probe = statement(u"SELECT id %1 LIMIT 1"_s.arg(candidates));
    for (int i = 0; i < 5; ++i)
        probe.addBindValue(binds.at(i));
    const bool anyone = probe.exec() && probe.next();
    probe.finish();
    if (!anyone) {
        if (!checkDesk(deskCode, problems))
            return std::nullopt;
        if (const auto busy = current(deskCode))
            problems->append(deskBusy(deskCode, *busy));
        return std::nullopt; // nobody waiting: not an error
    }
    if (!beginAtDesk(deskCode, problems))
        return std::nullopt;
    QString error;
    const auto busy = lockedCurrent(deskCode, &error);
    if (!error.isEmpty())
        return fail(error, problems);
    if (busy) {
        m_db.rollback();
        problems->append(deskBusy(deskCode, *busy));
        return std::nullopt;
    }
    // Atomic: on PostgreSQL the first waiting row not locked by another desk's call (SKIP LOCKED), re-checked
    // after the lock; on SQLite the whole transaction holds the write lock.
    QSqlQuery& q = statement(m_db.dialect(u"SELECT %1 %2 ORDER BY %3 LIMIT 1 %4"_s.arg(
        kColumns, candidates, QueueOrder::orderBySql(), m_db.isSqlite() ? QString() : u"FOR UPDATE SKIP LOCKED"_s)));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return fail(Database::errorText(q), problems);
    if (!q.next()) { // taken by other desks meanwhile
        q.finish();
        m_db.rollback();
        return std::nullopt;
    }
    QueueTicket t = ticketFrom(q);
    q.finish();
    t.state = TicketState::Called;
    t.deskCode = deskCode;
    t.calledAt = now;
    t.servedBy = by.user().id;
    ++t.callCount;
    return save(t, false, QueueEventKind::Called, by, {}, {}, problems);
}

Problem QueueService::deskBusy(const QString& deskCode, const QueueTicket& busy)
{
    return {tr("desk"), tr("desk %1 is still at %2 (%3): finish it, mark a no-show, postpone or redirect it first")
                            .arg(deskCode, busy.number, ticketStateName(busy.state))};
}

std::optional<QueueTicket> QueueService::pick(const Session& by, const QString& deskCode, const QString& ticketId,
                                              Problems* problems)
{
    if (!canAct(by, tr("call visitors"), problems))
        return std::nullopt;
    if (ticketId.isEmpty()) {
        problems->append({tr("ticket"), tr("choose a waiting ticket")});
        return std::nullopt;
    }
    if (!beginAtDesk(deskCode, problems))
        return std::nullopt;
    QString error;
    const auto busy = lockedCurrent(deskCode, &error);
    if (!error.isEmpty())
        return fail(error, problems);
    if (busy) {
        m_db.rollback();
        problems->append(deskBusy(deskCode, *busy));
        return std::nullopt;
    }
    const QList<QueueTicket> found =
        query(u"id = ? %1"_s.arg(m_db.isSqlite() ? QString() : u"FOR UPDATE"_s), {ticketId});
    if (found.isEmpty()) {
        m_db.rollback();
        problems->append({tr("ticket"), tr("there is no ticket %1").arg(ticketId)});
        return std::nullopt;
    }
    QueueTicket t = found.first();
    if (t.state != TicketState::Waiting || t.day != m_db.clock().today()) {
        m_db.rollback();
        problems->append(
            {tr("ticket"), t.day != m_db.clock().today()
                               ? tr("%1 is a ticket of %2, not of today").arg(t.number, t.day.toString(Qt::ISODate))
                               : tr("%1 is not waiting: it is %2").arg(t.number, ticketStateName(t.state))});
        return std::nullopt;
    }
    const QDateTime now = m_db.clock().now();
    t.state = TicketState::Called;
    t.deskCode = deskCode;
    t.calledAt = now;
    t.servedBy = by.user().id;
    ++t.callCount;
    return save(t, false, QueueEventKind::Called, by, {}, {{u"picked"_s, true}}, problems);
}

std::optional<QueueTicket> QueueService::change(const Session& by, const QString& deskCode, const QString& action,
                                                Problems* problems,
                                                const std::function<bool(QueueTicket&, Change&, Problems*)>& apply)
{
    if (!canAct(by, action, problems) || !beginAtDesk(deskCode, problems))
        return std::nullopt;
    QString error;
    auto current = lockedCurrent(deskCode, &error);
    if (!error.isEmpty())
        return fail(error, problems);
    if (!current) {
        m_db.rollback();
        problems->append(
            {tr("desk"), tr("desk %1 has no called ticket to %2: call a visitor first").arg(deskCode, action)});
        return std::nullopt;
    }
    QueueTicket t = *current;
    Change change;
    if (!apply(t, change, problems)) {
        m_db.rollback();
        return std::nullopt;
    }
    return save(t, false, change.kind, by, change.comment, change.detail, problems);
}

std::optional<QueueTicket> QueueService::recall(const Session& by, const QString& deskCode, Problems* problems)
{
    return change(by, deskCode, tr("recall"), problems, [this](QueueTicket& t, Change& c, Problems* p) {
        if (t.state != TicketState::Called) {
            p->append({tr("ticket"), tr("%1 is already in reception: there is nobody to recall").arg(t.number)});
            return false;
        }
        ++t.callCount;
        c.kind = QueueEventKind::Recalled;
        return true;
    });
}

std::optional<QueueTicket> QueueService::noShow(const Session& by, const QString& deskCode, Problems* problems)
{
    return change(by, deskCode, tr("mark as not come"), problems, [this](QueueTicket& t, Change& c, Problems* p) {
        if (t.state != TicketState::Called) {
            p->append(
                {tr("ticket"), tr("%1 is in reception: the visitor came, finish the ticket instead").arg(t.number)});
            return false;
        }
        t.state = TicketState::NoShow;
        t.finishedAt = m_db.clock().now();
        c.kind = QueueEventKind::NoShow;
        return true;
    });
}

std::optional<QueueTicket> QueueService::postpone(const Session& by, const QString& deskCode, const QDateTime& until,
                                                  const QString& comment, Problems* problems)
{
    const QDateTime now = m_db.clock().now();
    if (!until.isValid() || until <= now || until.toLocalTime().date() != m_db.clock().today()) {
        problems->append({tr("postpone until"), tr("the ticket can be postponed to a later time of today only")});
        return std::nullopt;
    }
    return change(by, deskCode, tr("postpone"), problems, [&](QueueTicket& t, Change& c, Problems*) {
        // It comes back after the time it was postponed to, and ranks as if it arrived then.
        c.detail = {{u"from_desk"_s, t.deskCode}, {u"until"_s, QueueSql::time(until).toString()}};
        t.state = TicketState::Waiting;
        t.readyAt = until.toUTC();
        t.rankAt = until.toUTC();
        t.deskCode.clear();
        t.comment = comment;
        c.kind = QueueEventKind::Postponed;
        c.comment = comment;
        return true;
    });
}

std::optional<QueueTicket> QueueService::redirect(const Session& by, const QString& deskCode,
                                                  const RedirectTarget& target, const QString& comment,
                                                  Problems* problems)
{
    const int before = problems->size();
    QueueConfig config(m_db);
    if (target.deskCode.isEmpty() && target.serviceCode.isEmpty() && target.userId.isEmpty())
        problems->append({tr("redirect to"), tr("choose the desk, the service or the prosecutor to redirect to")});
    if (!target.deskCode.isEmpty()) {
        const auto desk = config.desk(target.deskCode);
        if (!desk || !desk->active)
            problems->append({tr("redirect to desk"), tr("there is no open desk %1").arg(target.deskCode)});
        else if (target.deskCode == deskCode && target.serviceCode.isEmpty() && target.userId.isEmpty())
            problems->append({tr("redirect to desk"), tr("the ticket is already at desk %1").arg(deskCode)});
    }
    if (!target.serviceCode.isEmpty()) {
        const auto service = config.service(target.serviceCode);
        if (!service || !service->active)
            problems->append(
                {tr("redirect to service"), tr("there is no offered queue service %1").arg(target.serviceCode)});
    }
    if (!target.userId.isEmpty()) {
        std::optional<UserAccount> user;
        for (const UserAccount& u : UserService(m_db).users(false)) {
            if (u.id == target.userId)
                user = u;
        }
        if (!user || !(user->has(Role::ReceptionProsecutor) || user->has(Role::Head)))
            problems->append(
                {tr("redirect to prosecutor"), tr("%1 is not an active prosecutor or head").arg(target.userId)});
    }
    if (problems->size() > before)
        return std::nullopt;
    return change(by, deskCode, tr("redirect"), problems, [&](QueueTicket& t, Change& c, Problems*) {
        c.detail = {{u"from_desk"_s, t.deskCode}, {u"from_service"_s, t.serviceCode}};
        if (!target.deskCode.isEmpty())
            c.detail.insert(u"to_desk"_s, target.deskCode);
        if (!target.serviceCode.isEmpty())
            c.detail.insert(u"to_service"_s, target.serviceCode);
        if (!target.userId.isEmpty())
            c.detail.insert(u"to_user"_s, target.userId);
        // It keeps its place: rankAt (its arrival) stays; it may be called at once.
        t.state = TicketState::Waiting;
        t.readyAt = m_db.clock().now();
        t.deskCode.clear();
        if (!target.serviceCode.isEmpty())
            t.serviceCode = target.serviceCode;
        t.targetDesk = target.deskCode;
        t.targetUser = target.userId;
        t.comment = comment;
        c.kind = QueueEventKind::Redirected;
        c.comment = comment;
        return true;
    });
}

std::optional<QueueTicket> QueueService::start(const Session& by, const QString& deskCode, Problems* problems)
{
    return change(by, deskCode, tr("start the reception"), problems, [&](QueueTicket& t, Change& c, Problems* p) {
        if (t.state != TicketState::Called) {
            p->append({tr("ticket"), tr("the reception of %1 has already started").arg(t.number)});
            return false;
        }
        t.state = TicketState::Serving;
        t.startedAt = m_db.clock().now();
        t.servedBy = by.user().id;
        c.kind = QueueEventKind::Started;
        return true;
    });
}

std::optional<QueueTicket> QueueService::finish(const Session& by, const QString& deskCode, Problems* problems,
                                                const QString& comment, const QString& cardId)
{
    return change(by, deskCode, tr("finish"), problems, [&](QueueTicket& t, Change& c, Problems*) {
        t.state = TicketState::Finished;
        t.finishedAt = m_db.clock().now();
        if (!cardId.isEmpty())
            t.cardId = cardId;
        if (!comment.isEmpty())
            t.comment = comment;
        c.kind = QueueEventKind::Finished;
        c.comment = comment;
        if (!cardId.isEmpty())
            c.detail.insert(u"card_id"_s, cardId);
        return true;
    });
}

std::optional<QueueTicket> QueueService::current(const QString& deskCode)
{
    const QList<QueueTicket> found =
        query(u"desk_code = ? AND state IN ('called', 'serving')"_s, {deskCode}, u"ORDER BY called_at DESC LIMIT 1"_s);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<QueueTicket> QueueService::ticket(const QString& id)
{
    const QList<QueueTicket> found = query(u"id = ?"_s, {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<QueueTicket> QueueService::byNumber(const QString& number, QDate day)
{
    const QList<QueueTicket> found =
        query(u"day = ? AND number = ?"_s, {QueueSql::day(day.isValid() ? day : m_db.clock().today()), number});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<QueueTicket> QueueService::tickets(QDate day)
{
    return query(u"day = ?"_s, {QueueSql::day(day.isValid() ? day : m_db.clock().today())},
                 u"ORDER BY issued_at, seq"_s);
}

QList<QueueTicket> QueueService::waiting(const QString& deskCode)
{
    const QVariant today = QueueSql::day(m_db.clock().today());
    const QList<QueueTicket> list =
        deskCode.isEmpty()
            ? query(u"day = ? AND state = 'waiting'"_s, {today})
            : query(u"day = ? AND state = 'waiting' AND %1"_s.arg(kDeskPredicate), {today, deskCode, deskCode});
    return QueueOrder::sorted(list, m_db.clock().now());
}

int QueueService::peopleAhead(const QueueTicket& ticket)
{
    const QDateTime now = m_db.clock().now();
    int ahead = 0;
    for (const QueueTicket& other : query(u"day = ? AND state = 'waiting' AND service_code = ?"_s,
                                          {QueueSql::day(ticket.day), ticket.serviceCode})) {
        if (other.id != ticket.id && QueueOrder::isCallable(other, now) && QueueOrder::before(other, ticket, now))
            ++ahead;
    }
    return ahead;
}

QList<QueueEvent> QueueService::events(const QString& ticketId)
{
    QList<QueueEvent> result;
    QSqlQuery q = m_db.prepare(
        u"SELECT e.seq, e.ticket_id, t.number, e.day, e.at, e.kind, e.desk_code, e.service_code, "
        "e.user_id, e.user_login, e.comment, e.detail FROM queue_event e JOIN queue_ticket t ON t.id = e.ticket_id "
        "WHERE e.ticket_id = ? ORDER BY e.seq"_s);
    q.addBindValue(ticketId);
    if (!q.exec())
        return result;
    while (q.next()) {
        QueueEvent e;
        e.seq = q.value(0).toLongLong();
        e.ticketId = q.value(1).toString();
        e.number = q.value(2).toString();
        e.day = QueueSql::readDay(q.value(3));
        e.at = QueueSql::readTime(q.value(4));
        queueEventFromCode(q.value(5).toString(), &e.kind);
        e.deskCode = q.value(6).toString();
        e.serviceCode = q.value(7).toString();
        e.userId = q.value(8).toString();
        e.userLogin = q.value(9).toString();
        e.comment = q.value(10).toString();
        e.detail = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).object();
        result.append(e);
    }
    return result;
}

QList<QueueEvent> QueueService::recentCalls(int limit)
{
    QList<QueueEvent> result;
    QSqlQuery q =
        m_db.prepare(u"SELECT e.seq, e.ticket_id, t.number, e.at, e.kind, e.desk_code, e.service_code, t.language "
                     "FROM queue_event e JOIN queue_ticket t ON t.id = e.ticket_id "
                     "WHERE e.kind IN ('called', 'recalled') AND e.day = ? ORDER BY e.seq DESC LIMIT ?"_s);
    q.addBindValue(QueueSql::day(m_db.clock().today()));
    q.addBindValue(limit);
    if (!q.exec())
        return result;
    while (q.next()) {
        QueueEvent e;
        e.seq = q.value(0).toLongLong();
        e.ticketId = q.value(1).toString();
        e.number = q.value(2).toString();
        e.day = m_db.clock().today();
        e.at = QueueSql::readTime(q.value(3));
        queueEventFromCode(q.value(4).toString(), &e.kind);
        e.deskCode = q.value(5).toString();
        e.serviceCode = q.value(6).toString();
        e.detail.insert(u"language"_s, q.value(7).toString()); // the board announces in the visitor's language
        result.append(e);
    }
    return result;
}

} // namespace armcpg
