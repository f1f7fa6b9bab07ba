// forget_everything: deletes every application, email, contact, event and setting. Needs
// {"confirm": true}, so that no stray request can wipe the store.
#include "commands/args.hpp"
#include "commands/host.hpp"
#include "commands/registry.hpp"
#include "core/error.hpp"
#include "steps/portable.hpp"

namespace onward::commands {

void register_forget_everything(Host& host)
{
    host.dispatcher().add("forget_everything", [&host](const json& args) {
        if (optional_bool(args, "confirm") != true)
            throw invalid_args("args.confirm must be true: this deletes everything Onward remembers.");
        return steps::forget_everything(host.store());
    });
}

} // namespace onward::commands
