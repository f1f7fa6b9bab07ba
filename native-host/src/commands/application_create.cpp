// application.create: an application entered by hand (company required; role, status, applied_at,
// url, notes, lang optional).
#include "commands/host.hpp"
#include "commands/registry.hpp"
#include "commands/shapes.hpp"
#include "steps/tracker.hpp"

namespace onward::commands {

void register_application_create(Host& host)
{
    host.dispatcher().add("application.create", [&host](const json& args) {
        require_string(args, "company");
        return steps::create_application(host.store(), args, host.now());
    });
}

} // namespace onward::commands
