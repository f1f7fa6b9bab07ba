#include "commands/args.hpp"

#include "core/clock.hpp"
#include "core/error.hpp"

namespace onward::commands {

namespace {

std::string name_of(std::string_view key)
{
    return "args." + std::string(key);
}

const json* find(const json& args, std::string_view key)
{
    const auto it = args.find(key);
    if (it == args.end() || it->is_null()) return nullptr;
    return &*it;
}

[[noreturn]] void missing(std::string_view key)
{
    throw invalid_args(name_of(key) + " is missing.");
}

[[noreturn]] void wrong_type(std::string_view key, std::string_view expected)
{
    throw invalid_args(name_of(key) + " must be " + std::string(expected) + ".");
}

std::string join(std::initializer_list<std::string_view> items)
{
    std::string out;
    for (const auto item : items) {
        if (!out.empty()) out += ", ";
        out += item;
    }
    return out;
}

} // namespace

std::optional<std::string> optional_string(const json& args, std::string_view key)
{
    const auto* value = find(args, key);
    if (!value) return std::nullopt;
    if (!value->is_string()) wrong_type(key, "a string");
    return value->get<std::string>();
}

std::string require_string(const json& args, std::string_view key)
{
    auto value = optional_string(args, key);
    if (!value) missing(key);
    return *value;
}

std::string string_or(const json& args, std::string_view key, std::string fallback)
{
    auto value = optional_string(args, key);
    return value ? *value : std::move(fallback);
}

std::optional<std::int64_t> optional_int(const json& args, std::string_view key, std::int64_t min, std::int64_t max)
{
    const auto* value = find(args, key);
    if (!value) return std::nullopt;
    const std::string range = " between " + std::to_string(min) + " and " + std::to_string(max);
    std::int64_t number = 0;
    if (value->is_number_integer()) {
        if (value->is_number_unsigned() && value->get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX))
            throw invalid_args(name_of(key) + " must be a whole number" + range + ".");
        number = value->get<std::int64_t>();
    } else if (value->is_number_float()) {
        const double d = value->get<double>();
        if (!(d >= static_cast<double>(min) && d <= static_cast<double>(max)) || d != static_cast<double>(static_cast<std::int64_t>(d)))
            throw invalid_args(name_of(key) + " must be a whole number" + range + ".");
        number = static_cast<std::int64_t>(d);
    } else {
        wrong_type(key, "a whole number");
    }
    if (number < min || number > max) throw invalid_args(name_of(key) + " must be" + range + ".");
    return number;
}

std::int64_t require_int(const json& args, std::string_view key, std::int64_t min, std::int64_t max)
{
    const auto value = optional_int(args, key, min, max);
    if (!value) missing(key);
    return *value;
}

std::optional<bool> optional_bool(const json& args, std::string_view key)
{
    const auto* value = find(args, key);
    if (!value) return std::nullopt;
    if (!value->is_boolean()) wrong_type(key, "true or false");
    return value->get<bool>();
}

const json* optional_object(const json& args, std::string_view key)
{
    const auto* value = find(args, key);
    if (value && !value->is_object()) wrong_type(key, "an object");
    return value;
}

const json& require_object(const json& args, std::string_view key)
{
    const auto* value = optional_object(args, key);
    if (!value) missing(key);
    return *value;
}

const json& require_array(const json& args, std::string_view key)
{
    const auto* value = find(args, key);
    if (!value) missing(key);
    if (!value->is_array()) wrong_type(key, "an array");
    return *value;
}

std::optional<std::string> optional_one_of(const json& args, std::string_view key,
                                           std::initializer_list<std::string_view> allowed)
{
    auto value = optional_string(args, key);
    if (!value) return std::nullopt;
    for (const auto candidate : allowed)
        if (*value == candidate) return value;
    throw invalid_args(name_of(key) + " must be one of: " + join(allowed) + ".");
}

std::string require_one_of(const json& args, std::string_view key, std::initializer_list<std::string_view> allowed)
{
    auto value = optional_one_of(args, key, allowed);
    if (!value) missing(key);
    return *value;
}

std::optional<std::int64_t> optional_time(const json& args, std::string_view key)
{
    const auto text = optional_string(args, key);
    if (!text) return std::nullopt;
    const auto parsed = parse_iso8601(*text);
    if (!parsed) throw invalid_args(name_of(key) + " must be a date and time in ISO 8601, like 2026-11-27T09:30:00Z.");
    return parsed->time_since_epoch().count();
}

} // namespace onward::commands
