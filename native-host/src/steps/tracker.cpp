#include "steps/tracker.hpp"

#include "core/clock.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "steps/matching.hpp"
#include "steps/plans.hpp"
#include "steps/settings.hpp"
#include "store/plans.hpp"

#include <SQLiteCpp/Transaction.h>

#include <algorithm>

namespace onward::steps {

namespace {

using store::Seconds;

Seconds secs(TimePoint t)
{
    return t.time_since_epoch().count();
}

TimePoint tp(Seconds s)
{
    return TimePoint{std::chrono::seconds{s}};
}

json time_or_null(const std::optional<Seconds>& s)
{
    return s ? json(format_iso8601(tp(*s))) : json(nullptr);
}

json time_or_null(const std::optional<TimePoint>& t)
{
    return t ? json(format_iso8601(*t)) : json(nullptr);
}

constexpr std::string_view statuses[] = {"applied", "interviewing", "offer", "rejected", "ghosted", "withdrawn",
                                         "archived"};

std::optional<std::string> status_for_label(std::string_view label)
{
    if (label == "application_received") return "applied";
    if (label == "interview") return "interviewing";
    if (label == "offer") return "offer";
    if (label == "rejection") return "rejected";
    return std::nullopt;
}

void add_event(SQLite::Database& sql, std::int64_t app_id, Seconds at, const std::string& kind, const json& detail)
{
    store::add_event(sql, {0, app_id, at, kind, detail.dump()});
}

void set_status(store::Application& app, const std::string& status, Seconds at)
{
    app.status = status;
    app.status_at = at;
    if (status == "rejected") app.rejected_at = at;
}

// Folds an email's facts into its application; returns the status before, when it changed.
std::optional<std::string> apply_email(store::Application& app, const store::EmailRecord& e, bool is_new, Seconds now)
{
    if (app.company.empty() && !e.company.empty()) {
        app.company = e.company;
        app.company_key = company_key(e.company);
    }
    if (app.role.empty() && !e.role.empty()) {
        app.role = e.role;
        app.role_key = role_key(e.role);
    }
    if (app.sender_domain.empty()) app.sender_domain = e.sender_domain;
    if (!e.lang.empty() && (app.lang.empty() || e.label == "rejection")) app.lang = e.lang;
    app.last_activity_at = std::max(app.last_activity_at, e.sent_at);
    if (e.label == "application_received") app.applied_at = std::min(app.applied_at.value_or(e.sent_at), e.sent_at);
    app.updated_at = now;

    std::optional<std::string> before;
    const auto next = status_for_label(e.label);
    const bool sticky = app.status == "withdrawn" || app.status == "archived";
    // An older email arriving late does not override a newer status.
    if (next && !sticky && (is_new || (*next != app.status && e.sent_at >= app.status_at))) {
        if (!is_new) before = app.status;
        set_status(app, *next, e.sent_at);
    }
    return before;
}

store::Application new_application(const store::EmailRecord& e, Seconds now)
{
    store::Application app;
    app.source = "email";
    app.status_at = e.sent_at;
    app.last_activity_at = e.sent_at;
    app.created_at = now;
    app.updated_at = now;
    apply_email(app, e, true, now);
    return app;
}

void link_sender(SQLite::Database& sql, std::int64_t app_id, const store::EmailRecord& e, Seconds now)
{
    if (e.contact_email.empty() && e.contact_name.empty()) return;
    store::Contact c;
    c.name = e.contact_name;
    c.email = e.contact_email;
    c.company = e.company;
    c.created_at = now;
    if (c.email.empty()) return; // a name alone cannot be told apart from other people's
    store::link_contact(sql, app_id, store::upsert_contact(sql, c), "sender");
}

json candidates_json(SQLite::Database& sql, const std::vector<Candidate>& candidates)
{
    json out = json::array();
    for (const auto& c : candidates) {
        const auto app = store::find_application(sql, c.application_id);
        if (!app) continue;
        out.push_back({{"id", app->id},
                       {"company", app->company},
                       {"role", app->role},
                       {"status", app->status},
                       {"why", c.why}});
    }
    return out;
}

// Puts the email on an application (existing or new) and records what changed.
store::Application settle(SQLite::Database& sql, store::EmailRecord& e, std::optional<store::Application> app,
                          Seconds now)
{
    std::optional<std::string> before;
    if (app) {
        before = apply_email(*app, e, false, now);
        store::update_application(sql, *app);
    } else {
        app = new_application(e, now);
        app->id = store::insert_application(sql, *app);
        add_event(sql, app->id, e.sent_at, "created", {{"source", "email"}, {"status", app->status}});
    }
    add_event(sql, app->id, e.sent_at, "email",
              {{"label", e.label}, {"subject", e.subject}, {"provider", e.provider}, {"message_id", e.message_id}});
    if (before)
        add_event(sql, app->id, e.sent_at, "status", {{"from", *before}, {"to", app->status}, {"by", "email"}});
    link_sender(sql, app->id, e, now);
    e.application_id = app->id;
    return *app;
}

json ingest_result(SQLite::Database& sql, const store::EmailRecord& e, const std::optional<store::Application>& app,
                   const MatchDecision& match, const Settings& settings, TimePoint now)
{
    json result{{"label", e.label},
                {"confidence", e.confidence},
                {"lang", e.lang},
                {"application", nullptr},
                {"next_step", nullptr},
                {"match", {{"kind", match.kind}}}};
    if (match.kind == "uncertain") result["match"]["candidates"] = candidates_json(sql, match.candidates);
    if (app) {
        const auto p = plan(*app, store::step_states_of(sql, app->id), settings, now);
        result["application"] = application_summary(*app, p.status);
        if (p.next) result["next_step"] = step_json(*app, *p.next);
    }
    return result;
}

std::string require_status(const json& value)
{
    if (value.is_string())
        for (const auto s : statuses)
            if (value.get<std::string>() == s) return std::string(s);
    throw invalid_args("args.status must be one of: applied, interviewing, offer, rejected, ghosted, withdrawn, archived.");
}

std::string text_field(const json& fields, const char* key, std::size_t max_bytes)
{
    const auto& v = fields.at(key);
    if (!v.is_string()) throw invalid_args(std::string("args.") + key + " must be a string.");
    auto s = v.get<std::string>();
    if (s.size() > max_bytes)
        throw invalid_args(std::string("args.") + key + " must be at most " + std::to_string(max_bytes) + " bytes.");
    return s;
}

Seconds time_field(const json& fields, const char* key)
{
    const auto& v = fields.at(key);
    const auto parsed = v.is_string() ? parse_iso8601(v.get<std::string>()) : std::nullopt;
    if (!parsed)
        throw invalid_args(std::string("args.") + key + " must be a date and time in ISO 8601, like 2026-11-27T09:30:00Z.");
    return secs(*parsed);
}

// Applies hand-edited fields; returns the status before when it changed.
std::optional<std::string> apply_fields(store::Application& app, const json& fields, Seconds now)
{
    static constexpr std::string_view known[] = {"company", "role", "status", "applied_at", "url", "notes", "lang"};
    for (const auto& [key, value] : fields.items())
        if (std::find(std::begin(known), std::end(known), key) == std::end(known))
            throw invalid_args("args." + key + " is not a field of an application (known: company, role, status, "
                               "applied_at, url, notes, lang).");
    std::optional<std::string> before;
    if (fields.contains("company")) {
        app.company = clean_display_name(text_field(fields, "company", 500));
        app.company_key = company_key(app.company);
    }
    if (fields.contains("role")) {
        app.role = clean_display_name(text_field(fields, "role", 500));
        app.role_key = role_key(app.role);
    }
    if (fields.contains("url")) app.url = text_field(fields, "url", 4000);
    if (fields.contains("notes")) app.notes = text_field(fields, "notes", 20000);
    if (fields.contains("lang")) {
        app.lang = text_field(fields, "lang", 8);
        if (!app.lang.empty() && std::find(std::begin(supported_languages), std::end(supported_languages), app.lang) ==
                                     std::end(supported_languages))
            throw invalid_args("args.lang must be one of: en, de, fr, es, nl.");
    }
    if (fields.contains("applied_at")) {
        app.applied_at = time_field(fields, "applied_at");
        app.last_activity_at = std::max(app.last_activity_at, *app.applied_at);
    }
    if (fields.contains("status")) {
        const auto status = require_status(fields.at("status"));
        if (status != app.status) {
            before = app.status;
            set_status(app, status, now);
            // A hand-made status is news too: ghosting counts from here.
            app.last_activity_at = std::max(app.last_activity_at, now);
        }
    }
    app.updated_at = now;
    return before;
}

} // namespace

json application_summary(const store::Application& app, const std::string& effective_status)
{
    return {{"id", app.id}, {"company", app.company}, {"role", app.role}, {"status", effective_status}};
}

json step_json(const store::Application& app, const StepView& step)
{
    return {{"application_id", app.id},
            {"company", app.company},
            {"role", app.role},
            {"step", std::string(to_string(step.step))},
            {"title", step.title},
            {"reason", step.reason},
            {"due", time_or_null(step.due)},
            {"state", step.state}};
}

json application_json(SQLite::Database& sql, const store::Application& app, const Settings& settings, TimePoint now,
                      std::int64_t events_limit)
{
    const auto p = plan(app, store::step_states_of(sql, app.id), settings, now);
    json out = application_summary(app, p.status);
    out["stored_status"] = app.status;
    out["source"] = app.source;
    out["lang"] = app.lang;
    out["url"] = app.url;
    out["notes"] = app.notes;
    out["applied_at"] = time_or_null(app.applied_at);
    out["rejected_at"] = time_or_null(app.rejected_at);
    out["status_at"] = format_iso8601(tp(app.status_at));
    out["last_activity_at"] = format_iso8601(tp(app.last_activity_at));
    out["created_at"] = format_iso8601(tp(app.created_at));
    out["updated_at"] = format_iso8601(tp(app.updated_at));
    out["next_step"] = p.next ? step_json(app, *p.next) : json(nullptr);

    json steps = json::array();
    for (const auto& s : p.steps)
        steps.push_back({{"step", std::string(to_string(s.step))},
                         {"title", s.title},
                         {"reason", s.reason},
                         {"state", s.state},
                         {"due", time_or_null(s.due)},
                         {"at", time_or_null(s.at)},
                         {"until", time_or_null(s.until)}});
    out["steps"] = std::move(steps);

    json events = json::array();
    for (const auto& e : store::events_of(sql, app.id, events_limit)) {
        auto detail = json::parse(e.detail, nullptr, false);
        events.push_back({{"id", e.id},
                          {"at", format_iso8601(tp(e.at))},
                          {"kind", e.kind},
                          {"detail", detail.is_discarded() ? json::object() : detail}});
    }
    out["events"] = std::move(events);
    out["events_total"] = store::count_events(sql, app.id);

    json contacts = json::array();
    for (const auto& c : store::contacts_of(sql, app.id))
        contacts.push_back({{"id", c.id},
                            {"name", c.name},
                            {"email", c.email},
                            {"profile_url", c.profile_url},
                            {"headline", c.headline},
                            {"company", c.company},
                            {"relation", c.relation}});
    out["contacts"] = std::move(contacts);

    json emails = json::array();
    for (const auto& e : store::emails_of(sql, app.id))
        emails.push_back({{"provider", e.provider},
                          {"message_id", e.message_id},
                          {"thread_id", e.thread_id},
                          {"from", e.sender},
                          {"subject", e.subject},
                          {"date", format_iso8601(tp(e.sent_at))},
                          {"label", e.label},
                          {"confidence", e.confidence},
                          {"url", e.url}});
    out["emails"] = std::move(emails);
    return out;
}

json next_steps(store::Database& db, const Settings& settings, TimePoint now, std::int64_t limit)
{
    // The cached plans (steps/plans.hpp) make this a range scan over the steps visible at `now`,
    // soonest due first; only the rows returned are read in full and given their reasons.
    if (!plans_in_sync(db.sql(), settings)) db.write([](SQLite::Database& sql) { sync_plans(sql); });
    auto& sql = db.sql();
    SQLite::Transaction read(sql); // the page and the total from the same snapshot
    json steps = json::array();
    for (const auto& row : store::due_plans(sql, secs(now), std::max<std::int64_t>(limit, 0))) {
        const auto step = step_from_string(row.plan.step);
        const auto track = track_from_string(row.plan.track);
        if (!step || !track) continue; // not written by this version's rules: rebuilt on the next sync
        StepView v;
        v.step = *step;
        v.title = std::string(title_of(*step));
        v.reason = reason_for(*step, *track, row.app, settings);
        v.state = "open";
        v.due = tp(row.plan.due);
        steps.push_back(step_json(row.app, v));
    }
    const auto total = store::count_due_plans(sql, secs(now));
    read.commit();
    return {{"steps", std::move(steps)}, {"total", total}, {"now", format_iso8601(now)}};
}

json ingest_email(store::Database& db, const IncomingEmail& in, const Classification& cls, TimePoint now)
{
    if (const auto existing = store::find_email(db.sql(), in.provider, in.message_id))
        return json::parse(existing->result);
    json result;
    db.write([&](SQLite::Database& sql) {
        // Another host may have ingested it between the check and the lock.
        if (const auto existing = store::find_email(sql, in.provider, in.message_id)) {
            result = json::parse(existing->result);
            return;
        }
        const auto settings = load_settings(sql);
        store::EmailRecord e;
        e.provider = in.provider;
        e.message_id = in.message_id;
        e.thread_id = in.thread_id;
        e.sender = in.from;
        e.sender_domain = company_domain(in.from);
        e.subject = in.subject;
        e.sent_at = secs(in.date);
        e.url = in.url;
        e.label = cls.label;
        e.confidence = cls.confidence;
        e.lang = cls.lang;
        e.company = cls.company;
        e.role = cls.role;
        e.contact_name = cls.contact_name;
        e.contact_email = cls.contact_email.empty() ? sender_address(in.from) : cls.contact_email;
        e.ats = cls.ats;
        if (settings.keep_email_bodies) e.body = in.body;
        e.ingested_at = secs(now);

        MatchDecision match;
        if (const auto thread_app = store::application_of_thread(sql, e.provider, e.thread_id)) {
            match.kind = "thread";
            match.application_id = thread_app;
        } else {
            const EmailFacts facts{e.label, company_key(e.company), role_key(e.role), e.sender_domain};
            match = decide_match(facts, store::applications_at(sql, facts.company_key, facts.sender_domain));
        }
        std::optional<store::Application> app;
        if (match.application_id) app = store::find_application(sql, *match.application_id);
        if (app || match.kind == "new") app = settle(sql, e, app, secs(now));
        result = ingest_result(sql, e, app, match, settings, now);
        e.result = result.dump();
        store::insert_email(sql, e);
        sync_plans(sql);
    });
    return result;
}

json assign_email(store::Database& db, const std::string& provider, const std::string& message_id,
                  std::optional<std::int64_t> application_id, TimePoint now)
{
    json result;
    db.write([&](SQLite::Database& sql) {
        auto e = store::find_email(sql, provider, message_id);
        if (!e) throw not_found("No email " + message_id + " from " + provider + " has been ingested.");
        if (e->application_id && application_id && *e->application_id == *application_id) {
            result = json::parse(e->result);
            return;
        }
        if (e->application_id)
            throw conflict("That email already belongs to application " + std::to_string(*e->application_id) + ".");
        std::optional<store::Application> app;
        if (application_id) {
            app = store::find_application(sql, *application_id);
            if (!app) throw not_found("There is no application " + std::to_string(*application_id) + ".");
        }
        const auto settled = settle(sql, *e, app, secs(now));
        MatchDecision match;
        match.kind = "assigned";
        result = ingest_result(sql, *e, settled, match, load_settings(sql), now);
        store::set_email_application(sql, e->id, settled.id, result.dump());
        sync_plans(sql);
    });
    return result;
}

json create_application(store::Database& db, const json& fields, TimePoint now)
{
    json result;
    db.write([&](SQLite::Database& sql) {
        store::Application app;
        app.created_at = app.updated_at = app.status_at = app.last_activity_at = secs(now);
        app.source = "manual";
        apply_fields(app, fields, secs(now));
        if (app.company.empty()) throw invalid_args("args.company is missing: an application needs at least a company.");
        if (app.applied_at && !fields.contains("status")) app.status_at = *app.applied_at;
        if (app.applied_at) app.last_activity_at = std::max(*app.applied_at, fields.contains("status") ? secs(now) : *app.applied_at);
        app.id = store::insert_application(sql, app);
        add_event(sql, app.id, secs(now), "created", {{"source", "manual"}, {"status", app.status}});
        result = application_json(sql, app, load_settings(sql), now);
        sync_plans(sql);
    });
    return result;
}

json update_application(store::Database& db, std::int64_t id, const json& fields, TimePoint now)
{
    json result;
    db.write([&](SQLite::Database& sql) {
        auto app = store::find_application(sql, id);
        if (!app) throw not_found("There is no application " + std::to_string(id) + ".");
        const auto before = apply_fields(*app, fields, secs(now));
        if (app->company.empty()) throw invalid_args("args.company cannot be empty.");
        store::update_application(sql, *app);
        json changed = json::array();
        for (const auto& [key, value] : fields.items()) changed.push_back(key);
        add_event(sql, id, secs(now), "updated", {{"fields", changed}});
        if (before) add_event(sql, id, secs(now), "status", {{"from", *before}, {"to", app->status}, {"by", "hand"}});
        result = application_json(sql, *app, load_settings(sql), now);
        sync_plans(sql);
    });
    return result;
}

json act_on_step(store::Database& db, std::int64_t application_id, StepId step, StepAction action,
                 std::optional<TimePoint> until, TimePoint now)
{
    if (action == StepAction::snooze && (!until || *until <= now))
        throw invalid_args("args.until must be a time later than now.");
    json result;
    db.write([&](SQLite::Database& sql) {
        auto app = store::find_application(sql, application_id);
        if (!app) throw not_found("There is no application " + std::to_string(application_id) + ".");
        const std::string state = action == StepAction::complete ? "done" : action == StepAction::skip ? "skipped" : "snoozed";
        const auto name = std::string(to_string(step));
        const auto states = store::step_states_of(sql, application_id);
        const auto current = std::find_if(states.begin(), states.end(), [&](const store::StepState& s) { return s.step == name; });
        if (action == StepAction::snooze && current != states.end() && current->state != "snoozed")
            throw conflict("The step " + name + " of application " + std::to_string(application_id) + " is already " +
                           current->state + "; there is nothing to snooze.");
        // Marking a step the way it already is changes nothing (a repeated click, a retried request).
        const bool same = current != states.end() && current->state == state && state != "snoozed";
        if (!same) {
            store::set_step_state(sql, application_id,
                                  {name, state, secs(now), until ? std::optional<Seconds>(secs(*until)) : std::nullopt});
            json detail{{"step", name}, {"state", state}};
            if (until) detail["until"] = format_iso8601(*until);
            add_event(sql, application_id, secs(now), "step", detail);
        }
        result = application_json(sql, *app, load_settings(sql), now);
        sync_plans(sql);
    });
    return result;
}

json log_linkedin(store::Database& db, const LinkedInProfile& from_page, std::optional<std::int64_t> application_id,
                  TimePoint now)
{
    // The page's text, as the person will see it and as the company is matched.
    LinkedInProfile profile = from_page;
    profile.name = clean_display_name(profile.name);
    profile.headline = clean_display_name(profile.headline);
    profile.company = clean_display_name(profile.company);

    json result;
    db.write([&](SQLite::Database& sql) {
        std::optional<store::Application> app;
        json match{{"kind", "given"}};
        if (application_id) {
            app = store::find_application(sql, *application_id);
            if (!app) throw not_found("There is no application " + std::to_string(*application_id) + ".");
        } else if (const auto key = company_key(profile.company); !key.empty()) {
            // The best match by company: the one with the most recent news, if only one is still open.
            std::vector<store::Application> open;
            for (auto& a : store::applications_at(sql, key, ""))
                if (a.status != "withdrawn" && a.status != "archived") open.push_back(a);
            std::sort(open.begin(), open.end(), [](const auto& a, const auto& b) {
                return a.last_activity_at != b.last_activity_at ? a.last_activity_at > b.last_activity_at : a.id > b.id;
            });
            if (!open.empty()) {
                app = open.front();
                match = {{"kind", open.size() == 1 ? "company" : "latest_at_company"}};
                if (open.size() > 1) {
                    json others = json::array();
                    for (std::size_t i = 1; i < open.size(); ++i)
                        others.push_back({{"id", open[i].id}, {"company", open[i].company}, {"role", open[i].role}});
                    match["others"] = others;
                }
            } else
                match = {{"kind", "none"}};
        } else
            match = {{"kind", "none"}};

        store::Contact c{0, profile.name, "", profile.url, profile.headline, profile.company, secs(now), "linkedin"};
        c.id = store::upsert_contact(sql, c);
        result["contact"] = {{"id", c.id},
                             {"name", c.name},
                             {"profile_url", c.profile_url},
                             {"headline", c.headline},
                             {"company", c.company}};
        result["match"] = match;
        result["application"] = nullptr;
        if (app) {
            store::link_contact(sql, app->id, c.id, "linkedin");
            add_event(sql, app->id, secs(now), "linkedin", {{"profile_url", c.profile_url}, {"name", c.name}});
            const auto states = store::step_states_of(sql, app->id);
            const bool done = std::any_of(states.begin(), states.end(),
                                          [](const auto& s) { return s.step == "connect" && s.state == "done"; });
            if (!done) {
                store::set_step_state(sql, app->id, {"connect", "done", secs(now), std::nullopt});
                add_event(sql, app->id, secs(now), "step", {{"step", "connect"}, {"state", "done"}, {"by", "linkedin"}});
            }
            result["application"] = application_json(sql, *app, load_settings(sql), now);
        }
        sync_plans(sql);
    });
    return result;
}

} // namespace onward::steps
