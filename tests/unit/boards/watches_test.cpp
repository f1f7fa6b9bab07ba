// The watch workflows on a temporary store, time injected: dedup, the per-company cap, the
// warning, write-to-the-contact-first, waking a moved-on application, errors and backoff, and
// refusals that change nothing.
#include "../store/temp_dir.hpp"
#include "boards/watch_store.hpp"
#include "boards/watches.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "fixtures.hpp"
#include "steps/settings.hpp"
#include "steps/tracker.hpp"
#include "store/database.hpp"

#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

namespace onward::boards {
namespace {

using nlohmann::json;
using testing::board_fixture;
using testing::board_fixture_text;

class Watches : public ::testing::Test {
protected:
    onward::testing::TempDir dir;
    std::unique_ptr<store::Database> db = store::Database::open(dir / "onward.db");
    TimePoint now = *parse_iso8601("2026-03-10T09:00:00Z");

    std::int64_t application(const std::string& company = "Acme Robotics", const std::string& role = "Frontend Engineer",
                             const std::string& status = "rejected")
    {
        return steps::create_application(*db, {{"company", company}, {"role", role}, {"status", status}}, now)["id"];
    }
    std::int64_t watch(std::int64_t app, Provider provider = Provider::greenhouse, Filters filters = {})
    {
        return add_watch(*db, app, Board{provider, "acmerobotics", ""}, filters, now)["id"];
    }
    std::string snapshot()
    {
        std::string out;
        SQLite::Statement tables(db->sql(), "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'plans%' ORDER BY name");
        while (tables.executeStep()) {
            const std::string name = tables.getColumn(0).getString();
            SQLite::Statement rows(db->sql(), "SELECT * FROM \"" + name + "\"");
            while (rows.executeStep()) {
                out += name + ":";
                for (int i = 0; i < rows.getColumnCount(); ++i) out += rows.getColumn(i).getString() + "|";
                out += "\n";
            }
        }
        return out;
    }
    static std::vector<std::string> titles(const json& list)
    {
        std::vector<std::string> out;
        for (const auto& p : list) out.push_back(p["title"]);
        return out;
    }
};

TEST_F(Watches, FirstFetchMatchesTheBestFitsUpToTheCapAndHoldsBackTheRest)
{
    const auto w = watch(application());
    const auto r = ingest_postings(*db, w, board_fixture("greenhouse"), now);
    EXPECT_EQ(r["total"], 6);
    EXPECT_EQ(r["new_total"], 6);
    EXPECT_EQ(r["new"].size(), 6u);
    // Fits: Frontend-Entwickler (same level, 0.98), Senior Front-End Developer (one level up, 0.83),
    // Frontend Engineer (React) (0.79). At most 2 a month: the third is held back.
    EXPECT_EQ(titles(r["matches"]), (std::vector<std::string>{"Frontend-Entwickler (m/w/d)", "Senior Front-End Developer"}));
    EXPECT_EQ(titles(r["suppressed"]), (std::vector<std::string>{"Frontend Engineer (React)"}));
    for (const auto& m : r["matches"]) {
        EXPECT_FALSE(m["reason"].get<std::string>().empty());
        EXPECT_EQ(m["company"], "Acme Robotics");
        EXPECT_EQ(m["next"]["action"], "apply") << "no contact logged";
    }
    const std::string held = r["suppressed"][0]["reason"];
    EXPECT_NE(held.find("Held back"), std::string::npos) << held;
    EXPECT_NE(held.find("at most 2 a month"), std::string::npos) << held;
    EXPECT_TRUE(r["warning"].is_null());
    EXPECT_FALSE(r["woke"]);
    EXPECT_EQ(r["watch"]["next_due"], "2026-03-11T09:00:00Z");
    EXPECT_EQ(r["watch"]["error_count"], 0);
    // The reasons of the postings that do not fit say why not.
    for (const auto& p : r["new"])
        if (p["title"] == "Principal Frontend Engineer") {
            EXPECT_NE(p["reason"].get<std::string>().find("Too senior"), std::string::npos);
        }
}

TEST_F(Watches, EveryProviderFixtureGivesTheSameDecisions)
{
    for (const auto provider : {Provider::lever, Provider::ashby, Provider::workable, Provider::smartrecruiters}) {
        const auto app = application("Acme " + std::string(to_string(provider)));
        Filters berlin;
        berlin.locations = {"Berlin"};
        const auto w = watch(app, provider, berlin);
        const auto r = ingest_postings(*db, w, board_fixture(std::string(to_string(provider))), now);
        // Berlin or remote: Senior Front-End Developer (Berlin) and Frontend Engineer (React) (remote).
        EXPECT_EQ(titles(r["matches"]), (std::vector<std::string>{"Senior Front-End Developer", "Frontend Engineer (React)"}))
            << to_string(provider) << r.dump(1);
        EXPECT_TRUE(r["suppressed"].empty()) << to_string(provider);
    }
}

TEST_F(Watches, SeenPostingsAreNotNewAgain)
{
    const auto w = watch(application());
    ingest_postings(*db, w, board_fixture("greenhouse"), now);
    now += std::chrono::days{1};
    const auto again = ingest_postings(*db, w, board_fixture("greenhouse"), now);
    EXPECT_EQ(again["total"], 6);
    EXPECT_EQ(again["new_total"], 0);
    EXPECT_TRUE(again["matches"].empty());
    EXPECT_TRUE(again["suppressed"].empty());
    EXPECT_EQ(count_postings(db->sql(), w), 6);
    // The same id twice in one payload counts once.
    auto doubled = board_fixture("greenhouse");
    auto extra = doubled["jobs"][0];
    extra["id"] = 999;
    doubled["jobs"].push_back(extra);
    doubled["jobs"].push_back(extra);
    EXPECT_EQ(ingest_postings(*db, w, doubled, now)["new_total"], 1);
}

TEST_F(Watches, TheCapIsPerCompanyOverThirtyDaysAndConfigurable)
{
    const auto w = watch(application());
    ingest_postings(*db, w, board_fixture("greenhouse"), now);
    json one_more = {{"jobs", json::array({{{"id", 5000}, {"title", "Frontend Engineer"}, {"location", {{"name", "Berlin"}}},
                                             {"first_published", "2026-03-20T08:00:00Z"}}})}};
    now = *parse_iso8601("2026-03-21T09:00:00Z");
    auto r = ingest_postings(*db, w, one_more, now);
    EXPECT_TRUE(r["matches"].empty());
    EXPECT_EQ(r["suppressed"].size(), 1u) << "two alerts about Acme within 30 days already";
    // 30 days after the first alerts the allowance is back.
    one_more["jobs"][0]["id"] = 5001;
    one_more["jobs"][0]["first_published"] = "2026-04-09T08:00:00Z";
    now = *parse_iso8601("2026-04-10T09:00:00Z");
    r = ingest_postings(*db, w, one_more, now);
    EXPECT_EQ(r["matches"].size(), 1u);
    // One a month, by the setting.
    db->write([&](SQLite::Database& sql) {
        auto s = steps::load_settings(sql);
        s.watch_alerts_per_month = 1;
        steps::save_settings(sql, s);
    });
    one_more["jobs"][0]["id"] = 5002;
    r = ingest_postings(*db, w, one_more, now);
    EXPECT_TRUE(r["matches"].empty());
    EXPECT_NE(r["suppressed"][0]["reason"].get<std::string>().find("at most 1 a month"), std::string::npos);
}

TEST_F(Watches, TheCapCountsEveryWatchOnTheCompanyAndAPostingIsShownOnce)
{
    const auto first = watch(application("Acme Robotics", "Frontend Engineer"));
    const auto second = watch(application("Acme Robotics", "Senior Frontend Engineer"));
    const auto a = ingest_postings(*db, first, board_fixture("greenhouse"), now);
    EXPECT_EQ(a["matches"].size(), 2u);
    const auto b = ingest_postings(*db, second, board_fixture("greenhouse"), now);
    EXPECT_TRUE(b["matches"].empty());
    bool shown_elsewhere = false;
    for (const auto& s : b["suppressed"])
        if (s["reason"].get<std::string>().find("Already shown") != std::string::npos) shown_elsewhere = true;
    EXPECT_TRUE(shown_elsewhere) << b["suppressed"].dump(1);
}

TEST_F(Watches, WarnsAfterMoreThanTwoApplicationsAtTheCompanyIn90Days)
{
    application("Acme Robotics", "Backend Engineer", "applied");
    application("Acme Robotics", "Data Engineer", "applied");
    const auto w = watch(application());
    const auto r = ingest_postings(*db, w, board_fixture("greenhouse"), now);
    ASSERT_TRUE(r["warning"].is_string());
    EXPECT_NE(r["warning"].get<std::string>().find("3 roles at Acme Robotics"), std::string::npos);
}

TEST_F(Watches, WithAContactLoggedTheSuggestionIsToWriteFirst)
{
    const auto app = application();
    steps::log_linkedin(*db, {"https://www.linkedin.com/in/anna-schmidt", "Anna Schmidt", "Engineering Manager", "Acme Robotics"},
                        app, now);
    const auto r = ingest_postings(*db, watch(app), board_fixture("greenhouse"), now);
    ASSERT_FALSE(r["matches"].empty());
    const auto& next = r["matches"][0]["next"];
    EXPECT_EQ(next["action"], "write_contact_first");
    EXPECT_EQ(next["contact"]["name"], "Anna Schmidt");
    const std::string draft = next["draft"];
    EXPECT_NE(draft.find("Hi Anna"), std::string::npos) << draft;
    EXPECT_NE(draft.find(r["matches"][0]["title"].get<std::string>()), std::string::npos) << draft;
    EXPECT_LT(draft.size(), 300u);
}

TEST_F(Watches, AMovedOnApplicationWakesUpWhenAFittingRoleAppears)
{
    const auto app = application();
    const auto w = watch(app);
    for (const auto step : {steps::StepId::respond, steps::StepId::connect, steps::StepId::move_on})
        steps::act_on_step(*db, app, step, steps::StepAction::complete, std::nullopt, now);
    const auto states = [&] {
        std::map<std::string, std::string> out;
        for (const auto& s : store::step_states_of(db->sql(), app)) out[s.step] = s.state;
        return out;
    };
    EXPECT_EQ(states()["watch"], "done") << "adding a watch is the Keep an eye out step";
    EXPECT_EQ(states()["move_on"], "done");
    const auto r = ingest_postings(*db, w, board_fixture("greenhouse"), now);
    EXPECT_TRUE(r["woke"]);
    EXPECT_EQ(states().count("move_on"), 0u);
    EXPECT_EQ(states().count("watch"), 0u);
    const auto plan = steps::application_json(db->sql(), *store::find_application(db->sql(), app),
                                              steps::load_settings(db->sql()), now);
    EXPECT_EQ(plan["next_step"]["step"], "watch") << plan.dump(1);
}

TEST_F(Watches, ABadPayloadChangesNothing)
{
    const auto w = watch(application());
    const auto before = snapshot();
    const auto refused = [&](const json& payload) {
        try {
            ingest_postings(*db, w, payload, now);
        } catch (const Error& e) {
            return e.code() == ErrorCode::invalid_args;
        }
        return false;
    };
    auto bad_item = board_fixture("greenhouse");
    bad_item["jobs"][5]["title"] = nullptr; // the last posting breaks: nothing of the first five is kept
    EXPECT_TRUE(refused(bad_item));
    const auto text = board_fixture_text("greenhouse");
    EXPECT_TRUE(refused(json(text.substr(0, text.size() / 2)))) << "a truncated text";
    EXPECT_TRUE(refused(json("")));
    EXPECT_TRUE(refused(board_fixture("lever"))) << "another provider's shape";
    EXPECT_TRUE(refused(json::object()));
    EXPECT_EQ(snapshot(), before);
    // The same text, complete, is accepted.
    EXPECT_EQ(ingest_postings(*db, w, json(text), now)["new_total"], 6);
}

TEST_F(Watches, NotFoundPausesOtherErrorsBackOff)
{
    const auto w = watch(application());
    auto r = report_error(*db, w, 503, "Service Unavailable", now);
    EXPECT_FALSE(r["paused"]);
    EXPECT_EQ(r["status"], "active");
    EXPECT_EQ(r["error_count"], 1);
    EXPECT_EQ(r["next_due"], "2026-03-12T09:00:00Z") << "2 days after the first error";
    r = report_error(*db, w, 0, "", now);
    EXPECT_EQ(r["next_due"], "2026-03-14T09:00:00Z") << "4 days after the second";
    EXPECT_EQ(r["last_error"], "No answer");
    EXPECT_EQ(backoff_after(3), std::chrono::days{8});
    EXPECT_EQ(backoff_after(4), std::chrono::days{14});
    EXPECT_EQ(backoff_after(9), std::chrono::days{14});
    // A good fetch resets the count.
    r = ingest_postings(*db, w, board_fixture("greenhouse"), now)["watch"];
    EXPECT_EQ(r["error_count"], 0);
    EXPECT_EQ(r["next_due"], "2026-03-11T09:00:00Z");
    // 404: the board is gone; paused, and the person is told.
    r = report_error(*db, w, 404, "Not Found", now);
    EXPECT_TRUE(r["paused"]);
    EXPECT_EQ(r["status"], "paused");
    EXPECT_NE(r["notice"].get<std::string>().find("Acme Robotics"), std::string::npos);
    EXPECT_NE(r["paused_reason"].get<std::string>().find("acmerobotics"), std::string::npos);
    try {
        ingest_postings(*db, w, board_fixture("greenhouse"), now);
        ADD_FAILURE() << "a paused watch took a payload";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::conflict);
    }
    // Resuming makes it due now, errors forgotten.
    r = update_watch(*db, w, std::string("active"), std::nullopt, now);
    EXPECT_EQ(r["status"], "active");
    EXPECT_EQ(r["error_count"], 0);
    EXPECT_TRUE(r["due"]);
}

TEST_F(Watches, AddListRemove)
{
    const auto app = application();
    auto added = add_watch(*db, app, Board{Provider::lever, "acme", "eu"}, {}, now);
    EXPECT_EQ(added["url"], "https://api.eu.lever.co/v0/postings/acme?mode=json");
    EXPECT_EQ(added["origin"], "https://api.eu.lever.co/*");
    EXPECT_EQ(added["status"], "active");
    EXPECT_TRUE(added["due"]) << "a new watch is fetched at once";
    EXPECT_THROW(add_watch(*db, app, Board{Provider::lever, "acme", "eu"}, {}, now), Error);
    EXPECT_THROW(add_watch(*db, 999, Board{Provider::lever, "acme", ""}, {}, now), Error);
    const auto list = list_watches(db->sql(), std::nullopt, now);
    ASSERT_EQ(list["watches"].size(), 1u);
    EXPECT_EQ(list["watches"][0]["company"], "Acme Robotics");
    EXPECT_EQ(list["watches"][0]["next_due"], "2026-03-10T09:00:00Z");
    const auto removed = remove_watch(*db, added["id"]);
    EXPECT_EQ(removed["removed"], added["id"]);
    EXPECT_TRUE(list_watches(db->sql(), std::nullopt, now)["watches"].empty());
}

TEST_F(Watches, SuggestsFromLinksThenFromTheSendersSystem)
{
    const auto app = steps::create_application(
        *db, {{"company", "Acme Robotics GmbH"}, {"role", "Frontend Engineer"}, {"url", "https://jobs.lever.co/acmerobotics/5d7c"}},
        now)["id"];
    const auto s = suggest_boards(db->sql(), app);
    ASSERT_EQ(s["suggestions"].size(), 1u);
    EXPECT_EQ(s["suggestions"][0]["provider"], "lever");
    EXPECT_EQ(s["suggestions"][0]["token"], "acmerobotics");
    EXPECT_EQ(s["suggestions"][0]["source"], "link");
    const auto none = suggest_boards(db->sql(), application("Nowhere Ltd"));
    EXPECT_TRUE(none["suggestions"].empty());
}

} // namespace
} // namespace onward::boards
