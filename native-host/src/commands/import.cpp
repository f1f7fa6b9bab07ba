// import: takes back an export (`data`); validates all of it before writing anything.
#include "commands/args.hpp"
#include "commands/host.hpp"
#include "commands/registry.hpp"
#include "core/error.hpp"
#include "boards/portable_watches.hpp"

namespace onward::commands {

void register_import(Host& host)
{
    host.dispatcher().add("import", [&host](const json& args) {
        const auto it = args.find("data");
        if (it == args.end() || it->is_null()) throw invalid_args("args.data is missing.");
        return boards::import_everything(host.store(), *it, host.now());
    });
}

} // namespace onward::commands
