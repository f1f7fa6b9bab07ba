#pragma once
// Does a posting fit the person? Title similarity to the role they were rejected for (words
// reduced to a canonical form across English, German, French, Spanish and Dutch, then a seniority
// ladder), their location and remote filters, and freshness. Pure: time is passed in.

#include "boards/providers.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace onward::boards {

// The person's filters on one watch. JSON: {"locations": ["Berlin"], "remote": "include",
// "max_age_days": 30}.
struct Filters {
    std::vector<std::string> locations; // a posting's location must contain one of these (folded); empty: anywhere
    std::string remote = "include";     // include: remote postings fit wherever; only: nothing else; exclude: never
    int max_age_days = 30;              // older postings are not news
};

// Throws Error(invalid_args) naming the bad field ("args.filters.remote must be ...").
Filters filters_from_json(const json& value, const std::string& path);
json to_json(const Filters& filters);

// The seniority ladder: junior < mid < senior < staff < principal/lead.
enum class Level { junior = 0, mid = 1, senior = 2, staff = 3, principal = 4 };
std::string_view to_string(Level level) noexcept;

struct TitleProfile {
    std::vector<std::string> words; // canonical words, sorted, unique ("engineer", "frontend", ...)
    Level level = Level::mid;
    bool level_stated = false;      // the title said it ("Senior ..."); otherwise mid is assumed
};

// "Senior Front-End Developer (m/w/d)" -> {frontend, engineer}, senior.
// "Softwareentwicklerin" -> {engineer, software}; "SWE II" -> {engineer, software}, mid.
TitleProfile analyse_title(std::string_view title);

// 0..1: Dice coefficient of the two word sets.
double title_similarity(const TitleProfile& a, const TitleProfile& b);

// Thresholds, documented in docs/watches.md.
inline constexpr double min_title_similarity = 0.6;
inline constexpr int max_level_steps = 1;

struct Fit {
    bool fits = false;
    double score = 0;      // 0..1, for ranking and display (title similarity x level x freshness)
    double similarity = 0; // title only
    std::string reason;    // fits: why, in plain words; otherwise: why not
};

// `role`: the role the person was rejected for (may be empty: then any title fits on place and date).
Fit assess(std::string_view role, const Posting& posting, const Filters& filters, TimePoint now);

} // namespace onward::boards
