#include "commands/shapes.hpp"

#include "core/error.hpp"

#include <limits>

namespace onward::commands {

std::int64_t require_application_id(const json& args, std::string_view key)
{
    return require_int(args, key, 1, std::numeric_limits<std::int64_t>::max());
}

steps::StepId require_step(const json& args)
{
    const auto name = require_one_of(args, "step", {"respond", "connect", "watch", "move_on", "follow_up"});
    return *steps::step_from_string(name);
}

} // namespace onward::commands
