#pragma once

#include "common/Problem.h"
#include "security/Role.h"
#include "storage/WriteTransaction.h"

#include <QList>
#include <QString>

namespace armcpg {

struct UserAccount
{
    QString id;
    QString login;
    QString fullName;
    QList<Role> roles;
    QString organisationCode; // directory "organisation"
    QString positionCode;     // directory "position"
    bool active = true;
    bool mustChangePassword = false;
    int version = 0;

    bool has(Role role) const { return roles.contains(role); }
};

// The acting user of a workstation or a command. Every service call takes one; permissions are checked in
// the services against it, and a refused call says why.
class Session
{
public:
    Session() = default; // nobody: every permission check fails
    explicit Session(UserAccount user) : m_user(std::move(user)) {}
    // The program itself (first start, seeding, armcpg-cli run by the administrator of the machine).
    static Session program(const QString& label);

    const UserAccount& user() const { return m_user; }
    bool isProgram() const { return m_program; }
    bool isSignedIn() const { return m_program || !m_user.id.isEmpty(); }
    bool has(Role role) const { return m_program || (m_user.active && m_user.has(role)); }
    Actor actor() const { return {m_user.id, m_user.login}; }

    // True when the session holds one of the roles; otherwise adds a problem naming the action and the roles.
    bool require(const QList<Role>& roles, const QString& action, Problems* problems) const;

private:
    UserAccount m_user;
    bool m_program = false;
};

} // namespace armcpg
