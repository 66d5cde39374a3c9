#pragma once

#include "common/Problem.h"
#include "queue/QueueTicket.h"
#include "queue/TalonPrint.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class QVBoxLayout;

namespace armcpg {

class Database;

// The kiosk (issue 5): a full-screen, touch-friendly window where a visitor takes a ticket. First the language
// (Қазақша / Русский, R-45), then the service (the centre's active services), then an out-of-turn category (R-9,
// the directory priority_category), "out of town" or none; the ticket is issued as the program "kiosk" and
// its talon printed for the 80 mm receipt printer; the window shows the number and goes back to the start after a
// few seconds (or at a touch of OK). A visitor who walks away half-way is forgotten after half a minute.
// A person signed up by pre-registration chooses the pre-registered reception and checks in with their IIN (a
// keypad on screen, or the keyboard; the request's number is for the desk): the ticket carries the appointment time
// and is called then (PreRegistrationCheckIn, issue 7).
// F11 switches full screen; the window is closed by the operator with Ctrl+Shift+W.
class KioskWindow : public QWidget
{
    Q_OBJECT

public:
    enum Step { ChooseLanguage, ChooseService, ChooseCategory, Done, CheckIn };

    explicit KioskWindow(Database& db, QWidget* parent = nullptr);

    Step step() const;
    QString language() const { return m_language; }
    const QueueTicket& lastTicket() const { return m_ticket; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* numberLabel() const { return m_number; }
    QLineEdit* checkInField() const { return m_checkInKey; }
    QLabel* checkInMessage() const { return m_checkInMessage; }

    void setReturnDelay(int ms); // 8 s unless told
    void setIdleDelay(int ms);   // 30 s unless told

    // Prints the talon; the default prints on the system's default printer. Tests and kiosks without a printer
    // set their own (a PDF). Returns false with the reason when it could not print.
    std::function<bool(const Talon&, QString*)> printTalon;

public slots:
    void restart(); // back to the choice of language

signals:
    void ticketIssued(const armcpg::QueueTicket& ticket);

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildLanguagePage();
    QWidget* page(QVBoxLayout** buttons, QLabel** title);
    QPushButton* bigButton(const QString& text, const QString& objectName, QWidget* parent, int fontPt = 28);
    void chooseLanguage(const QString& code);
    void chooseService(const QString& code);
    void issue(const QString& priorityCode, bool outOfTown);
    QWidget* buildCheckInPage();
    void checkIn();
    // The Done page for the ticket issued, or for the refusal.
    void showTicket(const std::optional<QueueTicket>& ticket, const Problems& problems);
    void fillServices();
    void fillCategories();
    void clear(QVBoxLayout* layout);
    QString text(const char* source) const;
    void retranslate();

    Database& m_db;
    QStackedWidget* m_stack;
    QLabel* m_languageTitle = nullptr;
    QLabel* m_serviceTitle = nullptr;
    QLabel* m_categoryTitle = nullptr;
    QVBoxLayout* m_serviceButtons = nullptr;
    QVBoxLayout* m_categoryButtons = nullptr;
    QPushButton* m_serviceBack = nullptr;
    QPushButton* m_categoryBack = nullptr;
    QLabel* m_doneTitle = nullptr;
    QLabel* m_number = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_doneButton = nullptr;
    QLabel* m_checkInTitle = nullptr;
    QLineEdit* m_checkInKey = nullptr;
    QLabel* m_checkInMessage = nullptr;
    QPushButton* m_checkInBack = nullptr;
    QPushButton* m_checkInOk = nullptr;
    QTimer* m_return;
    QTimer* m_idle;
    QString m_language = QStringLiteral("ru");
    QString m_service;
    QueueTicket m_ticket;
};

} // namespace armcpg
