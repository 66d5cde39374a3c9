#include "DeadlineRule.h"

#include "common/Csv.h"

#include <QRegularExpression>
#include <QtDebug>

namespace armcpg {

using namespace Qt::StringLiterals;

namespace {

struct UnitCode
{
    DeadlineRule::Unit unit;
    QStringView code;
};

constexpr UnitCode UnitCodes[] = {
    {DeadlineRule::Unit::WorkingDays, u"wd"},         {DeadlineRule::Unit::CalendarDays, u"cd"},
    {DeadlineRule::Unit::Months, u"months"},          {DeadlineRule::Unit::Hours, u"hours"},
    {DeadlineRule::Unit::SameDay, u"same_day"},       {DeadlineRule::Unit::Immediate, u"immediate"},
    {DeadlineRule::Unit::NextWorkingDay, u"next_wd"}, {DeadlineRule::Unit::TimeWindow, u"time_window"},
    {DeadlineRule::Unit::Frequency, u"frequency"},    {DeadlineRule::Unit::Configurable, u"configurable"},
};

const QStringList& requiredColumns()
{
    static const QStringList columns{u"id"_s,        u"unit"_s,     u"amount"_s,   u"direction"_s, u"roll"_s,
                                     u"anchor_ru"_s, u"title_ru"_s, u"title_kk"_s, u"title_en"_s,  u"citation"_s};
    return columns;
}

bool needsAmount(DeadlineRule::Unit unit)
{
    return unit == DeadlineRule::Unit::WorkingDays || unit == DeadlineRule::Unit::CalendarDays
           || unit == DeadlineRule::Unit::Months || unit == DeadlineRule::Unit::Hours;
}

} // namespace

bool DeadlineRule::isComputable() const
{
    return unit != Unit::TimeWindow && unit != Unit::Frequency && unit != Unit::Configurable;
}

QString DeadlineRule::unitCode(Unit unit)
{
    for (const UnitCode& u : UnitCodes) {
        if (u.unit == unit)
            return u.code.toString();
    }
    return {};
}

std::optional<DeadlineRule::Unit> DeadlineRule::unitFromCode(QStringView code)
{
    for (const UnitCode& u : UnitCodes) {
        if (u.code == code)
            return u.unit;
    }
    return std::nullopt;
}

void DeadlineRuleSet::add(DeadlineRule rule)
{
    // A sub-id (D9a) makes its plain id (D9) an alias of the first sub-id listed.
    static const QRegularExpression subId(u"^(.*\\d)[a-z]$"_s);
    const QRegularExpressionMatch m = subId.match(rule.id);
    const qsizetype position = m_rules.size();
    m_index.insert(rule.id, position);
    m_ids << rule.id;
    if (m.hasMatch() && !m_index.contains(m.captured(1))) {
        m_index.insert(m.captured(1), position);
        m_ids << m.captured(1);
    }
    m_rules.append(std::move(rule));
}

const DeadlineRule* DeadlineRuleSet::find(const QString& id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_rules.at(*it);
}

QStringList DeadlineRuleSet::ids() const
{
    return m_ids;
}

DeadlineRuleSet DeadlineRuleSet::fromCsv(const QString& path, Problems* problems)
{
    Problems local;
    Problems& out = problems ? *problems : local;
    DeadlineRuleSet set;
    const CsvTable table = Csv::readFile(path, u',');
    out += table.problems;
    if (table.header.isEmpty())
        return set;
    bool columnsOk = true;
    for (const QString& name : requiredColumns()) {
        if (table.column(name) < 0) {
            out.append({name, tr("The column \"%1\" is missing from the header.").arg(name), 1});
            columnsOk = false;
        }
    }
    if (!columnsOk)
        return set;

    static const QRegularExpression idPattern(u"^[A-Z]+\\d+[a-z]?$"_s);
    for (const CsvRow& row : table.rows) {
        auto field = [&](const QString& name) { return row.fields.value(table.column(name)).trimmed(); };
        const int problemsBefore = out.size();
        auto report = [&](const QString& column, const QString& message) { out.append({column, message, row.line}); };

        DeadlineRule rule;
        rule.id = field(u"id"_s);
        if (!idPattern.match(rule.id).hasMatch())
            report(u"id"_s, tr("\"%1\" is not a rule id such as D15 or D9a.").arg(rule.id));
        else if (set.m_index.contains(rule.id))
            report(u"id"_s, tr("The id %1 is already used.").arg(rule.id));

        const std::optional<DeadlineRule::Unit> unit = DeadlineRule::unitFromCode(field(u"unit"_s));
        if (unit)
            rule.unit = *unit;
        else
            report(u"unit"_s, tr("\"%1\" is not a unit; use wd, cd, months, hours, same_day, immediate, next_wd, "
                                 "time_window, frequency or configurable.")
                                  .arg(field(u"unit"_s)));

        bool amountOk = false;
        rule.amount = field(u"amount"_s).toInt(&amountOk);
        if (!amountOk || rule.amount < 0)
            report(u"amount"_s, tr("\"%1\" is not a whole number of 0 or more.").arg(field(u"amount"_s)));
        else if (unit && needsAmount(*unit) && rule.amount == 0)
            report(u"amount"_s, tr("A term in %1 needs an amount above 0.").arg(field(u"unit"_s)));

        const QString direction = field(u"direction"_s);
        if (direction == u"after")
            rule.direction = DeadlineRule::Direction::After;
        else if (direction == u"before")
            rule.direction = DeadlineRule::Direction::Before;
        else
            report(u"direction"_s, tr("\"%1\" is not a direction; use after or before.").arg(direction));

        const QString roll = field(u"roll"_s);
        if (roll == u"none")
            rule.roll = DeadlineRule::Roll::None;
        else if (roll == u"forward")
            rule.roll = DeadlineRule::Roll::Forward;
        else if (roll == u"backward")
            rule.roll = DeadlineRule::Roll::Backward;
        else
            report(u"roll"_s, tr("\"%1\" is not a roll; use none, forward or backward.").arg(roll));

        const QString base = table.column(u"base"_s) >= 0 ? field(u"base"_s) : QString();
        if (base.isEmpty() || base == u"event")
            rule.base = DeadlineRule::Base::Event;
        else if (base == u"receipt")
            rule.base = DeadlineRule::Base::Receipt;
        else
            report(u"base"_s, tr("\"%1\" is not a base; use receipt or event.").arg(base));

        const QString cutoff = table.column(u"cutoff"_s) >= 0 ? field(u"cutoff"_s) : QString();
        if (cutoff == u"yes")
            rule.cutoff = true;
        else if (!cutoff.isEmpty() && cutoff != u"no")
            report(u"cutoff"_s, tr("\"%1\" is not yes or no.").arg(cutoff));

        rule.anchorRu = field(u"anchor_ru"_s);
        rule.titleRu = field(u"title_ru"_s);
        rule.titleKk = field(u"title_kk"_s);
        rule.titleEn = field(u"title_en"_s);
        rule.citation = field(u"citation"_s);
        for (const QString& column : {u"title_ru"_s, u"title_kk"_s, u"title_en"_s, u"citation"_s}) {
            if (field(column).isEmpty())
                report(column, tr("The column %1 must not be empty.").arg(column));
        }

        if (out.size() == problemsBefore)
            set.add(std::move(rule));
    }
    return set;
}

DeadlineRuleSet DeadlineRuleSet::builtin(Problems* problems)
{
    static const std::pair<DeadlineRuleSet, Problems> shipped = [] {
        Problems found;
        DeadlineRuleSet set = fromCsv(u":/rules/deadlines.csv"_s, &found);
        if (!found.isEmpty())
            qWarning().noquote() << "The shipped deadline rules have problems:\n" << describe(found);
        return std::pair{set, found};
    }();
    if (problems)
        *problems += shipped.second;
    return shipped.first;
}

} // namespace armcpg
