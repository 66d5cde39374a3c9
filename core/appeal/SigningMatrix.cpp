#include "SigningMatrix.h"

#include "common/Csv.h"
#include "security/Session.h"
#include "settings/AppSettings.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
const QString kNone = u"none"_s;
const QString kDefault = u"default"_s; // the shipped row (app_setting keeps no empty value)
const QString kDeputyRequest = u"deputy_request"_s;
} // namespace

const QStringList& SigningMatrix::levels()
{
    static const QStringList all = {u"general_prosecutor"_s,   u"deputy_gp"_s,   u"gp_subdivision_head"_s,
                                    u"gp_subdivision_deputy"_s, u"oblast_head"_s, u"oblast_deputy"_s,
                                    u"district_prosecutor"_s};
    return all;
}

int SigningMatrix::rank(const QString& level)
{
    return int(levels().indexOf(level)) + 1;
}

QString SigningMatrix::levelName(const QString& level)
{
    if (level == u"general_prosecutor")
        return tr("General Prosecutor");
    if (level == u"deputy_gp")
        return tr("Deputy General Prosecutor, Head of the GPO Apparatus");
    if (level == u"gp_subdivision_head")
        return tr("Head of a GPO subdivision");
    if (level == u"gp_subdivision_deputy")
        return tr("Deputy head of a GPO subdivision");
    if (level == u"oblast_head")
        return tr("Head of an agency, military or transport prosecutor, oblast prosecutor");
    if (level == u"oblast_deputy")
        return tr("Deputy of an agency head or of an oblast prosecutor");
    if (level == u"district_prosecutor")
        return tr("District prosecutor");
    return level;
}

QString SigningMatrix::rowFor(const QString& appealKindCode, const QString& decisionCode)
{
    return appealKindCode == kDeputyRequest ? kDeputyRequest : decisionCode;
}

SigningMatrix SigningMatrix::fromCsv(const QByteArray& utf8, Problems* problems)
{
    SigningMatrix m;
    const CsvTable table = Csv::parse(utf8);
    if (problems)
        problems->append(table.problems);
    const int decision = table.column(u"decision"_s);
    if (decision < 0) {
        if (problems)
            problems->append({u"decision"_s, tr("the signing matrix has no column \"decision\"")});
        return m;
    }
    QList<int> columns;
    for (const QString& level : levels()) {
        columns << table.column(level);
        if (columns.last() < 0 && problems)
            problems->append({level, tr("the signing matrix has no column for the level %1").arg(level)});
    }
    for (const CsvRow& row : table.rows) {
        const QString code = row.fields.at(decision).trimmed();
        if (code.isEmpty() || m.m_rows.contains(code)) {
            if (problems)
                problems->append({u"decision"_s, tr("the decision \"%1\" is empty or repeated").arg(code), row.line});
            continue;
        }
        QSet<QString> allowed;
        bool good = true;
        for (int i = 0; i < levels().size(); ++i) {
            const QString cell = columns.at(i) < 0 ? QString() : row.fields.at(columns.at(i)).trimmed();
            if (cell == u"1")
                allowed.insert(levels().at(i));
            else if (!cell.isEmpty() && cell != u"0") {
                good = false;
                if (problems)
                    problems->append({levels().at(i), tr("a cell is 1 or 0, not \"%1\"").arg(cell), row.line});
            }
        }
        if (!good)
            continue;
        m.m_rows.insert(code, allowed);
        m.m_order << code;
    }
    return m;
}

SigningMatrix SigningMatrix::builtin(Problems* problems)
{
    QFile file(u":/rules/signing-matrix.csv"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        if (problems)
            problems->append({u"signing-matrix.csv"_s, tr("the program has no signing matrix")});
        return {};
    }
    return fromCsv(file.readAll(), problems);
}

QString SigningMatrix::settingKey(const QString& decision)
{
    return u"signing_matrix."_s + decision;
}

SigningMatrix SigningMatrix::load(Database& db, Problems* problems)
{
    SigningMatrix m = builtin(problems);
    AppSettings settings(db);
    for (const QString& row : std::as_const(m.m_order)) {
        const QString override = settings.value(settingKey(row)).trimmed();
        if (override.isEmpty() || override == kDefault)
            continue;
        QSet<QString> allowed;
        if (override != kNone) {
            for (const QString& level : override.split(u',', Qt::SkipEmptyParts)) {
                if (rank(level.trimmed()) > 0)
                    allowed.insert(level.trimmed());
                else if (problems)
                    problems->append({settingKey(row), tr("the override names the unknown level %1").arg(level)});
            }
        }
        m.m_rows.insert(row, allowed);
    }
    return m;
}

bool SigningMatrix::setRow(Database& db, const Session& by, const QString& decision, const QStringList& levelList,
                           Problems* problems)
{
    if (!builtin().hasRow(decision)) {
        problems->append({tr("Decision"), tr("Decision: the signing matrix has no row \"%1\"").arg(decision)});
        return false;
    }
    QStringList ordered;
    for (const QString& level : levels()) {
        if (levelList.contains(level))
            ordered << level;
    }
    for (const QString& level : levelList) {
        if (rank(level) == 0) {
            problems->append({tr("Signing level"), tr("Signing level: there is no level \"%1\"").arg(level)});
            return false;
        }
    }
    return AppSettings(db).setValue(by, settingKey(decision), ordered.isEmpty() ? kNone : ordered.join(u','),
                                    problems);
}

bool SigningMatrix::resetRow(Database& db, const Session& by, const QString& decision, Problems* problems)
{
    return AppSettings(db).setValue(by, settingKey(decision), kDefault, problems);
}

QStringList SigningMatrix::allowedLevels(const QString& decision) const
{
    QStringList result;
    const QSet<QString> allowed = m_rows.value(decision);
    for (const QString& level : levels()) {
        if (allowed.contains(level))
            result << level;
    }
    return result;
}

bool SigningMatrix::allows(const QString& decision, const QString& level) const
{
    return m_rows.value(decision).contains(level);
}

} // namespace armcpg
