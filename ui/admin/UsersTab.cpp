#include "UsersTab.h"

#include "admin/PasswordResetDialog.h"
#include "admin/UserDialog.h"
#include "appeal/SigningMatrix.h"
#include "directory/DirectoryRepository.h"
#include "i18n/Translator.h"
#include "security/UserService.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace armcpg {

UsersTab::UsersTab(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session), m_model(new QStandardItemModel(this)), m_view(new QTableView),
      m_add(new QPushButton), m_edit(new QPushButton), m_reset(new QPushButton), m_signingLabel(new QLabel),
      m_signingLevel(new QComboBox), m_status(new QLabel)
{
    m_view->setObjectName(u"users"_s);
    m_add->setObjectName(u"addUser"_s);
    m_edit->setObjectName(u"editUser"_s);
    m_reset->setObjectName(u"resetPassword"_s);
    m_status->setObjectName(u"status"_s);
    m_signingLevel->setObjectName(u"signingLevel"_s);
    m_signingLabel->setBuddy(m_signingLevel);
    connect(m_signingLevel, &QComboBox::activated, this, &UsersTab::setSigningLevel);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view, &QAbstractItemView::activated, this, &UsersTab::editUser); // Enter and double-click
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &UsersTab::updateButtons);

    connect(m_add, &QPushButton::clicked, this, &UsersTab::addUser);
    connect(m_edit, &QPushButton::clicked, this, &UsersTab::editUser);
    connect(m_reset, &QPushButton::clicked, this, &UsersTab::resetPassword);
    for (QPushButton* b : {m_add, m_edit, m_reset})
        b->setAutoDefault(false);

    // Keyboard: Ins adds, F2 edits, wherever the focus is on this tab.
    auto* addShortcut = new QAction(this);
    addShortcut->setShortcut(QKeySequence(Qt::Key_Insert));
    addShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(addShortcut, &QAction::triggered, this, [this] {
        if (m_add->isEnabled())
            addUser();
    });
    addAction(addShortcut);
    auto* editShortcut = new QAction(this);
    editShortcut->setShortcut(QKeySequence(Qt::Key_F2));
    editShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(editShortcut, &QAction::triggered, this, &UsersTab::editUser);
    addAction(editShortcut);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_reset);
    buttons->addStretch(1);
    buttons->addWidget(m_signingLabel);
    buttons->addWidget(m_signingLevel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    retranslate();
    reload();
}

QString UsersTab::currentUserId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.siblingAtColumn(Login).data(UserIdRole).toString() : QString();
}

bool UsersTab::selectLogin(const QString& login)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row, Login)->text() == login) {
            m_view->setCurrentIndex(m_model->index(row, Login));
            return true;
        }
    }
    return false;
}

void UsersTab::reload()
{
    const QString keep = currentUserId();
    QHash<QString, QString> organisations;
    const QString language = Translator::current();
    for (const DirectoryEntry& e : DirectoryRepository(m_db).entries(u"organisation"_s))
        organisations.insert(e.code, e.name(language));

    m_model->removeRows(0, m_model->rowCount());
    int keepRow = -1;
    for (const UserAccount& user : UserService(m_db).users(true)) {
        QStringList roles;
        for (Role role : user.roles)
            roles << roleName(role);
        auto* login = new QStandardItem(user.login);
        login->setData(user.id, UserIdRole);
        auto* active = new QStandardItem(user.active ? tr("yes") : tr("no"));
        QList<QStandardItem*> row{login, new QStandardItem(user.fullName), new QStandardItem(roles.join(u", "_s)),
                                  new QStandardItem(organisations.value(user.organisationCode, user.organisationCode)),
                                  active};
        if (!user.active) {
            for (QStandardItem* item : row)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
        if (user.id == keep)
            keepRow = m_model->rowCount();
        m_model->appendRow(row);
    }
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(std::max(keepRow, 0), Login));
    m_view->resizeColumnsToContents();
    updateButtons();
}

void UsersTab::updateButtons()
{
    const bool admin = m_session.has(Role::Administrator);
    const bool haveUser = !currentUserId().isEmpty();
    m_add->setEnabled(admin);
    m_edit->setEnabled(haveUser); // without the right it opens read-only
    m_reset->setEnabled(admin && haveUser);
    m_signingLevel->setEnabled(admin && haveUser);
    showSigningLevel();
}

void UsersTab::showSigningLevel()
{
    const QString id = currentUserId();
    const int index = m_signingLevel->findData(id.isEmpty() ? QString() : UserService(m_db).signingLevel(id));
    const QSignalBlocker block(m_signingLevel);
    m_signingLevel->setCurrentIndex(std::max(index, 0));
}

void UsersTab::setSigningLevel(int comboIndex)
{
    const QString id = currentUserId();
    if (id.isEmpty())
        return;
    const QString level = m_signingLevel->itemData(comboIndex).toString();
    Problems problems;
    if (UserService(m_db).setSigningLevel(m_session, id, level, &problems))
        m_status->setText(tr("The signing level of %1 was saved.").arg(m_view->currentIndex().siblingAtColumn(Login).data().toString()));
    else
        m_status->setText(describe(problems));
    showSigningLevel();
}

void UsersTab::addUser()
{
    UserAccount account;
    account.active = true;
    UserDialog dialog(m_db, m_session, account, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectLogin(dialog.account().login);
    m_status->setText(tr("The user %1 was created.").arg(dialog.account().login));
}

void UsersTab::editUser()
{
    const QString id = currentUserId();
    if (id.isEmpty())
        return;
    for (const UserAccount& user : UserService(m_db).users(true)) {
        if (user.id != id)
            continue;
        UserDialog dialog(m_db, m_session, user, this);
        if (dialog.exec() == QDialog::Accepted) {
            reload();
            m_status->setText(tr("The user %1 was saved.").arg(user.login));
        }
        return;
    }
}

void UsersTab::resetPassword()
{
    const QString id = currentUserId();
    if (id.isEmpty() || !m_session.has(Role::Administrator))
        return;
    for (const UserAccount& user : UserService(m_db).users(true)) {
        if (user.id != id)
            continue;
        PasswordResetDialog dialog(m_db, m_session, user, this);
        if (dialog.exec() == QDialog::Accepted)
            m_status->setText(
                tr("The password of %1 was set; they choose their own at the next sign-in.").arg(user.login));
        return;
    }
}

void UsersTab::retranslate()
{
    m_model->setHorizontalHeaderLabels({tr("Login"), tr("Full name"), tr("Roles"), tr("Organisation"), tr("Active")});
    m_add->setText(tr("&Add user…"));
    m_add->setToolTip(tr("Add a user (Ins)"));
    m_edit->setText(tr("&Edit…"));
    m_edit->setToolTip(tr("Edit the selected user (Enter, F2, double-click)"));
    m_reset->setText(tr("&Reset password…"));
    m_reset->setToolTip(tr("Set a new password; the user chooses their own at the next sign-in"));
    m_signingLabel->setText(tr("Si&gns answers as:"));
    m_signingLevel->setToolTip(tr("The level at which the selected user signs answers (I-88: the signing matrix)"));
    {
        const QSignalBlocker block(m_signingLevel);
        m_signingLevel->clear();
        m_signingLevel->addItem(tr("(does not sign)"), QString());
        for (const QString& level : SigningMatrix::levels())
            m_signingLevel->addItem(SigningMatrix::levelName(level), level);
    }
    showSigningLevel();
    if (!m_session.has(Role::Administrator)) {
        m_add->setToolTip(tr("Only an administrator can change users"));
        m_reset->setToolTip(tr("Only an administrator can change users"));
    }
}

void UsersTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload(); // role and organisation names
    }
    QWidget::changeEvent(event);
}

} // namespace armcpg
