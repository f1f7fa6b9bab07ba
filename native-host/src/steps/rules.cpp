#include "steps/rules.hpp"

#include <algorithm>
#include <array>

namespace onward::steps {

namespace {

using namespace std::chrono;

struct StepText {
    StepId step;
    std::string_view name;
    std::string_view title;
};

constexpr std::array step_texts{
    StepText{StepId::respond, "respond", "Respond graciously"},
    StepText{StepId::connect, "connect", "Connect with the hiring manager"},
    StepText{StepId::watch, "watch", "Keep an eye out"},
    StepText{StepId::move_on, "move_on", "Move on"},
    StepText{StepId::follow_up, "follow_up", "Check in once"},
};

// The rules. Change the steps here (and in docs/steps.md), nowhere else.
constexpr std::array step_rules{
    StepRule{Track::rejected, StepId::respond, Anchor::status, 2},
    StepRule{Track::rejected, StepId::connect, Anchor::previous, 0},
    StepRule{Track::rejected, StepId::watch, Anchor::previous, 0},
    StepRule{Track::rejected, StepId::move_on, Anchor::quiet, 0},
    StepRule{Track::ghosted, StepId::follow_up, Anchor::status, 0},
    StepRule{Track::ghosted, StepId::watch, Anchor::previous, 0},
    StepRule{Track::ghosted, StepId::move_on, Anchor::quiet, 0},
};

std::string them(const store::Application& app)
{
    return app.company.empty() ? "the company" : app.company;
}

} // namespace

std::string reason_for(StepId step, Track track, const store::Application& app, const Settings& settings)
{
    const auto company = them(app);
    switch (step) {
    case StepId::respond:
        return "A short thank-you to " + company +
               " leaves a good last impression, and runners-up are often the first people called when a "
               "similar role opens again.";
    case StepId::connect:
        return "Being connected with the hiring manager at " + company +
               " shows there are no hard feelings and keeps you in their network for the next opening.";
    case StepId::watch:
        return "Onward can check " + company +
               "'s job board and tell you only about roles that fit you closely; applying to everything "
               "they post would not help.";
    case StepId::move_on:
        return track == Track::ghosted
                   ? "No news from " + company + " for " + std::to_string(settings.quiet_period_weeks) +
                         " weeks. Put your energy into other companies; Onward still tells you if a fitting role "
                         "opens there."
                   : "It has been " + std::to_string(settings.quiet_period_weeks) + " weeks since you heard from " +
                         company +
                         ". Time to put your energy into other companies; Onward still tells you if a fitting role "
                         "opens there.";
    case StepId::follow_up:
        return "You have not heard from " + company + " for " + std::to_string(settings.ghosting_days) +
               " days. One short, friendly check-in is fair; after that, let it rest.";
    }
    return {};
}

namespace {

TimePoint at(store::Seconds s)
{
    return TimePoint{seconds{s}};
}

const store::StepState* state_of(const std::vector<store::StepState>& states, StepId step)
{
    const auto name = to_string(step);
    for (const auto& s : states)
        if (s.step == name) return &s;
    return nullptr;
}

Track track_of(std::string_view status)
{
    if (status == "rejected") return Track::rejected;
    if (status == "ghosted") return Track::ghosted;
    return Track::none;
}

// When the track started: the rejection, or the moment the application counted as ghosted.
TimePoint track_start(const store::Application& app, Track track, const Settings& settings)
{
    if (track == Track::rejected) return at(app.rejected_at.value_or(app.status_at));
    if (app.status == "ghosted") return at(app.status_at);
    return at(app.last_activity_at) + days{settings.ghosting_days};
}

} // namespace

std::string_view to_string(StepId step) noexcept
{
    for (const auto& t : step_texts)
        if (t.step == step) return t.name;
    return "";
}

std::optional<StepId> step_from_string(std::string_view name) noexcept
{
    for (const auto& t : step_texts)
        if (t.name == name) return t.step;
    return std::nullopt;
}

std::string_view title_of(StepId step) noexcept
{
    for (const auto& t : step_texts)
        if (t.step == step) return t.title;
    return "";
}

std::span<const StepRule> rules()
{
    return step_rules;
}

int rules_version() noexcept
{
    return 1;
}

TimePoint ghosted_before(const Settings& settings, TimePoint now)
{
    return now - days{settings.ghosting_days};
}

std::string effective_status(const store::Application& app, const Settings& settings, TimePoint now)
{
    if ((app.status == "applied" || app.status == "interviewing") &&
        at(app.last_activity_at) < ghosted_before(settings, now))
        return "ghosted";
    return app.status;
}

namespace {

// Every step of `track` with its due date, done/skipped time and snooze, independent of `now`;
// `current` is the first step neither done nor skipped, which is open from `visible_at` on.
struct Walk {
    std::vector<StepView> steps;
    std::optional<std::size_t> current;
    TimePoint visible_at = TimePoint::min();
};

Walk walk(const store::Application& app, const std::vector<store::StepState>& states, const Settings& settings,
          Track track, bool with_reasons)
{
    Walk w;
    const auto start = track_start(app, track, settings);
    const auto quiet_end = std::max(at(app.last_activity_at), start) + weeks{settings.quiet_period_weeks};
    TimePoint previous_resolved = start; // when every earlier step was resolved...
    bool earlier_open = false;           // ...unless one of them is still open

    for (const auto& rule : step_rules) {
        if (rule.track != track) continue;
        StepView v;
        v.step = rule.step;
        v.title = std::string(title_of(rule.step));
        if (with_reasons) v.reason = reason_for(rule.step, track, app, settings);
        switch (rule.anchor) {
        case Anchor::status: v.due = start + days{rule.offset_days}; break;
        case Anchor::previous:
            if (!earlier_open) v.due = previous_resolved + days{rule.offset_days};
            break;
        case Anchor::quiet: v.due = quiet_end + days{rule.offset_days}; break;
        }

        const auto* s = state_of(states, rule.step);
        if (s && (s->state == "done" || s->state == "skipped")) {
            v.state = s->state;
            v.at = at(s->at);
            // A step anchored on "previous" is due once every earlier step is resolved.
            if (!earlier_open) previous_resolved = std::max(previous_resolved, *v.at);
        } else {
            if (s && s->state == "snoozed" && s->until) {
                v.until = at(*s->until);
                v.due = std::max(v.due.value_or(*v.until), *v.until);
            }
            v.state = "later";
            if (!w.current) {
                w.current = w.steps.size();
                // Hidden while snoozed; move_on is only suggested once the quiet period is over.
                if (v.until) w.visible_at = std::max(w.visible_at, *v.until);
                if (rule.anchor == Anchor::quiet && v.due) w.visible_at = std::max(w.visible_at, *v.due);
            }
            earlier_open = true;
        }
        w.steps.push_back(std::move(v));
    }
    return w;
}

bool finished(const std::vector<store::StepState>& states)
{
    const auto* s = state_of(states, StepId::move_on);
    return s && (s->state == "done" || s->state == "skipped");
}

} // namespace

Plan plan(const store::Application& app, const std::vector<store::StepState>& states, const Settings& settings,
          TimePoint now, bool with_reasons)
{
    Plan p;
    p.status = effective_status(app, settings, now);
    p.track = track_of(p.status);
    if (p.track == Track::none) return p;

    auto w = walk(app, states, settings, p.track, with_reasons);
    if (w.current) {
        auto& v = w.steps[*w.current];
        if (v.until && now < *v.until)
            v.state = "snoozed";
        else if (now < w.visible_at)
            v.state = "waiting";
        else {
            v.state = "open";
            p.next = v;
        }
    }
    p.steps = std::move(w.steps);
    return p;
}

TimePoint ghosted_from(const store::Application& app, const Settings& settings)
{
    // effective_status: last activity < now - ghosting_days, i.e. now > last activity + ghosting_days.
    return at(app.last_activity_at) + days{settings.ghosting_days} + seconds{1};
}

std::optional<UpcomingStep> upcoming_step(const store::Application& app, const std::vector<store::StepState>& states,
                                          const Settings& settings)
{
    if (finished(states)) return std::nullopt;
    auto track = track_of(app.status);
    auto from = TimePoint::min();
    if (app.status == "applied" || app.status == "interviewing") {
        track = Track::ghosted; // from the moment it counts as ghosted, if no news comes first
        from = ghosted_from(app, settings);
    }
    if (track == Track::none) return std::nullopt;
    const auto w = walk(app, states, settings, track, false);
    if (!w.current) return std::nullopt;
    const auto& v = w.steps[*w.current];
    // The current step always has a due date: every step before it is resolved.
    return UpcomingStep{v.step, track, v.due.value(), std::max(from, w.visible_at)};
}

std::string_view to_string(Track track) noexcept
{
    switch (track) {
    case Track::rejected: return "rejected";
    case Track::ghosted: return "ghosted";
    case Track::none: break;
    }
    return "none";
}

std::optional<Track> track_from_string(std::string_view name) noexcept
{
    if (name == "rejected") return Track::rejected;
    if (name == "ghosted") return Track::ghosted;
    if (name == "none") return Track::none;
    return std::nullopt;
}

} // namespace onward::steps
