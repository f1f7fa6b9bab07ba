// application.update: `id` and the fields to change (company, role, status, applied_at, url, notes, lang).
#include "commands/host.hpp"
#include "commands/registry.hpp"
#include "commands/shapes.hpp"
#include "steps/tracker.hpp"

namespace onward::commands {

void register_application_update(Host& host)
{
    host.dispatcher().add("application.update", [&host](const json& args) {
        const auto id = require_application_id(args, "id");
        json fields = args;
        fields.erase("id");
        return steps::update_application(host.store(), id, fields, host.now());
    });
}

} // namespace onward::commands
