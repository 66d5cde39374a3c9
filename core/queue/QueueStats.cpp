#include "QueueStats.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace armcpg {

DurationStats DurationStats::of(QList<double> seconds)
{
    DurationStats s;
    s.count = int(seconds.size());
    if (seconds.isEmpty())
        return s;
    std::sort(seconds.begin(), seconds.end());
    double sum = 0;
    for (double v : seconds)
        sum += v;
    s.mean = sum / s.count;
    s.median = s.count % 2 ? seconds.at(s.count / 2) : (seconds.at(s.count / 2 - 1) + seconds.at(s.count / 2)) / 2;
    s.p90 = seconds.at(qMax(0, int(std::ceil(0.9 * s.count)) - 1)); // nearest rank
    s.max = seconds.last();
    return s;
}

QJsonObject DurationStats::toJson() const
{
    auto r = [](double v) { return std::round(v * 10) / 10; };
    return {{u"count"_s, count},
            {u"mean_s"_s, r(mean)},
            {u"median_s"_s, r(median)},
            {u"p90_s"_s, r(p90)},
            {u"max_s"_s, r(max)}};
}

QJsonObject QueueStatsBucket::toJson() const
{
    return {{u"period"_s, period},
            {u"from"_s, from.toString(Qt::ISODate)},
            {u"to"_s, to.toString(Qt::ISODate)},
            {u"issued"_s, issued},
            {u"served"_s, served},
            {u"no_shows"_s, noShows},
            {u"no_show_rate"_s, std::round(noShowRate() * 1000) / 1000},
            {u"wait"_s, wait.toJson()},
            {u"service"_s, service.toJson()}};
}

QJsonObject QueueStats::toJson() const
{
    auto list = [](const QList<QueueStatsBucket>& buckets) {
        QJsonArray a;
        for (const QueueStatsBucket& b : buckets)
            a.append(b.toJson());
        return a;
    };
    QJsonObject desks, users, hours;
    for (auto it = servedPerDesk.cbegin(); it != servedPerDesk.cend(); ++it)
        desks.insert(it.key(), it.value());
    for (auto it = servedPerUser.cbegin(); it != servedPerUser.cend(); ++it)
        users.insert(it.key(), it.value());
    for (auto it = servedPerHour.cbegin(); it != servedPerHour.cend(); ++it)
        hours.insert(u"%1"_s.arg(it.key(), 2, 10, QChar(u'0')), it.value());
    return {{u"from"_s, from.toString(Qt::ISODate)},
            {u"to"_s, to.toString(Qt::ISODate)},
            {u"total"_s, total.toJson()},
            {u"served_per_desk"_s, desks},
            {u"served_per_user"_s, users},
            {u"served_per_hour"_s, hours},
            {u"by_day"_s, list(byDay)},
            {u"by_week"_s, list(byWeek)},
            {u"by_month"_s, list(byMonth)}};
}

} // namespace armcpg
