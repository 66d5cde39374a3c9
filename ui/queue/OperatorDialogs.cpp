#include "OperatorDialogs.h"

#include "i18n/Translator.h"
#include "queue/QueueConfig.h"
#include "security/UserService.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
QDialogButtonBox* buttons(QDialog* dialog, const QString& okText)
{
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    box->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}
} // namespace

IssueTicketDialog::IssueTicketDialog(Database& db, const QString& deskCode, QWidget* parent)
    : QDialog(parent), m_desk(deskCode), m_service(new QComboBox(this)), m_language(new QComboBox(this)),
      m_category(new QComboBox(this)), m_outOfTown(new QCheckBox(tr("Out of town (R-8)"), this))
{
    setWindowTitle(tr("Issue a ticket"));
    m_service->setObjectName(u"service"_s);
    m_language->setObjectName(u"language"_s);
    m_category->setObjectName(u"category"_s);
    m_outOfTown->setObjectName(u"outOfTown"_s);
    QueueConfig config(db);
    const QString ui = Translator::current();
    for (const QueueServiceType& s : config.services(true))
        m_service->addItem(u"%1  %2"_s.arg(s.prefix, s.name(ui)), s.code);
    for (const Translator::Language& l : Translator::available()) {
        if (l.code != u"en")
            m_language->addItem(l.nativeName, l.code);
    }
    m_language->setCurrentIndex(m_language->findData(ui == u"kk" ? u"kk"_s : u"ru"_s));
    m_category->addItem(tr("none"), QString());
    for (const DirectoryEntry& c : config.priorityCategories())
        m_category->addItem(c.name(ui), c.code);
    auto* form = new QFormLayout;
    form->addRow(tr("&Service:"), m_service);
    form->addRow(tr("&Language of reception:"), m_language);
    form->addRow(tr("Out-of-turn &category (R-9):"), m_category);
    form->addRow(QString(), m_outOfTown);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons(this, tr("&Issue")));
}

TicketRequest IssueTicketDialog::request() const
{
    TicketRequest r;
    r.serviceCode = m_service->currentData().toString();
    r.language = m_language->currentData().toString();
    r.priorityCode = m_category->currentData().toString();
    r.outOfTown = m_outOfTown->isChecked();
    r.deskCode = m_desk;
    return r;
}

RedirectDialog::RedirectDialog(Database& db, const QString& fromDesk, QWidget* parent)
    : QDialog(parent), m_desk(new QComboBox(this)), m_service(new QComboBox(this)), m_user(new QComboBox(this)),
      m_comment(new QLineEdit(this))
{
    setWindowTitle(tr("Redirect the ticket"));
    m_desk->setObjectName(u"desk"_s);
    m_service->setObjectName(u"service"_s);
    m_user->setObjectName(u"user"_s);
    m_comment->setObjectName(u"comment"_s);
    QueueConfig config(db);
    const QString ui = Translator::current();
    m_desk->addItem(tr("any desk"), QString());
    for (const QueueDesk& d : config.desks(true)) {
        if (d.code != fromDesk)
            m_desk->addItem(d.name.isEmpty() ? d.code : u"%1 — %2"_s.arg(d.code, d.name), d.code);
    }
    m_service->addItem(tr("the same service"), QString());
    for (const QueueServiceType& s : config.services(true))
        m_service->addItem(s.name(ui), s.code);
    m_user->addItem(tr("any prosecutor"), QString());
    UserService users(db);
    QSet<QString> added;
    for (Role role : {Role::ReceptionProsecutor, Role::Head}) {
        for (const UserAccount& u : users.usersWithRole(role)) {
            if (!added.contains(u.id)) {
                added.insert(u.id);
                m_user->addItem(u.fullName, u.id);
            }
        }
    }
    auto* form = new QFormLayout;
    form->addRow(tr("To &desk:"), m_desk);
    form->addRow(tr("To &service:"), m_service);
    form->addRow(tr("To &prosecutor:"), m_user);
    form->addRow(tr("&Comment:"), m_comment);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons(this, tr("&Redirect")));
}

RedirectTarget RedirectDialog::target() const
{
    RedirectTarget t;
    t.deskCode = m_desk->currentData().toString();
    t.serviceCode = m_service->currentData().toString();
    t.userId = m_user->currentData().toString();
    return t;
}

QString RedirectDialog::comment() const { return m_comment->text().trimmed(); }

PostponeDialog::PostponeDialog(QWidget* parent) : QDialog(parent), m_minutes(new QSpinBox(this)), m_comment(new QLineEdit(this))
{
    setWindowTitle(tr("Postpone the ticket"));
    m_minutes->setObjectName(u"minutes"_s);
    m_comment->setObjectName(u"comment"_s);
    m_minutes->setRange(1, 240);
    m_minutes->setValue(10);
    m_minutes->setSuffix(tr(" min"));
    auto* form = new QFormLayout;
    form->addRow(tr("Back in the queue &after:"), m_minutes);
    form->addRow(tr("&Comment:"), m_comment);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons(this, tr("&Postpone")));
}

int PostponeDialog::minutes() const { return m_minutes->value(); }

QString PostponeDialog::comment() const { return m_comment->text().trimmed(); }

} // namespace armcpg
