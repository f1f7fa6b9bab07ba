// settings.set: changes the settings named in args (the others stay); answers with all of them.
#include "commands/args.hpp"
#include "commands/host.hpp"
#include "commands/registry.hpp"
#include "core/error.hpp"
#include "steps/plans.hpp"
#include "steps/settings.hpp"

namespace onward::commands {

void register_settings_set(Host& host)
{
    host.dispatcher().add("settings.set", [&host](const json& args) {
        if (args.empty()) throw invalid_args("args must name at least one setting to change.");
        json result;
        host.store().write([&](SQLite::Database& sql) {
            const auto settings = steps::with_changes(steps::load_settings(sql), args);
            steps::save_settings(sql, settings);
            steps::sync_plans(sql); // ghosting_days and quiet_period_weeks move every plan
            result = steps::to_json(settings);
        });
        return result;
    });
}

} // namespace onward::commands
