// linkedin.log: the user connected with someone on LinkedIn; remember them on the application
// (given, or the best match by company) and mark its connect step done.
#include "commands/host.hpp"
#include "commands/registry.hpp"
#include "commands/shapes.hpp"
#include "core/error.hpp"
#include "steps/tracker.hpp"

#include <limits>

namespace onward::commands {

void register_linkedin_log(Host& host)
{
    host.dispatcher().add("linkedin.log", [&host](const json& args) {
        const auto& profile = require_object(args, "profile");
        steps::LinkedInProfile p;
        const auto field = [&](const char* key, bool required) {
            const auto it = profile.find(key);
            if (it == profile.end() || it->is_null()) {
                if (required) throw invalid_args(std::string("args.profile.") + key + " is missing.");
                return std::string();
            }
            if (!it->is_string()) throw invalid_args(std::string("args.profile.") + key + " must be a string.");
            return it->get<std::string>();
        };
        p.url = field("url", true);
        if (p.url.empty()) throw invalid_args("args.profile.url must not be empty.");
        p.name = field("name", false);
        p.headline = field("headline", false);
        p.company = field("company", false);
        const auto id = optional_int(args, "application_id", 1, std::numeric_limits<std::int64_t>::max());
        return steps::log_linkedin(host.store(), p, id, host.now());
    });
}

} // namespace onward::commands
