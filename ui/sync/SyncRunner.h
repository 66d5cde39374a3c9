#pragma once

#include "sync/SyncClient.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;
class QTimer;

namespace armcpg {

class Database;

// Runs SyncClient off the UI thread, on a worker with its own two connections (the laptop's file and the
// centre), one run at a time. Progress and the report come back to the UI thread as signals; cancel() stops the
// run after its current batch. With setAutomatic(true) it syncs shortly after start and every two minutes while a
// central address is stored and automatic sync is on; a failure (the centre unreachable) is recorded quietly in
// the sync state, never as a dialog.
class SyncRunner : public QObject
{
    Q_OBJECT

public:
    static constexpr int kAutomaticIntervalMs = 2 * 60 * 1000;
    static constexpr int kFirstAutomaticDelayMs = 5 * 1000;

    explicit SyncRunner(Database& db, QObject* parent = nullptr);
    ~SyncRunner() override; // cancels a run and waits for it

    // The password of the device's database role: in memory only; empty lets libpq find it (PGPASSWORD, ~/.pgpass).
    void setPassword(const QString& password) { m_password = password; }
    QString password() const { return m_password; }

    void setAutomatic(bool on);
    bool isAutomatic() const { return m_automatic; }
    QTimer* automaticTimer() const { return m_timer; }

    bool isRunning() const { return m_thread != nullptr; }
    bool isCancelling() const { return m_cancel && m_cancel->load(); }
    const SyncReport& lastReport() const { return m_lastReport; }

public slots:
    // Starts a run with the stored central address; false (and why) when one runs already or there is no address.
    bool start(QString* why = nullptr);
    void cancel();

signals:
    void started();
    void progress(int phase, int done, int total); // phase: int(SyncProgress::Phase)
    void finished(const armcpg::SyncReport& report);

private:
    void automaticTick();
    void finish(const SyncReport& report);

    Database& m_db;
    QString m_password;
    bool m_automatic = false;
    QTimer* m_timer;
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    SyncReport m_lastReport;
};

} // namespace armcpg
