// watch.add: watch a company's public job board for one application (contract).
#include "boards/watches.hpp"
#include "commands/host.hpp"
#include "commands/registry.hpp"
#include "commands/shapes.hpp"
#include "commands/watch_common.hpp"

namespace onward::commands {

void register_watch_add(Host& host)
{
    host.dispatcher().add("watch.add", [&host](const json& args) {
        const auto id = require_application_id(args);
        const auto board = require_board(args);
        const auto filters = optional_filters(args).value_or(boards::Filters{});
        return boards::add_watch(host.store(), id, board, filters, host.now());
    });
}

} // namespace onward::commands
