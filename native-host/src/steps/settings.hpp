#pragma once
// The user's settings that shape the steps and the store: what they mean, their defaults and
// their limits. Stored in the settings table, one JSON value per key.

#include <SQLiteCpp/Database.h>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace onward::steps {

struct Settings {
    int quiet_period_weeks = 8;  // no news for this long: suggest moving on
    int ghosting_days = 30;      // no answer this long after applying or interviewing: ghosted
    std::vector<std::string> languages{"en", "de", "fr", "es", "nl"}; // languages the user writes in
    bool keep_email_bodies = false; // store the whole body of ingested emails
    std::string your_name;       // signs the drafts; empty: drafts end with the closing line
    int watch_alerts_per_month = 2; // job-board alerts per company in any 30 days (1-10)
};

inline constexpr const char* supported_languages[] = {"en", "de", "fr", "es", "nl"};

Settings load_settings(SQLite::Database& db);

// {quiet_period_weeks, ghosting_days, languages, keep_email_bodies, your_name, watch_alerts_per_month}
nlohmann::json to_json(const Settings& settings);

// Applies the keys present in `changes` to `settings`. Throws Error(invalid_args) naming the
// first bad key or value; `settings` is untouched then.
Settings with_changes(const Settings& settings, const nlohmann::json& changes);

// Writes every key (inside the caller's transaction).
void save_settings(SQLite::Database& db, const Settings& settings);

} // namespace onward::steps
