// The step engine with time injected: every instant is written out, nothing reads a clock.
#include "core/clock.hpp"
#include "steps/rules.hpp"

#include <gtest/gtest.h>

namespace onward::steps {
namespace {

using namespace std::chrono;

TimePoint at(const char* iso)
{
    return *parse_iso8601(iso);
}

store::Seconds secs(const char* iso)
{
    return at(iso).time_since_epoch().count();
}

store::Application rejected_app(const char* when = "2026-03-10T09:00:00Z")
{
    store::Application a;
    a.id = 7;
    a.company = "Acme";
    a.role = "Backend Engineer";
    a.status = "rejected";
    a.status_at = secs(when);
    a.rejected_at = secs(when);
    a.last_activity_at = secs(when);
    a.created_at = secs("2026-02-01T09:00:00Z");
    return a;
}

store::StepState state(const char* step, const char* s, const char* when, const char* until = nullptr)
{
    store::StepState st{step, s, secs(when), std::nullopt};
    if (until) st.until = secs(until);
    return st;
}

TEST(Rules, RejectedStartsWithRespondDueTwoDaysLater)
{
    const auto p = plan(rejected_app(), {}, Settings{}, at("2026-03-10T10:00:00Z"));
    EXPECT_EQ(p.status, "rejected");
    ASSERT_TRUE(p.next);
    EXPECT_EQ(p.next->step, StepId::respond);
    EXPECT_EQ(p.next->title, "Respond graciously");
    EXPECT_EQ(p.next->due, at("2026-03-12T09:00:00Z"));
    EXPECT_NE(p.next->reason.find("Acme"), std::string::npos);
    ASSERT_EQ(p.steps.size(), 4u);
    EXPECT_EQ(p.steps[1].state, "later");
    EXPECT_EQ(p.steps[3].step, StepId::move_on);
}

TEST(Rules, TheFourStepsInOrder)
{
    const auto app = rejected_app();
    std::vector<store::StepState> states{state("respond", "done", "2026-03-11T08:00:00Z")};
    auto p = plan(app, states, Settings{}, at("2026-03-11T09:00:00Z"));
    ASSERT_TRUE(p.next);
    EXPECT_EQ(p.next->step, StepId::connect);
    EXPECT_EQ(p.next->title, "Connect with the hiring manager");
    EXPECT_EQ(p.next->due, at("2026-03-11T08:00:00Z")); // once the reply is done

    states.push_back(state("connect", "done", "2026-03-12T08:00:00Z"));
    p = plan(app, states, Settings{}, at("2026-03-12T09:00:00Z"));
    ASSERT_TRUE(p.next);
    EXPECT_EQ(p.next->step, StepId::watch);
    EXPECT_EQ(p.next->title, "Keep an eye out");

    states.push_back(state("watch", "done", "2026-03-12T09:00:00Z"));
    p = plan(app, states, Settings{}, at("2026-03-20T09:00:00Z"));
    EXPECT_FALSE(p.next) << "move on waits for the quiet period";
    EXPECT_EQ(p.steps[3].state, "waiting");
    EXPECT_EQ(p.steps[3].due, at("2026-05-05T09:00:00Z")); // 8 weeks after the rejection

    p = plan(app, states, Settings{}, at("2026-05-05T09:00:00Z"));
    ASSERT_TRUE(p.next);
    EXPECT_EQ(p.next->step, StepId::move_on);
    EXPECT_EQ(p.next->title, "Move on");

    states.push_back(state("move_on", "done", "2026-05-06T09:00:00Z"));
    p = plan(app, states, Settings{}, at("2026-06-01T09:00:00Z"));
    EXPECT_FALSE(p.next);
    for (const auto& s : p.steps) EXPECT_EQ(s.state, "done");
}

TEST(Rules, QuietPeriodIsConfigurableAndCountsFromTheLastNews)
{
    auto app = rejected_app();
    app.last_activity_at = secs("2026-03-20T09:00:00Z"); // a later email from them
    Settings s;
    s.quiet_period_weeks = 2;
    const std::vector<store::StepState> states{state("respond", "skipped", "2026-03-11T08:00:00Z"),
                                               state("connect", "skipped", "2026-03-11T08:00:00Z"),
                                               state("watch", "done", "2026-03-11T08:00:00Z")};
    auto p = plan(app, states, s, at("2026-04-03T08:59:59Z"));
    EXPECT_FALSE(p.next);
    p = plan(app, states, s, at("2026-04-03T09:00:00Z"));
    ASSERT_TRUE(p.next);
    EXPECT_EQ(p.next->step, StepId::move_on);
    EXPECT_NE(p.next->reason.find("2 weeks"), std::string::npos);
}

TEST(Rules, SnoozeHidesTheStepUntilThenItIsDue)
{
    const auto app = rejected_app();
    const std::vector<store::StepState> states{
        state("respond", "snoozed", "2026-03-10T10:00:00Z", "2026-03-15T09:00:00Z")};
    auto p = plan(app, states, Settings{}, at("2026-03-14T09:00:00Z"));
    EXPECT_FALSE(p.next);
    EXPECT_EQ(p.steps[0].state, "snoozed");
    p = plan(app, states, Settings{}, at("2026-03-15T09:00:00Z"));
    ASSERT_TRUE(p.next);
    EXPECT_EQ(p.next->step, StepId::respond);
    EXPECT_EQ(p.next->due, at("2026-03-15T09:00:00Z"));
}

TEST(Rules, ConnectDoneEarlyIsKeptWhenRespondComesLater)
{
    const auto app = rejected_app();
    std::vector<store::StepState> states{state("connect", "done", "2026-03-10T12:00:00Z")};
    auto p = plan(app, states, Settings{}, at("2026-03-10T13:00:00Z"));
    ASSERT_TRUE(p.next);
    EXPECT_EQ(p.next->step, StepId::respond);
    EXPECT_EQ(p.steps[1].state, "done");
    states.push_back(state("respond", "done", "2026-03-11T12:00:00Z"));
    p = plan(app, states, Settings{}, at("2026-03-11T13:00:00Z"));
    ASSERT_TRUE(p.next);
    EXPECT_EQ(p.next->step, StepId::watch);
    EXPECT_EQ(p.next->due, at("2026-03-11T12:00:00Z"));
}

TEST(Rules, NoAnswerAfterGhostingDaysIsGhostedWithItsOwnSuggestion)
{
    store::Application app;
    app.id = 3;
    app.company = "Globex";
    app.status = "applied";
    app.status_at = app.last_activity_at = secs("2026-01-01T09:00:00Z");
    Settings s;
    EXPECT_EQ(effective_status(app, s, at("2026-01-30T09:00:00Z")), "applied");
    EXPECT_FALSE(plan(app, {}, s, at("2026-01-30T09:00:00Z")).next);

    const auto p = plan(app, {}, s, at("2026-02-01T09:00:01Z"));
    EXPECT_EQ(p.status, "ghosted");
    ASSERT_TRUE(p.next);
    EXPECT_EQ(p.next->step, StepId::follow_up);
    EXPECT_EQ(p.next->title, "Check in once");
    EXPECT_EQ(p.next->due, at("2026-01-31T09:00:00Z"));
    EXPECT_NE(p.next->reason.find("30 days"), std::string::npos);

    s.ghosting_days = 60;
    EXPECT_EQ(effective_status(app, s, at("2026-02-01T09:00:01Z")), "applied");

    app.status = "interviewing";
    s.ghosting_days = 14;
    EXPECT_EQ(effective_status(app, s, at("2026-01-16T09:00:01Z")), "ghosted");
}

TEST(Rules, OffersAndOpenApplicationsHaveNoSteps)
{
    store::Application app;
    app.status = "offer";
    app.status_at = app.last_activity_at = secs("2026-01-01T09:00:00Z");
    const auto p = plan(app, {}, Settings{}, at("2026-06-01T09:00:00Z"));
    EXPECT_EQ(p.track, Track::none);
    EXPECT_TRUE(p.steps.empty());
    EXPECT_FALSE(p.next);
}

TEST(Rules, StepNamesRoundTrip)
{
    for (const auto& rule : rules()) {
        const auto name = to_string(rule.step);
        EXPECT_EQ(step_from_string(name), rule.step);
        EXPECT_FALSE(title_of(rule.step).empty());
    }
    EXPECT_FALSE(step_from_string("apply_everywhere"));
}

} // namespace
} // namespace onward::steps
