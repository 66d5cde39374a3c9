#pragma once

#include "security/Session.h"

#include <QList>
#include <QObject>

#include <functional>

class QPushButton;

namespace armcpg {

struct AppealNotice;
class AppealStepDialog;
class AppealView;
class Database;

// The steps of an opened appeal beyond registration and control, each a button of the AppealView and a small
// dialog, each recorded by its core service (which decides, and whose refusal is shown with its reason):
// screening (AppealScreening), assignment and transfer (AppealAssignment: I-33, I-34, I-61, R-53), extension,
// additional control, inspection and hearing notice (AppealTerms: I-52, I-43), forwarding, deficiency notice,
// return, anonymous decisions and duplicates (AppealTriage: I-31, I-25, I-42, I-35), the decision, the signed
// answer and the termination of correspondence (AppealDecisions: I-46, I-69, I-80, I-88, R-53, I-58), and the
// notices to the applicant (AppealNotice) in print preview or PDF. The executors are shown in the view.
class AppealWorkflow : public QObject
{
    Q_OBJECT

public:
    AppealWorkflow(Database& db, const Session& session, AppealView* view);

    // How a notice leaves the workstation: the print preview unless set (tests set it).
    std::function<void(const AppealNotice& notice, bool pdf)> noticeRequested;

    void refresh(); // the executors line, after the view was (re)filled

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Runs the dialog; `apply` records and returns the refusal's messages (empty: done). The view reloads.
    void step(AppealStepDialog& dialog, const std::function<QStringList()>& apply);
    void assign();
    void transfer();
    void extend();
    void additionalControl();
    void startInspection();
    void endInspection();
    void hearingNotice();
    void screening();
    void forward();
    void deficiency();
    void returnAppeal();
    void deficiencyCorrected();
    void anonymous();
    void attachDuplicate();
    void decide();
    void signAnswer();
    void terminateCorrespondence();
    void notice();
    void defaultNotice(const AppealNotice& notice, bool pdf);

    Database& m_db;
    Session m_session;
    AppealView* m_view;
    QList<std::pair<QPushButton*, const char*>> m_texts;
};

} // namespace armcpg
