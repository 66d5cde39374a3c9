#include "AppealNoticePrint.h"

#include "print/PdfWriter.h"

using namespace Qt::StringLiterals;

namespace armcpg {

bool AppealNoticePrint::writePdf(const AppealNotice& notice, const QString& path, QString* error)
{
    return PdfWriter::writePdf(notice.html(), path, error, notice.title());
}

bool AppealNoticePrint::print(const AppealNotice& notice, QPagedPaintDevice* device, QString* error)
{
    return PdfWriter::print(notice.html(), device, error);
}

QString AppealNoticePrint::suggestedFileName(const AppealNotice& notice)
{
    QString name = u"%1_%2_%3.pdf"_s.arg(AppealNotice::code(notice.kind), notice.appealNumber, notice.language);
    for (const QChar c : u"/\\:*?\"<>| "_s)
        name.replace(c, u'_');
    return name;
}

} // namespace armcpg
