#include "cli/app.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <random>
#include <sstream>

using namespace onward::cli;

namespace {

struct CliRun {
    int status;
    std::string out;
    std::string err;
};

CliRun run(const std::vector<std::string>& args, std::map<std::string, std::string> env = {})
{
    std::istringstream in;
    std::ostringstream out, err;
    CliContext ctx{.in = in, .out = out, .err = err};
    ctx.env = [env](const char* name) -> std::optional<std::string> {
        const auto it = env.find(name);
        return it == env.end() ? std::nullopt : std::optional<std::string>(it->second);
    };
    const int status = run_cli(args, ctx);
    return {status, out.str(), err.str()};
}

} // namespace

TEST(Cli, VersionAndHelp)
{
    const auto version = run({"version"});
    EXPECT_EQ(version.status, 0);
    EXPECT_EQ(version.out.rfind("onward-host ", 0), 0u);
    const auto help = run({"help"});
    EXPECT_EQ(help.status, 0);
    EXPECT_NE(help.out.find("status"), std::string::npos);
    EXPECT_NE(help.out.find("version"), std::string::npos);
    EXPECT_EQ(run({"--help"}).status, 0);
}

TEST(Cli, UsageErrorsAreOneLineAndStatusTwo)
{
    for (const std::vector<std::string>& args : {std::vector<std::string>{"frobnicate"}, {"status", "--bogus"}, {"--db"}}) {
        const auto r = run(args);
        EXPECT_EQ(r.status, 2) << args[0];
        EXPECT_TRUE(r.out.empty());
        EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    }
}

TEST(Cli, StatusNamesTheDatabaseWithoutCreatingIt)
{
    const auto dir = std::filesystem::temp_directory_path() / ("onward-cli-" + std::to_string(std::random_device{}()));
    const auto path = dir / "onward.db";
    const auto r = run({"status"}, {{"ONWARD_DB", path.string()}});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find(path.string()), std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(path));

    const auto flag = run({"status", "--db", (dir / "other.db").string(), "--json"}, {{"ONWARD_DB", path.string()}});
    EXPECT_EQ(flag.status, 0) << flag.err;
    EXPECT_NE(flag.out.find("other.db"), std::string::npos) << "--db wins over ONWARD_DB";
    EXPECT_NE(flag.out.find("\"exists\": false"), std::string::npos);
    std::filesystem::remove_all(dir);
}
