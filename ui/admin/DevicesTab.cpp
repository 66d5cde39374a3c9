#include "DevicesTab.h"

#include "admin/DeviceRegistrationDialog.h"
#include "directory/DirectoryRepository.h"
#include "i18n/Translator.h"
#include "storage/Database.h"
#include "sync/CentralServer.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace armcpg {

DevicesTab::DevicesTab(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session), m_available(!db.isSqlite()), m_centralOnly(new QLabel),
      m_content(new QWidget), m_model(new QStandardItemModel(this)), m_view(new QTableView),
      m_register(new QPushButton), m_deactivate(new QPushButton), m_status(new QLabel)
{
    m_centralOnly->setObjectName(u"centralOnly"_s);
    m_centralOnly->setWordWrap(true);
    m_view->setObjectName(u"devices"_s);
    m_register->setObjectName(u"registerDevice"_s);
    m_deactivate->setObjectName(u"deactivateDevice"_s);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &DevicesTab::updateButtons);

    connect(m_register, &QPushButton::clicked, this, &DevicesTab::registerDevice);
    connect(m_deactivate, &QPushButton::clicked, this, &DevicesTab::deactivateDevice);
    for (QPushButton* b : {m_register, m_deactivate})
        b->setAutoDefault(false);

    // Keyboard: Ins registers, Del deactivates the selected device, wherever the focus is on this tab.
    auto* registerShortcut = new QAction(this);
    registerShortcut->setShortcut(QKeySequence(Qt::Key_Insert));
    registerShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(registerShortcut, &QAction::triggered, this, [this] {
        if (m_available && m_register->isEnabled())
            registerDevice();
    });
    addAction(registerShortcut);
    auto* deactivateShortcut = new QAction(this);
    deactivateShortcut->setShortcut(QKeySequence(Qt::Key_Delete));
    deactivateShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(deactivateShortcut, &QAction::triggered, this, [this] {
        if (m_available && m_deactivate->isEnabled())
            deactivateDevice();
    });
    addAction(deactivateShortcut);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_register);
    buttons->addWidget(m_deactivate);
    buttons->addStretch(1);
    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(buttons);
    contentLayout->addWidget(m_view, 1);
    contentLayout->addWidget(m_status);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_centralOnly);
    layout->addWidget(m_content, 1);
    if (m_available) {
        m_centralOnly->hide();
    } else {
        m_content->hide();
        layout->addStretch(1);
    }

    retranslate();
    reload();
}

QString DevicesTab::statusText() const
{
    return m_status->text();
}

QString DevicesTab::currentDeviceId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.siblingAtColumn(DeviceId).data().toString() : QString();
}

bool DevicesTab::selectDevice(const QString& deviceId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row, DeviceId)->text() == deviceId) {
            m_view->setCurrentIndex(m_model->index(row, DeviceId));
            return true;
        }
    }
    return false;
}

void DevicesTab::reload()
{
    if (!m_available) {
        updateButtons();
        return;
    }
    const QString keep = currentDeviceId();
    QHash<QString, QString> organisations;
    const QString language = Translator::current();
    for (const DirectoryEntry& e : DirectoryRepository(m_db).entries(u"organisation"_s))
        organisations.insert(e.code, e.name(language));

    m_model->removeRows(0, m_model->rowCount());
    int keepRow = -1;
    for (const RegisteredDevice& device : CentralServer(m_db).devices()) {
        auto* id = new QStandardItem(device.deviceId);
        id->setData(device.active, ActiveRole);
        const QString organisationName = organisations.value(device.organisationCode);
        auto* organisation = new QStandardItem(
            organisationName.isEmpty() ? device.organisationCode
                                       : tr("%1 — %2").arg(device.organisationCode, organisationName));
        organisation->setToolTip(organisation->text());
        QList<QStandardItem*> row{id,
                                  organisation,
                                  new QStandardItem(device.numberPrefix),
                                  new QStandardItem(device.roleName),
                                  new QStandardItem(device.name),
                                  new QStandardItem(device.active ? tr("yes") : tr("no")),
                                  new QStandardItem(device.registeredAt.toLocalTime().toString(u"dd.MM.yyyy HH:mm"_s))};
        if (!device.active) {
            for (QStandardItem* item : row)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
        if (device.deviceId == keep)
            keepRow = m_model->rowCount();
        m_model->appendRow(row);
    }
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(std::max(keepRow, 0), DeviceId));
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(Organisation, std::min(m_view->columnWidth(Organisation), 320)); // the full name in its tip
    updateButtons();
}

void DevicesTab::updateButtons()
{
    const bool admin = m_available && m_session.has(Role::Administrator);
    const QModelIndex index = m_view->currentIndex();
    const bool activeDevice = index.isValid() && index.siblingAtColumn(DeviceId).data(ActiveRole).toBool();
    m_register->setEnabled(admin);
    m_deactivate->setEnabled(admin && activeDevice);
}

void DevicesTab::registerDevice()
{
    if (!m_available)
        return;
    DeviceRegistrationDialog dialog(m_db, m_session, this);
    dialog.exec();
    if (!dialog.isRegistered())
        return;
    reload();
    selectDevice(dialog.deviceId());
    m_status->setText(
        tr("The laptop %1 is registered; it signs in as %2.").arg(dialog.deviceId(), dialog.roleName()));
    m_view->setFocus();
}

void DevicesTab::deactivateDevice()
{
    const QString id = currentDeviceId();
    if (id.isEmpty() || !m_available)
        return;
    const QString name = m_view->currentIndex().siblingAtColumn(Name).data().toString();
    QMessageBox confirm(QMessageBox::Question, tr("Deactivate device"),
                        tr("Deactivate the laptop %1%2? It can then no longer read or write on the central "
                           "database; registering it again activates it with a new password.")
                            .arg(id, name.isEmpty() ? QString() : u" (%1)"_s.arg(name)),
                        QMessageBox::Yes | QMessageBox::No, this);
    confirm.setObjectName(u"confirmDeactivate"_s);
    confirm.setDefaultButton(QMessageBox::No);
    if (confirm.exec() != QMessageBox::Yes)
        return;
    Problems problems;
    if (!CentralServer(m_db).deactivate(m_session, id, &problems)) {
        QMessageBox::warning(this, tr("Devices"), describe(problems));
        return;
    }
    reload();
    selectDevice(id);
    m_status->setText(tr("The laptop %1 is deactivated: it can no longer read or write.").arg(id));
    m_view->setFocus();
}

void DevicesTab::retranslate()
{
    m_centralOnly->setText(tr("Laptops are registered on the central database: sign in on a workstation connected "
                              "to the central PostgreSQL database, or use armcpg-cli server device add there. This "
                              "workstation keeps its data in a local file."));
    m_model->setHorizontalHeaderLabels({tr("Device id"), tr("Organisation"), tr("Number prefix"), tr("Database role"),
                                        tr("Name"), tr("Active"), tr("Registered at")});
    m_register->setText(tr("&Register…"));
    m_register->setToolTip(tr("Register a laptop on the central database (Ins)"));
    m_deactivate->setText(tr("&Deactivate…"));
    m_deactivate->setToolTip(tr("Lock the selected laptop out of the central database (Del)"));
    if (!m_session.has(Role::Administrator)) {
        m_register->setToolTip(tr("Only an administrator can register or deactivate devices"));
        m_deactivate->setToolTip(tr("Only an administrator can register or deactivate devices"));
    }
}

void DevicesTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload(); // organisation names
    }
    QWidget::changeEvent(event);
}

} // namespace armcpg
