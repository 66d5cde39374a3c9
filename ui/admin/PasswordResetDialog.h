#pragma once

#include "common/Problem.h"
#include "security/Session.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace armcpg {

class Database;

// Sets a new password for a user: twice, through UserService::changePassword. For one's own account the current
// password is asked as well. An administrator's reset makes the user choose their own at the next sign-in.
class PasswordResetDialog : public QDialog
{
    Q_OBJECT

public:
    PasswordResetDialog(Database& db, const Session& session, const UserAccount& user, QWidget* parent = nullptr);

    QString problemText() const;

public slots:
    void accept() override;

private:
    Database& m_db;
    Session m_session;
    UserAccount m_user;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_problems;
};

} // namespace armcpg
