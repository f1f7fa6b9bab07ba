// step.snooze: hides a step until `until`; answers with the updated application.
#include "commands/host.hpp"
#include "commands/registry.hpp"
#include "commands/shapes.hpp"
#include "core/error.hpp"
#include "steps/tracker.hpp"

namespace onward::commands {

void register_step_snooze(Host& host)
{
    host.dispatcher().add("step.snooze", [&host](const json& args) {
        const auto id = require_application_id(args);
        const auto step = require_step(args);
        const auto t = optional_time(args, "until");
        if (!t) throw invalid_args("args.until is missing: snooze until when?");
        const auto until = std::optional<steps::TimePoint>(steps::TimePoint{std::chrono::seconds{*t}});
        return steps::act_on_step(host.store(), id, step, steps::StepAction::snooze, until, host.now());
    });
}

} // namespace onward::commands
