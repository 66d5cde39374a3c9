#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace armcpg {

// One dated fact of a year's production calendar, as shipped in resources/calendar/kz-YYYY.csv or entered by an
// administrator. Holidays are recorded on their own date; the weekend transfer is computed by WorkCalendar.
struct CalendarEntry
{
    enum class Kind
    {
        PublicHoliday,    // "holiday": a day off; moved to a working day when it falls on Sat/Sun
        ReligiousHoliday, // "religious": a day off never moved (Orthodox Christmas, first day of Kurban Ait)
        DecreeDayOff,     // "day_off": a weekday made a day off by a government decree (swap)
        DecreeWorkingDay, // "working_day": a weekend day made a working day by the same decree
    };

    QDate date;
    Kind kind = Kind::PublicHoliday;
    QString nameKk, nameRu, nameEn;
    QString source; // the act it comes from, e.g. the Law on holidays or a government decree (reported)
};

// A holiday on a fixed month and day, used for every year that has no entered data (resources/calendar/rule.csv).
struct RuleHoliday
{
    int month = 0;
    int day = 0;
    bool religious = false;
    QString nameKk, nameRu, nameEn;
    QString source;
};

// The code of a kind in calendar files: "holiday", "religious", "day_off", "working_day".
inline QString kindCode(CalendarEntry::Kind kind)
{
    switch (kind) {
    case CalendarEntry::Kind::PublicHoliday:
        return QStringLiteral("holiday");
    case CalendarEntry::Kind::ReligiousHoliday:
        return QStringLiteral("religious");
    case CalendarEntry::Kind::DecreeDayOff:
        return QStringLiteral("day_off");
    case CalendarEntry::Kind::DecreeWorkingDay:
        return QStringLiteral("working_day");
    }
    return {};
}

// The kind for a code of kindCode(); nullopt for anything else (case-sensitive, no surrounding spaces).
inline std::optional<CalendarEntry::Kind> kindFromCode(QStringView code)
{
    for (auto kind : {CalendarEntry::Kind::PublicHoliday, CalendarEntry::Kind::ReligiousHoliday,
                      CalendarEntry::Kind::DecreeDayOff, CalendarEntry::Kind::DecreeWorkingDay}) {
        if (code == kindCode(kind))
            return kind;
    }
    return std::nullopt;
}

} // namespace armcpg
