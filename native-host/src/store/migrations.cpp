#include "store/migrations.hpp"

#include "core/error.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <array>
#include <string>

namespace onward::store {

namespace {

// Append only. Never edit a migration that has shipped: add a new one.
constexpr std::array all_migrations{
    Migration{1, "settings",
              R"sql(
CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL              -- JSON
) STRICT;
)sql"},
    Migration{2, "applications, contacts, emails, events and step states",
              R"sql(
-- Times are whole seconds since the Unix epoch (UTC). *_key columns hold folded text for matching.
CREATE TABLE applications (
    id               INTEGER PRIMARY KEY,
    company          TEXT NOT NULL DEFAULT '',
    company_key      TEXT NOT NULL DEFAULT '',
    role             TEXT NOT NULL DEFAULT '',
    role_key         TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL CHECK (status IN
                         ('applied', 'interviewing', 'offer', 'rejected', 'ghosted', 'withdrawn', 'archived')),
    status_at        INTEGER NOT NULL,          -- when the status last changed
    source           TEXT NOT NULL DEFAULT 'manual',
    sender_domain    TEXT NOT NULL DEFAULT '',
    lang             TEXT NOT NULL DEFAULT '',
    applied_at       INTEGER,
    rejected_at      INTEGER,
    last_activity_at INTEGER NOT NULL,          -- the latest email or event from the company
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    url              TEXT NOT NULL DEFAULT '',
    notes            TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX applications_by_company ON applications (company_key);
CREATE INDEX applications_by_domain ON applications (sender_domain) WHERE sender_domain <> '';
CREATE INDEX applications_by_status ON applications (status, last_activity_at);
CREATE INDEX applications_by_activity ON applications (last_activity_at DESC, id DESC);

CREATE TABLE contacts (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT '',
    profile_url TEXT NOT NULL DEFAULT '',
    headline    TEXT NOT NULL DEFAULT '',
    company     TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL
) STRICT;
CREATE UNIQUE INDEX contacts_by_email ON contacts (email) WHERE email <> '';
CREATE UNIQUE INDEX contacts_by_profile ON contacts (profile_url) WHERE profile_url <> '';

CREATE TABLE application_contacts (
    application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    contact_id     INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    relation       TEXT NOT NULL DEFAULT 'sender',  -- 'sender' (wrote an email) or 'linkedin' (connected)
    PRIMARY KEY (application_id, contact_id, relation)
) STRICT, WITHOUT ROWID;
CREATE INDEX application_contacts_by_contact ON application_contacts (contact_id);

-- Derived fields of every ingested email; the body only when the user keeps bodies.
CREATE TABLE emails (
    id             INTEGER PRIMARY KEY,
    provider       TEXT NOT NULL,
    message_id     TEXT NOT NULL,
    thread_id      TEXT NOT NULL DEFAULT '',
    application_id INTEGER REFERENCES applications (id) ON DELETE SET NULL,
    sender         TEXT NOT NULL DEFAULT '',
    sender_domain  TEXT NOT NULL DEFAULT '',
    subject        TEXT NOT NULL DEFAULT '',
    sent_at        INTEGER NOT NULL,
    url            TEXT NOT NULL DEFAULT '',
    label          TEXT NOT NULL,
    confidence     REAL NOT NULL,
    lang           TEXT NOT NULL DEFAULT '',
    company        TEXT NOT NULL DEFAULT '',
    role           TEXT NOT NULL DEFAULT '',
    contact_name   TEXT NOT NULL DEFAULT '',
    contact_email  TEXT NOT NULL DEFAULT '',
    ats            TEXT,
    body           TEXT,
    result         TEXT NOT NULL,               -- JSON: the reply to the first ingest, returned again on a repeat
    ingested_at    INTEGER NOT NULL,
    UNIQUE (provider, message_id)
) STRICT;
CREATE INDEX emails_by_thread ON emails (provider, thread_id) WHERE thread_id <> '';
CREATE INDEX emails_by_application ON emails (application_id, sent_at);

CREATE TABLE events (
    id             INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    at             INTEGER NOT NULL,
    kind           TEXT NOT NULL,               -- created, email, status, step, linkedin, note, updated
    detail         TEXT NOT NULL DEFAULT '{}'   -- JSON
) STRICT;
CREATE INDEX events_by_application ON events (application_id, at, id);

-- What the user did with a step; a step without a row is open.
CREATE TABLE step_states (
    application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    step           TEXT NOT NULL,
    state          TEXT NOT NULL CHECK (state IN ('done', 'skipped', 'snoozed')),
    at             INTEGER NOT NULL,            -- when the user said so
    until          INTEGER,                     -- snoozed until
    PRIMARY KEY (application_id, step)
) STRICT, WITHOUT ROWID;
)sql"},
    Migration{3, "plans: the step next_steps lists per application, and from when",
              R"sql(
-- A cache derived from applications, step_states and the settings by the rules (steps/plans.hpp);
-- next_steps reads the rows visible at its `now`. Built by the first next_steps or write after
-- this migration (plans_basis is empty until then).
CREATE TABLE plans (
    application_id INTEGER PRIMARY KEY REFERENCES applications (id) ON DELETE CASCADE,
    step           TEXT NOT NULL,
    track          TEXT NOT NULL,           -- rejected, ghosted
    due            INTEGER NOT NULL,
    visible_at     INTEGER NOT NULL         -- listed at any now >= visible_at
) STRICT;
CREATE INDEX plans_by_due ON plans (due, application_id, visible_at);
CREATE INDEX plans_by_visible ON plans (visible_at);

-- Applications whose plan may be stale, marked by the triggers below in the writing transaction.
CREATE TABLE plans_dirty (
    application_id INTEGER PRIMARY KEY
) STRICT;

-- The rules version and settings the plans were computed with.
CREATE TABLE plans_basis (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    basis TEXT NOT NULL
) STRICT;

-- (NOT EXISTS rather than INSERT OR IGNORE: the conflict policy of the statement that fires a
-- trigger overrides the trigger's own.)
CREATE TRIGGER plans_on_application_insert AFTER INSERT ON applications
BEGIN INSERT INTO plans_dirty (application_id) SELECT new.id WHERE NOT EXISTS (SELECT 1 FROM plans_dirty WHERE application_id = new.id); END;
CREATE TRIGGER plans_on_application_update AFTER UPDATE OF id, status, status_at, rejected_at, last_activity_at
ON applications
BEGIN
    INSERT INTO plans_dirty (application_id) SELECT new.id WHERE NOT EXISTS (SELECT 1 FROM plans_dirty WHERE application_id = new.id);
    INSERT INTO plans_dirty (application_id) SELECT old.id WHERE NOT EXISTS (SELECT 1 FROM plans_dirty WHERE application_id = old.id);
END;
CREATE TRIGGER plans_on_step_insert AFTER INSERT ON step_states
BEGIN INSERT INTO plans_dirty (application_id) SELECT new.application_id WHERE NOT EXISTS (SELECT 1 FROM plans_dirty WHERE application_id = new.application_id); END;
CREATE TRIGGER plans_on_step_update AFTER UPDATE ON step_states
BEGIN
    INSERT INTO plans_dirty (application_id) SELECT new.application_id WHERE NOT EXISTS (SELECT 1 FROM plans_dirty WHERE application_id = new.application_id);
    INSERT INTO plans_dirty (application_id) SELECT old.application_id WHERE NOT EXISTS (SELECT 1 FROM plans_dirty WHERE application_id = old.application_id);
END;
CREATE TRIGGER plans_on_step_delete AFTER DELETE ON step_states
BEGIN INSERT INTO plans_dirty (application_id) SELECT old.application_id WHERE NOT EXISTS (SELECT 1 FROM plans_dirty WHERE application_id = old.application_id); END;
)sql"},
    Migration{4, "watches on public job boards, and the postings seen on them",
              R"sql(
-- A company's public job board watched for one application (issue 7). The extension fetches
-- next_due boards; the host parses, remembers and judges what they list.
CREATE TABLE watches (
    id             INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    provider       TEXT NOT NULL CHECK (provider IN ('greenhouse', 'lever', 'ashby', 'workable', 'smartrecruiters')),
    token          TEXT NOT NULL,               -- the company's board name on the provider
    region         TEXT NOT NULL DEFAULT '',    -- '' or 'eu' (Lever's EU host)
    filters        TEXT NOT NULL DEFAULT '{}',  -- JSON: locations, remote, max_age_days
    status         TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused')),
    paused_reason  TEXT NOT NULL DEFAULT '',
    created_at     INTEGER NOT NULL,
    last_fetch_at  INTEGER,                     -- the last payload ingested
    last_error_at  INTEGER,
    last_error     TEXT NOT NULL DEFAULT '',
    error_count    INTEGER NOT NULL DEFAULT 0,  -- errors since the last good fetch (the backoff)
    next_due       INTEGER NOT NULL,
    UNIQUE (application_id, provider, token, region)
) STRICT;
CREATE INDEX watches_by_due ON watches (status, next_due);

-- Every posting a watch has seen, by the provider's id, and what Onward made of it.
CREATE TABLE postings (
    id            INTEGER PRIMARY KEY,
    watch_id      INTEGER NOT NULL REFERENCES watches (id) ON DELETE CASCADE,
    provider_id   TEXT NOT NULL,
    first_seen_at INTEGER NOT NULL,
    published_at  INTEGER,
    title         TEXT NOT NULL,
    location      TEXT NOT NULL DEFAULT '',
    remote        INTEGER NOT NULL DEFAULT 0,
    url           TEXT NOT NULL DEFAULT '',
    fit           REAL NOT NULL DEFAULT 0,
    outcome       TEXT NOT NULL CHECK (outcome IN ('seen', 'alerted', 'suppressed')),
    reason        TEXT NOT NULL DEFAULT '',
    company_key   TEXT NOT NULL DEFAULT '',     -- what the per-company cap counts by
    UNIQUE (watch_id, provider_id)
) STRICT;
CREATE INDEX postings_alerts_by_company ON postings (company_key, outcome, first_seen_at);
)sql"},
};

} // namespace

std::span<const Migration> migrations()
{
    return all_migrations;
}

int latest_schema_version()
{
    return all_migrations.back().version;
}

void migrate(SQLite::Database& db, int target)
{
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    // Read the version inside the write lock: another host may have migrated meanwhile.
    const int current = db.execAndGet("PRAGMA user_version").getInt();
    if (current >= target) return; // the destructor rolls back the empty transaction
    for (const auto& migration : all_migrations) {
        if (migration.version <= current || migration.version > target) continue;
        db.exec(std::string(migration.sql));
        db.exec("PRAGMA user_version = " + std::to_string(migration.version));
    }
    transaction.commit();
}

} // namespace onward::store
