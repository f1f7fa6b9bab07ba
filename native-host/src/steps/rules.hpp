#pragma once
// The step engine: which step comes next for an application, why, and by when.
//
// The rules are one table (rules.cpp, documented in docs/steps.md): each step belongs to a
// track (a rejected application, or a ghosted one), has a title, a plain-words reason, and a due
// date computed from an anchor (the rejection, the previous step, or a quiet period). Pure: time
// is always passed in, nothing here reads a clock or the database.

#include "steps/settings.hpp"
#include "store/applications.hpp"

#include <chrono>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace onward::steps {

using TimePoint = std::chrono::sys_seconds;

enum class StepId { respond, connect, watch, move_on, follow_up };

std::string_view to_string(StepId step) noexcept;
std::optional<StepId> step_from_string(std::string_view name) noexcept;
std::string_view title_of(StepId step) noexcept;

// Which sequence of steps an application is on, from its (effective) status.
enum class Track { none, rejected, ghosted };

enum class Anchor {
    status,   // the rejection (or the moment the application counted as ghosted) + offset
    previous, // when the previous step of the track was done or skipped + offset
    quiet,    // the last news from the company (or the status change, if later) + the quiet period
};

struct StepRule {
    Track track;
    StepId step;
    Anchor anchor;
    int offset_days;
};

// The whole rule table, in order within each track.
std::span<const StepRule> rules();
// Bumped whenever the table or the engine changes what a plan is: the cached plans
// (steps/plans.hpp) are rebuilt when it differs from the one they were computed with.
int rules_version() noexcept;

struct StepView {
    StepId step{};
    std::string title;
    std::string reason;
    // done, skipped: the user said so (at). snoozed: hidden until `until`. open: the step to take
    // now. waiting: the next step, but not yet time (move_on before the quiet period ends).
    // later: comes after an open step.
    std::string state;
    std::optional<TimePoint> due, at, until;
};

struct Plan {
    std::string status; // the effective status (ghosted is derived from the time, see below)
    Track track = Track::none;
    std::vector<StepView> steps;  // every step of the track, in order
    std::optional<StepView> next; // the step to take at `now`, if any
};

// "applied" and "interviewing" read as "ghosted" once the last news is `ghosting_days` old.
std::string effective_status(const store::Application& app, const Settings& settings, TimePoint now);
// The instant before which a still-applied/interviewing application counts as ghosted.
TimePoint ghosted_before(const Settings& settings, TimePoint now);

// `with_reasons` false leaves StepView::reason empty (next_steps ranks thousands of applications,
// then writes the reasons of the ones it returns).
Plan plan(const store::Application& app, const std::vector<store::StepState>& states, const Settings& settings,
          TimePoint now, bool with_reasons = true);

// The step next_steps lists for an application, and from when. As long as the application's facts
// (status, dates, step states) and the settings stay as they are, for every `now`:
// plan(app, states, settings, now).next is this step (same step, track and due) when
// now >= visible_at, and nothing before; except that a finished application (move_on done or
// skipped) is never listed. next_steps keeps one of these per application (steps/plans.hpp).
struct UpcomingStep {
    StepId step{};
    Track track = Track::none;
    TimePoint due;
    TimePoint visible_at;
};
std::optional<UpcomingStep> upcoming_step(const store::Application& app, const std::vector<store::StepState>& states,
                                          const Settings& settings);
// The first instant at which a still-applied/interviewing application reads "ghosted".
TimePoint ghosted_from(const store::Application& app, const Settings& settings);

std::string_view to_string(Track track) noexcept;
std::optional<Track> track_from_string(std::string_view name) noexcept;

// The plain-words reason for one step of one application.
std::string reason_for(StepId step, Track track, const store::Application& app, const Settings& settings);

} // namespace onward::steps
