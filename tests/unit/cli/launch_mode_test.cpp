#include "cli/launch_mode.hpp"

#include <gtest/gtest.h>

using namespace onward::cli;
using Kind = LaunchMode::Kind;

TEST(LaunchMode, ChromiumWithAndWithoutParentWindow)
{
    auto m = detect_launch_mode({"chrome-extension://fpmjnchfpmlceeolkgghjcdannejclhf/"});
    EXPECT_EQ(m.kind, Kind::chromium);
    EXPECT_TRUE(m.problem.empty());
    EXPECT_TRUE(is_allowed_caller(m));
    m = detect_launch_mode({"chrome-extension://fpmjnchfpmlceeolkgghjcdannejclhf/", "--parent-window=6752"});
    EXPECT_EQ(m.kind, Kind::chromium);
    EXPECT_TRUE(m.problem.empty());
    EXPECT_TRUE(is_allowed_caller(m));
}

TEST(LaunchMode, FirefoxPassesManifestPathAndAddonId)
{
    const auto m = detect_launch_mode({"/home/ada/.mozilla/native-messaging-hosts/org.onward.host.json", "onward@onward.org"});
    EXPECT_EQ(m.kind, Kind::firefox);
    EXPECT_EQ(m.caller, "onward@onward.org");
    EXPECT_TRUE(is_allowed_caller(m));
    // Windows paths and upper-case extensions occur too.
    EXPECT_EQ(detect_launch_mode({"C:\\Onward\\ORG.ONWARD.HOST.JSON", "onward@onward.org"}).kind, Kind::firefox);
}

TEST(LaunchMode, StrangersAreRefused)
{
    EXPECT_FALSE(is_allowed_caller(detect_launch_mode({"chrome-extension://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/"})));
    EXPECT_FALSE(is_allowed_caller(detect_launch_mode({"chrome-extension://fpmjnchfpmlceeolkgghjcdannejclhfx/"})));
    EXPECT_FALSE(is_allowed_caller(detect_launch_mode({"/tmp/m.json", "evil@example.com"})));
}

TEST(LaunchMode, ServeTakesAnOptionalDatabase)
{
    auto m = detect_launch_mode({"serve"});
    EXPECT_EQ(m.kind, Kind::serve);
    EXPECT_FALSE(m.database_flag);
    m = detect_launch_mode({"serve", "--db", "/tmp/x.db"});
    EXPECT_EQ(m.database_flag, "/tmp/x.db");
    m = detect_launch_mode({"serve", "--db=/tmp/y.db"});
    EXPECT_EQ(m.database_flag, "/tmp/y.db");
    EXPECT_FALSE(detect_launch_mode({"serve", "--verbose"}).problem.empty());
}

TEST(LaunchMode, EverythingElseIsTheCommandLine)
{
    EXPECT_EQ(detect_launch_mode({}).kind, Kind::command_line);
    EXPECT_EQ(detect_launch_mode({"status"}).kind, Kind::command_line);
    EXPECT_EQ(detect_launch_mode({"classify", "mail.json"}).kind, Kind::command_line);
    EXPECT_EQ(detect_launch_mode({"config.json"}).kind, Kind::command_line) << "a lone .json is not Firefox";
}

TEST(LaunchMode, UnexpectedBrowserArgumentsAreAProblem)
{
    EXPECT_FALSE(detect_launch_mode({"chrome-extension://fpmjnchfpmlceeolkgghjcdannejclhf/", "--x"}).problem.empty());
    EXPECT_FALSE(detect_launch_mode({"/tmp/m.json", "onward@onward.org", "extra"}).problem.empty());
}
