#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace armcpg {

// Figures of a set of durations, in seconds. median: the middle value (mean of the two middle ones);
// p90: the nearest-rank 90th percentile (the smallest value with at least 90 % of the values at or below it).
struct DurationStats
{
    int count = 0;
    double mean = 0, median = 0, p90 = 0, max = 0;

    static DurationStats of(QList<double> seconds);
    QJsonObject toJson() const;
};

// The figures of one day, ISO week or month of a period.
struct QueueStatsBucket
{
    QString period; // "2026-03-23", "2026-W13", "2026-03"
    QDate from, to;
    int issued = 0, served = 0, noShows = 0;
    DurationStats wait, service;

    double noShowRate() const { return served + noShows > 0 ? double(noShows) / (served + noShows) : 0.0; }
    QJsonObject toJson() const;
};

// Queue statistics of a period, all from the event log (queue_event):
//  wait    from entering the queue (issue, redirect, the time a postponed ticket was postponed to) to the call;
//  service from the start of the reception (or, without "start", the last call) to finish;
//  served  finished tickets, per desk, per prosecutor (the user who finished it) and per hour of the day;
//  no-show rate = no-shows / (served + no-shows).
struct QueueStats
{
    QDate from, to;
    QueueStatsBucket total;
    QMap<QString, int> servedPerDesk;
    QMap<QString, int> servedPerUser; // login
    QMap<int, int> servedPerHour;     // local hour 0..23
    QList<QueueStatsBucket> byDay, byWeek, byMonth;

    QJsonObject toJson() const;
};

} // namespace armcpg
