#include "CardPrint.h"

#include "print/PdfWriter.h"
#include "reception/CardDocument.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace armcpg {

void CardPrint::preview(QWidget* parent, const QString& html, const QString& title)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(20, 15, 12, 15), QPageLayout::Millimeter);
    printer.setDocName(title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(title.isEmpty() ? tr("Print preview") : tr("Print preview: %1").arg(title));
    // The same pages as the PDF: PdfWriter lays them out on whichever device asks.
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&html, &dialog](QPrinter* target) {
        QString error;
        if (!PdfWriter::print(html, target, &error))
            QMessageBox::warning(&dialog, tr("Print"), tr("The document was not printed: %1").arg(error));
    });
    dialog.exec();
}

void CardPrint::previewCard(QWidget* parent, Database& db, const ReceptionCard& card, bool protocol)
{
    const QString language = CardDocument::defaultLanguage(card);
    const QString html = protocol ? CardDocument::oralAppealProtocolHtml(db, card, language)
                                  : CardDocument::cardHtml(db, card, language);
    const QString title =
        protocol ? tr("Protocol of the oral appeal %1").arg(card.number()) : tr("Card %1").arg(card.number());
    preview(parent, html, title.trimmed());
}

bool CardPrint::exportPdf(QWidget* parent, const QString& html, const QString& suggestedName)
{
    QString name = suggestedName.isEmpty() ? u"document.pdf"_s : suggestedName;
    // A card number holds slashes; a file name cannot.
    for (const QChar c : u"/\\:*?\"<>|"_s)
        name.replace(c, u'_');
    if (!name.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        name += u".pdf"_s;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(parent, tr("Export to PDF"), QDir(folder).filePath(name),
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        path += u".pdf"_s;
    QString error;
    if (!PdfWriter::writePdf(html, path, &error, QFileInfo(name).completeBaseName())) {
        QMessageBox::warning(parent, tr("Export to PDF"), tr("The PDF was not written: %1").arg(error));
        return false;
    }
    return true;
}

} // namespace armcpg
