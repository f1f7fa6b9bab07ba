#include "steps/settings.hpp"

#include "core/error.hpp"
#include "store/settings.hpp"

#include <algorithm>

namespace onward::steps {

namespace {

using json = nlohmann::json;

json parse_or_null(const std::optional<std::string>& text)
{
    if (!text) return nullptr;
    return json::parse(*text, nullptr, false);
}

int int_in(const json& value, const char* key, int min, int max)
{
    if (!value.is_number_integer() || value.get<std::int64_t>() < min || value.get<std::int64_t>() > max)
        throw invalid_args(std::string("args.") + key + " must be a whole number between " + std::to_string(min) +
                           " and " + std::to_string(max) + ".");
    return value.get<int>();
}

std::vector<std::string> languages_from(const json& value)
{
    const auto bad = [] {
        return invalid_args("args.languages must be a non-empty list of language codes among en, de, fr, es, nl.");
    };
    if (!value.is_array() || value.empty()) throw bad();
    std::vector<std::string> out;
    for (const auto& item : value) {
        if (!item.is_string()) throw bad();
        const auto code = item.get<std::string>();
        if (std::find(std::begin(supported_languages), std::end(supported_languages), code) ==
            std::end(supported_languages))
            throw bad();
        if (std::find(out.begin(), out.end(), code) == out.end()) out.push_back(code);
    }
    return out;
}

} // namespace

Settings load_settings(SQLite::Database& db)
{
    Settings s;
    // A stored value that no longer validates (hand-edited file) falls back to the default.
    const auto load = [&](const char* key, auto apply) {
        const auto value = parse_or_null(store::get_setting(db, key));
        if (value.is_null() || value.is_discarded()) return;
        try {
            apply(value);
        } catch (const Error&) {
        }
    };
    load("quiet_period_weeks", [&](const json& v) { s.quiet_period_weeks = int_in(v, "quiet_period_weeks", 1, 104); });
    load("ghosting_days", [&](const json& v) { s.ghosting_days = int_in(v, "ghosting_days", 7, 365); });
    load("languages", [&](const json& v) { s.languages = languages_from(v); });
    load("keep_email_bodies", [&](const json& v) {
        if (v.is_boolean()) s.keep_email_bodies = v.get<bool>();
    });
    load("your_name", [&](const json& v) {
        if (v.is_string()) s.your_name = v.get<std::string>();
    });
    load("watch_alerts_per_month",
         [&](const json& v) { s.watch_alerts_per_month = int_in(v, "watch_alerts_per_month", 1, 10); });
    return s;
}

json to_json(const Settings& s)
{
    return {{"quiet_period_weeks", s.quiet_period_weeks},
            {"ghosting_days", s.ghosting_days},
            {"languages", s.languages},
            {"keep_email_bodies", s.keep_email_bodies},
            {"your_name", s.your_name},
            {"watch_alerts_per_month", s.watch_alerts_per_month}};
}

Settings with_changes(const Settings& settings, const json& changes)
{
    Settings s = settings;
    for (const auto& [key, value] : changes.items()) {
        if (key == "quiet_period_weeks")
            s.quiet_period_weeks = int_in(value, "quiet_period_weeks", 1, 104);
        else if (key == "ghosting_days")
            s.ghosting_days = int_in(value, "ghosting_days", 7, 365);
        else if (key == "languages")
            s.languages = languages_from(value);
        else if (key == "keep_email_bodies") {
            if (!value.is_boolean()) throw invalid_args("args.keep_email_bodies must be true or false.");
            s.keep_email_bodies = value.get<bool>();
        } else if (key == "your_name") {
            if (!value.is_string() || value.get<std::string>().size() > 200)
                throw invalid_args("args.your_name must be a string of at most 200 bytes.");
            s.your_name = value.get<std::string>();
        } else if (key == "watch_alerts_per_month") {
            s.watch_alerts_per_month = int_in(value, "watch_alerts_per_month", 1, 10);
        } else
            throw invalid_args("args." + key +
                               " is not a setting (known: quiet_period_weeks, ghosting_days, languages, "
                               "keep_email_bodies, your_name, watch_alerts_per_month).");
    }
    return s;
}

void save_settings(SQLite::Database& db, const Settings& settings)
{
    const auto values = to_json(settings); // items() must not outlive the object it iterates
    for (const auto& [key, value] : values.items()) store::set_setting(db, key, value.dump());
}

} // namespace onward::steps
