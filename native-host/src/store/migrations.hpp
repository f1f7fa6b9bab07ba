#pragma once
// Every schema change of the database, in order. A migration is applied once, inside the same
// transaction that bumps PRAGMA user_version, so a database is always at exactly one version.

#include <SQLiteCpp/Database.h>

#include <span>
#include <string_view>

namespace onward::store {

struct Migration {
    int version;                  // the user_version after this migration
    std::string_view description; // what it adds, for `status` and the logs
    std::string_view sql;         // one or more statements
};

std::span<const Migration> migrations();
int latest_schema_version();

// Brings `db` from its current user_version up to `target` (default: latest) in one IMMEDIATE
// transaction. Used by Database::open and, with smaller targets, by the tests that build every
// earlier version.
void migrate(SQLite::Database& db, int target = latest_schema_version());

} // namespace onward::store
