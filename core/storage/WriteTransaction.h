#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVariantMap>

#include "storage/Database.h"

namespace armcpg {

// Who is acting. Every write and every service call carries it; the audit trail records it.
struct Actor
{
    QString userId; // empty for the program itself (first start, seeding)
    QString login;
};

// One write transaction on synced tables. Each insert/update/soft delete also writes its audit event
// (who, when, entity, each field old -> new) and its outbox row for sync, inside the same transaction:
// either all of it is committed or none of it. Destroying an uncommitted transaction rolls it back.
class WriteTransaction
{
    Q_DECLARE_TR_FUNCTIONS(WriteTransaction)

public:
    WriteTransaction(Database& db, Actor actor, Database::ChangeLog changeLog = Database::ChangeLog::Ordered);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QString txId() const { return m_txId; }

    // Inserts a row of a synced table; returns its new UUID, or an empty string on failure.
    // values hold business columns only; pass "id" to choose the key (imports of synced data).
    QString insert(const QString& table, const QVariantMap& values);
    // Updates the given columns. expectedVersion >= 0 refuses the write when someone changed the row meanwhile.
    // Writing values equal to the stored ones is not a change: nothing is written.
    bool update(const QString& table, const QString& id, const QVariantMap& values, int expectedVersion = -1);
    // Soft delete: the row stays as a tombstone (deleted = true), legal records are never erased.
    bool remove(const QString& table, const QString& id);

    // An audit event for a change outside the synced tables (e.g. this device's identity): no outbox row.
    bool audit(const QString& entity, const QString& entityId, const QString& action, const QVariantMap& before,
               const QVariantMap& after, QString hlc = {});

    bool commit();
    void rollback();

    // Reads one row (all columns) by id; empty when there is none.
    QVariantMap row(const QString& table, const QString& id);

private:
    bool fail(const QString& message);
    bool record(const QString& table, const QString& id, const QString& action, const QVariantMap& before,
                const QVariantMap& after, const QVariantMap& written, int baseVersion, const QString& hlc);

    Database& m_db;
    Actor m_actor;
    QString m_txId;
    QString m_error;
    bool m_open = false;
};

// The columns {{SYNCED}} gives every synced table: the row's identity and sync metadata, not business fields.
const QStringList& syncedMetaColumns();

// Values as they are compared and written to the audit trail and the outbox (dates ISO, times UTC ISO).
QVariant normalizedValue(const QVariant& value);

// SQL NULL for an empty text or a null date, the value otherwise: optional columns store "nothing" as NULL.
inline QVariant nullIfEmpty(const QString& text) { return text.isEmpty() ? QVariant() : QVariant(text); }
inline QVariant nullIfEmpty(const QDate& date) { return date.isNull() ? QVariant() : QVariant(date); }

} // namespace armcpg
