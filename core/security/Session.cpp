#include "Session.h"

#include <QCoreApplication>
#include <QStringList>

namespace armcpg {

Session Session::program(const QString& label)
{
    Session s;
    s.m_program = true;
    s.m_user.login = label;
    s.m_user.roles = allRoles();
    return s;
}

bool Session::require(const QList<Role>& roles, const QString& action, Problems* problems) const
{
    for (Role role : roles) {
        if (has(role))
            return true;
    }
    QStringList names;
    for (Role role : roles)
        names << roleName(role);
    const QString who = isSignedIn() ? m_user.login : QCoreApplication::translate("Session", "nobody signed in");
    problems->append({QCoreApplication::translate("Session", "permission"),
                      QCoreApplication::translate("Session", "%1 may not %2: this needs the role %3")
                          .arg(who, action, names.join(QCoreApplication::translate("Session", " or ")))});
    return false;
}

} // namespace armcpg
