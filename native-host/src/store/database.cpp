#include "store/database.hpp"

#include "core/error.hpp"
#include "store/migrations.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace onward::store {

namespace fs = std::filesystem;

namespace {

[[noreturn]] void refuse(const fs::path& path, const std::string& why)
{
    throw Error(ErrorCode::store_unavailable, "The database " + path.string() + " " + why);
}

// Creates the parent folder (0700 for folders we create) and an empty file with mode 0600,
// so the data is private from the first byte. An empty file is a valid, empty SQLite database.
void create_private_file(const fs::path& path)
{
    const auto parent = path.parent_path();
    if (!parent.empty() && !fs::exists(parent)) {
        std::error_code ec;
        fs::create_directories(parent, ec);
        if (ec) refuse(path, "cannot be created: " + ec.message() + ".");
        fs::permissions(parent, fs::perms::owner_all, fs::perm_options::replace, ec);
    }
#ifndef _WIN32
    const int fd = ::open(path.c_str(), O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC, 0600);
    if (fd < 0 && errno != EEXIST) refuse(path, std::string("cannot be created: ") + std::strerror(errno) + ".");
    if (fd >= 0) ::close(fd);
#endif
}

bool is_busy(const SQLite::Exception& e)
{
    return e.getErrorCode() == SQLITE_BUSY || e.getErrorCode() == SQLITE_LOCKED;
}

// Runs `attempt` again while it fails because another host holds the file's lock, up to `attempts`
// times in all, pausing a little longer each time; the last such failure, or any other, reaches the
// caller. Only for work that changed nothing before it failed.
template <class Attempt>
auto retry_while_busy(int attempts, std::chrono::milliseconds pause, Attempt&& attempt) -> decltype(attempt())
{
    for (int n = 1;; ++n) {
        try {
            return attempt();
        } catch (const SQLite::Exception& e) {
            if (!is_busy(e) || n == attempts) throw;
            std::this_thread::sleep_for(pause * n);
        }
    }
}

// Checks whose file this is before anything is written to it.
void check_identity(SQLite::Database& db, const fs::path& path)
{
    int app_id = 0;
    int version = 0;
    int objects = 0;
    try {
        // One statement, so one snapshot: read one by one, another host creating the database at
        // the same moment could show an application id of 0 (before its commit) beside its tables
        // (after), and a brand-new Onward database would look like another program's.
        SQLite::Statement identity(db, "SELECT (SELECT application_id FROM pragma_application_id), "
                                       "(SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_schema)");
        if (identity.executeStep()) {
            app_id = identity.getColumn(0).getInt();
            version = identity.getColumn(1).getInt();
            objects = identity.getColumn(2).getInt();
        }
    } catch (const SQLite::Exception& e) {
        if (e.getErrorCode() == SQLITE_NOTADB || e.getErrorCode() == SQLITE_CORRUPT)
            refuse(path, "is damaged or is not an SQLite database; Onward left it untouched. "
                         "Move it aside (or restore a backup) and start again.");
        throw;
    }
    const bool brand_new = app_id == 0 && version == 0 && objects == 0;
    if (!brand_new && app_id != application_id)
        refuse(path, "belongs to another program (it is not an Onward database); Onward left it untouched. "
                     "Point ONWARD_DB or --db at another file.");
    if (version > latest_schema_version())
        refuse(path, "was written by a newer Onward (schema " + std::to_string(version) + ", this one knows up to " +
                         std::to_string(latest_schema_version()) + "). Update Onward to use it.");
}

} // namespace

Database::Database(fs::path path, std::unique_ptr<SQLite::Database> db) : path_(std::move(path)), db_(std::move(db)) {}

std::unique_ptr<Database> Database::open(const fs::path& path)
{
    if (path.empty()) throw Error(ErrorCode::store_unavailable, "No database path was given.");
    if (fs::is_directory(path)) refuse(path, "is a folder, not a file.");
    if (!fs::exists(path)) create_private_file(path);

    // Another host creating or migrating the same file (the browser starts one per message) can hold
    // its lock while this one opens, before the busy timeout applies to the new connection; the host
    // opens once, so one such moment would fail every request it serves. A few more attempts, as
    // write() makes: nothing is written before the checks pass, so trying again is safe.
    try {
        return retry_while_busy(5, std::chrono::milliseconds(50), [&] { return open_once(path); });
    } catch (const SQLite::Exception& e) {
        if (!is_busy(e)) throw;
        refuse(path, std::string("cannot be opened: ") + e.what() + ".");
    }
}

std::unique_ptr<Database> Database::open_once(const fs::path& path)
{
    std::unique_ptr<SQLite::Database> db;
    try {
        db = std::make_unique<SQLite::Database>(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_FULLMUTEX,
                                                busy_timeout_ms);
    } catch (const SQLite::Exception& e) {
        if (is_busy(e)) throw; // open() tries again
        refuse(path, std::string("cannot be opened: ") + e.what() + ".");
    }
    check_identity(*db, path);

    try {
        // WAL lets several hosts (the browser starts one per message) read while one writes.
        // It is a property of the file, so it is only switched once.
        if (db->execAndGet("PRAGMA journal_mode").getString() != "wal") db->exec("PRAGMA journal_mode = WAL");
        // FULL: a commit is fsynced to the WAL before the host acknowledges it, so a reply with
        // "ok": true survives a killed host and a power cut alike.
        db->exec("PRAGMA synchronous = FULL");
        db->exec("PRAGMA foreign_keys = ON");
        if (db->execAndGet("PRAGMA application_id").getInt() != application_id)
            db->exec("PRAGMA application_id = " + std::to_string(application_id));
        if (db->execAndGet("PRAGMA user_version").getInt() < latest_schema_version()) migrate(*db);
    } catch (const SQLite::Exception& e) {
        if (e.getErrorCode() == SQLITE_NOTADB || e.getErrorCode() == SQLITE_CORRUPT)
            refuse(path, "is damaged; Onward left it untouched. Move it aside (or restore a backup) and start again.");
        if (e.getErrorCode() == SQLITE_READONLY || e.getErrorCode() == SQLITE_CANTOPEN)
            refuse(path, std::string("cannot be written: ") + e.what() + ".");
        throw;
    }
    return std::unique_ptr<Database>(new Database(path, std::move(db)));
}

int Database::schema_version()
{
    return db_->execAndGet("PRAGMA user_version").getInt();
}

void Database::write(const std::function<void(SQLite::Database&)>& work)
{
    // The busy timeout already waits up to busy_timeout_ms inside BEGIN IMMEDIATE; a few more
    // attempts cover a writer that holds the lock longer. Retrying is safe: nothing ran yet.
    std::unique_ptr<SQLite::Transaction> transaction;
    try {
        transaction = retry_while_busy(5, std::chrono::milliseconds(20), [&] {
            return std::make_unique<SQLite::Transaction>(*db_, SQLite::TransactionBehavior::IMMEDIATE);
        });
    } catch (const SQLite::Exception&) {
        throw Error(ErrorCode::internal, "The database stayed locked by another Onward process; nothing was changed.");
    }
    work(*db_);
    transaction->commit();
}

} // namespace onward::store
