#pragma once

#include <QString>

namespace armcpg {

// Client-made keys for synced rows. Version 7 (time-ordered) so that new rows land at the end of indexes.
QString newUuid();

// The key of a row that has a natural key (a directory entry's kind and code, a calendar day): a name-based
// UUID (v5), the same on every device, so that rows seeded or created apart are one row to sync, not two.
QString stableUuid(const QString& table, const QString& naturalKey);

} // namespace armcpg
