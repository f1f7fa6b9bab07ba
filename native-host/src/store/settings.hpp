#pragma once
// The settings table (migration 1): one JSON value per key. What the keys mean is up to callers.

#include <SQLiteCpp/Database.h>

#include <map>
#include <optional>
#include <string>

namespace onward::store {

std::optional<std::string> get_setting(SQLite::Database& db, const std::string& key); // JSON text
void set_setting(SQLite::Database& db, const std::string& key, const std::string& json_value);
std::map<std::string, std::string> all_settings(SQLite::Database& db);

} // namespace onward::store
