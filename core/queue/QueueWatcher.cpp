#include "QueueWatcher.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
constexpr int kPollMs = 300;        // SQLite: a call is on the board well within a second
constexpr int kSafetyPollMs = 5000; // PostgreSQL: notifications lost with a dropped connection are caught up
} // namespace

QueueWatcher::QueueWatcher(Database& db, QObject* parent) : QObject(parent), m_db(db)
{
    m_timer.setInterval(kPollMs);
    connect(&m_timer, &QTimer::timeout, this, &QueueWatcher::poll);
}

QueueWatcher::~QueueWatcher()
{
    stop();
}

void QueueWatcher::setPollInterval(int ms)
{
    if (!m_subscribed)
        m_timer.setInterval(ms);
}

qint64 QueueWatcher::readLastSeq(bool* ok)
{
    QSqlQuery q(m_db.sql());
    *ok = q.exec(u"SELECT COALESCE(MAX(seq), 0) FROM queue_event"_s) && q.next();
    return *ok ? q.value(0).toLongLong() : -1;
}

bool QueueWatcher::start(QString* error)
{
    bool ok = false;
    m_lastSeq = readLastSeq(&ok);
    if (!ok) {
        if (error)
            *error = tr("cannot read the queue: %1").arg(m_db.sql().lastError().text());
        return false;
    }
    QSqlDriver* driver = m_db.sql().driver();
    if (!m_db.isSqlite() && driver->hasFeature(QSqlDriver::EventNotifications)
        && driver->subscribeToNotification(QString::fromLatin1(kChannel))) {
        m_subscribed = true;
        connect(driver, &QSqlDriver::notification, this, &QueueWatcher::onNotification, Qt::UniqueConnection);
        m_timer.setInterval(kSafetyPollMs);
    }
    m_timer.start();
    return true;
}

void QueueWatcher::stop()
{
    m_timer.stop();
    if (m_subscribed) {
        QSqlDriver* driver = m_db.sql().driver();
        disconnect(driver, &QSqlDriver::notification, this, &QueueWatcher::onNotification);
        driver->unsubscribeFromNotification(QString::fromLatin1(kChannel));
        m_subscribed = false;
    }
}

void QueueWatcher::poll()
{
    if (m_db.inTransaction()) // this connection's own open transaction: look again next time
        return;
    bool ok = false;
    const qint64 seq = readLastSeq(&ok);
    if (ok && seq != m_lastSeq) {
        m_lastSeq = seq;
        emit changed();
    }
}

void QueueWatcher::onNotification(const QString& name, QSqlDriver::NotificationSource, const QVariant&)
{
    if (name != QLatin1String(kChannel))
        return;
    bool ok = false;
    const qint64 seq = m_db.inTransaction() ? -1 : readLastSeq(&ok);
    if (ok)
        m_lastSeq = seq;
    emit changed();
}

} // namespace armcpg
