#pragma once
// Rows of the application tables (migration 2) and the queries over them. Plain data access:
// no classification, matching or step rules here (those live in onward_steps). Every function
// takes the SQLite connection so callers run it inside Database::write when it writes.

#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace onward::store {

using Seconds = std::int64_t; // seconds since the Unix epoch, UTC

struct Application {
    std::int64_t id = 0;
    std::string company, company_key, role, role_key;
    std::string status = "applied"; // applied, interviewing, offer, rejected, ghosted, withdrawn, archived
    Seconds status_at = 0;
    std::string source = "manual"; // email, manual, import
    std::string sender_domain, lang;
    std::optional<Seconds> applied_at, rejected_at;
    Seconds last_activity_at = 0, created_at = 0, updated_at = 0;
    std::string url, notes;
};

struct Contact {
    std::int64_t id = 0;
    std::string name, email, profile_url, headline, company;
    Seconds created_at = 0;
    std::string relation; // on an application: "sender" or "linkedin"
};

struct EmailRecord {
    std::int64_t id = 0;
    std::string provider, message_id, thread_id;
    std::optional<std::int64_t> application_id;
    std::string sender, sender_domain, subject;
    Seconds sent_at = 0;
    std::string url, label;
    double confidence = 0;
    std::string lang, company, role, contact_name, contact_email;
    std::optional<std::string> ats, body;
    std::string result; // JSON text
    Seconds ingested_at = 0;
};

struct Event {
    std::int64_t id = 0;
    std::int64_t application_id = 0;
    Seconds at = 0;
    std::string kind;
    std::string detail = "{}"; // JSON text
};

struct StepState {
    std::string step;
    std::string state; // done, skipped, snoozed
    Seconds at = 0;
    std::optional<Seconds> until;
};

// Applications
std::int64_t insert_application(SQLite::Database& db, const Application& app); // ignores app.id unless non-zero
void update_application(SQLite::Database& db, const Application& app);
std::optional<Application> find_application(SQLite::Database& db, std::int64_t id);
// Applications at this company (by key) or this sender domain; either may be empty (then unused).
std::vector<Application> applications_at(SQLite::Database& db, const std::string& company_key,
                                         const std::string& sender_domain);
std::int64_t count_applications(SQLite::Database& db);

// A page of applications, most recent activity first. `ghosted_before`: rows still "applied" or
// "interviewing" whose last activity is older than this are reported (and filtered) as "ghosted".
struct ListQuery {
    std::vector<std::string> statuses; // empty: all
    std::string company_key;           // exact folded company; empty: all
    std::string search;                // substring of company or role (case-insensitive ASCII); empty: all
    Seconds ghosted_before = 0;
    std::int64_t offset = 0;
    std::int64_t limit = 100;
};
struct ListedApplication {
    Application app;
    std::string effective_status;
};
std::vector<ListedApplication> list_applications(SQLite::Database& db, const ListQuery& query);
std::int64_t count_listed_applications(SQLite::Database& db, const ListQuery& query);

// Contacts
// Inserts, or updates the row with the same email or profile URL (non-empty fields win). Returns the id.
std::int64_t upsert_contact(SQLite::Database& db, const Contact& contact);
void link_contact(SQLite::Database& db, std::int64_t application_id, std::int64_t contact_id,
                  const std::string& relation);
std::vector<Contact> contacts_of(SQLite::Database& db, std::int64_t application_id);

// Emails
std::optional<EmailRecord> find_email(SQLite::Database& db, const std::string& provider, const std::string& message_id);
std::int64_t insert_email(SQLite::Database& db, const EmailRecord& email);
void set_email_application(SQLite::Database& db, std::int64_t email_id, std::optional<std::int64_t> application_id,
                           const std::string& result);
std::optional<std::int64_t> application_of_thread(SQLite::Database& db, const std::string& provider,
                                                  const std::string& thread_id);
std::vector<EmailRecord> emails_of(SQLite::Database& db, std::int64_t application_id);
std::vector<EmailRecord> unassigned_emails(SQLite::Database& db);

// Events, oldest first; `limit` keeps the latest ones.
std::int64_t add_event(SQLite::Database& db, const Event& event);
std::vector<Event> events_of(SQLite::Database& db, std::int64_t application_id, std::int64_t limit = -1);
std::int64_t count_events(SQLite::Database& db, std::int64_t application_id);

// Step states
std::vector<StepState> step_states_of(SQLite::Database& db, std::int64_t application_id);
// The step states of several applications in one query, by application id (absent: none).
std::map<std::int64_t, std::vector<StepState>> step_states_of(SQLite::Database& db,
                                                              const std::vector<std::int64_t>& application_ids);
void set_step_state(SQLite::Database& db, std::int64_t application_id, const StepState& state);

// Every row of every table, settings included, then the file compacted so nothing lingers.
void delete_everything(SQLite::Database& db);
// After delete_everything has committed: rewrite the file and truncate the WAL.
void compact(SQLite::Database& db);

} // namespace onward::store
