#include "store/migrations.hpp"

#include "store/database.hpp"
#include "temp_dir.hpp"

#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

using namespace onward::store;
using onward::testing::TempDir;

namespace {

// The tables and columns of a database, as one comparable string.
std::string describe_schema(SQLite::Database& db)
{
    std::string out;
    SQLite::Statement objects(db, "SELECT type, name, tbl_name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name");
    while (objects.executeStep()) {
        out += objects.getColumn(0).getString() + " " + objects.getColumn(1).getString() + "\n";
        if (objects.getColumn(0).getString() == "table") {
            SQLite::Statement columns(db, "SELECT name, type, \"notnull\", pk FROM pragma_table_info(?)");
            columns.bind(1, objects.getColumn(1).getString());
            while (columns.executeStep())
                out += "  " + columns.getColumn(0).getString() + " " + columns.getColumn(1).getString() + " " +
                       columns.getColumn(2).getString() + " " + columns.getColumn(3).getString() + "\n";
        }
    }
    return out;
}

} // namespace

TEST(Migrations, VersionsAreConsecutiveFromOne)
{
    int expected = 1;
    for (const auto& m : migrations()) {
        EXPECT_EQ(m.version, expected++) << m.description;
        EXPECT_FALSE(m.sql.empty());
        EXPECT_FALSE(m.description.empty());
    }
    EXPECT_EQ(latest_schema_version(), expected - 1);
}

// From every earlier version, opening the database brings it to exactly the schema a fresh one has.
TEST(Migrations, EveryEarlierVersionUpgradesToTheFreshSchema)
{
    TempDir tmp;
    std::string fresh_schema;
    {
        auto fresh = Database::open(tmp / "fresh.db");
        fresh_schema = describe_schema(fresh->sql());
    }
    for (int start = 0; start < latest_schema_version(); ++start) {
        const auto path = tmp / ("from-" + std::to_string(start) + ".db");
        {
            SQLite::Database old(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            if (start > 0) {
                old.exec("PRAGMA application_id = " + std::to_string(application_id));
                migrate(old, start);
            }
            EXPECT_EQ(old.execAndGet("PRAGMA user_version").getInt(), start);
        }
        auto db = Database::open(path);
        EXPECT_EQ(db->schema_version(), latest_schema_version()) << "from " << start;
        EXPECT_EQ(describe_schema(db->sql()), fresh_schema) << "from " << start;
    }
}

TEST(Migrations, MigratingTwiceIsHarmless)
{
    TempDir tmp;
    SQLite::Database db((tmp / "x.db").string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    migrate(db);
    const auto once = describe_schema(db);
    migrate(db);
    EXPECT_EQ(describe_schema(db), once);
}
