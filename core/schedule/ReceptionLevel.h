#pragma once

#include <QCoreApplication>
#include <QString>

namespace armcpg {

class Database;

// Whose reception it is decides the rules (rules-000 §4): pre-registration or not, the cut-off (R-18,
// R-36), the refusal grounds or no refusal at all, the справки and
// how often the official must receive.
enum class ReceptionLevel
{
    None,                    // receives as needed, without pre-registration (R-16 aside, R-30; other staff)
    GeneralProsecutor,
    DeputyGeneralProsecutor,
    GpSubdivisionHead,       // heads of GP subdivisions and their deputies
    AgencyOblastHead,        // heads of agencies, institutions, the Academy, ГВП, ГТП, oblast prosecutors and
                             // their deputies
    District,                // district (and equivalent) offices: no pre-registration, no refusal
};

// The rules that follow from a level. The level itself comes from the official's position and the type of the
// organisation (directories "position", "organisation", "org_type").
class ReceptionLevels
{
    Q_DECLARE_TR_FUNCTIONS(ReceptionLevels)

public:
    // orgTypeLevel is the org_type's "level" attribute (central, regional, district, unit) of the official's office.
    static ReceptionLevel classify(const QString& positionCode, const QString& orgTypeCode, const QString& orgTypeLevel);
    // The same from the directories: the organisation's type, climbing from a unit (a ЦПГ, a structural
    // subdivision) to the office it belongs to.
    static ReceptionLevel of(Database& db, const QString& positionCode, const QString& organisationCode);

    // the officials one is received by only after pre-registration; R-39: never at district level.
    static bool hasPreRegistration(ReceptionLevel level);
    // The deadline rule of the cut-off: "R6" (R-18, 5 working days) or "R10" (R-36, 1 working day); empty when the
    // level has no pre-registration.
    static QString cutoffRule(ReceptionLevel level);
    // The directory of refusal grounds of the level; empty when the source gives none (GP
    // subdivision heads) or refusal is not allowed (district, R-41).
    static QString refusalGrounds(ReceptionLevel level);
    // The frequency rule: "R4" (monthly, R-15) or "R9" (weekly, R-28); empty when "as needed" or daily
    // without a schedule check.
    static QString frequencyRule(ReceptionLevel level);
    // The paragraphs that govern the level, for messages (e.g. "R-18, R-19").
    static QString citation(ReceptionLevel level);
    static QString name(ReceptionLevel level); // translated
};

} // namespace armcpg
