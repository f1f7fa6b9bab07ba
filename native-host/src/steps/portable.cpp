#include "steps/portable.hpp"

#include "core/clock.hpp"
#include "core/error.hpp"
#include "steps/matching.hpp"
#include "steps/plans.hpp"
#include "steps/settings.hpp"
#include "store/applications.hpp"
#include "store/migrations.hpp"
#include "store/settings.hpp"

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

namespace onward::steps {

namespace {

using json = nlohmann::json;
using store::Seconds;

TimePoint tp(Seconds s)
{
    return TimePoint{std::chrono::seconds{s}};
}

json iso(Seconds s)
{
    return format_iso8601(tp(s));
}

json iso(const std::optional<Seconds>& s)
{
    return s ? iso(*s) : json(nullptr);
}

json email_json(const store::EmailRecord& e)
{
    return {{"provider", e.provider},
            {"message_id", e.message_id},
            {"thread_id", e.thread_id},
            {"from", e.sender},
            {"sender_domain", e.sender_domain},
            {"subject", e.subject},
            {"date", iso(e.sent_at)},
            {"url", e.url},
            {"label", e.label},
            {"confidence", e.confidence},
            {"lang", e.lang},
            {"company", e.company},
            {"role", e.role},
            {"contact_name", e.contact_name},
            {"contact_email", e.contact_email},
            {"ats", e.ats ? json(*e.ats) : json(nullptr)},
            {"body", e.body ? json(*e.body) : json(nullptr)},
            {"result", json::parse(e.result, nullptr, false).is_discarded() ? json(nullptr) : json::parse(e.result)},
            {"ingested_at", iso(e.ingested_at)}};
}

// ---- validation: a small reader that names the path of every bad field ----

class Reader {
public:
    Reader(const json& value, std::string path) : v_(value), path_(std::move(path)) {}

    [[noreturn]] void fail(const std::string& what) const { throw invalid_args(path_ + " " + what); }

    const json& at(const char* key) const
    {
        if (!v_.is_object()) fail("must be an object.");
        const auto it = v_.find(key);
        if (it == v_.end()) throw invalid_args(path_ + "." + key + " is missing.");
        return *it;
    }
    bool has(const char* key) const { return v_.is_object() && v_.contains(key) && !v_.at(key).is_null(); }
    Reader child(const char* key) const { return {at(key), path_ + "." + key}; }

    std::string text(const char* key, bool required = true, std::size_t max = 100'000) const
    {
        if (!has(key)) {
            if (required) child(key).fail("is missing.");
            return {};
        }
        const auto& x = at(key);
        if (!x.is_string()) child(key).fail("must be a string.");
        if (x.get_ref<const std::string&>().size() > max) child(key).fail("is too long.");
        return x.get<std::string>();
    }
    Seconds time(const char* key) const
    {
        const auto s = text(key);
        const auto t = parse_iso8601(s);
        if (!t) child(key).fail("must be a date and time in ISO 8601.");
        return t->time_since_epoch().count();
    }
    std::optional<Seconds> optional_time(const char* key) const
    {
        if (!has(key)) return std::nullopt;
        return time(key);
    }
    std::string one_of(const char* key, std::initializer_list<const char*> allowed) const
    {
        const auto s = text(key);
        for (const auto* a : allowed)
            if (s == a) return s;
        std::string list;
        for (const auto* a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
        child(key).fail("must be one of: " + list + ".");
    }
    const json& array(const char* key) const
    {
        if (!has(key)) {
            static const json empty = json::array();
            return empty;
        }
        const auto& x = at(key);
        if (!x.is_array()) child(key).fail("must be an array.");
        return x;
    }
    const std::string& path() const { return path_; }

private:
    const json& v_;
    std::string path_;
};

struct ImportedApplication {
    store::Application app;
    std::vector<store::StepState> steps;
    std::vector<store::Event> events;
    std::vector<store::Contact> contacts;
    std::vector<store::EmailRecord> emails;
};

store::EmailRecord read_email(const Reader& r)
{
    store::EmailRecord e;
    e.provider = r.text("provider", true, 200);
    e.message_id = r.text("message_id", true, 2000);
    if (e.provider.empty() || e.message_id.empty()) r.fail("needs a provider and a message_id.");
    e.thread_id = r.text("thread_id", false, 2000);
    e.sender = r.text("from", false, 2000);
    e.sender_domain = r.has("sender_domain") ? r.text("sender_domain", false, 500) : company_domain(e.sender);
    e.subject = r.text("subject", false, 10'000);
    e.sent_at = r.time("date");
    e.url = r.text("url", false, 4000);
    e.label = r.one_of("label", {"rejection", "interview", "offer", "application_received", "recruiter_outreach",
                                 "job_alert", "other"});
    if (r.has("confidence")) {
        const auto& c = r.at("confidence");
        if (!c.is_number() || c.get<double>() < 0 || c.get<double>() > 1) r.child("confidence").fail("must be between 0 and 1.");
        e.confidence = c.get<double>();
    }
    e.lang = r.text("lang", false, 8);
    e.company = r.text("company", false, 500);
    e.role = r.text("role", false, 500);
    e.contact_name = r.text("contact_name", false, 500);
    e.contact_email = r.text("contact_email", false, 500);
    if (r.has("ats")) e.ats = r.text("ats", false, 100);
    if (r.has("body")) e.body = r.text("body", false, 4'000'000);
    if (r.has("result")) {
        if (!r.at("result").is_object()) r.child("result").fail("must be an object.");
        e.result = r.at("result").dump();
    } else
        e.result = json{{"label", e.label}, {"confidence", e.confidence}, {"lang", e.lang}}.dump();
    e.ingested_at = r.has("ingested_at") ? r.time("ingested_at") : e.sent_at;
    return e;
}

ImportedApplication read_application(const Reader& r)
{
    ImportedApplication out;
    auto& a = out.app;
    a.company = r.text("company", true, 500);
    a.company_key = company_key(a.company);
    a.role = r.text("role", false, 500);
    a.role_key = role_key(a.role);
    a.status = r.one_of("status", {"applied", "interviewing", "offer", "rejected", "ghosted", "withdrawn", "archived"});
    a.created_at = r.time("created_at");
    a.status_at = r.has("status_at") ? r.time("status_at") : a.created_at;
    a.source = r.has("source") ? r.text("source", false, 50) : "import";
    a.sender_domain = r.text("sender_domain", false, 500);
    a.lang = r.text("lang", false, 8);
    a.applied_at = r.optional_time("applied_at");
    a.rejected_at = r.optional_time("rejected_at");
    a.last_activity_at = r.has("last_activity_at") ? r.time("last_activity_at") : a.status_at;
    a.updated_at = r.has("updated_at") ? r.time("updated_at") : a.created_at;
    a.url = r.text("url", false, 4000);
    a.notes = r.text("notes", false, 100'000);

    const auto& steps = r.array("steps");
    std::set<std::string> seen;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        Reader s(steps[i], r.path() + ".steps[" + std::to_string(i) + "]");
        store::StepState st;
        st.step = s.one_of("step", {"respond", "connect", "watch", "move_on", "follow_up"});
        st.state = s.one_of("state", {"done", "skipped", "snoozed"});
        st.at = s.time("at");
        st.until = s.optional_time("until");
        if (st.state == "snoozed" && !st.until) s.child("until").fail("is missing: a snoozed step needs it.");
        if (!seen.insert(st.step).second) s.child("step").fail("appears twice.");
        out.steps.push_back(st);
    }
    const auto& events = r.array("events");
    for (std::size_t i = 0; i < events.size(); ++i) {
        Reader e(events[i], r.path() + ".events[" + std::to_string(i) + "]");
        store::Event ev;
        ev.at = e.time("at");
        ev.kind = e.text("kind", true, 50);
        if (e.has("detail")) {
            if (!e.at("detail").is_object()) e.child("detail").fail("must be an object.");
            ev.detail = e.at("detail").dump();
        }
        out.events.push_back(ev);
    }
    const auto& contacts = r.array("contacts");
    for (std::size_t i = 0; i < contacts.size(); ++i) {
        Reader c(contacts[i], r.path() + ".contacts[" + std::to_string(i) + "]");
        store::Contact ct;
        ct.name = c.text("name", false, 500);
        ct.email = c.text("email", false, 500);
        ct.profile_url = c.text("profile_url", false, 2000);
        ct.headline = c.text("headline", false, 2000);
        ct.company = c.text("company", false, 500);
        ct.relation = c.has("relation") ? c.one_of("relation", {"sender", "linkedin"}) : "sender";
        ct.created_at = a.created_at;
        if (ct.email.empty() && ct.profile_url.empty() && ct.name.empty()) c.fail("names nobody.");
        out.contacts.push_back(ct);
    }
    const auto& emails = r.array("emails");
    for (std::size_t i = 0; i < emails.size(); ++i)
        out.emails.push_back(read_email(Reader(emails[i], r.path() + ".emails[" + std::to_string(i) + "]")));
    return out;
}

bool application_exists(SQLite::Database& sql, const store::Application& a)
{
    SQLite::Statement st(sql, "SELECT 1 FROM applications WHERE company_key = ?1 AND role_key = ?2 AND created_at = ?3");
    st.bind(1, a.company_key);
    st.bind(2, a.role_key);
    st.bind(3, static_cast<std::int64_t>(a.created_at));
    return st.executeStep();
}

std::string csv_cell(const std::string& s)
{
    if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string out = "\"";
    for (const char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

} // namespace

json export_document(SQLite::Database& sql, TimePoint now)
{
    json doc{{"format", export_format},
             {"version", export_version},
             {"exported_at", format_iso8601(now)},
             {"schema_version", sql.execAndGet("PRAGMA user_version").getInt()}};
    json settings = json::object();
    for (const auto& [key, value] : store::all_settings(sql)) {
        auto parsed = json::parse(value, nullptr, false);
        if (!parsed.is_discarded()) settings[key] = parsed;
    }
    doc["settings"] = settings;

    json apps = json::array();
    store::ListQuery all;
    all.limit = -1; // SQLite: no limit
    for (const auto& row : store::list_applications(sql, all)) {
        const auto& a = row.app;
        json j{{"id", a.id},
               {"company", a.company},
               {"role", a.role},
               {"status", a.status},
               {"status_at", iso(a.status_at)},
               {"source", a.source},
               {"sender_domain", a.sender_domain},
               {"lang", a.lang},
               {"applied_at", iso(a.applied_at)},
               {"rejected_at", iso(a.rejected_at)},
               {"last_activity_at", iso(a.last_activity_at)},
               {"created_at", iso(a.created_at)},
               {"updated_at", iso(a.updated_at)},
               {"url", a.url},
               {"notes", a.notes}};
        json steps = json::array();
        for (const auto& s : store::step_states_of(sql, a.id))
            steps.push_back({{"step", s.step}, {"state", s.state}, {"at", iso(s.at)}, {"until", iso(s.until)}});
        j["steps"] = steps;
        json events = json::array();
        for (const auto& e : store::events_of(sql, a.id))
            events.push_back({{"at", iso(e.at)}, {"kind", e.kind}, {"detail", json::parse(e.detail, nullptr, false).is_discarded() ? json::object() : json::parse(e.detail)}});
        j["events"] = events;
        json contacts = json::array();
        for (const auto& c : store::contacts_of(sql, a.id))
            contacts.push_back({{"name", c.name},
                                {"email", c.email},
                                {"profile_url", c.profile_url},
                                {"headline", c.headline},
                                {"company", c.company},
                                {"relation", c.relation}});
        j["contacts"] = contacts;
        json emails = json::array();
        for (const auto& e : store::emails_of(sql, a.id)) emails.push_back(email_json(e));
        j["emails"] = emails;
        apps.push_back(std::move(j));
    }
    std::reverse(apps.begin(), apps.end()); // oldest activity first reads like a history
    doc["applications"] = std::move(apps);
    json loose = json::array();
    for (const auto& e : store::unassigned_emails(sql)) loose.push_back(email_json(e));
    doc["unassigned_emails"] = std::move(loose);
    return doc;
}

json import_document(store::Database& db, const json& document, TimePoint now, const ImportExtra& extra)
{
    // 1. Validate everything.
    Reader root(document, "args.data");
    if (!document.is_object()) root.fail("must be an object (an Onward export).");
    if (root.text("format") != export_format) root.child("format").fail("must be \"onward-export\".");
    const auto& version = root.at("version");
    if (!version.is_number_integer()) root.child("version").fail("must be a whole number.");
    if (version.get<std::int64_t>() < 1 || version.get<std::int64_t>() > export_version)
        root.child("version").fail("is " + version.dump() + "; this Onward reads versions up to " +
                                   std::to_string(export_version) + ". Update Onward to import it.");
    json settings_changes = json::object();
    if (root.has("settings")) {
        const auto& s = root.at("settings");
        if (!s.is_object()) root.child("settings").fail("must be an object.");
        settings_changes = s;
        with_changes(Settings{}, settings_changes); // throws on a bad key or value
    }
    std::vector<ImportedApplication> apps;
    const auto& list = root.array("applications");
    for (std::size_t i = 0; i < list.size(); ++i)
        apps.push_back(read_application(Reader(list[i], "args.data.applications[" + std::to_string(i) + "]")));
    std::vector<store::EmailRecord> loose;
    const auto& loose_list = root.array("unassigned_emails");
    for (std::size_t i = 0; i < loose_list.size(); ++i)
        loose.push_back(read_email(Reader(loose_list[i], "args.data.unassigned_emails[" + std::to_string(i) + "]")));
    {
        std::set<std::pair<std::string, std::string>> ids;
        const auto check = [&](const store::EmailRecord& e, const std::string& where) {
            if (!ids.insert({e.provider, e.message_id}).second)
                throw invalid_args(where + ": the email " + e.message_id + " from " + e.provider + " appears twice.");
        };
        for (std::size_t i = 0; i < apps.size(); ++i)
            for (const auto& e : apps[i].emails) check(e, "args.data.applications[" + std::to_string(i) + "]");
        for (const auto& e : loose) check(e, "args.data.unassigned_emails");
    }

    // 2. Write it all, or nothing.
    json added{{"applications", 0}, {"emails", 0}, {"events", 0}, {"contacts", 0}, {"steps", 0}, {"settings", 0}};
    json skipped{{"applications", 0}, {"emails", 0}};
    const auto bump = [](json& counts, const char* key, std::int64_t n = 1) { counts[key] = counts[key].get<std::int64_t>() + n; };
    db.write([&](SQLite::Database& sql) {
        if (!settings_changes.empty()) {
            save_settings(sql, with_changes(load_settings(sql), settings_changes));
            bump(added, "settings", static_cast<std::int64_t>(settings_changes.size()));
        }
        const auto add_email = [&](store::EmailRecord e, std::optional<std::int64_t> app_id) {
            if (store::find_email(sql, e.provider, e.message_id)) {
                bump(skipped, "emails");
                return;
            }
            e.application_id = app_id;
            auto result = json::parse(e.result);
            if (app_id && result.contains("application") && result["application"].is_object())
                result["application"]["id"] = *app_id;
            e.result = result.dump();
            store::insert_email(sql, e);
            bump(added, "emails");
        };
        std::vector<std::optional<std::int64_t>> ids;
        for (auto& imported : apps) {
            if (application_exists(sql, imported.app)) {
                ids.push_back(std::nullopt);
                bump(skipped, "applications");
                for (const auto& e : imported.emails)
                    if (!store::find_email(sql, e.provider, e.message_id)) add_email(e, std::nullopt);
                    else bump(skipped, "emails");
                continue;
            }
            imported.app.id = 0;
            const auto id = store::insert_application(sql, imported.app);
            ids.push_back(id);
            bump(added, "applications");
            for (const auto& s : imported.steps) {
                store::set_step_state(sql, id, s);
                bump(added, "steps");
            }
            for (auto ev : imported.events) {
                ev.application_id = id;
                store::add_event(sql, ev);
                bump(added, "events");
            }
            for (const auto& c : imported.contacts) {
                store::link_contact(sql, id, store::upsert_contact(sql, c), c.relation);
                bump(added, "contacts");
            }
            for (const auto& e : imported.emails) add_email(e, id);
        }
        for (const auto& e : loose) add_email(e, std::nullopt);
        if (extra) extra(sql, ids);
        sync_plans(sql);
    });
    (void)now;
    return {{"added", added}, {"skipped", skipped}};
}

std::string export_csv(SQLite::Database& sql, TimePoint now)
{
    const auto settings = load_settings(sql);
    std::ostringstream out;
    out << "id,company,role,status,applied_at,rejected_at,last_activity_at,next_step,next_step_due,url,notes\r\n";
    store::ListQuery all;
    all.limit = -1;
    all.ghosted_before = ghosted_before(settings, now).time_since_epoch().count();
    for (const auto& row : store::list_applications(sql, all)) {
        const auto& a = row.app;
        const auto p = plan(a, store::step_states_of(sql, a.id), settings, now);
        const auto opt = [](const std::optional<Seconds>& s) { return s ? format_iso8601(tp(*s)) : std::string(); };
        out << a.id << ',' << csv_cell(a.company) << ',' << csv_cell(a.role) << ',' << p.status << ','
            << opt(a.applied_at) << ',' << opt(a.rejected_at) << ',' << format_iso8601(tp(a.last_activity_at)) << ','
            << (p.next ? std::string(to_string(p.next->step)) : "") << ','
            << (p.next && p.next->due ? format_iso8601(*p.next->due) : "") << ',' << csv_cell(a.url) << ','
            << csv_cell(a.notes) << "\r\n";
    }
    return out.str();
}

json forget_everything(store::Database& db)
{
    json counts = json::object();
    db.write([&](SQLite::Database& sql) {
        for (const char* table : {"applications", "emails", "events", "contacts", "settings"})
            counts[table] = sql.execAndGet(std::string("SELECT count(*) FROM ") + table).getInt64();
        store::delete_everything(sql);
    });
    store::compact(db.sql());
    return {{"deleted", counts}};
}

} // namespace onward::steps
