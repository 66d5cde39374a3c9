#pragma once

#include "security/Session.h"

#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace armcpg {

class Database;

// Settings an administrator chooses for every workstation (AppSettings: synced and audited). Each change is saved
// at once; a refused change is undone on screen and the reason shown.
// The group of R-11 switches reception to videoconference only under a state of emergency or quarantine
// (EmergencyRegime): a head may switch it too, giving the reason with its act.
class SettingsTab : public QWidget
{
    Q_OBJECT

public:
    static const char* const ReceiptDayCountsKey; // "deadline.receipt_day_counts": "1" or "0", default "0"
    // "deadline.registration_cutoff_inclusive": "1" or "0", default "1" (R-18, R-36; PreRegistrationService)
    static const char* const RegistrationCutoffInclusiveKey;

    SettingsTab(Database& db, const Session& session, QWidget* parent = nullptr);

    QCheckBox* receiptDayCountsBox() const { return m_receiptDayCounts; }
    QCheckBox* registrationCutoffBox() const { return m_cutoffInclusive; }
    QCheckBox* vksOnlyBox() const { return m_vksOnly; }
    QLineEdit* vksReasonEdit() const { return m_vksReason; }
    QString problemText() const;
    QString statusText() const;

public slots:
    void reload();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void saveReceiptDayCounts(bool counts);
    void saveCutoffInclusive(bool inclusive);
    bool saveFlag(const char* key, bool on);
    void switchVksOnly(bool on);
    void showProblems(const Problems& problems);

    Database& m_db;
    Session m_session;
    QCheckBox* m_receiptDayCounts;
    QLabel* m_receiptDayExplanation;
    QCheckBox* m_cutoffInclusive;
    QLabel* m_cutoffExplanation;
    QGroupBox* m_emergency;
    QLabel* m_vksReasonLabel;
    QLineEdit* m_vksReason;
    QCheckBox* m_vksOnly;
    QLabel* m_vksState;
    QLabel* m_problems;
    QLabel* m_status;
};

} // namespace armcpg
