#include "store/paths.hpp"

#include "core/error.hpp"

#include <gtest/gtest.h>

#include <map>

using namespace onward;
using namespace onward::store;

namespace {

EnvLookup env_of(std::map<std::string, std::string> vars)
{
    return [vars = std::move(vars)](const char* name) -> std::optional<std::string> {
        const auto it = vars.find(name);
        if (it == vars.end()) return std::nullopt;
        return it->second;
    };
}

} // namespace

TEST(DatabasePath, LinuxPrefersXdgDataHome)
{
    EXPECT_EQ(default_database_path(Platform::linux_like, env_of({{"HOME", "/home/ada"}, {"XDG_DATA_HOME", "/data"}})),
              "/data/onward/onward.db");
}

TEST(DatabasePath, LinuxFallsBackToLocalShare)
{
    EXPECT_EQ(default_database_path(Platform::linux_like, env_of({{"HOME", "/home/ada"}})),
              "/home/ada/.local/share/onward/onward.db");
    // A relative XDG_DATA_HOME is invalid per the XDG spec and ignored.
    EXPECT_EQ(default_database_path(Platform::linux_like, env_of({{"HOME", "/home/ada"}, {"XDG_DATA_HOME", "rel"}})),
              "/home/ada/.local/share/onward/onward.db");
}

TEST(DatabasePath, MacosAndWindows)
{
    EXPECT_EQ(default_database_path(Platform::macos, env_of({{"HOME", "/Users/ada"}})),
              "/Users/ada/Library/Application Support/Onward/onward.db");
    EXPECT_EQ(default_database_path(Platform::windows, env_of({{"LOCALAPPDATA", "C:/Users/ada/AppData/Local"}})),
              std::filesystem::path("C:/Users/ada/AppData/Local") / "Onward" / "onward.db");
}

TEST(DatabasePath, FlagWinsOverEnvironmentWhichWinsOverDefault)
{
    const auto env = env_of({{"HOME", "/home/ada"}, {"ONWARD_DB", "/tmp/env.db"}});
    EXPECT_EQ(resolve_database_path(std::filesystem::path("/tmp/flag.db"), env, Platform::linux_like), "/tmp/flag.db");
    EXPECT_EQ(resolve_database_path(std::nullopt, env, Platform::linux_like), "/tmp/env.db");
    EXPECT_EQ(resolve_database_path(std::nullopt, env_of({{"HOME", "/home/ada"}}), Platform::linux_like),
              "/home/ada/.local/share/onward/onward.db");
}

TEST(DatabasePath, NoHomeIsAClearError)
{
    try {
        resolve_database_path(std::nullopt, env_of({}), Platform::linux_like);
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::store_unavailable);
        EXPECT_NE(std::string(e.what()).find("ONWARD_DB"), std::string::npos);
    }
}
