#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace armcpg {

// A registered appeal (rules-000 §1.2). Codes refer to the directories appeal_kind (I-2), procedural_regime
// (I-5, I-10, I-13), appeal_form (I-2(9)) and appeal_channel (I-23, R-51).
struct Appeal
{
    QString id;
    int version = 0;
    QString number;           // organisation + year + device + sequence (I-23), given at registration
    QString organisationCode; // this device's organisation when empty
    QDate receivedOn;         // the receipt date; the term is counted from it (I-24 moves a day off)
    QDate registeredOn;       // the day of registration (I-23, I-24), set at registration

    QString kindCode;
    QString regimeCode;
    QString formCode;
    QString channelCode;

    QString applicantName; // surname, name, patronymic; or the legal entity's name (I-39)
    bool applicantLegal = false;
    QString applicantIin; // optional, "при наличии" (I-39)
    QString applicantBin; // optional (I-39)
    QString applicantAddress;
    QStringList coApplicants; // the other applicants of a collective appeal
    QString representative;   // the representative and the authority document (I-40)
    QString addressee;        // I-38, I-39
    QString subject;          // subject or respondent (I-40)
    QString essence;          // required (I-40)
    QString language;         // drives the answer language (I-85)

    bool fromReception = false;  // the mark "с личного приема"
    QString receptionCardId;     // the ЛП-1 card it came from

    // Control (I-53, R-54) and answers (I-68).
    QString controlBy; // user id of who took it on control
    QString controlByLogin;
    QDateTime controlTakenAt;
    QDateTime controlRemovedAt;
    QDate interimAnswerSentOn;
    QDate finalAnswerSentOn;

    // Screening (I-2): primary, repeated, duplicate, anonymous; a duplicate's main appeal (I-35); a part sent
    // elsewhere keeps the parent's number plus "/n" (RR-11).
    QString screening;
    QString mainAppealId;
    QString parentAppealId;
    int partNumber = 0;
    QString status = QStringLiteral("registered"); // see migration 0008
    bool resultsRequired = false;  // I-27(1), I-28(2), I-29(1), I-88
    QString controlAuthority;      // an outside controller (I-28(3), I-88(2))
    QString respondentUserId;      // whose actions are complained about: never the executor (I-61)
    QDate learnedOn;               // complaints: the day the person learned of the act (I-71, D24)

    // The term in force (the main term moved by extension or inspection, or the main appeal's) and its causes.
    QDate dueOn;
    QDate extendedTo;
    bool additionalControl = false;
    QDate inspectionStartedOn;
    QDate inspectionEndedOn;

    QString leadExecutorId; // I-33
    QString leadExecutorLogin;

    // The decision (I-46, I-69, I-80) and the answer (I-85, I-88, R-53); sent on finalAnswerSentOn (I-68).
    QString decisionCode;
    QDate decidedOn;
    QString answerLanguage;
    QString answerSignedBy;
    QString answerSignedByLogin;
    QDate answerSignedOn;

    bool onControl() const { return controlTakenAt.isValid() && !controlRemovedAt.isValid(); }
};

} // namespace armcpg
