#pragma once
// The Onward database: opening it safely, migrating it, and running short write transactions.
//
// Opening never damages a file that is not ours: a corrupt file, a foreign SQLite database or one
// written by a newer Onward is refused with Error(store_unavailable) and left exactly as it was.

#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <string>

namespace onward::store {

// Written into the file header (PRAGMA application_id) so we can tell our files from others: "ONWD".
inline constexpr int application_id = 0x4F4E5744;

// How long a writer waits for another host holding the lock before SQLite reports "busy".
inline constexpr int busy_timeout_ms = 10'000;

class Database {
public:
    // Opens (creating when missing: directory 0700, file 0600) and migrates to the latest schema.
    static std::unique_ptr<Database> open(const std::filesystem::path& path);

    SQLite::Database& sql() noexcept { return *db_; }
    const std::filesystem::path& path() const noexcept { return path_; }
    int schema_version();

    // Runs `work` inside BEGIN IMMEDIATE ... COMMIT. Any exception rolls everything back and is
    // rethrown, so a failed command changes nothing. "Busy" at BEGIN is retried: nothing has run yet.
    void write(const std::function<void(SQLite::Database&)>& work);

private:
    Database(std::filesystem::path path, std::unique_ptr<SQLite::Database> db);
    // One attempt at open()'s work once the file exists; a lock another process holds escapes as
    // SQLite's busy error, which open() retries.
    static std::unique_ptr<Database> open_once(const std::filesystem::path& path);

    std::filesystem::path path_;
    std::unique_ptr<SQLite::Database> db_;
};

} // namespace onward::store
