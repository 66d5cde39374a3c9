#pragma once

#include "appeal/AppealNotice.h"

#include <QString>

class QPagedPaintDevice;

namespace armcpg {

// Notices to the applicant (AppealNotice, core) on paper and in PDF, through PdfWriter: DejaVu Sans embedded, so
// that the Kazakh letters print and can be searched. The workstation's print preview is CardPrint::preview with
// notice.html() and notice.title().
class AppealNoticePrint
{
public:
    // The PDF of the notice, its title as the PDF's title.
    static bool writePdf(const AppealNotice& notice, const QString& path, QString* error);
    // The notice on a printer (the print preview's QPrinter) in the same layout as the PDF.
    static bool print(const AppealNotice& notice, QPagedPaintDevice* device, QString* error);
    // A file name for the notice: its kind, the appeal number and the language, without characters a file name
    // cannot hold, e.g. "extension_ЖҚ-123_kk.pdf".
    static QString suggestedFileName(const AppealNotice& notice);
};

} // namespace armcpg
