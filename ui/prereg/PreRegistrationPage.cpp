#include "PreRegistrationPage.h"

#include "shell/ButtonKey.h"
#include "shell/PagePickers.h"

#include "appeal/AppealStepDialog.h"
#include "prereg/PreRegistrationDocuments.h"
#include "print/SchedulePrint.h"
#include "reception/CardPrint.h"
#include "directory/DirectoryRepository.h"
#include "i18n/Translator.h"
#include "prereg/PreRegistrationCheckIn.h"
#include "prereg/PreRegistrationReminders.h"
#include "prereg/PreRegistrationService.h"
#include "schedule/ScheduleService.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QStandardPaths>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
QString dateText(const QDate& d) { return d.isValid() ? d.toString(u"dd.MM.yyyy"_s) : QString(); }
QString timeText(const QTime& t) { return t.isValid() ? t.toString(u"HH:mm"_s) : QString(); }
// Printouts and the check-in ticket follow the interface: Kazakh, otherwise Russian.
QString printLanguage() { return Translator::current() == u"kk"_s ? u"kk"_s : u"ru"_s; }

QStringList lines(const Problems& problems)
{
    QStringList result;
    for (const Problem& p : problems)
        result << p.toString();
    return result;
}

QString channelName(Database& db, const QString& code)
{
    const auto e = DirectoryRepository(db).entry(u"appeal_channel"_s, code);
    return e ? e->name(Translator::current()) : code;
}
} // namespace

PreRegistrationPage::PreRegistrationPage(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session), m_schedules(new ScheduleService(db)),
      m_service(new PreRegistrationService(db)), m_title(new QLabel), m_orgLabel(new QLabel), m_org(new QComboBox), m_monthLabel(new QLabel),
      m_month(new QDateEdit), m_receptionLabel(new QLabel), m_reception(new QComboBox), m_info(new QLabel),
      m_district(new QLabel), m_counts(new QLabel), m_problems(new QLabel), m_reminders(new QLabel), m_notice(new QLabel),
      m_table(new QTableWidget),
      m_signUp(new QPushButton), m_refuse(new QPushButton), m_agree(new QPushButton), m_close(new QPushButton), m_attended(new QPushButton), m_noShow(new QPushButton), m_checkIn(new QPushButton), m_printList(new QPushButton), m_listPdf(new QPushButton), m_letter(new QPushButton), m_letterPdf(new QPushButton)
{
    setObjectName(u"preRegistrationPage"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    // The workstation's organisation by default; a centre's workstation looks at the others too.
    fillOrganisationPicker(m_org, m_db, tr("(all organisations)"));
    m_orgLabel->setBuddy(m_org);
    connect(m_org, &QComboBox::currentIndexChanged, this, &PreRegistrationPage::reloadReceptions);
    setUpMonthPicker(m_month, m_db.clock().today());
    m_monthLabel->setBuddy(m_month);
    m_reception->setObjectName(u"reception"_s);
    m_receptionLabel->setBuddy(m_reception);
    m_reception->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_month, &QDateEdit::dateChanged, this, &PreRegistrationPage::reloadReceptions);
    connect(m_reception, &QComboBox::currentIndexChanged, this, &PreRegistrationPage::reload);

    m_info->setObjectName(u"receptionInfo"_s);
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_district->setObjectName(u"districtNote"_s);
    m_district->setWordWrap(true);
    m_district->hide();
    m_counts->setObjectName(u"counts"_s);
    m_problems->setObjectName(u"problems"_s);
    m_problems->setStyleSheet(u"color: #b00020;"_s);
    m_problems->setWordWrap(true);
    m_problems->hide();
    m_reminders->setObjectName(u"reminders"_s);
    m_reminders->setStyleSheet(u"color: #8a4b00;"_s);
    m_reminders->setWordWrap(true);
    m_reminders->hide();
    m_notice->setObjectName(u"notice"_s);
    m_notice->setStyleSheet(u"color: #1b5e20; font-weight: bold;"_s);
    m_notice->setWordWrap(true);
    m_notice->hide();

    m_table->setObjectName(u"requests"_s);
    m_table->setColumnCount(8);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();

    m_signUp->setObjectName(u"signUp"_s);
    m_refuse->setObjectName(u"refuse"_s);
    m_agree->setObjectName(u"agreement"_s);
    m_close->setObjectName(u"closeRegistration"_s);
    m_attended->setObjectName(u"attended"_s);
    m_noShow->setObjectName(u"noShow"_s);
    bindKey(this, m_attended, QKeySequence(u"Ctrl+T"_s));
    bindKey(this, m_noShow, QKeySequence(u"Ctrl+Shift+T"_s));
    connect(m_attended, &QPushButton::clicked, this, [this] { recordAttendance(true); });
    connect(m_noShow, &QPushButton::clicked, this, [this] { recordAttendance(false); });
    m_checkIn->setObjectName(u"checkIn"_s);
    bindKey(this, m_checkIn, QKeySequence(u"Ctrl+K"_s));
    connect(m_checkIn, &QPushButton::clicked, this, &PreRegistrationPage::checkIn);
    m_printList->setObjectName(u"printList"_s);
    m_listPdf->setObjectName(u"listPdf"_s);
    m_letter->setObjectName(u"refusalLetter"_s);
    m_letterPdf->setObjectName(u"refusalPdf"_s);
    bindKey(this, m_printList, QKeySequence::Print);
    bindKey(this, m_listPdf, QKeySequence(u"Ctrl+Shift+P"_s));
    connect(m_printList, &QPushButton::clicked, this, &PreRegistrationPage::printList);
    connect(m_listPdf, &QPushButton::clicked, this, &PreRegistrationPage::exportListPdf);
    connect(m_letter, &QPushButton::clicked, this, &PreRegistrationPage::printRefusalLetter);
    connect(m_letterPdf, &QPushButton::clicked, this, &PreRegistrationPage::exportRefusalPdf);
    askPdfPath = [this](const QString& suggested) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(this, tr("Save as PDF"), folder + u'/' + suggested, tr("PDF (*.pdf)"));
    };
    bindKey(this, m_signUp, QKeySequence::New);
    bindKey(this, m_refuse, QKeySequence(u"Ctrl+R"_s));
    bindKey(this, m_agree, QKeySequence(u"Ctrl+G"_s));
    bindKey(this, m_close, QKeySequence(u"Ctrl+Shift+C"_s));
    connect(m_signUp, &QPushButton::clicked, this, &PreRegistrationPage::signUp);
    connect(m_refuse, &QPushButton::clicked, this, &PreRegistrationPage::refuse);
    connect(m_agree, &QPushButton::clicked, this, &PreRegistrationPage::recordAgreement);
    connect(m_close, &QPushButton::clicked, this, &PreRegistrationPage::closeRegistration);
    auto* refresh = new QShortcut(QKeySequence::Refresh, this);
    connect(refresh, &QShortcut::activated, this, &PreRegistrationPage::reloadReceptions);

    auto* top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch();
    top->addWidget(m_orgLabel);
    top->addWidget(m_org);
    top->addWidget(m_monthLabel);
    top->addWidget(m_month);
    // The reception on a row of its own: day, hours and official are read in full.
    auto* reception = new QHBoxLayout;
    reception->addWidget(m_receptionLabel);
    reception->addWidget(m_reception, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_signUp);
    buttons->addWidget(m_refuse);
    buttons->addWidget(m_agree);
    buttons->addWidget(m_close);
    buttons->addWidget(m_checkIn);
    buttons->addWidget(m_attended);
    buttons->addWidget(m_noShow);
    buttons->addStretch();
    buttons->addWidget(m_printList);
    buttons->addWidget(m_listPdf);
    buttons->addWidget(m_letter);
    buttons->addWidget(m_letterPdf);
    auto* counts = new QHBoxLayout;
    counts->addStretch();
    counts->addWidget(m_counts);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(reception);
    layout->addWidget(m_reminders);
    layout->addWidget(m_info);
    layout->addWidget(m_district);
    layout->addLayout(buttons);
    layout->addLayout(counts);
    layout->addWidget(m_problems);
    layout->addWidget(m_notice);
    layout->addWidget(m_table, 1);
    setFocusProxy(m_reception);
    retranslate();
    reloadReceptions();
}

PreRegistrationPage::~PreRegistrationPage()
{
    delete m_service;
    delete m_schedules;
}

QString PreRegistrationPage::organisationCode() const { return m_org->currentData().toString(); }

void PreRegistrationPage::retranslate()
{
    m_title->setText(tr("Pre-registration"));
    m_orgLabel->setText(tr("&Organisation:"));
    m_monthLabel->setText(tr("&Month:"));
    m_receptionLabel->setText(tr("Rec&eption:"));
    m_signUp->setText(tr("&Sign up"));
    m_signUp->setToolTip(tr("Ctrl+N"));
    m_refuse->setText(tr("Re&fuse"));
    m_refuse->setToolTip(tr("Ctrl+R: refusal on a ground of the official's level, with the explanation"));
    m_agree->setText(tr("A&greement"));
    m_agree->setToolTip(tr("Ctrl+G: agreed with the subdivision (R-21, R-35)"));
    m_close->setText(tr("&Close registration"));
    m_close->setToolTip(tr("Ctrl+Shift+C"));
    m_checkIn->setText(tr("Check in"));
    m_checkIn->setToolTip(tr("Ctrl+K: on the reception day, a queue ticket for the selected person at the "
                             "appointment time"));
    m_attended->setText(tr("Came"));
    m_attended->setToolTip(tr("Ctrl+T: the person signed up came to the reception"));
    m_noShow->setText(tr("Did not come"));
    m_noShow->setToolTip(tr("Ctrl+Shift+T: the person signed up did not come"));
    m_printList->setText(tr("Print &list…"));
    m_printList->setToolTip(tr("Ctrl+P: the list of persons signed up (R-22, R-27, R-37)"));
    m_listPdf->setText(tr("List to P&DF…"));
    m_listPdf->setToolTip(tr("Ctrl+Shift+P"));
    m_letter->setText(tr("Refusal le&tter…"));
    m_letter->setToolTip(tr("The letter to the applicant of the selected refused request (R-20, R-26, R-34)"));
    m_letterPdf->setText(tr("Letter to PDF…"));
    m_district->setText(tr("District level: no pre-registration and no refusal — citizens are received daily "
                           "without signing up (R-39, R-41)."));
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("Applicant"), tr("State"), tr("Channel"), tr("Time"),
                                        tr("Essence"), tr("Decision"), tr("Ticket")});
}

void PreRegistrationPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reloadReceptions();
    }
    QWidget::changeEvent(event);
}

QString PreRegistrationPage::scheduleId() const { return m_reception->currentData().toStringList().value(0); }

QDate PreRegistrationPage::receptionOn() const
{
    return QDate::fromString(m_reception->currentData().toStringList().value(1), Qt::ISODate);
}

void PreRegistrationPage::selectReception(const QString& scheduleId, const QDate& on)
{
    if (on.isValid() && (on.year() != m_month->date().year() || on.month() != m_month->date().month()))
        m_month->setDate(QDate(on.year(), on.month(), 1));
    const int i = m_reception->findData(QStringList{scheduleId, on.toString(Qt::ISODate)});
    if (i >= 0)
        m_reception->setCurrentIndex(i);
}

void PreRegistrationPage::reloadReceptions()
{
    const QString keepId = scheduleId();
    const QDate keepOn = receptionOn();
    const QDate month = m_month->date();
    const QSignalBlocker block(m_reception);
    m_reception->clear();
    for (const ScheduleOccurrence& o : m_schedules->occurrences(organisationCode(), month.year(), month.month(), true)) {
        const QString text = u"%1 %2 %3–%4 — %5"_s.arg(dateText(o.date), QLocale().dayName(o.date.dayOfWeek(), QLocale::ShortFormat),
                                                    timeText(o.entry.startsAt), timeText(o.entry.endsAt),
                                                    o.entry.officialName);
        m_reception->addItem(text, QStringList{o.entry.id, o.date.toString(Qt::ISODate)});
    }
    const int keep = m_reception->findData(QStringList{keepId, keepOn.toString(Qt::ISODate)});
    if (keep >= 0) {
        m_reception->setCurrentIndex(keep);
    } else {
        // The first reception from today on, as the one usually worked on.
        const QDate today = m_db.clock().today();
        for (int i = 0; i < m_reception->count(); ++i) {
            if (QDate::fromString(m_reception->itemData(i).toStringList().value(1), Qt::ISODate) >= today) {
                m_reception->setCurrentIndex(i);
                break;
            }
        }
    }
    reload();
}

void PreRegistrationPage::reload()
{
    const QString keep = currentRequestId();
    const QString id = scheduleId();
    const QDate on = receptionOn();
    m_level = id.isEmpty() ? ReceptionLevel::None : m_service->level(id);
    const bool hasPreRegistration = ReceptionLevels::hasPreRegistration(m_level);
    // R-39, R-41: the actions do not exist at district level (nor for officials received without pre-registration).
    for (QPushButton* b :
         {m_signUp, m_refuse, m_agree, m_close, m_checkIn, m_attended, m_noShow, m_printList, m_listPdf, m_letter,
          m_letterPdf})
        b->setVisible(hasPreRegistration);
    m_district->setVisible(m_level == ReceptionLevel::District);
    m_checkIn->setEnabled(on == m_db.clock().today());
    showReminders();

    QStringList info;
    if (id.isEmpty()) {
        info << tr("No approved reception in this month: approve the schedule lines in Schedules.");
    } else {
        info << tr("Level: %1 (%2)").arg(ReceptionLevels::name(m_level), ReceptionLevels::citation(m_level));
        if (m_level != ReceptionLevel::District && !hasPreRegistration)
            info << tr("This official receives without pre-registration.");
        if (hasPreRegistration) {
            const QDate last = m_service->lastIntakeDay(id, on);
            info << tr("Last day of intake: %1 (%2)")
                        .arg(dateText(last), ReceptionLevels::cutoffRule(m_level) == u"R6"_s ? u"R-18"_s : u"R-36"_s);
            QString why;
            const bool open = m_service->isOpen(id, on, &why);
            const auto closure = m_service->closure(id, on);
            if (closure)
                info << tr("Registration closed on %1 by %2: %n person(s) signed up.", nullptr, closure->persons)
                            .arg(dateText(closure->closedOn), closure->closedByLogin);
            else
                info << (open ? tr("Registration is open.") : tr("Registration is closed: %1").arg(why));
            const QDate requestNote = m_service->requestNoteDue(id, on);
            if (requestNote.isValid())
                info << tr("Справка on each request due: %1 (R-17)").arg(dateText(requestNote));
            const QDate notes = m_service->receptionNotesDue(id, on);
            if (notes.isValid())
                info << tr("Справки on the persons signed up due: %1 (%2)")
                            .arg(dateText(notes), m_level == ReceptionLevel::GeneralProsecutor ? u"R-22"_s : u"R-27"_s);
            m_signUp->setEnabled(open && !closure);
            m_agree->setEnabled(!closure);
            const bool grounds = !ReceptionLevels::refusalGrounds(m_level).isEmpty();
            m_refuse->setEnabled(grounds);
            if (!grounds)
                m_refuse->setToolTip(tr("The source lists no refusal grounds for this level."));
            m_close->setEnabled(!closure);
        }
    }
    m_info->setText(info.join(u'\n'));

    const QList<PreRegistration> requests = id.isEmpty() ? QList<PreRegistration>() : m_service->requests(id, on);
    const QHash<QString, QueueTicket> tickets = PreRegistrationCheckIn(m_db).tickets(on);
    m_table->setRowCount(int(requests.size()));
    int signedUp = 0, refused = 0, waiting = 0, returned = 0;
    for (int row = 0; row < requests.size(); ++row) {
        const PreRegistration& r = requests.at(row);
        signedUp += r.isSignedUp() ? 1 : 0;
        refused += r.state == PreRegistration::State::Refused ? 1 : 0;
        waiting += r.state == PreRegistration::State::AwaitingAgreement ? 1 : 0;
        returned += r.state == PreRegistration::State::Returned ? 1 : 0;
        QString applicant = r.applicantName;
        if (r.thirdParty && !r.representedName.isEmpty())
            applicant += tr(" for %1").arg(r.representedName);
        if (r.outOfTown)
            applicant += tr(" (out of town)");
        QString decision;
        if (r.state == PreRegistration::State::Refused)
        {
            // The ground as the directory names it, then the explanation given (R-20, R-26, R-34).
            const auto ground = DirectoryRepository(m_db).entryIncludingDeleted(r.refusalGroundKind, r.refusalGroundCode);
            decision = u"%1: %2"_s.arg(ground ? ground->name(Translator::current()) : r.refusalGroundCode,
                                       r.refusalExplanation);
        }
        else if (r.state == PreRegistration::State::Returned)
            decision = r.returnedReason;
        else if (!r.agreedUnit.isEmpty())
            decision = tr("agreed with %1 on %2").arg(r.agreedUnit, dateText(r.agreedOn));
        const QStringList cells = {r.number, applicant, PreRegistration::stateName(r.state),
                                   channelName(m_db, r.channelCode), timeText(r.appointmentAt), r.essence, decision,
                                   tickets.value(r.id).number};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, r.id);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (!keep.isEmpty())
        selectRequest(keep);
    m_counts->setText(tr("Signed up: %1 · awaiting agreement: %2 · refused: %3 · returned: %4")
                          .arg(signedUp)
                          .arg(waiting)
                          .arg(refused)
                          .arg(returned));
}

QString PreRegistrationPage::currentRequestId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->data(Qt::UserRole).toString() : QString();
}

void PreRegistrationPage::selectRequest(const QString& id)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(Qt::UserRole).toString() == id) {
            m_table->selectRow(row);
            return;
        }
    }
}

void PreRegistrationPage::showProblems(const QStringList& problems)
{
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
}

void PreRegistrationPage::signUp()
{
    if (scheduleId().isEmpty() || !ReceptionLevels::hasPreRegistration(m_level))
        return;
    AppealStepDialog dialog(tr("Sign up for the reception"), this);
    dialog.setObjectName(u"signUpDialog"_s);
    dialog.addNote(m_reception->currentText());
    QList<std::pair<QString, QString>> channels;
    for (const QString& code : PreRegistration::channels())
        channels.append({code, channelName(m_db, code)});
    dialog.addChoice(u"channel"_s, tr("Channel (R-3):"), channels, channels.value(0).first);
    dialog.addLine(u"applicantName"_s, tr("Applicant:"));
    dialog.addLine(u"applicantIin"_s, tr("IIN:"));
    dialog.addLine(u"applicantPhone"_s, tr("Phone:"));
    dialog.addLine(u"applicantAddress"_s, tr("Address:"));
    dialog.addCheck(u"thirdParty"_s, tr("On behalf of another person (R-3)"));
    dialog.addLine(u"representedName"_s, tr("Represented person:"));
    dialog.addLine(u"authority"_s, tr("Authority to file:"));
    dialog.addText(u"essence"_s, tr("Essence (without it the request is returned, R-3):"));
    dialog.addCheck(u"outOfTown"_s, tr("Out-of-town visitor (R-8)"));
    dialog.addLine(u"appointmentAt"_s, tr("Appointment time (HH:mm, optional):"));
    QList<std::pair<QString, QString>> grounds = {{QString(), tr("— none —")},
                                                  {u"court_act_protest"_s, tr("protest against a court act (R-21)")},
                                                  {u"repeated_new_arguments"_s, tr("repeated, with new arguments (R-21, R-35)")},
                                                  {u"supreme_court_protest"_s, tr("protest petition to the Supreme Court (R-21)")}};
    dialog.addChoice(u"agreementGround"_s, tr("To agree with the subdivision:"), grounds);
    dialog.addCheck(u"byInstruction"_s, tr("On the instruction of a higher office (R-3, R-24, R-29)"));
    dialog.addLine(u"instructionFrom"_s, tr("Instruction from:"));
    QString storedId;
    const bool done = dialog.run([&]() -> QStringList {
        PreRegistration r;
        r.scheduleId = scheduleId();
        r.receptionOn = receptionOn();
        r.channelCode = dialog.text(u"channel"_s);
        r.applicantName = dialog.text(u"applicantName"_s);
        r.applicantIin = dialog.text(u"applicantIin"_s);
        r.applicantPhone = dialog.text(u"applicantPhone"_s);
        r.applicantAddress = dialog.text(u"applicantAddress"_s);
        r.thirdParty = dialog.checked(u"thirdParty"_s);
        r.representedName = dialog.text(u"representedName"_s);
        r.authority = dialog.text(u"authority"_s);
        r.essence = dialog.text(u"essence"_s);
        r.outOfTown = dialog.checked(u"outOfTown"_s);
        const QString time = dialog.text(u"appointmentAt"_s);
        if (!time.isEmpty()) {
            r.appointmentAt = QTime::fromString(time, u"H:mm"_s);
            if (!r.appointmentAt.isValid())
                return {tr("Appointment time: not a time HH:mm: %1").arg(time)};
        }
        r.agreementGround = dialog.text(u"agreementGround"_s);
        r.byInstruction = dialog.checked(u"byInstruction"_s);
        r.instructionFrom = dialog.text(u"instructionFrom"_s);
        Problems problems;
        if (!m_service->signUp(m_session, &r, &problems))
            return lines(problems);
        storedId = r.id;
        return {};
    });
    showProblems(done || dialog.problems().isEmpty() ? QStringList() : dialog.problems());
    reload();
    if (done)
        selectRequest(storedId);
}

void PreRegistrationPage::refuse()
{
    const QString id = currentRequestId();
    if (id.isEmpty()) {
        showProblems({tr("Select the request to refuse.")});
        return;
    }
    AppealStepDialog dialog(tr("Refuse the request"), this);
    dialog.setObjectName(u"refuseDialog"_s);
    const auto request = m_service->load(id);
    if (request)
        dialog.addNote(u"%1 — %2"_s.arg(request->number, request->applicantName));
    QList<std::pair<QString, QString>> grounds;
    for (const DirectoryEntry& e : m_service->refusalGrounds(m_level))
        grounds.append({e.code, u"%1 — %2"_s.arg(e.code, e.name(Translator::current()))});
    dialog.addChoice(u"ground"_s, tr("Ground (%1):").arg(ReceptionLevels::citation(m_level)), grounds);
    dialog.addText(u"explanation"_s, tr("Explanation given to the applicant (R-20, R-26, R-34):"));
    const bool done = dialog.run([&]() -> QStringList {
        if (dialog.text(u"ground"_s).isEmpty())
            return {tr("Ground: choose the ground of refusal.")};
        if (dialog.text(u"explanation"_s).isEmpty())
            return {tr("Explanation: write the explanation given to the applicant.")};
        Problems problems;
        if (!m_service->refuse(m_session, id, dialog.text(u"ground"_s), dialog.text(u"explanation"_s), &problems))
            return lines(problems);
        return {};
    });
    showProblems(done || dialog.problems().isEmpty() ? QStringList() : dialog.problems());
    reload();
    selectRequest(id);
}

void PreRegistrationPage::recordAgreement()
{
    const QString id = currentRequestId();
    if (id.isEmpty()) {
        showProblems({tr("Select the request agreed with the subdivision.")});
        return;
    }
    AppealStepDialog dialog(tr("Agreement with the subdivision"), this);
    dialog.setObjectName(u"agreementDialog"_s);
    dialog.addLine(u"unit"_s, tr("Subdivision (R-21, R-35):"));
    const bool done = dialog.run([&]() -> QStringList {
        Problems problems;
        if (!m_service->recordAgreement(m_session, id, dialog.text(u"unit"_s), &problems))
            return lines(problems);
        return {};
    });
    showProblems(done || dialog.problems().isEmpty() ? QStringList() : dialog.problems());
    reload();
    selectRequest(id);
}

// On the day: whether the person signed up came (the service refuses before the reception's day).
void PreRegistrationPage::recordAttendance(bool attended)
{
    const QString id = currentRequestId();
    if (id.isEmpty()) {
        showProblems({tr("Select the person signed up first.")});
        return;
    }
    Problems problems;
    const bool ok = m_service->recordAttendance(m_session, id, attended, &problems);
    showProblems(ok ? QStringList() : lines(problems));
    reload();
    selectRequest(id);
}

void PreRegistrationPage::checkIn()
{
    const QString id = currentRequestId();
    if (id.isEmpty()) {
        showProblems({tr("Select the person signed up first.")});
        return;
    }
    Problems problems;
    const auto ticket = PreRegistrationCheckIn(m_db).checkIn(m_session, id, printLanguage(), &problems);
    showProblems(ticket ? QStringList() : lines(problems));
    m_notice->setText(ticket ? tr("Ticket %1 for %2: called at %3.")
                                   .arg(ticket->number, ticket->visitorName,
                                        timeText(ticket->appointmentAt.toLocalTime().time()))
                             : QString());
    m_notice->setVisible(ticket.has_value());
    reload();
    selectRequest(id);
}

void PreRegistrationPage::showReminders()
{
    const QDate today = m_db.clock().today();
    const QString org = organisationCode();
    QStringList items;
    for (const NoteReminder& r : PreRegistrationReminders(m_db).due()) {
        if (org.isEmpty() || r.organisationCode == org)
            items << r.text(today);
    }
    m_reminders->setText(items.isEmpty() ? QString() : tr("Справки to chase:") + u"\n• "_s + items.join(u"\n• "_s));
    m_reminders->setVisible(!items.isEmpty());
}

void PreRegistrationPage::closeRegistration()
{
    if (scheduleId().isEmpty())
        return;
    if (QMessageBox::question(this, tr("Close registration"),
                              tr("Close registration for %1? Nobody else can be signed up.").arg(m_reception->currentText()))
        != QMessageBox::Yes)
        return;
    Problems problems;
    const bool ok = m_service->closeRegistration(m_session, scheduleId(), receptionOn(), &problems);
    showProblems(ok ? QStringList() : lines(problems));
    reload();
}

void PreRegistrationPage::printList()
{
    if (scheduleId().isEmpty())
        return;
    CardPrint::preview(this, PreRegistrationDocuments::listHtml(m_db, scheduleId(), receptionOn(), printLanguage()),
                       PreRegistrationDocuments::listTitle(receptionOn(), printLanguage()));
}

void PreRegistrationPage::exportListPdf()
{
    if (scheduleId().isEmpty())
        return;
    const QString path = askPdfPath(u"prereg-list-%1.pdf"_s.arg(receptionOn().toString(Qt::ISODate)));
    if (path.isEmpty())
        return;
    QString error;
    if (!SchedulePrint::writeListPdf(m_db, scheduleId(), receptionOn(), printLanguage(), path, &error))
        showProblems({tr("The PDF could not be written: %1").arg(error)});
}

std::optional<PreRegistration> PreRegistrationPage::refusedRequest()
{
    const auto request = m_service->load(currentRequestId());
    if (!request || request->state != PreRegistration::State::Refused) {
        showProblems({tr("Select a refused request: the letter states its ground and explanation.")});
        return std::nullopt;
    }
    return request;
}

void PreRegistrationPage::printRefusalLetter()
{
    if (const auto request = refusedRequest())
        CardPrint::preview(this, PreRegistrationDocuments::refusalLetterHtml(m_db, *request, printLanguage()),
                           PreRegistrationDocuments::refusalTitle(printLanguage()));
}

void PreRegistrationPage::exportRefusalPdf()
{
    const auto request = refusedRequest();
    if (!request)
        return;
    const QString path = askPdfPath(u"prereg-refusal-%1.pdf"_s.arg(request->number));
    if (path.isEmpty())
        return;
    QString error;
    if (!SchedulePrint::writeRefusalPdf(m_db, *request, printLanguage(), path, &error))
        showProblems({tr("The PDF could not be written: %1").arg(error)});
}

} // namespace armcpg
