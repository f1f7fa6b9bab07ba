#include "boards/portable_watches.hpp"

#include "boards/fit.hpp"
#include "boards/watch_store.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "steps/portable.hpp"

#include <SQLiteCpp/Statement.h>

#include <set>

namespace onward::boards {

namespace {

using std::chrono::seconds;

json iso(const std::optional<Seconds>& s)
{
    if (!s) return nullptr;
    return format_iso8601(TimePoint{seconds{*s}});
}

std::vector<PostingRow> postings_of(SQLite::Database& sql, std::int64_t watch_id)
{
    SQLite::Statement st(sql, "SELECT provider_id, first_seen_at, published_at, title, location, remote, url, fit, "
                              "outcome, reason FROM postings WHERE watch_id = ? ORDER BY id");
    st.bind(1, watch_id);
    std::vector<PostingRow> out;
    while (st.executeStep()) {
        PostingRow p;
        p.provider_id = st.getColumn(0).getString();
        p.first_seen_at = st.getColumn(1).getInt64();
        if (!st.getColumn(2).isNull()) p.published_at = st.getColumn(2).getInt64();
        p.title = st.getColumn(3).getString();
        p.location = st.getColumn(4).getString();
        p.remote = st.getColumn(5).getInt() != 0;
        p.url = st.getColumn(6).getString();
        p.fit = st.getColumn(7).getDouble();
        p.outcome = st.getColumn(8).getString();
        p.reason = st.getColumn(9).getString();
        out.push_back(std::move(p));
    }
    return out;
}

struct ImportedWatch {
    WatchRow watch;
    std::vector<PostingRow> postings;
};

[[noreturn]] void fail(const std::string& path, const std::string& what)
{
    throw invalid_args(path + " " + what);
}

std::string text(const json& o, const std::string& path, const char* key, bool required, std::size_t max = 2000)
{
    const auto it = o.find(key);
    if (it == o.end() || it->is_null()) {
        if (required) fail(path + "." + key, "is missing.");
        return {};
    }
    if (!it->is_string() || it->get<std::string>().size() > max) fail(path + "." + key, "must be text (at most " + std::to_string(max) + " bytes).");
    return it->get<std::string>();
}

std::optional<Seconds> time(const json& o, const std::string& path, const char* key, bool required)
{
    const auto t = text(o, path, key, required, 64);
    if (t.empty()) return std::nullopt;
    const auto parsed = parse_iso8601(t);
    if (!parsed) fail(path + "." + key, "must be a date (ISO 8601).");
    return parsed->time_since_epoch().count();
}

std::vector<std::vector<ImportedWatch>> read_watches(const json& document)
{
    std::vector<std::vector<ImportedWatch>> out;
    if (!document.is_object() || !document.contains("applications") || !document["applications"].is_array()) return out;
    const auto& apps = document["applications"];
    for (std::size_t i = 0; i < apps.size(); ++i) {
        out.emplace_back();
        if (!apps[i].is_object()) continue; // the application reader names it
        const auto it = apps[i].find("watches");
        if (it == apps[i].end() || it->is_null()) continue; // an export from before watches
        const auto apath = "args.data.applications[" + std::to_string(i) + "].watches";
        if (!it->is_array()) fail(apath, "must be a list.");
        for (std::size_t j = 0; j < it->size(); ++j) {
            const auto path = apath + "[" + std::to_string(j) + "]";
            const auto& w = (*it)[j];
            if (!w.is_object()) fail(path, "must be an object.");
            ImportedWatch iw;
            auto& row = iw.watch;
            const auto provider = provider_from_string(text(w, path, "provider", true, 32));
            if (!provider) fail(path + ".provider", std::string("must be one of ") + provider_names + ".");
            row.board.provider = *provider;
            row.board.token = text(w, path, "token", true, 100);
            if (!valid_token(row.board.token)) fail(path + ".token", "must be a board name.");
            row.board.region = text(w, path, "region", false, 8);
            if (!row.board.region.empty() && (row.board.region != "eu" || row.board.provider != Provider::lever))
                fail(path + ".region", "must be \"eu\" (Lever only) or left out.");
            row.filters = to_json(filters_from_json(w.value("filters", json(nullptr)), path + ".filters")).dump();
            row.status = text(w, path, "status", false, 16);
            if (row.status.empty()) row.status = "active";
            if (row.status != "active" && row.status != "paused") fail(path + ".status", "must be active or paused.");
            row.paused_reason = text(w, path, "paused_reason", false, 2000);
            row.created_at = *time(w, path, "created_at", true);
            row.last_fetch_at = time(w, path, "last_fetch_at", false);
            row.last_error_at = time(w, path, "last_error_at", false);
            row.last_error = text(w, path, "last_error", false, 2000);
            const auto errors = w.value("error_count", json(0));
            if (!errors.is_number_integer() || errors.get<std::int64_t>() < 0 || errors.get<std::int64_t>() > 1000)
                fail(path + ".error_count", "must be a whole number from 0.");
            row.error_count = errors.get<int>();
            row.next_due = time(w, path, "next_due", false).value_or(row.created_at);
            const auto p = w.find("postings");
            if (p != w.end() && !p->is_null()) {
                if (!p->is_array()) fail(path + ".postings", "must be a list.");
                std::set<std::string> ids;
                for (std::size_t k = 0; k < p->size(); ++k) {
                    const auto ppath = path + ".postings[" + std::to_string(k) + "]";
                    const auto& o = (*p)[k];
                    if (!o.is_object()) fail(ppath, "must be an object.");
                    PostingRow r;
                    r.provider_id = text(o, ppath, "id", true, 200);
                    if (r.provider_id.empty() || !ids.insert(r.provider_id).second) fail(ppath + ".id", "must be a posting id, once.");
                    r.first_seen_at = *time(o, ppath, "first_seen_at", true);
                    r.published_at = time(o, ppath, "published_at", false);
                    r.title = text(o, ppath, "title", true, 1000);
                    r.location = text(o, ppath, "location", false, 1000);
                    r.url = text(o, ppath, "url", false, 2000);
                    if (!r.url.empty() && r.url.rfind("https://", 0) != 0) fail(ppath + ".url", "must be an https link.");
                    const auto remote = o.value("remote", json(false));
                    if (!remote.is_boolean()) fail(ppath + ".remote", "must be true or false.");
                    r.remote = remote.get<bool>();
                    const auto fit = o.value("fit", json(0));
                    if (!fit.is_number() || fit.get<double>() < 0 || fit.get<double>() > 1) fail(ppath + ".fit", "must be a number from 0 to 1.");
                    r.fit = fit.get<double>();
                    r.outcome = text(o, ppath, "outcome", true, 16);
                    if (r.outcome != "seen" && r.outcome != "alerted" && r.outcome != "suppressed")
                        fail(ppath + ".outcome", "must be seen, alerted or suppressed.");
                    r.reason = text(o, ppath, "reason", false, 4000);
                    iw.postings.push_back(std::move(r));
                }
            }
            out.back().push_back(std::move(iw));
        }
    }
    return out;
}

} // namespace

json export_everything(SQLite::Database& sql, TimePoint now)
{
    auto doc = steps::export_document(sql, now);
    for (auto& app : doc["applications"]) {
        if (!app.contains("id") || !app["id"].is_number_integer()) continue;
        json watches = json::array();
        for (const auto& w : list_watch_rows(sql, app["id"].get<std::int64_t>())) {
            json postings = json::array();
            for (const auto& p : postings_of(sql, w.id))
                postings.push_back({{"id", p.provider_id},
                                    {"first_seen_at", iso(p.first_seen_at)},
                                    {"published_at", iso(p.published_at)},
                                    {"title", p.title},
                                    {"location", p.location},
                                    {"remote", p.remote},
                                    {"url", p.url},
                                    {"fit", p.fit},
                                    {"outcome", p.outcome},
                                    {"reason", p.reason}});
            watches.push_back({{"provider", to_string(w.board.provider)},
                               {"token", w.board.token},
                               {"region", w.board.region.empty() ? json(nullptr) : json(w.board.region)},
                               {"filters", json::parse(w.filters, nullptr, false).is_discarded() ? json::object() : json::parse(w.filters)},
                               {"status", w.status},
                               {"paused_reason", w.paused_reason},
                               {"created_at", iso(w.created_at)},
                               {"last_fetch_at", iso(w.last_fetch_at)},
                               {"last_error_at", iso(w.last_error_at)},
                               {"last_error", w.last_error},
                               {"error_count", w.error_count},
                               {"next_due", iso(w.next_due)},
                               {"postings", std::move(postings)}});
        }
        app["watches"] = std::move(watches);
    }
    return doc;
}

json import_everything(store::Database& db, const json& document, TimePoint now)
{
    const auto watches = read_watches(document); // validated before anything is written
    std::int64_t added_watches = 0, added_postings = 0, skipped_watches = 0;
    auto result = steps::import_document(db, document, now, [&](SQLite::Database& sql, const auto& ids) {
        for (std::size_t i = 0; i < ids.size() && i < watches.size(); ++i) {
            if (!ids[i]) {
                skipped_watches += static_cast<std::int64_t>(watches[i].size());
                continue;
            }
            const auto app = store::find_application(sql, *ids[i]);
            for (const auto& iw : watches[i]) {
                if (find_watch_for(sql, *ids[i], iw.watch.board)) {
                    ++skipped_watches;
                    continue;
                }
                auto row = iw.watch;
                row.application_id = *ids[i];
                const auto watch_id = insert_watch(sql, row);
                ++added_watches;
                const auto key = app && !app->company_key.empty()
                                     ? app->company_key
                                     : "board:" + std::string(to_string(row.board.provider)) + ":" + row.board.token;
                for (auto p : iw.postings) {
                    p.watch_id = watch_id;
                    p.company_key = key;
                    insert_posting(sql, p);
                    ++added_postings;
                }
            }
        }
    });
    result["added"]["watches"] = added_watches;
    result["added"]["postings"] = added_postings;
    result["skipped"]["watches"] = skipped_watches;
    return result;
}

} // namespace onward::boards
