// email.assign: settles an email whose match was uncertain, onto the application the user picked
// (`application_id`) or onto a new one (`new`: true).
#include "commands/host.hpp"
#include "commands/registry.hpp"
#include "commands/shapes.hpp"
#include "core/error.hpp"
#include "steps/tracker.hpp"

namespace onward::commands {

void register_email_assign(Host& host)
{
    host.dispatcher().add("email.assign", [&host](const json& args) {
        const auto provider = require_string(args, "provider");
        const auto message_id = require_string(args, "message_id");
        const bool make_new = optional_bool(args, "new").value_or(false);
        std::optional<std::int64_t> id;
        if (!make_new) id = require_application_id(args);
        else if (args.contains("application_id") && !args["application_id"].is_null())
            throw invalid_args("args.application_id and args.new cannot be given together.");
        return steps::assign_email(host.store(), provider, message_id, id, host.now());
    });
}

} // namespace onward::commands
