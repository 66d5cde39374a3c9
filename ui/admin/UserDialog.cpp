#include "UserDialog.h"

#include "admin/PasswordResetDialog.h"
#include "directory/DirectoryComboBox.h"
#include "security/UserService.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace armcpg {

UserDialog::UserDialog(Database& db, const Session& session, const UserAccount& account, QWidget* parent)
    : QDialog(parent), m_db(db), m_session(session), m_original(account), m_readOnly(!session.has(Role::Administrator)),
      m_login(new QLineEdit(account.login)), m_fullName(new QLineEdit(account.fullName)),
      m_organisation(new DirectoryComboBox(db, u"organisation"_s)),
      m_position(new DirectoryComboBox(db, u"position"_s)), m_active(new QCheckBox(tr("&Active: may sign in"))),
      m_problems(new QLabel)
{
    const bool isNew = account.id.isEmpty();
    setWindowTitle(isNew        ? tr("New user")
                   : m_readOnly ? tr("User %1").arg(account.login)
                                : tr("Edit user %1").arg(account.login));

    m_login->setObjectName(u"login"_s);
    m_login->setMaxLength(32);
    m_login->setReadOnly(m_readOnly || !isNew); // the login is the name the audit trail knows the user by
    m_login->setPlaceholderText(tr("Latin lower-case letters, digits, '.', '_', '-'"));
    m_fullName->setObjectName(u"fullName"_s);
    m_fullName->setReadOnly(m_readOnly);

    auto* rolesBox = new QGroupBox(tr("Roles *"));
    rolesBox->setObjectName(u"roles"_s);
    auto* rolesLayout = new QVBoxLayout(rolesBox);
    for (Role role : allRoles()) {
        auto* box = new QCheckBox(roleName(role));
        box->setObjectName(u"role_"_s + roleCode(role));
        box->setChecked(account.has(role));
        box->setEnabled(!m_readOnly);
        rolesLayout->addWidget(box);
        m_roles.insert(role, box);
    }

    m_organisation->setObjectName(u"organisation"_s);
    m_organisation->setCurrentCode(account.organisationCode);
    m_organisation->setEnabled(!m_readOnly);
    m_position->setObjectName(u"position"_s);
    m_position->setCurrentCode(account.positionCode);
    m_position->setEnabled(!m_readOnly);
    m_active->setObjectName(u"active"_s);
    m_active->setChecked(account.active);
    m_active->setEnabled(!m_readOnly);

    auto* form = new QFormLayout;
    form->addRow(tr("&Login *"), m_login);
    form->addRow(tr("&Full name *"), m_fullName);
    form->addRow(rolesBox);
    form->addRow(tr("&Organisation *"), m_organisation);
    form->addRow(tr("&Position"), m_position);
    form->addRow(QString(), m_active);
    if (isNew) {
        m_password = new QLineEdit;
        m_password->setObjectName(u"password"_s);
        m_password->setEchoMode(QLineEdit::Password);
        m_password->setPlaceholderText(tr("at least 8 characters"));
        m_repeat = new QLineEdit;
        m_repeat->setObjectName(u"passwordRepeat"_s);
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(tr("Pass&word *"), m_password);
        form->addRow(tr("&Repeat the password *"), m_repeat);
    }

    m_problems->setObjectName(u"problems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(u"color: #b00020;"_s);
    m_problems->hide();

    m_buttons =
        new QDialogButtonBox(m_readOnly ? QDialogButtonBox::Close : QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    if (QPushButton* save = m_buttons->button(QDialogButtonBox::Save))
        save->setDefault(true);
    if (!isNew && !m_readOnly) {
        m_resetPassword = m_buttons->addButton(tr("Reset pass&word…"), QDialogButtonBox::ActionRole);
        m_resetPassword->setObjectName(u"resetPassword"_s);
        m_resetPassword->setAutoDefault(false);
        connect(m_resetPassword, &QPushButton::clicked, this, &UserDialog::resetPassword);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
    (isNew ? m_login : m_fullName)->setFocus();
}

UserAccount UserDialog::account() const
{
    UserAccount a = m_original;
    a.login = m_login->text().trimmed().toLower();
    a.fullName = m_fullName->text().trimmed();
    a.roles.clear();
    for (Role role : allRoles()) {
        if (m_roles.value(role)->isChecked())
            a.roles << role;
    }
    a.organisationCode = m_organisation->currentCode();
    a.positionCode = m_position->currentCode();
    a.active = m_active->isChecked();
    return a;
}

QString UserDialog::problemText() const
{
    return m_problems->text();
}

void UserDialog::accept()
{
    if (m_readOnly) {
        QDialog::accept();
        return;
    }
    Problems problems;
    // Text typed into a choice but matching no entry would otherwise be saved as "nothing chosen".
    if (!m_organisation->currentText().trimmed().isEmpty() && m_organisation->currentCode().isEmpty())
        problems.append(
            {tr("organisation"),
             tr("\"%1\" is not an organisation of the directory").arg(m_organisation->currentText().trimmed())});
    if (!m_position->currentText().trimmed().isEmpty() && m_position->currentCode().isEmpty())
        problems.append(
            {tr("position"), tr("\"%1\" is not a position of the directory").arg(m_position->currentText().trimmed())});
    if (m_password && m_password->text() != m_repeat->text())
        problems.append({tr("repeat the password"), tr("the two passwords differ")});
    if (!problems.isEmpty()) {
        showProblems(problems);
        return;
    }
    UserService users(m_db);
    const UserAccount a = account();
    const bool ok = m_original.id.isEmpty() ? !users.createUser(m_session, a, m_password->text(), &problems).isEmpty()
                                            : users.updateUser(m_session, a, &problems);
    if (ok) {
        QDialog::accept();
        return;
    }
    showProblems(problems);
}

void UserDialog::resetPassword()
{
    PasswordResetDialog dialog(m_db, m_session, m_original, this);
    dialog.exec();
}

void UserDialog::showProblems(const Problems& problems)
{
    m_problems->setText(describe(problems));
    m_problems->show();
    for (const Problem& p : problems) {
        if (QWidget* w = widgetForField(p.field)) {
            w->setFocus();
            if (auto* edit = qobject_cast<QLineEdit*>(w))
                edit->selectAll();
            break;
        }
    }
}

QWidget* UserDialog::widgetForField(const QString& field) const
{
    // UserService names the fields in its own (translated) words.
    if (field == UserService::tr("login"))
        return m_login->isReadOnly() ? nullptr : m_login;
    if (field == UserService::tr("full name"))
        return m_fullName;
    if (field == UserService::tr("roles"))
        return m_roles.value(allRoles().first());
    if (field == UserService::tr("organisation") || field == tr("organisation"))
        return m_organisation;
    if (field == UserService::tr("position") || field == tr("position"))
        return m_position;
    if (field == UserService::tr("password"))
        return m_password;
    if (field == tr("repeat the password"))
        return m_repeat;
    return nullptr;
}

} // namespace armcpg
