// watch.update: pause or resume a watch, or change its filters.
#include "boards/watches.hpp"
#include "commands/host.hpp"
#include "commands/registry.hpp"
#include "commands/watch_common.hpp"
#include "core/error.hpp"

namespace onward::commands {

void register_watch_update(Host& host)
{
    host.dispatcher().add("watch.update", [&host](const json& args) {
        const auto id = require_watch_id(args);
        const auto status = optional_one_of(args, "status", {"active", "paused"});
        const auto filters = optional_filters(args);
        if (!status && !filters) throw invalid_args("args.status or args.filters is needed: what should change?");
        return boards::update_watch(host.store(), id, status, filters, host.now());
    });
}

} // namespace onward::commands
