#include "store/settings.hpp"

#include <SQLiteCpp/Statement.h>

namespace onward::store {

std::optional<std::string> get_setting(SQLite::Database& db, const std::string& key)
{
    SQLite::Statement st(db, "SELECT value FROM settings WHERE key = ?1");
    st.bind(1, key);
    if (!st.executeStep()) return std::nullopt;
    return st.getColumn(0).getString();
}

void set_setting(SQLite::Database& db, const std::string& key, const std::string& json_value)
{
    SQLite::Statement st(db, "INSERT INTO settings (key, value) VALUES (?1, ?2) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    st.bind(1, key);
    st.bind(2, json_value);
    st.exec();
}

std::map<std::string, std::string> all_settings(SQLite::Database& db)
{
    std::map<std::string, std::string> out;
    SQLite::Statement st(db, "SELECT key, value FROM settings ORDER BY key");
    while (st.executeStep()) out[st.getColumn(0).getString()] = st.getColumn(1).getString();
    return out;
}

} // namespace onward::store
