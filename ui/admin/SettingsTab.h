#pragma once

#include "security/Session.h"

#include <QWidget>

class QCheckBox;
class QLabel;

namespace armcpg {

class Database;

// Settings an administrator chooses for every workstation (AppSettings: synced and audited). Each change is saved
// at once; a refused change is undone on screen and the reason shown.
class SettingsTab : public QWidget
{
    Q_OBJECT

public:
    static const char* const ReceiptDayCountsKey; // "deadline.receipt_day_counts": "1" or "0", default "0"

    SettingsTab(Database& db, const Session& session, QWidget* parent = nullptr);

    QCheckBox* receiptDayCountsBox() const { return m_receiptDayCounts; }
    QString problemText() const;

public slots:
    void reload();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void saveReceiptDayCounts(bool counts);

    Database& m_db;
    Session m_session;
    QCheckBox* m_receiptDayCounts;
    QLabel* m_receiptDayExplanation;
    QLabel* m_problems;
    QLabel* m_status;
};

} // namespace armcpg
