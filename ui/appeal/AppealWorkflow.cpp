#include "AppealWorkflow.h"

#include "appeal/AppealAssignment.h"
#include "appeal/AppealDecisions.h"
#include "appeal/AppealNotice.h"
#include "appeal/AppealScreening.h"
#include "appeal/AppealService.h"
#include "appeal/AppealStepDialog.h"
#include "appeal/AppealTerms.h"
#include "appeal/AppealTriage.h"
#include "appeal/AppealView.h"
#include "directory/DirectoryRepository.h"
#include "i18n/Translator.h"
#include "print/AppealNoticePrint.h"
#include "reception/CardPrint.h"
#include "security/UserService.h"
#include "storage/Database.h"

#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
QStringList messages(const Problems& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines << (p.message.isEmpty() ? p.field : p.message);
    return lines;
}

QString dmy(const QDate& d) { return d.isValid() ? d.toString(u"dd.MM.yyyy"_s) : QString(); }
} // namespace

AppealWorkflow::AppealWorkflow(Database& db, const Session& session, AppealView* view)
    : QObject(view), m_db(db), m_session(session), m_view(view)
{
    noticeRequested = [this](const AppealNotice& notice, bool pdf) { defaultNotice(notice, pdf); };
    struct Step
    {
        const char* name;
        const char* text;
        void (AppealWorkflow::*run)();
    };
    static const Step steps[] = {
        {"screening", QT_TR_NOOP("Screening…"), &AppealWorkflow::screening},
        {"assign", QT_TR_NOOP("Assign…"), &AppealWorkflow::assign},
        {"transfer", QT_TR_NOOP("Transfer…"), &AppealWorkflow::transfer},
        {"extend", QT_TR_NOOP("Extend the term…"), &AppealWorkflow::extend},
        {"additionalControl", QT_TR_NOOP("Additional control…"), &AppealWorkflow::additionalControl},
        {"inspectionStart", QT_TR_NOOP("Inspection started…"), &AppealWorkflow::startInspection},
        {"inspectionEnd", QT_TR_NOOP("Inspection ended…"), &AppealWorkflow::endInspection},
        {"hearingNotice", QT_TR_NOOP("Hearing notice…"), &AppealWorkflow::hearingNotice},
        {"forward", QT_TR_NOOP("Forward by competence…"), &AppealWorkflow::forward},
        {"deficiency", QT_TR_NOOP("Deficiency notice…"), &AppealWorkflow::deficiency},
        {"deficiencyCorrected", QT_TR_NOOP("Deficiencies corrected"), &AppealWorkflow::deficiencyCorrected},
        {"returnAppeal", QT_TR_NOOP("Return (not corrected)"), &AppealWorkflow::returnAppeal},
        {"anonymous", QT_TR_NOOP("Anonymous: decision…"), &AppealWorkflow::anonymous},
        {"duplicate", QT_TR_NOOP("Attach as duplicate…"), &AppealWorkflow::attachDuplicate},
        {"decide", QT_TR_NOOP("Decision…"), &AppealWorkflow::decide},
        {"sign", QT_TR_NOOP("Sign the answer…"), &AppealWorkflow::signAnswer},
        {"terminate", QT_TR_NOOP("Terminate correspondence…"), &AppealWorkflow::terminateCorrespondence},
        {"notice", QT_TR_NOOP("Notice to the applicant…"), &AppealWorkflow::notice},
    };
    for (const Step& s : steps) {
        QPushButton* b = m_view->addButton(QString::fromLatin1(s.name), [this, run = s.run] { (this->*run)(); });
        b->setText(tr(s.text));
        m_texts.append({b, s.text});
    }
    m_view->installEventFilter(this);
    connect(m_view, &AppealView::filled, this, &AppealWorkflow::refresh);
    refresh();
}

bool AppealWorkflow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::LanguageChange) {
        for (const auto& [button, text] : std::as_const(m_texts))
            button->setText(tr(text));
    }
    return QObject::eventFilter(watched, event);
}

void AppealWorkflow::refresh()
{
    const Appeal a = m_view->appeal();
    if (a.id.isEmpty()) {
        m_view->infoLabel()->clear();
        return;
    }
    QStringList parts;
    QStringList lead, co, released;
    for (const AppealExecutor& e : AppealAssignment(m_db).executors(a.id)) {
        if (!e.active())
            released << tr("%1 (released %2: %3)").arg(e.userLogin, dmy(e.releasedOn), e.releaseReason);
        else if (e.lead)
            lead << e.userLogin;
        else
            co << e.userLogin;
    }
    if (!lead.isEmpty())
        parts << tr("Lead executor: %1").arg(lead.join(u", "_s));
    if (!co.isEmpty())
        parts << tr("Co-executors: %1").arg(co.join(u", "_s));
    if (!released.isEmpty())
        parts << tr("Earlier: %1").arg(released.join(u"; "_s));
    if (const QString late = AppealTerms(m_db).lateComplaintWarning(a); !late.isEmpty())
        parts << late;
    if (AppealDeadline::interimAnswerMissing(a))
        parts << tr("An inspection is under way: an interim answer is due (I-52)");
    m_view->infoLabel()->setText(parts.join(u'\n'));
}

void AppealWorkflow::step(AppealStepDialog& dialog, const std::function<QStringList()>& apply)
{
    const bool done = dialog.run(apply);
    m_view->showProblems({});
    if (!done && !dialog.problems().isEmpty()) {
        Problems shown;
        for (const QString& line : dialog.problems())
            shown.append({QString(), line});
        m_view->showProblems(shown);
    }
    m_view->reload();
    emit m_view->changed(m_view->appeal().id);
}

void AppealWorkflow::assign()
{
    AppealStepDialog d(tr("Assign executors (I-33)"), m_view);
    d.addUser(u"lead"_s, tr("Lead executor:"), m_db);
    d.addUsers(u"co"_s, tr("Co-executors:"), m_db);
    d.addNote(tr("Not the official whose actions are complained about (I-61); for a reception appeal, not whoever "
                 "handled the applicant's question before (R-53)."));
    step(d, [&] {
        Problems problems;
        AppealAssignment(m_db).assign(m_session, m_view->appeal().id, d.text(u"lead"_s), d.list(u"co"_s), &problems);
        return messages(problems);
    });
}

void AppealWorkflow::transfer()
{
    AppealStepDialog d(tr("Transfer to another executor (I-34)"), m_view);
    d.addUser(u"to"_s, tr("New lead executor:"), m_db);
    d.addText(u"rapport"_s, tr("Rapport (reasons):"));
    step(d, [&] {
        Problems problems;
        QStringList warnings;
        AppealAssignment(m_db).transfer(m_session, m_view->appeal().id, d.text(u"to"_s), d.text(u"rapport"_s), &problems,
                                        &warnings);
        if (problems.isEmpty() && !warnings.isEmpty())
            QMessageBox::information(m_view, tr("Transfer"), warnings.join(u'\n'));
        return messages(problems);
    });
}

void AppealWorkflow::extend()
{
    const Appeal a = m_view->appeal();
    AppealTerms terms(m_db);
    const QDate cap = terms.deadline().extensionCap(a);
    AppealStepDialog d(tr("Extend the term (I-52)"), m_view);
    d.addDate(u"newDue"_s, tr("New term:"), cap.isValid() ? cap : m_db.clock().today());
    d.addDate(u"rapportOn"_s, tr("Rapport filed on:"), m_db.clock().today());
    d.addText(u"reason"_s, tr("Motivated decision:"));
    d.addNote(tr("At most two months from the receipt: %1 (D17a); the rapport at least a day before the term expires "
                 "(D18); the notice to the applicant within 3 working days.")
                  .arg(dmy(cap)));
    step(d, [&] {
        Problems problems;
        AppealTerms(m_db).extend(m_session, a.id, d.date(u"newDue"_s), d.text(u"reason"_s), d.date(u"rapportOn"_s),
                                 &problems);
        return messages(problems);
    });
}

void AppealWorkflow::additionalControl()
{
    AppealStepDialog d(tr("Additional control (I-52)"), m_view);
    d.addText(u"reason"_s, tr("Rapport:"));
    step(d, [&] {
        Problems problems;
        AppealTerms(m_db).putOnAdditionalControl(m_session, m_view->appeal().id, d.text(u"reason"_s), &problems);
        return messages(problems);
    });
}

void AppealWorkflow::startInspection()
{
    AppealStepDialog d(tr("Inspection started (I-52)"), m_view);
    d.addDate(u"on"_s, tr("Started on:"), m_db.clock().today());
    d.addNote(tr("An interim answer to the applicant is required."));
    step(d, [&] {
        Problems problems;
        AppealTerms(m_db).startInspection(m_session, m_view->appeal().id, d.date(u"on"_s), &problems);
        return messages(problems);
    });
}

void AppealWorkflow::endInspection()
{
    AppealStepDialog d(tr("Inspection ended (I-52)"), m_view);
    d.addDate(u"on"_s, tr("Ended on:"), m_db.clock().today());
    d.addNote(tr("The final answer is due within 10 working days of the end (D20)."));
    step(d, [&] {
        Problems problems;
        AppealTerms(m_db).endInspection(m_session, m_view->appeal().id, d.date(u"on"_s), &problems);
        return messages(problems);
    });
}

void AppealWorkflow::hearingNotice()
{
    AppealStepDialog d(tr("Hearing notice (I-43)"), m_view);
    d.addDate(u"actOn"_s, tr("The act is adopted on:"), m_db.clock().today().addDays(7));
    d.addLine(u"place"_s, tr("Place of the hearing:"));
    step(d, [&] {
        Problems problems;
        AppealTerms(m_db).noticeOfHearing(m_session, m_view->appeal().id, d.date(u"actOn"_s), d.text(u"place"_s),
                                          &problems);
        return messages(problems);
    });
}

void AppealWorkflow::screening()
{
    const Appeal a = m_view->appeal();
    AppealScreening screening(m_db);
    const auto candidates = screening.candidates(a);
    const ScreeningSuggestion suggestion = screening.suggest(a, candidates);
    AppealStepDialog d(tr("Screening (I-2)"), m_view);
    QList<std::pair<QString, QString>> kinds;
    for (const char* s : {AppealScreening::Screening::Primary, AppealScreening::Screening::Repeated,
                          AppealScreening::Screening::Duplicate, AppealScreening::Screening::Anonymous})
        kinds.append({QString::fromLatin1(s), AppealScreening::screeningName(QString::fromLatin1(s))});
    d.addChoice(u"screening"_s, tr("Screening:"), kinds, a.screening.isEmpty() ? suggestion.screening : a.screening);
    QList<std::pair<QString, QString>> mains = {{QString(), QString()}};
    for (const ScreeningCandidate& c : candidates)
        mains.append({c.appealId, u"%1 %2 — %3"_s.arg(c.number, dmy(c.receivedOn), c.reason)});
    d.addChoice(u"main"_s, tr("Main appeal (a duplicate):"), mains, suggestion.mainAppealId);
    QList<std::pair<QString, QString>> triggers = {{QString(), QString()}};
    for (const char* t : {AppealScreening::RepeatTrigger::ChallengesDecision, AppealScreening::RepeatTrigger::Untimely,
                          AppealScreening::RepeatTrigger::OtherDefects})
        triggers.append({QString::fromLatin1(t), AppealScreening::triggerName(QString::fromLatin1(t))});
    d.addChoice(u"trigger"_s, tr("Repeated because (I-2(12)):"), triggers);
    d.addText(u"reason"_s, tr("Reason:"), suggestion.reasons.join(u'\n'));
    step(d, [&] {
        Problems problems;
        AppealScreening(m_db).confirm(m_session, a.id, d.text(u"screening"_s), d.text(u"main"_s), d.text(u"reason"_s),
                                      &problems, d.text(u"trigger"_s));
        return messages(problems);
    });
}

void AppealWorkflow::forward()
{
    AppealStepDialog d(tr("Forward by competence (I-31)"), m_view);
    d.addLine(u"body"_s, tr("Competent body:"));
    d.addText(u"reason"_s, tr("Why not the prosecutor's competence (I-4):"));
    d.addLine(u"notice"_s, tr("Notice number:"));
    d.addLine(u"cover"_s, tr("Cover letter number:"));
    d.addCheck(u"notified"_s, tr("The applicant is notified at the same time (I-31)"), true);
    step(d, [&] {
        Forwarding f;
        f.targetBody = d.text(u"body"_s);
        f.reason = d.text(u"reason"_s);
        f.noticeNumber = d.text(u"notice"_s);
        f.coverLetterNumber = d.text(u"cover"_s);
        f.applicantNotified = d.checked(u"notified"_s);
        Problems problems;
        AppealTriage(m_db).forward(m_session, m_view->appeal().id, f, &problems);
        return messages(problems);
    });
}

void AppealWorkflow::deficiency()
{
    AppealStepDialog d(tr("Deficiency notice (I-25)"), m_view);
    d.addText(u"requirements"_s, tr("What does not meet АППК art. 63:"));
    d.addDate(u"fixBy"_s, tr("To be corrected by:"), m_db.clock().today().addDays(10));
    d.addLine(u"notice"_s, tr("Notice number:"));
    step(d, [&] {
        Problems problems;
        AppealTriage(m_db).notifyDeficiency(m_session, m_view->appeal().id, d.text(u"requirements"_s),
                                            d.date(u"fixBy"_s), d.text(u"notice"_s), &problems);
        return messages(problems);
    });
}

void AppealWorkflow::deficiencyCorrected()
{
    Problems problems;
    AppealTriage(m_db).deficiencyCorrected(m_session, m_view->appeal().id, &problems);
    m_view->showProblems(problems);
    m_view->reload();
    emit m_view->changed(m_view->appeal().id);
}

void AppealWorkflow::returnAppeal()
{
    Problems problems;
    AppealTriage(m_db).returnAppeal(m_session, m_view->appeal().id, &problems);
    m_view->showProblems(problems);
    m_view->reload();
    emit m_view->changed(m_view->appeal().id);
}

void AppealWorkflow::anonymous()
{
    AppealStepDialog d(tr("Anonymous appeal (I-42)"), m_view);
    d.addChoice(u"decision"_s, tr("Decision:"),
                {{u"crime"_s, tr("Redirect at once: a criminal offence")},
                 {u"security"_s, tr("Redirect at once: a threat to security")},
                 {u"leave"_s, tr("Leave without consideration by a motivated conclusion")}});
    d.addLine(u"body"_s, tr("Competent body (a redirect):"));
    d.addText(u"reason"_s, tr("Reason or conclusion:"));
    d.addUser(u"approver"_s, tr("Conclusion approved by (a head):"), m_db);
    step(d, [&] {
        Problems problems;
        const QString id = m_view->appeal().id;
        const QString decision = d.text(u"decision"_s);
        AppealTriage triage(m_db);
        if (decision == u"leave") {
            Session approver;
            for (const UserAccount& u : UserService(m_db).users(false)) {
                if (u.id == d.text(u"approver"_s))
                    approver = Session(u);
            }
            triage.leaveAnonymousWithoutConsideration(m_session, id, d.text(u"reason"_s), approver, &problems);
        } else {
            triage.redirectAnonymous(m_session, id, d.text(u"body"_s),
                                     decision == u"crime" ? AppealTriage::AnonymousGround::Crime
                                                          : AppealTriage::AnonymousGround::Security,
                                     d.text(u"reason"_s), &problems);
        }
        return messages(problems);
    });
}

void AppealWorkflow::attachDuplicate()
{
    AppealStepDialog d(tr("Attach as a duplicate (I-35)"), m_view);
    d.addLine(u"main"_s, tr("Number of the main appeal:"));
    d.addDate(u"earlierOn"_s, tr("The main appeal's answer sent on (when answered):"), QDate(2000, 1, 1));
    d.addLine(u"earlierNumber"_s, tr("Its outgoing number:"));
    step(d, [&] {
        Problems problems;
        const auto main = AppealService(m_db).byNumber(d.text(u"main"_s));
        if (!main)
            return QStringList{tr("Main appeal: there is no appeal %1").arg(d.text(u"main"_s))};
        EarlierAnswer earlier;
        if (d.date(u"earlierOn"_s) > QDate(2000, 1, 1))
            earlier.sentOn = d.date(u"earlierOn"_s);
        earlier.outgoingNumber = d.text(u"earlierNumber"_s);
        AppealTriage(m_db).attachDuplicate(m_session, m_view->appeal().id, main->id, &problems, earlier);
        return messages(problems);
    });
}

void AppealWorkflow::decide()
{
    const Appeal a = m_view->appeal();
    AppealDecisions decisions(m_db);
    const QString procedure = AppealDecisions::procedureOf(a.regimeCode);
    QList<std::pair<QString, QString>> codes, grounds = {{QString(), QString()}};
    for (const DirectoryEntry& e : DirectoryRepository(m_db).entries(u"appeal_decision"_s)) {
        const QString text = u"%1 — %2"_s.arg(e.code, e.name(Translator::current()));
        if (!e.parentCode.isEmpty())
            grounds.append({e.code, text});
        else if (procedure.isEmpty() || decisions.procedureOfDecision(e.code) == procedure)
            codes.append({e.code, text});
    }
    AppealStepDialog d(tr("Decision (I-46, I-69, I-80)"), m_view);
    d.addChoice(u"decision"_s, tr("Decision:"), codes, a.decisionCode);
    d.addChoice(u"ground"_s, tr("Ground (I-57, I-74):"), grounds);
    d.addChoice(u"effect"_s, tr("The act is (I-47):"),
                {{QString(), QString()}, {u"favourable"_s, tr("favourable")}, {u"burdensome"_s, tr("burdensome")}});
    d.addDate(u"on"_s, tr("Decided on:"), m_db.clock().today());
    d.addText(u"reason"_s, tr("Motivation:"));
    step(d, [&] {
        Problems problems;
        DecisionDetails details;
        details.groundCode = d.text(u"ground"_s);
        details.actEffect = d.text(u"effect"_s);
        AppealDecisions(m_db).decide(m_session, a.id, d.text(u"decision"_s), d.date(u"on"_s), d.text(u"reason"_s),
                                     &problems, details);
        return messages(problems);
    });
}

void AppealWorkflow::signAnswer()
{
    const Appeal a = m_view->appeal();
    AppealStepDialog d(tr("Sign the answer (I-88, R-53)"), m_view);
    d.addUser(u"signer"_s, tr("Signed by:"), m_db, m_session.user().id);
    d.addDate(u"on"_s, tr("Signed on:"), m_db.clock().today());
    QList<std::pair<QString, QString>> languages = {{u"kk"_s, tr("Kazakh (the state language)")}};
    if (!a.language.isEmpty() && a.language != u"kk")
        languages.append({a.language, tr("The language of the appeal (%1)").arg(a.language)});
    d.addChoice(u"language"_s, tr("Language of the answer (I-85):"), languages, a.language);
    d.addNote(tr("The sending date is recorded apart (Record final answer): it ends the term (I-68)."));
    step(d, [&] {
        Problems problems;
        AppealDecisions(m_db).signAnswer(m_session, a.id, d.text(u"signer"_s), d.date(u"on"_s), d.text(u"language"_s),
                                         &problems);
        return messages(problems);
    });
}

void AppealWorkflow::terminateCorrespondence()
{
    AppealStepDialog d(tr("Terminate correspondence (I-58)"), m_view);
    d.addDate(u"on"_s, tr("Decided on:"), m_db.clock().today());
    d.addText(u"conclusion"_s, tr("Motivated conclusion:"));
    d.addUser(u"approver"_s, tr("Approved by (a head):"), m_db);
    step(d, [&] {
        Problems problems;
        AppealDecisions(m_db).terminateCorrespondence(m_session, m_view->appeal().id, d.date(u"on"_s),
                                                      d.text(u"conclusion"_s), d.text(u"approver"_s), &problems);
        return messages(problems);
    });
}

void AppealWorkflow::notice()
{
    const Appeal a = m_view->appeal();
    AppealStepDialog d(tr("Notice to the applicant"), m_view);
    QList<std::pair<QString, QString>> kinds;
    for (AppealNotice::Kind k : AppealNotice::kinds()) {
        AppealNotice sample = AppealNotice::forAppeal(m_db, a, k, u"ru"_s);
        kinds.append({AppealNotice::code(k), u"%1 (%2)"_s.arg(sample.title(), AppealNotice::citation(k))});
    }
    d.addChoice(u"kind"_s, tr("Notice:"), kinds);
    d.addChoice(u"language"_s, tr("Language:"), {{u"kk"_s, tr("Kazakh")}, {u"ru"_s, tr("Russian")}},
                a.language == u"kk" ? u"kk"_s : u"ru"_s);
    d.addLine(u"number"_s, tr("Outgoing number:"));
    d.addText(u"reason"_s, tr("Reason, deficiencies or conclusion:"));
    d.addLine(u"body"_s, tr("Body forwarded to:"));
    d.addDate(u"newDate"_s, tr("New term or term to correct:"), a.extendedTo.isValid() ? a.extendedTo : a.dueOn);
    d.addCheck(u"pdf"_s, tr("Save as PDF instead of the print preview"));
    if (d.exec() != QDialog::Accepted)
        return;
    const auto kind = AppealNotice::fromCode(d.text(u"kind"_s));
    if (!kind)
        return;
    AppealNotice n = AppealNotice::forAppeal(m_db, a, *kind, d.text(u"language"_s));
    n.outgoingNumber = d.text(u"number"_s);
    n.reason = d.text(u"reason"_s);
    n.body = d.text(u"body"_s);
    n.newDate = d.date(u"newDate"_s);
    n.signerName = m_session.user().fullName;
    noticeRequested(n, d.checked(u"pdf"_s));
}

void AppealWorkflow::defaultNotice(const AppealNotice& notice, bool pdf)
{
    if (!pdf) {
        CardPrint::preview(m_view, notice.html(), notice.title());
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(m_view, tr("Save the notice as PDF"),
                                                      folder + u'/' + AppealNoticePrint::suggestedFileName(notice),
                                                      tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!AppealNoticePrint::writePdf(notice, path, &error))
        QMessageBox::warning(m_view, tr("Notice"), tr("The PDF could not be written: %1").arg(error));
}

} // namespace armcpg
