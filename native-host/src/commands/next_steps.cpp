// next_steps: every step to take now (or at `now`), soonest due first.
#include "commands/host.hpp"
#include "commands/registry.hpp"
#include "commands/shapes.hpp"
#include "steps/tracker.hpp"

namespace onward::commands {

void register_next_steps(Host& host)
{
    host.dispatcher().add("next_steps", [&host](const json& args) {
        const auto at = optional_time(args, "now");
        const auto now = at ? steps::TimePoint{std::chrono::seconds{*at}} : host.now();
        const auto limit = optional_int(args, "limit", 1, 2000).value_or(500);
        auto& db = host.store();
        return steps::next_steps(db, steps::load_settings(db.sql()), now, limit);
    });
}

} // namespace onward::commands
