#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace armcpg {

class Database;
class DirectoryComboBox;

// The first start of a database without users: the organisation of this workstation and its administrator.
class FirstStartDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstStartDialog(Database& db, QWidget* parent = nullptr);

    QLineEdit* loginEdit() const { return m_login; }
    QLineEdit* fullNameEdit() const { return m_fullName; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    DirectoryComboBox* organisationBox() const { return m_organisation; }
    QLabel* messageLabel() const { return m_message; }

public slots:
    void accept() override;

private:
    Database& m_db;
    DirectoryComboBox* m_organisation;
    QLineEdit* m_login;
    QLineEdit* m_fullName;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace armcpg
