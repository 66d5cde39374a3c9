#include "KioskWindow.h"

#include "i18n/Translator.h"
#include "prereg/PreRegistrationCheckIn.h"
#include "queue/QueueConfig.h"
#include "queue/QueueService.h"
#include "queue/QueueText.h"
#include "reception/EmergencyNotice.h"
#include "security/Session.h"
#include "storage/Database.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
QFont sized(QFont font, int pt, bool bold = false)
{
    font.setPointSize(pt);
    font.setBold(bold);
    return font;
}
} // namespace

KioskWindow::KioskWindow(Database& db, QWidget* parent)
    : QWidget(parent, Qt::Window), m_db(db), m_stack(new QStackedWidget(this)), m_return(new QTimer(this)),
      m_idle(new QTimer(this))
{
    setObjectName(u"kiosk"_s);
    setAttribute(Qt::WA_AcceptTouchEvents);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 30, 40, 30);
    layout->addWidget(m_stack);
    layout->insertWidget(0, new EmergencyNotice(db, EmergencyNotice::Style::Kiosk, this)); // R-11, while on

    m_stack->addWidget(buildLanguagePage());
    m_stack->addWidget(page(&m_serviceButtons, &m_serviceTitle));
    m_stack->addWidget(page(&m_categoryButtons, &m_categoryTitle));
    m_serviceBack = m_stack->widget(ChooseService)->findChild<QPushButton*>(u"back"_s);
    m_categoryBack = m_stack->widget(ChooseCategory)->findChild<QPushButton*>(u"back"_s);
    connect(m_serviceBack, &QPushButton::clicked, this, &KioskWindow::restart);
    connect(m_categoryBack, &QPushButton::clicked, this, [this] {
        m_stack->setCurrentIndex(ChooseService);
        m_idle->start();
    });

    // The number taken, with what the talon says.
    auto* done = new QWidget(m_stack);
    auto* doneLayout = new QVBoxLayout(done);
    m_doneTitle = new QLabel(done);
    m_doneTitle->setAlignment(Qt::AlignCenter);
    m_doneTitle->setFont(sized(font(), 30));
    m_doneTitle->setWordWrap(true);
    m_number = new QLabel(done);
    m_number->setObjectName(u"number"_s);
    m_number->setAlignment(Qt::AlignCenter);
    m_number->setFont(sized(font(), 110, true));
    m_details = new QLabel(done);
    m_details->setObjectName(u"details"_s);
    m_details->setAlignment(Qt::AlignCenter);
    m_details->setFont(sized(font(), 26));
    m_details->setWordWrap(true);
    m_message = new QLabel(done);
    m_message->setObjectName(u"message"_s);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setFont(sized(font(), 22));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b00020;"_s);
    m_doneButton = bigButton(QString(), u"doneButton"_s, done);
    connect(m_doneButton, &QPushButton::clicked, this, &KioskWindow::restart);
    doneLayout->addWidget(m_doneTitle);
    doneLayout->addStretch(1);
    doneLayout->addWidget(m_number);
    doneLayout->addWidget(m_details);
    doneLayout->addWidget(m_message);
    doneLayout->addStretch(1);
    doneLayout->addWidget(m_doneButton);
    m_stack->addWidget(done);
    m_stack->addWidget(buildCheckInPage());

    m_return->setSingleShot(true);
    m_return->setInterval(8000);
    connect(m_return, &QTimer::timeout, this, &KioskWindow::restart);
    m_idle->setSingleShot(true);
    m_idle->setInterval(30000);
    connect(m_idle, &QTimer::timeout, this, &KioskWindow::restart);

    auto* fullScreen = new QShortcut(QKeySequence(Qt::Key_F11), this);
    connect(fullScreen, &QShortcut::activated, this, [this] { isFullScreen() ? showNormal() : showFullScreen(); });
    auto* close = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), this);
    connect(close, &QShortcut::activated, this, &QWidget::close);

    printTalon = [](const Talon& talon, QString* error) { return TalonPrint::printToDefaultPrinter(talon, error); };
    retranslate();
    resize(1024, 768);
}

QPushButton* KioskWindow::bigButton(const QString& text, const QString& objectName, QWidget* parent, int fontPt)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setFont(sized(font(), fontPt, true));
    button->setMinimumHeight(fontPt * 3);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}

QWidget* KioskWindow::buildLanguagePage()
{
    auto* w = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(w);
    m_languageTitle = new QLabel(w);
    m_languageTitle->setAlignment(Qt::AlignCenter);
    m_languageTitle->setFont(sized(font(), 34, true));
    m_languageTitle->setWordWrap(true);
    layout->addWidget(m_languageTitle);
    layout->addStretch(1);
    // The languages as they call themselves: the same on every workstation.
    for (const Translator::Language& l : Translator::available()) {
        if (l.code == u"en")
            continue;
        QPushButton* b = bigButton(l.nativeName, u"language_"_s + l.code, w, 40);
        b->setMinimumHeight(180);
        connect(b, &QPushButton::clicked, this, [this, code = l.code] { chooseLanguage(code); });
        layout->addWidget(b);
        layout->addSpacing(30);
    }
    layout->addStretch(1);
    return w;
}

QWidget* KioskWindow::page(QVBoxLayout** buttons, QLabel** title)
{
    auto* w = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(w);
    *title = new QLabel(w);
    (*title)->setAlignment(Qt::AlignCenter);
    (*title)->setFont(sized(font(), 30, true));
    (*title)->setWordWrap(true);
    layout->addWidget(*title);
    layout->addStretch(1);
    *buttons = new QVBoxLayout;
    (*buttons)->setSpacing(16);
    layout->addLayout(*buttons);
    layout->addStretch(1);
    auto* row = new QHBoxLayout;
    QPushButton* back = bigButton(QString(), u"back"_s, w, 22);
    back->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    row->addWidget(back);
    row->addStretch(1);
    layout->addLayout(row);
    return w;
}

KioskWindow::Step KioskWindow::step() const { return Step(m_stack->currentIndex()); }

void KioskWindow::setReturnDelay(int ms) { m_return->setInterval(ms); }

void KioskWindow::setIdleDelay(int ms) { m_idle->setInterval(ms); }

QString KioskWindow::text(const char* source) const { return QueueText::in(m_language, source); }

void KioskWindow::restart()
{
    m_return->stop();
    m_idle->stop();
    m_service.clear();
    m_stack->setCurrentIndex(ChooseLanguage);
}

void KioskWindow::clear(QVBoxLayout* layout)
{
    while (QLayoutItem* item = layout->takeAt(0)) {
        if (QWidget* w = item->widget()) { // may be the button being clicked: deleted once its click is done
            w->hide();
            w->setParent(nullptr);
            w->deleteLater();
        }
        delete item;
    }
}

void KioskWindow::chooseLanguage(const QString& code)
{
    m_language = code;
    retranslate();
    fillServices();
    m_stack->setCurrentIndex(ChooseService);
    m_idle->start();
}

void KioskWindow::fillServices()
{
    clear(m_serviceButtons);
    const QList<QueueServiceType> services = QueueConfig(m_db).services(true);
    for (const QueueServiceType& s : services) {
        QPushButton* b = bigButton(s.name(m_language), u"service_"_s + s.code, m_serviceButtons->parentWidget(), 26);
        connect(b, &QPushButton::clicked, this, [this, code = s.code] { chooseService(code); });
        m_serviceButtons->addWidget(b);
    }
    if (services.isEmpty()) {
        auto* none = new QLabel(text(QT_TRANSLATE_NOOP("QueueText", "No services are offered now.")));
        none->setFont(sized(font(), 26));
        none->setAlignment(Qt::AlignCenter);
        m_serviceButtons->addWidget(none);
    }
}

void KioskWindow::chooseService(const QString& code)
{
    m_service = code;
    if (code == PreRegistrationCheckIn::kServiceCode) {
        m_checkInKey->clear();
        m_checkInMessage->clear();
        m_stack->setCurrentIndex(CheckIn);
        m_checkInKey->setFocus();
        m_idle->start();
        return;
    }
    fillCategories();
    m_stack->setCurrentIndex(ChooseCategory);
    m_idle->start();
}

void KioskWindow::fillCategories()
{
    clear(m_categoryButtons);
    QWidget* parent = m_categoryButtons->parentWidget();
    QPushButton* none = bigButton(text(QT_TRANSLATE_NOOP("QueueText", "None of these: take a ticket")),
                                  u"noCategory"_s, parent, 24);
    connect(none, &QPushButton::clicked, this, [this] { issue({}, false); });
    m_categoryButtons->addWidget(none);
    m_categoryButtons->addSpacing(12);
    QPushButton* outOfTown = bigButton(text(QT_TRANSLATE_NOOP("QueueText", "I came from another town or district")),
                                       u"outOfTown"_s, parent, 20);
    connect(outOfTown, &QPushButton::clicked, this, [this] { issue({}, true); });
    m_categoryButtons->addWidget(outOfTown);
    for (const DirectoryEntry& c : QueueConfig(m_db).priorityCategories()) {
        QPushButton* b = bigButton(c.name(m_language), u"priority_"_s + c.code, parent, 18);
        b->setMinimumHeight(60);
        connect(b, &QPushButton::clicked, this, [this, code = c.code] { issue(code, false); });
        m_categoryButtons->addWidget(b);
    }
}

void KioskWindow::issue(const QString& priorityCode, bool outOfTown)
{
    m_idle->stop();
    TicketRequest request;
    request.serviceCode = m_service;
    request.language = m_language;
    request.priorityCode = priorityCode;
    request.outOfTown = outOfTown;
    Problems problems;
    const auto ticket = QueueService(m_db).issue(Session::program(u"kiosk"_s), request, &problems);
    showTicket(ticket, problems);
}

QWidget* KioskWindow::buildCheckInPage()
{
    auto* w = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(w);
    m_checkInTitle = new QLabel(w);
    m_checkInTitle->setAlignment(Qt::AlignCenter);
    m_checkInTitle->setFont(sized(font(), 28, true));
    m_checkInTitle->setWordWrap(true);
    m_checkInKey = new QLineEdit(w);
    m_checkInKey->setObjectName(u"checkInKey"_s);
    m_checkInKey->setFont(sized(font(), 36, true));
    m_checkInKey->setAlignment(Qt::AlignCenter);
    m_checkInKey->setMaxLength(40);
    connect(m_checkInKey, &QLineEdit::returnPressed, this, &KioskWindow::checkIn);
    connect(m_checkInKey, &QLineEdit::textEdited, this, [this] { m_idle->start(); });
    m_checkInMessage = new QLabel(w);
    m_checkInMessage->setObjectName(u"checkInMessage"_s);
    m_checkInMessage->setAlignment(Qt::AlignCenter);
    m_checkInMessage->setFont(sized(font(), 22));
    m_checkInMessage->setWordWrap(true);
    m_checkInMessage->setStyleSheet(u"color: #b00020;"_s);
    // A keypad for the touch screen: the IIN is 12 digits.
    auto* keypad = new QGridLayout;
    keypad->setSpacing(12);
    for (int digit = 0; digit <= 9; ++digit) {
        QPushButton* b = bigButton(QString::number(digit), u"key_"_s + QString::number(digit), w, 30);
        b->setFocusPolicy(Qt::NoFocus);
        connect(b, &QPushButton::clicked, this, [this, digit] {
            m_checkInKey->insert(QString::number(digit));
            m_idle->start();
        });
        keypad->addWidget(b, digit == 0 ? 3 : (digit - 1) / 3, digit == 0 ? 1 : (digit - 1) % 3);
    }
    QPushButton* erase = bigButton(u"⌫"_s, u"key_erase"_s, w, 30);
    erase->setFocusPolicy(Qt::NoFocus);
    connect(erase, &QPushButton::clicked, this, [this] { m_checkInKey->backspace(); });
    keypad->addWidget(erase, 3, 0);
    m_checkInOk = bigButton(QString(), u"checkInOk"_s, w, 26);
    m_checkInOk->setFocusPolicy(Qt::NoFocus);
    connect(m_checkInOk, &QPushButton::clicked, this, &KioskWindow::checkIn);
    keypad->addWidget(m_checkInOk, 3, 2);
    auto* pad = new QHBoxLayout;
    pad->addStretch(1);
    pad->addLayout(keypad, 2);
    pad->addStretch(1);
    m_checkInBack = bigButton(QString(), u"back"_s, w, 22);
    m_checkInBack->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    connect(m_checkInBack, &QPushButton::clicked, this, [this] {
        m_stack->setCurrentIndex(ChooseService);
        m_idle->start();
    });
    auto* row = new QHBoxLayout;
    row->addWidget(m_checkInBack);
    row->addStretch(1);
    layout->addWidget(m_checkInTitle);
    layout->addWidget(m_checkInKey);
    layout->addWidget(m_checkInMessage);
    layout->addLayout(pad, 1);
    layout->addLayout(row);
    return w;
}

void KioskWindow::checkIn()
{
    PreRegistrationCheckIn checkIn(m_db);
    const auto request = checkIn.next(m_checkInKey->text());
    if (!request) {
        // Nothing about who is signed up is shown on the public screen.
        m_checkInMessage->setText(text(QT_TRANSLATE_NOOP(
            "QueueText", "No pre-registration for today was found for this IIN. Please check it or ask the staff.")));
        m_idle->start();
        return;
    }
    m_idle->stop();
    Problems problems;
    showTicket(checkIn.checkIn(Session::program(u"kiosk"_s), request->id, m_language, &problems), problems);
}

void KioskWindow::showTicket(const std::optional<QueueTicket>& ticket, const Problems& problems)
{
    m_message->clear();
    if (!ticket) {
        m_ticket = {};
        m_number->clear();
        m_details->clear();
        m_doneTitle->setText(text(QT_TRANSLATE_NOOP("QueueText", "The ticket could not be issued. Please ask the staff.")));
        m_message->setText(describe(problems));
    } else {
        m_ticket = *ticket;
        const Talon talon = Talon::of(m_db, *ticket);
        m_doneTitle->setText(text(QT_TRANSLATE_NOOP("QueueText", "Your number")));
        m_number->setText(ticket->number);
        const QString service = m_language == u"kk" ? talon.serviceKk : talon.serviceRu;
        if (ticket->isPreRegistered())
            m_details->setText(u"%1\n%2: %3"_s.arg(
                service, text(QT_TRANSLATE_NOOP("QueueText", "You will be called at")),
                ticket->appointmentAt.toLocalTime().time().toString(u"HH:mm"_s)));
        else
            m_details->setText(u"%1\n%2: %3\n%4: %5"_s.arg(
                service, text(QT_TRANSLATE_NOOP("QueueText", "People ahead")), QString::number(talon.peopleAhead),
                text(QT_TRANSLATE_NOOP("QueueText", "Estimated wait")),
                QueueText::in(m_language, QT_TRANSLATE_NOOP("QueueText", "%n min"), talon.waitMinutes)));
        QString error;
        if (printTalon && !printTalon(talon, &error))
            m_message->setText(text(QT_TRANSLATE_NOOP("QueueText", "The talon could not be printed: please remember "
                                                                   "your number or ask the staff."))
                               + u"\n("_s + error + u')');
        emit ticketIssued(*ticket);
    }
    m_stack->setCurrentIndex(Done);
    m_return->start();
}

void KioskWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void KioskWindow::retranslate()
{
    setWindowTitle(tr("Queue kiosk"));
    m_languageTitle->setText(QueueText::in(u"kk"_s, QT_TRANSLATE_NOOP("QueueText", "Welcome! Choose the language"))
                             + u"\n"_s
                             + QueueText::in(u"ru"_s, QT_TRANSLATE_NOOP("QueueText", "Welcome! Choose the language")));
    m_serviceTitle->setText(text(QT_TRANSLATE_NOOP("QueueText", "Choose the service")));
    m_categoryTitle->setText(text(QT_TRANSLATE_NOOP("QueueText", "Do you belong to a category received out of turn?")));
    m_serviceBack->setText(text(QT_TRANSLATE_NOOP("QueueText", "Back")));
    m_categoryBack->setText(text(QT_TRANSLATE_NOOP("QueueText", "Back")));
    m_doneButton->setText(text(QT_TRANSLATE_NOOP("QueueText", "OK")));
    // The keypad has digits only: the IIN. A request number is checked in at the desk.
    m_checkInTitle->setText(text(QT_TRANSLATE_NOOP("QueueText", "Enter your IIN")));
    m_checkInOk->setText(text(QT_TRANSLATE_NOOP("QueueText", "OK")));
    m_checkInBack->setText(text(QT_TRANSLATE_NOOP("QueueText", "Back")));
}

} // namespace armcpg
