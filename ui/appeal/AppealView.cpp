#include "AppealView.h"

#include "shell/ButtonKey.h"

#include "appeal/AppealAction.h"
#include "appeal/AppealScreening.h"
#include "appeal/AppealService.h"
#include "appeal/AppealTermSource.h"
#include "directory/DirectoryRepository.h"
#include "i18n/Translator.h"
#include "reception/CardService.h"
#include "storage/Database.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
QString dateText(const QDate& d) { return d.isValid() ? d.toString(u"dd.MM.yyyy"_s) : QString(); }

// The steps of AppealAction::Kind as a person reads them (context "AppealView").
const std::pair<const char*, const char*> kStepNames[] = {
    {AppealAction::Kind::Screened, QT_TRANSLATE_NOOP("AppealView", "Screened")},
    {AppealAction::Kind::Forwarded, QT_TRANSLATE_NOOP("AppealView", "Forwarded by competence")},
    {AppealAction::Kind::DeficiencyNotice, QT_TRANSLATE_NOOP("AppealView", "Deficiency notice")},
    {AppealAction::Kind::Returned, QT_TRANSLATE_NOOP("AppealView", "Returned")},
    {AppealAction::Kind::AnonymousRedirected, QT_TRANSLATE_NOOP("AppealView", "Anonymous: redirected")},
    {AppealAction::Kind::LeftWithoutConsideration, QT_TRANSLATE_NOOP("AppealView", "Left without consideration")},
    {AppealAction::Kind::DuplicateAttached, QT_TRANSLATE_NOOP("AppealView", "Duplicate attached")},
    {AppealAction::Kind::PartSplit, QT_TRANSLATE_NOOP("AppealView", "Part split off")},
    {AppealAction::Kind::Assigned, QT_TRANSLATE_NOOP("AppealView", "Assigned")},
    {AppealAction::Kind::Transferred, QT_TRANSLATE_NOOP("AppealView", "Transferred")},
    {AppealAction::Kind::Extended, QT_TRANSLATE_NOOP("AppealView", "Term extended")},
    {AppealAction::Kind::AdditionalControl, QT_TRANSLATE_NOOP("AppealView", "Additional control")},
    {AppealAction::Kind::InspectionStarted, QT_TRANSLATE_NOOP("AppealView", "Inspection started")},
    {AppealAction::Kind::InspectionEnded, QT_TRANSLATE_NOOP("AppealView", "Inspection ended")},
    {AppealAction::Kind::HearingNotice, QT_TRANSLATE_NOOP("AppealView", "Hearing notice")},
    {AppealAction::Kind::InterimAnswer, QT_TRANSLATE_NOOP("AppealView", "Interim answer sent")},
    {AppealAction::Kind::Decided, QT_TRANSLATE_NOOP("AppealView", "Decision")},
    {AppealAction::Kind::FinalAnswer, QT_TRANSLATE_NOOP("AppealView", "Final answer sent")},
    {AppealAction::Kind::CorrespondenceTerminated, QT_TRANSLATE_NOOP("AppealView", "Correspondence terminated")},
    {AppealAction::Kind::ControlTaken, QT_TRANSLATE_NOOP("AppealView", "Taken on control")},
    {AppealAction::Kind::ControlRemoved, QT_TRANSLATE_NOOP("AppealView", "Removed from control")},
    {AppealAction::Kind::NoticeSent, QT_TRANSLATE_NOOP("AppealView", "Notice sent")},
};
// The statuses of migration 0008 as a person reads them (context "AppealView").
const std::pair<const char*, const char*> kStatusNames[] = {
    {"registered", QT_TRANSLATE_NOOP("AppealView", "registered")},
    {"in_consideration", QT_TRANSLATE_NOOP("AppealView", "in consideration")},
    {"deficiency_notified", QT_TRANSLATE_NOOP("AppealView", "deficiency notified (I-25)")},
    {"returned", QT_TRANSLATE_NOOP("AppealView", "returned (I-25)")},
    {"forwarded", QT_TRANSLATE_NOOP("AppealView", "forwarded by competence (I-31)")},
    {"redirected", QT_TRANSLATE_NOOP("AppealView", "redirected (I-42)")},
    {"left_without_consideration", QT_TRANSLATE_NOOP("AppealView", "left without consideration")},
    {"attached", QT_TRANSLATE_NOOP("AppealView", "attached to its main appeal (I-35)")},
    {"decided", QT_TRANSLATE_NOOP("AppealView", "decided")},
    {"correspondence_terminated", QT_TRANSLATE_NOOP("AppealView", "correspondence terminated (I-58)")},
    {"closed", QT_TRANSLATE_NOOP("AppealView", "closed")},
};
} // namespace

AppealView::AppealView(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session), m_terms(std::make_unique<AppealTermSource>(db)),
      m_title(new QLabel), m_mark(new QLabel), m_term(new QLabel), m_control(new QLabel), m_problems(new QLabel),
      m_info(new QLabel),
      m_fields(new QFormLayout), m_actions(new QGridLayout), m_timeline(new QTreeWidget)
{
    chooseDate = [this](const QString& title) { return askDate(title); };
    m_title->setObjectName(u"title"_s);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    m_mark->setObjectName(u"mark"_s);
    m_term->setObjectName(u"term"_s);
    m_control->setObjectName(u"control"_s);
    m_problems->setObjectName(u"problems"_s);
    m_info->setObjectName(u"info"_s);
    m_problems->setStyleSheet(u"color: #b00020; font-weight: bold;"_s);
    for (QLabel* l : {m_mark, m_term, m_control, m_info, m_problems}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_problems->hide();
    m_timeline->setObjectName(u"timeline"_s);
    m_timeline->setColumnCount(4);
    m_timeline->setRootIsDecorated(false);
    m_timeline->header()->setStretchLastSection(true);

    auto* fieldsWidget = new QWidget;
    fieldsWidget->setLayout(m_fields);
    auto* scroll = new QScrollArea;
    scroll->setWidget(fieldsWidget);
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus);

    bindKey(this, addButton(u"edit"_s, [this] { emit editRequested(m_appeal.id); }), QKeySequence(Qt::CTRL | Qt::Key_E));
    addButton(u"takeControl"_s, [this] { takeOnControl(); });
    addButton(u"removeControl"_s, [this] { removeFromControl(); });
    addButton(u"interimAnswer"_s, [this] { recordAnswer(false); });
    addButton(u"finalAnswer"_s, [this] { recordAnswer(true); });
    addButton(u"back"_s, [this] { emit closed(); });
    auto* esc = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, [this] { emit closed(); });
    esc->setContext(Qt::WidgetWithChildrenShortcut);

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(m_actions);
    rightLayout->addWidget(m_timeline, 1);
    auto* splitter = new QSplitter;
    splitter->addWidget(scroll);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    scroll->setMinimumWidth(fontMetrics().averageCharWidth() * 45);
    splitter->setSizes({600, 600});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_mark);
    layout->addWidget(m_term);
    layout->addWidget(m_control);
    layout->addWidget(m_info);
    layout->addWidget(m_problems);
    layout->addWidget(splitter, 1);
    retranslate();
}

AppealView::~AppealView() = default;

QPushButton* AppealView::addButton(const QString& name, std::function<void()> run)
{
    auto* b = new QPushButton;
    b->setObjectName(name);
    connect(b, &QPushButton::clicked, this, [run = std::move(run)] { run(); });
    const int i = int(m_buttons.size());
    m_actions->addWidget(b, i / 3, i % 3);
    m_buttons << b;
    return b;
}

QPushButton* AppealView::button(const QString& name) const
{
    for (QPushButton* b : m_buttons) {
        if (b->objectName() == name)
            return b;
    }
    return nullptr;
}

void AppealView::retranslate()
{
    button(u"edit"_s)->setText(tr("Complete / correct registration (Ctrl+E)"));
    button(u"takeControl"_s)->setText(tr("Take on control"));
    button(u"removeControl"_s)->setText(tr("Remove from control"));
    button(u"interimAnswer"_s)->setText(tr("Record interim answer…"));
    button(u"finalAnswer"_s)->setText(tr("Record final answer…"));
    button(u"back"_s)->setText(tr("Back to the lists (Esc)"));
    m_timeline->setHeaderLabels({tr("Date"), tr("Step"), tr("By"), tr("Details")});
    fill();
}

void AppealView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool AppealView::openAppeal(const QString& id)
{
    const auto a = AppealService(m_db).load(id);
    if (!a)
        return false;
    m_appeal = *a;
    showProblems({});
    fill();
    return true;
}

void AppealView::reload()
{
    if (const auto a = AppealService(m_db).load(m_appeal.id))
        m_appeal = *a;
    fill();
}

QString AppealView::directoryName(const QString& kind, const QString& code) const
{
    if (code.isEmpty())
        return {};
    const auto e = DirectoryRepository(m_db).entryIncludingDeleted(kind, code);
    return e ? e->name(Translator::current()) : code;
}

void AppealView::fill()
{
    const Appeal& a = m_appeal;
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    if (a.id.isEmpty()) {
        m_title->clear();
        m_mark->clear();
        m_term->clear();
        m_control->clear();
        m_timeline->clear();
        return;
    }
    m_title->setText(tr("Appeal %1 of %2").arg(a.number, dateText(a.registeredOn)));
    const QString mark = markText(m_db, a);
    m_mark->setText(mark);
    m_mark->setVisible(!mark.isEmpty());

    const AppealTerm term = m_terms->term(a, m_db.clock().today());
    m_term->setText(tr("Term: %1").arg(AppealTermSource::describe(term, a)));
    m_term->setToolTip(term.explanation);
    m_term->setStyleSheet(term.deemedRefused || (term.overdue && !a.finalAnswerSentOn.isValid())
                              ? u"color: #b00020; font-weight: bold;"_s
                              : QString());
    if (a.onControl())
        m_control->setText(tr("On control since %1, taken by %2 (I-53)")
                               .arg(a.controlTakenAt.toLocalTime().toString(u"dd.MM.yyyy HH:mm"_s), a.controlByLogin));
    else if (a.controlRemovedAt.isValid())
        m_control->setText(tr("Removed from control on %1 by %2")
                               .arg(a.controlRemovedAt.toLocalTime().toString(u"dd.MM.yyyy HH:mm"_s), a.controlByLogin));
    else
        m_control->setText(tr("Not on control"));
    button(u"takeControl"_s)->setEnabled(!a.onControl());
    button(u"removeControl"_s)->setEnabled(a.onControl());
    button(u"finalAnswer"_s)->setEnabled(!a.finalAnswerSentOn.isValid());

    auto row = [this](const QString& label, const QString& value) {
        if (value.trimmed().isEmpty())
            return;
        auto* v = new QLabel(value);
        v->setWordWrap(true);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_fields->addRow(label + u':', v);
    };
    row(tr("Kind"), a.kindCode.isEmpty() ? tr("(to be completed)") : directoryName(u"appeal_kind"_s, a.kindCode));
    row(tr("Procedural regime"), directoryName(u"procedural_regime"_s, a.regimeCode));
    row(tr("Form"), directoryName(u"appeal_form"_s, a.formCode));
    row(tr("Channel"), directoryName(u"appeal_channel"_s, a.channelCode));
    row(a.applicantLegal ? tr("Legal entity") : tr("Applicant"),
        a.applicantName.isEmpty() ? tr("(anonymous)") : a.applicantName);
    row(tr("IIN"), a.applicantIin);
    row(tr("BIN"), a.applicantBin);
    row(tr("Address"), a.applicantAddress);
    row(tr("Co-applicants"), a.coApplicants.join(u"; "_s));
    row(tr("Representative"), a.representative);
    row(tr("Addressee"), a.addressee);
    row(tr("Subject"), a.subject);
    row(tr("Essence"), a.essence);
    row(tr("Language"), directoryName(u"protocol_language"_s, a.language));
    row(tr("Received on"), dateText(a.receivedOn));
    row(tr("Registered on"), dateText(a.registeredOn));
    row(tr("Results required"), a.resultsRequired ? tr("yes (I-88)") : QString());
    row(tr("Control authority"), a.controlAuthority);
    row(tr("Learned of the act on"), dateText(a.learnedOn));
    row(tr("Screening"), a.screening.isEmpty() ? QString() : AppealScreening::screeningName(a.screening));
    QString status = a.status;
    for (const auto& [code, text] : kStatusNames) {
        if (a.status == QLatin1String(code))
            status = tr(text);
    }
    row(tr("Status"), status);
    row(tr("Lead executor"), a.leadExecutorLogin);
    row(tr("Decision"), a.decisionCode.isEmpty()
                            ? QString()
                            : tr("%1 on %2").arg(directoryName(u"appeal_decision"_s, a.decisionCode), dateText(a.decidedOn)));
    row(tr("Term extended to"), dateText(a.extendedTo));
    row(tr("Additional control"), a.additionalControl ? tr("yes (I-52)") : QString());
    row(tr("Inspection"), a.inspectionStartedOn.isValid()
                              ? tr("from %1 to %2").arg(dateText(a.inspectionStartedOn), dateText(a.inspectionEndedOn))
                              : QString());
    row(tr("Answer language"), directoryName(u"protocol_language"_s, a.answerLanguage));
    row(tr("Answer signed"), a.answerSignedOn.isValid() ? tr("%1 by %2").arg(dateText(a.answerSignedOn), a.answerSignedByLogin)
                                                        : QString());
    row(tr("Interim answer sent on"), dateText(a.interimAnswerSentOn));
    row(tr("Final answer sent on"), dateText(a.finalAnswerSentOn));

    m_timeline->clear();
    for (const AppealAction& step : AppealActionLog(m_db).of(a.id)) {
        QString name = step.kind;
        for (const auto& [kind, text] : kStepNames) {
            if (step.kind == QLatin1String(kind))
                name = tr(text);
        }
        QStringList details;
        for (const QString& s : {step.target, step.reason, step.documentNumber}) {
            if (!s.isEmpty())
                details << s;
        }
        if (step.dueOn.isValid())
            details << tr("due %1").arg(dateText(step.dueOn));
        auto* item = new QTreeWidgetItem(
            {dateText(step.actionOn.isValid() ? step.actionOn : step.createdAt.date()), name, step.byLogin,
             details.join(u"; "_s)});
        item->setData(1, Qt::UserRole, step.kind);
        m_timeline->addTopLevelItem(item);
    }
    m_timeline->resizeColumnToContents(0);
    m_timeline->resizeColumnToContents(1);
    emit filled();
}

void AppealView::showProblems(const Problems& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines << (p.message.isEmpty() ? p.field : p.message);
    m_problems->setText(lines.join(u'\n'));
    m_problems->setVisible(!lines.isEmpty());
}

QDate AppealView::askDate(const QString& title)
{
    QDialog dialog(this);
    dialog.setWindowTitle(title);
    auto* edit = new QDateEdit(m_db.clock().today());
    edit->setObjectName(u"date"_s);
    edit->setDisplayFormat(u"dd.MM.yyyy"_s);
    edit->setCalendarPopup(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QFormLayout(&dialog);
    layout->addRow(tr("Sent on:"), edit);
    layout->addRow(buttons);
    return dialog.exec() == QDialog::Accepted ? edit->date() : QDate();
}

void AppealView::takeOnControl()
{
    Problems problems;
    AppealService(m_db).takeOnControl(m_session, m_appeal.id, &problems);
    showProblems(problems);
    reload();
    emit changed(m_appeal.id);
}

void AppealView::removeFromControl()
{
    Problems problems;
    AppealService(m_db).removeFromControl(m_session, m_appeal.id, &problems);
    showProblems(problems);
    reload();
    emit changed(m_appeal.id);
}

void AppealView::recordAnswer(bool final)
{
    const QDate sent = chooseDate(final ? tr("Final answer sent on") : tr("Interim answer sent on"));
    if (!sent.isValid())
        return;
    Problems problems;
    AppealService(m_db).recordAnswer(m_session, m_appeal.id, sent, final, &problems);
    showProblems(problems);
    reload();
    emit changed(m_appeal.id);
}

QString AppealView::markText(Database& db, const Appeal& a)
{
    if (!a.fromReception)
        return {};
    QString card;
    if (!a.receptionCardId.isEmpty()) {
        if (const auto c = CardService(db).load(a.receptionCardId))
            card = c->number();
    }
    return card.isEmpty() ? tr("Mark: «с личного приема» (R-51)")
                          : tr("Mark: «с личного приема» (R-51), from the ЛП-1 card %1").arg(card);
}

} // namespace armcpg
