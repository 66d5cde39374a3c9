#pragma once

#include "appeal/Appeal.h"
#include "common/Problem.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace armcpg {

class Database;
class Session;

// An earlier appeal of this prosecutor's office by the same applicant, as shown to the registrar (RR-13, I-2).
struct ScreeningCandidate
{
    QString appealId;
    QString number;
    QDate receivedOn;
    QDate registeredOn;
    QString kindCode;
    QString status;
    QString screening;
    QString mainAppealId; // when the earlier appeal is itself a duplicate: its main appeal
    QString decisionCode;
    QDate decidedOn;
    QDate answerSentOn; // the final answer's sending date (I-68)

    bool sameQuestion = false; // same subject or addressee, or the essence overlaps enough
    bool sameText = false;     // essentially the same text (I-2(10))
    double essenceOverlap = 0; // 0..1, the share of essence words in common
    double score = 0;          // ranking: higher is closer
    QString reason;            // translated: why it matched
};

// What screening proposes for a new appeal; the registrar confirms or changes it (I-2, RR-13, rules-000 §7 2-5).
struct ScreeningSuggestion
{
    QString screening;      // Screening::Primary, Repeated, Duplicate, Anonymous
    QString mainAppealId;   // duplicate: the main appeal it copies (I-35)
    QString mainNumber;
    int earlierOnSameQuestion = 0; // repeated: how many earlier appeals of the person on the question
    bool triggerToConfirm = false; // repeated: the registrar confirms which I-2(12) trigger applies
    QStringList reasons;           // translated, each citing its paragraph
};

// Screening of appeals (I-2(6), (10), (11), (12); RR-13; rules-000 §7 items 2-5): the earlier appeals of the same
// applicant in this prosecutor's office, a proposed screening, and the registrar's confirmation. Screening only
// classifies: it never discards, closes or hides an appeal (I-42, §7 item 2).
class AppealScreening
{
    Q_DECLARE_TR_FUNCTIONS(AppealScreening)

public:
    // The screening values stored in appeal.screening.
    struct Screening
    {
        static constexpr const char* Primary = "primary";
        static constexpr const char* Repeated = "repeated";
        static constexpr const char* Duplicate = "duplicate";
        static constexpr const char* Anonymous = "anonymous";
    };
    // I-2(12): what makes an appeal on the same question "repeated"; the registrar names one.
    struct RepeatTrigger
    {
        static constexpr const char* ChallengesDecision = "challenges_decision";
        static constexpr const char* Untimely = "untimely";
        static constexpr const char* OtherDefects = "other_defects";
    };

    explicit AppealScreening(Database& db) : m_db(db) {}

    // Earlier appeals of the draft's organisation by the same applicant: by IIN when given (and earlier appeals
    // without an IIN under the same name), else by the folded name; a legal entity by BIN or name. Those on the
    // same question come first, by score; then the rest, newest first. At most `limit`.
    QList<ScreeningCandidate> candidates(const Appeal& draft, int limit = 50);

    // The proposed screening: anonymous when the author, the signature (ЭЦП) or the postal address is missing
    // (I-2(11)); duplicate when an earlier appeal has the same applicant, question and essentially the same text
    // (I-2(10)); repeated when the person's question was received before (I-2(12): the trigger is confirmed by
    // the registrar); primary otherwise (I-2(6), judged per prosecutor's office).
    ScreeningSuggestion suggest(const Appeal& draft, const QList<ScreeningCandidate>& candidates,
                                bool hasSignature = true) const;

    // Records the registrar's screening (column screening, action "screened"). A duplicate names its main appeal;
    // a repeated appeal names its I-2(12) trigger. The status is left as it is.
    bool confirm(const Session& by, const QString& appealId, const QString& screening, const QString& mainAppealId,
                 const QString& reason, Problems* problems, const QString& repeatTrigger = {});

    static bool isScreening(const QString& value);
    static QString screeningName(const QString& value); // translated
    static QString triggerName(const QString& trigger); // translated; empty when unknown

    // Text comparison used for matching; public for the tests.
    static QString foldName(const QString& name);          // case, ё/е, punctuation and spaces folded
    static QSet<QString> words(const QString& text);        // folded stems of the words that carry meaning
    static double overlap(const QSet<QString>& a, const QSet<QString>& b); // Jaccard, 0 when both empty

    // An essence overlap from which the question is taken to be the same, and the text essentially the same.
    static constexpr double kSameQuestion = 0.3;
    static constexpr double kSameText = 0.8;

private:
    Database& m_db;
};

} // namespace armcpg
