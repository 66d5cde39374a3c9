#pragma once

#include <QString>

namespace armcpg {

// Hybrid logical clock (physical milliseconds + counter + device). Its text form sorts in causal order even
// when a laptop's wall clock is wrong by days: a value never goes backwards and always passes any value
// this device has seen (receive()).
class Hlc
{
public:
    explicit Hlc(QString deviceId = {});
    void setDevice(const QString& deviceId) { m_device = deviceId; }

    // The next timestamp for a local event at wall-clock time physicalMs.
    QString tick(qint64 physicalMs);
    // Merge a timestamp seen from elsewhere (a synced row, or the last value this device persisted).
    void receive(const QString& timestamp);

    static QString format(qint64 ms, int counter, const QString& device);
    static bool parse(const QString& timestamp, qint64* ms, int* counter, QString* device);

private:
    qint64 m_ms = 0;
    int m_counter = 0;
    QString m_device;
};

} // namespace armcpg
