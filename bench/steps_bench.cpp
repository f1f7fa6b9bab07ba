// Steps at scale: 10k applications and 100k events in a fresh database, then the latency of
// next_steps, applications.list, application.get and a write through the dispatcher (replies
// serialised, as the session would), each as a ratio to a trivial indexed SELECT of one row run in
// the same process; next_steps also against the engine's reference path (planning every
// application, what next_steps did before the plans cache); the one-time build of the plans after
// the upgrade; and a cold start (open + migrate check + first next_steps) against a plain SQLite open.
//
//   onward-steps-bench [applications=10000] [events_per_application=10]
#include "commands/host.hpp"
#include "core/clock.hpp"
#include "steps/matching.hpp"
#include "steps/plans.hpp"
#include "steps/rules.hpp"
#include "steps/settings.hpp"
#include "steps/tracker.hpp"
#include "store/applications.hpp"
#include "store/database.hpp"
#include "store/plans.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <random>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

double median_ms(int runs, const std::function<void()>& work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        work();
        times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void populate(onward::store::Database& db, int apps, int events_per_app, onward::store::Seconds now)
{
    std::mt19937 rng(42);
    const char* statuses[] = {"rejected", "rejected", "rejected", "rejected", "applied",
                              "applied",  "applied",  "interviewing", "interviewing", "offer"};
    const char* steps[] = {"respond", "connect", "watch", "move_on"};
    db.write([&](SQLite::Database& sql) {
        for (int i = 0; i < apps; ++i) {
            onward::store::Application a;
            a.company = "Company " + std::to_string(i % 3000);
            a.company_key = onward::steps::company_key(a.company);
            a.role = "Engineer " + std::to_string(i % 17);
            a.role_key = onward::steps::role_key(a.role);
            a.status = statuses[rng() % 10];
            const auto age = static_cast<onward::store::Seconds>(rng() % (400 * 86400));
            a.status_at = a.last_activity_at = now - age;
            a.created_at = a.updated_at = now - age - 86400;
            a.applied_at = now - age - 86400;
            if (a.status == std::string("rejected")) a.rejected_at = a.status_at;
            a.source = "email";
            a.sender_domain = "company" + std::to_string(i % 3000) + ".com";
            const auto id = onward::store::insert_application(sql, a);
            if (a.status == std::string("rejected")) {
                const auto done = rng() % 5; // 0..4 steps already resolved
                for (unsigned s = 0; s < done; ++s)
                    onward::store::set_step_state(sql, id, {steps[s], s % 3 == 2 ? "skipped" : "done", a.status_at + 3600, std::nullopt});
            }
            for (int e = 0; e < events_per_app; ++e)
                onward::store::add_event(sql, {0, id, a.created_at + e * 3600, e == 0 ? "created" : "email",
                                               R"({"label":"other","subject":"An email about the role"})"});
        }
        onward::steps::sync_plans(sql); // as every write of the steps workflows does
    });
}

// What next_steps did before the plans cache, and what the tests still check it against: plan
// every unfinished application at `now`, rank the open steps, shape the first `limit`.
nlohmann::json reference_next_steps(SQLite::Database& sql, const onward::steps::Settings& settings,
                                 onward::steps::TimePoint now, std::size_t limit)
{
    struct Item {
        onward::steps::TimePoint due;
        std::int64_t id;
        std::size_t index;
        onward::steps::StepView step;
        onward::steps::Track track;
    };
    const auto apps = onward::store::all_applications_with_states(sql);
    std::vector<Item> items;
    for (std::size_t i = 0; i < apps.size(); ++i) {
        const auto& steps = apps[i].steps;
        if (std::any_of(steps.begin(), steps.end(), [](const auto& s) {
                return s.step == "move_on" && (s.state == "done" || s.state == "skipped");
            }))
            continue;
        auto p = onward::steps::plan(apps[i].app, steps, settings, now, false);
        if (p.next) items.push_back({p.next->due.value_or(now), apps[i].app.id, i, std::move(*p.next), p.track});
    }
    const auto count = std::min(items.size(), limit);
    std::partial_sort(items.begin(), items.begin() + static_cast<std::ptrdiff_t>(count), items.end(),
                      [](const Item& a, const Item& b) { return a.due != b.due ? a.due < b.due : a.id < b.id; });
    nlohmann::json out = nlohmann::json::array();
    for (std::size_t i = 0; i < count; ++i) {
        auto& item = items[i];
        item.step.reason = onward::steps::reason_for(item.step.step, item.track, apps[item.index].app, settings);
        out.push_back(onward::steps::step_json(apps[item.index].app, item.step));
    }
    return {{"steps", std::move(out)}, {"total", items.size()}, {"now", onward::format_iso8601(now)}};
}

} // namespace

int main(int argc, char** argv)
{
    const int apps = argc > 1 ? std::stoi(argv[1]) : 10'000;
    const int events_per_app = argc > 2 ? std::stoi(argv[2]) : 10;
    const auto dir = fs::temp_directory_path() / ("onward-steps-bench-" + std::to_string(std::random_device{}()));
    fs::create_directories(dir);
    const auto path = dir / "onward.db";
    const auto now = *onward::parse_iso8601("2026-06-01T09:00:00Z");
    const auto now_s = now.time_since_epoch().count();

    {
        auto db = onward::store::Database::open(path);
        const auto start = Clock::now();
        populate(*db, apps, events_per_app, now_s);
        std::printf("populated %d applications, %d events in %.0f ms\n", apps, apps * events_per_app,
                    std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }

    // Cold start: a fresh process would open the file, check it and answer the first next_steps.
    const int cold_runs = 15;
    const double plain_open = median_ms(cold_runs, [&] {
        SQLite::Database plain(path.string(), SQLite::OPEN_READWRITE);
        plain.execAndGet("SELECT count(*) FROM sqlite_schema");
    });
    std::size_t first_reply_bytes = 0;
    const double cold = median_ms(cold_runs, [&] {
        onward::commands::Host host({path, onward::fixed_clock(now)});
        const auto reply = host.dispatcher().handle(onward::messaging::Request{1, "next_steps", nlohmann::json::object()});
        first_reply_bytes = reply.dump().size();
    });

    onward::commands::Host host({path, onward::fixed_clock(now)});
    auto& sql = host.store().sql();
    const int runs = 51;
    std::int64_t probe = 1;
    const double baseline = median_ms(runs * 10, [&] {
        SQLite::Statement st(sql, "SELECT company FROM applications WHERE id = ?1");
        st.bind(1, probe = probe % apps + 1);
        st.executeStep();
    });
    const auto timed = [&](const char* cmd, nlohmann::json args, std::size_t* bytes) {
        return median_ms(runs, [&] {
            const auto reply = host.dispatcher().handle(onward::messaging::Request{1, cmd, args});
            if (!reply["ok"].get<bool>()) std::fprintf(stderr, "%s failed: %s\n", cmd, reply.dump().c_str());
            *bytes = reply.dump().size();
        });
    };
    std::size_t next_bytes = 0, list_bytes = 0, get_bytes = 0, filtered_bytes = 0;
    const double next = timed("next_steps", nlohmann::json::object(), &next_bytes);
    std::size_t next20_bytes = 0;
    const double next20 = timed("next_steps", {{"limit", 20}}, &next20_bytes);
    const double list = timed("applications.list", nlohmann::json::object(), &list_bytes);
    const double filtered = timed("applications.list", {{"status", "ghosted"}, {"limit", 50}}, &filtered_bytes);
    const auto settings = onward::steps::load_settings(sql);
    nlohmann::json reference_reply;
    const double reference = median_ms(15, [&] {
        reference_reply = reference_next_steps(sql, settings, now, 500);
        (void)reference_reply.dump(); // serialised, like the dispatcher's reply
    });
    const bool identical =
        reference_reply == host.dispatcher().handle(onward::messaging::Request{1, "next_steps", nlohmann::json::object()})["result"];
    // The one-time build after the upgrade (migration 3 leaves the plans empty): every row recomputed.
    const double rebuild = median_ms(15, [&] {
        SQLite::Transaction t(sql); // rolled back: the rows stay as they were
        onward::steps::rebuild_plans(sql, settings);
    });
    std::size_t update_bytes = 0;
    const double update = timed("application.update", {{"id", apps / 3}, {"notes", "Called back"}}, &update_bytes);
    const double get = timed("application.get", {{"id", apps / 2}}, &get_bytes);
    const auto total_steps =
        host.dispatcher().handle(onward::messaging::Request{1, "next_steps", nlohmann::json::object()})["result"]["total"];

    std::printf("\nbaseline: indexed SELECT of one row          %8.4f ms\n", baseline);
    std::printf("next_steps (%s due, first 500 returned)   %8.3f ms  = %6.0f x baseline  (%zu bytes)\n",
                total_steps.dump().c_str(), next, next / baseline, next_bytes);
    std::printf("next_steps limit=20                        %8.3f ms  = %6.0f x baseline  (%zu bytes)\n", next20,
                next20 / baseline, next20_bytes);
    std::printf("  reference: plan every application        %8.3f ms  = %6.0f x baseline  = %5.1f x next_steps "
                "(same reply: %s)\n",
                reference, reference / baseline, reference / next, identical ? "yes" : "NO");
    std::printf("  one-time build of all plans              %8.3f ms  = %6.0f x baseline\n", rebuild,
                rebuild / baseline);
    std::printf("applications.list (100, newest first)      %8.3f ms  = %6.0f x baseline  (%zu bytes)\n", list,
                list / baseline, list_bytes);
    std::printf("applications.list status=ghosted limit=50  %8.3f ms  = %6.0f x baseline  (%zu bytes)\n", filtered,
                filtered / baseline, filtered_bytes);
    std::printf("application.get (10 events)                %8.3f ms  = %6.0f x baseline  (%zu bytes)\n", get,
                get / baseline, get_bytes);
    std::printf("application.update (notes; fsync'd write)  %8.3f ms  = %6.0f x baseline  (%zu bytes)\n", update,
                update / baseline, update_bytes);
    std::printf("\ncold start: plain SQLite open + 1 query     %8.3f ms\n", plain_open);
    std::printf("cold start: Database::open + next_steps    %8.3f ms  = %6.1f x plain open  (%zu bytes)\n", cold,
                cold / plain_open, first_reply_bytes);
    std::printf("database size: %.1f MiB\n", static_cast<double>(fs::file_size(path)) / (1024.0 * 1024.0));

    if (std::getenv("ONWARD_BENCH_KEEP")) {
        std::printf("kept %s\n", path.string().c_str());
        return identical ? 0 : 1;
    }
    std::error_code ec;
    fs::remove_all(dir, ec);
    return identical ? 0 : 1;
}
