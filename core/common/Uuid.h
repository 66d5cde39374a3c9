#pragma once

#include <QString>

namespace armcpg {

// Client-made keys for synced rows. Version 7 (time-ordered) so that new rows land at the end of indexes.
QString newUuid();

} // namespace armcpg
