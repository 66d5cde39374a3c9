#pragma once

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace armcpg {

// HTML (CardDocument and the other printouts of core) to an A4 PDF, with Qt Gui only: armcpg-cli writes PDFs
// without widgets, the workstation exports them the same way. Needs a QGuiApplication (offscreen is enough).
// The text is embedded (DejaVu Sans, which has every Kazakh letter), so that it can be searched and extracted.
class PdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(PdfWriter)

public:
    // Writes the document to path (replacing it only once it is complete); on failure returns false with a reason in
    // error. title: the PDF's title; empty takes the <title> of the HTML.
    static bool writePdf(const QString& html, const QString& path, QString* error, const QString& title = {});

    // Lays the HTML out on the pages of device (a QPdfWriter, or the QPrinter of a print preview) in its page layout,
    // so that the preview, the printer and the PDF show the same pages; the page number is at the foot of every page
    // of a document longer than one page.
    static bool print(const QString& html, QPagedPaintDevice* device, QString* error);

    // The family the printouts are set in: DejaVu Sans when the system has it, else the default family.
    static QString fontFamily();
};

} // namespace armcpg
