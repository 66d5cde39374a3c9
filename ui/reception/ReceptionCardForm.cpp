#include "ReceptionCardForm.h"

#include "appeal/AppealService.h"

#include "directory/DirectoryComboBox.h"
#include "directory/DirectoryRepository.h"
#include "i18n/Translator.h"
#include "identity/Iin.h"
#include "identity/KatoCode.h"
#include "reception/CardPrint.h"
#include "reception/DutyPost.h"
#include "reception/EmergencyRegime.h"
#include "reception/KatoPicker.h"
#include "security/UserService.h"
#include "storage/Database.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QBoxLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
const QString kNewDraft = u"new"_s;
const QString kDateFormat = u"dd.MM.yyyy"_s;

const CardField& fieldOf(const QString& column)
{
    return *CardField::find(column);
}

// "11. Surname *": the number of the paper form, the label, and the mark of a mandatory field.
QString titleOf(const CardField& f, bool marked)
{
    QString text = f.translatedLabel();
    text.replace(u'&', u"&&"_s);
    if (f.lp1 > 0)
        text = u"%1. %2"_s.arg(f.lp1).arg(text);
    if (marked)
        text += u" *"_s;
    return text;
}

// Dates are typed as 21.11.2026 (also 1.3.2026, 21112026 or 2026-11-21); an empty text is no date.
QDate parseDate(const QString& text, bool* ok)
{
    const QString t = text.trimmed();
    *ok = true;
    if (t.isEmpty())
        return {};
    for (const QString& format : {u"dd.MM.yyyy"_s, u"d.M.yyyy"_s, u"ddMMyyyy"_s, u"yyyy-MM-dd"_s, u"dd/MM/yyyy"_s}) {
        const QDate d = QDate::fromString(t, format);
        if (d.isValid())
            return d;
    }
    *ok = false;
    return {};
}

// 9:30, 930, 0930 and 09.30 become 09:30; anything else stays as typed for the card's check to name.
QString normalisedTime(const QString& text)
{
    static const QRegularExpression time(u"^(\\d{1,2})[:.\\s]?(\\d{2})$"_s);
    const QString t = text.trimmed();
    const QRegularExpressionMatch m = time.match(t);
    if (m.hasMatch()) {
        const int h = m.captured(1).toInt();
        const int min = m.captured(2).toInt();
        if (h < 24 && min < 60)
            return u"%1:%2"_s.arg(h, 2, 10, QChar(u'0')).arg(min, 2, 10, QChar(u'0'));
    }
    return t;
}

void setMessage(QLabel* label, const QString& text, bool error)
{
    label->setText(text);
    label->setProperty("error", error);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, error ? QColor(0xb0, 0x00, 0x20) : QColor(0x40, 0x60, 0x40));
    label->setPalette(palette);
    label->setVisible(!text.isEmpty());
}

QString shown(const QString& value)
{
    if (value.isEmpty())
        return u"—"_s;
    return value.size() > 200 ? value.left(200) + u"…"_s : value;
}
} // namespace

ReceptionCardForm::ReceptionCardForm(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session), m_cards(db)
{
    build();
    setupShortcuts();
    setupTabOrder();
    updateTexts();

    m_autosave = new QTimer(this);
    m_autosave->setInterval(5000);
    connect(m_autosave, &QTimer::timeout, this, &ReceptionCardForm::autosave);
    m_autosave->start();
    m_visitTimer = new QTimer(this);
    m_visitTimer->setSingleShot(true);
    m_visitTimer->setInterval(300);
    connect(m_visitTimer, &QTimer::timeout, this, &ReceptionCardForm::refreshVisits);

    newCardWithoutDraft({}, {}, {});
}

ReceptionCardForm::~ReceptionCardForm()
{
    m_autosave->stop();
    m_visitTimer->stop();
    // Closing moves the focus out of a field, whose editingFinished must not reach a half-destroyed form.
    const auto children = findChildren<QObject*>();
    for (QObject* child : children)
        child->disconnect(this);
}

void ReceptionCardForm::setAutosaveInterval(int ms)
{
    m_autosave->setInterval(ms);
}

// ---- building -----------------------------------------------------------------------------------------------

void ReceptionCardForm::build()
{
    m_title = new QLabel;
    m_title->setObjectName(u"title"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);

    m_problemList = new QListWidget;
    m_problemList->setObjectName(u"problems"_s);
    m_problemList->setFocusPolicy(Qt::ClickFocus);
    m_problemList->hide();
    QPalette palette = m_problemList->palette();
    palette.setColor(QPalette::Text, QColor(0xb0, 0x00, 0x20));
    m_problemList->setPalette(palette);
    connect(m_problemList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { focusColumn(item->data(Qt::UserRole).toString()); });
    connect(m_problemList, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { focusColumn(item->data(Qt::UserRole).toString()); });

    auto* content = new QWidget;
    // Two columns on a wide screen, one on a narrow one (a laptop, or beside the journal): never a field hidden
    // behind a horizontal scroll bar.
    m_columns = new QBoxLayout(QBoxLayout::LeftToRight, content);
    auto* left = new QVBoxLayout;
    auto* right = new QVBoxLayout;
    left->addWidget(buildRegistration());
    left->addWidget(buildApplicant());
    left->addWidget(buildAddresses());
    left->addWidget(buildQuestion());
    left->addStretch();
    right->addWidget(buildReception());
    right->addWidget(buildRecord());
    right->addWidget(buildComments());
    right->addStretch();
    m_columns->addLayout(left);
    m_columns->addLayout(right);
    m_left = left;
    m_right = right;

    m_scroll = new QScrollArea;
    m_scroll->setObjectName(u"scroll"_s);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->viewport()->installEventFilter(this);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_scroll);
    splitter->addWidget(buildSidePanel());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    m_appealNote = new QLabel;
    m_appealNote->setObjectName(u"appealNote"_s);
    m_appealButton = new QPushButton;
    m_appealButton->setObjectName(u"openAppeal"_s);
    m_appealButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_appealButton->hide();
    connect(m_appealButton, &QPushButton::clicked, this, [this] {
        if (!m_appealId.isEmpty())
            emit appealRequested(m_appealId);
    });
    m_texts << [this] { m_appealButton->setText(tr("Complete the appeal's registration… (Ctrl+Shift+R)")); };
    m_saveButton = new QPushButton;
    m_saveButton->setObjectName(u"save"_s);
    m_printButton = new QPushButton;
    m_printButton->setObjectName(u"print"_s);
    m_protocolButton = new QPushButton;
    m_protocolButton->setObjectName(u"printProtocol"_s);
    connect(m_protocolButton, &QPushButton::clicked, this, &ReceptionCardForm::printProtocol);
    m_cancelButton = new QPushButton;
    m_cancelButton->setObjectName(u"cancel"_s);
    connect(m_saveButton, &QPushButton::clicked, this, &ReceptionCardForm::save);
    connect(m_printButton, &QPushButton::clicked, this, &ReceptionCardForm::print);
    connect(m_cancelButton, &QPushButton::clicked, this, &ReceptionCardForm::cancel);
    // The duty post: shown, and changed, where a duty prosecutor or an administrator is signed in.
    m_dutyNote = new QLabel;
    m_dutyNote->setObjectName(u"dutyNote"_s);
    m_dutyButton = new QPushButton;
    m_dutyButton->setObjectName(u"dutyPost"_s);
    m_dutyButton->setVisible(DutyPost::maySet(m_session));
    connect(m_dutyButton, &QPushButton::clicked, this, &ReceptionCardForm::editDutyPost);
    m_texts << [this] {
        m_dutyButton->setText(tr("Duty post… (Ctrl+D)"));
        refreshDutyPost();
    };
    m_texts << [this] {
        m_saveButton->setText(tr("Save (Ctrl+S)"));
        m_printButton->setText(tr("Print preview (Ctrl+P)"));
        m_protocolButton->setText(tr("Oral appeal protocol (Ctrl+Shift+P)"));
        m_cancelButton->setText(tr("Cancel (Esc)"));
    };

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_dutyButton);
    buttons->addWidget(m_dutyNote);
    buttons->addWidget(m_appealNote, 1);
    buttons->addWidget(m_appealButton);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_protocolButton);
    buttons->addWidget(m_cancelButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_problemList);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
}

QGroupBox* ReceptionCardForm::group(const char* name, std::function<QString()> title, QFormLayout** form)
{
    auto* box = new QGroupBox;
    box->setObjectName(QString::fromLatin1(name));
    *form = new QFormLayout(box);
    (*form)->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    (*form)->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_texts << [box, title] { box->setTitle(title()); };
    return box;
}

QWidget* ReceptionCardForm::buildRegistration()
{
    QFormLayout* form;
    QGroupBox* box = group(
        "registration", [] { return tr("Registration (1–8)"); }, &form);
    addCode(form, "organisation_code");
    m_number = addText(form, "number");
    m_number->setReadOnly(true);
    m_number->setFocusPolicy(Qt::ClickFocus);
    m_tabChain.removeAll(m_number);
    m_texts << [this] { m_number->setPlaceholderText(tr("given at the first save")); };
    addText(form, "queue_number");
    addDate(form, "queued_on");
    addFlag(form, "out_of_schedule");
    m_online = addFlag(form, "online");
    m_vksOnlyNote = addMessage(form, u"vksOnlyNote"_s); // why the box is checked and locked
    m_vksOnlyNote->setWordWrap(true);
    m_vksOnlyNote->setStyleSheet(u"color: #b00020;"_s);
    m_texts << [this] {
        const bool binds = m_vksOnlyNote->property("binds").toBool();
        m_vksOnlyNote->setText(
            binds ? tr("Reception by videoconference only: a state of emergency or quarantine is in force (R-11). %1")
                        .arg(m_vksOnlyNote->property("reason").toString())
                        .trimmed()
                  : QString());
    };
    addFlag(form, "legal_entity");
    m_resident = addFlag(form, "resident");
    connect(m_resident, &QCheckBox::toggled, this, &ReceptionCardForm::onResidentToggled);
    return box;
}

QWidget* ReceptionCardForm::buildApplicant()
{
    QFormLayout* form;
    QGroupBox* box = group(
        "applicant", [] { return tr("Applicant (9–18)"); }, &form);

    // LP1-9: male or female; the IIN fills it.
    m_sex = new QComboBox;
    m_sex->setObjectName(u"sex"_s);
    m_sex->addItem(QString(), QString());
    m_sex->addItem(QString(), u"male"_s);
    m_sex->addItem(QString(), u"female"_s);
    m_texts << [this] {
        m_sex->setItemText(1, tr("male"));
        m_sex->setItemText(2, tr("female"));
    };
    addLabel(form, "sex", m_sex);
    form->addRow(m_labels.value(u"sex"_s), m_sex);
    m_editors.insert(u"sex"_s, {m_sex, [this] { return QVariant(m_sex->currentData().toString()); },
                                [this](const QVariant& v) {
                                    int row = m_sex->findData(v.toString());
                                    if (row < 0) { // something else from an old record or an import: kept
                                        m_sex->addItem(v.toString(), v.toString());
                                        row = m_sex->count() - 1;
                                    }
                                    m_sex->setCurrentIndex(row);
                                }});
    watch(m_sex);
    m_tabChain << m_sex;

    m_iin = addText(form, "iin");
    m_iin->setInputMethodHints(Qt::ImhDigitsOnly);
    m_iinMessage = addMessage(form, u"iinMessage"_s);
    connect(m_iin, &QLineEdit::textChanged, this, &ReceptionCardForm::onIinEdited);
    connect(m_iin, &QLineEdit::textChanged, this, &ReceptionCardForm::scheduleVisits);
    m_noIin = addFlag(form, "no_iin");
    connect(m_noIin, &QCheckBox::toggled, this, &ReceptionCardForm::updateTexts);

    QLineEdit* surname = addText(form, "surname");
    QLineEdit* givenName = addText(form, "given_name");
    connect(surname, &QLineEdit::textChanged, this, &ReceptionCardForm::scheduleVisits);
    connect(givenName, &QLineEdit::textChanged, this, &ReceptionCardForm::scheduleVisits);
    addText(form, "patronymic");
    addText(form, "occupation");
    addCode(form, "nationality_code");
    addCode(form, "citizenship_code");
    m_birthDate = addDate(form, "birth_date");
    connect(m_birthDate, &QLineEdit::editingFinished, this, &ReceptionCardForm::updateAgeGroup);
    connect(m_birthDate, &QLineEdit::textChanged, this, &ReceptionCardForm::scheduleVisits);
    m_ageGroup = addCode(form, "age_group_code");
    addCode(form, "social_status_code");
    return box;
}

QWidget* ReceptionCardForm::buildAddresses()
{
    QFormLayout* form;
    QGroupBox* box = group(
        "addresses", [] { return tr("Addresses and phones (19–22)"); }, &form);
    addText(form, "registered_address");
    addKato(form, "registered_kato");
    addText(form, "actual_address");
    addKato(form, "actual_kato");
    addPhone(form, "home_phone");
    addPhone(form, "mobile_phone");
    return box;
}

QWidget* ReceptionCardForm::buildQuestion()
{
    QFormLayout* form;
    QGroupBox* box = group(
        "question", [] { return tr("Question and decision (23–25)"); }, &form);
    addCode(form, "topic_code");
    m_presiding = addUser(form, "presiding_name", "presiding_user_id");
    addCode(form, "decision_code");
    return box;
}

QWidget* ReceptionCardForm::buildReception()
{
    QFormLayout* form;
    QGroupBox* box = group(
        "reception", [] { return tr("The reception (26–29, 31–34)"); }, &form);
    m_receptionDate = addDate(form, "reception_date");
    connect(m_receptionDate, &QLineEdit::editingFinished, this, &ReceptionCardForm::updateAgeGroup);
    // R-11 binds receptions from the day of the switch on: a reception entered late, held before it, is free again.
    connect(m_receptionDate, &QLineEdit::editingFinished, this, [this] {
        if (m_loading)
            return;
        applyEmergencyRegime(card());
        updateTexts();
    });
    m_receptionTime = addText(form, "reception_time");
    m_texts << [this] { m_receptionTime->setPlaceholderText(tr("HH:MM")); };
    connect(m_receptionTime, &QLineEdit::editingFinished, this, [this] {
        const QString t = normalisedTime(m_receptionTime->text());
        if (t != m_receptionTime->text())
            m_receptionTime->setText(t);
    });
    m_editors[u"reception_time"_s].get = [this] { return QVariant(normalisedTime(m_receptionTime->text())); };
    addKato(form, "place_kato");
    addText(form, "place_addressee");
    m_official = addUser(form, "official_name", "official_user_id");
    addText(form, "secretary");
    addLongText(form, "present", 2);
    addCode(form, "protocol_language");
    return box;
}

QWidget* ReceptionCardForm::buildRecord()
{
    QFormLayout* form;
    QGroupBox* box = group(
        "record", [] { return tr("Record of the reception (R-6, R-7, R-10, R-11, R-13, R-45, R-47–R-51)"); }, &form);
    // a duty reception in a detention facility names the facility first; the type and the name go together.
    m_facilityType = addCode(form, "facility_type_code");
    m_facilityName = addText(form, "facility_name");
    connect(m_facilityType, &DirectoryComboBox::codeChanged, this, [this] {
        if (!m_loading)
            updateTexts();
    });
    connect(m_facilityName, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (!m_loading && text.trimmed().isEmpty() != (m_facilityName->property("wasEmpty").toBool()))
            updateTexts();
        m_facilityName->setProperty("wasEmpty", text.trimmed().isEmpty());
    });
    m_facilityName->setProperty("wasEmpty", true);
    addCode(form, "reception_language");
    addText(form, "identity_document");
    addFlag(form, "representative");
    addText(form, "representative_authority");
    addText(form, "interpreter");
    addFlag(form, "videoconference_consent");
    addFlag(form, "recording_notified");
    addLongText(form, "oral_appeal");
    addFlag(form, "oral_answer_given");
    addLongText(form, "oral_answer");
    addFlag(form, "requirements_explained");
    addLongText(form, "staff_invited", 2);
    addFlag(form, "written_appeal_accepted");
    addLongText(form, "measures_taken"); // what the duty prosecutor did about it
    return box;
}

QWidget* ReceptionCardForm::buildComments()
{
    QFormLayout* form;
    QGroupBox* box = group(
        "comments", [] { return tr("Comments (30, 35, 36)"); }, &form);
    addLongText(form, "applicant_comment");
    addLongText(form, "comment");
    m_notHeld = addLongText(form, "not_held_reason", 2);
    connect(m_notHeld, &QPlainTextEdit::textChanged, this, [this] {
        const bool held = m_notHeld->toPlainText().trimmed().isEmpty();
        if (held != m_held) {
            m_held = held;
            updateTexts();
        }
    });
    return box;
}

QWidget* ReceptionCardForm::buildSidePanel()
{
    m_side = new QTabWidget;
    m_side->setObjectName(u"side"_s);
    m_side->setMinimumWidth(m_side->fontMetrics().averageCharWidth() * 45);

    auto* visits = new QWidget;
    auto* visitLayout = new QVBoxLayout(visits);
    m_visitNote = new QLabel;
    m_visitNote->setObjectName(u"visitNote"_s);
    m_visitNote->setWordWrap(true);
    m_visitTable = new QTableWidget(0, 2); // the box and date; the card in words, one line each, to fit beside the form
    m_visitTable->setObjectName(u"earlierVisits"_s);
    m_visitTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_visitTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_visitTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_visitTable->verticalHeader()->hide();
    m_visitTable->horizontalHeader()->setStretchLastSection(true);
    m_visitTable->setWordWrap(true);
    m_visitTable->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    connect(m_visitTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() == 0 && !m_loading)
            setLinked(item->data(Qt::UserRole).toString(), item->checkState() == Qt::Checked);
    });
    visitLayout->addWidget(m_visitNote);
    visitLayout->addWidget(m_visitTable, 1);
    m_side->addTab(visits, QString());

    m_historyTree = new QTreeWidget;
    m_historyTree->setObjectName(u"history"_s);
    m_historyTree->setColumnCount(3);
    m_historyTree->setWordWrap(true);
    m_side->addTab(m_historyTree, QString());

    m_texts << [this] {
        m_visitTable->setHorizontalHeaderLabels({tr("Date"), tr("Earlier card")});
        m_historyTree->setHeaderLabels({tr("When"), tr("Who"), tr("What changed")});
        m_side->setTabText(0,
                           m_visits.isEmpty() ? tr("Earlier visits") : tr("Earlier visits (%1)").arg(m_visits.size()));
        m_side->setTabText(1, tr("History"));
    };
    return m_side;
}

QLabel* ReceptionCardForm::addLabel(QFormLayout*, const char* column, QWidget* buddy)
{
    const QString col = QString::fromLatin1(column);
    auto* label = new QLabel;
    label->setObjectName(col + u".label"_s);
    label->setBuddy(buddy);
    m_labels.insert(col, label);
    m_texts << [this, label, col] {
        const bool marked = isMarked(col);
        label->setText(titleOf(fieldOf(col), marked));
        label->setToolTip(marked ? tr("Required") : QString());
    };
    return label;
}

QLabel* ReceptionCardForm::addMessage(QFormLayout* form, const QString& objectName)
{
    auto* message = new QLabel;
    message->setObjectName(objectName);
    QFont small = message->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    message->setFont(small);
    message->hide();
    form->addRow(QString(), message);
    return message;
}

void ReceptionCardForm::watch(QWidget* widget)
{
    if (auto* edit = qobject_cast<QLineEdit*>(widget))
        connect(edit, &QLineEdit::textChanged, this, &ReceptionCardForm::changed);
    else if (auto* text = qobject_cast<QPlainTextEdit*>(widget))
        connect(text, &QPlainTextEdit::textChanged, this, &ReceptionCardForm::changed);
    else if (auto* check = qobject_cast<QCheckBox*>(widget))
        connect(check, &QCheckBox::toggled, this, &ReceptionCardForm::changed);
    else if (auto* kato = qobject_cast<KatoPicker*>(widget)) {
        connect(kato, &KatoPicker::codeChanged, this, &ReceptionCardForm::changed);
        for (DirectoryComboBox* box : {kato->regionBox(), kato->districtBox(), kato->settlementBox()})
            connect(box, &QComboBox::editTextChanged, this, &ReceptionCardForm::changed);
    } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
        connect(combo, &QComboBox::currentIndexChanged, this, &ReceptionCardForm::changed);
        connect(combo, &QComboBox::editTextChanged, this, &ReceptionCardForm::changed);
    }
}

QLineEdit* ReceptionCardForm::addText(QFormLayout* form, const char* column)
{
    const QString col = QString::fromLatin1(column);
    auto* edit = new QLineEdit;
    edit->setObjectName(col);
    form->addRow(addLabel(form, column, edit), edit);
    m_editors.insert(col, {edit, [edit] { return QVariant(edit->text()); },
                           [edit](const QVariant& v) { edit->setText(v.toString()); }});
    watch(edit);
    m_tabChain << edit;
    return edit;
}

QPlainTextEdit* ReceptionCardForm::addLongText(QFormLayout* form, const char* column, int lines)
{
    const QString col = QString::fromLatin1(column);
    auto* edit = new QPlainTextEdit;
    edit->setObjectName(col);
    edit->setTabChangesFocus(true); // Tab goes on through the form; Enter makes a new line
    const int lineHeight = edit->fontMetrics().lineSpacing();
    edit->setMinimumHeight(lineHeight * lines + 12);
    edit->setMaximumHeight(lineHeight * (lines + 3) + 12);
    form->addRow(addLabel(form, column, edit), edit);
    m_editors.insert(col, {edit, [edit] { return QVariant(edit->toPlainText()); },
                           [edit](const QVariant& v) { edit->setPlainText(v.toString()); }});
    watch(edit);
    m_tabChain << edit;
    return edit;
}

QCheckBox* ReceptionCardForm::addFlag(QFormLayout* form, const char* column)
{
    const QString col = QString::fromLatin1(column);
    auto* check = new QCheckBox;
    check->setObjectName(col);
    form->addRow(check);
    m_texts << [check, col] { check->setText(titleOf(fieldOf(col), false)); };
    m_editors.insert(col, {check, [check] { return QVariant(check->isChecked()); },
                           [check](const QVariant& v) { check->setChecked(v.toBool()); }});
    watch(check);
    m_tabChain << check;
    return check;
}

QLineEdit* ReceptionCardForm::addDate(QFormLayout* form, const char* column)
{
    const QString col = QString::fromLatin1(column);
    auto* edit = new QLineEdit;
    edit->setObjectName(col);
    edit->setMaxLength(20);
    form->addRow(addLabel(form, column, edit), edit);
    QLabel* message = addMessage(form, col + u".message"_s);
    m_texts << [edit] { edit->setPlaceholderText(tr("dd.mm.yyyy")); };
    connect(edit, &QLineEdit::editingFinished, this, [edit, message] {
        bool ok = false;
        const QDate d = parseDate(edit->text(), &ok);
        if (d.isValid() && d.toString(kDateFormat) != edit->text())
            edit->setText(d.toString(kDateFormat));
        setMessage(message, ok ? QString() : tr("\"%1\" is not a date that exists (dd.mm.yyyy)").arg(edit->text()),
                   true);
    });
    connect(edit, &QLineEdit::textEdited, message, [message] { message->hide(); });
    m_editors.insert(col, {edit,
                           [edit] {
                               bool ok = false;
                               const QDate d = parseDate(edit->text(), &ok);
                               return d.isValid() ? QVariant(d) : QVariant();
                           },
                           [edit, message](const QVariant& v) {
                               edit->setText(v.toDate().isValid() ? v.toDate().toString(kDateFormat) : v.toString());
                               message->hide();
                           }});
    watch(edit);
    m_tabChain << edit;
    return edit;
}

DirectoryComboBox* ReceptionCardForm::addCode(QFormLayout* form, const char* column)
{
    const QString col = QString::fromLatin1(column);
    auto* box = new DirectoryComboBox(m_db, QString::fromLatin1(fieldOf(col).directory));
    box->setObjectName(col);
    box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(box->lineEdit(), &QLineEdit::editingFinished, box, [box] { box->lineEdit()->setCursorPosition(0); });
    form->addRow(addLabel(form, column, box), box);
    m_editors.insert(col, {box, [box] { return QVariant(box->currentCode()); },
                           [box](const QVariant& v) { box->setCurrentCode(v.toString()); }});
    watch(box);
    m_tabChain << box;
    return box;
}

KatoPicker* ReceptionCardForm::addKato(QFormLayout* form, const char* column)
{
    const QString col = QString::fromLatin1(column);
    auto* picker = new KatoPicker(m_db);
    picker->setObjectNames(col);
    form->addRow(addLabel(form, column, picker), picker);
    m_editors.insert(col, {picker, [picker] { return QVariant(picker->code()); },
                           [picker](const QVariant& v) { picker->setCode(v.toString()); }});
    watch(picker);
    m_tabChain << picker->tabChain();
    return picker;
}

QLineEdit* ReceptionCardForm::addPhone(QFormLayout* form, const char* column)
{
    QLineEdit* edit = addText(form, column);
    edit->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_texts << [edit] { edit->setPlaceholderText(tr("8 701 234 56 78")); };
    QLabel* message = addMessage(form, edit->objectName() + u".message"_s);
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, message] { normalisePhone(edit, message); });
    connect(edit, &QLineEdit::textEdited, message, [message] { message->hide(); });
    return edit;
}

QComboBox* ReceptionCardForm::addUser(QFormLayout* form, const char* column, const char* idColumn)
{
    const QString col = QString::fromLatin1(column);
    auto* box = new QComboBox;
    box->setObjectName(col);
    box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    auto* completer = new QCompleter(box->model(), box);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    box->setCompleter(completer);
    pickFirstCompletionOnEnter(completer);
    form->addRow(addLabel(form, column, box), box);
    // The name is what the form shows and prints; the user id says which account it was. Both are set together.
    m_editors.insert(col, {box, [box] { return QVariant(box->currentText().trimmed()); }, [](const QVariant&) {}});
    m_editors.insert(QString::fromLatin1(idColumn),
                     {box,
                      [box] {
                          const int row = box->findText(box->currentText().trimmed(), Qt::MatchFixedString);
                          return QVariant(row >= 0 ? box->itemData(row).toString() : QString());
                      },
                      [](const QVariant&) {}});
    watch(box);
    m_tabChain << box;
    return box;
}

void ReceptionCardForm::fillUsers()
{
    UserService users(m_db);
    const QList<UserAccount> all = users.users(false);
    for (QComboBox* box : {m_presiding, m_official}) {
        const QString keep = box->currentText();
        box->clear();
        box->addItem(QString(), QString());
        for (const UserAccount& u : all) {
            const bool offered = box == m_presiding ? u.has(Role::Head) // LP1-24
                                                    : (u.has(Role::ReceptionProsecutor) || u.has(Role::DutyProsecutor)
                                                       || u.has(Role::Head));
            if (offered)
                box->addItem(u.fullName, u.id);
        }
        box->setEditText(keep);
    }
}

void ReceptionCardForm::selectUser(QComboBox* box, const QString& id, const QString& name)
{
    int row = id.isEmpty() ? -1 : box->findData(id);
    if (row < 0 && !name.isEmpty())
        row = box->findText(name, Qt::MatchFixedString);
    if (row < 0 && (!id.isEmpty() || !name.isEmpty())) {
        // No longer active or not holding the role now: the card keeps whom it named.
        box->addItem(name.isEmpty() ? id : name, id);
        row = box->count() - 1;
    }
    box->setCurrentIndex(std::max(row, 0));
    if (row <= 0)
        box->setEditText(QString());
}

void ReceptionCardForm::setupShortcuts()
{
    auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
        return s;
    };
    shortcut(QKeySequence::Save, [this] { save(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { save(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { save(); });
    shortcut(QKeySequence(Qt::Key_Escape), [this] { cancel(); });
    shortcut(QKeySequence::Print, [this] { print(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), [this] { printProtocol(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_D), [this] {
        if (DutyPost::maySet(m_session))
            editDutyPost();
    });
}

void ReceptionCardForm::setupTabOrder()
{
    QList<QWidget*> chain = m_tabChain;
    chain << m_saveButton << m_printButton << m_protocolButton << m_cancelButton << m_dutyButton << m_visitTable
          << m_historyTree;
    for (int i = 0; i + 1 < chain.size(); ++i)
        setTabOrder(chain.at(i), chain.at(i + 1));
}

// ---- marks and texts ----------------------------------------------------------------------------------------

bool ReceptionCardForm::isMarked(const QString& column) const
{
    if (column == u"iin")
        return m_resident && m_resident->isChecked(); // residents give an IIN; others may state they have none
    // the facility's type and name go together; either one given marks the other.
    if (column == u"facility_name")
        return m_facilityType && !m_facilityType->currentCode().isEmpty();
    if (column == u"facility_type_code")
        return m_facilityName && !m_facilityName->text().trimmed().isEmpty();
    const CardField& f = fieldOf(column);
    if (f.lp1 >= 31 && f.lp1 <= 33)
        return f.mandatory && m_held; // LP1-36: not held, then who held it is not asked
    return f.mandatory;
}

void ReceptionCardForm::updateTexts()
{
    for (const auto& text : std::as_const(m_texts))
        text();
    refreshTitle();
}

void ReceptionCardForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateTexts();
        onIinEdited();
        refreshVisits();
        refreshHistory();
    }
    QWidget::changeEvent(event);
}

void ReceptionCardForm::refreshTitle()
{
    if (!m_title)
        return;
    QString title =
        m_card.id.isEmpty() ? tr("New reception card (ЛП-1)") : tr("Reception card (ЛП-1) No. %1").arg(m_card.number());
    // The service decides (CardService::save refuses with the reason); the form only says so beforehand.
    const bool records = m_session.has(Role::Operator) || m_session.has(Role::ReceptionProsecutor)
                         || m_session.has(Role::DutyProsecutor) || m_session.has(Role::Head);
    if (!records)
        title += u"  "_s + tr("(read only: your roles do not record receptions)");
    m_saveButton->setEnabled(records);
    m_title->setText(title);
    const QString appeal = m_card.id.isEmpty() ? QString() : m_cards.appealNumberOf(m_card.id);
    m_appealNote->setText(appeal.isEmpty() ? QString()
                                           : tr("Appeal %1 registered from this reception (R-51)").arg(appeal));
    const auto registered = appeal.isEmpty() ? std::nullopt : AppealService(m_db).byNumber(appeal);
    m_appealId = registered ? registered->id : QString();
    m_appealButton->setVisible(!m_appealId.isEmpty());
}

// ---- values -------------------------------------------------------------------------------------------------

ReceptionCard ReceptionCardForm::card() const
{
    ReceptionCard c;
    c.id = m_card.id;
    c.version = m_card.version;
    for (const CardField& f : CardField::all()) {
        const QString col = QLatin1String(f.column);
        if (col == u"number") {
            if (!m_card.number().isEmpty())
                c.set("number", m_card.number());
            continue;
        }
        const auto it = m_editors.constFind(col);
        if (it == m_editors.cend())
            continue;
        const QVariant v = it->get();
        if (!v.isValid() || (v.metaType().id() == QMetaType::QString && v.toString().isEmpty()))
            continue;
        c.values.insert(col, v);
    }
    if (!m_linked.isEmpty())
        c.set("linked_cards", m_linked.join(u','));
    return c;
}

void ReceptionCardForm::setValues(const ReceptionCard& card)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (it.key() == u"iin")
            continue; // last: its message reads the rest
        it->set(card.value(it.key().toLatin1().constData()));
    }
    m_iin->setText(card.text("iin"));
    m_number->setText(card.number());
    selectUser(m_presiding, card.text("presiding_user_id"), card.text("presiding_name"));
    selectUser(m_official, card.text("official_user_id"), card.text("official_name"));
    m_linked = card.text("linked_cards").split(u',', Qt::SkipEmptyParts);
    m_noIin->setEnabled(!m_resident->isChecked() || m_noIin->isChecked());
    m_held = card.isHeld();
    applyEmergencyRegime(card);
    m_loading = wasLoading;
    updateTexts();
    onIinEdited();
    showStarts();
}

void ReceptionCardForm::applyEmergencyRegime(const ReceptionCard& card)
{
    // under a state of emergency or quarantine the reception is by videoconference: field 6 is checked and
    // locked, and the line under it says why. A card recorded before the switch keeps its own (EmergencyRegime::binds).
    EmergencyRegime regime(m_db);
    const bool binds = regime.binds(card);
    if (binds)
        m_online->setChecked(true);
    m_online->setEnabled(!binds);
    m_vksOnlyNote->setProperty("binds", binds);
    m_vksOnlyNote->setProperty("reason", binds ? regime.state().reason : QString());
    m_vksOnlyNote->setVisible(binds); // its text: updateTexts()
}

void ReceptionCardForm::showStarts()
{
    // A long "code — name" shows its beginning, not its end, in a field that is not being typed in.
    const auto boxes = findChildren<QComboBox*>();
    for (QComboBox* box : boxes) {
        if (box->lineEdit() && !box->hasFocus())
            box->lineEdit()->setCursorPosition(0);
    }
}

ReceptionCard ReceptionCardForm::defaults(const QString& queueNumber, const QDate& queuedOn,
                                          const QString& language) const
{
    ReceptionCard c;
    const QString organisation = m_db.organisationCode();
    c.set("organisation_code", organisation);
    c.set("resident", true);
    c.set("reception_date", m_db.clock().today());
    c.set("reception_time", m_db.clock().now().toLocalTime().time().toString(u"HH:mm"_s));
    DirectoryRepository directories(m_db);
    if (const auto org = directories.entry(u"organisation"_s, organisation)) {
        const QString kato = org->attributes.value(u"kato"_s);
        if (!kato.isEmpty() && directories.exists(u"kato"_s, kato))
            c.set("place_kato", kato); // LP1-28: where this office receives
    }
    if (!queueNumber.isEmpty())
        c.set("queue_number", queueNumber);
    if (queuedOn.isValid())
        c.set("queued_on", queuedOn);
    if (!language.isEmpty()) {
        c.set("reception_language", language);
        c.set("protocol_language", language);  // LP1-34, the same unless changed
    }
    const UserAccount& me = m_session.user();
    if (m_session.has(Role::ReceptionProsecutor) || m_session.has(Role::DutyProsecutor) || m_session.has(Role::Head)) {
        if (!me.id.isEmpty()) {
            c.set("official_user_id", me.id); // LP1-31: who is signed in holds the reception
            c.set("official_name", me.fullName);
        }
    }
    DutyPost(m_db).prefill(&c); // a duty prosecutor's laptop: the facility it is in now
    return c;
}

void ReceptionCardForm::newCardWithoutDraft(const QString& queueNumber, const QDate& queuedOn, const QString& language)
{
    m_card = ReceptionCard();
    fillUsers();
    setValues(defaults(queueNumber, queuedOn, language));
    m_modified = false;
    m_draftPending = false;
    showProblems({});
    refreshVisits();
    refreshHistory();
    refreshTitle();
}

void ReceptionCardForm::newCard(const QString& queueNumber, const QDate& queuedOn, const QString& language)
{
    newCardWithoutDraft(queueNumber, queuedOn, language);
    offerDraft(kNewDraft);
    focusColumn(queueNumber.isEmpty() ? u"organisation_code"_s : u"out_of_schedule"_s);
}

bool ReceptionCardForm::openCard(const QString& id)
{
    const auto stored = m_cards.load(id);
    if (!stored)
        return false;
    m_card = *stored;
    fillUsers();
    setValues(*stored);
    m_modified = false;
    m_draftPending = false;
    showProblems({});
    offerDraft(id);
    refreshVisits();
    refreshHistory();
    refreshTitle();
    return true;
}

bool ReceptionCardForm::offerDraft(const QString& key)
{
    const auto draft = m_cards.draft(m_session, key);
    if (!draft || draft->values.isEmpty())
        return false;
    QMessageBox box(QMessageBox::Question, tr("Unsaved card"),
                    key == kNewDraft ? tr("A card that was being filled was not saved (%1). Restore it?")
                                           .arg(draft->fullName().isEmpty() ? tr("no name yet") : draft->fullName())
                                     : tr("This card has changes that were not saved. Restore them?"),
                    QMessageBox::NoButton, this);
    box.setObjectName(u"draftQuestion"_s);
    QPushButton* restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
    restore->setObjectName(u"restoreDraft"_s);
    QPushButton* discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(u"discardDraft"_s);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() != restore) {
        m_cards.discardDraft(m_session, key);
        return false;
    }
    ReceptionCard restored = *draft;
    if (key == kNewDraft) {
        restored.id.clear();
        restored.version = 0;
    } else if (restored.version > 0) {
        m_card.version = restored.version; // a change made meanwhile by someone else is then refused, not overwritten
    }
    setValues(restored);
    m_modified = true;
    m_draftPending = false;
    scheduleVisits();
    return true;
}

QString ReceptionCardForm::draftKey() const
{
    return m_card.id.isEmpty() ? kNewDraft : m_card.id;
}

void ReceptionCardForm::changed()
{
    if (m_loading)
        return;
    m_modified = true;
    m_draftPending = true;
}

void ReceptionCardForm::autosave()
{
    if (!m_draftPending || m_saving || m_loading)
        return;
    if (m_cards.saveDraft(m_session, draftKey(), card()))
        m_draftPending = false;
}

QWidget* ReceptionCardForm::editor(const QString& column) const
{
    const auto it = m_editors.constFind(column);
    return it == m_editors.cend() ? nullptr : it->focus;
}

// ---- checking and saving ------------------------------------------------------------------------------------

Problems ReceptionCardForm::formProblems() const
{
    Problems problems;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const CardField& f = fieldOf(it.key());
        if (f.type == CardField::Type::Date) {
            const auto* edit = static_cast<QLineEdit*>(it->focus);
            bool ok = false;
            parseDate(edit->text(), &ok);
            if (!ok)
                problems.append({f.translatedLabel(),
                                 tr("\"%1\" is not a date that exists (dd.mm.yyyy)").arg(edit->text().trimmed())});
        } else if (auto* box = qobject_cast<DirectoryComboBox*>(it->focus)) {
            if (!box->currentText().trimmed().isEmpty() && box->currentCode().isEmpty())
                problems.append({f.translatedLabel(), tr("\"%1\" is not in the list: type part of a name and pick it")
                                                          .arg(box->currentText().trimmed())});
        } else if (auto* picker = qobject_cast<KatoPicker*>(it->focus)) {
            if (!picker->unknownText().isEmpty())
                problems.append(
                    {f.translatedLabel(),
                     tr("\"%1\" is not in KATO: type part of a name and pick it").arg(picker->unknownText())});
        } else if (f.type == CardField::Type::Text && (it->focus == m_presiding || it->focus == m_official)) {
            const auto* box = static_cast<QComboBox*>(it->focus);
            const QString text = box->currentText().trimmed();
            if (!text.isEmpty() && box->findText(text, Qt::MatchFixedString) < 0)
                problems.append({f.translatedLabel(),
                                 tr("\"%1\" is not in the list of officials: pick a name from the list").arg(text)});
        }
    }
    return problems;
}

bool ReceptionCardForm::save()
{
    if (m_saving)
        return false;
    // What is being typed counts: a phone or a date left without Tab is read as it stands.
    for (const char* column : {"home_phone", "mobile_phone"}) {
        auto* edit = static_cast<QLineEdit*>(editor(QString::fromLatin1(column)));
        const QString n = CardService::normalizedPhone(edit->text());
        if (!n.isEmpty() && n != edit->text())
            edit->setText(n);
    }
    ReceptionCard c = card();
    Problems problems = formProblems();
    QSet<QString> named;
    for (const Problem& p : std::as_const(problems))
        named << p.field;
    for (const Problem& p : m_cards.validate(c)) {
        if (!named.contains(p.field) || p.field.isEmpty())
            problems << p;
    }
    if (!problems.isEmpty()) {
        // In form order, so that the first problem named is the first field to fix.
        QHash<QString, int> order;
        int i = 0;
        for (const CardField& f : CardField::all())
            order.insert(f.translatedLabel(), i++);
        std::stable_sort(problems.begin(), problems.end(), [&order](const Problem& a, const Problem& b) {
            return order.value(a.field, -1) < order.value(b.field, -1);
        });
        showProblems(problems);
        return false;
    }
    m_saving = true;
    const bool wasNew = c.id.isEmpty();
    const bool hadAppeal = !m_appealId.isEmpty() && !wasNew;
    problems.clear();
    const bool ok = m_cards.save(m_session, &c, &problems);
    m_saving = false;
    if (!ok) {
        showProblems(problems);
        return false;
    }
    m_cards.discardDraft(m_session, wasNew ? kNewDraft : c.id);
    m_card = c;
    if (const auto stored = m_cards.load(c.id)) { // the form shows what was stored
        m_card = *stored;
        setValues(*stored);
    }
    m_modified = false;
    m_draftPending = false;
    showProblems({});
    refreshHistory();
    refreshTitle();
    emit saved(m_card.id);
    if (!hadAppeal && !m_appealId.isEmpty())
        m_appealButton->setFocus(Qt::OtherFocusReason); // offered: Space or Enter opens its registration
    return true;
}

QString ReceptionCardForm::columnOfProblem(const Problem& problem) const
{
    for (const CardField& f : CardField::all()) {
        if (f.translatedLabel() == problem.field)
            return QLatin1String(f.column);
    }
    return {};
}

void ReceptionCardForm::showProblems(const Problems& problems)
{
    m_problems = problems;
    m_problemList->clear();
    QString first;
    for (const Problem& p : problems) {
        auto* item = new QListWidgetItem(p.toString(), m_problemList);
        const QString column = columnOfProblem(p);
        item->setData(Qt::UserRole, column);
        if (first.isEmpty())
            first = column;
    }
    // As tall as the problems, up to six lines; more scroll.
    const int rows = std::min<int>(int(problems.size()), 6);
    const int rowHeight = problems.isEmpty() ? 0 : m_problemList->sizeHintForRow(0);
    m_problemList->setFixedHeight(rows * rowHeight + 2 * m_problemList->frameWidth() + 2);
    m_problemList->setVisible(!problems.isEmpty());
    if (!first.isEmpty())
        focusColumn(first);
}

void ReceptionCardForm::focusColumn(const QString& column)
{
    QWidget* widget = editor(column);
    if (!widget)
        return;
    if (auto* picker = qobject_cast<KatoPicker*>(widget)) {
        widget = picker->regionBox();
        for (QWidget* w : picker->tabChain().mid(1)) {
            if (w->isEnabled() && !static_cast<QComboBox*>(w)->currentText().isEmpty())
                widget = w;
        }
    }
    if (!widget->isEnabled())
        return;
    m_scroll->ensureWidgetVisible(widget);
    widget->setFocus(Qt::OtherFocusReason);
}

void ReceptionCardForm::cancel()
{
    if (m_modified) {
        QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                        tr("The card has changes that are not saved. Discard them?"), QMessageBox::NoButton, this);
        box.setObjectName(u"cancelQuestion"_s);
        QPushButton* discard = box.addButton(tr("Discard changes"), QMessageBox::DestructiveRole);
        discard->setObjectName(u"discardChanges"_s);
        QPushButton* keep = box.addButton(tr("Keep editing"), QMessageBox::RejectRole);
        keep->setObjectName(u"keepEditing"_s);
        box.setDefaultButton(keep);
        box.setEscapeButton(keep);
        box.exec();
        if (box.clickedButton() != discard)
            return;
        m_cards.discardDraft(m_session, draftKey());
        m_loading = true;
        if (m_card.id.isEmpty()) {
            setValues(defaults({}, {}, {}));
        } else {
            if (const auto stored = m_cards.load(m_card.id)) // as it is stored now, version included
                m_card = *stored;
            setValues(m_card);
        }
        m_loading = false;
        m_modified = false;
        m_draftPending = false;
        showProblems({});
    }
    emit cancelled();
}

void ReceptionCardForm::print()
{
    const ReceptionCard c = card();
    if (printRequested)
        printRequested(c);
    else
        CardPrint::previewCard(this, m_db, c);
}

void ReceptionCardForm::printProtocol()
{
    const ReceptionCard c = card();
    if (protocolPrintRequested)
        protocolPrintRequested(c);
    else
        CardPrint::previewCard(this, m_db, c, true);
}

// ---- the duty post (R-6, R-40) ------------------------------------------------------------------------------

void ReceptionCardForm::refreshDutyPost()
{
    if (!m_dutyNote)
        return;
    const DutyPost post(m_db);
    QString text;
    if (post.isSet()) {
        const auto type = DirectoryRepository(m_db).entryIncludingDeleted(u"facility_type"_s, post.facilityTypeCode());
        text = tr("Duty post: %1, %2")
                   .arg(type ? type->name(Translator::current()) : post.facilityTypeCode(), post.facilityName());
    } else if (DutyPost::maySet(m_session)) {
        text = tr("No duty post set");
    }
    m_dutyNote->setText(text);
    m_dutyNote->setVisible(!text.isEmpty());
}

bool ReceptionCardForm::editDutyPost()
{
    if (!DutyPost::maySet(m_session))
        return false;
    DutyPost post(m_db);
    const QString oldType = post.facilityTypeCode();
    const QString oldName = post.facilityName();

    QDialog dialog(this);
    dialog.setObjectName(u"dutyPostDialog"_s);
    dialog.setWindowTitle(tr("Duty post"));
    auto* intro = new QLabel(tr("The detention facility this workstation is in now (R-6). New cards start in it. "
                                "Leave both fields empty to clear the post."));
    intro->setWordWrap(true);
    auto* type = new DirectoryComboBox(m_db, u"facility_type"_s);
    type->setObjectName(u"dutyFacilityType"_s);
    type->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    type->setCurrentCode(oldType);
    auto* name = new QLineEdit(oldName);
    name->setObjectName(u"dutyFacilityName"_s);
    name->setMaxLength(DutyPost::kMaxNameLength);
    auto* typeLabel = new QLabel(titleOf(fieldOf(u"facility_type_code"_s), false));
    typeLabel->setBuddy(type);
    auto* nameLabel = new QLabel(titleOf(fieldOf(u"facility_name"_s), false));
    nameLabel->setBuddy(name);
    auto* message = new QLabel;
    message->setObjectName(u"dutyProblems"_s);
    message->setWordWrap(true);
    setMessage(message, QString(), true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);

    auto* fields = new QFormLayout;
    fields->addRow(typeLabel, type);
    fields->addRow(nameLabel, name);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(intro);
    layout->addLayout(fields);
    layout->addWidget(message);
    layout->addWidget(buttons);
    dialog.resize(dialog.fontMetrics().averageCharWidth() * 80, dialog.sizeHint().height());
    setTabOrder(type, name);

    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        Problems problems;
        if (!type->currentText().trimmed().isEmpty() && type->currentCode().isEmpty())
            problems.append({fieldOf(u"facility_type_code"_s).translatedLabel(),
                             tr("\"%1\" is not in the list: type part of a name and pick it")
                                 .arg(type->currentText().trimmed())});
        else if (post.set(m_session, type->currentCode(), name->text(), &problems)) {
            dialog.accept();
            return;
        }
        QStringList lines;
        for (const Problem& p : std::as_const(problems))
            lines << p.toString();
        setMessage(message, lines.join(u'\n'), true);
        for (const Problem& p : std::as_const(problems)) { // the first field named gets the focus
            if (p.field == fieldOf(u"facility_name"_s).translatedLabel()) {
                name->setFocus();
                break;
            }
            if (p.field == fieldOf(u"facility_type_code"_s).translatedLabel()) {
                type->setFocus();
                break;
            }
        }
    });
    type->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return false;
    applyDutyPost(oldType, oldName);
    refreshDutyPost();
    return true;
}

// A new card takes the post just set, where it still shows the one before (or nothing); a saved card keeps the
// facility it was recorded in.
void ReceptionCardForm::applyDutyPost(const QString& oldType, const QString& oldName)
{
    if (!m_card.id.isEmpty())
        return;
    const DutyPost post(m_db);
    const QString type = m_facilityType->currentCode();
    const QString name = m_facilityName->text().trimmed();
    if (!(type.isEmpty() || type == oldType) || !(name.isEmpty() || name == oldName))
        return;
    const bool wasModified = m_modified;
    m_facilityType->setCurrentCode(post.facilityTypeCode());
    m_facilityName->setText(post.facilityName());
    auto* place = qobject_cast<QLineEdit*>(editor(u"place_addressee"_s));
    if (place->text().trimmed().isEmpty() || (!oldName.isEmpty() && place->text().trimmed() == oldName))
        place->setText(post.facilityName());
    if (!wasModified) { // still the untouched new card: nothing of the user's to lose or keep as a draft
        m_modified = false;
        m_draftPending = false;
    }
    updateTexts();
    showStarts();
}

// ---- reactions while typing ---------------------------------------------------------------------------------

void ReceptionCardForm::onResidentToggled()
{
    if (m_resident->isChecked() && m_noIin->isChecked() && !m_loading)
        m_noIin->setChecked(false);
    m_noIin->setEnabled(!m_resident->isChecked() || m_noIin->isChecked());
    updateTexts();
}

void ReceptionCardForm::onIinEdited()
{
    const QString text = m_iin->text().trimmed();
    if (text.isEmpty()) {
        setMessage(m_iinMessage, QString(), false);
        return;
    }
    const IinInfo info = Iin::check(text);
    bool digits = true;
    for (const QChar c : text)
        digits = digits && c.isDigit();
    if (!info.valid && digits && text.size() < 12) {
        setMessage(m_iinMessage, tr("%1 of 12 digits").arg(text.size()), false);
        return;
    }
    if (!info.valid) {
        QStringList messages;
        for (const Problem& p : info.problems)
            messages << p.message;
        setMessage(m_iinMessage, messages.join(u"; "_s), true);
        return;
    }
    setMessage(m_iinMessage,
               tr("Valid: born %1, %2")
                   .arg(info.birthDate.toString(kDateFormat), info.sex == Sex::Male ? tr("male") : tr("female")),
               false);
    if (m_loading)
        return;
    // LP1-9, LP1-16, LP1-17 from the IIN; still editable afterwards.
    ReceptionCard tmp;
    tmp.set("iin", text);
    bool ok = false;
    const QDate reception = parseDate(m_receptionDate->text(), &ok);
    if (reception.isValid())
        tmp.set("reception_date", reception);
    m_cards.prefillFromIin(&tmp);
    m_editors[u"birth_date"_s].set(tmp.value("birth_date"));
    m_editors[u"sex"_s].set(tmp.value("sex"));
    if (!tmp.text("age_group_code").isEmpty())
        m_ageGroup->setCurrentCode(tmp.text("age_group_code"));
}

void ReceptionCardForm::updateAgeGroup()
{
    if (m_loading)
        return;
    bool ok = false;
    const QDate birth = parseDate(m_birthDate->text(), &ok);
    QDate on = parseDate(m_receptionDate->text(), &ok);
    if (!on.isValid())
        on = m_db.clock().today();
    if (!birth.isValid())
        return;
    const QString group = m_cards.ageGroupFor(birth, on);
    if (!group.isEmpty() && group != m_ageGroup->currentCode())
        m_ageGroup->setCurrentCode(group);
}

void ReceptionCardForm::normalisePhone(QLineEdit* edit, QLabel* message)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty()) {
        setMessage(message, QString(), true);
        return;
    }
    const QString n = CardService::normalizedPhone(text);
    if (n.isEmpty()) {
        setMessage(message, tr("\"%1\" is not a phone number (10 digits, e.g. 8 701 234 56 78)").arg(text), true);
        return;
    }
    setMessage(message, QString(), true);
    if (n != edit->text())
        edit->setText(n);
}

// ---- earlier visits and history -----------------------------------------------------------------------------

void ReceptionCardForm::scheduleVisits()
{
    if (!m_loading && m_visitTimer)
        m_visitTimer->start();
}

void ReceptionCardForm::setLinked(const QString& cardId, bool linked)
{
    if (cardId.isEmpty() || linked == m_linked.contains(cardId))
        return;
    if (linked)
        m_linked << cardId;
    else
        m_linked.removeAll(cardId);
    changed();
    // Keep the box in step when called from outside.
    for (int row = 0; row < m_visitTable->rowCount(); ++row) {
        QTableWidgetItem* item = m_visitTable->item(row, 0);
        if (item->data(Qt::UserRole).toString() == cardId && (item->checkState() == Qt::Checked) != linked) {
            const QSignalBlocker block(m_visitTable);
            item->setCheckState(linked ? Qt::Checked : Qt::Unchecked);
        }
    }
}

void ReceptionCardForm::refreshVisits()
{
    if (!m_visitTable)
        return;
    m_visits = m_cards.earlierVisits(card());
    QList<CardService::EarlierVisit> rows = m_visits;
    QSet<QString> shownIds;
    for (const auto& v : std::as_const(m_visits))
        shownIds << v.id;
    for (const QString& id : std::as_const(m_linked)) { // linked before, whatever matches now
        if (shownIds.contains(id))
            continue;
        CardService::EarlierVisit v;
        v.id = id;
        if (const auto other = m_cards.load(id)) {
            v.number = other->number();
            v.date = other->date("reception_date");
            v.topicCode = other->text("topic_code");
            v.decisionCode = other->text("decision_code");
            v.officialName = other->text("official_name");
        } else {
            v.number = id;
        }
        rows << v;
    }

    DirectoryRepository directories(m_db);
    const QString language = Translator::current();
    auto nameOf = [&](const QString& kind, const QString& code) {
        if (code.isEmpty())
            return QString();
        const auto e = directories.entryIncludingDeleted(kind, code);
        return e ? e->name(language) : code;
    };
    const bool wasLoading = m_loading;
    m_loading = true;
    {
        const QSignalBlocker block(m_visitTable);
        m_visitTable->setRowCount(0);
        m_visitTable->setRowCount(int(rows.size()));
        for (int row = 0; row < rows.size(); ++row) {
            const auto& v = rows.at(row);
            auto* link = new QTableWidgetItem(v.date.toString(kDateFormat));
            link->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            link->setCheckState(m_linked.contains(v.id) ? Qt::Checked : Qt::Unchecked);
            link->setData(Qt::UserRole, v.id);
            link->setToolTip(tr("Tick to link this card to the one being filled"));
            link->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
            m_visitTable->setItem(row, 0, link);
            // No. number / topic / decision / official, each on its line.
            QStringList lines{tr("No. %1").arg(v.number)};
            for (const QString& line :
                 {nameOf(u"topic"_s, v.topicCode), nameOf(u"reception_decision"_s, v.decisionCode), v.officialName})
                lines << (line.isEmpty() ? u"—"_s : line);
            auto* details = new QTableWidgetItem(lines.join(u'\n'));
            details->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            details->setToolTip(lines.join(u'\n'));
            details->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
            m_visitTable->setItem(row, 1, details);
        }
        m_visitTable->resizeColumnToContents(0);
        m_visitTable->resizeRowsToContents();
    }
    m_loading = wasLoading;
    if (m_visits.isEmpty()) {
        m_visitNote->setText(tr("No earlier cards of this person were found (by IIN, or by surname, given name and "
                                "date of birth)."));
    } else {
        const bool byIin = m_visits.first().sameIin;
        m_visitNote->setText(
            (byIin ? tr("This person (same IIN) has %n earlier card(s). Tick those on the same question to link them.",
                        nullptr, int(m_visits.size()))
                   : tr("%n earlier card(s) with the same name and date of birth. Tick those of this person on the "
                        "same question to link them.",
                        nullptr, int(m_visits.size()))));
        m_side->setCurrentIndex(0);
    }
    m_side->setTabText(0, m_visits.isEmpty() ? tr("Earlier visits") : tr("Earlier visits (%1)").arg(m_visits.size()));
}

void ReceptionCardForm::refreshHistory()
{
    if (!m_historyTree)
        return;
    m_historyTree->clear();
    m_side->setTabEnabled(1, !m_card.id.isEmpty());
    if (m_card.id.isEmpty())
        return;
    for (const CardService::Change& change : m_cards.history(m_card.id)) {
        const QString action = change.action == u"insert"   ? tr("created")
                               : change.action == u"update" ? tr("changed")
                               : change.action == u"delete" ? tr("deleted")
                                                            : change.action;
        auto* top = new QTreeWidgetItem(
            m_historyTree, {change.at.toLocalTime().toString(u"dd.MM.yyyy HH:mm:ss"_s), change.login, action});
        for (const auto& [column, before, after] : change.fields) {
            // The fields of the card, in words; the row's bookkeeping (id, version, clock, device) is left out.
            const CardField* f = CardField::find(column);
            if ((!f && column != u"linked_cards") || (before.isEmpty() && after.isEmpty()))
                continue;
            const QString label = f ? f->translatedLabel() : tr("Linked cards");
            auto* item = new QTreeWidgetItem(top, {QString(), label, tr("%1 → %2").arg(shown(before), shown(after))});
            item->setToolTip(2, tr("%1 → %2").arg(before, after));
        }
    }
    m_historyTree->expandAll();
    m_historyTree->resizeColumnToContents(0);
}

bool ReceptionCardForm::eventFilter(QObject* watched, QEvent* event)
{
    if (m_scroll && watched == m_scroll->viewport() && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        arrangeColumns();
    return QWidget::eventFilter(watched, event);
}

void ReceptionCardForm::arrangeColumns()
{
    const QMargins margins = m_columns->contentsMargins();
    const int twoColumns = m_left->sizeHint().width() + m_right->sizeHint().width() + m_columns->spacing()
                         + margins.left() + margins.right();
    m_columns->setDirection(m_scroll->viewport()->width() >= twoColumns ? QBoxLayout::LeftToRight
                                                                        : QBoxLayout::TopToBottom);
}

} // namespace armcpg
