// The contract's "Done when", checked against the built binary over real pipes.
#include "host_process.hpp"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <csignal>
#include <thread>

using namespace onward::testing;

namespace {

const std::string chrome_origin = "chrome-extension://fpmjnchfpmlceeolkgghjcdannejclhf/";

struct LaunchCase {
    std::string name;
    std::vector<std::string> args;
    friend void PrintTo(const LaunchCase& c, std::ostream* os) { *os << c.name; }
};

class EveryLaunchMode : public ::testing::TestWithParam<LaunchCase> {
protected:
    TempDir tmp;
    std::map<std::string, std::string> env() const { return {{"ONWARD_DB", (tmp.path() / "onward.db").string()}}; }
};

} // namespace

TEST_P(EveryLaunchMode, SaysHelloAndExitsZeroAtEndOfInput)
{
    HostProcess host(GetParam().args, env());
    const auto reply = host.request({{"id", 1}, {"cmd", "hello"}});
    EXPECT_EQ(reply["id"], 1);
    EXPECT_EQ(reply["ok"], true);
    EXPECT_EQ(reply["result"]["name"], "onward-host");
    EXPECT_TRUE(reply["result"]["version"].is_string());
    EXPECT_TRUE(reply["result"]["protocol"].is_number_integer());
    EXPECT_TRUE(reply["result"]["commands"].is_array());
    EXPECT_NE(std::find(reply["result"]["commands"].begin(), reply["result"]["commands"].end(), "hello"),
              reply["result"]["commands"].end());
    EXPECT_EQ(host.close_and_wait(), 0) << host.stderr_text();
}

INSTANTIATE_TEST_SUITE_P(
    Contract, EveryLaunchMode,
    ::testing::Values(LaunchCase{"chromium", {chrome_origin}},
                      LaunchCase{"chromium_windows", {chrome_origin, "--parent-window=4242"}},
                      LaunchCase{"firefox", {"/tmp/native-messaging-hosts/org.onward.host.json", "onward@onward.org"}},
                      LaunchCase{"serve", {"serve"}}),
    [](const auto& info) { return info.param.name; });

TEST(Host, RefusesAnExtensionItWasNotInstalledFor)
{
    TempDir tmp;
    HostProcess host({"chrome-extension://aaaabbbbccccddddeeeeffffgggghhhh/"}, {{"ONWARD_DB", (tmp.path() / "x.db").string()}});
    const int status = host.wait();
    EXPECT_NE(status, 0);
    EXPECT_NE(status, -1) << "it must not wait for input";
    EXPECT_TRUE(host.stdout_is_empty());
    const auto err = host.stderr_text();
    EXPECT_EQ(std::count(err.begin(), err.end(), '\n'), 1) << err;
    EXPECT_FALSE(std::filesystem::exists(tmp.path() / "x.db")) << "nothing is touched for a stranger";
}

TEST(Host, RefusesAnUnknownFirefoxAddon)
{
    TempDir tmp;
    HostProcess host({"/tmp/org.onward.host.json", "someone@else.org"}, {{"ONWARD_DB", (tmp.path() / "x.db").string()}});
    EXPECT_GT(host.wait(), 0);
    EXPECT_TRUE(host.stdout_is_empty());
}

TEST(Host, AnswersEveryContractErrorAndKeepsServing)
{
    TempDir tmp;
    HostProcess host({"serve"}, {{"ONWARD_DB", (tmp.path() / "onward.db").string()}});
    const auto code_for = [&](std::string_view payload) {
        host.send_raw(frame(payload));
        const auto reply = host.receive();
        EXPECT_EQ(reply["ok"], false) << payload;
        return reply["error"]["code"].get<std::string>();
    };
    EXPECT_EQ(code_for("this is not json"), "bad_json");
    EXPECT_EQ(code_for("{\"id\":1,\"cmd\":\"hello\xC3\x28\"}"), "bad_json");
    EXPECT_EQ(code_for("[1,2,3]"), "bad_request");
    EXPECT_EQ(code_for(R"({"id":2})"), "bad_request");
    EXPECT_EQ(code_for(R"({"id":3,"cmd":"fly_to_the_moon"})"), "unknown_cmd");
    EXPECT_EQ(code_for(R"({"id":4,"cmd":"hello","args":"yes"})"), "bad_request");
    EXPECT_EQ(code_for(R"({"id":[4],"cmd":"hello"})"), "bad_request");
    EXPECT_EQ(code_for(""), "bad_json");

    // A frame over 4 MiB: answered too_large, its payload swallowed, the next frame served.
    const std::string huge = R"({"id":5,"cmd":"hello","args":{"pad":")" + std::string(4 * 1024 * 1024, 'x') + "\"}}";
    EXPECT_EQ(code_for(huge), "too_large");
    const auto after = host.request({{"id", 6}, {"cmd", "hello"}});
    EXPECT_EQ(after["ok"], true);
    EXPECT_EQ(after["id"], 6);
    EXPECT_EQ(host.close_and_wait(), 0);
}

TEST(Host, EchoesUtf8IdsByteForByte)
{
    TempDir tmp;
    HostProcess host({chrome_origin}, {{"ONWARD_DB", (tmp.path() / "onward.db").string()}});
    for (const std::string id : {"ünïcødé-1", "日本語", "🙂🚀", "id with \"quotes\""}) {
        const auto ok = host.request({{"id", id}, {"cmd", "hello"}});
        EXPECT_EQ(ok["id"], id);
        const auto failed = host.request({{"id", id}, {"cmd", "nope"}});
        EXPECT_EQ(failed["id"], id);
        EXPECT_EQ(failed["error"]["code"], "unknown_cmd");
    }
    const auto numeric = host.request({{"id", 12345678901LL}, {"cmd", "hello"}});
    EXPECT_EQ(numeric["id"], 12345678901LL);
    EXPECT_EQ(host.close_and_wait(), 0);
}

TEST(Host, CreatesTheDatabaseAtOnwardDbInWalModeWithASchemaVersion)
{
    TempDir tmp;
    const auto path = tmp.path() / "deeper" / "onward.db";
    {
        HostProcess host({chrome_origin}, {{"ONWARD_DB", path.string()}});
        EXPECT_EQ(host.request({{"id", 1}, {"cmd", "hello"}})["ok"], true);
        EXPECT_EQ(host.close_and_wait(), 0);
    }
    ASSERT_TRUE(std::filesystem::exists(path));
    SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
    EXPECT_EQ(db.execAndGet("PRAGMA journal_mode").getString(), "wal");
    EXPECT_GE(db.execAndGet("PRAGMA user_version").getInt(), 1);
}

TEST(Host, DbFlagWinsOverTheEnvironment)
{
    TempDir tmp;
    const auto env_path = tmp.path() / "env.db";
    const auto flag_path = tmp.path() / "flag.db";
    HostProcess host({"serve", "--db", flag_path.string()}, {{"ONWARD_DB", env_path.string()}});
    EXPECT_EQ(host.request({{"id", 1}, {"cmd", "hello"}})["ok"], true);
    EXPECT_EQ(host.close_and_wait(), 0);
    EXPECT_TRUE(std::filesystem::exists(flag_path));
    EXPECT_FALSE(std::filesystem::exists(env_path));
}

TEST(Host, TruncatedFrameExitsNonZeroWithALineOnStderr)
{
    TempDir tmp;
    HostProcess host({chrome_origin}, {{"ONWARD_DB", (tmp.path() / "onward.db").string()}});
    const auto whole = frame(R"({"id":1,"cmd":"hello"})");
    host.send_raw(whole.substr(0, whole.size() - 4));
    const int status = host.close_and_wait();
    EXPECT_GT(status, 0);
    EXPECT_TRUE(host.stdout_is_empty()) << "nothing of the partial frame was answered";
    EXPECT_NE(host.stderr_text().find("middle of a frame"), std::string::npos);
}

TEST(Host, SigtermEndsTheHostCleanly)
{
    TempDir tmp;
    HostProcess host({"/tmp/org.onward.host.json", "onward@onward.org"}, {{"ONWARD_DB", (tmp.path() / "onward.db").string()}});
    EXPECT_EQ(host.request({{"id", 1}, {"cmd", "hello"}})["ok"], true);
    ::kill(host.child().id(), SIGTERM);
    EXPECT_EQ(host.wait(), 0) << host.stderr_text();
}

TEST(Host, ACorruptDatabaseIsReportedNotReplaced)
{
    TempDir tmp;
    const auto path = tmp.path() / "onward.db";
    const std::string garbage(4096, '\x5A');
    {
        std::ofstream(path, std::ios::binary) << garbage;
    }
    HostProcess host({"serve"}, {{"ONWARD_DB", path.string()}});
    // hello never needs the store, so it still answers.
    EXPECT_EQ(host.request({{"id", 1}, {"cmd", "hello"}})["ok"], true);
    EXPECT_EQ(host.close_and_wait(), 0);
    std::ifstream in(path, std::ios::binary);
    const std::string after((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(after, garbage);
}
