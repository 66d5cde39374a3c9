#include "UserService.h"

#include "appeal/SigningMatrix.h"
#include "directory/DirectoryRepository.h"
#include "security/PasswordHasher.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QCollator>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
const QString kColumns = u"id, login, full_name, roles, organisation_code, position_code, active, "
                         "must_change_password, version"_s;

UserAccount readUser(const QSqlQuery& q)
{
    UserAccount u;
    u.id = q.value(0).toString();
    u.login = q.value(1).toString();
    u.fullName = q.value(2).toString();
    for (const QString& code : q.value(3).toString().split(u',', Qt::SkipEmptyParts)) {
        Role role;
        if (roleFromCode(code, &role))
            u.roles << role;
    }
    u.organisationCode = q.value(4).toString();
    u.positionCode = q.value(5).toString();
    u.active = q.value(6).toBool();
    u.mustChangePassword = q.value(7).toBool();
    u.version = q.value(8).toInt();
    return u;
}

QVariantMap values(const UserAccount& u)
{
    return {{u"login"_s, u.login},
            {u"full_name"_s, u.fullName.trimmed()},
            {u"roles"_s, roleCodes(u.roles).join(u',')},
            {u"organisation_code"_s, u.organisationCode},
            {u"position_code"_s, u.positionCode.isEmpty() ? QVariant() : QVariant(u.positionCode)},
            {u"active"_s, u.active},
            {u"must_change_password"_s, u.mustChangePassword}};
}
} // namespace

bool UserService::hasUsers()
{
    QSqlQuery q = m_db.prepare(u"SELECT COUNT(*) FROM app_user WHERE deleted = ?"_s);
    q.addBindValue(false);
    return q.exec() && q.next() && q.value(0).toInt() > 0;
}

QList<UserAccount> UserService::users(bool includeInactive)
{
    QList<UserAccount> result;
    QSqlQuery q = m_db.prepare(u"SELECT %1 FROM app_user WHERE deleted = ?"_s.arg(kColumns));
    q.addBindValue(false);
    if (q.exec()) {
        while (q.next()) {
            UserAccount u = readUser(q);
            if (includeInactive || u.active)
                result << u;
        }
    }
    // Sorted here, not by the database: SQLite compares bytes and would put Ә, Қ, Ө, Ұ, Ү, І after Я.
    const QCollator collator(QLocale(QLocale::Kazakh, QLocale::Kazakhstan));
    std::sort(result.begin(), result.end(),
              [&](const UserAccount& a, const UserAccount& b) { return collator.compare(a.fullName, b.fullName) < 0; });
    return result;
}

QList<UserAccount> UserService::usersWithRole(Role role)
{
    QList<UserAccount> result;
    for (const UserAccount& u : users(false)) {
        if (u.has(role))
            result << u;
    }
    return result;
}

std::optional<UserAccount> UserService::find(const QString& column, const QString& value, QString* hash)
{
    QSqlQuery q = m_db.prepare(
        u"SELECT %1, password_hash FROM app_user WHERE %2 = ? AND deleted = ?"_s.arg(kColumns, column));
    q.addBindValue(value);
    q.addBindValue(false);
    if (!q.exec() || !q.next())
        return std::nullopt;
    if (hash)
        *hash = q.value(9).toString();
    return readUser(q);
}

std::optional<UserAccount> UserService::findByLogin(const QString& login)
{
    return find(u"login"_s, login.trimmed().toLower());
}

std::optional<Session> UserService::signIn(const QString& login, const QString& password, Problems* problems)
{
    QString hash;
    const auto user = find(u"login"_s, login.trimmed().toLower(), &hash);
    // An unknown login costs the same Argon2id check as a known one, so that timing does not reveal logins.
    static const QString dummy = PasswordHasher::hash(u"not a password of anyone"_s);
    if (!PasswordHasher::verify(user ? hash : dummy, password) || !user) {
        problems->append({tr("password"), tr("wrong login or password")});
        return std::nullopt;
    }
    if (!user->active) {
        problems->append({tr("login"), tr("the account %1 is disabled; ask an administrator").arg(user->login)});
        return std::nullopt;
    }
    if (PasswordHasher::needsRehash(hash)) { // parameters were raised since this hash was made
        const QString rehashed = PasswordHasher::hash(password);
        WriteTransaction tx(m_db, {user->id, user->login});
        if (!rehashed.isEmpty() && tx.update(u"app_user"_s, user->id, {{u"password_hash"_s, rehashed}}))
            tx.commit();
    }
    return Session(*user);
}

Problems UserService::validatePassword(const QString& password)
{
    Problems problems;
    if (password.size() < 8)
        problems.append({tr("password"), tr("the password must have at least 8 characters, it has %1").arg(password.size())});
    if (password.trimmed() != password)
        problems.append({tr("password"), tr("the password must not start or end with a space")});
    return problems;
}

Problems UserService::validate(const UserAccount& user)
{
    Problems problems;
    static const QRegularExpression loginPattern(u"^[a-z0-9][a-z0-9._-]{1,31}$"_s);
    if (!loginPattern.match(user.login).hasMatch())
        problems.append({tr("login"), tr("the login must be 2 to 32 Latin lower-case letters, digits, '.', '_' or '-' "
                                         "and start with a letter or digit")});
    if (user.fullName.trimmed().isEmpty())
        problems.append({tr("full name"), tr("the full name is empty")});
    if (user.roles.isEmpty())
        problems.append({tr("roles"), tr("a user needs at least one role")});
    DirectoryRepository directories(m_db);
    if (user.organisationCode.isEmpty())
        problems.append({tr("organisation"), tr("the organisation is not chosen")});
    else if (!directories.exists(u"organisation"_s, user.organisationCode))
        problems.append({tr("organisation"), tr("there is no organisation %1").arg(user.organisationCode)});
    if (!user.positionCode.isEmpty() && !directories.exists(u"position"_s, user.positionCode))
        problems.append({tr("position"), tr("there is no position %1").arg(user.positionCode)});
    return problems;
}

QString UserService::createUser(const Session& by, const UserAccount& input, const QString& password, Problems* problems)
{
    // The first administrator of an empty database is created by the program itself at first start.
    const bool firstStart = !hasUsers() && input.has(Role::Administrator) && by.isProgram();
    if (!firstStart && !by.require({Role::Administrator}, tr("create users"), problems))
        return {};
    UserAccount user = input;
    user.login = user.login.trimmed().toLower();
    const int before = problems->size();
    problems->append(validate(user));
    problems->append(validatePassword(password));
    if (findByLogin(user.login))
        problems->append({tr("login"), tr("the login %1 is taken").arg(user.login)});
    if (problems->size() > before)
        return {};
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty()) {
        problems->append({tr("password"), tr("the password could not be hashed (out of memory); nothing was saved")});
        return {};
    }
    QVariantMap row = values(user);
    row.insert(u"password_hash"_s, hash);
    WriteTransaction tx(m_db, by.actor());
    const QString id = tx.insert(u"app_user"_s, row);
    if (id.isEmpty() || !tx.commit()) {
        problems->append({tr("user"), tx.error()});
        return {};
    }
    return id;
}

bool UserService::updateUser(const Session& by, const UserAccount& user, Problems* problems)
{
    if (!by.require({Role::Administrator}, tr("change users"), problems))
        return false;
    const int before = problems->size();
    problems->append(validate(user));
    if (user.id == by.user().id && !user.has(Role::Administrator))
        problems->append({tr("roles"), tr("you cannot take the administrator role from yourself")});
    if (user.id == by.user().id && !user.active)
        problems->append({tr("active"), tr("you cannot disable your own account")});
    if (problems->size() > before)
        return false;
    WriteTransaction tx(m_db, by.actor());
    if (tx.update(u"app_user"_s, user.id, values(user), user.version) && tx.commit())
        return true;
    problems->append({tr("user"), tx.error()});
    return false;
}

bool UserService::changePassword(const Session& by, const QString& userId, const QString& currentPassword,
                                 const QString& newPassword, Problems* problems)
{
    QString hash;
    const auto user = find(u"id"_s, userId, &hash);
    if (!user) {
        problems->append({tr("user"), tr("there is no such user")});
        return false;
    }
    const bool self = by.user().id == userId;
    if (!self && !by.require({Role::Administrator}, tr("set another user's password"), problems))
        return false;
    if (self && !PasswordHasher::verify(hash, currentPassword)) {
        problems->append({tr("current password"), tr("the current password is wrong")});
        return false;
    }
    const int before = problems->size();
    problems->append(validatePassword(newPassword));
    if (problems->size() > before)
        return false;
    const QString newHash = PasswordHasher::hash(newPassword);
    if (newHash.isEmpty()) {
        problems->append({tr("password"), tr("the password could not be hashed (out of memory); nothing was saved")});
        return false;
    }
    WriteTransaction tx(m_db, by.actor());
    // An administrator's reset makes the user choose their own password at the next sign-in.
    if (tx.update(u"app_user"_s, userId, {{u"password_hash"_s, newHash},
                                          {u"must_change_password"_s, !self}})
        && tx.commit())
        return true;
    problems->append({tr("user"), tx.error()});
    return false;
}

QString UserService::signingLevel(const QString& userId)
{
    QSqlQuery q = m_db.prepare(u"SELECT signing_level FROM app_user WHERE id = ? AND deleted = ?"_s);
    q.addBindValue(userId);
    q.addBindValue(false);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool UserService::setSigningLevel(const Session& by, const QString& userId, const QString& level, Problems* problems)
{
    if (!by.require({Role::Administrator}, tr("set signing levels"), problems))
        return false;
    if (!level.isEmpty() && SigningMatrix::rank(level) == 0) {
        problems->append({tr("signing level"), tr("there is no signing level %1").arg(level)});
        return false;
    }
    if (!find(u"id"_s, userId)) {
        problems->append({tr("user"), tr("there is no such user")});
        return false;
    }
    WriteTransaction tx(m_db, by.actor());
    if (tx.update(u"app_user"_s, userId, {{u"signing_level"_s, level.isEmpty() ? QVariant() : QVariant(level)}})
        && tx.commit())
        return true;
    problems->append({tr("user"), tx.error()});
    return false;
}

} // namespace armcpg
