#pragma once

#include <QDate>
#include <QDateTime>

namespace armcpg {

// The source of "now". Services take a Clock so that deadline and calendar rules are tested on fixed dates.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
    QDate today() const { return now().toLocalTime().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that stands still until told to move; for tests and for replaying events.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime at) : m_at(at.toUTC()) {}
    QDateTime now() const override { return m_at; }
    void set(const QDateTime& at) { m_at = at.toUTC(); }
    void advanceMs(qint64 ms) { m_at = m_at.addMSecs(ms); }

private:
    QDateTime m_at;
};

} // namespace armcpg
