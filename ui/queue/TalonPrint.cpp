#include "TalonPrint.h"

#include "directory/DirectoryRepository.h"
#include "print/PdfWriter.h"
#include "queue/QueueConfig.h"
#include "queue/QueueService.h"
#include "queue/QueueStatistics.h"
#include "queue/QueueText.h"
#include "storage/Database.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QPrinterInfo>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace armcpg {

Talon Talon::of(Database& db, const QueueTicket& ticket)
{
    Talon t;
    t.ticket = ticket;
    if (const auto service = QueueConfig(db).service(ticket.serviceCode)) {
        t.serviceKk = service->name(u"kk"_s);
        t.serviceRu = service->name(u"ru"_s);
    }
    DirectoryRepository directories(db);
    if (ticket.isOutOfTurn()) {
        if (const auto category = directories.entry(u"priority_category"_s, ticket.priorityCode)) {
            t.categoryKk = category->name(u"kk"_s);
            t.categoryRu = category->name(u"ru"_s);
        }
    }
    if (const auto organisation = directories.entry(u"organisation"_s, db.organisationCode())) {
        t.organisationKk = organisation->name(u"kk"_s);
        t.organisationRu = organisation->name(u"ru"_s);
    }
    const WaitEstimate estimate = QueueStatistics(db).estimate(ticket);
    t.peopleAhead = estimate.peopleAhead;
    t.waitMinutes = estimate.minutes;
    return t;
}

QPageLayout TalonPrint::pageLayout()
{
    const QPageSize size(QSizeF(kWidthMm, kHeightMm), QPageSize::Millimeter, u"Receipt 80 mm"_s, QPageSize::ExactMatch);
    return QPageLayout(size, QPageLayout::Portrait, QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                       QPageLayout::Millimeter);
}

QString TalonPrint::html(const Talon& talon)
{
    const auto e = [](const QString& s) { return s.toHtmlEscaped(); };
    // A line in both languages: "Kazakh / Russian" label, then the value.
    const auto row = [&](const char* label, const QString& value) {
        return u"<tr><td>%1</td><td align=\"right\"><b>%2</b></td></tr>"_s.arg(e(QueueText::both(label)), e(value));
    };
    const QueueTicket& t = talon.ticket;
    QString h = u"<html><head><meta charset=\"utf-8\"><title>%1</title></head><body style=\"font-size: 9pt\">"_s.arg(e(t.number));
    if (!talon.organisationKk.isEmpty())
        h += u"<p align=\"center\">%1<br>%2</p>"_s.arg(e(talon.organisationKk), e(talon.organisationRu));
    h += u"<p align=\"center\">%1</p>"_s.arg(e(QueueText::both(QT_TRANSLATE_NOOP("QueueText", "Electronic queue"))));
    h += u"<p align=\"center\" style=\"font-size: 40pt; font-weight: bold\">%1</p>"_s.arg(e(t.number));
    h += u"<p align=\"center\"><b>%1</b><br><b>%2</b></p>"_s.arg(e(talon.serviceKk), e(talon.serviceRu));
    if (!talon.categoryKk.isEmpty())
        h += u"<p align=\"center\">%1<br>%2<br>%3</p>"_s.arg(
            e(QueueText::both(QT_TRANSLATE_NOOP("QueueText", "Out of turn"))), e(talon.categoryKk), e(talon.categoryRu));
    else if (t.outOfTown)
        h += u"<p align=\"center\">%1</p>"_s.arg(e(QueueText::both(QT_TRANSLATE_NOOP("QueueText", "Out-of-town visitor"))));
    h += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">"_s;
    const QDateTime issued = t.issuedAt.toLocalTime();
    h += row(QT_TRANSLATE_NOOP("QueueText", "Issued"), issued.toString(u"dd.MM.yyyy HH:mm"_s));
    if (t.isPreRegistered()) { // called at the appointment time, not by the people ahead (issue 7)
        h += row(QT_TRANSLATE_NOOP("QueueText", "You will be called at"),
                 t.appointmentAt.toLocalTime().toString(u"HH:mm"_s));
    } else {
        h += row(QT_TRANSLATE_NOOP("QueueText", "People ahead"), QString::number(talon.peopleAhead));
        h += row(QT_TRANSLATE_NOOP("QueueText", "Estimated wait"),
                 QueueText::both(QT_TRANSLATE_NOOP("QueueText", "%n min"), u" / "_s, talon.waitMinutes));
    }
    h += u"</table>"_s;
    h += u"<p align=\"center\">%1<br>%2</p>"_s.arg(
        e(QueueText::in(u"kk"_s, QT_TRANSLATE_NOOP("QueueText", "Please wait for your number on the board."))),
        e(QueueText::in(u"ru"_s, QT_TRANSLATE_NOOP("QueueText", "Please wait for your number on the board."))));
    h += u"</body></html>"_s;
    return h;
}

bool TalonPrint::print(const Talon& talon, QPagedPaintDevice* device, QString* error)
{
    if (!device->setPageLayout(pageLayout())) {
        *error = tr("the printer does not take a page of %1 × %2 mm").arg(kWidthMm).arg(kHeightMm);
        return false;
    }
    QPainter painter;
    if (!painter.begin(device)) {
        *error = tr("the printer cannot be opened");
        return false;
    }
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(device);
    QFont font(PdfWriter::fontFamily());
    font.setPointSizeF(9);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    doc.setHtml(html(talon));
    doc.setTextWidth(device->width());
    doc.drawContents(&painter);
    painter.end();
    return true;
}

bool TalonPrint::printToDefaultPrinter(const Talon& talon, QString* error)
{
    if (QPrinterInfo::defaultPrinter().isNull()) {
        *error = tr("no printer is set up on this computer");
        return false;
    }
    QPrinter printer(QPrinterInfo::defaultPrinter(), QPrinter::HighResolution);
    printer.setDocName(talon.ticket.number);
    printer.setFullPage(false);
    return print(talon, &printer, error);
}

bool TalonPrint::writePdf(const Talon& talon, const QString& path, QString* error)
{
    QPdfWriter writer(path);
    writer.setTitle(talon.ticket.number);
    writer.setResolution(300);
    if (!print(talon, &writer, error))
        return false;
    return true;
}

} // namespace armcpg
