#pragma once

#include "security/Session.h"
#include "prereg/PreRegistration.h"
#include "schedule/ReceptionLevel.h"

#include <QDate>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace armcpg {

class Database;
class PreRegistrationService;
class ScheduleService;

// The Pre-registration section (issue 7, rules-000 §4.3, §4.4): a reception is picked (official and day, from the
// approved schedule's days of the month), its requests listed with their counts, the last day of intake
// and the due dates of the справки shown. Ctrl+N signs a person up, Ctrl+R refuses the selected
// request on a ground of the official's level with the explanation, Ctrl+G records the agreement with
// the subdivision, Ctrl+Shift+C closes registration. At district level there is no pre-registration and
// no refusal: those actions are not offered, and a line says so. On the day, Ctrl+K checks the
// selected person in to the queue; Ctrl+T / Ctrl+Shift+T record whether they came. Above, the справки due by the
// next working day (overdue first) are listed for the organisation (PreRegistrationReminders).
class PreRegistrationPage : public QWidget
{
    Q_OBJECT

public:
    PreRegistrationPage(Database& db, const Session& session, QWidget* parent = nullptr);
    ~PreRegistrationPage() override;

    QComboBox* organisationField() const { return m_org; }
    QString organisationCode() const;
    QDateEdit* monthField() const { return m_month; }
    QComboBox* receptionField() const { return m_reception; }
    QTableWidget* table() const { return m_table; }
    QLabel* infoLabel() const { return m_info; }
    QLabel* countsLabel() const { return m_counts; }
    QLabel* districtLabel() const { return m_district; }
    QLabel* problemsLabel() const { return m_problems; }
    QPushButton* signUpButton() const { return m_signUp; }
    QPushButton* refuseButton() const { return m_refuse; }
    QPushButton* agreementButton() const { return m_agree; }
    QPushButton* closeButton() const { return m_close; }
    QPushButton* attendedButton() const { return m_attended; }
    QPushButton* noShowButton() const { return m_noShow; }
    QPushButton* checkInButton() const { return m_checkIn; }
    QLabel* remindersLabel() const { return m_reminders; }
    QLabel* noticeLabel() const { return m_notice; }
    QPushButton* printListButton() const { return m_printList; }
    QPushButton* listPdfButton() const { return m_listPdf; }
    QPushButton* refusalLetterButton() const { return m_letter; }
    QPushButton* refusalPdfButton() const { return m_letterPdf; }
    // Asks where to save a PDF (a file dialog); tests answer it with a path.
    std::function<QString(const QString& suggestedName)> askPdfPath;
    QString scheduleId() const;
    QDate receptionOn() const;
    QString currentRequestId() const;
    void selectReception(const QString& scheduleId, const QDate& on);
    void selectRequest(const QString& id);

public slots:
    void reloadReceptions();
    void reload();
    void signUp();
    void refuse();
    void recordAgreement();
    void closeRegistration();
    // On the reception day: the selected person signed up checks in to the queue (PreRegistrationCheckIn); the
    // ticket's number is shown and goes into the Ticket column.
    void checkIn();
    // The list of persons signed up and the refusal letter of the selected request (R-20, R-26,
    // print preview or PDF, in the interface's language (Kazakh, else Russian).
    void printList();
    void exportListPdf();
    void printRefusalLetter();
    void exportRefusalPdf();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showProblems(const QStringList& problems);
    void showReminders();
    void recordAttendance(bool attended);
    std::optional<PreRegistration> refusedRequest();

    Database& m_db;
    Session m_session;
    ScheduleService* m_schedules;
    PreRegistrationService* m_service;
    QLabel* m_title;
    QLabel* m_orgLabel;
    QComboBox* m_org;
    QLabel* m_monthLabel;
    QDateEdit* m_month;
    QLabel* m_receptionLabel;
    QComboBox* m_reception;
    QLabel* m_info;
    QLabel* m_district;
    QLabel* m_counts;
    QLabel* m_problems;
    QLabel* m_reminders;
    QLabel* m_notice;
    QTableWidget* m_table;
    QPushButton* m_signUp;
    QPushButton* m_refuse;
    QPushButton* m_agree;
    QPushButton* m_close;
    QPushButton* m_attended;
    QPushButton* m_noShow;
    QPushButton* m_checkIn;
    QPushButton* m_printList;
    QPushButton* m_listPdf;
    QPushButton* m_letter;
    QPushButton* m_letterPdf;
    ReceptionLevel m_level = ReceptionLevel::None;
};

} // namespace armcpg
