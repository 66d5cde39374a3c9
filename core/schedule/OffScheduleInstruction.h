#pragma once

#include "schedule/ScheduleEntry.h"

#include <QString>

namespace armcpg {

class Database;

// The written off-schedule reception instruction as a document, in Kazakh or Russian: to whom (the oblast or
// district prosecutor or deputy, the office), by whom (the ЦПГ prosecutor who instructed), the date, the hours and the
// place of the reception, the visitor, why it cannot wait, the ЛП-1 card it came from, and the paragraph R-50. HTML
// for QTextDocument (print preview); PDF through InstructionPrint. Its words are Kazakh/Russian data (PrintWords),
// like the other printouts; every value is HTML-escaped.
//
// Usage: preview(OffScheduleInstruction::html(db, *schedules.load(id), u"kk"_s), OffScheduleInstruction::title(u"kk"_s));
class OffScheduleInstruction
{
public:
    static QString title(const QString& language);
    // The document for an off-schedule line (ScheduleEntry::Kind::OffSchedule); "kk" Kazakh, anything else Russian.
    static QString html(Database& db, const ScheduleEntry& entry, const QString& language);
};

} // namespace armcpg
