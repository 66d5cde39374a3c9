#include "PasswordResetDialog.h"

#include "security/UserService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace armcpg {

PasswordResetDialog::PasswordResetDialog(Database& db, const Session& session, const UserAccount& user, QWidget* parent)
    : QDialog(parent), m_db(db), m_session(session), m_user(user), m_password(new QLineEdit), m_repeat(new QLineEdit),
      m_problems(new QLabel)
{
    setWindowTitle(tr("New password for %1").arg(user.login));
    auto* form = new QFormLayout;
    if (session.user().id == user.id) {
        m_current = new QLineEdit;
        m_current->setObjectName(u"currentPassword"_s);
        m_current->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Current password"), m_current);
    }
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("at least 8 characters"));
    m_repeat->setObjectName(u"passwordRepeat"_s);
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&New password"), m_password);
    form->addRow(tr("&Repeat the password"), m_repeat);

    m_problems->setObjectName(u"problems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(u"color: #b00020;"_s);
    m_problems->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordResetDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* note =
        new QLabel(session.user().id == user.id
                       ? QString()
                       : tr("%1 will be asked to choose their own password at the next sign-in.").arg(user.login));
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    (m_current ? m_current : m_password)->setFocus();
}

QString PasswordResetDialog::problemText() const
{
    return m_problems->text();
}

void PasswordResetDialog::accept()
{
    Problems problems;
    if (m_password->text() != m_repeat->text())
        problems.append({tr("repeat the password"), tr("the two passwords differ")});
    else if (UserService(m_db).changePassword(m_session, m_user.id, m_current ? m_current->text() : QString(),
                                              m_password->text(), &problems)) {
        QDialog::accept();
        return;
    }
    m_problems->setText(describe(problems));
    m_problems->show();
    QLineEdit* focus = problems.value(0).field == tr("repeat the password")                          ? m_repeat
                       : m_current && problems.value(0).field == UserService::tr("current password") ? m_current
                                                                                                     : m_password;
    focus->setFocus();
    focus->selectAll();
}

} // namespace armcpg
