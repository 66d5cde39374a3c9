#pragma once

#include "prereg/PreRegistration.h"
#include "schedule/ScheduleSheet.h"

#include <QDate>
#include <QString>

class QPagedPaintDevice;

namespace armcpg {

class Database;

// The schedule sheets (ScheduleSheet) and the pre-registration printouts (PreRegistrationDocuments) in PDF, through
// PdfWriter (DejaVu Sans embedded: the Kazakh letters print and can be searched), like AppealNoticePrint. The print
// preview takes the same HTML (CardPrint::preview).
//
// Usage: SchedulePrint::writePdf(ScheduleSheet::forMonth(db, {}, 2026, 4), u"schedule.pdf"_s, &error);
class SchedulePrint
{
public:
    // The posted sheet followed, when `withFacilities`, by one sheet per detention facility, each on a
    // page of its own.
    static bool writePdf(const ScheduleSheet& sheet, const QString& path, QString* error, bool withFacilities = true);
    // The sheet posted in one facility.
    static bool writeFacilityPdf(const ScheduleSheet& sheet, const QString& facilityName, const QString& path,
                                 QString* error);
    // The list of persons signed up for a reception.
    static bool writeListPdf(Database& db, const QString& scheduleId, const QDate& receptionOn,
                             const QString& language, const QString& path, QString* error);
    // The letter refusing registration, in the applicant's language.
    static bool writeRefusalPdf(Database& db, const PreRegistration& request, const QString& language,
                                const QString& path, QString* error);
    // The whole schedule (as writePdf) on a printer, e.g. the print preview's QPrinter.
    static bool print(const ScheduleSheet& sheet, QPagedPaintDevice* device, QString* error,
                      bool withFacilities = true);
    // The posted sheet and the facilities' sheets as one HTML document, each facility on a new page.
    static QString combinedHtml(const ScheduleSheet& sheet, bool withFacilities = true);
};

} // namespace armcpg
