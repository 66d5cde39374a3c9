#include "SyncRunner.h"

#include "storage/Database.h"
#include "sync/SyncLog.h"
#include "sync/SyncStatus.h"

#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace armcpg {

SyncRunner::SyncRunner(Database& db, QObject* parent) : QObject(parent), m_db(db), m_timer(new QTimer(this))
{
    m_timer->setInterval(kAutomaticIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &SyncRunner::automaticTick);
}

SyncRunner::~SyncRunner()
{
    if (m_thread) { // stops after its current batch; what is done stays done
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

void SyncRunner::setAutomatic(bool on)
{
    if (on == m_automatic)
        return;
    m_automatic = on;
    if (!on) {
        m_timer->stop();
        return;
    }
    m_timer->start();
    QTimer::singleShot(kFirstAutomaticDelayMs, this, &SyncRunner::automaticTick);
}

void SyncRunner::automaticTick()
{
    if (!m_automatic || m_thread || !m_db.isSqlite())
        return;
    const SyncStatus status = SyncStatus::read(m_db);
    if (!status.server.isEmpty() && status.automatic)
        start();
}

bool SyncRunner::start(QString* why)
{
    auto refuse = [why](const QString& message) {
        if (why)
            *why = message;
        return false;
    };
    if (m_thread)
        return refuse(tr("a sync is running already"));
    if (!m_db.isSqlite())
        return refuse(tr("this workstation works on the central database directly: there is nothing to sync"));
    const QString server = SyncStatus::read(m_db).server;
    if (server.isEmpty())
        return refuse(tr("no central database address is set"));

    const ConnectionSettings localSettings = m_db.settings();
    const QString password = m_password;
    const QString notPostgres = tr("the central database address must start with postgresql://");
    const QString cancelledText = tr("cancelled before the centre was reached");
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;

    // Off the UI thread, with a Database per thread (DESIGN.md "Nothing blocks the UI").
    m_thread = QThread::create([=, this] {
        SyncReport report;
        Problems problems;
        std::unique_ptr<Database> local = Database::open(localSettings, &problems);
        QString error;
        if (!local || !local->loadDeviceIdentity(&error)) {
            report.error = local ? error : describe(problems);
        } else {
            ConnectionSettings central = ConnectionSettings::parse(server, &problems);
            if (problems.isEmpty() && central.isSqlite())
                problems.append({QString(), notPostgres});
            if (!password.isEmpty())
                central.password = password;
            std::unique_ptr<Database> centre = problems.isEmpty() ? Database::open(central, &problems) : nullptr;
            if (!centre) {
                report.error = describe(problems);
                SyncStatus::recordAttempt(*local, report.error);
            } else if (cancel->load()) {
                report.cancelled = true;
                report.error = cancelledText;
            } else {
                SyncClient client(*local, *centre);
                client.setProgress([this, cancel](const SyncProgress& p) {
                    QMetaObject::invokeMethod(
                        this, [this, p] { emit progress(int(p.phase), p.done, p.total); }, Qt::QueuedConnection);
                    return !cancel->load();
                });
                report = client.run();
            }
            centre.reset();
        }
        local.reset();
        QMetaObject::invokeMethod(this, [this, report] { finish(report); }, Qt::QueuedConnection);
    });
    m_thread->start();
    emit started();
    return true;
}

void SyncRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void SyncRunner::finish(const SyncReport& report)
{
    if (m_thread) {
        m_thread->wait();
        m_thread->deleteLater();
        m_thread = nullptr;
    }
    m_lastReport = report;
    emit finished(report);
}

} // namespace armcpg
