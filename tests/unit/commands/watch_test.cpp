// The watch commands through Host + dispatcher on a temporary database, time injected: the
// contract's shapes (watch.add, watch.list, postings.ingest), argument checks, and refusals that
// change nothing.
#include "../boards/fixtures.hpp"
#include "host_fixture.hpp"

#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

namespace onward::commands {
namespace {

using nlohmann::json;

class WatchCommands : public testing_support::HostFixture {
protected:
    WatchCommands() : HostFixture("2026-03-10T09:00:00Z") {}
    std::int64_t rejected_application(const std::string& company = "Acme Robotics")
    {
        return ok("application.create", {{"company", company}, {"role", "Frontend Engineer"}, {"status", "rejected"}})["id"];
    }
};

TEST_F(WatchCommands, HelloListsThem)
{
    const auto hello = ok("hello");
    for (const auto* name : {"watch.add", "watch.list", "watch.remove", "watch.update", "watch.report_error",
                             "watch.suggest", "postings.ingest"})
        EXPECT_NE(std::find(hello["commands"].begin(), hello["commands"].end(), name), hello["commands"].end()) << name;
}

TEST_F(WatchCommands, AddListIngestThroughTheContract)
{
    const auto app = rejected_application();
    const auto watch = ok("watch.add", {{"application_id", app},
                                        {"board", {{"provider", "greenhouse"}, {"token", "acmerobotics"}}},
                                        {"filters", {{"locations", {"Berlin"}}, {"remote", "include"}}}});
    EXPECT_EQ(watch["url"], "https://boards-api.greenhouse.io/v1/boards/acmerobotics/jobs");
    EXPECT_EQ(watch["origin"], "https://boards-api.greenhouse.io/*");
    EXPECT_EQ(watch["application_id"], app);
    EXPECT_EQ(watch["filters"]["locations"], json({"Berlin"}));
    const auto list = ok("watch.list");
    ASSERT_EQ(list["watches"].size(), 1u);
    EXPECT_EQ(list["watches"][0]["url"], watch["url"]);
    EXPECT_EQ(list["watches"][0]["next_due"], "2026-03-10T09:00:00Z");

    const auto r = ok("postings.ingest", {{"watch_id", watch["id"]}, {"payload", testing::board_fixture("greenhouse")}});
    EXPECT_EQ(r["new"].size(), 6u);
    ASSERT_EQ(r["matches"].size(), 2u);
    for (const auto& m : r["matches"]) EXPECT_TRUE(m["reason"].is_string() && !m["reason"].get<std::string>().empty());
    EXPECT_TRUE(r["suppressed"].is_array());
    EXPECT_EQ(ok("watch.list")["watches"][0]["next_due"], "2026-03-11T09:00:00Z");
    EXPECT_EQ(ok("watch.list")["watches"][0]["recent_alerts"].size(), 2u);
    // The application's history says what was found.
    const auto got = ok("application.get", {{"id", app}});
    int postings = 0;
    for (const auto& e : got["events"])
        if (e.value("kind", "") == "posting") ++postings;
    EXPECT_EQ(postings, 2) << got["events"].dump(1);
}

TEST_F(WatchCommands, ArgumentsAreChecked)
{
    const auto app = rejected_application();
    std::string message;
    EXPECT_EQ(error("watch.add", {{"application_id", app}}, &message), "invalid_args");
    EXPECT_NE(message.find("args.board"), std::string::npos) << message;
    EXPECT_EQ(error("watch.add", {{"application_id", app}, {"board", {{"provider", "indeed"}, {"token", "acme"}}}}, &message),
              "invalid_args");
    EXPECT_NE(message.find("greenhouse, lever, ashby, workable or smartrecruiters"), std::string::npos) << message;
    EXPECT_EQ(error("watch.add", {{"application_id", app}, {"board", {{"provider", "lever"}, {"token", "../admin"}}}}),
              "invalid_args");
    EXPECT_EQ(error("watch.add", {{"application_id", app},
                                  {"board", {{"provider", "greenhouse"}, {"token", "acme"}, {"region", "eu"}}}}),
              "invalid_args");
    EXPECT_EQ(error("watch.add", {{"application_id", app},
                                  {"board", {{"provider", "lever"}, {"token", "acme"}}},
                                  {"filters", {{"salary", 100000}}}}),
              "invalid_args");
    EXPECT_EQ(error("watch.add", {{"application_id", 4242}, {"board", {{"provider", "lever"}, {"token", "acme"}}}}), "not_found");
    ok("watch.add", {{"application_id", app}, {"board", {{"provider", "lever"}, {"token", "acme"}}}});
    EXPECT_EQ(error("watch.add", {{"application_id", app}, {"board", {{"provider", "lever"}, {"token", "acme"}}}}), "conflict");
    EXPECT_EQ(error("postings.ingest", {{"watch_id", 77}, {"payload", json::array()}}), "not_found");
    EXPECT_EQ(error("postings.ingest", {{"watch_id", 1}}), "invalid_args");
    EXPECT_EQ(error("watch.report_error", {{"watch_id", 1}, {"status", "404"}}), "invalid_args");
    EXPECT_EQ(error("watch.update", {{"watch_id", 1}}), "invalid_args");
    EXPECT_EQ(error("watch.update", {{"watch_id", 1}, {"status", "deleted"}}), "invalid_args");
    EXPECT_EQ(error("watch.remove", {{"watch_id", 0}}), "invalid_args");
    EXPECT_EQ(error("watch.suggest", {{"application_id", 4242}}), "not_found");
}

TEST_F(WatchCommands, MalformedTruncatedOrUnexpectedPayloadsChangeNothing)
{
    const auto app = rejected_application();
    const auto w = ok("watch.add", {{"application_id", app}, {"board", {{"provider", "ashby"}, {"token", "acmerobotics"}}}})["id"];
    const auto before = snapshot();
    const auto text = testing::board_fixture_text("ashby");
    auto wrong_type = testing::board_fixture("ashby");
    wrong_type["jobs"][3]["publishedAt"] = 1772960400000;
    for (const auto& payload : {json(text.substr(0, text.size() - 40)), json("<html>Service Unavailable</html>"),
                                testing::board_fixture("greenhouse"), json::parse(R"({"apiVersion": "1", "jobs": null})"),
                                wrong_type, json(12)}) {
        std::string message;
        EXPECT_EQ(error("postings.ingest", {{"watch_id", w}, {"payload", payload}}, &message), "invalid_args")
            << payload.dump().substr(0, 80);
        EXPECT_NE(message.find("args.payload"), std::string::npos) << message;
    }
    EXPECT_EQ(snapshot(), before);
}

TEST_F(WatchCommands, ErrorsPauseOrBackOffAndTheWatchCanBeResumedAndRemoved)
{
    const auto app = rejected_application();
    const auto w = ok("watch.add", {{"application_id", app}, {"board", {{"provider", "workable"}, {"token", "acme"}}}})["id"];
    auto r = ok("watch.report_error", {{"watch_id", w}, {"status", 500}, {"message", "Internal Server Error"}});
    EXPECT_FALSE(r["paused"]);
    EXPECT_EQ(r["next_due"], "2026-03-12T09:00:00Z");
    r = ok("watch.report_error", {{"watch_id", w}, {"status", 404}});
    EXPECT_TRUE(r["paused"]);
    EXPECT_TRUE(r["notice"].is_string());
    EXPECT_EQ(error("postings.ingest", {{"watch_id", w}, {"payload", testing::board_fixture("workable")}}), "conflict");
    r = ok("watch.update", {{"watch_id", w}, {"status", "active"}});
    EXPECT_EQ(r["status"], "active");
    EXPECT_TRUE(r["due"]);
    r = ok("watch.update", {{"watch_id", w}, {"status", "paused"}});
    EXPECT_EQ(r["paused_reason"], "Paused by you.");
    ok("watch.remove", {{"watch_id", w}});
    EXPECT_EQ(error("watch.remove", {{"watch_id", w}}), "not_found");
    EXPECT_TRUE(ok("watch.list")["watches"].empty());
}

TEST_F(WatchCommands, TheCapIsASetting)
{
    EXPECT_EQ(ok("settings.get")["watch_alerts_per_month"], 2);
    EXPECT_EQ(ok("settings.set", {{"watch_alerts_per_month", 3}})["watch_alerts_per_month"], 3);
    EXPECT_EQ(error("settings.set", {{"watch_alerts_per_month", 0}}), "invalid_args");
    const auto app = rejected_application();
    const auto w = ok("watch.add", {{"application_id", app}, {"board", {{"provider", "greenhouse"}, {"token", "acme"}}}})["id"];
    const auto r = ok("postings.ingest", {{"watch_id", w}, {"payload", testing::board_fixture("greenhouse")}});
    EXPECT_EQ(r["matches"].size(), 3u);
    EXPECT_TRUE(r["suppressed"].empty());
}

TEST_F(WatchCommands, AMovedOnApplicationIsBackInNextStepsWhenAFittingRoleAppears)
{
    const auto app = rejected_application();
    const auto w = ok("watch.add", {{"application_id", app}, {"board", {{"provider", "lever"}, {"token", "acme"}}}})["id"];
    for (const auto* step : {"respond", "connect", "move_on"}) ok("step.complete", {{"application_id", app}, {"step", step}});
    const auto listed = [&] {
        const auto next = ok("next_steps"); // kept: the loop must not run over a temporary's member
        for (const auto& s : next["steps"])
            if (s["application_id"] == app) return s["step"].get<std::string>();
        return std::string();
    };
    EXPECT_EQ(listed(), "") << "moved on: finished";
    const auto r = ok("postings.ingest", {{"watch_id", w}, {"payload", testing::board_fixture("lever")}});
    EXPECT_TRUE(r["woke"]);
    EXPECT_EQ(listed(), "watch");
}

TEST_F(WatchCommands, ExportAndImportKeepTheWatchesAndWhatTheySaw)
{
    const auto app = rejected_application();
    const auto w = ok("watch.add", {{"application_id", app},
                                    {"board", {{"provider", "lever"}, {"token", "acme"}, {"region", "eu"}}},
                                    {"filters", {{"locations", {"Berlin"}}}}})["id"];
    ok("postings.ingest", {{"watch_id", w}, {"payload", testing::board_fixture("lever")}});
    const auto exported = ok("export");
    ASSERT_EQ(exported["applications"].size(), 1u);
    const auto& watches = exported["applications"][0]["watches"];
    ASSERT_EQ(watches.size(), 1u);
    EXPECT_EQ(watches[0]["provider"], "lever");
    EXPECT_EQ(watches[0]["region"], "eu");
    EXPECT_EQ(watches[0]["filters"]["locations"], json({"Berlin"}));
    EXPECT_EQ(watches[0]["postings"].size(), 5u);

    // A bad watch in the document: named, nothing written.
    ok("forget_everything", {{"confirm", true}});
    auto bad = exported;
    bad["applications"][0]["watches"][0]["provider"] = "indeed";
    std::string message;
    EXPECT_EQ(error("import", {{"data", bad}}, &message), "invalid_args");
    EXPECT_NE(message.find("args.data.applications[0].watches[0].provider"), std::string::npos) << message;
    bad = exported;
    bad["applications"][0]["watches"][0]["postings"][2]["outcome"] = "maybe";
    EXPECT_EQ(error("import", {{"data", bad}}, &message), "invalid_args");
    EXPECT_NE(message.find("watches[0].postings[2].outcome"), std::string::npos) << message;
    EXPECT_TRUE(ok("applications.list")["applications"].empty());

    const auto imported = ok("import", {{"data", exported}});
    EXPECT_EQ(imported["added"]["watches"], 1);
    EXPECT_EQ(imported["added"]["postings"], 5);
    const auto list = ok("watch.list");
    ASSERT_EQ(list["watches"].size(), 1u);
    EXPECT_EQ(list["watches"][0]["url"], "https://api.eu.lever.co/v0/postings/acme?mode=json");
    EXPECT_EQ(list["watches"][0]["recent_alerts"].size(), 2u);
    // What the watch had seen is remembered: the same board again is not news.
    const auto again = ok("postings.ingest", {{"watch_id", list["watches"][0]["id"]}, {"payload", testing::board_fixture("lever")}});
    EXPECT_EQ(again["new_total"], 0);
    // The same document twice adds nothing.
    const auto twice = ok("import", {{"data", exported}});
    EXPECT_EQ(twice["added"]["watches"], 0);
    EXPECT_EQ(twice["skipped"]["watches"], 1);
}

TEST_F(WatchCommands, SuggestsTheBoardFromTheRejectionsSender)
{
    const auto ingested = ok("email.ingest",
                             {{"provider", "gmail"},
                              {"message_id", "r1"},
                              {"thread_id", "t1"},
                              {"from", "Acme Robotics <no-reply@us.greenhouse-mail.io>"},
                              {"subject", "Your application for Frontend Engineer at Acme Robotics"},
                              {"date", "2026-03-09T15:00:00Z"},
                              {"body", "Hi Sam,\n\nThank you for your interest in the Frontend Engineer position at Acme "
                                       "Robotics. After careful consideration we have decided to move forward with other "
                                       "candidates whose experience more closely matches our needs.\n\nBest regards,\nAcme "
                                       "Robotics Recruiting"}});
    ASSERT_TRUE(ingested["application"].is_object()) << ingested.dump(1);
    const auto s = ok("watch.suggest", {{"application_id", ingested["application"]["id"]}});
    ASSERT_FALSE(s["suggestions"].empty()) << s.dump(1);
    EXPECT_EQ(s["suggestions"][0]["provider"], "greenhouse");
    EXPECT_EQ(s["suggestions"][0]["token"], "acmerobotics");
    EXPECT_EQ(s["suggestions"][0]["source"], "ats");
}

} // namespace
} // namespace onward::commands
