#include "Role.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace armcpg {

QString roleCode(Role role)
{
    switch (role) {
    case Role::Operator: return u"operator"_s;
    case Role::ReceptionProsecutor: return u"reception_prosecutor"_s;
    case Role::DutyProsecutor: return u"duty_prosecutor"_s;
    case Role::Head: return u"head"_s;
    case Role::Administrator: return u"administrator"_s;
    }
    return {};
}

bool roleFromCode(const QString& code, Role* role)
{
    for (Role r : allRoles()) {
        if (roleCode(r) == code.trimmed()) {
            *role = r;
            return true;
        }
    }
    return false;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Operator: return QCoreApplication::translate("Role", "Operator");
    case Role::ReceptionProsecutor: return QCoreApplication::translate("Role", "Reception prosecutor");
    case Role::DutyProsecutor: return QCoreApplication::translate("Role", "Duty prosecutor");
    case Role::Head: return QCoreApplication::translate("Role", "Head");
    case Role::Administrator: return QCoreApplication::translate("Role", "Administrator");
    }
    return {};
}

QList<Role> allRoles()
{
    return {Role::Operator, Role::ReceptionProsecutor, Role::DutyProsecutor, Role::Head, Role::Administrator};
}

QStringList roleCodes(const QList<Role>& roles)
{
    QStringList codes;
    for (Role r : roles)
        codes << roleCode(r);
    return codes;
}

} // namespace armcpg
