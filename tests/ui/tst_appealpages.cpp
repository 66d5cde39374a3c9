// The Appeals section driven through its real widgets (issue 6, acceptance): the written appeal accepted at a
// reception registered from its ЛП-1 card shows the mark "с личного приема" and its deadline (D15),
// appears under "On control" once taken (I-53), and cannot be removed from control before the final answer;
// the lists count and colour their appeals by the term (overdue, due within 3 days, deemed refused I-83, closed).
#include "GuiTestSupport.h"
#include "TestDatabase.h"

#include "appeal/AppealDeadline.h"
#include "appeal/AppealForm.h"
#include "appeal/AppealListModel.h"
#include "appeal/AppealSidePanel.h"
#include "appeal/AppealStepDialog.h"
#include "appeal/AppealAttachments.h"
#include "appeal/AppealAssignment.h"
#include "appeal/AppealNotice.h"
#include "appeal/AppealWorkflow.h"
#include "appeal/AppealService.h"
#include "appeal/AppealView.h"
#include "appeal/AppealsPage.h"
#include "calendar/CalendarService.h"
#include "common/Clock.h"
#include "deadline/DeadlineRule.h"
#include "directory/DirectoryComboBox.h"
#include "i18n/Translator.h"
#include "identity/Iin.h"
#include "reception/CardService.h"
#include "reception/ReceptionCardForm.h"
#include "reception/ReceptionPage.h"
#include "security/UserService.h"
#include "setup/Setup.h"
#include "shell/MainWindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QListWidget>
#include <QTemporaryDir>
#include <QFile>
#include <QComboBox>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

namespace {
QString validIin(const QString& first10)
{
    for (int d = 0; d <= 9; ++d) {
        const QString eleven = first10 + QString::number(d);
        const int check = Iin::checkDigit(eleven);
        if (check >= 0)
            return eleven + QString::number(check);
    }
    return {};
}

template <typename T> T* child(QWidget* parent, const QString& name)
{
    T* w = parent->findChild<T*>(name);
    if (!w)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return w;
}

// Types part of a name into a directory choice and takes the first match with Enter, as a person would.
void pick(DirectoryComboBox* box, const QString& text)
{
    focusOn(box);
    typeText(box, text);
    QTRY_VERIFY2(QApplication::activePopupWidget(), qPrintable(u"no choices for "_s + text));
    QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Return);
    QTRY_VERIFY(!QApplication::activePopupWidget());
    QTest::qWait(20);
}

void clickTab(QTabBar* bar, int index)
{
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    QCOMPARE(bar->currentIndex(), index);
}
} // namespace

class TestAppealPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void receptionAppeal_markDeadlineControl_R51_R54();
    void lists_countsAndColours();
    void form_screeningCandidatesAndFiles_I2();
    void view_forwardRefusedThenRecorded_I31();
    void view_forwardPart_numberedSlashN_RR11();
    void view_decisionAndNotice_I46();

private:
    Appeal registered(const QString& name, const QString& kind, const QString& regime, const QDate& received);
    QDate receivedFor(int daysLeftMin, int daysLeftMax); // a receipt whose D15 term has that many days left today

    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TestDatabase> m_t;
    std::optional<Session> m_session;
};

void TestAppealPages::initTestCase() { Translator::install(u"en"_s); }

void TestAppealPages::init()
{
    // 10 March 2026, 09:00 in Astana: a Tuesday.
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 3, 10), QTime(4, 0), Qt::UTC));
    m_t = std::make_unique<TestDatabase>(TestDatabase::Backend::Sqlite);
    QVERIFY2(m_t->isValid(), qPrintable(m_t->error()));
    m_t->db()->setClock(m_clock.get());
    Problems problems;
    QVERIFY2(Setup::initialise(*m_t->db(), true, &problems), qPrintable(describe(problems)));
    // The head holds receptions and takes appeals on control (I-53).
    m_session = UserService(*m_t->db()).signIn(u"head"_s, u"Head-2026"_s, &problems);
    QVERIFY2(m_session, qPrintable(describe(problems)));
}

void TestAppealPages::cleanup()
{
    cancelPendingModals();
    m_session.reset();
    m_t.reset();
    m_clock.reset();
}

Appeal TestAppealPages::registered(const QString& name, const QString& kind, const QString& regime,
                                   const QDate& received)
{
    Appeal a;
    a.receivedOn = received;
    a.kindCode = kind;
    a.regimeCode = regime;
    a.formCode = u"paper"_s;
    a.channelCode = u"paper"_s;
    a.applicantName = name;
    a.essence = u"Просит проверить"_s;
    Problems problems;
    if (!AppealService(*m_t->db()).registerAppeal(*m_session, &a, &problems))
        qWarning("%s", qPrintable(describe(problems)));
    return a;
}

QDate TestAppealPages::receivedFor(int daysLeftMin, int daysLeftMax)
{
    const DeadlineRuleSet rules = DeadlineRuleSet::builtin();
    const DeadlineCalculator calculator(CalendarService(*m_t->db()).load());
    const AppealDeadline deadline(calculator, rules);
    const QDate today = m_clock->today();
    for (QDate d = today; d > today.addDays(-90); d = d.addDays(-1)) {
        Appeal a;
        a.kindCode = u"statement"_s;
        a.regimeCode = u"appk_administrative"_s;
        a.receivedOn = d;
        const AppealTerm t = deadline.term(a, today);
        if (t.daysLeft >= daysLeftMin && t.daysLeft <= daysLeftMax)
            return d;
    }
    return {};
}

// the written appeal accepted at the reception is registered from the card with the mark; its term
// (D15, I-50) is shown; Take on control puts it on the "On control" list (I-53); Remove from control is refused
// before the final answer with R-54 named, and allowed to the controller once the final answer was sent (I-68).
void TestAppealPages::receptionAppeal_markDeadlineControl_R51_R54()
{
    Database& db = *m_t->db();
    // the prosecutor handled this applicant's earlier appeal.
    const QString iin = validIin(u"8501013001"_s);
    const QString prosecutorId = UserService(db).findByLogin(u"prosecutor"_s)->id;
    Appeal earlier;
    earlier.receivedOn = QDate(2026, 2, 2);
    earlier.kindCode = u"statement"_s;
    earlier.regimeCode = u"appk_administrative"_s;
    earlier.formCode = u"paper"_s;
    earlier.channelCode = u"paper"_s;
    earlier.applicantName = u"Нұрланов Ерлан"_s;
    earlier.applicantIin = iin;
    earlier.applicantAddress = u"г. Семей"_s;
    earlier.essence = u"Начисление пенсии"_s;
    Problems problems;
    QVERIFY2(AppealService(db).registerAppeal(*m_session, &earlier, &problems), qPrintable(describe(problems)));
    QVERIFY2(AppealAssignment(db).assign(*m_session, earlier.id, prosecutorId, {}, &problems),
             qPrintable(describe(problems)));

    MainWindow window(db, *m_session);
    QVERIFY(showActive(&window));
    QCOMPARE(window.currentSection(), MainWindow::Reception);
    auto* reception = qobject_cast<ReceptionPage*>(window.page(MainWindow::Reception));
    QVERIFY(reception);
    reception->newCard();
    ReceptionCardForm* card = reception->form();
    qobject_cast<QLineEdit*>(card->editor(u"iin"_s))->setText(iin);
    qobject_cast<QLineEdit*>(card->editor(u"surname"_s))->setText(u"Нұрланов"_s);
    qobject_cast<QLineEdit*>(card->editor(u"given_name"_s))->setText(u"Ерлан"_s);
    qobject_cast<DirectoryComboBox*>(card->editor(u"social_status_code"_s))->setCurrentCode(u"worker"_s);
    qobject_cast<QLineEdit*>(card->editor(u"place_addressee"_s))->setText(u"ЦПГ, каб. 105"_s);
    qobject_cast<QLineEdit*>(card->editor(u"registered_address"_s))->setText(u"г. Семей, ул. Абая, 12-5"_s);
    qobject_cast<QLineEdit*>(card->editor(u"secretary"_s))->setText(u"Ахметова Д."_s);
    qobject_cast<QPlainTextEdit*>(card->editor(u"present"_s))->setPlainText(u"Заявитель"_s);
    qobject_cast<QPlainTextEdit*>(card->editor(u"oral_appeal"_s))->setPlainText(u"Просит проверить увольнение"_s);
    auto* written = qobject_cast<QCheckBox*>(card->editor(u"written_appeal_accepted"_s));
    QVERIFY(written);
    card->editor(u"written_appeal_accepted"_s)->setFocus();
    QTest::keyClick(written, Qt::Key_Space);
    QVERIFY(written->isChecked());
    auto* openAppeal = child<QPushButton>(card, u"openAppeal"_s);
    QVERIFY(openAppeal && !openAppeal->isVisible()); // nothing registered yet
    click(child<QPushButton>(card, u"save"_s));
    QVERIFY2(card->problems().isEmpty(), qPrintable(describe(card->problems())));
    const QString cardNumber = card->card().number();
    QVERIFY(!cardNumber.isEmpty());
    const QString number = CardService(db).appealNumberOf(card->cardId());
    QVERIFY(!number.isEmpty());

    // Offered: the button has the focus; Space opens the registration in the Appeals section.
    QTRY_VERIFY(openAppeal->isVisible());
    QTRY_VERIFY(openAppeal->hasFocus());
    QTest::keyClick(openAppeal, Qt::Key_Space);
    QCOMPARE(window.currentSection(), MainWindow::Appeals);
    auto* page = qobject_cast<AppealsPage*>(window.page(MainWindow::Appeals));
    QVERIFY(page);
    QVERIFY(page->isFormShown());
    AppealForm* form = page->form();
    QVERIFY2(form->markLabel()->text().contains(u"с личного приема"_s), qPrintable(form->markLabel()->text()));
    QVERIFY(form->markLabel()->text().contains(cardNumber));
    // Prefilled from the card: the applicant, the essence, the channel, the day of the reception.
    QCOMPARE(qobject_cast<QLineEdit*>(form->editor(u"applicantName"_s))->text(), u"Нұрланов Ерлан"_s);
    QCOMPARE(qobject_cast<QPlainTextEdit*>(form->editor(u"essence"_s))->toPlainText(), u"Просит проверить увольнение"_s);
    QCOMPARE(qobject_cast<DirectoryComboBox*>(form->editor(u"channel"_s))->currentCode(), u"personal_reception"_s);
    QCOMPARE(qobject_cast<QLineEdit*>(form->editor(u"receivedOn"_s))->text(), u"10.03.2026"_s);
    QCOMPARE(qobject_cast<QLineEdit*>(form->editor(u"address"_s))->text(), u"г. Семей, ул. Абая, 12-5"_s);
    screenshot(&window, u"appeal-form"_s);

    // Saved without a kind: refused, the field named and focused.
    click(child<QPushButton>(form, u"save"_s));
    QVERIFY(page->isFormShown());
    QVERIFY2(describe(form->problems()).contains(u"Kind"_s), qPrintable(describe(form->problems())));
    QTRY_VERIFY(form->editor(u"kind"_s)->hasFocus());
    pick(qobject_cast<DirectoryComboBox*>(form->editor(u"kind"_s)), u"Statement"_s);
    pick(qobject_cast<DirectoryComboBox*>(form->editor(u"regime"_s)), u"APPC administrative"_s);
    focusOn(form->editor(u"essence"_s));
    QTest::keyClick(form->editor(u"essence"_s), Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(form->problems().isEmpty(), qPrintable(describe(form->problems())));
    QVERIFY(page->isViewShown());

    const Appeal stored = *AppealService(db).byNumber(number);
    QCOMPARE(stored.kindCode, u"statement"_s);
    QCOMPARE(stored.regimeCode, u"appk_administrative"_s);
    QVERIFY(stored.fromReception);
    QCOMPARE(stored.receivedOn, QDate(2026, 3, 10));
    AppealView* view = page->appealView();
    QVERIFY2(view->markLabel()->text().contains(u"с личного приема"_s), qPrintable(view->markLabel()->text()));
    // D15 (I-50): 15 working days counted from the day after the receipt, on the real calendar.
    const DeadlineCalculator calculator(CalendarService(db).load());
    const DeadlineRuleSet rules = DeadlineRuleSet::builtin();
    const AppealTerm term = AppealDeadline(calculator, rules).term(stored, QDate(2026, 3, 10));
    QCOMPARE(term.ruleId, u"D15"_s);
    QVERIFY(term.due > QDate(2026, 3, 30)); // 15 working days are three weeks at least
    const QString termText = view->termLabel()->text();
    QVERIFY2(termText.contains(term.due.toString(u"dd.MM.yyyy"_s)) && termText.contains(u"D15"_s)
                 && termText.contains(u"%1 days left"_s.arg(QDate(2026, 3, 10).daysTo(term.due))),
             qPrintable(termText));
    screenshot(&window, u"appeal-view"_s);

    // not assigned to the prosecutor who handled the applicant's earlier appeal; the reason is shown in the
    // dialog, and in the view once it is cancelled. The head, who held this reception, takes it.
    QString refusal;
    onModal<AppealStepDialog>([&refusal, prosecutorId](AppealStepDialog* d) {
        onModal<AppealStepDialog>([&refusal](AppealStepDialog* again) {
            refusal = again->findChild<QLabel*>(u"problems"_s)->text();
            click(dialogButton(again, QDialogButtonBox::Cancel));
        });
        auto* lead = qobject_cast<QComboBox*>(d->field(u"lead"_s));
        lead->setCurrentIndex(lead->findData(prosecutorId));
        click(dialogButton(d, QDialogButtonBox::Ok));
    });
    click(view->button(u"assign"_s));
    QVERIFY2(refusal.contains(u"R-53"_s) && refusal.contains(earlier.number) && refusal.contains(u"prosecutor"_s),
             qPrintable(refusal));
    QVERIFY(view->problemLabel()->text().contains(u"R-53"_s));
    QVERIFY(AppealService(db).load(stored.id)->leadExecutorId.isEmpty());
    const QString headId = m_session->user().id;
    onModal<AppealStepDialog>([headId](AppealStepDialog* d) {
        auto* lead = qobject_cast<QComboBox*>(d->field(u"lead"_s));
        lead->setCurrentIndex(lead->findData(headId));
        click(dialogButton(d, QDialogButtonBox::Ok));
    });
    click(view->button(u"assign"_s));
    QVERIFY2(!view->problemLabel()->isVisible(), qPrintable(view->problemLabel()->text()));
    QCOMPARE(AppealService(db).load(stored.id)->leadExecutorId, headId);
    QVERIFY2(view->infoLabel()->text().contains(u"Lead executor: head"_s), qPrintable(view->infoLabel()->text()));

    // I-53: taken on control; the "On control" list holds it.
    QVERIFY(view->controlLabel()->text().contains(u"Not on control"_s));
    click(view->button(u"takeControl"_s));
    QVERIFY2(view->controlLabel()->text().contains(u"On control"_s), qPrintable(view->controlLabel()->text()));
    QVERIFY(view->controlLabel()->text().contains(u"head"_s));
    click(view->button(u"back"_s));
    QVERIFY(page->isListShown());
    QVERIFY2(page->lists()->tabText(AppealListModel::OnControl).contains(u"(1)"_s),
             qPrintable(page->lists()->tabText(AppealListModel::OnControl)));
    clickTab(page->lists(), AppealListModel::OnControl);
    QCOMPARE(page->model()->rowCount(), 1);
    QCOMPARE(page->model()->index(0, AppealListModel::Number).data().toString(), number);

    // not before the final answer; an interim answer does not count.
    focusOn(page->view());
    page->view()->setCurrentIndex(page->model()->index(0, 0));
    QTest::keyClick(page->view(), Qt::Key_Return);
    QVERIFY(page->isViewShown());
    click(view->button(u"removeControl"_s));
    QVERIFY2(view->problemLabel()->isVisible() && view->problemLabel()->text().contains(u"R-54"_s),
             qPrintable(view->problemLabel()->text()));
    QVERIFY(AppealService(db).load(stored.id)->onControl());
    QVERIFY(view->controlLabel()->text().contains(u"On control"_s));

    // The final answer sent today (I-68), through the date dialog; then the controller removes it.
    bool asked = false;
    onModal<QDialog>(
        [](QDialog* dialog) {
            QVERIFY(dialog->findChild<QDateEdit*>(u"date"_s));
            click(dialogButton(dialog, QDialogButtonBox::Ok));
        },
        &asked);
    click(view->button(u"finalAnswer"_s));
    QVERIFY(asked);
    QCOMPARE(AppealService(db).load(stored.id)->finalAnswerSentOn, QDate(2026, 3, 10));
    QVERIFY(view->termLabel()->text().contains(u"within the term"_s));
    click(view->button(u"removeControl"_s));
    QVERIFY2(!view->problemLabel()->isVisible(), qPrintable(view->problemLabel()->text()));
    QVERIFY(!AppealService(db).load(stored.id)->onControl());
    // Every step is in the timeline.
    QStringList steps;
    for (int i = 0; i < view->timeline()->topLevelItemCount(); ++i)
        steps << view->timeline()->topLevelItem(i)->data(1, Qt::UserRole).toString();
    // The screening proposed beside the form is recorded with the registration (I-2).
    QCOMPARE(steps, QStringList({u"screened"_s, u"assigned"_s, u"control_taken"_s, u"final_answer"_s,
                                 u"control_removed"_s}));
    QCOMPARE(AppealService(db).load(stored.id)->screening, u"primary"_s);
}

// The lists and their counts: overdue red, due within 3 days amber, deemed refused (a complaint past its 20
// working days without an answer, I-83) dark red, closed grey; "Due within N days" follows N; the filter narrows.
void TestAppealPages::lists_countsAndColours()
{
    Database& db = *m_t->db();
    const QDate today = m_clock->today();
    const QDate fresh = today;
    const QDate soon = receivedFor(1, 3);
    const QDate late = receivedFor(-5, -1);
    QVERIFY(soon.isValid() && late.isValid());
    const Appeal a = registered(u"Ахметов Асқар"_s, u"statement"_s, u"appk_administrative"_s, fresh);
    const Appeal b = registered(u"Бекова Әлия"_s, u"statement"_s, u"appk_administrative"_s, soon);
    const Appeal c = registered(u"Сидоров Пётр"_s, u"statement"_s, u"appk_administrative"_s, late);
    const Appeal d = registered(u"Дәулетов Нұр"_s, u"complaint"_s, u"appk_complaint"_s, QDate(2026, 1, 5));
    const Appeal e = registered(u"Есенова Гүл"_s, u"statement"_s, u"appk_administrative"_s, soon); // answered in time
    for (const Appeal* x : {&a, &b, &c, &d, &e})
        QVERIFY(!x->id.isEmpty());
    Problems problems;
    QVERIFY2(AppealService(db).recordAnswer(*m_session, e.id, today, true, &problems), qPrintable(describe(problems)));
    QVERIFY2(AppealService(db).takeOnControl(*m_session, a.id, &problems), qPrintable(describe(problems)));
    // Mine: the head is the lead executor of one (I-33).
    QVERIFY2(AppealAssignment(db).assign(*m_session, b.id, m_session->user().id, {}, &problems),
             qPrintable(describe(problems)));

    AppealsPage page(db, *m_session);
    page.resize(1300, 700);
    QVERIFY(showActive(&page));
    QTabBar* lists = page.lists();
    auto count = [lists](AppealListModel::List l) { return lists->tabText(l); };
    QVERIFY2(count(AppealListModel::All).endsWith(u"(5)"_s), qPrintable(count(AppealListModel::All)));
    QVERIFY2(count(AppealListModel::Mine).endsWith(u"(1)"_s), qPrintable(count(AppealListModel::Mine)));
    QVERIFY(count(AppealListModel::OnControl).endsWith(u"(1)"_s));
    QVERIFY2(count(AppealListModel::DueSoon).startsWith(u"Due within 7 days"_s)
                 && count(AppealListModel::DueSoon).endsWith(u"(1)"_s),
             qPrintable(count(AppealListModel::DueSoon)));
    QVERIFY2(count(AppealListModel::Overdue).endsWith(u"(2)"_s), qPrintable(count(AppealListModel::Overdue)));
    QVERIFY2(count(AppealListModel::DeemedRefused).endsWith(u"(1)"_s), qPrintable(count(AppealListModel::DeemedRefused)));

    // Colours by the term, on the All list.
    AppealListModel* model = page.model();
    auto toneOf = [model](const Appeal& x) {
        const int r = model->rowOfId(x.id);
        return r < 0 ? -1 : model->index(r, 0).data(AppealListModel::ToneRole).toInt();
    };
    QCOMPARE(toneOf(a), int(AppealListModel::Normal));
    QCOMPARE(toneOf(b), int(AppealListModel::DueWithin3Days));
    QCOMPARE(toneOf(c), int(AppealListModel::OverdueTone));
    QCOMPARE(toneOf(d), int(AppealListModel::DeemedRefusedTone));
    QCOMPARE(toneOf(e), int(AppealListModel::Closed));
    const int rowC = model->rowOfId(c.id);
    QCOMPARE(model->index(rowC, AppealListModel::Applicant).data(Qt::BackgroundRole).value<QBrush>().color(),
             AppealListModel::colourOf(AppealListModel::OverdueTone));
    QCOMPARE(model->index(model->rowOfId(a.id), 0).data(Qt::BackgroundRole), QVariant());

    clickTab(lists, AppealListModel::DeemedRefused);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, AppealListModel::Number).data().toString(), d.number);
    clickTab(lists, AppealListModel::Overdue);
    QCOMPARE(model->rowCount(), 2);

    // N typed: 30 days takes in the fresh statement too (its D15 term is three weeks away at least).
    QSpinBox* days = page.dueWithinField();
    focusOn(days);
    days->selectAll();
    typeText(days, u"30"_s);
    QTRY_COMPARE(days->value(), 30);
    QVERIFY2(count(AppealListModel::DueSoon).startsWith(u"Due within 30 days"_s)
                 && count(AppealListModel::DueSoon).endsWith(u"(2)"_s),
             qPrintable(count(AppealListModel::DueSoon)));

    // The filter text narrows the list shown; Enter opens the one left.
    clickTab(lists, AppealListModel::All);
    screenshot(&page, u"appeal-lists"_s);
    QTest::keyClick(&page, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(page.filterField()->hasFocus());
    typeText(page.filterField(), u"Сидоров"_s);
    QCOMPARE(model->rowCount(), 1);
    focusOn(page.view());
    page.view()->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(page.view(), Qt::Key_Return);
    QVERIFY(page.isViewShown());
    QCOMPARE(page.appealView()->appeal().id, c.id);
    QVERIFY2(page.appealView()->termLabel()->text().contains(u"overdue"_s), qPrintable(page.appealView()->termLabel()->text()));
}

// I-2, RR-13: typing the applicant of a new appeal lists the same person's earlier appeal beside the form with the
// screening proposed; a file added before saving is stored with the appeal, opened and removed (a tombstone).
void TestAppealPages::form_screeningCandidatesAndFiles_I2()
{
    Database& db = *m_t->db();
    const QString iin = validIin(u"9005154012"_s);
    Appeal earlier;
    earlier.receivedOn = QDate(2026, 2, 2);
    earlier.kindCode = u"statement"_s;
    earlier.regimeCode = u"appk_administrative"_s;
    earlier.formCode = u"paper"_s;
    earlier.channelCode = u"paper"_s;
    earlier.applicantName = u"Сейітқали Әйгерім"_s;
    earlier.applicantIin = iin;
    earlier.applicantAddress = u"г. Семей"_s;
    earlier.essence = u"Незаконное увольнение с работы"_s;
    Problems problems;
    QVERIFY2(AppealService(db).registerAppeal(*m_session, &earlier, &problems), qPrintable(describe(problems)));

    AppealsPage page(db, *m_session);
    page.resize(1400, 800);
    QVERIFY(showActive(&page));
    focusOn(page.view());
    QTest::keyClick(page.view(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(page.isFormShown());
    AppealForm* form = page.form();
    AppealSidePanel* side = page.sidePanel();
    QVERIFY(side);
    focusOn(form->editor(u"iin"_s));
    typeText(form->editor(u"iin"_s), iin);
    focusOn(form->editor(u"applicantName"_s));
    typeText(form->editor(u"applicantName"_s), u"Сейітқали Әйгерім"_s);
    QTRY_COMPARE(side->candidates()->topLevelItemCount(), 1);
    QCOMPARE(side->candidates()->topLevelItem(0)->text(0), earlier.number);
    QVERIFY2(side->suggestion()->text().contains(u"Proposed"_s), qPrintable(side->suggestion()->text()));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"скан.pdf"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("%PDF-1.4 scan");
    f.close();
    side->chooseFile = [path] { return path; };
    click(child<QPushButton>(side, u"addFile"_s));
    QCOMPARE(side->attachments()->count(), 1);
    QVERIFY(side->attachments()->item(0)->text().contains(u"скан.pdf"_s));

    qobject_cast<DirectoryComboBox*>(form->editor(u"kind"_s))->setCurrentCode(u"statement"_s);
    qobject_cast<DirectoryComboBox*>(form->editor(u"regime"_s))->setCurrentCode(u"appk_administrative"_s);
    qobject_cast<DirectoryComboBox*>(form->editor(u"form"_s))->setCurrentCode(u"paper"_s);
    qobject_cast<DirectoryComboBox*>(form->editor(u"channel"_s))->setCurrentCode(u"paper"_s);
    qobject_cast<QLineEdit*>(form->editor(u"address"_s))->setText(u"г. Семей"_s);
    qobject_cast<QPlainTextEdit*>(form->editor(u"essence"_s))->setPlainText(u"Прошу восстановить на работе"_s);
    click(child<QPushButton>(form, u"save"_s));
    QVERIFY2(form->problems().isEmpty(), qPrintable(describe(form->problems())));
    QVERIFY(page.isViewShown());
    const QString id = page.appealView()->appeal().id;
    const QList<AppealAttachment> files = AppealAttachments(db).list(id);
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.first().fileName, u"скан.pdf"_s);
    QVERIFY(!AppealService(db).load(id)->screening.isEmpty());

    // Completing it again: the stored file is listed, opened as a copy, removed.
    click(page.appealView()->button(u"edit"_s));
    QVERIFY(page.isFormShown());
    QCOMPARE(side->attachments()->count(), 1);
    QString opened;
    side->openFile = [&opened](const QString& p) { opened = p; };
    side->attachments()->setCurrentRow(0);
    click(child<QPushButton>(side, u"openFile"_s));
    QFile copy(opened);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), QByteArray("%PDF-1.4 scan"));
    side->attachments()->setCurrentRow(0);
    click(child<QPushButton>(side, u"removeFile"_s));
    QCOMPARE(side->attachments()->count(), 0);
    QVERIFY(AppealAttachments(db).list(id).isEmpty());
}

// I-31: Forward by competence from the opened appeal: without the competent body the dialog shows the refusal and
// stays open; cancelled, the view shows it; with the body and the applicant notified, the step is recorded.
void TestAppealPages::view_forwardRefusedThenRecorded_I31()
{
    Database& db = *m_t->db();
    const Appeal a = registered(u"Ахметов Асқар"_s, u"statement"_s, u"appk_administrative"_s, m_clock->today());
    QVERIFY(!a.id.isEmpty());
    AppealsPage page(db, *m_session);
    page.resize(1400, 800);
    QVERIFY(showActive(&page));
    page.openAppeal(a.id);
    QVERIFY(page.isViewShown());
    AppealView* view = page.appealView();
    QPushButton* forward = view->button(u"forward"_s);
    QVERIFY(forward);

    // Empty: refused inside the dialog; then cancelled.
    QString refusal;
    onModal<AppealStepDialog>([&refusal](AppealStepDialog* d) {
        onModal<AppealStepDialog>([&refusal](AppealStepDialog* again) {
            refusal = again->findChild<QLabel*>(u"problems"_s)->text();
            click(dialogButton(again, QDialogButtonBox::Cancel));
        });
        qobject_cast<QCheckBox*>(d->field(u"notified"_s))->setChecked(true);
        click(dialogButton(d, QDialogButtonBox::Ok));
    });
    click(forward);
    QVERIFY2(!refusal.isEmpty(), "the refusal was not shown in the dialog");
    QVERIFY2(view->problemLabel()->isVisible() && view->problemLabel()->text() == refusal,
             qPrintable(view->problemLabel()->text()));
    QCOMPARE(AppealService(db).load(a.id)->status, u"registered"_s);

    onModal<AppealStepDialog>([](AppealStepDialog* d) {
        auto* body = qobject_cast<QLineEdit*>(d->field(u"body"_s));
        focusOn(body);
        typeText(body, u"Акимат г. Семей"_s);
        qobject_cast<QPlainTextEdit*>(d->field(u"reason"_s))->setPlainText(u"Вопрос благоустройства"_s);
        click(dialogButton(d, QDialogButtonBox::Ok));
    });
    click(forward);
    QVERIFY2(!view->problemLabel()->isVisible(), qPrintable(view->problemLabel()->text()));
    QCOMPARE(AppealService(db).load(a.id)->status, u"forwarded"_s);
    bool statusShown = false;
    for (const QLabel* l : view->findChildren<QLabel*>())
        statusShown = statusShown || l->text() == u"forwarded by competence (I-31)"_s;
    QVERIFY(statusShown);
    bool found = false;
    for (int i = 0; i < view->timeline()->topLevelItemCount(); ++i)
        found = found || view->timeline()->topLevelItem(i)->data(1, Qt::UserRole).toString() == u"forwarded";
    QVERIFY(found);
}

// RR-11: one question of the appeal forwarded from the view becomes part "/1" of its number; the appeal stays.
void TestAppealPages::view_forwardPart_numberedSlashN_RR11()
{
    Database& db = *m_t->db();
    const Appeal a = registered(u"Ахметов Асқар"_s, u"statement"_s, u"appk_administrative"_s, m_clock->today());
    QVERIFY(!a.id.isEmpty());
    AppealsPage page(db, *m_session);
    page.resize(1400, 800);
    QVERIFY(showActive(&page));
    page.openAppeal(a.id);
    QPushButton* part = page.appealView()->button(u"forwardPart"_s);
    QVERIFY(part);
    onModal<AppealStepDialog>([](AppealStepDialog* d) {
        qobject_cast<QPlainTextEdit*>(d->field(u"partEssence"_s))->setPlainText(u"Аула жолын жөндеу"_s);
        auto* body = qobject_cast<QLineEdit*>(d->field(u"body"_s));
        focusOn(body);
        typeText(body, u"Әкімдік"_s);
        click(dialogButton(d, QDialogButtonBox::Ok));
    });
    click(part);
    QVERIFY2(!page.appealView()->problemLabel()->isVisible(), qPrintable(page.appealView()->problemLabel()->text()));
    const auto piece = AppealService(db).byNumber(a.number + u"/1"_s);
    QVERIFY(piece);
    QCOMPARE(piece->parentAppealId, a.id);
    QCOMPARE(piece->status, u"forwarded"_s);
    QCOMPARE(piece->essence, u"Аула жолын жөндеу"_s);
    QCOMPARE(AppealService(db).load(a.id)->status, u"in_consideration"_s);

    // Ctrl+E from the opened appeal goes to its registration form (the key survives the buttons' retranslation).
    QVERIFY(page.isViewShown());
    QVERIFY(showActive(&page));
    page.appealView()->setFocus();
    QTest::keyClick(page.appealView(), Qt::Key_E, Qt::ControlModifier);
    QVERIFY(page.isFormShown());
}

// I-46: a decision from the administrative list recorded from the view (a decision of another procedure is not
// offered); the notice to the applicant made from the record in Kazakh (I-85) goes to the printer hook.
void TestAppealPages::view_decisionAndNotice_I46()
{
    Database& db = *m_t->db();
    const Appeal a = registered(u"Ахметов Асқар"_s, u"statement"_s, u"appk_administrative"_s, m_clock->today());
    QVERIFY(!a.id.isEmpty());
    AppealsPage page(db, *m_session);
    page.resize(1400, 800);
    QVERIFY(showActive(&page));
    page.openAppeal(a.id);
    AppealView* view = page.appealView();

    bool offeredForeign = true;
    onModal<AppealStepDialog>([&offeredForeign](AppealStepDialog* d) {
        auto* decision = qobject_cast<QComboBox*>(d->field(u"decision"_s));
        offeredForeign = decision->findData(u"cmp_cancel"_s) >= 0;
        decision->setCurrentIndex(decision->findData(u"adm_action"_s));
        qobject_cast<QPlainTextEdit*>(d->field(u"reason"_s))->setPlainText(u"Доводы подтвердились"_s);
        click(dialogButton(d, QDialogButtonBox::Ok));
    });
    click(view->button(u"decide"_s));
    QVERIFY(!offeredForeign);
    QVERIFY2(!view->problemLabel()->isVisible(), qPrintable(view->problemLabel()->text()));
    QCOMPARE(AppealService(db).load(a.id)->decisionCode, u"adm_action"_s);

    std::optional<AppealNotice> printed;
    page.workflow()->noticeRequested = [&printed](const AppealNotice& n, bool) { printed = n; };
    onModal<AppealStepDialog>([](AppealStepDialog* d) {
        auto* language = qobject_cast<QComboBox*>(d->field(u"language"_s));
        language->setCurrentIndex(language->findData(u"kk"_s));
        qobject_cast<QLineEdit*>(d->field(u"number"_s))->setText(u"2-17/123"_s);
        click(dialogButton(d, QDialogButtonBox::Ok));
    });
    click(view->button(u"notice"_s));
    QVERIFY(printed);
    QCOMPARE(printed->appealNumber, a.number);
    QCOMPARE(printed->language, u"kk"_s);
    QVERIFY(printed->html().contains(u"2-17/123"_s));
}

QTEST_MAIN(TestAppealPages)
#include "tst_appealpages.moc"
