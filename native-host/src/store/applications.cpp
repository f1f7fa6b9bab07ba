#include "store/applications.hpp"

#include "store/application_rows.hpp"

#include <SQLiteCpp/Statement.h>


namespace onward::store {

namespace detail {

std::string application_columns_of(std::string_view alias)
{
    std::string out;
    for (std::string_view cols = application_columns;;) {
        const auto comma = cols.find(", ");
        out += std::string(alias) + "." + std::string(cols.substr(0, comma));
        if (comma == std::string_view::npos) break;
        out += ", ";
        cols.remove_prefix(comma + 2);
    }
    return out;
}

} // namespace detail

namespace {

using detail::application_columns;

void bind_optional(SQLite::Statement& st, int index, const std::optional<Seconds>& value)
{
    if (value)
        st.bind(index, static_cast<std::int64_t>(*value));
    else
        st.bind(index);
}

void bind_optional(SQLite::Statement& st, int index, const std::optional<std::string>& value)
{
    if (value)
        st.bind(index, *value);
    else
        st.bind(index);
}

std::optional<Seconds> optional_int(const SQLite::Column& column)
{
    if (column.isNull()) return std::nullopt;
    return column.getInt64();
}

std::optional<std::string> optional_text(const SQLite::Column& column)
{
    if (column.isNull()) return std::nullopt;
    return column.getString();
}

} // namespace

Application detail::read_application(SQLite::Statement& st, int first)
{
    Application a;
    a.id = st.getColumn(first + 0).getInt64();
    a.company = st.getColumn(first + 1).getString();
    a.company_key = st.getColumn(first + 2).getString();
    a.role = st.getColumn(first + 3).getString();
    a.role_key = st.getColumn(first + 4).getString();
    a.status = st.getColumn(first + 5).getString();
    a.status_at = st.getColumn(first + 6).getInt64();
    a.source = st.getColumn(first + 7).getString();
    a.sender_domain = st.getColumn(first + 8).getString();
    a.lang = st.getColumn(first + 9).getString();
    a.applied_at = optional_int(st.getColumn(first + 10));
    a.rejected_at = optional_int(st.getColumn(first + 11));
    a.last_activity_at = st.getColumn(first + 12).getInt64();
    a.created_at = st.getColumn(first + 13).getInt64();
    a.updated_at = st.getColumn(first + 14).getInt64();
    a.url = st.getColumn(first + 15).getString();
    a.notes = st.getColumn(first + 16).getString();
    return a;
}

namespace {

using detail::read_application;

void bind_application_fields(SQLite::Statement& st, const Application& a)
{
    st.bind(1, a.company);
    st.bind(2, a.company_key);
    st.bind(3, a.role);
    st.bind(4, a.role_key);
    st.bind(5, a.status);
    st.bind(6, static_cast<std::int64_t>(a.status_at));
    st.bind(7, a.source);
    st.bind(8, a.sender_domain);
    st.bind(9, a.lang);
    bind_optional(st, 10, a.applied_at);
    bind_optional(st, 11, a.rejected_at);
    st.bind(12, static_cast<std::int64_t>(a.last_activity_at));
    st.bind(13, static_cast<std::int64_t>(a.created_at));
    st.bind(14, static_cast<std::int64_t>(a.updated_at));
    st.bind(15, a.url);
    st.bind(16, a.notes);
}

EmailRecord read_email(SQLite::Statement& st)
{
    EmailRecord e;
    e.id = st.getColumn(0).getInt64();
    e.provider = st.getColumn(1).getString();
    e.message_id = st.getColumn(2).getString();
    e.thread_id = st.getColumn(3).getString();
    e.application_id = optional_int(st.getColumn(4));
    e.sender = st.getColumn(5).getString();
    e.sender_domain = st.getColumn(6).getString();
    e.subject = st.getColumn(7).getString();
    e.sent_at = st.getColumn(8).getInt64();
    e.url = st.getColumn(9).getString();
    e.label = st.getColumn(10).getString();
    e.confidence = st.getColumn(11).getDouble();
    e.lang = st.getColumn(12).getString();
    e.company = st.getColumn(13).getString();
    e.role = st.getColumn(14).getString();
    e.contact_name = st.getColumn(15).getString();
    e.contact_email = st.getColumn(16).getString();
    e.ats = optional_text(st.getColumn(17));
    e.body = optional_text(st.getColumn(18));
    e.result = st.getColumn(19).getString();
    e.ingested_at = st.getColumn(20).getInt64();
    return e;
}

constexpr const char* email_columns =
    "id, provider, message_id, thread_id, application_id, sender, sender_domain, subject, sent_at, url, label, "
    "confidence, lang, company, role, contact_name, contact_email, ats, body, result, ingested_at";

// The WHERE clause of list_applications and its bindings, shared with the count.
struct ListFilter {
    std::string where;
    std::vector<std::string> texts; // bound in order after ?1 (ghosted_before)
};

// Effective status: a stored applied/interviewing whose last activity is older than ?1 reads "ghosted".
constexpr const char* effective_status_sql =
    "CASE WHEN status IN ('applied', 'interviewing') AND last_activity_at < ?1 THEN 'ghosted' ELSE status END";

ListFilter list_filter(const ListQuery& q)
{
    ListFilter f;
    std::vector<std::string> clauses;
    if (!q.statuses.empty()) {
        // The effective status spelled out per status, so the (status, last_activity_at) index
        // answers it (the CASE expression would read every row).
        std::string any;
        for (const auto& s : q.statuses) {
            std::string clause;
            if (s == "ghosted")
                clause = "status = 'ghosted' OR (status IN ('applied', 'interviewing') AND last_activity_at < ?1)";
            else {
                f.texts.push_back(s);
                clause = "status = ?" + std::to_string(f.texts.size() + 1);
                if (s == "applied" || s == "interviewing") clause = "(" + clause + " AND last_activity_at >= ?1)";
            }
            any += (any.empty() ? "" : " OR ") + clause;
        }
        clauses.push_back("(" + any + ")");
    }
    if (!q.company_key.empty()) {
        f.texts.push_back(q.company_key);
        clauses.push_back("company_key = ?" + std::to_string(f.texts.size() + 1));
    }
    if (!q.search.empty()) {
        f.texts.push_back("%" + q.search + "%");
        const auto n = std::to_string(f.texts.size() + 1);
        clauses.push_back("(company LIKE ?" + n + " OR role LIKE ?" + n + ")");
    }
    for (const auto& c : clauses) f.where += (f.where.empty() ? " WHERE " : " AND ") + c;
    return f;
}

void bind_filter(SQLite::Statement& st, const ListQuery& q, const ListFilter& f)
{
    // ?1 exists whenever the statement names any parameter (they are numbered up from 1).
    if (f.texts.empty() && st.getQuery().find("?1") == std::string::npos) return;
    st.bind(1, static_cast<std::int64_t>(q.ghosted_before));
    for (std::size_t i = 0; i < f.texts.size(); ++i) st.bind(static_cast<int>(i + 2), f.texts[i]);
}

} // namespace

std::int64_t insert_application(SQLite::Database& db, const Application& app)
{
    SQLite::Statement st(db, "INSERT INTO applications (company, company_key, role, role_key, status, status_at, source, "
                             "sender_domain, lang, applied_at, rejected_at, last_activity_at, created_at, updated_at, "
                             "url, notes, id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
                             "?15, ?16, ?17)");
    bind_application_fields(st, app);
    if (app.id != 0)
        st.bind(17, app.id);
    else
        st.bind(17);
    st.exec();
    return db.getLastInsertRowid();
}

void update_application(SQLite::Database& db, const Application& app)
{
    SQLite::Statement st(db, "UPDATE applications SET company = ?1, company_key = ?2, role = ?3, role_key = ?4, "
                             "status = ?5, status_at = ?6, source = ?7, sender_domain = ?8, lang = ?9, "
                             "applied_at = ?10, rejected_at = ?11, last_activity_at = ?12, created_at = ?13, "
                             "updated_at = ?14, url = ?15, notes = ?16 WHERE id = ?17");
    bind_application_fields(st, app);
    st.bind(17, app.id);
    st.exec();
}

std::optional<Application> find_application(SQLite::Database& db, std::int64_t id)
{
    SQLite::Statement st(db, std::string("SELECT ") + application_columns + " FROM applications WHERE id = ?1");
    st.bind(1, id);
    if (!st.executeStep()) return std::nullopt;
    return read_application(st);
}

std::vector<Application> applications_at(SQLite::Database& db, const std::string& company_key,
                                         const std::string& sender_domain)
{
    SQLite::Statement st(db, std::string("SELECT ") + application_columns +
                                 " FROM applications WHERE (?1 <> '' AND company_key = ?1) "
                                 "OR (?2 <> '' AND sender_domain = ?2) ORDER BY id");
    st.bind(1, company_key);
    st.bind(2, sender_domain);
    std::vector<Application> out;
    while (st.executeStep()) out.push_back(read_application(st));
    return out;
}

std::int64_t count_applications(SQLite::Database& db)
{
    return db.execAndGet("SELECT count(*) FROM applications").getInt64();
}

std::vector<ListedApplication> list_applications(SQLite::Database& db, const ListQuery& query)
{
    const auto filter = list_filter(query);
    // The page's ids first, from the covering (status, last_activity_at) or activity index, then
    // only those rows in full: sorting thousands of wide rows for a page of 50 is what costs.
    SQLite::Statement st(db, std::string("SELECT ") + application_columns + ", " + effective_status_sql +
                                 " FROM applications WHERE id IN (SELECT id FROM applications" + filter.where +
                                 " ORDER BY last_activity_at DESC, id DESC LIMIT " + std::to_string(query.limit) +
                                 " OFFSET " + std::to_string(query.offset) +
                                 ") ORDER BY last_activity_at DESC, id DESC");
    bind_filter(st, query, filter);
    std::vector<ListedApplication> out;
    while (st.executeStep()) {
        ListedApplication row{read_application(st), st.getColumn(17).getString()};
        out.push_back(std::move(row));
    }
    return out;
}

std::int64_t count_listed_applications(SQLite::Database& db, const ListQuery& query)
{
    const auto filter = list_filter(query);
    SQLite::Statement st(db, "SELECT count(*) FROM applications" + filter.where);
    bind_filter(st, query, filter);
    st.executeStep();
    return st.getColumn(0).getInt64();
}

std::int64_t upsert_contact(SQLite::Database& db, const Contact& c)
{
    std::optional<std::int64_t> existing;
    if (!c.profile_url.empty()) {
        SQLite::Statement st(db, "SELECT id FROM contacts WHERE profile_url = ?1");
        st.bind(1, c.profile_url);
        if (st.executeStep()) existing = st.getColumn(0).getInt64();
    }
    if (!existing && !c.email.empty()) {
        SQLite::Statement st(db, "SELECT id FROM contacts WHERE email = ?1");
        st.bind(1, c.email);
        if (st.executeStep()) existing = st.getColumn(0).getInt64();
    }
    if (existing) {
        SQLite::Statement st(db, "UPDATE contacts SET name = CASE WHEN ?1 <> '' THEN ?1 ELSE name END, "
                                 "email = CASE WHEN ?2 <> '' AND email = '' THEN ?2 ELSE email END, "
                                 "profile_url = CASE WHEN ?3 <> '' AND profile_url = '' THEN ?3 ELSE profile_url END, "
                                 "headline = CASE WHEN ?4 <> '' THEN ?4 ELSE headline END, "
                                 "company = CASE WHEN ?5 <> '' THEN ?5 ELSE company END WHERE id = ?6");
        st.bind(1, c.name);
        st.bind(2, c.email);
        st.bind(3, c.profile_url);
        st.bind(4, c.headline);
        st.bind(5, c.company);
        st.bind(6, *existing);
        st.exec();
        return *existing;
    }
    SQLite::Statement st(db, "INSERT INTO contacts (name, email, profile_url, headline, company, created_at) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    st.bind(1, c.name);
    st.bind(2, c.email);
    st.bind(3, c.profile_url);
    st.bind(4, c.headline);
    st.bind(5, c.company);
    st.bind(6, static_cast<std::int64_t>(c.created_at));
    st.exec();
    return db.getLastInsertRowid();
}

void link_contact(SQLite::Database& db, std::int64_t application_id, std::int64_t contact_id, const std::string& relation)
{
    SQLite::Statement st(db, "INSERT OR IGNORE INTO application_contacts (application_id, contact_id, relation) "
                             "VALUES (?1, ?2, ?3)");
    st.bind(1, application_id);
    st.bind(2, contact_id);
    st.bind(3, relation);
    st.exec();
}

std::vector<Contact> contacts_of(SQLite::Database& db, std::int64_t application_id)
{
    SQLite::Statement st(db, "SELECT c.id, c.name, c.email, c.profile_url, c.headline, c.company, c.created_at, "
                             "l.relation FROM application_contacts l JOIN contacts c ON c.id = l.contact_id "
                             "WHERE l.application_id = ?1 ORDER BY c.id, l.relation");
    st.bind(1, application_id);
    std::vector<Contact> out;
    while (st.executeStep())
        out.push_back({st.getColumn(0).getInt64(), st.getColumn(1).getString(), st.getColumn(2).getString(),
                       st.getColumn(3).getString(), st.getColumn(4).getString(), st.getColumn(5).getString(),
                       st.getColumn(6).getInt64(), st.getColumn(7).getString()});
    return out;
}

std::optional<EmailRecord> find_email(SQLite::Database& db, const std::string& provider, const std::string& message_id)
{
    SQLite::Statement st(db, std::string("SELECT ") + email_columns +
                                 " FROM emails WHERE provider = ?1 AND message_id = ?2");
    st.bind(1, provider);
    st.bind(2, message_id);
    if (!st.executeStep()) return std::nullopt;
    return read_email(st);
}

std::int64_t insert_email(SQLite::Database& db, const EmailRecord& e)
{
    SQLite::Statement st(db, "INSERT INTO emails (provider, message_id, thread_id, application_id, sender, "
                             "sender_domain, subject, sent_at, url, label, confidence, lang, company, role, "
                             "contact_name, contact_email, ats, body, result, ingested_at) VALUES (?1, ?2, ?3, ?4, ?5, "
                             "?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)");
    st.bind(1, e.provider);
    st.bind(2, e.message_id);
    st.bind(3, e.thread_id);
    bind_optional(st, 4, e.application_id);
    st.bind(5, e.sender);
    st.bind(6, e.sender_domain);
    st.bind(7, e.subject);
    st.bind(8, static_cast<std::int64_t>(e.sent_at));
    st.bind(9, e.url);
    st.bind(10, e.label);
    st.bind(11, e.confidence);
    st.bind(12, e.lang);
    st.bind(13, e.company);
    st.bind(14, e.role);
    st.bind(15, e.contact_name);
    st.bind(16, e.contact_email);
    bind_optional(st, 17, e.ats);
    bind_optional(st, 18, e.body);
    st.bind(19, e.result);
    st.bind(20, static_cast<std::int64_t>(e.ingested_at));
    st.exec();
    return db.getLastInsertRowid();
}

void set_email_application(SQLite::Database& db, std::int64_t email_id, std::optional<std::int64_t> application_id,
                           const std::string& result)
{
    SQLite::Statement st(db, "UPDATE emails SET application_id = ?1, result = ?2 WHERE id = ?3");
    bind_optional(st, 1, application_id);
    st.bind(2, result);
    st.bind(3, email_id);
    st.exec();
}

std::optional<std::int64_t> application_of_thread(SQLite::Database& db, const std::string& provider,
                                                  const std::string& thread_id)
{
    if (thread_id.empty()) return std::nullopt;
    SQLite::Statement st(db, "SELECT application_id FROM emails WHERE provider = ?1 AND thread_id = ?2 "
                             "AND application_id IS NOT NULL ORDER BY sent_at DESC, id DESC LIMIT 1");
    st.bind(1, provider);
    st.bind(2, thread_id);
    if (!st.executeStep()) return std::nullopt;
    return st.getColumn(0).getInt64();
}

std::vector<EmailRecord> emails_of(SQLite::Database& db, std::int64_t application_id)
{
    SQLite::Statement st(db, std::string("SELECT ") + email_columns +
                                 " FROM emails WHERE application_id = ?1 ORDER BY sent_at, id");
    st.bind(1, application_id);
    std::vector<EmailRecord> out;
    while (st.executeStep()) out.push_back(read_email(st));
    return out;
}

std::vector<EmailRecord> unassigned_emails(SQLite::Database& db)
{
    SQLite::Statement st(db, std::string("SELECT ") + email_columns +
                                 " FROM emails WHERE application_id IS NULL ORDER BY sent_at, id");
    std::vector<EmailRecord> out;
    while (st.executeStep()) out.push_back(read_email(st));
    return out;
}

std::int64_t add_event(SQLite::Database& db, const Event& event)
{
    SQLite::Statement st(db, "INSERT INTO events (application_id, at, kind, detail) VALUES (?1, ?2, ?3, ?4)");
    st.bind(1, event.application_id);
    st.bind(2, static_cast<std::int64_t>(event.at));
    st.bind(3, event.kind);
    st.bind(4, event.detail);
    st.exec();
    return db.getLastInsertRowid();
}

std::vector<Event> events_of(SQLite::Database& db, std::int64_t application_id, std::int64_t limit)
{
    // The latest `limit` events, returned oldest first.
    SQLite::Statement st(db, "SELECT id, application_id, at, kind, detail FROM (SELECT * FROM events WHERE "
                             "application_id = ?1 ORDER BY at DESC, id DESC LIMIT ?2) ORDER BY at, id");
    st.bind(1, application_id);
    st.bind(2, limit);
    std::vector<Event> out;
    while (st.executeStep())
        out.push_back({st.getColumn(0).getInt64(), st.getColumn(1).getInt64(), st.getColumn(2).getInt64(),
                       st.getColumn(3).getString(), st.getColumn(4).getString()});
    return out;
}

std::int64_t count_events(SQLite::Database& db, std::int64_t application_id)
{
    SQLite::Statement st(db, "SELECT count(*) FROM events WHERE application_id = ?1");
    st.bind(1, application_id);
    st.executeStep();
    return st.getColumn(0).getInt64();
}

std::vector<StepState> step_states_of(SQLite::Database& db, std::int64_t application_id)
{
    SQLite::Statement st(db, "SELECT step, state, at, until FROM step_states WHERE application_id = ?1");
    st.bind(1, application_id);
    std::vector<StepState> out;
    while (st.executeStep())
        out.push_back({st.getColumn(0).getString(), st.getColumn(1).getString(), st.getColumn(2).getInt64(),
                       optional_int(st.getColumn(3))});
    return out;
}

std::map<std::int64_t, std::vector<StepState>> step_states_of(SQLite::Database& db,
                                                              const std::vector<std::int64_t>& application_ids)
{
    std::map<std::int64_t, std::vector<StepState>> out;
    if (application_ids.empty()) return out;
    std::string in;
    for (const auto id : application_ids) in += (in.empty() ? "" : ",") + std::to_string(id); // integers only
    SQLite::Statement st(db, "SELECT application_id, step, state, at, until FROM step_states WHERE application_id IN (" +
                                 in + ")");
    while (st.executeStep())
        out[st.getColumn(0).getInt64()].push_back({st.getColumn(1).getString(), st.getColumn(2).getString(),
                                                   st.getColumn(3).getInt64(), optional_int(st.getColumn(4))});
    return out;
}

void set_step_state(SQLite::Database& db, std::int64_t application_id, const StepState& s)
{
    SQLite::Statement st(db, "INSERT INTO step_states (application_id, step, state, at, until) VALUES (?1, ?2, ?3, ?4, ?5) "
                             "ON CONFLICT (application_id, step) DO UPDATE SET state = excluded.state, "
                             "at = excluded.at, until = excluded.until");
    st.bind(1, application_id);
    st.bind(2, s.step);
    st.bind(3, s.state);
    st.bind(4, static_cast<std::int64_t>(s.at));
    bind_optional(st, 5, s.until);
    st.exec();
}

void delete_everything(SQLite::Database& db)
{
    // Every table, present and future (later migrations add more). Foreign keys are checked at
    // COMMIT (deferred), when every table is empty, so the order of the DELETEs does not matter.
    std::vector<std::string> tables;
    SQLite::Statement names(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    while (names.executeStep()) tables.push_back(names.getColumn(0).getString());
    db.exec("PRAGMA defer_foreign_keys = ON");
    for (const auto& table : tables) db.exec("DELETE FROM \"" + table + "\"");
}

void compact(SQLite::Database& db)
{
    db.exec("VACUUM");
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

} // namespace onward::store
