#pragma once
// Shared by the tests that open the PDFs the program prints: their text as pdftotext (poppler-utils) reads it.
#include <QProcess>
#include <QRegularExpression>
#include <QString>

namespace armcpg::test {

// The text of a PDF with every run of white space made one space, so that a label and its value compare as typed
// whatever the column widths or line breaks. Layout::Physical keeps the page's columns (pdftotext -layout);
// Layout::Reading follows the reading order. Empty, with the reason in *error, when pdftotext fails.
enum class PdfLayout
{
    Physical,
    Reading,
};

inline QString pdfText(const QString& path, QString* error = nullptr, PdfLayout layout = PdfLayout::Physical)
{
    QStringList args{QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")};
    if (layout == PdfLayout::Physical)
        args.prepend(QStringLiteral("-layout"));
    QProcess p;
    p.start(QStringLiteral("pdftotext"), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("pdftotext failed: %1 %2")
                         .arg(p.errorString(), QString::fromUtf8(p.readAllStandardError()));
        return {};
    }
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString::fromUtf8(p.readAllStandardOutput()).replace(space, QStringLiteral(" "));
}

} // namespace armcpg::test
