// settings.get: every setting with its current value (defaults included).
#include "commands/args.hpp"
#include "commands/host.hpp"
#include "commands/registry.hpp"
#include "steps/settings.hpp"

namespace onward::commands {

void register_settings_get(Host& host)
{
    host.dispatcher().add("settings.get", [&host](const json&) {
        return steps::to_json(steps::load_settings(host.store().sql()));
    });
}

} // namespace onward::commands
