#pragma once

#include "common/Problem.h"

#include <QCoreApplication>

namespace armcpg {

class Database;

// The demo schedule of `init --demo` (issue 7): approved lines of the demo organisation — the General Prosecutor
// monthly and a deputy weekly in the office, a deputy's field reception and a duty prosecutor in a
// temporary detention facility — and a few pre-registration requests for their next open receptions:
// signed up (one out of town, one waiting for agreement, R-21), one refused with a ground and its explanation
// one returned without essence, received today or, on a day off, on the working day before.
// Added once: nothing when the organisation has schedule lines.
class DemoSchedules
{
    Q_DECLARE_TR_FUNCTIONS(DemoSchedules)

public:
    static bool add(Database& db, Problems* problems);
};

} // namespace armcpg
