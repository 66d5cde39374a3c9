#pragma once

#include "common/Problem.h"
#include "security/Session.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace armcpg {

class Database;
class DirectoryComboBox;

// Adds a user (login, full name, roles, organisation, position, active, the password twice) or edits one (the
// same without the password; "Reset password…" sets a new one). Save (Enter) goes through UserService; refused
// input stays, with the problems listed by field and the cursor in the first field named. Esc cancels. Without the
// administrator role the dialog only shows the user.
class UserDialog : public QDialog
{
    Q_OBJECT

public:
    UserDialog(Database& db, const Session& session, const UserAccount& account, QWidget* parent = nullptr);

    UserAccount account() const; // as currently entered
    QString problemText() const;
    QCheckBox* roleBox(Role role) const { return m_roles.value(role); }

public slots:
    void accept() override;
    void resetPassword();

private:
    void showProblems(const Problems& problems);
    QWidget* widgetForField(const QString& field) const;

    Database& m_db;
    Session m_session;
    UserAccount m_original;
    bool m_readOnly;
    QLineEdit* m_login;
    QLineEdit* m_fullName;
    QMap<Role, QCheckBox*> m_roles;
    DirectoryComboBox* m_organisation;
    DirectoryComboBox* m_position;
    QCheckBox* m_active;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QPushButton* m_resetPassword = nullptr;
    QLabel* m_problems;
    QDialogButtonBox* m_buttons;
};

} // namespace armcpg
