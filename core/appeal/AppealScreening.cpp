#include "AppealScreening.h"

#include "appeal/AppealAction.h"
#include "appeal/AppealService.h"

#include "security/Session.h"
#include "storage/Database.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {

// rules-000 §5: the registrar screens (I-23 to I-26, I-35).
const QList<Role> kRegistrars = {Role::Operator, Role::ReceptionProsecutor, Role::DutyProsecutor, Role::Head};

// Words that say nothing about the question (after folding and cutting to the stem length below).
const QSet<QString>& stopWords()
{
    static const QSet<QString> words = {
        u"прошу"_s, u"просим"_s, u"проси"_s, u"также"_s, u"котор"_s, u"этого"_s, u"чтобы"_s, u"являе"_s,
        u"очень"_s, u"более"_s, u"может"_s, u"своег"_s, u"моего"_s, u"моему"_s, u"связи"_s, u"было"_s,
        u"были"_s, u"есть"_s, u"этом"_s, u"меня"_s, u"когда"_s, u"после"_s, u"однак"_s, u"уважа"_s,
        u"және"_s, u"үшін"_s, u"бойын"_s, u"турал"_s, u"менің"_s, u"сұрай"_s, u"сізде"_s, u"сізге"_s,
        u"бірақ"_s, u"қатыс"_s, u"please"_s, u"with"_s, u"that"_s, u"this"_s};
    return words;
}

// Russian and Kazakh inflect by endings: the first letters of a word stand for it ("пенсии", "пенсия" -> "пенси").
constexpr int kStemLength = 5;

QString foldText(const QString& text)
{
    QString folded = text.toLower();
    folded.replace(u'ё', u'е');
    for (QChar& c : folded) {
        if (!c.isLetterOrNumber())
            c = u' ';
    }
    return folded.simplified();
}

// The first word of a name in the spellings a registrar types (as typed, capitalised, upper, lower): the query's
// cheap pre-filter, portable across SQLite (ASCII-only case folding) and PostgreSQL.
QStringList firstWordSpellings(const QString& name)
{
    QString word = name.simplified().section(u' ', 0, 0);
    word.remove(u'%');
    word.remove(u'_');
    if (word.isEmpty())
        return {};
    const QString lower = word.toLower();
    const QString title = lower.left(1).toUpper() + lower.mid(1);
    QStringList spellings = {word, title, word.toUpper(), lower};
    spellings.removeDuplicates();
    return spellings;
}

} // namespace

QString AppealScreening::foldName(const QString& name)
{
    return foldText(name);
}

QSet<QString> AppealScreening::words(const QString& text)
{
    QSet<QString> stems;
    const QStringList all = foldText(text).split(u' ', Qt::SkipEmptyParts);
    for (const QString& word : all) {
        bool digits = true;
        for (QChar c : word)
            digits = digits && c.isDigit();
        // Numbers (a case, a decision, an amount) identify a question; short words do not.
        if (digits ? word.size() < 2 : word.size() < 4)
            continue;
        const QString stem = digits ? word : word.left(kStemLength);
        if (!stopWords().contains(stem))
            stems.insert(stem);
    }
    return stems;
}

double AppealScreening::overlap(const QSet<QString>& a, const QSet<QString>& b)
{
    if (a.isEmpty() && b.isEmpty())
        return 0;
    const qsizetype common = QSet<QString>(a).intersect(b).size();
    const qsizetype all = QSet<QString>(a).unite(b).size();
    return all == 0 ? 0 : double(common) / double(all);
}

bool AppealScreening::isScreening(const QString& value)
{
    return value == QLatin1String(Screening::Primary) || value == QLatin1String(Screening::Repeated)
        || value == QLatin1String(Screening::Duplicate) || value == QLatin1String(Screening::Anonymous);
}

QString AppealScreening::screeningName(const QString& value)
{
    if (value == QLatin1String(Screening::Primary))
        return tr("primary");
    if (value == QLatin1String(Screening::Repeated))
        return tr("repeated");
    if (value == QLatin1String(Screening::Duplicate))
        return tr("duplicate");
    if (value == QLatin1String(Screening::Anonymous))
        return tr("anonymous");
    return value;
}

QString AppealScreening::triggerName(const QString& trigger)
{
    if (trigger == QLatin1String(RepeatTrigger::ChallengesDecision))
        return tr("challenges the earlier decision");
    if (trigger == QLatin1String(RepeatTrigger::Untimely))
        return tr("the earlier appeal was not answered in time");
    if (trigger == QLatin1String(RepeatTrigger::OtherDefects))
        return tr("points to other defects of the earlier consideration");
    return {};
}

QList<ScreeningCandidate> AppealScreening::candidates(const Appeal& draft, int limit)
{
    QList<ScreeningCandidate> found;
    const QString organisation = draft.organisationCode.isEmpty() ? m_db.organisationCode() : draft.organisationCode;
    const QString iin = draft.applicantIin.trimmed();
    const QString bin = draft.applicantBin.trimmed();
    const QString name = foldName(draft.applicantName);
    const QStringList spellings = firstWordSpellings(draft.applicantName);
    const bool byNumber = draft.applicantLegal ? !bin.isEmpty() : !iin.isEmpty();
    if (!byNumber && name.isEmpty())
        return found; // no author: nothing to match (I-2(11))

    // I-2(6): judged per prosecutor's office. The draft itself and its own parts (RR-11) are not earlier appeals.
    QString sql = u"SELECT id, applicant_name, applicant_iin, applicant_bin FROM appeal WHERE organisation_code = ? "
                  "AND deleted = ? AND id <> ? AND (parent_appeal_id IS NULL OR parent_appeal_id <> ?)"_s;
    // A draft not yet stored has no id: the nil UUID stands in (PostgreSQL compares the uuid type).
    const QString self = draft.id.isEmpty() ? u"00000000-0000-0000-0000-000000000000"_s : draft.id;
    QVariantList binds = {organisation, false, self, self};
    // A registered draft: only what was registered before it (its row's HLC orders it among the others).
    if (!draft.id.isEmpty()) {
        QSqlQuery h = m_db.prepare(u"SELECT hlc FROM appeal WHERE id = ?"_s);
        h.addBindValue(draft.id);
        if (h.exec() && h.next()) {
            sql += u" AND hlc < ?"_s;
            binds << h.value(0).toString();
        }
    }
    QString nameFilter;
    if (!spellings.isEmpty()) {
        QStringList likes;
        for (qsizetype i = 0; i < spellings.size(); ++i)
            likes << u"applicant_name LIKE ?"_s;
        nameFilter = u"(applicant_legal = ? AND ("_s + likes.join(u" OR "_s) + u"))"_s;
    }
    auto bindName = [&] {
        binds << draft.applicantLegal;
        for (const QString& s : spellings)
            binds << QVariant(s + u'%');
    };
    const QString numberColumn = draft.applicantLegal ? u"applicant_bin"_s : u"applicant_iin"_s;
    if (byNumber) {
        // The same IIN (BIN); an earlier appeal without one may still be the person's, under the same name.
        if (nameFilter.isEmpty()) {
            sql += u" AND %1 = ?"_s.arg(numberColumn);
            binds << (draft.applicantLegal ? bin : iin);
        } else {
            sql += u" AND (%1 = ? OR (%1 IS NULL AND %2))"_s.arg(numberColumn, nameFilter);
            binds << (draft.applicantLegal ? bin : iin);
            bindName();
        }
    } else {
        sql += u" AND "_s + nameFilter;
        bindName();
    }
    sql += u" ORDER BY registered_on DESC, number DESC"_s;

    QSqlQuery q = m_db.prepare(sql);
    for (const QVariant& v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec())
        return found;
    struct Match
    {
        QString id;
        QString how;
    };
    QList<Match> matches;
    while (q.next()) {
        const QString rowIin = q.value(2).toString();
        const QString rowBin = q.value(3).toString();
        const QString rowNumber = draft.applicantLegal ? rowBin : rowIin;
        const QString number = draft.applicantLegal ? bin : iin;
        if (byNumber && !rowNumber.isEmpty() && rowNumber == number) {
            matches.append({q.value(0).toString(), draft.applicantLegal ? tr("same BIN") : tr("same IIN")});
        } else if (foldName(q.value(1).toString()) == name) {
            matches.append({q.value(0).toString(), byNumber ? tr("same name (the earlier appeal has no %1)")
                                                                   .arg(draft.applicantLegal ? tr("BIN") : tr("IIN"))
                                                            : tr("same name")});
        }
        if (matches.size() >= 500)
            break; // a limit on what is read, far above what anyone reads
    }

    const QSet<QString> essence = words(draft.essence);
    const QString foldedEssence = foldText(draft.essence);
    const QString subject = foldText(draft.subject);
    const QSet<QString> subjectWords = words(draft.subject);
    const QString addressee = foldText(draft.addressee);
    AppealService appeals(m_db);
    for (const Match& m : std::as_const(matches)) {
        const auto a = appeals.load(m.id);
        if (!a)
            continue;
        ScreeningCandidate c;
        c.appealId = a->id;
        c.number = a->number;
        c.receivedOn = a->receivedOn;
        c.registeredOn = a->registeredOn;
        c.kindCode = a->kindCode;
        c.status = a->status;
        c.screening = a->screening;
        c.mainAppealId = a->mainAppealId;
        c.decisionCode = a->decisionCode;
        c.decidedOn = a->decidedOn;
        c.answerSentOn = a->finalAnswerSentOn;

        QStringList why = {m.how};
        const QString otherSubject = foldText(a->subject);
        const bool sameSubject = !subject.isEmpty() && !otherSubject.isEmpty()
                              && (subject == otherSubject || overlap(subjectWords, words(a->subject)) >= 0.5);
        const bool sameAddressee = !addressee.isEmpty() && addressee == foldText(a->addressee);
        c.essenceOverlap = overlap(essence, words(a->essence));
        c.sameQuestion = sameSubject || c.essenceOverlap >= kSameQuestion;
        c.sameText = !foldedEssence.isEmpty()
                  && (foldedEssence == foldText(a->essence) || c.essenceOverlap >= kSameText);
        c.score = c.essenceOverlap + (sameSubject ? 0.5 : 0) + (sameAddressee ? 0.1 : 0);
        if (sameSubject)
            why << tr("same subject");
        if (sameAddressee)
            why << tr("same addressee");
        if (c.sameText)
            why << tr("essentially the same text");
        else if (c.essenceOverlap > 0)
            why << tr("%1% of the essence's words in common").arg(qRound(c.essenceOverlap * 100));
        c.reason = why.join(u"; "_s);
        found.append(c);
    }
    // The same question first, closest first; then the rest, newest first (the query's order, kept by the stable sort).
    std::stable_sort(found.begin(), found.end(), [](const ScreeningCandidate& x, const ScreeningCandidate& y) {
        if (x.sameQuestion != y.sameQuestion)
            return x.sameQuestion;
        return x.sameQuestion && x.score > y.score;
    });
    if (found.size() > limit)
        found.resize(limit);
    return found;
}

ScreeningSuggestion AppealScreening::suggest(const Appeal& draft, const QList<ScreeningCandidate>& candidates,
                                             bool hasSignature) const
{
    ScreeningSuggestion s;
    // I-2(11): any one of the three makes the appeal anonymous.
    if (draft.applicantName.trimmed().isEmpty())
        s.reasons << tr("the author cannot be established (I-2(11))");
    if (!hasSignature)
        s.reasons << tr("there is no signature or ЭЦП (I-2(11))");
    if (draft.applicantAddress.trimmed().isEmpty())
        s.reasons << tr("there is no postal address (I-2(11))");
    if (!s.reasons.isEmpty()) {
        s.screening = QString::fromLatin1(Screening::Anonymous);
        return s;
    }

    const ScreeningCandidate* copyOf = nullptr;
    for (const ScreeningCandidate& c : candidates) {
        if (!c.sameQuestion)
            continue;
        ++s.earlierOnSameQuestion;
        // The earliest copy: its main appeal is the one every later copy is attached to (I-35).
        if (c.sameText && (!copyOf || c.registeredOn < copyOf->registeredOn
                           || (c.registeredOn == copyOf->registeredOn && c.number < copyOf->number)))
            copyOf = &c;
    }
    if (copyOf) {
        s.screening = QString::fromLatin1(Screening::Duplicate);
        s.mainAppealId = copyOf->mainAppealId.isEmpty() ? copyOf->appealId : copyOf->mainAppealId;
        s.mainNumber = copyOf->number;
        if (!copyOf->mainAppealId.isEmpty()) {
            for (const ScreeningCandidate& c : candidates) {
                if (c.appealId == copyOf->mainAppealId)
                    s.mainNumber = c.number;
            }
            if (s.mainNumber == copyOf->number) {
                if (const auto main = AppealService(m_db).load(copyOf->mainAppealId))
                    s.mainNumber = main->number;
            }
        }
        s.reasons << tr("the same applicant, question and essentially the same text as %1 (I-2(10), RR-13)")
                         .arg(copyOf->number);
        return s;
    }
    if (s.earlierOnSameQuestion > 0) {
        s.screening = QString::fromLatin1(Screening::Repeated);
        s.triggerToConfirm = true;
        s.reasons << tr("the same person's question was received %n time(s) before in this prosecutor's office; "
                        "confirm that it challenges the decision, reports an untimely answer or other defects "
                        "(I-2(12))",
                        nullptr, s.earlierOnSameQuestion);
        return s;
    }
    s.screening = QString::fromLatin1(Screening::Primary);
    s.reasons << tr("the question has not been considered before in this prosecutor's office (I-2(6))");
    return s;
}

bool AppealScreening::confirm(const Session& by, const QString& appealId, const QString& screening,
                              const QString& mainAppealId, const QString& reason, Problems* problems,
                              const QString& repeatTrigger)
{
    if (!by.require(kRegistrars, tr("screen appeals"), problems))
        return false;
    const QString field = tr("Screening");
    if (!isScreening(screening)) {
        problems->append({field, tr("Screening: choose primary, repeated, duplicate or anonymous (I-2)")});
        return false;
    }
    AppealService appeals(m_db);
    const auto a = appeals.find(appealId, problems);
    if (!a)
        return false;
    if (reason.size() > AppealService::kMaxTextLength) {
        problems->append({tr("Reason"), tr("Reason is longer than %1 characters").arg(AppealService::kMaxTextLength)});
        return false;
    }
    const bool duplicate = screening == QLatin1String(Screening::Duplicate);
    const bool repeated = screening == QLatin1String(Screening::Repeated);
    std::optional<Appeal> main;
    if (duplicate) {
        // I-35: a duplicate is attached to its main appeal, which must exist in this office and not be a copy itself.
        if (mainAppealId.isEmpty()) {
            problems->append({tr("Main appeal"), tr("Main appeal: a duplicate names the appeal it copies (I-2(10))")});
            return false;
        }
        main = appeals.load(mainAppealId);
        if (!main || main->id == a->id || main->organisationCode != a->organisationCode) {
            problems->append({tr("Main appeal"), tr("Main appeal: there is no such earlier appeal in this "
                                                    "prosecutor's office")});
            return false;
        }
        if (!main->mainAppealId.isEmpty()) {
            const auto root = appeals.load(main->mainAppealId);
            problems->append({tr("Main appeal"), tr("Main appeal: %1 is itself a duplicate of %2; name that one (I-35)")
                                                     .arg(main->number, root ? root->number : main->mainAppealId)});
            return false;
        }
    } else if (!mainAppealId.isEmpty() && !repeated) {
        problems->append({tr("Main appeal"), tr("Main appeal: only a duplicate or a repeated appeal names an earlier one")});
        return false;
    }
    if (repeated && triggerName(repeatTrigger).isEmpty()) {
        problems->append({tr("Trigger"), tr("Trigger: a repeated appeal challenges the earlier decision, reports an "
                                            "untimely answer or points to other defects; name which (I-2(12))")});
        return false;
    }

    AppealAction step;
    step.kind = QString::fromLatin1(AppealAction::Kind::Screened);
    step.actionOn = m_db.clock().today();
    step.reason = reason.trimmed();
    step.details.insert(u"screening"_s, screening);
    if (main) {
        step.target = main->number;
        step.details.insert(u"main_appeal_id"_s, main->id);
    }
    if (repeated) {
        step.details.insert(u"trigger"_s, repeatTrigger);
        if (!mainAppealId.isEmpty())
            step.details.insert(u"earlier_appeal_id"_s, mainAppealId);
    }
    if (!a->screening.isEmpty() && a->screening != screening)
        step.details.insert(u"previous"_s, a->screening);
    return AppealActionLog::commitStep(
        m_db, by, *a, {{u"screening"_s, screening}, {u"main_appeal_id"_s, main ? QVariant(main->id) : QVariant()}},
        &step, field, tr("the screening could not be recorded"), problems);
}

} // namespace armcpg
