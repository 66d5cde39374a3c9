#include "AppealForm.h"

#include "appeal/AppealView.h"

#include "appeal/AppealService.h"
#include "directory/DirectoryComboBox.h"
#include "reception/CardService.h"
#include "security/UserService.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
QDate parseDate(const QString& text)
{
    const QString t = text.trimmed();
    for (const QString& format : {u"dd.MM.yyyy"_s, u"d.M.yyyy"_s, u"yyyy-MM-dd"_s}) {
        const QDate d = QDate::fromString(t, format);
        if (d.isValid())
            return d;
    }
    return {};
}

QString dateText(const QDate& d) { return d.isValid() ? d.toString(u"dd.MM.yyyy"_s) : QString(); }

// The field names AppealService gives its problems, and the editor each names (see fieldOf).
struct FieldName
{
    const char* label;
    const char* editor;
};
const FieldName kFields[] = {
    {QT_TRANSLATE_NOOP("AppealForm", "Kind"), "kind"},
    {QT_TRANSLATE_NOOP("AppealForm", "Procedural regime"), "regime"},
    {QT_TRANSLATE_NOOP("AppealForm", "Form"), "form"},
    {QT_TRANSLATE_NOOP("AppealForm", "Channel"), "channel"},
    {QT_TRANSLATE_NOOP("AppealForm", "Legal entity"), "legal"},
    {QT_TRANSLATE_NOOP("AppealForm", "Applicant"), "applicantName"},
    {QT_TRANSLATE_NOOP("AppealForm", "IIN"), "iin"},
    {QT_TRANSLATE_NOOP("AppealForm", "BIN"), "bin"},
    {QT_TRANSLATE_NOOP("AppealForm", "Address"), "address"},
    {QT_TRANSLATE_NOOP("AppealForm", "Co-applicants"), "coApplicants"},
    {QT_TRANSLATE_NOOP("AppealForm", "Representative"), "representative"},
    {QT_TRANSLATE_NOOP("AppealForm", "Addressee"), "addressee"},
    {QT_TRANSLATE_NOOP("AppealForm", "Subject"), "subject"},
    {QT_TRANSLATE_NOOP("AppealForm", "Respondent official"), "respondent"},
    {QT_TRANSLATE_NOOP("AppealForm", "Essence"), "essence"},
    {QT_TRANSLATE_NOOP("AppealForm", "Language"), "language"},
    {QT_TRANSLATE_NOOP("AppealForm", "Received on"), "receivedOn"},
    {QT_TRANSLATE_NOOP("AppealForm", "Results required"), "resultsRequired"},
    {QT_TRANSLATE_NOOP("AppealForm", "Control authority"), "controlAuthority"},
    {QT_TRANSLATE_NOOP("AppealForm", "Learned of the act on"), "learnedOn"},
};
} // namespace

AppealForm::AppealForm(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session), m_title(new QLabel), m_mark(new QLabel),
      m_problemList(new QListWidget), m_kind(new DirectoryComboBox(db, u"appeal_kind"_s)),
      m_regime(new DirectoryComboBox(db, u"procedural_regime"_s)), m_form(new DirectoryComboBox(db, u"appeal_form"_s)),
      m_channel(new DirectoryComboBox(db, u"appeal_channel"_s)),
      m_language(new DirectoryComboBox(db, u"protocol_language"_s)), m_legal(new QCheckBox), m_name(new QLineEdit),
      m_iin(new QLineEdit), m_bin(new QLineEdit), m_address(new QLineEdit), m_coApplicants(new QPlainTextEdit),
      m_representative(new QLineEdit), m_addressee(new QLineEdit), m_subject(new QLineEdit),
      m_respondent(new QComboBox), m_essence(new QPlainTextEdit), m_receivedOn(new QLineEdit),
      m_resultsRequired(new QCheckBox), m_controlAuthority(new QLineEdit), m_learnedOn(new QLineEdit),
      m_save(new QPushButton), m_cancel(new QPushButton), m_side(new QVBoxLayout)
{
    m_title->setObjectName(u"title"_s);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    m_mark->setObjectName(u"mark"_s);
    m_mark->setWordWrap(true);
    m_problemList->setObjectName(u"problems"_s);
    m_problemList->setMaximumHeight(m_problemList->fontMetrics().height() * 6);
    m_problemList->setStyleSheet(u"color: #b00020;"_s);
    m_problemList->hide();
    connect(m_problemList, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const int i = m_problemList->row(item);
        if (i >= 0 && i < m_problems.size()) {
            if (QWidget* w = fieldOf(m_problems.at(i)))
                w->setFocus(Qt::OtherFocusReason);
        }
    });

    m_respondent->addItem(QString(), QString());
    for (const UserAccount& u : UserService(db).users(false))
        m_respondent->addItem(u.fullName, u.id);
    for (QPlainTextEdit* e : {m_coApplicants, m_essence})
        e->setTabChangesFocus(true);
    m_coApplicants->setMaximumHeight(m_coApplicants->fontMetrics().height() * 4);
    for (QLineEdit* e : {m_receivedOn, m_learnedOn})
        e->setMaxLength(10);

    QList<QWidget*> widgets = {m_kind,           m_regime,         m_form,       m_channel,
                               m_legal,          m_name,           m_iin,        m_bin,
                               m_address,        m_coApplicants,   m_representative, m_addressee,
                               m_subject,        m_respondent,     m_essence,    m_language,
                               m_receivedOn,     m_resultsRequired, m_controlAuthority, m_learnedOn};
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (int i = 0; i < widgets.size(); ++i) {
        QWidget* w = widgets.at(i);
        const QString name = QString::fromLatin1(kFields[i].editor);
        w->setObjectName(name);
        m_editors.insert(name, w);
        auto* label = new QLabel;
        label->setBuddy(w);
        m_labels.insert(name, label);
        form->addRow(label, w);
    }
    auto* fields = new QWidget;
    auto* fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->addLayout(form);
    fieldsLayout->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus);

    auto* side = new QWidget;
    side->setLayout(m_side);
    m_side->setContentsMargins(0, 0, 0, 0);
    m_side->addStretch(1);
    auto* splitter = new QSplitter;
    splitter->addWidget(scroll);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    scroll->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    splitter->setSizes({900, 300});

    m_save->setObjectName(u"save"_s);
    m_cancel->setObjectName(u"cancel"_s);
    connect(m_save, &QPushButton::clicked, this, &AppealForm::save);
    connect(m_cancel, &QPushButton::clicked, this, &AppealForm::cancel);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_mark);
    layout->addWidget(m_problemList);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    for (const QKeySequence& key : {QKeySequence(Qt::CTRL | Qt::Key_S), QKeySequence(Qt::CTRL | Qt::Key_Return),
                                    QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* s = new QShortcut(key, this, this, [this] { save(); });
        s->setContext(Qt::WidgetWithChildrenShortcut);
    }
    auto* esc = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &AppealForm::cancel);
    esc->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_kind, &DirectoryComboBox::codeChanged, this, &AppealForm::updateKindDependent);
    connect(m_legal, &QCheckBox::toggled, this, &AppealForm::updateKindDependent);
    setFocusProxy(m_kind);
    retranslate();
    newAppeal();
}

void AppealForm::retranslate()
{
    for (const FieldName& f : kFields)
        m_labels.value(QString::fromLatin1(f.editor))->setText(tr(f.label) + u':');
    m_receivedOn->setPlaceholderText(tr("dd.mm.yyyy"));
    m_learnedOn->setPlaceholderText(tr("dd.mm.yyyy"));
    m_coApplicants->setPlaceholderText(tr("One applicant a line"));
    m_representative->setPlaceholderText(tr("Name and the document of authority"));
    m_save->setText(tr("Save (Ctrl+S)"));
    m_cancel->setText(tr("Cancel (Esc)"));
    refreshHeader();
}

void AppealForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AppealForm::refreshHeader()
{
    if (m_appeal.id.isEmpty())
        m_title->setText(tr("New appeal"));
    else
        m_title->setText(tr("Appeal %1 of %2").arg(m_appeal.number, dateText(m_appeal.registeredOn)));
    const QString mark = AppealView::markText(m_db, m_appeal);
    m_mark->setText(mark);
    m_mark->setVisible(!mark.isEmpty());
}

void AppealForm::updateKindDependent()
{
    // I-71, D24: the day the person learned of the act matters for complaints.
    const bool complaint = m_kind->currentCode() == u"complaint";
    m_learnedOn->setEnabled(complaint || !m_learnedOn->text().isEmpty());
    // I-39: a legal entity has a BIN, a person an IIN.
    m_iin->setEnabled(!m_legal->isChecked() || !m_iin->text().isEmpty());
    m_bin->setEnabled(m_legal->isChecked() || !m_bin->text().isEmpty());
}

void AppealForm::newAppeal()
{
    Appeal a;
    a.receivedOn = m_db.clock().today();
    m_appeal = Appeal();
    setValues(a);
    showProblems({});
    refreshHeader();
    emit shown();
}

bool AppealForm::openAppeal(const QString& id)
{
    auto a = AppealService(m_db).load(id);
    if (!a)
        return false;
    m_appeal = *a;
    // A reception's appeal comes from the card without the registrar's part: a written appeal through the
    // personal-reception channel, received on the day of the reception.
    Appeal prefilled = *a;
    if (prefilled.fromReception) {
        if (prefilled.channelCode.isEmpty())
            prefilled.channelCode = u"personal_reception"_s;
        if (prefilled.formCode.isEmpty())
            prefilled.formCode = u"paper"_s;
        if (!prefilled.receptionCardId.isEmpty()) {
            if (const auto card = CardService(m_db).load(prefilled.receptionCardId)) {
                if (!prefilled.receivedOn.isValid())
                    prefilled.receivedOn = card->date("reception_date");
                // The postal address for the answer (I-2(11): without one the appeal reads as anonymous).
                if (prefilled.applicantAddress.isEmpty())
                    prefilled.applicantAddress = card->text("actual_address").trimmed().isEmpty()
                                                     ? card->text("registered_address").trimmed()
                                                     : card->text("actual_address").trimmed();
                if (prefilled.applicantLegal == false && prefilled.applicantBin.isEmpty() && card->flag("legal_entity"))
                    prefilled.applicantLegal = true;
            }
        }
    }
    if (!prefilled.receivedOn.isValid())
        prefilled.receivedOn = prefilled.registeredOn;
    setValues(prefilled);
    showProblems({});
    refreshHeader();
    emit shown();
    return true;
}

void AppealForm::setValues(const Appeal& a)
{
    m_kind->setCurrentCode(a.kindCode);
    m_regime->setCurrentCode(a.regimeCode);
    m_form->setCurrentCode(a.formCode);
    m_channel->setCurrentCode(a.channelCode);
    m_language->setCurrentCode(a.language);
    m_legal->setChecked(a.applicantLegal);
    m_name->setText(a.applicantName);
    m_iin->setText(a.applicantIin);
    m_bin->setText(a.applicantBin);
    m_address->setText(a.applicantAddress);
    m_coApplicants->setPlainText(a.coApplicants.join(u'\n'));
    m_representative->setText(a.representative);
    m_addressee->setText(a.addressee);
    m_subject->setText(a.subject);
    const int r = a.respondentUserId.isEmpty() ? 0 : m_respondent->findData(a.respondentUserId);
    m_respondent->setCurrentIndex(qMax(0, r));
    m_essence->setPlainText(a.essence);
    m_receivedOn->setText(dateText(a.receivedOn));
    m_resultsRequired->setChecked(a.resultsRequired);
    m_controlAuthority->setText(a.controlAuthority);
    m_learnedOn->setText(dateText(a.learnedOn));
    // The mark is the card's; the channel of a reception appeal is fixed by it.
    m_channel->setEnabled(!a.fromReception);
    updateKindDependent();
}

Appeal AppealForm::appeal() const
{
    Appeal a = m_appeal;
    a.kindCode = m_kind->currentCode();
    a.regimeCode = m_regime->currentCode();
    a.formCode = m_form->currentCode();
    a.channelCode = m_channel->currentCode();
    a.language = m_language->currentCode();
    a.applicantLegal = m_legal->isChecked();
    a.applicantName = m_name->text().trimmed();
    a.applicantIin = m_iin->text().trimmed();
    a.applicantBin = m_bin->text().trimmed();
    a.applicantAddress = m_address->text().trimmed();
    a.coApplicants.clear();
    for (const QString& line : m_coApplicants->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            a.coApplicants << line.trimmed();
    }
    a.representative = m_representative->text().trimmed();
    a.addressee = m_addressee->text().trimmed();
    a.subject = m_subject->text().trimmed();
    a.respondentUserId = m_respondent->currentData().toString();
    a.essence = m_essence->toPlainText().trimmed();
    a.receivedOn = parseDate(m_receivedOn->text());
    a.resultsRequired = m_resultsRequired->isChecked();
    a.controlAuthority = m_controlAuthority->text().trimmed();
    a.learnedOn = parseDate(m_learnedOn->text());
    return a;
}

bool AppealForm::save()
{
    Appeal a = appeal();
    Problems problems;
    // What the record cannot say: a date typed that is no date, a directory name typed that is not in the list.
    if (!m_learnedOn->text().trimmed().isEmpty() && !a.learnedOn.isValid())
        problems.append({tr("Learned of the act on"), tr("Learned of the act on: not a date (dd.mm.yyyy)")});
    if (!m_receivedOn->text().trimmed().isEmpty() && !a.receivedOn.isValid())
        problems.append({tr("Received on"), tr("Received on: not a date (dd.mm.yyyy)")});
    for (DirectoryComboBox* box : {m_kind, m_regime, m_form, m_channel, m_language}) {
        if (box->currentCode().isEmpty() && !box->currentText().trimmed().isEmpty()) {
            const QString field = m_labels.value(box->objectName())->text().chopped(1);
            problems.append({field, tr("%1: \"%2\" is not in the directory").arg(field, box->currentText())});
        }
    }
    if (a.learnedOn.isValid() && a.learnedOn > m_db.clock().today())
        problems.append({tr("Learned of the act on"), tr("Learned of the act on: the date is in the future")});
    AppealService appeals(m_db);
    bool ok = problems.isEmpty();
    if (ok)
        ok = a.id.isEmpty() ? appeals.registerAppeal(m_session, &a, &problems) : appeals.update(m_session, &a, &problems);
    if (!ok) {
        showProblems(problems);
        return false;
    }
    m_appeal = a;
    setValues(a);
    showProblems({});
    refreshHeader();
    emit saved(a.id);
    return true;
}

void AppealForm::cancel()
{
    const Appeal now = appeal();
    const Appeal& was = m_appeal;
    const bool changed = now.kindCode != was.kindCode || now.regimeCode != was.regimeCode
                      || now.applicantName != was.applicantName || now.essence != was.essence
                      || now.subject != was.subject || now.applicantAddress != was.applicantAddress;
    if (changed && !was.id.isEmpty()) {
        const auto answer = QMessageBox::question(this, tr("Appeal"), tr("Discard the changes?"),
                                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    showProblems({});
    emit cancelled();
}

QWidget* AppealForm::fieldOf(const Problem& problem) const
{
    for (const FieldName& f : kFields) {
        if (problem.field == QCoreApplication::translate("AppealService", f.label) || problem.field == tr(f.label))
            return m_editors.value(QString::fromLatin1(f.editor));
    }
    return nullptr;
}

void AppealForm::showProblems(const Problems& problems)
{
    m_problems = problems;
    m_problemList->clear();
    for (const Problem& p : problems)
        m_problemList->addItem(p.message.isEmpty() ? p.field : p.message);
    m_problemList->setVisible(!problems.isEmpty());
    for (const FieldName& f : kFields) {
        QLabel* label = m_labels.value(QString::fromLatin1(f.editor));
        bool named = false;
        for (const Problem& p : problems)
            named = named || fieldOf(p) == m_editors.value(QString::fromLatin1(f.editor));
        label->setStyleSheet(named ? u"color: #b00020; font-weight: bold;"_s : QString());
    }
    for (const Problem& p : problems) {
        if (QWidget* w = fieldOf(p)) {
            w->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
}

} // namespace armcpg
