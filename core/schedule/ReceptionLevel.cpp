#include "ReceptionLevel.h"

#include "directory/DirectoryRepository.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace armcpg {

ReceptionLevel ReceptionLevels::classify(const QString& positionCode, const QString& orgTypeCode,
                                         const QString& orgTypeLevel)
{
    // district (and equivalent) prosecutors and their deputies; anyone else of a district office receives
    // with them, never by pre-registration (R-3 does not name them).
    if (positionCode == u"district_prosecutor" || positionCode == u"deputy_district_prosecutor"
        || orgTypeLevel == u"district")
        return ReceptionLevel::District;
    if (positionCode == u"prosecutor_general")
        return ReceptionLevel::GeneralProsecutor;
    if (positionCode == u"first_deputy_pg" || positionCode == u"deputy_pg")
        return ReceptionLevel::DeputyGeneralProsecutor;
    // heads of agencies, institutions and the education organisation, the Chief Military and Chief
    // Transport Prosecutors, oblast (and equivalent) prosecutors, and their deputies.
    static const QSet<QString> heads = {u"agency_head"_s,
                                        u"deputy_agency_head"_s,
                                        u"rector"_s,
                                        u"first_vice_rector"_s,
                                        u"head_of_institution"_s,
                                        u"chief_military_prosecutor"_s,
                                        u"chief_transport_prosecutor"_s,
                                        u"regional_prosecutor"_s,
                                        u"deputy_regional_prosecutor"_s};
    if (heads.contains(positionCode))
        return ReceptionLevel::AgencyOblastHead;
    // heads of the GP's structural subdivisions (services, departments, directorates, divisions, the
    // staff office). The same posts elsewhere receive as needed.
    static const QSet<QString> subdivisionHeads = {u"head_of_staff"_s, u"head_of_service"_s, u"head_of_department"_s,
                                                   u"head_of_directorate"_s, u"head_of_division"_s};
    if (orgTypeCode == u"gpo" && subdivisionHeads.contains(positionCode))
        return ReceptionLevel::GpSubdivisionHead;
    return ReceptionLevel::None;
}

ReceptionLevel ReceptionLevels::of(Database& db, const QString& positionCode, const QString& organisationCode)
{
    DirectoryRepository directories(db);
    QString code = organisationCode, type, typeLevel;
    // A ЦПГ or a structural unit belongs to the office above it (org_type level "unit").
    for (int depth = 0; depth < 8 && !code.isEmpty(); ++depth) {
        const auto organisation = directories.entry(u"organisation"_s, code);
        if (!organisation)
            break;
        type = organisation->attributes.value(u"type"_s);
        const auto orgType = directories.entry(u"org_type"_s, type);
        typeLevel = orgType ? orgType->attributes.value(u"level"_s) : QString();
        if (typeLevel != u"unit")
            break;
        code = organisation->parentCode;
    }
    return classify(positionCode, type, typeLevel);
}

bool ReceptionLevels::hasPreRegistration(ReceptionLevel level)
{
    switch (level) {
    case ReceptionLevel::GeneralProsecutor:
    case ReceptionLevel::DeputyGeneralProsecutor:
    case ReceptionLevel::GpSubdivisionHead:
    case ReceptionLevel::AgencyOblastHead:
        return true;
    case ReceptionLevel::None:
    case ReceptionLevel::District:
        return false;
    }
    return false;
}

QString ReceptionLevels::cutoffRule(ReceptionLevel level)
{
    switch (level) {
    case ReceptionLevel::GeneralProsecutor:
    case ReceptionLevel::DeputyGeneralProsecutor:
    case ReceptionLevel::GpSubdivisionHead:
        return u"R6"_s;
    case ReceptionLevel::AgencyOblastHead:
        return u"R10"_s;
    case ReceptionLevel::None:
    case ReceptionLevel::District:
        break;
    }
    return {};
}

QString ReceptionLevels::refusalGrounds(ReceptionLevel level)
{
    switch (level) {
    case ReceptionLevel::GeneralProsecutor:
        return u"prereg_refusal_gp"_s;
    case ReceptionLevel::DeputyGeneralProsecutor:
        return u"prereg_refusal_deputy"_s;
    case ReceptionLevel::AgencyOblastHead:
        return u"prereg_refusal_head"_s;
    case ReceptionLevel::GpSubdivisionHead: // the source lists no grounds (rules-000 §9)
    case ReceptionLevel::None:
    case ReceptionLevel::District:
        break;
    }
    return {};
}

QString ReceptionLevels::frequencyRule(ReceptionLevel level)
{
    switch (level) {
    case ReceptionLevel::GeneralProsecutor:
    case ReceptionLevel::DeputyGeneralProsecutor:
        return u"R4"_s;
    case ReceptionLevel::AgencyOblastHead:
        return u"R9"_s;
    case ReceptionLevel::GpSubdivisionHead: // as needed
    case ReceptionLevel::None:              // as needed
    case ReceptionLevel::District:          // daily, without a schedule of days
        break;
    }
    return {};
}

QString ReceptionLevels::citation(ReceptionLevel level)
{
    switch (level) {
    case ReceptionLevel::GeneralProsecutor:
        return u"R-15, R-17 – R-22"_s;
    case ReceptionLevel::DeputyGeneralProsecutor:
        return u"R-15, R-17, R-18, R-24 – R-27"_s;
    case ReceptionLevel::GpSubdivisionHead:
        return u"R-3, R-16, R-18"_s;
    case ReceptionLevel::AgencyOblastHead:
        return u"R-28 – R-38"_s;
    case ReceptionLevel::District:
        return u"R-39, R-41"_s;
    case ReceptionLevel::None:
        return u"R-3, R-30"_s;
    }
    return {};
}

QString ReceptionLevels::name(ReceptionLevel level)
{
    switch (level) {
    case ReceptionLevel::GeneralProsecutor:
        return tr("General Prosecutor");
    case ReceptionLevel::DeputyGeneralProsecutor:
        return tr("Deputy General Prosecutor");
    case ReceptionLevel::GpSubdivisionHead:
        return tr("Head of a subdivision of the General Prosecutor's Office");
    case ReceptionLevel::AgencyOblastHead:
        return tr("Head of an agency, institution, military, transport or oblast prosecutor's office, or a deputy");
    case ReceptionLevel::District:
        return tr("District prosecutor's office");
    case ReceptionLevel::None:
        return tr("Official receiving as needed");
    }
    return {};
}

} // namespace armcpg
