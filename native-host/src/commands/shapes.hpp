#pragma once
// Small pieces several application commands share: reading an application id, a step id, the
// settings, and keeping a list under the 1 MiB a browser accepts.

#include "commands/args.hpp"
#include "steps/rules.hpp"

#include <cstddef>
#include <cstdint>

namespace onward::commands {

// A reply must stay under 1 MiB; lists stop adding items at this many bytes of JSON.
inline constexpr std::size_t list_byte_budget = 900 * 1024;

std::int64_t require_application_id(const json& args, std::string_view key = "application_id");
steps::StepId require_step(const json& args);

} // namespace onward::commands
