#pragma once

#include "common/Problem.h"
#include "storage/ConnectionSettings.h"

#include <QCoreApplication>
#include <memory>

namespace armcpg {

class Database;

// Bringing a database to life: open (creating a SQLite file), migrate, know the device, seed the directories
// and the calendar, and optionally the demo dataset of README.md.
class Setup
{
    Q_DECLARE_TR_FUNCTIONS(Setup)

public:
    // Opens and migrates; refuses a database newer than the program.
    static std::unique_ptr<Database> open(const ConnectionSettings& settings, Problems* problems);
    // True once the built-in directories are in the database.
    static bool isInitialised(Database& db);
    // Seeds directories and the calendar (idempotent: what is there is kept) and, with demo, the demo users.
    static bool initialise(Database& db, bool demo, Problems* problems);

    // The demo journal of `init --demo`: realistic reception cards, added once.
    static bool addDemoCards(Database& db, Problems* problems);

    struct DemoUser
    {
        const char* login;
        const char* password;
        const char* roles; // comma-separated role codes
        const char* fullName;
    };
    static QList<DemoUser> demoUsers();
    static QString demoOrganisation(Database& db); // the ЦПГ unit the demo workstation belongs to
};

} // namespace armcpg
