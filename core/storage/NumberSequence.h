#pragma once

#include <QString>

namespace armcpg {

class Database;

// Human-facing numbers that are unique without a server: organisation + year + device + sequence
// (DESIGN.md "Synced rows"). Each (kind, organisation, device, year) counts on its own, inside the caller's
// transaction, so a number is taken only when the record that carries it is committed, and never twice.
class NumberSequence
{
public:
    // The next value, or 0 on a database error.
    static qint64 next(Database& db, const QString& kind, const QString& organisation, int year);
    // e.g. "CPG-2026-F1715F-000123": the device part is the first six hex digits of its UUID.
    static QString format(const QString& organisation, int year, const QString& deviceId, qint64 value,
                          const QString& prefix = {});
    static QString devicePart(const QString& deviceId); // "F1715F"
};

} // namespace armcpg
