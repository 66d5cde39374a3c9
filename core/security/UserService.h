#pragma once

#include "common/Problem.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <optional>

namespace armcpg {

class Database;

// Users, their roles and passwords. Only an administrator manages users, except that the very first user of
// an empty database (the administrator created at first start) may be created by the program itself.
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(UserService)

public:
    explicit UserService(Database& db) : m_db(db) {}

    bool hasUsers();
    QList<UserAccount> users(bool includeInactive = true);
    QList<UserAccount> usersWithRole(Role role); // active ones, e.g. the heads for LP1-24
    std::optional<UserAccount> findByLogin(const QString& login);

    // Signs in. Wrong login and wrong password get the same message, so logins cannot be probed.
    std::optional<Session> signIn(const QString& login, const QString& password, Problems* problems);

    QString createUser(const Session& by, const UserAccount& user, const QString& password, Problems* problems);
    bool updateUser(const Session& by, const UserAccount& user, Problems* problems);
    // An administrator sets anyone's password; a user changes their own by giving the current one.
    bool changePassword(const Session& by, const QString& userId, const QString& currentPassword,
                        const QString& newPassword, Problems* problems);

    static Problems validatePassword(const QString& password);

    // The level at which a user signs answers (I-88; SigningMatrix::levels()); empty when the user signs none.
    QString signingLevel(const QString& userId);
    // Only an administrator sets it; an empty level takes the right to sign away.
    bool setSigningLevel(const Session& by, const QString& userId, const QString& level, Problems* problems);

private:
    Problems validate(const UserAccount& user);
    std::optional<UserAccount> find(const QString& column, const QString& value, QString* hash = nullptr);

    Database& m_db;
};

} // namespace armcpg
