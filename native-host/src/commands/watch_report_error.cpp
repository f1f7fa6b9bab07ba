// watch.report_error: the extension could not read a board. 404/410 pause the watch (the person is
// told); anything else backs off.
#include "boards/watches.hpp"
#include "commands/host.hpp"
#include "commands/registry.hpp"
#include "commands/watch_common.hpp"

namespace onward::commands {

void register_watch_report_error(Host& host)
{
    host.dispatcher().add("watch.report_error", [&host](const json& args) {
        const auto id = require_watch_id(args);
        const auto status = require_int(args, "status", 0, 999);
        const auto message = string_or(args, "message", "");
        return boards::report_error(host.store(), id, static_cast<int>(status), message, host.now());
    });
}

} // namespace onward::commands
