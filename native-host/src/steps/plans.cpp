#include "steps/plans.hpp"

#include "steps/rules.hpp"
#include "store/plans.hpp"

namespace onward::steps {

namespace {

std::optional<store::PlanRow> row_for(const store::Application& app, const std::vector<store::StepState>& states,
                                      const Settings& settings)
{
    const auto up = upcoming_step(app, states, settings);
    if (!up) return std::nullopt;
    return store::PlanRow{app.id, std::string(to_string(up->step)), std::string(to_string(up->track)),
                          up->due.time_since_epoch().count(), up->visible_at.time_since_epoch().count()};
}

} // namespace

std::string plans_basis(const Settings& settings)
{
    return "rules " + std::to_string(rules_version()) + "; ghosting_days " + std::to_string(settings.ghosting_days) +
           "; quiet_period_weeks " + std::to_string(settings.quiet_period_weeks);
}

void refresh_plan(SQLite::Database& sql, std::int64_t application_id, const Settings& settings)
{
    const auto app = store::find_application(sql, application_id);
    const auto row = app ? row_for(*app, store::step_states_of(sql, application_id), settings) : std::nullopt;
    if (row)
        store::upsert_plan(sql, *row);
    else
        store::delete_plan(sql, application_id);
}

void rebuild_plans(SQLite::Database& sql, const Settings& settings)
{
    std::vector<store::PlanRow> rows;
    for (const auto& a : store::all_applications_with_states(sql))
        if (auto row = row_for(a.app, a.steps, settings)) rows.push_back(std::move(*row));
    store::replace_all_plans(sql, rows);
    store::clear_dirty_plans(sql);
    store::set_plans_basis(sql, plans_basis(settings));
}

bool plans_in_sync(SQLite::Database& sql, const Settings& settings)
{
    return !store::any_dirty_plan(sql) && store::plans_basis(sql) == plans_basis(settings);
}

void sync_plans(SQLite::Database& sql)
{
    const auto settings = load_settings(sql);
    if (store::plans_basis(sql) != plans_basis(settings)) {
        rebuild_plans(sql, settings);
        return;
    }
    const auto dirty = store::dirty_plans(sql);
    if (dirty.empty()) return;
    for (const auto id : dirty) refresh_plan(sql, id, settings);
    store::clear_dirty_plans(sql);
}

} // namespace onward::steps
