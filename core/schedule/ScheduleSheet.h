#pragma once

#include "schedule/ScheduleEntry.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace armcpg {

class Database;

// The month's approved reception schedule of an organisation, printed for posting and exported for the website.
// the sheet is posted in the state and the Russian language, so every heading and value stands in both on the
// one sheet (Kazakh first, Russian under it); its words are Kazakh/Russian data (PrintWords), not tr(), like the
// other printouts. R-6: a duty prosecutor's schedule is also posted in the facility: facilityHtml() is that sheet.
// Every value is HTML-escaped. PDFs: SchedulePrint (armcpg_print).
//
// Usage: const ScheduleSheet sheet = ScheduleSheet::forMonth(db, {}, 2026, 4);
//        preview(sheet.html(), sheet.title()); SchedulePrint::writePdf(sheet, path, &error);
struct ScheduleSheet
{
    // One approved line that receives in the month, with the names the sheet shows.
    struct Row
    {
        ScheduleEntry entry;
        QList<QDate> dates; // the line's reception days in the month (working days only)
        QString positionKk, positionRu;
        QString facilityTypeKk, facilityTypeRu;
    };

    QString organisationCode;
    QString organisationKk, organisationRu;
    int year = 0;
    int month = 0;
    QList<Row> rows; // by kind (regular, field, duty), then official and start
    // reception by videoconference only (EmergencyRegime on when the sheet was made): a line at the top says so.
    bool vksOnly = false;

    // The approved lines of the organisation (empty: the workstation's) that receive in the month.
    static ScheduleSheet forMonth(Database& db, const QString& organisationCode, int year, int month);

    // "Азаматтарды қабылдау кестесі / График приема граждан — 04.2026"
    QString title() const;
    // The sheet for posting in the building: the regular receptions, the field receptions and the duty
    // prosecutors' receptions with their facilities, who approved it and when.
    QString html() const;
    // The facilities of the duty prosecutors' lines (their names as given), in order.
    QStringList facilities() const;
    // The sheet posted in one facility: its duty prosecutors only.
    QString facilityHtml(const QString& facilityName) const;
    QString facilityTitle(const QString& facilityName) const;
    // The website's page: a standalone UTF-8 HTML document with the same tables.
    QString websiteHtml() const;
    // The website's CSV (Csv::write, UTF-8, header row): one record per line of the schedule.
    QByteArray csv() const;
    static QStringList csvHeader();
};

} // namespace armcpg
