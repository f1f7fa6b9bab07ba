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

Plan plan(const store::Application& app, const std::vector<store::StepState>& states, const Settings& settings,
          TimePoint now, bool with_reasons)
{
    Plan p;
    p.status = effective_status(app, settings, now);
    p.track = track_of(p.status);
    if (p.track == Track::none) return p;

    const auto start = track_start(app, p.track, settings);
    const auto quiet_end = std::max(at(app.last_activity_at), start) + weeks{settings.quiet_period_weeks};
    std::optional<TimePoint> previous_resolved = start; // empty once an earlier step is still open
    bool current_found = false;

    for (const auto& rule : step_rules) {
        if (rule.track != p.track) continue;
        StepView v;
        v.step = rule.step;
        v.title = std::string(title_of(rule.step));
        if (with_reasons) v.reason = reason_for(rule.step, p.track, app, settings);
        switch (rule.anchor) {
        case Anchor::status: v.due = start + days{rule.offset_days}; break;
        case Anchor::previous:
            if (previous_resolved) v.due = *previous_resolved + days{rule.offset_days};
            break;
        case Anchor::quiet: v.due = quiet_end + days{rule.offset_days}; break;
        }

        const auto* s = state_of(states, rule.step);
        if (s && (s->state == "done" || s->state == "skipped")) {
            v.state = s->state;
            v.at = at(s->at);
            // A step anchored on "previous" is due once every earlier step is resolved.
            if (previous_resolved) previous_resolved = std::max(*previous_resolved, *v.at);
        } else {
            if (s && s->state == "snoozed" && s->until) {
                v.until = at(*s->until);
                v.due = std::max(v.due.value_or(*v.until), *v.until);
            }
            if (current_found) {
                v.state = "later";
            } else {
                current_found = true;
                if (v.until && now < *v.until)
                    v.state = "snoozed";
                else if (rule.anchor == Anchor::quiet && v.due && now < *v.due)
                    v.state = "waiting";
                else {
                    v.state = "open";
                    p.next = v;
                }
            }
            previous_resolved.reset();
        }
        p.steps.push_back(std::move(v));
    }
    return p;
}

} // namespace onward::steps
