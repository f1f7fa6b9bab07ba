#include "store/database.hpp"

#include "core/error.hpp"
#include "store/migrations.hpp"
#include "temp_dir.hpp"

#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <thread>

using namespace onward;
using namespace onward::store;
using onward::testing::TempDir;

namespace {

std::string read_file(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

ErrorCode open_error(const std::filesystem::path& path, std::string* message = nullptr)
{
    try {
        Database::open(path);
    } catch (const Error& e) {
        if (message) *message = e.what();
        return e.code();
    }
    return ErrorCode::internal;
}

unsigned mode_of(const std::filesystem::path& path)
{
    struct stat st {};
    ::stat(path.c_str(), &st);
    return st.st_mode & 0777;
}

} // namespace

TEST(Database, CreatesAPrivateFileInAPrivateFolder)
{
    TempDir tmp;
    const auto path = tmp / "nested/onward/onward.db";
    auto db = Database::open(path);
    EXPECT_TRUE(std::filesystem::exists(path));
    EXPECT_EQ(mode_of(path), 0600u);
    EXPECT_EQ(mode_of(path.parent_path()), 0700u);
    EXPECT_EQ(db->schema_version(), latest_schema_version());
    EXPECT_EQ(db->sql().execAndGet("PRAGMA journal_mode").getString(), "wal");
    EXPECT_EQ(db->sql().execAndGet("PRAGMA application_id").getInt(), application_id);
    EXPECT_EQ(db->sql().execAndGet("PRAGMA synchronous").getInt(), 2) << "FULL";
}

TEST(Database, ReopensWhatItCreated)
{
    TempDir tmp;
    const auto path = tmp / "onward.db";
    {
        auto db = Database::open(path);
        db->write([](SQLite::Database& sql) { sql.exec("INSERT INTO settings VALUES ('k', '1')"); });
    }
    auto db = Database::open(path);
    EXPECT_EQ(db->sql().execAndGet("SELECT value FROM settings WHERE key = 'k'").getString(), "1");
}

TEST(Database, RefusesGarbageAndLeavesItUntouched)
{
    TempDir tmp;
    const auto path = tmp / "onward.db";
    std::string garbage(8192, '\0');
    for (std::size_t i = 0; i < garbage.size(); ++i) garbage[i] = static_cast<char>((i * 131) % 251);
    std::ofstream(path, std::ios::binary) << garbage;
    std::string message;
    EXPECT_EQ(open_error(path, &message), ErrorCode::store_unavailable);
    EXPECT_NE(message.find("untouched"), std::string::npos) << message;
    EXPECT_EQ(read_file(path), garbage);
}

TEST(Database, RefusesAForeignSqliteDatabase)
{
    TempDir tmp;
    const auto path = tmp / "other.db";
    {
        SQLite::Database other(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        other.exec("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO photos VALUES (1, 'cat')");
    }
    const auto before = read_file(path);
    std::string message;
    EXPECT_EQ(open_error(path, &message), ErrorCode::store_unavailable);
    EXPECT_NE(message.find("another program"), std::string::npos) << message;
    EXPECT_EQ(read_file(path), before);
}

TEST(Database, RefusesASchemaFromTheFuture)
{
    TempDir tmp;
    const auto path = tmp / "onward.db";
    {
        auto db = Database::open(path);
        db->sql().exec("PRAGMA user_version = " + std::to_string(latest_schema_version() + 1));
    }
    std::string message;
    EXPECT_EQ(open_error(path, &message), ErrorCode::store_unavailable);
    EXPECT_NE(message.find("newer Onward"), std::string::npos) << message;
}

TEST(Database, RefusesAFolder)
{
    TempDir tmp;
    EXPECT_EQ(open_error(tmp.path()), ErrorCode::store_unavailable);
}

TEST(Database, FailedWriteChangesNothing)
{
    TempDir tmp;
    auto db = Database::open(tmp / "onward.db");
    EXPECT_THROW(db->write([](SQLite::Database& sql) {
        sql.exec("INSERT INTO settings VALUES ('a', '1')");
        throw invalid_args("second half failed");
    }),
                 Error);
    EXPECT_EQ(db->sql().execAndGet("SELECT count(*) FROM settings").getInt(), 0);
}

TEST(Database, SeveralConnectionsWriteWithoutLockErrors)
{
    TempDir tmp;
    const auto path = tmp / "onward.db";
    Database::open(path);
    constexpr int writers = 4;
    constexpr int rows_each = 50;
    std::vector<std::thread> threads;
    std::atomic<int> failures{0};
    for (int w = 0; w < writers; ++w) {
        threads.emplace_back([&, w] {
            try {
                auto db = Database::open(path);
                for (int i = 0; i < rows_each; ++i)
                    db->write([&](SQLite::Database& sql) {
                        SQLite::Statement insert(sql, "INSERT INTO settings VALUES (?, '1')");
                        insert.bind(1, std::to_string(w) + "-" + std::to_string(i));
                        insert.exec();
                    });
            } catch (...) {
                ++failures;
            }
        });
    }
    for (auto& t : threads) t.join();
    EXPECT_EQ(failures.load(), 0);
    auto db = Database::open(path);
    EXPECT_EQ(db->sql().execAndGet("SELECT count(*) FROM settings").getInt(), writers * rows_each);
}
