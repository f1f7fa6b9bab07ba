// export: everything in the store as one versioned JSON document that `import` takes back.
// (A store too big for one 1 MiB reply is answered too_large by the session; the CLI has no limit.)
#include "commands/args.hpp"
#include "commands/host.hpp"
#include "commands/registry.hpp"
#include "boards/portable_watches.hpp"

namespace onward::commands {

void register_export(Host& host)
{
    host.dispatcher().add("export", [&host](const json&) { return boards::export_everything(host.store().sql(), host.now()); });
}

} // namespace onward::commands
