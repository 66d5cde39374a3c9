#pragma once

#include "common/Problem.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace armcpg {

// One deadline or cut-off of rules-000 §3.2 (D1–D27, R1–R12), as a row of resources/rules/deadlines.csv.
// A row of the note with several terms is split into sub-ids (D9a, D9b); the plain id is an alias of the first.
struct DeadlineRule
{
    enum class Unit
    {
        WorkingDays,    // wd
        CalendarDays,   // cd
        Months,         // months
        Hours,          // hours
        SameDay,        // same_day: on the anchor's day
        Immediate,      // immediate: at once
        NextWorkingDay, // next_wd: the nearest working day following a day-off anchor (I-24)
        TimeWindow,     // time_window: hours of a day (R1, R2, R11); no date to compute
        Frequency,      // frequency: how often (R4, R9, R12); no date to compute
        Configurable,   // configurable: set by an official or taken from another record (D5, D12a, D23)
    };
    enum class Direction
    {
        After,
        Before
    };
    enum class Roll
    {
        None,     // working-day terms always land on a working day
        Forward,  // I-68: a term ending on a day off ends on the next working day
        Backward, // "before" terms: the previous working day (design choice, rules-000 §3.1)
    };
    // What the anchor is. Receipt: the appeal's receipt by the office; received on a day off, it is registered and
    // counted from the next working day (I-24, rules-000 §3.1 "base date"). Event: any other date (a decision,
    // an expiry, a reception), counted from as it is.
    enum class Base
    {
        Event,
        Receipt
    };

    QString id;
    Unit unit = Unit::Configurable;
    int amount = 0; // 0 when the unit has no amount
    Direction direction = Direction::After;
    Roll roll = Roll::None;
    Base base = Base::Event;
    bool cutoff = false; // a registration cut-off (R6, R10): DeadlineSettings::registrationCutoffInclusive applies
    QString anchorRu;    // what the term is counted from, in Russian as in the source
    QString titleRu, titleKk, titleEn;
    QString citation; // I-n, R-n

    // True for units that give a date (wd, cd, months, hours, same_day, immediate, next_wd).
    bool isComputable() const;
    // The amount with its direction: negative for "before".
    int signedAmount() const { return direction == Direction::Before ? -amount : amount; }

    static QString unitCode(Unit unit);
    static std::optional<Unit> unitFromCode(QStringView code);
};

// The deadline rules in force. Read from CSV with header
// `id,unit,amount,direction,roll,anchor_ru,title_ru,title_kk,title_en,citation` and two optional columns:
// `base` (receipt|event; default event) and `cutoff` (yes|no; default no).
class DeadlineRuleSet
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineRuleSet)

public:
    // :/rules/deadlines.csv, read once. Problems in the shipped file (a bug) are reported and logged.
    static DeadlineRuleSet builtin(Problems* problems = nullptr);
    // Bad rows are reported with line and column and left out.
    static DeadlineRuleSet fromCsv(const QString& path, Problems* problems);

    // The rule with this id ("D15", "D9b") or alias ("D9" = "D9a"); nullptr when unknown. The pointer stays valid
    // as long as this set.
    const DeadlineRule* find(const QString& id) const;
    QList<DeadlineRule> rules() const { return m_rules; } // in file order
    QStringList ids() const;                              // ids and aliases, in file order

private:
    void add(DeadlineRule rule);

    QList<DeadlineRule> m_rules;
    QHash<QString, qsizetype> m_index; // id or alias -> position in m_rules
    QStringList m_ids;
};

} // namespace armcpg
