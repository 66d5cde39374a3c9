#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace armcpg {

// The roles of the workstation (DESIGN.md "Who uses it"; rules-000 §5). A user may hold several.
enum class Role {
    Operator,            // registers visitors, issues tickets, fills cards for the prosecutor
    ReceptionProsecutor, // прокурор ЦПГ: holds receptions, fills ЛП-1 (R-42..R-50)
    DutyProsecutor,      // дежурный прокурор: receptions in detention facilities, offline
    Head,                // руководитель: presides receptions (LP1-24), approves schedules, extends terms
    Administrator,       // directories, users, calendar, devices
};

QString roleCode(Role role);
bool roleFromCode(const QString& code, Role* role);
QString roleName(Role role); // translated
QList<Role> allRoles();
QStringList roleCodes(const QList<Role>& roles);

} // namespace armcpg
