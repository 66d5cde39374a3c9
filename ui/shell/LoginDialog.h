#pragma once

#include "security/Session.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace armcpg {

class Database;

// Sign-in: login and password, and the language, chosen before anything else is read. A user whose password an
// administrator set chooses their own before the workstation opens.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(Database& db, QWidget* parent = nullptr);

    Session session() const { return m_session; }
    QLineEdit* loginEdit() const { return m_login; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLabel* messageLabel() const { return m_message; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Database& m_db;
    Session m_session;
    QLabel* m_title;
    QLabel* m_loginLabel;
    QLabel* m_passwordLabel;
    QLabel* m_languageLabel;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QComboBox* m_language;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace armcpg
