#pragma once

#include "common/Problem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace armcpg {

class Database;
class Session;
class ReceptionCard;

// R-11 (rules-000 §4.5, §7 item 14): under a state of emergency or quarantine citizens are received by
// videoconference (ВКС) only. The regime is a system-wide switch kept in the administrator settings (AppSettings:
// synced to every workstation, each switch audited with who and when). A head or an administrator switches it, giving
// the reason with its act. While it is on, a held reception recorded on ЛП-1 must be online (field 6); cards recorded
// before the switch stay as they are.
class EmergencyRegime
{
    Q_DECLARE_TR_FUNCTIONS(EmergencyRegime)

public:
    static const char* const VksOnlyKey; // "reception.vks_only": "1" or "0", default "0"
    static const char* const ReasonKey;  // "reception.vks_only_reason": the state of emergency or quarantine and its act
    static const char* const SinceKey;   // "reception.vks_only_since": when it was switched (UTC, ISO 8601)
    static const char* const ByKey;      // "reception.vks_only_by": the login that switched it

    struct State
    {
        bool on = false;
        QString reason;
        QDateTime since; // of the last switch, on or off
        QString by;
    };

    explicit EmergencyRegime(Database& db) : m_db(db) {}

    State state();
    bool isOn();

    // A head or an administrator; the reason is required (refused naming the field "reason" otherwise).
    bool switchOn(const Session& by, const QString& reason, Problems* problems);
    bool switchOff(const Session& by, Problems* problems);

    // Whether the regime binds the card: it is on, and the card is new or was first recorded after the switch, for a
    // reception on or after the day of the switch. Cards recorded before are left as they were.
    bool binds(const ReceptionCard& card);
    // The problems of a card under the regime: a held reception it binds must be online (field 6), naming the
    // field. The applicant's consent to a videoconference is not asked for: there is no other way to be received.
    Problems check(const ReceptionCard& card);

    static QString reasonLabel(); // the name of the reason field in problems and windows
    static constexpr int kMaxReasonLength = 1000;

private:
    Database& m_db;
};

} // namespace armcpg
