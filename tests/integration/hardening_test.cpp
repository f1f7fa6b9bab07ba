// Hostile input, killed hosts and many hosts at once, against the real binary over real pipes.
#include "host_process.hpp"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <csignal>
#include <random>
#include <set>
#include <thread>

using namespace onward::testing;

namespace {

const std::string chrome_origin = "chrome-extension://fpmjnchfpmlceeolkgghjcdannejclhf/";

std::map<std::string, std::string> db_env(const TempDir& tmp, const std::string& name = "onward.db")
{
    return {{"ONWARD_DB", (tmp.path() / name).string()}};
}

std::string error_code(const json& reply)
{
    if (reply.value("ok", true)) return "ok";
    return reply["error"]["code"].get<std::string>();
}

} // namespace

TEST(BadInput, HostileFramesGetStructuredErrorsAndTheHostKeepsServing)
{
    TempDir tmp;
    HostProcess host({"serve"}, db_env(tmp));
    const auto reply_to = [&](std::string_view payload) {
        host.send_raw(frame(payload));
        return host.receive();
    };
    EXPECT_EQ(error_code(reply_to("")), "bad_json");
    EXPECT_EQ(error_code(reply_to("{\"id\":1,\"cmd\":\"hello\",\"args\":{\"x\":\"\xFF\xFE\"}}")), "bad_json");
    EXPECT_EQ(error_code(reply_to(std::string(200000, '[') + std::string(200000, ']'))), "bad_json");
    EXPECT_EQ(error_code(reply_to(R"({"id":1,"cmd":"hello","args":{"n":1e400}})")), "bad_json");
    EXPECT_EQ(error_code(reply_to(R"({"id":{"nested":true},"cmd":"hello"})")), "bad_request");
    EXPECT_EQ(error_code(reply_to(R"({"id":1,"cmd":["hello"]})")), "bad_request");
    EXPECT_EQ(error_code(reply_to(R"({"id":1,"cmd":"hello"}{"id":2,"cmd":"hello"})")), "bad_json");
    EXPECT_EQ(error_code(reply_to(std::string("{\"id\":1,\"cmd\":\"hel\0lo\"}", 24))), "bad_json");
    EXPECT_EQ(error_code(reply_to(R"({"id":1,"cmd":"hel\u0000lo"})")), "unknown_cmd");
    const auto big_id = reply_to(R"({"id":123456789012345678901234567890,"cmd":"hello"})");
    EXPECT_EQ(error_code(big_id), "ok") << "a huge number is still a number";
    EXPECT_EQ(error_code(host.request({{"id", 99}, {"cmd", "hello"}})), "ok");
    EXPECT_EQ(host.close_and_wait(), 0) << host.stderr_text();
}

TEST(BadInput, AFourGibLengthPrefixEndsCleanlyWithoutAllocating)
{
    TempDir tmp;
    HostProcess host({chrome_origin}, db_env(tmp));
    host.send_raw(std::string("\xFF\xFF\xFF\xFF", 4) + "only a few bytes follow");
    const int status = host.close_and_wait();
    EXPECT_GT(status, 0);
    EXPECT_NE(host.stderr_text().find("middle of a frame"), std::string::npos);
}

TEST(BadInput, AThreeMegabyteEmailIsClassifiedAndIngested)
{
    TempDir tmp;
    HostProcess host({"serve"}, db_env(tmp));
    std::string body = "Dear Sam,\n\nThank you for applying to Northwind. Unfortunately, we have decided to move forward "
                       "with other candidates for the Data Analyst role.\n\n";
    while (body.size() < 3 * 1024 * 1024) body += "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ";
    const auto classified = host.request({{"id", 1}, {"cmd", "classify"},
                                          {"args", {{"subject", "Your application"}, {"from", "jobs@northwind.example"}, {"body", body}}}});
    EXPECT_EQ(error_code(classified), "ok");
    const auto ingested = host.request({{"id", 2}, {"cmd", "email.ingest"},
                                        {"args", {{"provider", "gmail"}, {"message_id", "big-1"}, {"thread_id", "t-big"},
                                                  {"from", "Priya <jobs@northwind.example>"}, {"subject", "Your application"},
                                                  {"date", "2026-11-20T10:00:00Z"}, {"body", body}}}});
    EXPECT_EQ(error_code(ingested), "ok") << ingested.dump().substr(0, 400);
    EXPECT_EQ(host.close_and_wait(), 0);
}

// Every command, given no args and given args of the wrong types, answers with a structured error
// (or succeeds where nothing is required), never `internal`, and the store is unchanged.
TEST(BadInput, MissingAndMistypedArgsForEveryCommand)
{
    TempDir tmp;
    HostProcess host({"serve"}, db_env(tmp));
    const auto commands = host.request({{"id", 0}, {"cmd", "hello"}})["result"]["commands"];
    ASSERT_GT(commands.size(), 10u);
    const auto before = host.request({{"id", 1}, {"cmd", "export"}});
    ASSERT_EQ(error_code(before), "ok");

    const json wrong_types = {{"id", "seven"}, {"application_id", "seven"}, {"step", 7}, {"subject", 1}, {"from", false},
                              {"body", json::array()}, {"provider", 3}, {"message_id", json::object()},
                              {"thread_id", 1.5}, {"profile", "https://www.linkedin.com/in/x"}, {"data", "everything"},
                              {"until", "later"}, {"now", 5}, {"tone", "angry"}, {"lang", 42}, {"board", "greenhouse"},
                              {"watch_id", -1}, {"payload", 5}, {"confirm", "yes"}, {"company", 9}};
    int id = 10;
    for (const auto& name : commands) {
        const std::string cmd = name.get<std::string>();
        for (const json& args : {json::object(), wrong_types}) {
            const auto reply = host.request({{"id", ++id}, {"cmd", cmd}, {"args", args}});
            const auto code = error_code(reply);
            EXPECT_NE(code, "internal") << cmd << " " << args.dump() << " → " << reply.dump();
            if (args == wrong_types && cmd != "hello" && cmd != "export" && cmd != "settings.get" && cmd != "watch.list" &&
                cmd != "applications.list")
                EXPECT_TRUE(code == "invalid_args" || code == "not_found") << cmd << " → " << reply.dump();
        }
    }
    const auto after = host.request({{"id", 2}, {"cmd", "export"}});
    auto strip = [](json e) {
        e["result"].erase("exported_at");
        return e["result"];
    };
    EXPECT_EQ(strip(after), strip(before)) << "bad requests changed the store";
    EXPECT_EQ(host.close_and_wait(), 0);
}

// SIGKILL at random moments during a stream of writes: every acknowledged write survives and the
// file passes PRAGMA integrity_check.
TEST(Durability, AcknowledgedWritesSurviveSigkill)
{
    TempDir tmp;
    const auto env = db_env(tmp);
    std::mt19937 random(20261127);
    std::set<std::string> acknowledged;
    constexpr int rounds = 12;
    for (int round = 0; round < rounds; ++round) {
        HostProcess host({chrome_origin}, env);
        const int writes = 5 + static_cast<int>(random() % 30); // at most 12 × 34, one page of the list
        // Pipeline a burst of writes, read some acknowledgements, then kill mid-stream.
        for (int i = 0; i < writes; ++i)
            host.send({{"id", i},
                       {"cmd", "application.create"},
                       {"args", {{"company", "Round " + std::to_string(round) + " Co " + std::to_string(i)}, {"role", "Analyst"}}}});
        const int to_read = static_cast<int>(random() % static_cast<unsigned>(writes));
        for (int i = 0; i < to_read; ++i) {
            const auto reply = host.receive();
            ASSERT_EQ(error_code(reply), "ok") << reply.dump();
            acknowledged.insert(reply["result"]["company"].get<std::string>());
        }
        ::kill(host.child().id(), SIGKILL);
        host.wait();
    }
    SQLite::Database db((tmp.path() / "onward.db").string(), SQLite::OPEN_READWRITE);
    EXPECT_EQ(db.execAndGet("PRAGMA integrity_check").getString(), "ok");
    HostProcess reader({"serve"}, env);
    std::set<std::string> stored;
    const auto list = reader.request({{"id", 1}, {"cmd", "applications.list"}, {"args", {{"limit", 500}}}});
    ASSERT_EQ(error_code(list), "ok") << list.dump().substr(0, 300);
    for (const auto& app : list["result"]["applications"]) stored.insert(app["company"].get<std::string>());
    for (const auto& company : acknowledged) EXPECT_TRUE(stored.count(company)) << company << " was acknowledged, then lost";
    EXPECT_EQ(reader.close_and_wait(), 0);
}

// Chrome starts one host per message: eight hosts writing one file at once lose nothing and
// never surface "database is locked".
TEST(Concurrency, EightHostsWriteOneDatabase)
{
    TempDir tmp;
    const auto env = db_env(tmp);
    constexpr int hosts = 8;
    constexpr int writes_each = 25;
    std::vector<std::thread> threads;
    std::vector<std::string> problems(hosts);
    for (int h = 0; h < hosts; ++h) {
        threads.emplace_back([&, h] {
            try {
                HostProcess host({chrome_origin}, env);
                for (int i = 0; i < writes_each; ++i) {
                    const auto reply = host.request(
                        {{"id", i},
                         {"cmd", "application.create"},
                         {"args", {{"company", "Host " + std::to_string(h) + " Co " + std::to_string(i)}}}});
                    if (error_code(reply) != "ok") problems[static_cast<std::size_t>(h)] += reply.dump() + "\n";
                }
                if (host.close_and_wait() != 0) problems[static_cast<std::size_t>(h)] += "exit status non-zero\n";
            } catch (const std::exception& e) {
                problems[static_cast<std::size_t>(h)] += e.what();
            }
        });
    }
    for (auto& t : threads) t.join();
    for (int h = 0; h < hosts; ++h) EXPECT_TRUE(problems[static_cast<std::size_t>(h)].empty()) << problems[static_cast<std::size_t>(h)];
    SQLite::Database db((tmp.path() / "onward.db").string(), SQLite::OPEN_READONLY);
    EXPECT_EQ(db.execAndGet("SELECT count(*) FROM applications").getInt(), hosts * writes_each);
}
