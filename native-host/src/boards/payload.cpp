#include "boards/payload.hpp"

#include "core/clock.hpp"
#include "core/error.hpp"

#include <algorithm>
#include <cctype>

namespace onward::boards::payload {

namespace {

std::string key_path(const std::string& path, std::string_view key)
{
    return path + "." + std::string(key);
}

const char* type_name(const json& v)
{
    switch (v.type()) {
    case json::value_t::null: return "null";
    case json::value_t::object: return "an object";
    case json::value_t::array: return "a list";
    case json::value_t::string: return "text";
    case json::value_t::boolean: return "true or false";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return "a number";
    default: return "something else";
    }
}

Error wrong(const std::string& path, const char* expected, const json& got)
{
    return invalid_args(path + " must be " + expected + " (it is " + type_name(got) +
                        "): the board's answer is not in the documented shape.");
}

const json* find(const json& object, std::string_view key)
{
    const auto it = object.find(std::string(key));
    if (it == object.end() || it->is_null()) return nullptr;
    return &*it;
}

} // namespace

std::string item_path(const std::string& array_path, std::size_t index)
{
    return array_path + "[" + std::to_string(index) + "]";
}

const json& require_object(const json& value, const std::string& path)
{
    if (!value.is_object()) throw wrong(path, "an object", value);
    return value;
}

const json& require_array(const json& value, const std::string& path)
{
    if (!value.is_array()) throw wrong(path, "a list", value);
    return value;
}

const json& require_array_in(const json& object, const std::string& path, std::string_view key)
{
    const auto* v = find(object, key);
    if (!v) throw invalid_args(key_path(path, key) + " is missing: the board's answer is not in the documented shape.");
    return require_array(*v, key_path(path, key));
}

std::string require_string_in(const json& object, const std::string& path, std::string_view key)
{
    const auto* v = find(object, key);
    if (!v) throw invalid_args(key_path(path, key) + " is missing: the board's answer is not in the documented shape.");
    if (!v->is_string()) throw wrong(key_path(path, key), "text", *v);
    return v->get<std::string>();
}

std::optional<std::string> string_in(const json& object, const std::string& path, std::string_view key)
{
    const auto* v = find(object, key);
    if (!v) return std::nullopt;
    if (!v->is_string()) throw wrong(key_path(path, key), "text", *v);
    return v->get<std::string>();
}

std::optional<bool> bool_in(const json& object, const std::string& path, std::string_view key)
{
    const auto* v = find(object, key);
    if (!v) return std::nullopt;
    if (!v->is_boolean()) throw wrong(key_path(path, key), "true or false", *v);
    return v->get<bool>();
}

const json* object_in(const json& object, const std::string& path, std::string_view key)
{
    const auto* v = find(object, key);
    if (v && !v->is_object()) throw wrong(key_path(path, key), "an object", *v);
    return v;
}

const json* array_in(const json& object, const std::string& path, std::string_view key)
{
    const auto* v = find(object, key);
    if (v && !v->is_array()) throw wrong(key_path(path, key), "a list", *v);
    return v;
}

std::string require_id_in(const json& object, const std::string& path, std::string_view key)
{
    const auto* v = find(object, key);
    if (!v) throw invalid_args(key_path(path, key) + " is missing: the board's answer is not in the documented shape.");
    if (v->is_number_unsigned() || v->is_number_integer()) {
        if (v->is_number_integer() && v->get<std::int64_t>() < 0) throw wrong(key_path(path, key), "an id", *v);
        return v->dump();
    }
    if (!v->is_string() || v->get<std::string>().empty() || v->get<std::string>().size() > 200)
        throw wrong(key_path(path, key), "an id (text or a whole number)", *v);
    return v->get<std::string>();
}

std::optional<TimePoint> time_in(const json& object, const std::string& path, std::string_view key)
{
    const auto text = string_in(object, path, key);
    if (!text || text->empty()) return std::nullopt;
    auto t = parse_iso8601(*text);
    if (!t) throw invalid_args(key_path(path, key) + " must be a date (ISO 8601): the board's answer is not in the documented shape.");
    return t;
}

std::optional<TimePoint> millis_in(const json& object, const std::string& path, std::string_view key)
{
    const auto* v = find(object, key);
    if (!v) return std::nullopt;
    if (!v->is_number_integer() && !v->is_number_unsigned()) throw wrong(key_path(path, key), "a whole number", *v);
    const auto ms = v->get<std::int64_t>();
    if (ms < 0) throw wrong(key_path(path, key), "a time in milliseconds", *v);
    return TimePoint{std::chrono::seconds{ms / 1000}};
}

std::string https_or_empty(const std::optional<std::string>& url)
{
    if (!url || url->rfind("https://", 0) != 0 || url->size() > 2000) return {};
    if (std::any_of(url->begin(), url->end(), [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }))
        return {};
    return *url;
}

std::string clip(std::string text, std::size_t max_bytes)
{
    if (text.size() <= max_bytes) return text;
    std::size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text.resize(cut);
    return text + "…";
}

bool mentions_remote(std::string_view text)
{
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const char* word : {"remote", "home office", "homeoffice", "télétravail", "teletravail", "remoto", "thuiswerk", "anywhere"})
        if (lower.find(word) != std::string::npos) return true;
    return false;
}

} // namespace onward::boards::payload
