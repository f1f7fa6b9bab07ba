#include "store/plans.hpp"

#include "store/application_rows.hpp"

#include <SQLiteCpp/Statement.h>

namespace onward::store {

namespace {

std::optional<Seconds> optional_int(const SQLite::Column& column)
{
    if (column.isNull()) return std::nullopt;
    return column.getInt64();
}

} // namespace

void upsert_plan(SQLite::Database& db, const PlanRow& row)
{
    SQLite::Statement st(db, "INSERT INTO plans (application_id, step, track, due, visible_at) VALUES (?1, ?2, ?3, ?4, ?5) "
                             "ON CONFLICT (application_id) DO UPDATE SET step = excluded.step, track = excluded.track, "
                             "due = excluded.due, visible_at = excluded.visible_at");
    st.bind(1, row.application_id);
    st.bind(2, row.step);
    st.bind(3, row.track);
    st.bind(4, static_cast<std::int64_t>(row.due));
    st.bind(5, static_cast<std::int64_t>(row.visible_at));
    st.exec();
}

void delete_plan(SQLite::Database& db, std::int64_t application_id)
{
    SQLite::Statement st(db, "DELETE FROM plans WHERE application_id = ?1");
    st.bind(1, application_id);
    st.exec();
}

void replace_all_plans(SQLite::Database& db, const std::vector<PlanRow>& rows)
{
    db.exec("DELETE FROM plans");
    SQLite::Statement st(db, "INSERT INTO plans (application_id, step, track, due, visible_at) VALUES (?1, ?2, ?3, ?4, ?5)");
    for (const auto& row : rows) {
        st.bind(1, row.application_id);
        st.bind(2, row.step);
        st.bind(3, row.track);
        st.bind(4, static_cast<std::int64_t>(row.due));
        st.bind(5, static_cast<std::int64_t>(row.visible_at));
        st.exec();
        st.reset();
    }
}

std::vector<PlanRow> all_plans(SQLite::Database& db)
{
    SQLite::Statement st(db, "SELECT application_id, step, track, due, visible_at FROM plans ORDER BY application_id");
    std::vector<PlanRow> out;
    while (st.executeStep())
        out.push_back({st.getColumn(0).getInt64(), st.getColumn(1).getString(), st.getColumn(2).getString(),
                       st.getColumn(3).getInt64(), st.getColumn(4).getInt64()});
    return out;
}

std::vector<std::int64_t> dirty_plans(SQLite::Database& db)
{
    SQLite::Statement st(db, "SELECT application_id FROM plans_dirty ORDER BY application_id");
    std::vector<std::int64_t> out;
    while (st.executeStep()) out.push_back(st.getColumn(0).getInt64());
    return out;
}

bool any_dirty_plan(SQLite::Database& db)
{
    return db.execAndGet("SELECT EXISTS (SELECT 1 FROM plans_dirty)").getInt() != 0;
}

void clear_dirty_plans(SQLite::Database& db)
{
    db.exec("DELETE FROM plans_dirty");
}

std::optional<std::string> plans_basis(SQLite::Database& db)
{
    SQLite::Statement st(db, "SELECT basis FROM plans_basis WHERE id = 1");
    if (!st.executeStep()) return std::nullopt;
    return st.getColumn(0).getString();
}

void set_plans_basis(SQLite::Database& db, const std::string& basis)
{
    SQLite::Statement st(db, "INSERT INTO plans_basis (id, basis) VALUES (1, ?1) "
                             "ON CONFLICT (id) DO UPDATE SET basis = excluded.basis");
    st.bind(1, basis);
    st.exec();
}

std::vector<DuePlan> due_plans(SQLite::Database& db, Seconds now, std::int64_t limit)
{
    // Walk plans_by_due in order and stop after `limit` visible rows. A row is rarely visible much
    // later than it is due (visible_at is the beginning of time, the due date of move_on, the end
    // of a snooze, which is also its due date, or the second after a check-in falls due), so few
    // rows are skipped. Only the returned rows are joined with their applications.
    SQLite::Statement st(db, "SELECT p.application_id, p.step, p.track, p.due, p.visible_at, " +
                                 detail::application_columns_of("a") +
                                 " FROM plans p INDEXED BY plans_by_due JOIN applications a ON a.id = p.application_id "
                                 "WHERE p.visible_at <= ?1 ORDER BY p.due, p.application_id LIMIT ?2");
    st.bind(1, static_cast<std::int64_t>(now));
    st.bind(2, limit);
    std::vector<DuePlan> out;
    while (st.executeStep()) {
        DuePlan d;
        d.plan = {st.getColumn(0).getInt64(), st.getColumn(1).getString(), st.getColumn(2).getString(),
                  st.getColumn(3).getInt64(), st.getColumn(4).getInt64()};
        d.app = detail::read_application(st, 5);
        out.push_back(std::move(d));
    }
    return out;
}

std::int64_t count_due_plans(SQLite::Database& db, Seconds now)
{
    SQLite::Statement st(db, "SELECT count(*) FROM plans WHERE visible_at <= ?1");
    st.bind(1, static_cast<std::int64_t>(now));
    st.executeStep();
    return st.getColumn(0).getInt64();
}

std::vector<ApplicationWithStates> all_applications_with_states(SQLite::Database& db)
{
    // One pass in id order, the step states joined on their primary key.
    SQLite::Statement st(db, "SELECT " + detail::application_columns_of("a") +
                                 ", s.step, s.state, s.at, s.until FROM applications a "
                                 "LEFT JOIN step_states s ON s.application_id = a.id ORDER BY a.id");
    std::vector<ApplicationWithStates> out;
    while (st.executeStep()) {
        const auto id = st.getColumn(0).getInt64();
        if (out.empty() || out.back().app.id != id) out.push_back({detail::read_application(st), {}});
        if (st.getColumn(17).isNull()) continue;
        out.back().steps.push_back({st.getColumn(17).getString(), st.getColumn(18).getString(),
                                    st.getColumn(19).getInt64(), optional_int(st.getColumn(20))});
    }
    return out;
}

} // namespace onward::store
