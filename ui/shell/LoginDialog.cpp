#include "LoginDialog.h"

#include "admin/PasswordResetDialog.h"
#include "i18n/Translator.h"
#include "security/UserService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace armcpg {

LoginDialog::LoginDialog(Database& db, QWidget* parent)
    : QDialog(parent), m_db(db), m_title(new QLabel(this)), m_loginLabel(new QLabel(this)),
      m_passwordLabel(new QLabel(this)), m_languageLabel(new QLabel(this)), m_login(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_language(new QComboBox(this)), m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_password->setEchoMode(QLineEdit::Password);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->setWordWrap(true);
    for (const Translator::Language& l : Translator::available())
        m_language->addItem(l.nativeName, l.code);
    m_language->setCurrentIndex(m_language->findData(Translator::current()));
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const QString code = m_language->currentData().toString();
        Translator::install(code);
        Translator::remember(code);
    });

    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_title->setFont(font);
    auto* form = new QFormLayout;
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_languageLabel, m_language);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    m_login->setFocus();
    retranslate();
}

void LoginDialog::accept()
{
    Problems problems;
    UserService users(m_db);
    auto session = users.signIn(m_login->text(), m_password->text(), &problems);
    if (!session) {
        m_message->setText(describe(problems));
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    if (session->user().mustChangePassword) {
        PasswordResetDialog change(m_db, *session, session->user(), this);
        change.setWindowTitle(tr("Choose your own password"));
        if (change.exec() != QDialog::Accepted) {
            m_message->setText(tr("An administrator set your password: choose your own to sign in."));
            return;
        }
        session = Session(*users.findByLogin(session->user().login));
    }
    m_session = *session;
    QDialog::accept();
}

void LoginDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LoginDialog::retranslate()
{
    setWindowTitle(tr("АРМ «ЦПГ» — sign in"));
    m_title->setText(tr("Citizen reception centre workstation"));
    m_loginLabel->setText(tr("&Login:"));
    m_loginLabel->setBuddy(m_login);
    m_passwordLabel->setText(tr("&Password:"));
    m_passwordLabel->setBuddy(m_password);
    m_languageLabel->setText(tr("&Language:"));
    m_languageLabel->setBuddy(m_language);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace armcpg
