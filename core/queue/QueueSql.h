#pragma once

#include <QDate>
#include <QDateTime>
#include <QVariant>

namespace armcpg {

// How the queue's times and days are written and read on both drivers. Times are bound as UTC ISO text with
// milliseconds (TEXT on SQLite, so that text order is time order; TIMESTAMPTZ on PostgreSQL), days as ISO dates.
class QueueSql
{
public:
    static QVariant time(const QDateTime& at); // NULL for an invalid time
    static QVariant day(const QDate& day);
    static QDateTime readTime(const QVariant& value); // UTC
    static QDate readDay(const QVariant& value);
};

} // namespace armcpg
