// applications.list: a page of applications, most recent news first, never over 1 MiB.
// Filters: status (a status or a list), company, search; paging: limit, offset.
#include "commands/host.hpp"
#include "commands/registry.hpp"
#include "commands/shapes.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "steps/matching.hpp"
#include "steps/tracker.hpp"

namespace onward::commands {

namespace {

std::vector<std::string> statuses_of(const json& args)
{
    static constexpr std::string_view known[] = {"applied", "interviewing", "offer", "rejected", "ghosted", "withdrawn", "archived"};
    const auto check = [](const json& v) {
        if (v.is_string())
            for (const auto k : known)
                if (v.get<std::string>() == k) return std::string(k);
        throw invalid_args("args.status must be a status (applied, interviewing, offer, rejected, ghosted, withdrawn, "
                           "archived) or a list of them.");
    };
    std::vector<std::string> out;
    const auto it = args.find("status");
    if (it == args.end() || it->is_null()) return out;
    if (it->is_array())
        for (const auto& v : *it) out.push_back(check(v));
    else
        out.push_back(check(*it));
    return out;
}

} // namespace

void register_applications_list(Host& host)
{
    host.dispatcher().add("applications.list", [&host](const json& args) {
        store::ListQuery q;
        q.statuses = statuses_of(args);
        if (const auto company = optional_string(args, "company")) q.company_key = steps::company_key(*company);
        q.search = string_or(args, "search", "");
        q.limit = optional_int(args, "limit", 1, 500).value_or(100);
        q.offset = optional_int(args, "offset", 0, std::numeric_limits<std::int32_t>::max()).value_or(0);
        const auto now = host.now();

        auto& sql = host.store().sql();
        const auto settings = steps::load_settings(sql);
        q.ghosted_before = steps::ghosted_before(settings, now).time_since_epoch().count();
        json list = json::array();
        std::size_t bytes = 0;
        const auto rows = store::list_applications(sql, q);
        std::vector<std::int64_t> ids;
        for (const auto& row : rows) ids.push_back(row.app.id);
        auto states = store::step_states_of(sql, ids); // one query for the page
        for (const auto& row : rows) {
            const auto& a = row.app;
            const auto p = steps::plan(a, states[a.id], settings, now);
            auto item = steps::application_summary(a, p.status);
            const auto time = [](store::Seconds s) { return format_iso8601(steps::TimePoint{std::chrono::seconds{s}}); };
            item["last_activity_at"] = time(a.last_activity_at);
            item["applied_at"] = a.applied_at ? json(time(*a.applied_at)) : json(nullptr);
            item["rejected_at"] = a.rejected_at ? json(time(*a.rejected_at)) : json(nullptr);
            item["next_step"] = p.next ? steps::step_json(a, *p.next) : json(nullptr);
            bytes += item.dump().size() + 1;
            if (bytes > list_byte_budget && !list.empty()) break;
            list.push_back(std::move(item));
        }
        const auto total = store::count_listed_applications(sql, q);
        const auto next = q.offset + static_cast<std::int64_t>(list.size());
        return json{{"applications", std::move(list)},
                    {"total", total},
                    {"offset", q.offset},
                    {"next_offset", next < total ? json(next) : json(nullptr)}};
    });
}

} // namespace onward::commands
