#include "DeviceRegistrationDialog.h"

#include "directory/DirectoryComboBox.h"
#include "sync/CentralServer.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace armcpg {

DeviceRegistrationDialog::DeviceRegistrationDialog(Database& db, const Session& session, QWidget* parent)
    : QDialog(parent), m_db(db), m_session(session), m_deviceId(new QLineEdit),
      m_organisation(new DirectoryComboBox(db, u"organisation"_s)), m_name(new QLineEdit), m_problems(new QLabel),
      m_result(new QGroupBox), m_resultIntro(new QLabel), m_roleField(new QLineEdit), m_passwordField(new QLineEdit),
      m_copy(new QPushButton), m_copied(new QLabel), m_buttons(new QDialogButtonBox)
{
    setWindowTitle(tr("Register a laptop"));

    m_deviceId->setObjectName(u"deviceId"_s);
    m_deviceId->setMaxLength(38); // a UUID, with braces at most
    m_deviceId->setPlaceholderText(tr("the laptop's device id: Administration, This workstation"));
    m_organisation->setObjectName(u"organisation"_s);
    m_name->setObjectName(u"name"_s);
    m_name->setMaxLength(200);
    m_name->setPlaceholderText(tr("e.g. the office and the laptop's number"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Device id *"), m_deviceId);
    form->addRow(tr("&Organisation *"), m_organisation);
    form->addRow(tr("&Name"), m_name);

    m_problems->setObjectName(u"problems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(u"color: #b00020;"_s);
    m_problems->hide();

    // The outcome, shown once: read-only but selectable, and a button that copies the password.
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_result->setObjectName(u"result"_s);
    m_result->setTitle(tr("Registered"));
    m_resultIntro->setObjectName(u"resultIntro"_s);
    m_resultIntro->setWordWrap(true);
    m_resultIntro->setTextFormat(Qt::PlainText);
    m_roleField->setObjectName(u"role"_s);
    m_roleField->setReadOnly(true);
    m_roleField->setFont(fixed);
    m_passwordField->setObjectName(u"password"_s);
    m_passwordField->setReadOnly(true);
    m_passwordField->setFont(fixed);
    m_copy->setObjectName(u"copyPassword"_s);
    m_copy->setText(tr("&Copy"));
    m_copy->setToolTip(tr("Copy the password to the clipboard"));
    m_copy->setAutoDefault(false);
    connect(m_copy, &QPushButton::clicked, this, &DeviceRegistrationDialog::copyPassword);
    m_copied->setObjectName(u"copied"_s);
    auto* hint = new QLabel(tr("The password is shown only this once and the program keeps no copy. Put it into the "
                               "laptop user's ~/.pgpass (one line: host:port:database:role:password, the file "
                               "readable by that user only); the laptop then syncs as this role."));
    hint->setObjectName(u"hint"_s);
    hint->setWordWrap(true);
    auto* passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_passwordField, 1);
    passwordRow->addWidget(m_copy);
    auto* resultForm = new QFormLayout;
    resultForm->addRow(tr("Database &role:"), m_roleField);
    auto* passwordLabel = new QLabel(tr("&Password:"));
    passwordLabel->setBuddy(m_passwordField);
    resultForm->addRow(passwordLabel, passwordRow);
    auto* resultLayout = new QVBoxLayout(m_result);
    resultLayout->addWidget(m_resultIntro);
    resultLayout->addLayout(resultForm);
    resultLayout->addWidget(m_copied);
    resultLayout->addWidget(hint);
    m_result->hide();

    m_buttons->setStandardButtons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Register"));
    ok->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DeviceRegistrationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);
    m_deviceId->setFocus();
}

QString DeviceRegistrationDialog::problemText() const
{
    return m_problems->text();
}

QString DeviceRegistrationDialog::deviceId() const
{
    return m_registeredId.isEmpty() ? m_deviceId->text().trimmed() : m_registeredId;
}

QString DeviceRegistrationDialog::roleName() const
{
    return m_role;
}

QString DeviceRegistrationDialog::password() const
{
    return m_password;
}

void DeviceRegistrationDialog::accept()
{
    if (isRegistered()) {
        QDialog::accept();
        return;
    }
    Problems problems;
    const QString id = m_deviceId->text().trimmed();
    const QString organisation = m_organisation->currentCode();
    const QString typedOrganisation = m_organisation->currentText().trimmed();
    if (id.isEmpty())
        problems.append({CentralServer::tr("device"), tr("enter the laptop's device id (a UUID): the laptop shows it "
                                                         "under Administration, This workstation")});
    if (organisation.isEmpty())
        problems.append({CentralServer::tr("organisation"),
                         typedOrganisation.isEmpty()
                             ? tr("choose the organisation the laptop records for")
                             : tr("\"%1\" is not an organisation of the directory").arg(typedOrganisation)});
    if (!problems.isEmpty()) {
        showProblems(problems);
        return;
    }
    const QString password = CentralServer::generatePassword();
    const QString role =
        CentralServer(m_db).registerDevice(m_session, id, organisation, m_name->text().trimmed(), password, &problems);
    if (role.isEmpty()) {
        showProblems(problems);
        return;
    }
    m_role = role;
    m_password = password;
    m_registeredId = QUuid(id).toString(QUuid::WithoutBraces);
    showResult();
}

void DeviceRegistrationDialog::showResult()
{
    m_problems->clear();
    m_problems->hide();
    m_deviceId->setReadOnly(true);
    m_deviceId->setText(m_registeredId);
    m_organisation->setEnabled(false);
    m_name->setReadOnly(true);
    m_resultIntro->setText(tr("The laptop %1 is registered for %2. It signs in to the central database as the role "
                              "below, with the password below.")
                               .arg(m_registeredId, m_organisation->currentText()));
    m_roleField->setText(m_role);
    m_passwordField->setText(m_password);
    m_result->show();
    adjustSize(); // room for the outcome

    // Only one way out now: Close (Enter or Esc); the password is not shown again.
    m_buttons->clear();
    QPushButton* close = m_buttons->addButton(QDialogButtonBox::Close);
    close->setDefault(true);
    m_passwordField->setFocus();
    m_passwordField->selectAll();
}

void DeviceRegistrationDialog::copyPassword()
{
    if (m_password.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_password);
    m_copied->setText(tr("The password is copied to the clipboard."));
}

void DeviceRegistrationDialog::showProblems(const Problems& problems)
{
    m_problems->setText(describe(problems));
    m_problems->show();
    // CentralServer names the fields in its own (translated) words.
    for (const Problem& p : problems) {
        QWidget* w = p.field == CentralServer::tr("device")         ? static_cast<QWidget*>(m_deviceId)
                     : p.field == CentralServer::tr("organisation") ? static_cast<QWidget*>(m_organisation)
                                                                    : nullptr;
        if (w) {
            w->setFocus();
            if (auto* edit = qobject_cast<QLineEdit*>(w))
                edit->selectAll();
            break;
        }
    }
}

} // namespace armcpg
