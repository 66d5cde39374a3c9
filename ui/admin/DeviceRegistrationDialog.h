#pragma once

#include "common/Problem.h"
#include "security/Session.h"

#include <QDialog>

class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace armcpg {

class Database;
class DirectoryComboBox;

// Registers a laptop on the central database: its device id (a UUID, shown on the laptop's Administration page,
// This workstation), the organisation it records for and a name. Register (Enter) makes a strong password and goes
// through CentralServer::registerDevice; refused input stays, with the problems listed by field and the cursor in
// the first field named. Once registered, the dialog shows the role and the password, once, to be copied into the
// laptop user's ~/.pgpass; the program keeps no copy.
class DeviceRegistrationDialog : public QDialog
{
    Q_OBJECT

public:
    DeviceRegistrationDialog(Database& db, const Session& session, QWidget* parent = nullptr);

    QString problemText() const;
    QString deviceId() const;  // as registered (without braces), or as typed before
    QString roleName() const;  // empty until registered
    QString password() const;  // empty until registered
    bool isRegistered() const { return !m_role.isEmpty(); }

public slots:
    void accept() override;
    void copyPassword();

private:
    void showProblems(const Problems& problems);
    void showResult();

    Database& m_db;
    Session m_session;
    QString m_role;
    QString m_password;
    QString m_registeredId;
    QLineEdit* m_deviceId;
    DirectoryComboBox* m_organisation;
    QLineEdit* m_name;
    QLabel* m_problems;
    QGroupBox* m_result;
    QLabel* m_resultIntro;
    QLineEdit* m_roleField;
    QLineEdit* m_passwordField;
    QPushButton* m_copy;
    QLabel* m_copied;
    QDialogButtonBox* m_buttons;
};

} // namespace armcpg
