#include "SchedulePrint.h"

#include "prereg/PreRegistrationDocuments.h"
#include "print/PdfWriter.h"

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {

// The <body> of a printout's HTML.
QString bodyOf(const QString& html)
{
    const qsizetype start = html.indexOf(u"<body>"_s);
    const qsizetype end = html.lastIndexOf(u"</body>"_s);
    if (start < 0 || end < start)
        return html;
    return html.mid(start + 6, end - start - 6);
}

} // namespace

QString SchedulePrint::combinedHtml(const ScheduleSheet& sheet, bool withFacilities)
{
    QString html = sheet.html();
    if (!withFacilities)
        return html;
    QString facilities;
    for (const QString& facility : sheet.facilities()) {
        // QTextDocument breaks the page before a block with this style (R-6: each facility posts its own sheet).
        facilities += u"<div style=\"page-break-before: always\">"_s + bodyOf(sheet.facilityHtml(facility))
                      + u"</div>"_s;
    }
    const qsizetype end = html.lastIndexOf(u"</body>"_s);
    return end < 0 ? html + facilities : html.insert(end, facilities);
}

bool SchedulePrint::writePdf(const ScheduleSheet& sheet, const QString& path, QString* error, bool withFacilities)
{
    return PdfWriter::writePdf(combinedHtml(sheet, withFacilities), path, error, sheet.title());
}

bool SchedulePrint::writeFacilityPdf(const ScheduleSheet& sheet, const QString& facilityName, const QString& path,
                                     QString* error)
{
    return PdfWriter::writePdf(sheet.facilityHtml(facilityName), path, error, sheet.facilityTitle(facilityName));
}

bool SchedulePrint::writeListPdf(Database& db, const QString& scheduleId, const QDate& receptionOn,
                                 const QString& language, const QString& path, QString* error)
{
    return PdfWriter::writePdf(PreRegistrationDocuments::listHtml(db, scheduleId, receptionOn, language), path, error,
                               PreRegistrationDocuments::listTitle(receptionOn, language));
}

bool SchedulePrint::writeRefusalPdf(Database& db, const PreRegistration& request, const QString& language,
                                    const QString& path, QString* error)
{
    return PdfWriter::writePdf(PreRegistrationDocuments::refusalLetterHtml(db, request, language), path, error,
                               PreRegistrationDocuments::refusalTitle(language));
}

bool SchedulePrint::print(const ScheduleSheet& sheet, QPagedPaintDevice* device, QString* error, bool withFacilities)
{
    return PdfWriter::print(combinedHtml(sheet, withFacilities), device, error);
}

} // namespace armcpg
