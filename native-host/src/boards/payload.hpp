#pragma once
// Strict reading of a job board's JSON, with the path of the first surprise in the message:
// "args.payload.jobs[2].title must be a string." Every reader throws Error(invalid_args).

#include "boards/providers.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace onward::boards::payload {

inline constexpr const char* root = "args.payload";

std::string item_path(const std::string& array_path, std::size_t index);

const json& require_object(const json& value, const std::string& path);
const json& require_array(const json& value, const std::string& path);
const json& require_array_in(const json& object, const std::string& path, std::string_view key);

// Absent or null: nullopt (or empty). Present with another type: invalid_args.
std::string require_string_in(const json& object, const std::string& path, std::string_view key);
std::optional<std::string> string_in(const json& object, const std::string& path, std::string_view key);
std::optional<bool> bool_in(const json& object, const std::string& path, std::string_view key);
const json* object_in(const json& object, const std::string& path, std::string_view key);
const json* array_in(const json& object, const std::string& path, std::string_view key);

// A provider id: a non-empty string, or a whole number (Greenhouse), as text.
std::string require_id_in(const json& object, const std::string& path, std::string_view key);

// ISO 8601 text (a date alone is fine); text that is not a date is invalid_args.
std::optional<TimePoint> time_in(const json& object, const std::string& path, std::string_view key);
// Milliseconds since the epoch (Lever's createdAt).
std::optional<TimePoint> millis_in(const json& object, const std::string& path, std::string_view key);

// The shape Greenhouse, Ashby and Workable share: an object whose `key` is an array of objects, one
// per posting. `parse(job, path)` reads one; postings it returns nullopt for (unlisted) are left out.
template <class ParseJob>
std::vector<Posting> parse_jobs(const json& payload, std::string_view key, ParseJob&& parse)
{
    require_object(payload, root);
    const auto& jobs = require_array_in(payload, root, key);
    const auto array_path = std::string(root) + "." + std::string(key);
    std::vector<Posting> out;
    out.reserve(jobs.size());
    for (std::size_t i = 0; i < jobs.size(); ++i) {
        const auto path = item_path(array_path, i);
        if (auto posting = parse(require_object(jobs[i], path), path)) out.push_back(std::move(*posting));
    }
    return out;
}

// A posting's link is kept only when it is an https URL: it ends up as a link in the popup.
std::string https_or_empty(const std::optional<std::string>& url);
// Titles and locations are cut at a sane length (whole UTF-8 characters).
std::string clip(std::string text, std::size_t max_bytes = 300);

bool mentions_remote(std::string_view text);

} // namespace onward::boards::payload
