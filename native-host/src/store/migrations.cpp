#include "store/migrations.hpp"

#include "core/error.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <array>
#include <string>

namespace onward::store {

namespace {

// Append only. Never edit a migration that has shipped: add a new one.
constexpr std::array all_migrations{
    Migration{1, "settings",
              R"sql(
CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL              -- JSON
) STRICT;
)sql"},
};

} // namespace

std::span<const Migration> migrations()
{
    return all_migrations;
}

int latest_schema_version()
{
    return all_migrations.back().version;
}

void migrate(SQLite::Database& db, int target)
{
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    // Read the version inside the write lock: another host may have migrated meanwhile.
    const int current = db.execAndGet("PRAGMA user_version").getInt();
    if (current >= target) return; // the destructor rolls back the empty transaction
    for (const auto& migration : all_migrations) {
        if (migration.version <= current || migration.version > target) continue;
        db.exec(std::string(migration.sql));
        db.exec("PRAGMA user_version = " + std::to_string(migration.version));
    }
    transaction.commit();
}

} // namespace onward::store
