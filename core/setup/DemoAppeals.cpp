#include "DemoAppeals.h"

#include "appeal/AppealAction.h"
#include "appeal/AppealDeadline.h"
#include "appeal/AppealService.h"
#include "calendar/CalendarService.h"
#include "common/Clock.h"
#include "deadline/DeadlineRule.h"
#include "identity/Iin.h"
#include "reception/CardJournal.h"
#include "reception/CardService.h"
#include "security/Session.h"
#include "security/UserService.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {

struct KindRegime
{
    const char* kind;
    const char* regime;
    const char* form;
    const char* channel;
};

// The kinds and regimes of rules-000 §3.2 in turn: D15, D16, D27, D16, no АППК term (I-10), D9a.
const KindRegime kKinds[] = {
    {"statement", "appk_administrative", "paper", "paper"},
    {"report", "appk_simplified", "electronic", "information_system"},
    {"complaint", "appk_complaint", "paper", "paper"},
    {"request", "appk_simplified", "electronic", "information_system"},
    {"complaint", "upk", "paper", "paper"},
    {"deputy_request", "parliament", "paper", "parliament"},
};

const char* const kApplicants[] = {
    "Сәрсенбаева Гүлнар Әбілқызы", "Петров Игорь Васильевич", "Жақсылықов Нұрсұлтан Ерланұлы", "ТОО «Алтын Дән»",
    "Ахметова Динара Маратовна",   "Қасымов Бауыржан Серікұлы", "Ким Александр Сергеевич",  "Омарова Әсел Талғатқызы",
};

const char* const kEssences[] = {
    "Жер учаскесін заңсыз алып қою туралы шағым",
    "О несогласии с постановлением об отказе в возбуждении уголовного дела",
    "Жалақыны төлемеу туралы",
    "О бездействии судебного исполнителя по взысканию алиментов",
    "Зейнетақыны қайта есептеу туралы өтініш",
    "О нарушении прав потребителей управляющей компанией",
    "Тергеушінің әрекетіне шағым",
    "О предоставлении информации о ходе проверки",
};

// Acts as if on `day`: the services stamp registration, control and answers with their clock's today.
class DayClock
{
public:
    DayClock(Database& db, const QDate& day) : m_db(db), m_previous(&db.clock()), m_clock(QDateTime(day, QTime(11, 0)))
    {
        m_db.setClock(&m_clock);
    }
    ~DayClock() { m_db.setClock(m_previous); }

private:
    Database& m_db;
    const Clock* m_previous;
    FixedClock m_clock;
};

Session sessionOf(UserService& users, const char* login)
{
    const auto user = users.findByLogin(QString::fromLatin1(login));
    return user ? Session(*user) : Session::program(u"setup"_s);
}

} // namespace

bool DemoAppeals::add(Database& db, Problems* problems)
{
    {
        QSqlQuery q = db.prepare(u"SELECT COUNT(*) FROM appeal"_s);
        if (!q.exec() || !q.next()) {
            problems->append({tr("Appeals"), Database::errorText(q)});
            return false;
        }
        if (q.value(0).toInt() > 0) // added once: a database with appeals keeps its own
            return true;
    }
    const QDate today = db.clock().today();
    const DeadlineRuleSet rules = DeadlineRuleSet::builtin(problems);
    const DeadlineCalculator calculator(CalendarService(db).load());
    const AppealDeadline deadlines(calculator, rules);
    UserService users(db);
    const Session operatorUser = sessionOf(users, "operator");
    const Session head = sessionOf(users, "head");
    const Session prosecutor = sessionOf(users, "prosecutor");
    const Session* executors[] = {&prosecutor, &head, &operatorUser};
    AppealService appeals(db);
    CardService cards(db);
    // The first appeals come from the demo journal's receptions, with the mark.
    const QList<CardJournal::Row> receptions = CardJournal(db).fetch({}, {}, 0, 8);

    for (int i = 0; i < kCount; ++i) {
        const bool fromCard = i < receptions.size();
        const KindRegime& k = kKinds[i % int(std::size(kKinds))];
        Appeal a;
        a.kindCode = QString::fromLatin1(fromCard ? (i % 2 ? "complaint" : "statement") : k.kind);
        a.regimeCode = QString::fromLatin1(fromCard ? (i % 2 ? "appk_complaint" : "appk_administrative") : k.regime);
        a.formCode = QString::fromLatin1(fromCard ? "paper" : k.form);
        a.channelCode = QString::fromLatin1(fromCard ? "personal_reception" : k.channel);
        a.receivedOn = today.addDays(-(3 + (i * 11) % 58));
        a.applicantName = QString::fromUtf8(kApplicants[i % int(std::size(kApplicants))]);
        a.applicantLegal = a.applicantName.startsWith(u"ТОО"_s);
        a.essence = QString::fromUtf8(kEssences[(i * 3) % int(std::size(kEssences))]);
        a.language = i % 3 ? u"ru"_s : u"kk"_s;
        if (fromCard) {
            if (const auto card = cards.load(receptions.at(i).id)) {
                a.fromReception = true;
                a.receptionCardId = card->id;
                a.receivedOn = qMin(receptions.at(i).date, today);
                a.applicantName = card->fullName();
                a.applicantLegal = false;
                if (Iin::check(card->text("iin")).valid)
                    a.applicantIin = card->text("iin");
                if (!card->text("oral_appeal").isEmpty())
                    a.essence = card->text("oral_appeal");
                const QString language = card->text("reception_language");
                if (language == u"kk" || language == u"ru")
                    a.language = language;
            }
        }
        {
            DayClock day(db, a.receivedOn);
            if (!appeals.registerAppeal(operatorUser, &a, problems))
                return false;
            // an appeal from a reception is on control; every fifth other one too (I-53).
            if ((a.fromReception || i % 5 == 0)
                && !appeals.takeOnControl(a.fromReception ? prosecutor : head, a.id, problems))
                return false;
        }
        // The lead executor and the term in force (AppealTerms keeps it in the program; the demo sets it once).
        const AppealTerm term = deadlines.term(a, today);
        const Session& lead = *executors[i % int(std::size(executors))];
        {
            DayClock day(db, a.receivedOn);
            WriteTransaction tx(db, head.actor());
            AppealAction assigned;
            assigned.appealId = a.id;
            assigned.kind = QString::fromLatin1(AppealAction::Kind::Assigned);
            assigned.actionOn = a.receivedOn;
            assigned.target = lead.user().login;
            const bool ok = tx.isOpen()
                         && tx.update(u"appeal"_s, a.id,
                                      {{u"due_on"_s, nullIfEmpty(term.due)},
                                       {u"lead_executor_id"_s, nullIfEmpty(lead.user().id)},
                                       {u"lead_executor_login"_s, lead.user().login},
                                       {u"status"_s, u"in_consideration"_s}})
                         && (lead.user().id.isEmpty()
                             || !tx.insert(u"appeal_executor"_s, {{u"appeal_id"_s, a.id},
                                                                  {u"organisation_code"_s, a.organisationCode},
                                                                  {u"user_id"_s, lead.user().id},
                                                                  {u"user_login"_s, lead.user().login},
                                                                  {u"lead"_s, true},
                                                                  {u"assigned_on"_s, a.receivedOn},
                                                                  {u"assigned_by_login"_s, head.user().login}})
                                    .isEmpty())
                         && AppealActionLog::append(tx, head, a.organisationCode, &assigned) && tx.commit();
            if (!ok) {
                problems->append({tr("Appeals"), tx.error()});
                return false;
            }
        }
        // Answers (I-68): a third of the appeals whose term passed are left unanswered (overdue; a complaint about
        // a prosecutor deemed refused, I-83), a third answered on time, a third late; one in four of the others
        // answered early.
        QDate sent;
        const int fate = (i / int(std::size(kKinds))) % 3;
        if (term.applies && term.due < today) {
            if (fate == 1)
                sent = qMax(a.receivedOn, term.due.addDays(-2));
            else if (fate == 2)
                sent = qMin(today, term.due.addDays(3));
        } else if (i % 4 == 3) {
            sent = qMin(today, a.receivedOn.addDays(5));
        }
        if (sent.isValid()) {
            DayClock day(db, sent);
            if (!appeals.recordAnswer(lead.user().id.isEmpty() ? operatorUser : lead, a.id, sent, true, problems))
                return false;
            WriteTransaction tx(db, operatorUser.actor());
            if (!(tx.isOpen() && tx.update(u"appeal"_s, a.id, {{u"status"_s, u"answered"_s}}) && tx.commit())) {
                problems->append({tr("Appeals"), tx.error()});
                return false;
            }
        }
    }
    return true;
}

} // namespace armcpg
