#pragma once
// What happens to applications: an email arrives, the user creates or edits one by hand, marks a
// step, logs a LinkedIn connection. Each function runs in one write transaction of the store and
// returns the JSON the protocol answers with; a failure changes nothing.

#include "steps/rules.hpp"
#include "store/database.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace onward::steps {

using json = nlohmann::json;

struct IncomingEmail {
    std::string provider, message_id, thread_id, from, subject, body, url;
    TimePoint date;
};

// What the classifier said about the email (kept separate from onward_classify's types so the
// engine is testable without it).
struct Classification {
    std::string label;
    double confidence = 0;
    std::string company, role, contact_name, contact_email;
    std::optional<std::string> ats;
    std::string lang;
};

// Stores the email's derived fields (the body only when the user keeps bodies), creates or
// updates its application, and returns {label, confidence, lang, application, match, next_step}.
// Ingesting the same provider + message_id again changes nothing and returns the stored result.
json ingest_email(store::Database& db, const IncomingEmail& email, const Classification& classification,
                  TimePoint now);

// Settles an email whose match was uncertain (or unassigned): onto `application_id`, or onto a new
// application when nullopt. Returns the updated ingest result (also what a repeat ingest returns).
json assign_email(store::Database& db, const std::string& provider, const std::string& message_id,
                  std::optional<std::int64_t> application_id, TimePoint now);

// By hand. `fields`: company, role, status, applied_at, url, notes, lang (validated here).
json create_application(store::Database& db, const json& fields, TimePoint now);
json update_application(store::Database& db, std::int64_t id, const json& fields, TimePoint now);

enum class StepAction { complete, skip, snooze };
// Returns the updated application (application_json). `until` is required for snooze and must be later than now.
json act_on_step(store::Database& db, std::int64_t application_id, StepId step, StepAction action,
                 std::optional<TimePoint> until, TimePoint now);

struct LinkedInProfile {
    std::string url, name, headline, company;
};
// Stores the contact on the application (or the best match by company when no id is given) and
// completes its connect step. Returns {contact, application (or null), match}.
json log_linkedin(store::Database& db, const LinkedInProfile& profile, std::optional<std::int64_t> application_id,
                  TimePoint now);

// Drafts for an application. `tone`: warm (default), brief, formal. `lang`: by default the
// rejection's language when the user writes it (settings.languages), else their first language.
// {subject, body, lang, tone} and {text, lang, length}.
json draft_reply(SQLite::Database& sql, std::int64_t application_id, const std::optional<std::string>& tone,
                 const std::optional<std::string>& lang);
json draft_connection_note(SQLite::Database& sql, std::int64_t application_id, const std::optional<std::string>& lang);

// Views
json application_summary(const store::Application& app, const std::string& effective_status);
json step_json(const store::Application& app, const StepView& step);
// The application with its steps, events (the latest `events_limit`), contacts and emails.
json application_json(SQLite::Database& sql, const store::Application& app, const Settings& settings, TimePoint now,
                      std::int64_t events_limit = 200);

// {steps: [{application_id, company, role, step, title, reason, due, state}], total, now}: every
// step to take at `now`, soonest due first (ties by application id), at most `limit`. Read from the
// cached plans (steps/plans.hpp); when they are behind (a write that did not sync them, a settings
// change, the first call after the upgrade) they are brought up to date first, in a write.
json next_steps(store::Database& db, const Settings& settings, TimePoint now, std::int64_t limit);

} // namespace onward::steps
