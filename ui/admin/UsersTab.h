#pragma once

#include "security/Session.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace armcpg {

class Database;

// The users of the database: login, full name, roles, organisation, active. Add user (Ins), Edit (Enter, F2,
// double-click) and Reset password open dialogs that save through UserService.
class UsersTab : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        Login,
        FullName,
        Roles,
        Organisation,
        Active
    };
    static constexpr int UserIdRole = Qt::UserRole + 1;

    UsersTab(Database& db, const Session& session, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* resetPasswordButton() const { return m_reset; }
    QComboBox* signingLevelCombo() const { return m_signingLevel; }
    bool selectLogin(const QString& login);
    QString currentUserId() const;

public slots:
    void reload();
    void addUser();
    void editUser();
    void resetPassword();
    // The selected user's signing level (I-88, SigningMatrix), set by an administrator from the combo.
    void setSigningLevel(int comboIndex);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateButtons();
    void showSigningLevel();

    Database& m_db;
    Session m_session;
    QStandardItemModel* m_model;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_reset;
    QLabel* m_signingLabel;
    QComboBox* m_signingLevel;
    QLabel* m_status;
};

} // namespace armcpg
