#include "QueueStatistics.h"

#include "queue/QueueConfig.h"
#include "queue/QueueOrder.h"
#include "queue/QueueService.h"
#include "queue/QueueSql.h"
#include "security/Session.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <array>
#include <cmath>
#include <limits>
#include <map>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
constexpr int kEstimateDays = 14;      // the log the average service time is taken from
constexpr int kEstimateMinSamples = 3; // fewer: the service's configured minutes
constexpr int kActiveDeskMinutes = 60; // a desk with a call, start or finish in the last hour is serving

struct Accumulator
{
    QueueStatsBucket bucket;
    QList<double> waits, services;
};

QueueStatsBucket finished(Accumulator& a)
{
    a.bucket.wait = DurationStats::of(a.waits);
    a.bucket.service = DurationStats::of(a.services);
    return a.bucket;
}

QDate weekStart(const QDate& d)
{
    return d.addDays(1 - d.dayOfWeek());
}

QString weekLabel(const QDate& d)
{
    int year = 0;
    const int week = d.weekNumber(&year);
    return u"%1-W%2"_s.arg(year).arg(week, 2, 10, QChar(u'0'));
}
} // namespace

QJsonObject WaitEstimate::toJson() const
{
    return {{u"people_ahead"_s, peopleAhead},
            {u"active_desks"_s, activeDesks},
            {u"average_service_minutes"_s, std::round(averageServiceMinutes * 10) / 10},
            {u"minutes"_s, minutes}};
}

QJsonObject WaitAlert::toJson() const
{
    return {{u"exceeded"_s, exceeded},
            {u"longest_wait_minutes"_s, longestWaitMinutes},
            {u"threshold_minutes"_s, thresholdMinutes},
            {u"ticket"_s, ticketNumber},
            {u"waiting_over_threshold"_s, waitingOverThreshold}};
}

std::optional<QueueStats> QueueStatistics::compute(const Session& by, QDate from, QDate to, Problems* problems)
{
    if (!by.require({Role::Head, Role::Administrator}, tr("see the queue's statistics"), problems))
        return std::nullopt;
    if (!from.isValid())
        problems->append({tr("from"), tr("the first day of the period is not a date")});
    if (!to.isValid())
        problems->append({tr("to"), tr("the last day of the period is not a date")});
    if (from.isValid() && to.isValid() && from > to)
        problems->append({tr("to"), tr("the period ends (%1) before it begins (%2)")
                                        .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate))});
    if (!problems->isEmpty())
        return std::nullopt;

    QSqlQuery q = m_db.prepare(u"SELECT ticket_id, day, at, kind, desk_code, user_login, detail FROM queue_event "
                               "WHERE day >= ? AND day <= ? ORDER BY ticket_id, seq"_s);
    q.addBindValue(QueueSql::day(from));
    q.addBindValue(QueueSql::day(to));
    if (!q.exec()) {
        problems->append({tr("statistics"), Database::errorText(q)});
        return std::nullopt;
    }
    QueueStats stats;
    stats.from = from;
    stats.to = to;
    Accumulator total;
    std::map<QDate, Accumulator> days;
    std::map<QDate, Accumulator> weeks;
    std::map<QDate, Accumulator> months;
    auto forDay = [&](const QDate& day) {
        Accumulator& d = days[day];
        d.bucket.period = day.toString(Qt::ISODate);
        d.bucket.from = d.bucket.to = day;
        const QDate w = weekStart(day);
        Accumulator& wk = weeks[w];
        wk.bucket.period = weekLabel(day);
        wk.bucket.from = w;
        wk.bucket.to = w.addDays(6);
        const QDate m(day.year(), day.month(), 1);
        Accumulator& mo = months[m];
        mo.bucket.period = day.toString(u"yyyy-MM"_s);
        mo.bucket.from = m;
        mo.bucket.to = m.addMonths(1).addDays(-1);
        return std::array<Accumulator*, 4>{&total, &d, &wk, &mo};
    };

    // One pass over each ticket's events in log order (Qmatic's visit and transactions).
    QString ticketId;
    QDateTime queuedSince, lastCall, startedAt;
    while (q.next()) {
        if (q.value(0).toString() != ticketId) {
            ticketId = q.value(0).toString();
            queuedSince = lastCall = startedAt = QDateTime();
        }
        const QDate day = QueueSql::readDay(q.value(1));
        const QDateTime at = QueueSql::readTime(q.value(2));
        QueueEventKind kind;
        if (!queueEventFromCode(q.value(3).toString(), &kind))
            continue;
        const auto buckets = forDay(day);
        switch (kind) {
        case QueueEventKind::Issued:
            queuedSince = at;
            for (Accumulator* a : buckets)
                ++a->bucket.issued;
            break;
        case QueueEventKind::Redirected:
            queuedSince = at;
            lastCall = startedAt = QDateTime();
            break;
        case QueueEventKind::Postponed: {
            const QDateTime until = QueueSql::readTime(
                QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object().value(u"until"_s).toVariant());
            queuedSince = until.isValid() ? until : at;
            lastCall = startedAt = QDateTime();
            break;
        }
        case QueueEventKind::Called:
            if (queuedSince.isValid()) {
                const double wait = qMax<qint64>(0, queuedSince.msecsTo(at)) / 1000.0;
                for (Accumulator* a : buckets)
                    a->waits.append(wait);
            }
            queuedSince = QDateTime();
            lastCall = at;
            break;
        case QueueEventKind::Recalled:
            lastCall = at; // on a recall the last call is used (Qmatic)
            break;
        case QueueEventKind::Started:
            startedAt = at;
            break;
        case QueueEventKind::NoShow:
            for (Accumulator* a : buckets)
                ++a->bucket.noShows;
            break;
        case QueueEventKind::Finished: {
            const QDateTime began = startedAt.isValid() ? startedAt : lastCall;
            for (Accumulator* a : buckets) {
                ++a->bucket.served;
                if (began.isValid())
                    a->services.append(qMax<qint64>(0, began.msecsTo(at)) / 1000.0);
            }
            ++stats.servedPerDesk[q.value(4).toString()];
            ++stats.servedPerUser[q.value(5).toString()];
            ++stats.servedPerHour[at.toLocalTime().time().hour()];
            break;
        }
        }
    }
    stats.total = finished(total);
    stats.total.period = u"%1..%2"_s.arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    stats.total.from = from;
    stats.total.to = to;
    for (auto& [key, a] : days)
        stats.byDay.append(finished(a));
    for (auto& [key, a] : weeks)
        stats.byWeek.append(finished(a));
    for (auto& [key, a] : months)
        stats.byMonth.append(finished(a));
    return stats;
}

WaitEstimate QueueStatistics::estimateWith(const QString& serviceCode, int peopleAhead)
{
    WaitEstimate e;
    e.peopleAhead = peopleAhead;
    const QDateTime now = m_db.clock().now();
    const auto service = QueueConfig(m_db).service(serviceCode);
    e.averageServiceMinutes = service ? service->averageMinutes : 10;

    // Average service time of the last two weeks (finish minus start, or minus the call without a start).
    QSqlQuery q = m_db.prepare(u"SELECT called_at, started_at, finished_at FROM queue_ticket "
                               "WHERE service_code = ? AND state = 'finished' AND day >= ?"_s);
    q.addBindValue(serviceCode);
    q.addBindValue(QueueSql::day(m_db.clock().today().addDays(-kEstimateDays)));
    if (q.exec()) {
        double sum = 0;
        int n = 0;
        while (q.next()) {
            const QDateTime started = QueueSql::readTime(q.value(1));
            const QDateTime began = started.isValid() ? started : QueueSql::readTime(q.value(0));
            const QDateTime end = QueueSql::readTime(q.value(2));
            if (began.isValid() && end.isValid()) {
                sum += began.msecsTo(end) / 60000.0;
                ++n;
            }
        }
        if (n >= kEstimateMinSamples)
            e.averageServiceMinutes = sum / n;
    }

    // Desks serving it now (ZMS: "if < 1, real logged-in workstations are used"): those with a recent action.
    QSqlQuery active = m_db.prepare(
        u"SELECT COUNT(DISTINCT e.desk_code) FROM queue_event e JOIN queue_desk_service s ON s.desk_code = e.desk_code "
        "AND s.service_code = ? WHERE e.at >= ? AND e.kind IN ('called', 'started', 'finished')"_s);
    active.addBindValue(serviceCode);
    active.addBindValue(QueueSql::time(now.addSecs(-60 * kActiveDeskMinutes)));
    e.activeDesks = active.exec() && active.next() ? active.value(0).toInt() : 0;
    if (e.activeDesks < 1) {
        QSqlQuery all =
            m_db.prepare(m_db.dialect(u"SELECT COUNT(*) FROM queue_desk d JOIN queue_desk_service s ON "
                                      "s.desk_code = d.code WHERE s.service_code = ? AND d.active = {{TRUE}}"_s));
        all.addBindValue(serviceCode);
        e.activeDesks = all.exec() && all.next() ? all.value(0).toInt() : 0;
    }
    e.activeDesks = qMax(1, e.activeDesks);
    e.minutes = int(std::ceil(e.averageServiceMinutes * e.peopleAhead / e.activeDesks));
    return e;
}

WaitEstimate QueueStatistics::estimate(const QString& serviceCode)
{
    // A new walk-in ticket (tier 3, arriving now) is behind every waiting ticket of the service except
    // pre-registered visitors whose appointment is later.
    const QDateTime now = m_db.clock().now();
    QueueTicket newcomer;
    newcomer.serviceCode = serviceCode;
    newcomer.issuedAt = newcomer.rankAt = newcomer.readyAt = now;
    newcomer.seq = std::numeric_limits<int>::max();
    int ahead = 0;
    for (const QueueTicket& t : QueueService(m_db).waiting()) {
        if (t.serviceCode == serviceCode && QueueOrder::before(t, newcomer, now))
            ++ahead;
    }
    return estimateWith(serviceCode, ahead);
}

WaitEstimate QueueStatistics::estimate(const QueueTicket& ticket)
{
    return estimateWith(ticket.serviceCode, QueueService(m_db).peopleAhead(ticket));
}

WaitAlert QueueStatistics::waitAlert()
{
    WaitAlert alert;
    alert.thresholdMinutes = QueueConfig(m_db).alertWaitMinutes();
    const QDateTime now = m_db.clock().now();
    for (const QueueTicket& t : QueueService(m_db).waiting()) {
        // Waiting since it (last) entered the queue; a pre-registered visitor from the appointment time.
        QDateTime since = t.readyAt;
        if (t.isPreRegistered() && t.appointmentAt > since)
            since = t.appointmentAt;
        if (!since.isValid() || since > now)
            continue;
        const int minutes = int(since.secsTo(now) / 60);
        if (minutes > alert.longestWaitMinutes || alert.ticketNumber.isEmpty()) {
            alert.longestWaitMinutes = minutes;
            alert.ticketNumber = t.number;
        }
        if (minutes >= alert.thresholdMinutes)
            ++alert.waitingOverThreshold;
    }
    alert.exceeded = alert.longestWaitMinutes >= alert.thresholdMinutes;
    return alert;
}

} // namespace armcpg
