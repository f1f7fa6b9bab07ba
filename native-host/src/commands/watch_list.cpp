// watch.list: every watch with the URL to fetch and when it is next due (contract).
#include "boards/watches.hpp"
#include "commands/args.hpp"
#include "commands/host.hpp"
#include "commands/registry.hpp"

#include <limits>

namespace onward::commands {

void register_watch_list(Host& host)
{
    host.dispatcher().add("watch.list", [&host](const json& args) {
        const auto id = optional_int(args, "application_id", 1, std::numeric_limits<std::int64_t>::max());
        return boards::list_watches(host.store().sql(), id, host.now());
    });
}

} // namespace onward::commands
