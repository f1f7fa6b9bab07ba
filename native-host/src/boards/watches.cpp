#include "boards/watches.hpp"

#include "boards/suggest.hpp"
#include "boards/watch_store.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "steps/plans.hpp"
#include "steps/settings.hpp"
#include "store/applications.hpp"

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <set>

namespace onward::boards {

namespace {

using namespace std::chrono;

Seconds secs(TimePoint t)
{
    return t.time_since_epoch().count();
}

json time_or_null(const std::optional<Seconds>& s)
{
    if (!s) return nullptr;
    return format_iso8601(TimePoint{seconds{*s}});
}

store::Application require_application(SQLite::Database& sql, std::int64_t id)
{
    auto app = store::find_application(sql, id);
    if (!app) throw not_found("There is no application " + std::to_string(id) + ".");
    return *app;
}

WatchRow require_watch(SQLite::Database& sql, std::int64_t id)
{
    auto w = find_watch(sql, id);
    if (!w) throw not_found("There is no watch " + std::to_string(id) + ".");
    return *w;
}

std::string company_name(const store::Application& app)
{
    return app.company.empty() ? "the company" : app.company;
}

// The key the per-company cap counts by: the folded company name, else the board itself.
std::string cap_key(const store::Application& app, const Board& board)
{
    if (!app.company_key.empty()) return app.company_key;
    return "board:" + std::string(to_string(board.provider)) + ":" + board.token;
}

Filters stored_filters(const WatchRow& w)
{
    const auto parsed = json::parse(w.filters, nullptr, false);
    try {
        return filters_from_json(parsed.is_discarded() ? json(nullptr) : parsed, "filters");
    } catch (const Error&) {
        return {};
    }
}

json posting_json(const PostingRow& p)
{
    return {{"id", p.provider_id},
            {"title", p.title},
            {"location", p.location},
            {"remote", p.remote},
            {"url", p.url},
            {"published_at", time_or_null(p.published_at)},
            {"first_seen_at", format_iso8601(TimePoint{seconds{p.first_seen_at}})},
            {"fit", p.fit},
            {"reason", p.reason}};
}

json watch_json(SQLite::Database& sql, const WatchRow& w, TimePoint now)
{
    const auto app = store::find_application(sql, w.application_id);
    json alerts = json::array();
    for (const auto& p : recent_alerts(sql, w.id, 3)) alerts.push_back(posting_json(p));
    return {{"id", w.id},
            {"application_id", w.application_id},
            {"company", app ? app->company : ""},
            {"role", app ? app->role : ""},
            {"provider", to_string(w.board.provider)},
            {"provider_name", display_name(w.board.provider)},
            {"token", w.board.token},
            {"region", w.board.region.empty() ? json(nullptr) : json(w.board.region)},
            {"url", fetch_url(w.board)},
            {"board_url", board_page_url(w.board)},
            {"origin", origin_pattern(w.board)},
            {"filters", to_json(stored_filters(w))},
            {"status", w.status},
            {"paused_reason", w.paused_reason.empty() ? json(nullptr) : json(w.paused_reason)},
            {"created_at", format_iso8601(TimePoint{seconds{w.created_at}})},
            {"last_fetch_at", time_or_null(w.last_fetch_at)},
            {"last_error_at", time_or_null(w.last_error_at)},
            {"last_error", w.last_error.empty() ? json(nullptr) : json(w.last_error)},
            {"error_count", w.error_count},
            {"next_due", format_iso8601(TimePoint{seconds{w.next_due}})},
            {"due", w.status == "active" && w.next_due <= secs(now)},
            {"postings_seen", count_postings(sql, w.id)},
            {"recent_alerts", std::move(alerts)}};
}

std::string first_name(const std::string& name)
{
    const auto space = name.find(' ');
    return space == std::string::npos ? name : name.substr(0, space);
}

// A short note to the contact, in the application's language when Onward writes it.
std::string contact_draft(const store::Application& app, const store::Contact& contact, const std::string& title,
                          const std::string& your_name)
{
    const auto hi_name = first_name(contact.name);
    const auto company = company_name(app);
    const auto& lang = app.lang;
    std::string text;
    if (lang == "de")
        text = "Hallo " + hi_name + ", ich habe gesehen, dass " + company + " eine Stelle als " + title +
               " ausgeschrieben hat. Meinen Sie, das könnte passen? Ich würde mich gern bewerben und freue mich über "
               "Ihre Einschätzung.";
    else if (lang == "fr")
        text = "Bonjour " + hi_name + ", j'ai vu que " + company + " recrute pour le poste " + title +
               ". Pensez-vous que mon profil pourrait convenir ? J'aimerais postuler et votre avis me serait précieux.";
    else if (lang == "es")
        text = "Hola " + hi_name + ", he visto que " + company + " busca " + title +
               ". ¿Crees que mi perfil encajaría? Me gustaría presentarme y tu opinión me ayudaría mucho.";
    else if (lang == "nl")
        text = "Hoi " + hi_name + ", ik zag dat " + company + " een vacature heeft voor " + title +
               ". Denk je dat dit bij mij past? Ik wil graag solliciteren en hoor graag je mening.";
    else
        text = "Hi " + hi_name + ", I saw that " + company + " is hiring a " + title +
               ". Do you think it could be a fit for me? I'd like to apply and would value your view first.";
    if (!your_name.empty()) text += " " + your_name;
    return text;
}

json next_action(const store::Application& app, const std::vector<store::Contact>& contacts, const PostingRow& p,
                 const std::string& your_name)
{
    // A LinkedIn connection first, then anyone who wrote with a name.
    const store::Contact* best = nullptr;
    for (const auto& c : contacts)
        if (c.relation == "linkedin" && !c.name.empty()) {
            best = &c;
            break;
        }
    if (!best)
        for (const auto& c : contacts)
            if (!c.name.empty() && c.name.find("Team") == std::string::npos) {
                best = &c;
                break;
            }
    if (!best)
        return {{"action", "apply"},
                {"text", "Read the posting; if it still fits after a closer look, apply with a note that you "
                         "interviewed for " +
                             (app.role.empty() ? std::string("a role") : app.role) + " before."}};
    return {{"action", "write_contact_first"},
            {"text", "Write to " + best->name + " first, then apply: a word from someone inside counts for more "
                     "than a second cold application."},
            {"contact",
             {{"name", best->name}, {"email", best->email}, {"profile_url", best->profile_url}, {"relation", best->relation}}},
            {"draft", contact_draft(app, *best, p.title, your_name)}};
}

// A moved-on application wakes up: its watch and move-on steps are open again.
bool wake_if_finished(SQLite::Database& sql, std::int64_t application_id)
{
    bool finished = false;
    for (const auto& s : store::step_states_of(sql, application_id))
        if (s.step == "move_on" && (s.state == "done" || s.state == "skipped")) finished = true;
    if (!finished) return false;
    SQLite::Statement st(sql, "DELETE FROM step_states WHERE application_id = ? AND step IN ('watch', 'move_on')");
    st.bind(1, application_id);
    st.exec();
    return true;
}

json parse_payload(const json& payload)
{
    if (!payload.is_string()) return payload;
    auto parsed = json::parse(payload.get<std::string>(), nullptr, false);
    if (parsed.is_discarded())
        throw invalid_args("args.payload is not complete JSON (cut off, or not what the board sends).");
    return parsed;
}

} // namespace

seconds backoff_after(int errors)
{
    if (errors <= 0) return duration_cast<seconds>(fetch_interval);
    const int shift = std::min(errors, 4);
    const int days_ = std::min(1 << shift, max_backoff_days);
    return duration_cast<seconds>(days{days_});
}

std::string origin_pattern(const Board& board)
{
    const auto url = fetch_url(board);
    const auto host_end = url.find('/', std::string_view("https://").size());
    return url.substr(0, host_end) + "/*";
}

json add_watch(store::Database& db, std::int64_t application_id, const Board& board, const Filters& filters,
               TimePoint now)
{
    if (!valid_token(board.token)) throw invalid_args("args.board.token must be a board name (letters, digits, . _ -).");
    json result;
    db.write([&](SQLite::Database& sql) {
        const auto app = require_application(sql, application_id);
        if (find_watch_for(sql, application_id, board))
            throw conflict("You already watch this " + std::string(display_name(board.provider)) + " board for " +
                           company_name(app) + ".");
        WatchRow w;
        w.application_id = application_id;
        w.board = board;
        w.filters = to_json(filters).dump();
        w.created_at = secs(now);
        w.next_due = secs(now);
        w.id = insert_watch(sql, w);
        // Watching is the "Keep an eye out" step.
        bool watch_done = false;
        for (const auto& s : store::step_states_of(sql, application_id))
            if (s.step == "watch" && (s.state == "done" || s.state == "skipped")) watch_done = true;
        if (!watch_done) {
            store::set_step_state(sql, application_id, {"watch", "done", secs(now), std::nullopt});
            steps::sync_plans(sql); // next_steps' cache, in this transaction
        }
        store::add_event(sql, {0, application_id, secs(now), "watch",
                               json{{"provider", to_string(board.provider)}, {"token", board.token}, {"action", "added"}}.dump()});
        result = watch_json(sql, w, now);
        const auto recent =
            count_recent_applications(sql, app.company_key, secs(now - days{applications_window_days}));
        result["warning"] = recent > applications_warning_above
                                ? json("You have applied to " + std::to_string(recent) + " roles at " +
                                       company_name(app) + " in the last 90 days. More applications there can read "
                                                           "as applying to anything: wait for one that clearly fits.")
                                : json(nullptr);
    });
    return result;
}

json list_watches(SQLite::Database& sql, std::optional<std::int64_t> application_id, TimePoint now)
{
    json watches = json::array();
    for (const auto& w : list_watch_rows(sql, application_id)) watches.push_back(watch_json(sql, w, now));
    return {{"watches", std::move(watches)}, {"now", format_iso8601(now)}};
}

json remove_watch(store::Database& db, std::int64_t watch_id)
{
    json result;
    db.write([&](SQLite::Database& sql) {
        const auto w = require_watch(sql, watch_id);
        const auto postings = count_postings(sql, watch_id);
        delete_watch(sql, watch_id); // its postings go with it (ON DELETE CASCADE)
        result = {{"removed", watch_id}, {"postings_forgotten", postings}};
    });
    return result;
}

json update_watch(store::Database& db, std::int64_t watch_id, const std::optional<std::string>& status,
                  const std::optional<Filters>& filters, TimePoint now)
{
    json result;
    db.write([&](SQLite::Database& sql) {
        auto w = require_watch(sql, watch_id);
        if (status && *status != w.status) {
            w.status = *status;
            if (w.status == "paused") {
                w.paused_reason = "Paused by you.";
            } else {
                w.paused_reason.clear();
                w.error_count = 0;
                w.last_error.clear();
                w.next_due = secs(now);
            }
        }
        if (filters) w.filters = to_json(*filters).dump();
        update_watch(sql, w);
        result = watch_json(sql, w, now);
    });
    return result;
}

json report_error(store::Database& db, std::int64_t watch_id, int http_status, const std::string& message,
                  TimePoint now)
{
    json result;
    db.write([&](SQLite::Database& sql) {
        auto w = require_watch(sql, watch_id);
        const auto app = store::find_application(sql, w.application_id);
        const auto provider = std::string(display_name(w.board.provider));
        w.error_count += 1;
        w.last_error_at = secs(now);
        std::string notice;
        const bool gone = http_status == 404 || http_status == 410;
        if (gone) {
            w.status = "paused";
            w.paused_reason = provider + " has no board named \"" + w.board.token + "\" (HTTP " +
                              std::to_string(http_status) + "). The company may have moved to another system, or the "
                                                            "name is misspelt. The watch is paused.";
            w.last_error = "HTTP " + std::to_string(http_status);
            notice = "Onward stopped watching " + (app ? company_name(*app) : std::string("a company")) + ": " +
                     w.paused_reason;
        } else {
            w.last_error = http_status > 0 ? "HTTP " + std::to_string(http_status) : "No answer";
            if (!message.empty()) w.last_error += ": " + message.substr(0, 200);
            const auto wait = backoff_after(w.error_count);
            w.next_due = secs(now) + wait.count();
            notice = "Could not read " + provider + " (" + w.last_error + "); trying again in " +
                     std::to_string(duration_cast<days>(wait).count()) + " days.";
        }
        update_watch(sql, w);
        result = watch_json(sql, w, now);
        result["paused"] = gone;
        result["notice"] = notice;
    });
    return result;
}

json ingest_postings(store::Database& db, std::int64_t watch_id, const json& payload, TimePoint now)
{
    json result;
    db.write([&](SQLite::Database& sql) {
        auto w = require_watch(sql, watch_id);
        if (w.status != "active")
            throw conflict("The watch is paused" + (w.paused_reason.empty() ? std::string(".") : ": " + w.paused_reason));
        // Parse everything first: a bad payload is refused before anything is written.
        const auto postings = parse_postings(w.board.provider, parse_payload(payload));
        const auto app = require_application(sql, w.application_id);
        const auto settings = steps::load_settings(sql);
        const auto filters = stored_filters(w);
        const auto key = cap_key(app, w.board);

        struct Candidate {
            PostingRow row;
            bool fits = false;
        };
        std::vector<Candidate> fresh;
        std::set<std::string> ids;
        for (const auto& p : postings) {
            if (!ids.insert(p.id).second || posting_seen(sql, w.id, p.id)) continue;
            const auto fit = assess(app.role, p, filters, now);
            PostingRow row;
            row.watch_id = w.id;
            row.provider_id = p.id;
            row.first_seen_at = secs(now);
            if (p.published_at) row.published_at = secs(*p.published_at);
            row.title = p.title;
            row.location = p.location;
            row.url = p.url.empty() ? board_page_url(w.board) : p.url;
            row.remote = p.remote;
            row.fit = fit.fits ? fit.score : std::round(fit.similarity * 100) / 100;
            row.reason = fit.reason;
            row.company_key = key;
            fresh.push_back({std::move(row), fit.fits});
        }

        // The best fits first, while the company's monthly allowance lasts.
        std::vector<std::size_t> order(fresh.size());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            if (fresh[a].fits != fresh[b].fits) return fresh[a].fits;
            return fresh[a].row.fit > fresh[b].row.fit;
        });
        const int cap = settings.watch_alerts_per_month;
        auto used = count_alerts_since(sql, key, secs(now - days{alert_window_days}));
        const auto contacts = store::contacts_of(sql, app.id);
        json matches = json::array(), suppressed = json::array();
        for (const auto i : order) {
            auto& c = fresh[i];
            if (!c.fits) continue;
            if (alerted_elsewhere(sql, w.board, c.row.provider_id, w.id)) {
                c.row.outcome = "suppressed";
                c.row.reason = "Already shown for another of your applications on this board. (" + c.row.reason + ")";
            } else if (used >= cap) {
                c.row.outcome = "suppressed";
                c.row.reason = "Held back: Onward already told you about " + std::to_string(used) + " role" +
                               (used == 1 ? "" : "s") + " at " + company_name(app) + " in the last " +
                               std::to_string(alert_window_days) + " days, and shows at most " + std::to_string(cap) +
                               " a month so that each one counts. (" + c.row.reason + ")";
            } else {
                c.row.outcome = "alerted";
                ++used;
            }
        }

        json fresh_list = json::array();
        bool woke = false;
        for (auto& c : fresh) {
            c.row.id = insert_posting(sql, c.row);
            if (fresh_list.size() < 200) fresh_list.push_back(posting_json(c.row));
            if (c.row.outcome == "alerted") {
                auto m = posting_json(c.row);
                m["watch_id"] = w.id;
                m["application_id"] = app.id;
                m["company"] = app.company;
                m["next"] = next_action(app, contacts, c.row, settings.your_name);
                matches.push_back(std::move(m));
                store::add_event(sql, {0, app.id, secs(now), "posting",
                                       json{{"title", c.row.title}, {"url", c.row.url}, {"reason", c.row.reason}}.dump()});
            } else if (c.row.outcome == "suppressed") {
                suppressed.push_back(posting_json(c.row));
            }
        }
        std::stable_sort(matches.begin(), matches.end(),
                         [](const json& a, const json& b) { return a["fit"].get<double>() > b["fit"].get<double>(); });
        if (!matches.empty()) woke = wake_if_finished(sql, app.id);
        if (woke) steps::sync_plans(sql); // next_steps' cache, in this transaction

        w.last_fetch_at = secs(now);
        w.error_count = 0;
        w.last_error.clear();
        w.next_due = secs(now + duration_cast<seconds>(fetch_interval));
        update_watch(sql, w);

        json warning = nullptr;
        if (!matches.empty() || !suppressed.empty()) {
            const auto recent =
                count_recent_applications(sql, app.company_key, secs(now - days{applications_window_days}));
            if (recent > applications_warning_above)
                warning = "You have applied to " + std::to_string(recent) + " roles at " + company_name(app) +
                          " in the last 90 days. Another application there can read as applying to anything: "
                          "apply only if this one clearly fits.";
        }
        result = {{"watch", watch_json(sql, w, now)},
                  {"total", postings.size()},
                  {"new_total", fresh.size()},
                  {"new", std::move(fresh_list)},
                  {"matches", std::move(matches)},
                  {"suppressed", std::move(suppressed)},
                  {"warning", std::move(warning)},
                  {"woke", woke}};
    });
    return result;
}

json suggest_boards(SQLite::Database& sql, std::int64_t application_id)
{
    const auto app = require_application(sql, application_id);
    json suggestions = json::array();
    const auto add = [&](const Board& b, const std::string& source, const std::string& why) {
        for (const auto& s : suggestions)
            if (s["provider"] == to_string(b.provider) && s["token"] == b.token) return;
        suggestions.push_back({{"provider", to_string(b.provider)},
                               {"token", b.token},
                               {"region", b.region.empty() ? json(nullptr) : json(b.region)},
                               {"url", fetch_url(b)},
                               {"board_url", board_page_url(b)},
                               {"origin", origin_pattern(b)},
                               {"source", source},
                               {"why", why}});
    };
    // Links first: a board URL names the board exactly.
    std::string text = app.url + "\n" + app.notes + "\n";
    const auto emails = store::emails_of(sql, application_id);
    for (const auto& e : emails) {
        text += e.url + "\n";
        if (e.body) text += *e.body + "\n";
    }
    for (const auto& b : boards_in_text(text))
        add(b, "link", "A link to " + std::string(display_name(b.provider)) + "'s board \"" + b.token +
                           "\" is on this application.");
    // Then the system that sent the emails, with the company's name as the board name.
    const auto token = token_from_company(app.company);
    if (!token.empty()) {
        for (const auto& e : emails) {
            if (!e.ats) continue;
            const auto provider = provider_from_string(*e.ats);
            if (!provider) continue;
            add(Board{*provider, token, ""}, "ats",
                "The emails came through " + std::string(display_name(*provider)) + "; \"" + token +
                    "\" is a guess from the company's name: check it on their careers page.");
        }
    }
    return {{"application_id", app.id}, {"company", app.company}, {"role", app.role}, {"suggestions", std::move(suggestions)}};
}

} // namespace onward::boards
