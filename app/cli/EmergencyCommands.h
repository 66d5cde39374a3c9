#pragma once

namespace armcpg::cli {

class CliContext;

// emergency status | on --reason <TEXT> | off [--json]: reception by videoconference only
int runEmergency(CliContext& cli);

} // namespace armcpg::cli
