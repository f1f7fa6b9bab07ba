#pragma once
// Company watches: what the watch commands do. Each function that writes runs in one write
// transaction of the store and returns the JSON the protocol answers with; a failure (a bad
// payload included) changes nothing. Time is passed in.

#include "boards/fit.hpp"
#include "boards/providers.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace onward::boards {

// How often a board is read, and how the wait grows after errors (docs/watches.md).
inline constexpr std::chrono::hours fetch_interval{24};
inline constexpr int max_backoff_days = 14;
// The window of the per-company cap, and of the "too many applications" warning.
inline constexpr int alert_window_days = 30;
inline constexpr int applications_window_days = 90;
inline constexpr int applications_warning_above = 2;

// The wait after the n-th error in a row (n >= 1): 2, 4, 8, 14, 14, ... days.
std::chrono::seconds backoff_after(int errors);

// The host permission the extension needs to fetch `board` ("https://api.lever.co/*").
std::string origin_pattern(const Board& board);

json add_watch(store::Database& db, std::int64_t application_id, const Board& board, const Filters& filters,
               TimePoint now);
json list_watches(SQLite::Database& sql, std::optional<std::int64_t> application_id, TimePoint now);
json remove_watch(store::Database& db, std::int64_t watch_id);
// status: "active" or "paused"; filters replaced when given.
json update_watch(store::Database& db, std::int64_t watch_id, const std::optional<std::string>& status,
                  const std::optional<Filters>& filters, TimePoint now);
// `http_status`: the HTTP status of the failed fetch, 0 when there was no answer (network, CORS).
// 404 and 410 pause the watch (the board is gone or misspelt); anything else backs off.
json report_error(store::Database& db, std::int64_t watch_id, int http_status, const std::string& message,
                  TimePoint now);
// `payload`: the board's JSON as returned (or its text, which is parsed here; a truncated text is
// invalid_args). Returns {watch, total, new, new_total, matches, suppressed, warning, woke}.
json ingest_postings(store::Database& db, std::int64_t watch_id, const json& payload, TimePoint now);
// {application_id, company, suggestions: [{provider, token, region, url, board_url, source, why}]}
json suggest_boards(SQLite::Database& sql, std::int64_t application_id);

} // namespace onward::boards
