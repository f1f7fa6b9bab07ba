// Steps at scale: 10k applications and 100k events in a fresh database, then the latency of
// next_steps, applications.list and application.get through the dispatcher (replies serialised,
// as the session would), each as a ratio to a trivial indexed SELECT of one row run in the same
// process; and a cold start (open + migrate check + first next_steps) against a plain SQLite open.
//
//   onward-steps-bench [applications=10000] [events_per_application=10]
#include "commands/host.hpp"
#include "core/clock.hpp"
#include "steps/matching.hpp"
#include "store/applications.hpp"
#include "store/database.hpp"

#include <SQLiteCpp/Statement.h>

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
    });
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
    const double list = timed("applications.list", nlohmann::json::object(), &list_bytes);
    const double filtered = timed("applications.list", {{"status", "ghosted"}, {"limit", 50}}, &filtered_bytes);
    const double query_only = median_ms(runs, [&] {
        const auto rows = onward::store::applications_with_steps(sql, now_s - 30 * 86400);
        if (rows.empty()) std::fprintf(stderr, "no active applications\n");
    });
    const double get = timed("application.get", {{"id", apps / 2}}, &get_bytes);
    const auto total_steps =
        host.dispatcher().handle(onward::messaging::Request{1, "next_steps", nlohmann::json::object()})["result"]["total"];

    std::printf("\nbaseline: indexed SELECT of one row          %8.4f ms\n", baseline);
    std::printf("next_steps (%s due, first 500 returned)   %8.3f ms  = %6.0f x baseline  (%zu bytes)\n",
                total_steps.dump().c_str(), next, next / baseline, next_bytes);
    std::printf("  of which the store query alone           %8.3f ms  = %6.0f x baseline\n", query_only,
                query_only / baseline);
    std::printf("applications.list (100, newest first)      %8.3f ms  = %6.0f x baseline  (%zu bytes)\n", list,
                list / baseline, list_bytes);
    std::printf("applications.list status=ghosted limit=50  %8.3f ms  = %6.0f x baseline  (%zu bytes)\n", filtered,
                filtered / baseline, filtered_bytes);
    std::printf("application.get (10 events)                %8.3f ms  = %6.0f x baseline  (%zu bytes)\n", get,
                get / baseline, get_bytes);
    std::printf("\ncold start: plain SQLite open + 1 query     %8.3f ms\n", plain_open);
    std::printf("cold start: Database::open + next_steps    %8.3f ms  = %6.1f x plain open  (%zu bytes)\n", cold,
                cold / plain_open, first_reply_bytes);
    std::printf("database size: %.1f MiB\n", static_cast<double>(fs::file_size(path)) / (1024.0 * 1024.0));

    if (std::getenv("ONWARD_BENCH_KEEP")) {
        std::printf("kept %s\n", path.string().c_str());
        return 0;
    }
    std::error_code ec;
    fs::remove_all(dir, ec);
    return 0;
}
