#pragma once

#include "queue/QueueTicket.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;

namespace armcpg {

class Database;

// What a ticket's talon says, in Kazakh and Russian at once (issue 5): the number, the service, the out-of-turn
// category or out-of-town mark, the time of issue, the people ahead and the estimated wait.
struct Talon
{
    QueueTicket ticket;
    QString serviceKk, serviceRu;
    QString categoryKk, categoryRu; // R-9, empty when none
    QString organisationKk, organisationRu;
    int peopleAhead = 0;
    int waitMinutes = 0;

    // Everything for the ticket from the queue's services and the directories.
    static Talon of(Database& db, const QueueTicket& ticket);
};

// The talon for an 80 mm receipt printer: a page 80 mm wide (72 mm printable), the number large. The same code
// writes the PDF of the tests and of a kiosk without a printer.
class TalonPrint
{
    Q_DECLARE_TR_FUNCTIONS(TalonPrint)

public:
    static constexpr double kWidthMm = 80;
    static constexpr double kHeightMm = 120;
    static constexpr double kMarginMm = 4;

    static QPageLayout pageLayout();
    static QString html(const Talon& talon);
    // Lays the talon out on device (a QPrinter or a QPdfWriter), which it gives the 80 mm page first.
    static bool print(const Talon& talon, QPagedPaintDevice* device, QString* error);
    // The system's default printer (the kiosk's receipt printer); false with the reason when there is none.
    static bool printToDefaultPrinter(const Talon& talon, QString* error);
    static bool writePdf(const Talon& talon, const QString& path, QString* error);
};

} // namespace armcpg
