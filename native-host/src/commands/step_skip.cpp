// step.skip: marks a step skipped (not for me); answers with the updated application.
#include "commands/host.hpp"
#include "commands/registry.hpp"
#include "commands/shapes.hpp"
#include "core/error.hpp"
#include "steps/tracker.hpp"

namespace onward::commands {

void register_step_skip(Host& host)
{
    host.dispatcher().add("step.skip", [&host](const json& args) {
        const auto id = require_application_id(args);
        const auto step = require_step(args);
        return steps::act_on_step(host.store(), id, step, steps::StepAction::skip, std::nullopt, host.now());
    });
}

} // namespace onward::commands
