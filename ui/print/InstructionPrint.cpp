#include "InstructionPrint.h"

#include "print/PdfWriter.h"
#include "schedule/OffScheduleInstruction.h"

namespace armcpg {

bool InstructionPrint::writePdf(Database& db, const ScheduleEntry& entry, const QString& language, const QString& path,
                                QString* error)
{
    return PdfWriter::writePdf(OffScheduleInstruction::html(db, entry, language), path, error,
                               OffScheduleInstruction::title(language));
}

} // namespace armcpg
