#pragma once

#include "common/Problem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace armcpg {

class Database;
class Session;

// One field of a legally significant record changed both at the centre and on a device: both values are kept
// here until a person chooses. Values are JSON text ("\"Аманов\"", "true", "null"): they keep their type.
struct SyncConflict
{
    QString id;
    QString entity;
    QString rowId;
    QString field;
    QString recordLabel; // the card's or appeal's number
    QString organisationCode;
    QString centralValue;
    QString deviceValue;
    QString deviceId;
    QDateTime detectedAt;
    QString resolution; // empty while open; "central" or "device"
    int version = 0;

    static QString displayValue(const QString& json); // the value as a person reads it
};

class ConflictService
{
    Q_DECLARE_TR_FUNCTIONS(ConflictService)

public:
    enum class Choice { Central, Device };

    explicit ConflictService(Database& db) : m_db(db) {}

    QList<SyncConflict> open();
    int openCount();
    // Writes the chosen value into the record (a change like any other: audited, and synced from a laptop) and
    // closes the conflict, saying who chose.
    bool resolve(const Session& by, const QString& conflictId, Choice choice, Problems* problems);

private:
    Database& m_db;
};

} // namespace armcpg
