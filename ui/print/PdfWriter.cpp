#include "PdfWriter.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
constexpr int kResolution = 300; // dots per inch of the PDF's layout; the text stays vector text
constexpr qreal kFontPoints = 9;
const QMarginsF kMargins(20, 15, 12, 15); // mm; the left one wide enough to file the sheet

QFont printFont()
{
    QFont font(PdfWriter::fontFamily());
    font.setPointSizeF(kFontPoints);
    return font;
}

void load(QTextDocument& document, const QString& html)
{
    document.setDefaultFont(printFont());
    document.setDocumentMargin(0);
    document.setHtml(html);
}

// Pages of the device's paint rectangle, less a footer for the page number; the layout is made against the device
// itself, so that point sizes are points on paper.
bool paint(QTextDocument& document, QPagedPaintDevice* device, QString* error)
{
    document.documentLayout()->setPaintDevice(device);
    const QFont font = printFont();
    const QRectF paintRect = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const qreal footer = QFontMetricsF(font, device).height() * 2;
    const QSizeF page(paintRect.width(), paintRect.height() - footer);
    document.setPageSize(page); // lays the document out again, on this device

    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = PdfWriter::tr("the page could not be painted");
        return false;
    }
    const int pages = document.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device->newPage();
        painter.save();
        painter.translate(0, -i * page.height());
        document.drawContents(&painter, QRectF(0, i * page.height(), page.width(), page.height()));
        painter.restore();
        if (pages > 1) {
            painter.setFont(font);
            painter.drawText(QRectF(0, page.height(), page.width(), footer), Qt::AlignHCenter | Qt::AlignBottom,
                             u"%1 / %2"_s.arg(i + 1).arg(pages));
        }
    }
    if (!painter.end()) {
        if (error)
            *error = PdfWriter::tr("the page could not be painted");
        return false;
    }
    return true;
}

bool hasGui(QString* error)
{
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return true;
    if (error)
        *error = PdfWriter::tr("printing needs a QGuiApplication");
    return false;
}
} // namespace

QString PdfWriter::fontFamily()
{
    static const QString family = [] {
        const QString dejavu = u"DejaVu Sans"_s;
        if (QFontDatabase::families().contains(dejavu))
            return dejavu;
        // fonts-dejavu-core puts it here; loading it directly covers a system without fontconfig's cache.
        for (const QString& file :
             {u"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"_s, u"/usr/share/fonts/TTF/DejaVuSans.ttf"_s}) {
            if (QFile::exists(file) && QFontDatabase::addApplicationFont(file) >= 0)
                return dejavu;
        }
        return QGuiApplication::font().family();
    }();
    return family;
}

bool PdfWriter::print(const QString& html, QPagedPaintDevice* device, QString* error)
{
    if (!device || !hasGui(error))
        return false;
    QTextDocument document;
    load(document, html);
    return paint(document, device, error);
}

bool PdfWriter::writePdf(const QString& html, const QString& path, QString* error, const QString& title)
{
    if (!hasGui(error))
        return false;
    QTextDocument document;
    load(document, html);

    // Written beside the target and renamed at the end: a failed export never leaves half a PDF in its place.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(kResolution);
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, kMargins, QPageLayout::Millimeter));
        writer.setCreator(u"АРМ «ЦПГ»"_s);
        writer.setTitle(title.isEmpty() ? document.metaInformation(QTextDocument::DocumentTitle) : title);
        if (!paint(document, &writer, error))
            return false;
    }
    if (!file.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace armcpg
