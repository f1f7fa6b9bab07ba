// watch.remove: stop watching a board and forget the postings seen on it.
#include "boards/watches.hpp"
#include "commands/host.hpp"
#include "commands/registry.hpp"
#include "commands/watch_common.hpp"

namespace onward::commands {

void register_watch_remove(Host& host)
{
    host.dispatcher().add("watch.remove",
                          [&host](const json& args) { return boards::remove_watch(host.store(), require_watch_id(args)); });
}

} // namespace onward::commands
