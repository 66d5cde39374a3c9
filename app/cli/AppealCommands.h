#pragma once

namespace armcpg::cli {

class CliContext;

// appeal register --json <FILE> | show <NUMBER> [--json] | list [--overdue|--control|--due <N>|--deemed-refused|
// --mine <LOGIN>] [--as-of <DATE>] [--from DATE] [--to DATE] [--organisation CODE] [--json]
int runAppeal(CliContext& cli);

} // namespace armcpg::cli
