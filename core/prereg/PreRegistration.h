#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTime>

namespace armcpg {

// A request to be signed up for a reception by pre-registration (rules-000 §1.4, §4.3; table prereg_request of
// migration 0011).
struct PreRegistration
{
    Q_DECLARE_TR_FUNCTIONS(PreRegistration)

public:
    enum class State
    {
        Registered,        // "registered": signed up for the reception
        AwaitingAgreement, // "awaiting_agreement": to be agreed with the subdivision first
        Refused,           // "refused": a ground of the official's level and the explanation given
        Returned,          // "returned": the essence is not stated, returned without consideration
        Attended,          // "attended": came to the reception
        NoShow,            // "no_show": did not come
    };

    QString id;
    int version = 0;
    QString organisationCode; // the office of the receiving official (the schedule line's)
    QString number;           // АЖ-..., unique without a server (NumberSequence)
    QDate receivedOn;         // default: today
    // "information_system" (an egov.kz e-application), "paper" or "call_centre" (directory appeal_channel).
    QString channelCode;
    QString applicantName;
    QString applicantIin, applicantPhone, applicantAddress;
    // filed in the interests of another person; a Call-centre request is taken only with the authority.
    bool thirdParty = false;
    QString representedName;
    QString authority; // the document or information on the authority to file
    QString essence;   // without it the request is returned (R-3, АППК ст. 63)
    bool outOfTown = false;
    QString scheduleId;     // the schedule line of the reception
    QString officialName, positionCode; // copied from the line for the lists
    QDate receptionOn;      // one of the line's reception days
    QTime appointmentAt;    // optional, within the line's hours
    State state = State::Registered;
    // the request is of a kind registered only in agreement with the structural subdivision:
    // "court_act_protest" (R-21(1)), "repeated_new_arguments" (R-21(2), R-35), "supreme_court_protest" (R-21(3)).
    QString agreementGround;
    QString agreedUnit;
    QDate agreedOn;
    // received on the instruction of the General Prosecutor or the GP's office.
    bool byInstruction = false;
    QString instructionFrom;
    QString refusalGroundKind, refusalGroundCode; // directory kind (prereg_refusal_*) and code
    QString refusalExplanation;
    QString returnedReason;
    QDate decidedOn;
    QString decidedByLogin;
    QDate attendedOn;

    // Signed up: registered, attended or did not come.
    bool isSignedUp() const
    {
        return state == State::Registered || state == State::Attended || state == State::NoShow;
    }

    static QString stateCode(State state);
    static bool stateFromCode(const QString& code, State* state);
    static QString stateName(State state); // translated
    // The channels of R-3.
    static QStringList channels();
    // The agreement grounds of.
    static QStringList agreementGrounds();
};

} // namespace armcpg
