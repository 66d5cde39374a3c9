#pragma once

#include "calendar/WorkCalendar.h"
#include "common/Problem.h"

#include <QCoreApplication>

namespace armcpg {

class Database;
class Session;
class WriteTransaction;

// The working-day calendar kept in the database (calendar_rule, calendar_year, calendar_entry): loaded into a
// WorkCalendar for the rules, edited by administrators, synced to every workstation.
class CalendarService
{
    Q_DECLARE_TR_FUNCTIONS(CalendarService)

public:
    explicit CalendarService(Database& db) : m_db(db) {}

    WorkCalendar load();

    // Copies the shipped calendar (rule and years 2024-2026) into the database, in the caller's transaction;
    // what is there already is kept.
    bool seedBuiltin(const Session& by, WriteTransaction& tx, Problems* problems);

    // Adds or replaces an entry of a year (a holiday, a religious day off, a decree swap). The first entry of a year
    // without data starts it from the rule's fixed-date holidays.
    bool setEntry(const Session& by, const CalendarEntry& entry, Problems* problems);
    bool removeEntry(const Session& by, const QDate& date, CalendarEntry::Kind kind, Problems* problems);
    // A year whose data is entered and checked against the government's decree is "confirmed". A year without
    // data starts from the rule first.
    bool setYearConfirmed(const Session& by, int year, bool confirmed, const QString& source, Problems* problems);

private:
    // The year's row; a new one starts with the rule's holidays (all but `except`, which the caller adds).
    bool ensureYear(WriteTransaction& tx, int year, bool confirmed, const QString& source, bool update,
                    const CalendarEntry* except = nullptr);

    Database& m_db;
};

} // namespace armcpg
