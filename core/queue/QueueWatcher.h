#pragma once

#include <QObject>
#include <QSqlDriver>
#include <QTimer>

namespace armcpg {

class Database;

// Tells boards and panels that the queue changed (issue 5: a call is on the board within a second).
// PostgreSQL: LISTEN armcpg_queue (QueueService sends NOTIFY in each change's transaction), with a slow poll as a
// safety net; SQLite (kiosk, panel and board processes on one file): polls the newest event every 300 ms.
// Lives in the thread of the connection it is given.
class QueueWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr const char* kChannel = "armcpg_queue";

    explicit QueueWatcher(Database& db, QObject* parent = nullptr);
    ~QueueWatcher() override;

    // Starts listening (PostgreSQL) or polling; false (with the reason) when neither works.
    bool start(QString* error = nullptr);
    void stop();
    bool usesNotifications() const { return m_subscribed; }
    void setPollInterval(int ms); // SQLite (and PostgreSQL without notifications): default 300 ms
    qint64 lastSeq() const { return m_lastSeq; }

signals:
    void changed();

private:
    void poll();
    void onNotification(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);
    qint64 readLastSeq(bool* ok);

    Database& m_db;
    QTimer m_timer;
    qint64 m_lastSeq = -1;
    bool m_subscribed = false;
};

} // namespace armcpg
