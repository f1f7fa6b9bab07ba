#pragma once
// Rows of the watch tables (watches, postings) and the queries over them. Plain data access:
// every function takes the connection, so callers run writes inside Database::write.

#include "boards/providers.hpp"
#include "store/applications.hpp"

#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace onward::boards {

using store::Seconds;

struct WatchRow {
    std::int64_t id = 0;
    std::int64_t application_id = 0;
    Board board;
    std::string filters = "{}";    // JSON
    std::string status = "active"; // active, paused
    std::string paused_reason;
    Seconds created_at = 0;
    std::optional<Seconds> last_fetch_at; // the last payload ingested
    std::optional<Seconds> last_error_at;
    std::string last_error;
    int error_count = 0; // errors since the last good fetch
    Seconds next_due = 0;
};

struct PostingRow {
    std::int64_t id = 0;
    std::int64_t watch_id = 0;
    std::string provider_id;
    Seconds first_seen_at = 0;
    std::optional<Seconds> published_at;
    std::string title, location, url;
    bool remote = false;
    double fit = 0;
    std::string outcome = "seen"; // seen (not a fit), alerted, suppressed
    std::string reason;
    std::string company_key; // for the per-company cap
};

std::int64_t insert_watch(SQLite::Database& db, const WatchRow& watch);
void update_watch(SQLite::Database& db, const WatchRow& watch);
void delete_watch(SQLite::Database& db, std::int64_t id);
std::optional<WatchRow> find_watch(SQLite::Database& db, std::int64_t id);
std::optional<WatchRow> find_watch_for(SQLite::Database& db, std::int64_t application_id, const Board& board);
// Every watch (or one application's), by id.
std::vector<WatchRow> list_watch_rows(SQLite::Database& db, std::optional<std::int64_t> application_id);

bool posting_seen(SQLite::Database& db, std::int64_t watch_id, const std::string& provider_id);
std::int64_t insert_posting(SQLite::Database& db, const PostingRow& posting);
// Alerts about this company since `since` (any watch).
std::int64_t count_alerts_since(SQLite::Database& db, const std::string& company_key, Seconds since);
// Was this posting of this board already alerted through another watch (another application)?
bool alerted_elsewhere(SQLite::Database& db, const Board& board, const std::string& provider_id, std::int64_t watch_id);
// The latest alerts of a watch, newest first.
std::vector<PostingRow> recent_alerts(SQLite::Database& db, std::int64_t watch_id, int limit);
std::int64_t count_postings(SQLite::Database& db, std::int64_t watch_id);

// Applications at this company (folded key) applied for (or created) since `since`.
std::int64_t count_recent_applications(SQLite::Database& db, const std::string& company_key, Seconds since);

} // namespace onward::boards
