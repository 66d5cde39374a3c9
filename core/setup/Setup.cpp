#include "Setup.h"

#include "calendar/CalendarService.h"
#include "directory/DirectoryService.h"
#include "queue/QueueConfig.h"
#include "reception/CardGenerator.h"
#include "reception/CardJournal.h"
#include "security/Session.h"
#include "security/UserService.h"
#include "setup/DeviceService.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/WriteTransaction.h"

using namespace Qt::StringLiterals;

namespace armcpg {

std::unique_ptr<Database> Setup::open(const ConnectionSettings& settings, Problems* problems)
{
    std::unique_ptr<Database> db = Database::open(settings, problems);
    if (!db)
        return nullptr;
    if (!Migrator(*db).migrate(problems))
        return nullptr;
    QString error;
    if (!db->loadDeviceIdentity(&error)) {
        problems->append({tr("device"), error});
        return nullptr;
    }
    return db;
}

// The seed's version, kept in the database it describes. A database is seeded whole or not at all.
static const QString kSeedKey = QStringLiteral("seed_version");
static const QString kSeedVersion = QStringLiteral("1");
static constexpr int kDemoCards = 60;

bool Setup::isInitialised(Database& db) { return !db.localState(kSeedKey).isEmpty(); }

QList<Setup::DemoUser> Setup::demoUsers()
{
    return {
        {"admin", "Admin-2026", "administrator", "Жұмабаева Айгүл Серікқызы"},
        {"head", "Head-2026", "head,reception_prosecutor", "Оспанов Ерлан Қайратұлы"},
        {"prosecutor", "Prosecutor-2026", "reception_prosecutor", "Ким Виктория Андреевна"},
        {"duty", "Duty-2026", "duty_prosecutor", "Төлеуов Нұрлан Бекұлы"},
        {"operator", "Operator-2026", "operator", "Иванова Ольга Петровна"},
    };
}

QString Setup::demoOrganisation(Database& db)
{
    DirectoryRepository directories(db);
    for (const DirectoryEntry& e : directories.entries(u"organisation"_s)) {
        if (e.attributes.value(u"type"_s) == u"cpg")
            return e.code;
    }
    return u"GP"_s;
}

bool Setup::initialise(Database& db, bool demo, Problems* problems)
{
    const Session program = Session::program(u"setup"_s);
    if (!isInitialised(db)) {
        WriteTransaction tx(db, program.actor());
        // Several processes may start on a new database at once: the first seeds, the others find it seeded.
        if (!db.isSqlite())
            db.exec(u"SELECT pg_advisory_xact_lock(7461002)"_s);
        if (!isInitialised(db)) {
            QString error;
            if (!DirectoryService(db).seedBuiltin(program, tx, problems) || !CalendarService(db).seedBuiltin(program, tx, problems)
                || !db.setLocalState(kSeedKey, kSeedVersion, &error) || !tx.commit()) {
                problems->append({tr("database"), error.isEmpty() ? tx.error() : error});
                return false;
            }
        }
    }
    // The queue's default services and desks (resources/seed/queue), once: a centre's own set-up is kept.
    if (!QueueConfig(db).seedDefaults(problems))
        return false;
    if (!demo)
        return true;

    const QString organisation = db.organisationCode().isEmpty() ? demoOrganisation(db) : db.organisationCode();
    if (organisation != db.organisationCode() && !DeviceService(db).change(program, db.deviceId(), organisation, problems))
        return false;
    UserService users(db);
    for (const DemoUser& demoUser : demoUsers()) {
        if (users.findByLogin(QString::fromUtf8(demoUser.login)))
            continue;
        UserAccount account;
        account.login = QString::fromUtf8(demoUser.login);
        account.fullName = QString::fromUtf8(demoUser.fullName);
        for (const QString& code : QString::fromUtf8(demoUser.roles).split(u',')) {
            Role role;
            if (roleFromCode(code, &role))
                account.roles << role;
        }
        account.organisationCode = organisation;
        if (users.createUser(program, account, QString::fromUtf8(demoUser.password), problems).isEmpty())
            return false;
    }
    return true;
}

bool Setup::addDemoCards(Database& db, Problems* problems)
{
    // A journal to look at: a few dozen realistic receptions of the last three months, once.
    if (CardJournal(db).count({}) > 0)
        return true;
    CardGenerator::Options options;
    options.to = db.clock().today();
    options.from = options.to.addMonths(-3);
    options.ownOrganisationOnly = true; // a workstation records its own organisation's receptions
    return CardGenerator::generate(db, Session::program(u"setup"_s), kDemoCards, 2026, options, problems) == kDemoCards;
}

} // namespace armcpg
