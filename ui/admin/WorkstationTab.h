#pragma once

#include "security/Session.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace armcpg {

class Database;
class DirectoryComboBox;

// This workstation: where its data lives (SQLite file or PostgreSQL server), the device id it writes as (sync,
// numbering) and the organisation it belongs to. An administrator may correct the id, e.g. to give a reinstalled
// laptop back its identity; it is checked to be a UUID and saved with Database::setDeviceIdentity.
class WorkstationTab : public QWidget
{
    Q_OBJECT

public:
    WorkstationTab(Database& db, const Session& session, QWidget* parent = nullptr);

    QLineEdit* deviceIdField() const { return m_deviceId; }
    DirectoryComboBox* organisationBox() const { return m_organisation; }
    QPushButton* saveButton() const { return m_save; }
    QString problemText() const;

public slots:
    void reload();
    bool save();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Database& m_db;
    Session m_session;
    QLabel* m_databaseLabel;
    QLabel* m_database;
    QLabel* m_deviceIdLabel;
    QLineEdit* m_deviceId;
    QLabel* m_organisationLabel;
    DirectoryComboBox* m_organisation;
    QLabel* m_warning;
    QPushButton* m_save;
    QLabel* m_problems;
    QLabel* m_status;
};

} // namespace armcpg
