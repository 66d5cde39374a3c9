#pragma once

#include "schedule/ScheduleEntry.h"

#include <QString>

namespace armcpg {

class Database;

// The written off-schedule reception instruction (R-50, OffScheduleInstruction) in PDF through PdfWriter (DejaVu Sans
// embedded, so the Kazakh letters print and can be searched), like SchedulePrint.
//
// Usage: InstructionPrint::writePdf(db, *ScheduleService(db).load(id), u"kk"_s, u"instruction.pdf"_s, &error);
class InstructionPrint
{
public:
    static bool writePdf(Database& db, const ScheduleEntry& entry, const QString& language, const QString& path,
                         QString* error);
};

} // namespace armcpg
