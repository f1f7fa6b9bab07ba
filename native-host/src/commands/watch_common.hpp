#pragma once
// Reading the arguments the watch commands share: a watch id, a board, filters.

#include "boards/fit.hpp"
#include "boards/providers.hpp"
#include "commands/args.hpp"

namespace onward::commands {

std::int64_t require_watch_id(const json& args);
// args.board: {provider, token, region?}
boards::Board require_board(const json& args);
// args.filters (optional): {locations, remote, max_age_days}
std::optional<boards::Filters> optional_filters(const json& args);

} // namespace onward::commands
