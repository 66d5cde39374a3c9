#pragma once

#include "common/Problem.h"
#include "reception/ReceptionCard.h"
#include "security/Role.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace armcpg {

class Database;
class Session;

// The duty post of this workstation: the detention facility (СИЗО, ИВС, спецприемник, ...) a duty prosecutor's
// laptop is in now, where receptions are held per the schedule (R-6, at least weekly, R-40) and recorded offline.
// Kept in the database's local state (keys duty.facility_type, duty.facility_name): it belongs to this device,
// never syncs, and survives a restart. Every new card of the workstation starts in it (prefill).
class DutyPost
{
    Q_DECLARE_TR_FUNCTIONS(DutyPost)

public:
    explicit DutyPost(Database& db) : m_db(db) {}

    QString facilityTypeCode() const; // a code of the directory "facility_type"; empty when no post is set
    QString facilityName() const;
    bool isSet() const { return !facilityTypeCode().isEmpty(); }

    // Who may move the laptop's post: the duty prosecutor who carries it, or an administrator.
    static const QList<Role>& setters();
    static bool maySet(const Session& session);

    // Sets the post (both given) or clears it (both empty), with its audit event. Refused with a clear reason when
    // the session may not, when only one of the two is given, or when the type is not in the directory.
    bool set(const Session& by, const QString& facilityTypeCode, const QString& facilityName, Problems* problems);
    bool clear(const Session& by, Problems* problems) { return set(by, {}, {}, problems); }

    // A new card recorded here: its facility fields from the post, and the place of reception (LP1-29) the
    // facility's name unless one was given. Nothing changes when no post is set or the card names a facility.
    void prefill(ReceptionCard* card) const;

    static constexpr int kMaxNameLength = 500;

private:
    Database& m_db;
};

} // namespace armcpg
