// The commands through Host + dispatcher on a temporary database, with the time injected:
// confirmation -> rejection -> respond -> connect -> watch -> move on, and what must not happen.
#include "host_fixture.hpp"
#include "store/database.hpp"
#include "store/migrations.hpp"

#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

namespace onward::commands {
namespace {

using nlohmann::json;

class Story : public testing_support::HostFixture {
protected:
    Story() : HostFixture("2026-03-02T09:00:00Z") {}

    static json email(const std::string& id, const std::string& thread, const std::string& subject,
                      const std::string& body, const std::string& date,
                      const std::string& from = "Anna Schmidt <anna.schmidt@acme-robotics.com>")
    {
        return {{"provider", "gmail"}, {"message_id", id}, {"thread_id", thread}, {"from", from},
                {"subject", subject},  {"date", date},      {"body", body},       {"url", "https://mail.example/" + id}};
    }
    static json confirmation()
    {
        return email("m1", "t1", "Thank you for applying to Acme Robotics",
                     "Hi Sam,\n\nThank you for applying for the Backend Engineer position at Acme Robotics. We have "
                     "received your application and our team will review it carefully. We will get back to you "
                     "soon.\n\nBest regards,\nAnna Schmidt\nTalent Acquisition, Acme Robotics",
                     "2026-03-02T08:00:00Z");
    }
    static json rejection()
    {
        return email("m2", "t1", "Your application for Backend Engineer at Acme Robotics",
                     "Hi Sam,\n\nThank you for your interest in the Backend Engineer position at Acme Robotics and "
                     "for the time you spent interviewing with us. After careful consideration, we have decided to "
                     "move forward with other candidates whose experience more closely matches our needs.\n\nWe "
                     "wish you the best in your search.\n\nBest regards,\nAnna Schmidt\nTalent Acquisition, Acme Robotics",
                     "2026-03-20T15:00:00Z");
    }
};

TEST_F(Story, ConfirmationRejectionAndTheFourSteps)
{
    const auto first = ok("email.ingest", confirmation());
    EXPECT_EQ(first["label"], "application_received");
    ASSERT_TRUE(first["application"].is_object()) << first.dump();
    const auto id = first["application"]["id"].get<std::int64_t>();
    EXPECT_EQ(first["application"]["status"], "applied");
    EXPECT_EQ(first["match"]["kind"], "new");
    EXPECT_TRUE(first["next_step"].is_null());

    at("2026-03-20T16:00:00Z");
    const auto rejected = ok("email.ingest", rejection());
    EXPECT_EQ(rejected["label"], "rejection");
    EXPECT_EQ(rejected["match"]["kind"], "thread");
    ASSERT_EQ(rejected["application"]["id"], id);
    EXPECT_EQ(rejected["application"]["status"], "rejected");
    ASSERT_TRUE(rejected["next_step"].is_object());
    EXPECT_EQ(rejected["next_step"]["step"], "respond");
    EXPECT_EQ(rejected["next_step"]["title"], "Respond graciously");
    EXPECT_EQ(rejected["next_step"]["due"], "2026-03-22T15:00:00Z");

    auto next = ok("next_steps");
    ASSERT_EQ(next["steps"].size(), 1u);
    const auto& step = next["steps"][0];
    for (const auto* key : {"application_id", "company", "role", "step", "title", "reason", "due"})
        EXPECT_TRUE(step.contains(key)) << key;
    EXPECT_EQ(step["application_id"], id);

    const auto draft = ok("draft.reply", {{"application_id", id}});
    EXPECT_NE(draft["body"].get<std::string>().find("Hi Anna,"), std::string::npos) << draft.dump();
    EXPECT_EQ(draft["subject"], "Re: Your application for Backend Engineer at Acme Robotics");
    const auto formal = ok("draft.reply", {{"application_id", id}, {"tone", "formal"}, {"lang", "de"}});
    EXPECT_NE(formal["body"].get<std::string>().find("Guten Tag Anna Schmidt,"), std::string::npos) << formal.dump();

    at("2026-03-21T10:00:00Z");
    auto app = ok("step.complete", {{"application_id", id}, {"step", "respond"}});
    EXPECT_EQ(app["next_step"]["step"], "connect");
    EXPECT_EQ(app["next_step"]["title"], "Connect with the hiring manager");

    const auto note = ok("draft.connection_note", {{"application_id", id}});
    EXPECT_LE(note["text"].get<std::string>().size(), 200u * 4);
    EXPECT_LE(note["length"].get<int>(), 200);
    EXPECT_NE(note["text"].get<std::string>().find("Acme Robotics"), std::string::npos);

    at("2026-03-22T10:00:00Z");
    const auto logged = ok("linkedin.log", {{"profile",
                                             {{"url", "https://www.linkedin.com/in/anna-schmidt"},
                                              {"name", "Anna Schmidt"},
                                              {"headline", "Engineering Manager"},
                                              {"company", "Acme Robotics"}}}});
    EXPECT_EQ(logged["application"]["id"], id);
    EXPECT_EQ(logged["match"]["kind"], "company");
    EXPECT_EQ(logged["application"]["steps"][1]["state"], "done");
    EXPECT_EQ(logged["application"]["next_step"]["step"], "watch");

    app = ok("step.complete", {{"application_id", id}, {"step", "watch"}});
    EXPECT_TRUE(app["next_step"].is_null());
    EXPECT_TRUE(ok("next_steps")["steps"].empty());
    // Eight weeks after the rejection: move on.
    next = ok("next_steps", {{"now", "2026-05-15T16:00:00Z"}});
    ASSERT_EQ(next["steps"].size(), 1u);
    EXPECT_EQ(next["steps"][0]["step"], "move_on");
    EXPECT_EQ(next["steps"][0]["title"], "Move on");
    EXPECT_EQ(next["steps"][0]["due"], "2026-05-15T15:00:00Z");

    at("2026-05-16T10:00:00Z");
    app = ok("step.complete", {{"application_id", id}, {"step", "move_on"}});
    EXPECT_TRUE(app["next_step"].is_null());
    EXPECT_TRUE(ok("next_steps", {{"now", "2026-09-01T00:00:00Z"}})["steps"].empty());

    const auto full = ok("application.get", {{"id", id}});
    EXPECT_EQ(full["emails"].size(), 2u);
    EXPECT_EQ(full["steps"].size(), 4u);
    EXPECT_GE(full["events"].size(), 6u);
    EXPECT_EQ(full["contacts"].size(), 2u); // the sender and the LinkedIn profile
}

TEST_F(Story, IngestingTheSameEmailTwiceChangesNothing)
{
    const auto first = ok("email.ingest", rejection());
    const auto before = snapshot();
    at("2026-04-01T00:00:00Z");
    const auto second = ok("email.ingest", rejection());
    EXPECT_EQ(first, second);
    EXPECT_EQ(snapshot(), before);
}

TEST_F(Story, BodiesAreKeptOnlyWhenTheUserSaysSo)
{
    ok("email.ingest", confirmation());
    auto& sql = host->store().sql();
    EXPECT_TRUE(sql.execAndGet("SELECT body FROM emails WHERE message_id = 'm1'").isNull());
    EXPECT_EQ(ok("settings.set", {{"keep_email_bodies", true}})["keep_email_bodies"], true);
    ok("email.ingest", rejection());
    EXPECT_NE(sql.execAndGet("SELECT body FROM emails WHERE message_id = 'm2'").getString().find("other candidates"),
              std::string::npos);
}

TEST_F(Story, FailuresChangeNothing)
{
    ok("email.ingest", confirmation());
    const auto before = snapshot();
    EXPECT_EQ(error("step.complete", {{"application_id", 999}, {"step", "respond"}}), "not_found");
    EXPECT_EQ(error("step.complete", {{"application_id", 1}, {"step", "apply_everywhere"}}), "invalid_args");
    EXPECT_EQ(error("step.snooze", {{"application_id", 1}, {"step", "respond"}, {"until", "2020-01-01T00:00:00Z"}}),
              "invalid_args");
    EXPECT_EQ(error("email.ingest", {{"provider", "gmail"}}), "invalid_args");
    EXPECT_EQ(error("email.ingest", email("m9", "t9", "x", "y", "not a date")), "invalid_args");
    EXPECT_EQ(error("settings.set", {{"ghosting_days", 0}}), "invalid_args");
    EXPECT_EQ(error("settings.set", {{"quiet_period_weeks", 4}, {"colour", "blue"}}), "invalid_args");
    EXPECT_EQ(error("application.update", {{"id", 1}, {"status", "hired?"}}), "invalid_args");
    EXPECT_EQ(error("application.create", {{"role", "Designer"}}), "invalid_args");
    EXPECT_EQ(error("draft.reply", {{"application_id", 1}, {"tone", "angry"}}), "invalid_args");
    EXPECT_EQ(error("forget_everything"), "invalid_args");
    EXPECT_EQ(error("import", {{"data", {{"format", "onward-export"}, {"version", 1},
                                              {"applications", {{{"company", "Ok Co"}, {"status", "applied"},
                                                                 {"created_at", "2026-01-01T00:00:00Z"}},
                                                                {{"company", "Bad Co"}, {"status", "sleeping"},
                                                                 {"created_at", "2026-01-01T00:00:00Z"}}}}}}}),
              "invalid_args");
    EXPECT_EQ(snapshot(), before);
}

// A stranger's name goes into the popup, the panel and the drafts the person sends: bidi overrides
// and invisible characters are dropped where names enter the store, whichever way they come.
TEST_F(Story, NamesAreStoredWithoutBidiOverridesOrInvisibleCharacters)
{
    const auto created = ok("application.create", {{"company", "Tide\u200Bwater\u202E"}, {"role", "\u2067Analyst\u2069"}});
    EXPECT_EQ(created["company"], "Tidewater");
    EXPECT_EQ(created["role"], "Analyst");
    const auto logged = ok("linkedin.log", {{"profile", {{"url", "https://www.linkedin.com/in/jordan-lee/"},
                                                          {"name", "Jordan \u202ELee"},
                                                          {"company", "Tidewater\uFEFF"}}}});
    EXPECT_EQ(logged["contact"]["name"], "Jordan Lee");
    EXPECT_EQ(logged["contact"]["company"], "Tidewater");
    ASSERT_TRUE(logged.contains("application")) << logged.dump();
    EXPECT_EQ(logged["application"]["id"], created["id"]);
    const auto reply = ok("draft.connection_note", {{"application_id", created["id"]}});
    EXPECT_EQ(reply["text"].get<std::string>().find("\u202E"), std::string::npos);

    const auto ingested = ok("email.ingest", {{"provider", "gmail"}, {"date", "2026-03-02T08:00:00Z"}, {"message_id", "m-bidi"}, {"from", "\"Sam \u202Eokafor\" <sam@northwind.example>"},
                                             {"subject", "Your application"},
                                             {"body", "Hi, thank you for applying to Northwind\u2066 Labs. Unfortunately we will not be moving "
                                                      "forward with your application.\n\nSam Okafor"}});
    EXPECT_EQ(ingested.dump().find("\u202e"), std::string::npos) << ingested.dump();
    EXPECT_EQ(ingested.dump().find("\u2066"), std::string::npos) << ingested.dump();
}

TEST_F(Story, UncertainMatchesAreSaidNotMerged)
{
    ok("application.create", {{"company", "Acme Robotics"}, {"role", "Backend Engineer"}, {"status", "interviewing"}});
    ok("application.create", {{"company", "Acme Robotics"}, {"role", "Data Engineer"}, {"status", "interviewing"}});
    auto r = ok("email.ingest",
                email("m5", "t5", "Update on your application",
                      "Dear Sam,\n\nThank you for your interest in Acme Robotics. Unfortunately, we have decided not "
                      "to move forward with your application at this time.\n\nKind regards,\nThe Acme Robotics team",
                      "2026-03-03T10:00:00Z", "Acme Robotics <jobs@acme-robotics.com>"));
    EXPECT_EQ(r["label"], "rejection");
    EXPECT_EQ(r["match"]["kind"], "uncertain") << r.dump();
    EXPECT_EQ(r["match"]["candidates"].size(), 2u);
    EXPECT_TRUE(r["application"].is_null());
    EXPECT_EQ(ok("applications.list", {{"status", "rejected"}})["applications"].size(), 0u);

    // The user picks the second one.
    r = ok("email.assign", {{"provider", "gmail"}, {"message_id", "m5"}, {"application_id", 2}});
    EXPECT_EQ(r["application"]["id"], 2);
    EXPECT_EQ(r["application"]["status"], "rejected");
    EXPECT_EQ(r["next_step"]["step"], "respond");
    EXPECT_EQ(ok("email.ingest", email("m5", "t5", "x", "y", "2026-03-03T10:00:00Z")), r);
}

TEST_F(Story, GhostedAfterThirtyDaysOfSilence)
{
    const auto id = ok("email.ingest", confirmation())["application"]["id"];
    // Confirmed 2026-03-02T08:00Z; thirty days later is 2026-04-01T08:00Z.
    auto next = ok("next_steps", {{"now", "2026-04-01T07:00:00Z"}});
    EXPECT_TRUE(next["steps"].empty());
    next = ok("next_steps", {{"now", "2026-04-01T09:00:00Z"}});
    ASSERT_EQ(next["steps"].size(), 1u);
    EXPECT_EQ(next["steps"][0]["step"], "follow_up");
    at("2026-04-01T09:00:00Z");
    EXPECT_EQ(ok("application.get", {{"id", id}})["status"], "ghosted");
    EXPECT_EQ(ok("applications.list", {{"status", "ghosted"}})["applications"].size(), 1u);
    ok("settings.set", {{"ghosting_days", 60}});
    EXPECT_EQ(ok("application.get", {{"id", id}})["status"], "applied");
}

TEST_F(Story, EveryWriteLeavesTheCachedPlansCurrent)
{
    // next_steps reads the plans cache; each write brings it up to date in its own transaction, so
    // no application is left marked stale and the basis matches the settings after every command.
    const auto in_sync = [&] {
        auto& sql = host->store().sql();
        return sql.execAndGet("SELECT count(*) FROM plans_dirty").getInt() == 0 &&
               sql.execAndGet("SELECT count(*) FROM plans_basis").getInt() == 1;
    };
    const auto id = ok("email.ingest", confirmation())["application"]["id"];
    EXPECT_TRUE(in_sync());
    // Confirmed 2026-03-02T08:00Z: ghosted (and listed) from 2026-04-01T08:00:01Z with 30 days.
    EXPECT_EQ(ok("next_steps", {{"now", "2026-04-01T08:00:01Z"}})["total"], 1);
    EXPECT_EQ(ok("next_steps", {{"now", "2026-04-01T08:00:00Z"}})["total"], 0);
    ok("settings.set", {{"ghosting_days", 60}});
    EXPECT_TRUE(in_sync());
    EXPECT_EQ(ok("next_steps", {{"now", "2026-04-01T09:00:00Z"}})["total"], 0);
    EXPECT_EQ(ok("next_steps", {{"now", "2026-05-01T08:00:01Z"}})["steps"][0]["step"], "follow_up");
    ok("settings.set", {{"your_name", "Sam"}}); // does not move any plan
    EXPECT_TRUE(in_sync());

    ok("email.ingest", rejection());
    EXPECT_TRUE(in_sync());
    auto next = ok("next_steps");
    ASSERT_EQ(next["total"], 1);
    EXPECT_EQ(next["steps"][0]["step"], "respond");
    ok("step.complete", {{"application_id", id}, {"step", "respond"}});
    EXPECT_TRUE(in_sync());
    EXPECT_EQ(ok("next_steps")["steps"][0]["step"], "connect");
    ok("linkedin.log", {{"profile", {{"url", "https://www.linkedin.com/in/anna"}, {"name", "Anna Schmidt"},
                                      {"company", "Acme Robotics"}}},
                        {"application_id", id}});
    EXPECT_TRUE(in_sync());
    EXPECT_EQ(ok("next_steps")["steps"][0]["step"], "watch");
    ok("application.update", {{"id", id}, {"status", "offer"}});
    EXPECT_TRUE(in_sync());
    EXPECT_EQ(ok("next_steps")["total"], 0);
    const auto created = ok("application.create", {{"company", "Globex"}, {"status", "rejected"}})["id"];
    EXPECT_TRUE(in_sync());
    next = ok("next_steps");
    ASSERT_EQ(next["total"], 1);
    EXPECT_EQ(next["steps"][0]["application_id"], created);
}

TEST_F(Story, SnoozeAndSkip)
{
    const auto id = ok("email.ingest", rejection())["application"]["id"];
    at("2026-03-21T09:00:00Z");
    auto app = ok("step.snooze", {{"application_id", id}, {"step", "respond"}, {"until", "2026-03-25T09:00:00Z"}});
    EXPECT_TRUE(app["next_step"].is_null());
    EXPECT_EQ(app["steps"][0]["state"], "snoozed");
    EXPECT_TRUE(ok("next_steps")["steps"].empty());
    EXPECT_EQ(ok("next_steps", {{"now", "2026-03-25T09:00:00Z"}})["steps"][0]["step"], "respond");
    app = ok("step.skip", {{"application_id", id}, {"step", "respond"}});
    EXPECT_EQ(app["steps"][0]["state"], "skipped");
    EXPECT_EQ(app["next_step"]["step"], "connect");
    const auto before = snapshot();
    ok("step.skip", {{"application_id", id}, {"step", "respond"}}); // a repeated click
    EXPECT_EQ(snapshot(), before);
    EXPECT_EQ(error("step.snooze", {{"application_id", id}, {"step", "respond"}, {"until", "2026-04-25T09:00:00Z"}}),
              "conflict");
}

TEST_F(Story, PersistsAcrossRestarts)
{
    const auto id = ok("email.ingest", rejection())["application"]["id"];
    ok("step.complete", {{"application_id", id}, {"step", "respond"}});
    ok("settings.set", {{"quiet_period_weeks", 3}});
    host.reset();
    host = make_host();
    const auto app = ok("application.get", {{"id", id}});
    EXPECT_EQ(app["steps"][0]["state"], "done");
    EXPECT_EQ(app["next_step"]["step"], "connect");
    EXPECT_EQ(ok("settings.get")["quiet_period_weeks"], 3);
}

TEST_F(Story, ExportImportRoundTrip)
{
    ok("email.ingest", confirmation());
    at("2026-03-20T16:00:00Z");
    const auto id = ok("email.ingest", rejection())["application"]["id"];
    ok("step.complete", {{"application_id", id}, {"step", "respond"}});
    ok("settings.set", {{"quiet_period_weeks", 6}, {"your_name", "Sam"}});
    ok("application.create", {{"company", "Initech"}, {"role", "SRE"}, {"notes", "met at a meetup"}});
    const auto exported = ok("export");
    EXPECT_EQ(exported["format"], "onward-export");
    EXPECT_EQ(exported["version"], 1);
    EXPECT_EQ(exported["applications"].size(), 2u);

    // Importing into the same store adds nothing.
    const auto again = ok("import", {{"data", exported}});
    EXPECT_EQ(again["added"]["applications"], 0);
    EXPECT_EQ(again["skipped"]["applications"], 2);

    // Into a fresh store: everything comes back.
    ok("forget_everything", {{"confirm", true}});
    EXPECT_TRUE(ok("applications.list")["applications"].empty());
    EXPECT_EQ(ok("settings.get")["quiet_period_weeks"], 8);
    const auto counts = ok("import", {{"data", exported}});
    EXPECT_EQ(counts["added"]["applications"], 2);
    EXPECT_EQ(counts["added"]["emails"], 2);
    EXPECT_EQ(counts["added"]["steps"], 1);
    auto reexported = ok("export");
    EXPECT_EQ(ok("settings.get")["your_name"], "Sam");
    // Same content; only ids and the export time may differ.
    auto strip = [](json doc) {
        doc.erase("exported_at");
        for (auto& a : doc["applications"]) a.erase("id");
        for (auto& a : doc["applications"])
            for (auto& e : a["emails"])
                if (e["result"].is_object() && e["result"]["application"].is_object()) e["result"]["application"].erase("id");
        return doc;
    };
    EXPECT_EQ(strip(reexported), strip(exported));
    // The re-ingested email is recognised as already known.
    const auto repeat = ok("email.ingest", rejection());
    EXPECT_EQ(repeat["application"]["company"], "Acme Robotics");
}

TEST_F(Story, ListPagesAndFilters)
{
    for (int i = 0; i < 5; ++i)
        ok("application.create", {{"company", "Company " + std::to_string(i)}, {"role", "Engineer"},
                                  {"applied_at", "2026-03-0" + std::to_string(i + 1) + "T09:00:00Z"}});
    auto page = ok("applications.list", {{"limit", 2}});
    EXPECT_EQ(page["applications"].size(), 2u);
    EXPECT_EQ(page["total"], 5);
    EXPECT_EQ(page["next_offset"], 2);
    EXPECT_EQ(page["applications"][0]["company"], "Company 4");
    page = ok("applications.list", {{"limit", 2}, {"offset", 4}});
    EXPECT_EQ(page["applications"].size(), 1u);
    EXPECT_TRUE(page["next_offset"].is_null());
    EXPECT_EQ(ok("applications.list", {{"company", "company 3"}})["applications"].size(), 1u);
    EXPECT_EQ(ok("applications.list", {{"search", "pany 2"}})["applications"].size(), 1u);
    EXPECT_EQ(error("applications.list", {{"limit", 0}}), "invalid_args");
}

TEST(StoreMigration, FromVersionOneKeepsSettings)
{
    testing::TempDir dir;
    const auto path = dir / "old.db";
    {
        SQLite::Database old(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        old.exec("PRAGMA application_id = " + std::to_string(store::application_id));
        store::migrate(old, 1);
        old.exec("INSERT INTO settings (key, value) VALUES ('ghosting_days', '45')");
    }
    Host host({dir / "old.db", fixed_clock(*parse_iso8601("2026-01-01T00:00:00Z"))});
    EXPECT_EQ(host.store().schema_version(), store::latest_schema_version());
    const auto reply = host.dispatcher().handle(messaging::Request{1, "settings.get", json::object()});
    EXPECT_EQ(reply["result"]["ghosting_days"], 45);
    const auto created = host.dispatcher().handle(
        messaging::Request{2, "application.create", {{"company", "Acme"}}});
    EXPECT_TRUE(created["ok"]) << created.dump();
}

} // namespace
} // namespace onward::commands
