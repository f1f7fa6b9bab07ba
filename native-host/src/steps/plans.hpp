#pragma once
// next_steps' cache: for each application, the step next_steps lists and the instant it becomes
// visible (upcoming_step in rules.hpp), kept in the plans table so that next_steps is an indexed
// range scan instead of planning every application on each call.
//
// The rows are derived data, never the truth: rebuild_plans recomputes all of them from the
// applications, their step states and the settings. Triggers (migration 3) mark in plans_dirty
// every application whose status, dates or step states a write touched; sync_plans, called at the
// end of each write of the steps workflows inside its transaction, recomputes those rows, or all of
// them when the rules or the settings they depend on (ghosting_days, quiet_period_weeks) changed.
// A write made elsewhere without sync_plans is caught up by the next next_steps.

#include "steps/settings.hpp"

#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <string>

namespace onward::steps {

// The rules version and the settings the rows depend on, as stored in plans_basis.
std::string plans_basis(const Settings& settings);

// Recomputes the row of one application (removes it when the application has nothing to list).
void refresh_plan(SQLite::Database& sql, std::int64_t application_id, const Settings& settings);
// Recomputes every row (in the caller's transaction) and records the basis.
void rebuild_plans(SQLite::Database& sql, const Settings& settings);
// True when no application is marked dirty and the basis matches `settings`.
bool plans_in_sync(SQLite::Database& sql, const Settings& settings);
// Brings the rows up to date with the stored settings (in the caller's write transaction).
void sync_plans(SQLite::Database& sql);

} // namespace onward::steps
