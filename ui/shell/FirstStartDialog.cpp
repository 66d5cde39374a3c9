#include "FirstStartDialog.h"

#include "directory/DirectoryComboBox.h"
#include "security/Session.h"
#include "security/UserService.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace armcpg {

FirstStartDialog::FirstStartDialog(Database& db, QWidget* parent)
    : QDialog(parent), m_db(db), m_organisation(new DirectoryComboBox(db, u"organisation"_s, this)),
      m_login(new QLineEdit(u"admin"_s, this)), m_fullName(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_repeat(new QLineEdit(this)), m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("АРМ «ЦПГ» — first start"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_message->setStyleSheet(u"color: #b00020"_s);
    m_message->setWordWrap(true);
    if (!db.organisationCode().isEmpty())
        m_organisation->setCurrentCode(db.organisationCode());

    auto* intro = new QLabel(tr("This database has no users yet. Choose the organisation this workstation belongs "
                                "to and create its administrator. The administrator then adds the other users."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Organisation *"), m_organisation);
    form->addRow(tr("Administrator login *"), m_login);
    form->addRow(tr("Full name *"), m_fullName);
    form->addRow(tr("Password * (at least 8 characters)"), m_password);
    form->addRow(tr("Repeat the password *"), m_repeat);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create administrator"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FirstStartDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FirstStartDialog::reject);
}

void FirstStartDialog::accept()
{
    Problems problems;
    if (m_organisation->currentCode().isEmpty())
        problems.append({tr("Organisation"), tr("choose the organisation of this workstation")});
    if (m_password->text() != m_repeat->text())
        problems.append({tr("Repeat the password"), tr("the two passwords differ")});
    UserAccount admin;
    admin.login = m_login->text();
    admin.fullName = m_fullName->text();
    admin.roles = {Role::Administrator};
    admin.organisationCode = m_organisation->currentCode();
    if (problems.isEmpty()) {
        QString error;
        if (!m_db.setDeviceIdentity(m_db.deviceId(), admin.organisationCode, &error))
            problems.append({tr("Organisation"), error});
    }
    if (problems.isEmpty())
        UserService(m_db).createUser(Session::program(u"first start"_s), admin, m_password->text(), &problems);
    if (!problems.isEmpty()) {
        m_message->setText(describe(problems));
        return;
    }
    QDialog::accept();
}

} // namespace armcpg
