#pragma once

#include "common/Problem.h"

#include <QCoreApplication>

namespace armcpg {

class Database;

// The demo appeals of `init --demo` (issue 6): about forty appeals in every state the lists show, as of the
// database's today, so that a first start has something under each tab: some registered from the demo reception
// cards with the mark "с личного приема" and on control, some answered on time or late (I-68), some
// overdue, some due within days, a complaint deemed refused (I-83), a few without an АППК term (I-10).
// Added once, after the demo users and cards (Setup::initialise, Setup::addDemoCards).
class DemoAppeals
{
    Q_DECLARE_TR_FUNCTIONS(DemoAppeals)

public:
    static constexpr int kCount = 40;
    static bool add(Database& db, Problems* problems);
};

} // namespace armcpg
