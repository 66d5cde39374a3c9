#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QByteArrayList>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QJsonObject>
#include <QString>
#include <QVariantList>
#include <QStringList>

#include <functional>

namespace armcpg {

class Database;

// What one sync run did.
struct SyncReport
{
    int pushed = 0;          // operations the centre applied (fully or in part)
    int alreadyApplied = 0;  // resent operations the centre had applied before
    int keptCentral = 0;     // device changes of the centre's records, which the centre's values replace
    int conflicts = 0;       // fields changed on both sides, kept for a person to resolve
    int pulled = 0;          // rows received from the centre
    qint64 milliseconds = 0;
    bool ok = false;
    bool cancelled = false;
    QString error;
};

struct SyncProgress
{
    enum class Phase { Pushing, Pulling } phase = Phase::Pushing;
    int done = 0;
    int total = 0;
};

// Brings a laptop's SQLite database and the central PostgreSQL together (peers §2.2): pushes the local outbox
// in batches, each applied on the centre in one transaction and recorded by operation id, so that a batch resent
// after a lost connection or a killed client changes nothing; then pulls, in commit order, what changed on the
// centre since this device's cursor, each page applied locally in one transaction with the cursor.
//
// A change of a field applies where the centre still holds the value the device started from. Where both sides
// changed the same field, a legally significant record gets a sync_conflict row holding both values for a
// person to choose (the centre's value stays meanwhile); other records take the later change by hybrid logical
// clock. The centre's own records (directories, calendar, settings) are never changed by a device.
class SyncClient
{
    Q_DECLARE_TR_FUNCTIONS(SyncClient)

public:
    // central is opened on the server as this device's role; it writes with the laptop's device identity.
    SyncClient(Database& local, Database& central);

    void setBatchSize(int operations) { m_batchSize = std::max(1, operations); }
    // Called after each batch or page; returning false cancels the run there (what is done stays done).
    void setProgress(std::function<bool(const SyncProgress&)> progress) { m_progress = std::move(progress); }
    // For tests: called at named points of a run; returning true stops the run there without cleaning up, as if
    // the process had died (the caller then drops both connections).
    void setFaultInjection(std::function<bool(const char* point)> fault) { m_fault = std::move(fault); }

    SyncReport run();

    // The checks before any data moves: the centre's schema matches this program, and this device is
    // registered there, active, for the organisation this laptop records for.
    bool checkCentral(QString* error);

private:
    struct Op
    {
        qint64 seq = 0;
        QString opId, txId, entity, rowId, op, hlc;
        QByteArray changes, oldValues;
    };

    bool push(SyncReport& report);
    bool pushBatch(SyncReport& report, int* count);
    bool insertNewRows(const QList<const Op*>& puts, QHash<QString, QString>& outcomes);
    bool stage(const QString& table, const QStringList& columns, const QList<QByteArrayList>& records);
    bool knownColumns(const Op& op, const QJsonObject& values);
    bool inScope(const Op& op, QJsonObject* values);
    bool applyChange(const Op& op, bool knownOld, SyncReport& report, QString* outcome);
    bool recordConflict(const Op& op, const QString& field, const QString& organisation,
                        const QByteArray& centralValue, const QByteArray& deviceValue, const QString& centralHlc);
    bool pushAudit(const QStringList& txIds, const QStringList& rowIds);
    bool pull(SyncReport& report);
    bool pullPage(SyncReport& report, qint64* cursor, int* count);
    bool fetchRows(const QHash<QString, QStringList>& idsByTable, QList<QPair<QString, QSqlRecord>>* rows);
    bool storeRows(const QList<QPair<QString, QSqlRecord>>& rows, qint64 cursor, SyncReport& report);
    bool restoreCentral(SyncReport& report);
    bool applyRow(const QString& entity, const QSqlRecord& row, const QHash<QString, QStringList>& pending);

    QSqlQuery& central(const QString& sql, const QVariantList& values);
    bool fault(const char* point) { return m_fault && m_fault(point); }
    bool failCentral(const QSqlQuery& query);
    bool fail(const QString& message);
    void log(const QString& level, const QString& message);

    Database& m_local;
    Database& m_central;
    int m_batchSize = 2000; // fewer, larger transactions on the centre: each commit and staging costs milliseconds
    std::function<bool(const SyncProgress&)> m_progress;
    std::function<bool(const char*)> m_fault;
    QString m_error;
    bool m_died = false;
    bool m_unrestricted = false; // the centre's own role: every organisation
    QStringList m_scope;         // the organisations this device may write

    QHash<QString, QSet<QString>> m_columns; // per table on the centre
    QHash<QString, QStringList> m_refused; // rows of device changes the centre did not take, to restore
    QHash<QString, QSqlQuery> m_statements; // on the centre, prepared once per run
    QHash<QString, QSqlQuery> m_upserts; // per table and column set: the local upsert, prepared once
};

} // namespace armcpg
