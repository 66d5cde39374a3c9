#pragma once

namespace armcpg::cli {

class CliContext;

// schedule list --month <YYYY-MM> [--org <ORG>] [--json] | pdf [--org <ORG>] --month <YYYY-MM> <OUT.pdf> |
// export [--org <ORG>] --month <YYYY-MM> (--html|--csv) <OUT> | instruct --official .. --position .. --date ..
// --from .. --to .. --form written|oral --reason .. (R-50) | instruction-pdf --id <LINE-ID> [--lang kk|ru] <OUT.pdf>
int runSchedule(CliContext& cli);
// prereg list --reception <SCHEDULE-ID>@<YYYY-MM-DD> [--json] | prereg pdf --reception <ID> <OUT.pdf> [--lang kk|ru]
int runPreReg(CliContext& cli);

} // namespace armcpg::cli
