#include "Problem.h"

#include <QCoreApplication>
#include <QStringList>

namespace armcpg {

QString Problem::toString() const
{
    QString where;
    if (line > 0)
        where = QCoreApplication::translate("Problem", "line %1").arg(line);
    if (!field.isEmpty())
        where = where.isEmpty() ? field : QCoreApplication::translate("Problem", "%1, %2").arg(where, field);
    return where.isEmpty() ? message : QCoreApplication::translate("Problem", "%1: %2").arg(where, message);
}

QString describe(const Problems& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines << p.toString();
    return lines.join(u'\n');
}

} // namespace armcpg
