#pragma once

#include "common/Problem.h"
#include "schedule/ReceptionLevel.h"
#include "schedule/ScheduleCheck.h"
#include "schedule/ScheduleEntry.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace armcpg {

class Database;
class Session;

// One day an official receives: a line of the schedule on one of its dates.
struct ScheduleOccurrence
{
    QDate date;
    ScheduleEntry entry;
};

// Reception schedules (rules-000 §4.2; table reception_schedule): the reception staff keep the lines as drafts,
// the head approves them, and only approved lines are posted and open for pre-registration.
//
// Permissions (rules-000 §5 maps "approve schedules" to the head; keeping them is the organiser's work):
//  - Operator, ReceptionProsecutor, Administrator and Head add, change and remove draft lines;
//  - only the Head approves a line, and only the Head changes or removes an approved one; a changed
//    approved line goes back to draft and is approved again, so a posted schedule is always one a head approved;
//  - a line with persons signed up for a coming reception is not removed.
// Off-schedule receptions: the ЦПГ prosecutor or the head instructs an oblast or district prosecutor or a
// deputy, in writing or orally, to receive a visitor outside the schedule (instruct). The instruction is a dated line
// of kind OffSchedule, approved from the start by the one who instructed; it is never posted (entries(approvedOnly)
// leaves it out, so neither the sheet nor the website nor pre-registration sees it), not counted for the frequency
// warnings, but checked like any line for the same official twice at once. It is not edited: withdrawn (remove) by
// the ReceptionProsecutor or the Head and issued again.
//
// Saving refuses hours outside 9:00–18:30, the same official twice at once, a dated line on a day off and
// a weekday line on Saturday or Sunday (a working Saturday by decree takes a dated line).
class ScheduleService
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleService)

public:
    explicit ScheduleService(Database& db);
    ScheduleService(const ScheduleService&) = delete;
    ScheduleService& operator=(const ScheduleService&) = delete;

    const ScheduleCheck& check() const { return m_check; }
    const WorkCalendar& calendar() const { return m_check.calendar(); }

    // Every problem of the line, each naming its field (a conflict with another line included).
    Problems validate(const ScheduleEntry& entry);
    // Adds a line (entry->id empty) or changes one (with its version: a line changed meanwhile is refused). The
    // organisation defaults to the workstation's. On success *entry is the stored line.
    bool save(const Session& by, ScheduleEntry* entry, Problems* problems);
    // the head approves the line; its place must be given in both languages to be posted.
    bool approve(const Session& by, const QString& entryId, Problems* problems);
    bool remove(const Session& by, const QString& entryId, Problems* problems);

    // records the instruction *entry (id empty): the official (name, position, user optional), the
    // organisation (default: the workstation's), date (a working day, today or ahead), startsAt/endsAt within
    // 9:00–18:30, the place, instructionForm "written" or "oral", instructionReason (required), visitorName and
    // the card (cardId or cardNumber) optional. Refused to all but ReceptionProsecutor and Head, for an official who
    // is not an oblast or district prosecutor or deputy, and for a conflict; each problem names its field. On
    // success *entry is the stored line, its instructedBy* and instructedAt those of `by` and now.
    bool instruct(const Session& by, ScheduleEntry* entry, Problems* problems);
    // The instruction's own rules, before those of any line (validate).
    Problems validateInstruction(const ScheduleEntry& entry);
    // oblast (AgencyOblastHead) or district level, and the post of the prosecutor or a deputy.
    static bool mayBeInstructed(ReceptionLevel level, const QString& positionCode);
    // The instructions of an organisation (empty: the workstation's) for the days from..to, by official and start.
    QList<ScheduleEntry> instructions(const QString& organisationCode, const QDate& from, const QDate& to);

    std::optional<ScheduleEntry> load(const QString& id);
    // The live lines of an organisation (empty: the workstation's; the workstation without one: all), by
    // official and start. approvedOnly: the posted lines, approved and not instructions.
    QList<ScheduleEntry> entries(const QString& organisationCode = {}, bool approvedOnly = false);
    // The lines that may receive in the month.
    QList<ScheduleEntry> entriesOfMonth(const QString& organisationCode, int year, int month, bool approvedOnly);

    // The dates of one line from..to (approved or not).
    QList<QDate> occurrences(const QString& entryId, const QDate& from, const QDate& to);
    // The days officials receive in a month, by date and time: approved lines only unless told otherwise.
    QList<ScheduleOccurrence> occurrences(const QString& organisationCode, int year, int month,
                                          bool approvedOnly = true);
    // Conflicts among the live lines in a month (ScheduleCheck::conflicts).
    QList<ScheduleIssue> conflicts(const QString& organisationCode, int year, int month);
    // Frequency warnings for a month (ScheduleCheck::frequency), over the live lines of the officials on the
    // schedule: those with a line that may receive in the month or did in the month before (an official whose
    // schedule simply stops is warned about the month after).
    QList<ScheduleIssue> frequencyWarnings(const QString& organisationCode, int year, int month);

    // The level of the line's official (position and organisation).
    ReceptionLevel level(const ScheduleEntry& entry);

    static constexpr int kMaxTextLength = 2000;

private:
    QString organisationOrDefault(const QString& code) const;
    QList<ScheduleEntry> select(const QString& where, const QVariantList& values);

    Database& m_db;
    ScheduleCheck m_check;
};

} // namespace armcpg
