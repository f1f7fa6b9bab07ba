#pragma once
// The plans table (a cache, see steps/plans.hpp): per application, the step next_steps lists and the
// instant it becomes visible, so that next_steps is an indexed range scan. Triggers on applications
// and step_states mark the applications whose row may be stale in plans_dirty; plans_basis names
// the rules and settings the rows were computed with. Plain data access, no rules here.

#include "store/applications.hpp"

#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace onward::store {

struct PlanRow {
    std::int64_t application_id = 0;
    std::string step;  // respond, connect, watch, move_on, follow_up
    std::string track; // rejected, ghosted
    Seconds due = 0;
    Seconds visible_at = 0; // listed by next_steps at any now >= visible_at
};

void upsert_plan(SQLite::Database& db, const PlanRow& row);
void delete_plan(SQLite::Database& db, std::int64_t application_id);
// Every row replaced by `rows` (one prepared statement).
void replace_all_plans(SQLite::Database& db, const std::vector<PlanRow>& rows);
std::vector<PlanRow> all_plans(SQLite::Database& db); // by application id

// Applications marked by the triggers since the last sync, and forgetting them.
std::vector<std::int64_t> dirty_plans(SQLite::Database& db);
bool any_dirty_plan(SQLite::Database& db);
void clear_dirty_plans(SQLite::Database& db);

// What the rows were computed with (opaque to the store); empty before the first build.
std::optional<std::string> plans_basis(SQLite::Database& db);
void set_plans_basis(SQLite::Database& db, const std::string& basis);

// The plans visible at `now` (visible_at <= now), soonest due first (ties by application id), at
// most `limit`, with their applications; and how many there are in all.
struct DuePlan {
    PlanRow plan;
    Application app;
};
std::vector<DuePlan> due_plans(SQLite::Database& db, Seconds now, std::int64_t limit);
std::int64_t count_due_plans(SQLite::Database& db, Seconds now);

// Every application with its step states, in id order (for a full rebuild: one pass).
struct ApplicationWithStates {
    Application app;
    std::vector<StepState> steps;
};
std::vector<ApplicationWithStates> all_applications_with_states(SQLite::Database& db);

} // namespace onward::store
