// application.get: one application with its steps, events, contacts and emails.
#include "commands/host.hpp"
#include "commands/registry.hpp"
#include "commands/shapes.hpp"
#include "core/error.hpp"
#include "steps/tracker.hpp"

namespace onward::commands {

void register_application_get(Host& host)
{
    host.dispatcher().add("application.get", [&host](const json& args) {
        const auto id = require_application_id(args, "id");
        const auto events = optional_int(args, "events_limit", 1, 2000).value_or(200);
        auto& sql = host.store().sql();
        const auto app = store::find_application(sql, id);
        if (!app) throw not_found("There is no application " + std::to_string(id) + ".");
        return steps::application_json(sql, *app, steps::load_settings(sql), host.now(), events);
    });
}

} // namespace onward::commands
