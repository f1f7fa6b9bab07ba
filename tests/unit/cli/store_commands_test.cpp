// The store subcommands through run_cli with string streams and an injected clock.
#include "../store/temp_dir.hpp"
#include "cli/app.hpp"
#include "commands/host.hpp"
#include "core/clock.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

namespace onward::cli {
namespace {

using nlohmann::json;

class StoreCli : public ::testing::Test {
protected:
    testing::TempDir dir;
    TimePoint now = *parse_iso8601("2026-03-21T09:00:00Z");
    std::string out, err;

    int run(std::vector<std::string> args, const std::string& input = "")
    {
        std::istringstream in(input);
        std::ostringstream o, e;
        CliContext ctx{.in = in, .out = o, .err = e};
        ctx.env = [](const char*) -> std::optional<std::string> { return std::nullopt; };
        ctx.clock = fixed_clock(now);
        args.push_back("--db");
        args.push_back((dir / "onward.db").string());
        const int code = run_cli(args, ctx);
        out = o.str();
        err = e.str();
        return code;
    }

    // A rejected application, made through the protocol like the extension would.
    std::int64_t seed()
    {
        commands::Host host({dir / "onward.db", fixed_clock(*parse_iso8601("2026-03-20T10:00:00Z"))});
        const auto created = host.dispatcher().handle(messaging::Request{
            1, "application.create", {{"company", "Acme Robotics"}, {"role", "Backend Engineer"}, {"status", "rejected"}}});
        EXPECT_TRUE(created["ok"]) << created.dump();
        host.dispatcher().handle(messaging::Request{
            2, "application.create", {{"company", "Initech"}, {"role", "SRE"}, {"applied_at", "2026-03-18T10:00:00Z"}}});
        return created["result"]["id"].get<std::int64_t>();
    }
};

TEST_F(StoreCli, NextOnAnEmptyStoreSaysSoAndCreatesNothing)
{
    EXPECT_EQ(run({"next"}), 0);
    EXPECT_EQ(out, "Nothing to do right now.\n");
    EXPECT_FALSE(std::filesystem::exists(dir / "onward.db"));
}

TEST_F(StoreCli, NextListsTheStepWithItsReason)
{
    const auto id = seed();
    ASSERT_EQ(run({"next"}), 0) << err;
    EXPECT_NE(out.find("Acme Robotics"), std::string::npos) << out;
    EXPECT_NE(out.find("Respond graciously (respond)"), std::string::npos) << out;
    EXPECT_NE(out.find("2026-03-22"), std::string::npos) << out;
    EXPECT_NE(out.find(std::to_string(id) + ": A short thank-you"), std::string::npos) << out;

    ASSERT_EQ(run({"next", "--json"}), 0);
    const auto j = json::parse(out);
    EXPECT_EQ(j["steps"][0]["step"], "respond");
}

TEST_F(StoreCli, DoneSkipSnoozeAndShow)
{
    const auto id = std::to_string(seed());
    ASSERT_EQ(run({"done", id, "respond"}), 0) << err;
    EXPECT_EQ(out, "'Respond graciously' is done for #" + id +
                       " Acme Robotics.\nNext: Connect with the hiring manager (due 2026-03-21).\n");
    ASSERT_EQ(run({"snooze", id, "connect", "2026-04-01"}), 0) << err;
    EXPECT_NE(out.find("snoozed for #" + id + " Acme Robotics until 2026-04-01"), std::string::npos) << out;
    ASSERT_EQ(run({"skip", id, "connect"}), 0) << err;
    EXPECT_NE(out.find("Next: Keep an eye out"), std::string::npos) << out;

    ASSERT_EQ(run({"show", id}), 0) << err;
    EXPECT_NE(out.find("#" + id + "  Acme Robotics — Backend Engineer"), std::string::npos) << out;
    EXPECT_NE(out.find("Status: rejected"), std::string::npos) << out;
    EXPECT_NE(out.find("skipped"), std::string::npos) << out;
    EXPECT_NE(out.find("History"), std::string::npos) << out;
}

TEST_F(StoreCli, ListIsATableOrJson)
{
    seed();
    ASSERT_EQ(run({"list"}), 0) << err;
    EXPECT_EQ(out.substr(0, out.find('\n')).find("ID"), 0u) << out;
    EXPECT_NE(out.find("Initech"), std::string::npos);
    ASSERT_EQ(run({"list", "--status", "rejected", "--json"}), 0);
    const auto j = json::parse(out);
    ASSERT_EQ(j["applications"].size(), 1u);
    EXPECT_EQ(j["applications"][0]["company"], "Acme Robotics");
}

TEST_F(StoreCli, UsageErrorsAreOneLineAndExitTwo)
{
    const auto id = std::to_string(seed());
    EXPECT_EQ(run({"done", id}), 2);
    EXPECT_EQ(std::count(err.begin(), err.end(), '\n'), 1) << err;
    EXPECT_EQ(run({"done", id, "apply_everywhere"}), 2);
    EXPECT_NE(err.find("args.step must be one of"), std::string::npos) << err;
    EXPECT_EQ(run({"snooze", id, "respond", "someday"}), 2);
    EXPECT_NE(err.find("UNTIL must be a date"), std::string::npos) << err;
    EXPECT_EQ(run({"show", "abc"}), 2);
    EXPECT_EQ(run({"show", "999"}), 1);
    EXPECT_NE(err.find("There is no application 999"), std::string::npos) << err;
}

TEST_F(StoreCli, ExportImportAndForget)
{
    seed();
    const auto file = (dir / "export.json").string();
    ASSERT_EQ(run({"export", "-o", file}), 0) << err;
    EXPECT_EQ(std::filesystem::status(file).permissions() & std::filesystem::perms::group_read, std::filesystem::perms::none);
    ASSERT_EQ(run({"export", "--csv"}), 0);
    EXPECT_EQ(out.substr(0, out.find('\r')), "id,company,role,status,applied_at,rejected_at,last_activity_at,next_step,next_step_due,url,notes");
    EXPECT_NE(out.find("Acme Robotics,Backend Engineer,rejected"), std::string::npos) << out;

    EXPECT_EQ(run({"forget-everything"}, "no\n"), 1);
    EXPECT_NE(err.find("Nothing was deleted"), std::string::npos);
    ASSERT_EQ(run({"forget-everything", "--yes"}), 0) << err;
    EXPECT_NE(out.find("Everything is forgotten (2 applications"), std::string::npos) << out;
    ASSERT_EQ(run({"list"}), 0);
    EXPECT_EQ(out, "No applications yet.\n");

    ASSERT_EQ(run({"import", file}), 0) << err;
    EXPECT_EQ(out, "Imported 2 applications, 0 emails, 2 events, 0 contacts.\n");
    ASSERT_EQ(run({"import", file}), 0) << err;
    EXPECT_NE(out.find("Already here, skipped: 2 applications"), std::string::npos) << out;

    std::ofstream(dir / "bad.json") << R"({"format":"onward-export","version":99})";
    EXPECT_EQ(run({"import", (dir / "bad.json").string()}), 2);
    EXPECT_NE(err.find("args.data.version is 99"), std::string::npos) << err;
}

} // namespace
} // namespace onward::cli
