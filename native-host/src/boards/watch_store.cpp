#include "boards/watch_store.hpp"

#include <SQLiteCpp/Statement.h>

namespace onward::boards {

namespace {

constexpr const char* watch_columns =
    "id, application_id, provider, token, region, filters, status, paused_reason, created_at, last_fetch_at, "
    "last_error_at, last_error, error_count, next_due";

std::optional<Seconds> optional_int(const SQLite::Column& c)
{
    if (c.isNull()) return std::nullopt;
    return c.getInt64();
}

void bind_optional(SQLite::Statement& st, int index, const std::optional<Seconds>& v)
{
    if (v)
        st.bind(index, static_cast<std::int64_t>(*v));
    else
        st.bind(index);
}

WatchRow read_watch(SQLite::Statement& st)
{
    WatchRow w;
    w.id = st.getColumn(0).getInt64();
    w.application_id = st.getColumn(1).getInt64();
    w.board.provider = provider_from_string(st.getColumn(2).getString()).value_or(Provider::greenhouse);
    w.board.token = st.getColumn(3).getString();
    w.board.region = st.getColumn(4).getString();
    w.filters = st.getColumn(5).getString();
    w.status = st.getColumn(6).getString();
    w.paused_reason = st.getColumn(7).getString();
    w.created_at = st.getColumn(8).getInt64();
    w.last_fetch_at = optional_int(st.getColumn(9));
    w.last_error_at = optional_int(st.getColumn(10));
    w.last_error = st.getColumn(11).getString();
    w.error_count = st.getColumn(12).getInt();
    w.next_due = st.getColumn(13).getInt64();
    return w;
}

void bind_watch_fields(SQLite::Statement& st, const WatchRow& w)
{
    st.bind(1, w.application_id);
    st.bind(2, std::string(to_string(w.board.provider)));
    st.bind(3, w.board.token);
    st.bind(4, w.board.region);
    st.bind(5, w.filters);
    st.bind(6, w.status);
    st.bind(7, w.paused_reason);
    st.bind(8, static_cast<std::int64_t>(w.created_at));
    bind_optional(st, 9, w.last_fetch_at);
    bind_optional(st, 10, w.last_error_at);
    st.bind(11, w.last_error);
    st.bind(12, w.error_count);
    st.bind(13, static_cast<std::int64_t>(w.next_due));
}

} // namespace

std::int64_t insert_watch(SQLite::Database& db, const WatchRow& w)
{
    SQLite::Statement st(db, "INSERT INTO watches (application_id, provider, token, region, filters, status, "
                             "paused_reason, created_at, last_fetch_at, last_error_at, last_error, error_count, next_due) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    bind_watch_fields(st, w);
    st.exec();
    return db.getLastInsertRowid();
}

void update_watch(SQLite::Database& db, const WatchRow& w)
{
    SQLite::Statement st(db, "UPDATE watches SET application_id = ?1, provider = ?2, token = ?3, region = ?4, "
                             "filters = ?5, status = ?6, paused_reason = ?7, created_at = ?8, last_fetch_at = ?9, "
                             "last_error_at = ?10, last_error = ?11, error_count = ?12, next_due = ?13 WHERE id = ?14");
    bind_watch_fields(st, w);
    st.bind(14, w.id);
    st.exec();
}

void delete_watch(SQLite::Database& db, std::int64_t id)
{
    SQLite::Statement st(db, "DELETE FROM watches WHERE id = ?");
    st.bind(1, id);
    st.exec();
}

std::optional<WatchRow> find_watch(SQLite::Database& db, std::int64_t id)
{
    SQLite::Statement st(db, std::string("SELECT ") + watch_columns + " FROM watches WHERE id = ?");
    st.bind(1, id);
    if (!st.executeStep()) return std::nullopt;
    return read_watch(st);
}

std::optional<WatchRow> find_watch_for(SQLite::Database& db, std::int64_t application_id, const Board& board)
{
    SQLite::Statement st(db, std::string("SELECT ") + watch_columns +
                                 " FROM watches WHERE application_id = ? AND provider = ? AND token = ? AND region = ?");
    st.bind(1, application_id);
    st.bind(2, std::string(to_string(board.provider)));
    st.bind(3, board.token);
    st.bind(4, board.region);
    if (!st.executeStep()) return std::nullopt;
    return read_watch(st);
}

std::vector<WatchRow> list_watch_rows(SQLite::Database& db, std::optional<std::int64_t> application_id)
{
    SQLite::Statement st(db, std::string("SELECT ") + watch_columns +
                                 " FROM watches WHERE ?1 IS NULL OR application_id = ?1 ORDER BY id");
    if (application_id)
        st.bind(1, *application_id);
    else
        st.bind(1);
    std::vector<WatchRow> out;
    while (st.executeStep()) out.push_back(read_watch(st));
    return out;
}

bool posting_seen(SQLite::Database& db, std::int64_t watch_id, const std::string& provider_id)
{
    SQLite::Statement st(db, "SELECT 1 FROM postings WHERE watch_id = ? AND provider_id = ?");
    st.bind(1, watch_id);
    st.bind(2, provider_id);
    return st.executeStep();
}

std::int64_t insert_posting(SQLite::Database& db, const PostingRow& p)
{
    SQLite::Statement st(db, "INSERT INTO postings (watch_id, provider_id, first_seen_at, published_at, title, location, "
                             "remote, url, fit, outcome, reason, company_key) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    st.bind(1, p.watch_id);
    st.bind(2, p.provider_id);
    st.bind(3, static_cast<std::int64_t>(p.first_seen_at));
    bind_optional(st, 4, p.published_at);
    st.bind(5, p.title);
    st.bind(6, p.location);
    st.bind(7, p.remote ? 1 : 0);
    st.bind(8, p.url);
    st.bind(9, p.fit);
    st.bind(10, p.outcome);
    st.bind(11, p.reason);
    st.bind(12, p.company_key);
    st.exec();
    return db.getLastInsertRowid();
}

std::int64_t count_alerts_since(SQLite::Database& db, const std::string& company_key, Seconds since)
{
    SQLite::Statement st(db, "SELECT count(*) FROM postings WHERE company_key = ? AND outcome = 'alerted' AND "
                             "first_seen_at >= ?");
    st.bind(1, company_key);
    st.bind(2, static_cast<std::int64_t>(since));
    st.executeStep();
    return st.getColumn(0).getInt64();
}

bool alerted_elsewhere(SQLite::Database& db, const Board& board, const std::string& provider_id, std::int64_t watch_id)
{
    SQLite::Statement st(db, "SELECT 1 FROM postings p JOIN watches w ON w.id = p.watch_id WHERE w.provider = ? AND "
                             "w.token = ? AND w.region = ? AND p.provider_id = ? AND p.outcome = 'alerted' AND "
                             "p.watch_id <> ?");
    st.bind(1, std::string(to_string(board.provider)));
    st.bind(2, board.token);
    st.bind(3, board.region);
    st.bind(4, provider_id);
    st.bind(5, watch_id);
    return st.executeStep();
}

std::vector<PostingRow> recent_alerts(SQLite::Database& db, std::int64_t watch_id, int limit)
{
    SQLite::Statement st(db, "SELECT id, watch_id, provider_id, first_seen_at, published_at, title, location, remote, "
                             "url, fit, outcome, reason, company_key FROM postings WHERE watch_id = ? AND "
                             "outcome = 'alerted' ORDER BY first_seen_at DESC, id DESC LIMIT ?");
    st.bind(1, watch_id);
    st.bind(2, limit);
    std::vector<PostingRow> out;
    while (st.executeStep()) {
        PostingRow p;
        p.id = st.getColumn(0).getInt64();
        p.watch_id = st.getColumn(1).getInt64();
        p.provider_id = st.getColumn(2).getString();
        p.first_seen_at = st.getColumn(3).getInt64();
        p.published_at = optional_int(st.getColumn(4));
        p.title = st.getColumn(5).getString();
        p.location = st.getColumn(6).getString();
        p.remote = st.getColumn(7).getInt() != 0;
        p.url = st.getColumn(8).getString();
        p.fit = st.getColumn(9).getDouble();
        p.outcome = st.getColumn(10).getString();
        p.reason = st.getColumn(11).getString();
        p.company_key = st.getColumn(12).getString();
        out.push_back(std::move(p));
    }
    return out;
}

std::int64_t count_postings(SQLite::Database& db, std::int64_t watch_id)
{
    SQLite::Statement st(db, "SELECT count(*) FROM postings WHERE watch_id = ?");
    st.bind(1, watch_id);
    st.executeStep();
    return st.getColumn(0).getInt64();
}

std::int64_t count_recent_applications(SQLite::Database& db, const std::string& company_key, Seconds since)
{
    if (company_key.empty()) return 0;
    SQLite::Statement st(db, "SELECT count(*) FROM applications WHERE company_key = ? AND "
                             "coalesce(applied_at, created_at) >= ?");
    st.bind(1, company_key);
    st.bind(2, static_cast<std::int64_t>(since));
    st.executeStep();
    return st.getColumn(0).getInt64();
}

} // namespace onward::boards
