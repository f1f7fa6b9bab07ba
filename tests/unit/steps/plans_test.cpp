// The cached plans (steps/plans.hpp) against the pure engine: upcoming_step agrees with plan() at
// every instant; after a seeded random sequence of writes the incrementally maintained rows equal a
// full rebuild, and next_steps read from them equals planning every application (the engine's
// reference, what next_steps computed before the cache). Time is always injected.
#include "../store/temp_dir.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "steps/plans.hpp"
#include "steps/portable.hpp"
#include "steps/rules.hpp"
#include "steps/tracker.hpp"
#include "store/database.hpp"
#include "store/plans.hpp"
#include "store/settings.hpp"

#include <SQLiteCpp/Transaction.h>

#include <gtest/gtest.h>

#include <limits>

#include <algorithm>
#include <array>
#include <map>
#include <random>

namespace onward::steps {
namespace {

using namespace std::chrono;
using store::Seconds;

constexpr Seconds day = 86400;
const char* all_statuses[] = {"applied", "interviewing", "offer", "rejected", "ghosted", "withdrawn", "archived"};
const char* all_steps[] = {"respond", "connect", "watch", "move_on", "follow_up"};

TimePoint tp(Seconds s)
{
    return TimePoint{seconds{s}};
}

Seconds secs(TimePoint t)
{
    return t.time_since_epoch().count();
}

bool finished(const std::vector<store::StepState>& states)
{
    return std::any_of(states.begin(), states.end(), [](const store::StepState& s) {
        return s.step == "move_on" && (s.state == "done" || s.state == "skipped");
    });
}

// What next_steps answered before the cache: plan every unfinished application at `now`, rank the
// open steps by due date (ties by id), shape the first `limit`.
json reference_next_steps(SQLite::Database& sql, const Settings& settings, TimePoint now, std::int64_t limit)
{
    struct Item {
        TimePoint due;
        std::int64_t id;
        json step;
    };
    std::vector<Item> items;
    for (const auto& a : store::all_applications_with_states(sql)) {
        if (finished(a.steps)) continue;
        const auto p = plan(a.app, a.steps, settings, now);
        if (p.next) items.push_back({p.next->due.value_or(now), a.app.id, step_json(a.app, *p.next)});
    }
    std::sort(items.begin(), items.end(),
              [](const Item& x, const Item& y) { return x.due != y.due ? x.due < y.due : x.id < y.id; });
    json steps = json::array();
    for (std::size_t i = 0; i < items.size() && static_cast<std::int64_t>(i) < limit; ++i) steps.push_back(items[i].step);
    return {{"steps", steps}, {"total", items.size()}, {"now", format_iso8601(now)}};
}

std::string dump(const std::vector<store::PlanRow>& rows)
{
    std::string out;
    for (const auto& r : rows)
        out += std::to_string(r.application_id) + " " + r.step + " " + r.track + " " + std::to_string(r.due) + " " +
               std::to_string(r.visible_at) + "\n";
    return out;
}

// The rows as maintained, then as a full rebuild computes them (the rebuild is rolled back).
std::pair<std::string, std::string> maintained_and_rebuilt(store::Database& db)
{
    auto& sql = db.sql();
    const auto maintained = dump(store::all_plans(sql));
    std::string rebuilt;
    SQLite::Transaction t(sql);
    rebuild_plans(sql, load_settings(sql));
    rebuilt = dump(store::all_plans(sql));
    return {maintained, rebuilt}; // t rolls back
}

// ---------------------------------------------------------------------------------------------
// upcoming_step against plan(), on random applications at the instants that matter

TEST(Plans, UpcomingStepExamples)
{
    const auto t = [](const char* iso) { return *parse_iso8601(iso); };
    store::Application app;
    app.id = 1;
    app.company = "Acme";
    app.status = "rejected";
    app.status_at = app.last_activity_at = secs(t("2026-03-10T09:00:00Z"));
    app.rejected_at = app.status_at;

    // Respond is listed at once (even before it is due), due two days after the rejection.
    auto up = upcoming_step(app, {}, Settings{});
    ASSERT_TRUE(up);
    EXPECT_EQ(up->step, StepId::respond);
    EXPECT_EQ(up->track, Track::rejected);
    EXPECT_EQ(up->due, t("2026-03-12T09:00:00Z"));
    EXPECT_EQ(up->visible_at, TimePoint::min());

    // Snoozed: listed again at the end of the snooze, due then.
    up = upcoming_step(app, {{"respond", "snoozed", secs(t("2026-03-11T09:00:00Z")), secs(t("2026-03-20T09:00:00Z"))}},
                       Settings{});
    ASSERT_TRUE(up);
    EXPECT_EQ(up->due, t("2026-03-20T09:00:00Z"));
    EXPECT_EQ(up->visible_at, t("2026-03-20T09:00:00Z"));

    // The three first steps resolved: move_on waits for the quiet period (8 weeks after the last news).
    const std::vector<store::StepState> three{{"respond", "done", secs(t("2026-03-11T09:00:00Z")), std::nullopt},
                                              {"connect", "done", secs(t("2026-03-12T09:00:00Z")), std::nullopt},
                                              {"watch", "skipped", secs(t("2026-03-12T10:00:00Z")), std::nullopt}};
    up = upcoming_step(app, three, Settings{});
    ASSERT_TRUE(up);
    EXPECT_EQ(up->step, StepId::move_on);
    EXPECT_EQ(up->due, t("2026-05-05T09:00:00Z"));
    EXPECT_EQ(up->visible_at, t("2026-05-05T09:00:00Z"));

    // Finished: nothing is ever listed again.
    auto all = three;
    all.push_back({"move_on", "done", secs(t("2026-05-06T09:00:00Z")), std::nullopt});
    EXPECT_FALSE(upcoming_step(app, all, Settings{}));

    // Still applied: the check-in is listed from the second it reads ghosted, due at its threshold.
    app.status = "applied";
    app.rejected_at.reset();
    app.status_at = app.last_activity_at = secs(t("2026-03-02T08:00:00Z"));
    up = upcoming_step(app, {}, Settings{});
    ASSERT_TRUE(up);
    EXPECT_EQ(up->step, StepId::follow_up);
    EXPECT_EQ(up->track, Track::ghosted);
    EXPECT_EQ(up->due, t("2026-04-01T08:00:00Z"));
    EXPECT_EQ(up->visible_at, t("2026-04-01T08:00:01Z"));

    // Offers have no steps.
    app.status = "offer";
    EXPECT_FALSE(upcoming_step(app, {}, Settings{}));
}

TEST(Plans, UpcomingStepAgreesWithPlanAtEveryInstant)
{
    std::mt19937_64 rng(20261127);
    const Seconds base = secs(*parse_iso8601("2026-03-01T09:00:00Z"));
    const auto pick = [&](Seconds range) { return static_cast<Seconds>(rng() % static_cast<std::uint64_t>(range)); };
    int listed = 0, hidden = 0;
    for (int n = 0; n < 4000; ++n) {
        Settings settings;
        settings.ghosting_days = 7 + static_cast<int>(rng() % 60);
        settings.quiet_period_weeks = 1 + static_cast<int>(rng() % 12);
        store::Application app;
        app.id = n + 1;
        app.company = "Acme";
        app.status = all_statuses[rng() % 7];
        app.last_activity_at = base + pick(200 * day);
        app.status_at = app.last_activity_at - pick(30 * day);
        if (app.status == std::string("rejected") || rng() % 4 == 0) app.rejected_at = app.status_at;
        std::vector<store::StepState> states;
        for (const auto* step : all_steps) {
            switch (rng() % 5) {
            case 0: states.push_back({step, "done", app.status_at + pick(120 * day), std::nullopt}); break;
            case 1: states.push_back({step, "skipped", app.status_at + pick(120 * day), std::nullopt}); break;
            case 2: {
                const auto at = app.status_at + pick(60 * day);
                states.push_back({step, "snoozed", at, at + pick(90 * day)});
                break;
            }
            default: break; // no row: open
            }
        }
        const auto up = upcoming_step(app, states, settings);
        std::vector<Seconds> instants{base - 400 * day, base + 600 * day};
        for (int k = 0; k < 6; ++k) instants.push_back(base + pick(400 * day));
        // Probe around each boundary. TimePoint::min() means "visible from the beginning of time":
        // not an instant to probe (and one second before it does not exist).
        const auto around = [&instants](Seconds at) {
            if (at == std::numeric_limits<Seconds>::min() || at == std::numeric_limits<Seconds>::max()) return;
            for (const auto d : {-1, 0, 1}) instants.push_back(at + d);
        };
        if (up) {
            around(secs(up->visible_at));
            around(secs(up->due));
        }
        for (const auto d : {-1, 0, 1})
            instants.push_back(app.last_activity_at + settings.ghosting_days * day + d);
        for (const auto now : instants) {
            const auto p = plan(app, states, settings, tp(now), false);
            SCOPED_TRACE("application " + std::to_string(n) + " status " + app.status + " at " + format_iso8601(tp(now)));
            if (finished(states)) {
                EXPECT_FALSE(up);
                continue;
            }
            const bool shown = up && tp(now) >= up->visible_at;
            ASSERT_EQ(shown, p.next.has_value());
            if (!shown) {
                ++hidden;
                continue;
            }
            ++listed;
            EXPECT_EQ(p.next->step, up->step);
            EXPECT_EQ(p.next->due, up->due);
            EXPECT_EQ(p.track, up->track);
        }
    }
    // Both sides of the boundary were exercised.
    EXPECT_GT(listed, 1000);
    EXPECT_GT(hidden, 1000);
}

// ---------------------------------------------------------------------------------------------
// Incremental maintenance after random writes equals a rebuild; next_steps equals the reference

class PlansStore : public ::testing::Test {
protected:
    onward::testing::TempDir tmp;
    std::unique_ptr<store::Database> db = store::Database::open(tmp / "onward.db");
};

struct RandomWriter {
    store::Database& db;
    std::mt19937_64 rng;
    Seconds now;
    int emails = 0;

    const char* company() { return std::array{"Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark"}[rng() % 6]; }
    std::int64_t some_application()
    {
        const auto count = store::count_applications(db.sql());
        if (count == 0) return 1;
        return 1 + static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(count + 1)); // sometimes missing
    }
    Seconds jitter(Seconds range) { return static_cast<Seconds>(rng() % static_cast<std::uint64_t>(range)); }

    // One write of the steps workflows; a refused one (missing application, conflict) changes nothing.
    std::string step()
    {
        now += jitter(3 * day);
        const auto op = rng() % 9;
        try {
            switch (op) {
            case 0:
            case 1: { // an email: confirmation, interview, offer, rejection, or other
                const char* labels[] = {"application_received", "interview", "offer", "rejection", "rejection", "other"};
                IncomingEmail e;
                e.provider = "gmail";
                e.message_id = "m" + std::to_string(++emails);
                e.thread_id = "t" + std::to_string(rng() % 40);
                const std::string c = company();
                e.from = "Recruiter <jobs@" + c + ".example>";
                e.subject = "About your application";
                e.date = tp(now - jitter(20 * day)); // sometimes older than the application's news
                Classification cls{labels[rng() % 6], 0.95, c, rng() % 2 ? "Engineer" : "Designer", "Ann Lee",
                                   "", std::nullopt, "en"};
                ingest_email(db, e, cls, tp(now));
                return "ingest";
            }
            case 2: {
                json fields{{"company", company()}, {"role", "Analyst"}};
                if (rng() % 2) fields["status"] = all_statuses[rng() % 7];
                if (rng() % 2) fields["applied_at"] = format_iso8601(tp(now - jitter(90 * day)));
                create_application(db, fields, tp(now));
                return "create";
            }
            case 3: {
                json fields = json::object();
                if (rng() % 3) fields["status"] = all_statuses[rng() % 7];
                if (rng() % 3 == 0) fields["applied_at"] = format_iso8601(tp(now - jitter(90 * day)));
                if (rng() % 4 == 0) fields["notes"] = "note";
                update_application(db, some_application(), fields, tp(now));
                return "update";
            }
            case 4:
            case 5:
            case 6: {
                const auto step = *step_from_string(all_steps[rng() % 5]);
                const auto action = static_cast<StepAction>(rng() % 3);
                act_on_step(db, some_application(), step, action,
                            action == StepAction::snooze ? std::optional<TimePoint>(tp(now + 1 + jitter(40 * day)))
                                                         : std::nullopt,
                            tp(now));
                return "step";
            }
            case 7: {
                LinkedInProfile profile{"https://www.linkedin.com/in/p" + std::to_string(rng() % 20), "Ann Lee",
                                        "Hiring manager", company()};
                log_linkedin(db, profile, rng() % 2 ? std::optional<std::int64_t>(some_application()) : std::nullopt,
                             tp(now));
                return "linkedin";
            }
            default: { // settings.set: the quiet period or the ghosting days moves every plan
                db.write([&](SQLite::Database& sql) {
                    json changes = rng() % 2 ? json{{"ghosting_days", 7 + static_cast<int>(rng() % 60)}}
                                             : json{{"quiet_period_weeks", 1 + static_cast<int>(rng() % 12)}};
                    save_settings(sql, with_changes(load_settings(sql), changes));
                    sync_plans(sql);
                });
                return "settings";
            }
            }
        } catch (const Error&) {
            return "refused";
        }
    }
};

void expect_next_steps_match(store::Database& db, Seconds from, Seconds to, std::mt19937_64& rng)
{
    const auto settings = load_settings(db.sql());
    for (int k = 0; k < 6; ++k) {
        const auto now = tp(from + static_cast<Seconds>(rng() % static_cast<std::uint64_t>(to - from + 1)));
        const std::int64_t limit = k % 2 ? 3 : 500;
        SCOPED_TRACE("now " + format_iso8601(now) + " limit " + std::to_string(limit));
        EXPECT_EQ(next_steps(db, settings, now, limit).dump(2), reference_next_steps(db.sql(), settings, now, limit).dump(2));
    }
}

TEST_F(PlansStore, IncrementalMaintenanceEqualsARebuildAfterRandomWrites)
{
    for (const std::uint64_t seed : {1u, 2u, 3u}) {
        SCOPED_TRACE("seed " + std::to_string(seed));
        auto fresh = store::Database::open(tmp / ("seed" + std::to_string(seed) + ".db"));
        RandomWriter w{*fresh, std::mt19937_64(seed), secs(*parse_iso8601("2026-01-05T09:00:00Z"))};
        const auto start = w.now;
        std::map<std::string, int> ops;
        for (int i = 0; i < 300; ++i) {
            const auto op = w.step();
            ++ops[op];
            ASSERT_FALSE(store::any_dirty_plan(fresh->sql())) << "after " << op << " (write " << i << ")";
            if (i % 25 == 24) {
                const auto [maintained, rebuilt] = maintained_and_rebuilt(*fresh);
                ASSERT_EQ(maintained, rebuilt) << "after write " << i;
                expect_next_steps_match(*fresh, start - 30 * day, w.now + 200 * day, w.rng);
            }
        }
        // Every kind of write happened, and some were refused.
        for (const char* op : {"ingest", "create", "update", "step", "linkedin", "settings", "refused"})
            EXPECT_GT(ops[op], 0) << op;
        EXPECT_GT(store::all_plans(fresh->sql()).size(), 5u);

        // Import: the same applications in another store are planned the same way.
        const auto document = export_document(fresh->sql(), tp(w.now));
        auto other = store::Database::open(tmp / ("import" + std::to_string(seed) + ".db"));
        import_document(*other, document, tp(w.now));
        ASSERT_FALSE(store::any_dirty_plan(other->sql()));
        const auto [maintained, rebuilt] = maintained_and_rebuilt(*other);
        EXPECT_EQ(maintained, rebuilt);
        EXPECT_EQ(store::all_plans(other->sql()).size(), store::all_plans(fresh->sql()).size());
        expect_next_steps_match(*other, start, w.now + 200 * day, w.rng);
    }
}

TEST_F(PlansStore, AWriteThatDidNotSyncIsCaughtUpByNextSteps)
{
    // Rows written straight to the store (as another component might) mark their applications dirty.
    const auto now = *parse_iso8601("2026-06-01T09:00:00Z");
    db->write([&](SQLite::Database& sql) {
        store::Application a;
        a.company = "Acme";
        a.status = "rejected";
        a.status_at = a.last_activity_at = a.created_at = a.updated_at = secs(now) - 5 * day;
        a.rejected_at = a.status_at;
        const auto id = store::insert_application(sql, a);
        store::set_step_state(sql, id, {"respond", "done", secs(now) - 4 * day, std::nullopt});
    });
    EXPECT_TRUE(store::any_dirty_plan(db->sql()));
    const auto settings = load_settings(db->sql());
    const auto reply = next_steps(*db, settings, now, 500);
    EXPECT_FALSE(store::any_dirty_plan(db->sql()));
    ASSERT_EQ(reply["total"], 1);
    EXPECT_EQ(reply["steps"][0]["step"], "connect");
    EXPECT_EQ(reply, reference_next_steps(db->sql(), settings, now, 500));
}

TEST_F(PlansStore, ChangedSettingsOrRulesRebuildEveryPlan)
{
    const auto now = *parse_iso8601("2026-06-01T09:00:00Z");
    create_application(*db, {{"company", "Acme"}, {"applied_at", "2026-05-01T09:00:00Z"}}, now);
    // Applied on May 1st: ghosted after 30 days by default, so listed on June 1st...
    EXPECT_EQ(next_steps(*db, load_settings(db->sql()), now, 500)["total"], 1);
    // ...not with 45 days, once the setting is stored, even by a write that did not sync.
    db->write([&](SQLite::Database& sql) { store::set_setting(sql, "ghosting_days", "45"); });
    auto settings = load_settings(db->sql());
    EXPECT_FALSE(plans_in_sync(db->sql(), settings));
    EXPECT_EQ(next_steps(*db, settings, now, 500)["total"], 0);
    EXPECT_EQ(next_steps(*db, settings, now + days{15}, 500)["total"], 1);
    EXPECT_EQ(store::plans_basis(db->sql()), plans_basis(settings));
    // A basis written by other rules (an older or newer version) is not trusted.
    db->write([&](SQLite::Database& sql) { store::set_plans_basis(sql, "rules 0; ghosting_days 45; quiet_period_weeks 8"); });
    EXPECT_FALSE(plans_in_sync(db->sql(), settings));
    EXPECT_EQ(next_steps(*db, settings, now + days{15}, 500)["total"], 1);
    EXPECT_TRUE(plans_in_sync(db->sql(), settings));
}

} // namespace
} // namespace onward::steps
