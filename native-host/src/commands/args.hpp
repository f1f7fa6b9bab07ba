#pragma once
// Reading a command's `args` with one clear `invalid_args` message per mistake:
// "args.subject must be a string", "args.id is missing", "args.limit must be between 1 and 500".

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace onward::commands {

using json = nlohmann::json;

std::string require_string(const json& args, std::string_view key);
std::optional<std::string> optional_string(const json& args, std::string_view key);
std::string string_or(const json& args, std::string_view key, std::string fallback);

std::int64_t require_int(const json& args, std::string_view key, std::int64_t min, std::int64_t max);
std::optional<std::int64_t> optional_int(const json& args, std::string_view key, std::int64_t min, std::int64_t max);

std::optional<bool> optional_bool(const json& args, std::string_view key);

const json& require_object(const json& args, std::string_view key);
const json* optional_object(const json& args, std::string_view key);
const json& require_array(const json& args, std::string_view key);

// A string from a fixed set, e.g. tone in {warm, brief, formal}.
std::string require_one_of(const json& args, std::string_view key, std::initializer_list<std::string_view> allowed);
std::optional<std::string> optional_one_of(const json& args, std::string_view key,
                                           std::initializer_list<std::string_view> allowed);

// An ISO 8601 instant, as seconds since the epoch.
std::optional<std::int64_t> optional_time(const json& args, std::string_view key);

} // namespace onward::commands
