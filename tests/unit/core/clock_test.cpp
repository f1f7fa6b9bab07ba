#include "core/clock.hpp"

#include <gtest/gtest.h>

using namespace onward;
using namespace std::chrono;

TEST(Iso8601, FormatsUtcWithSeconds)
{
    const TimePoint t = sys_days{year{2026} / 11 / 27} + hours{9} + minutes{5} + seconds{7};
    EXPECT_EQ(format_iso8601(t), "2026-11-27T09:05:07Z");
}

TEST(Iso8601, ParsesTheFormsPeopleAndBrowsersWrite)
{
    const TimePoint expected = sys_days{year{2026} / 11 / 27} + hours{9} + minutes{30};
    EXPECT_EQ(parse_iso8601("2026-11-27T09:30:00Z"), expected);
    EXPECT_EQ(parse_iso8601("2026-11-27T09:30Z"), expected);
    EXPECT_EQ(parse_iso8601("2026-11-27T09:30:00.123Z"), expected); // Date.toISOString()
    EXPECT_EQ(parse_iso8601("2026-11-27T10:30:00+01:00"), expected);
    EXPECT_EQ(parse_iso8601("2026-11-27T04:30:00-0500"), expected);
    EXPECT_EQ(parse_iso8601("2026-11-27"), TimePoint{sys_days{year{2026} / 11 / 27}});
}

TEST(Iso8601, RefusesWhatIsNotADate)
{
    for (const char* bad : {"", "tomorrow", "2026-13-01", "2026-02-30", "2026-11-27T25:00:00Z", "2026-11-27T09:30:00Zjunk",
                            "2026-11-27T09", "20261127"})
        EXPECT_FALSE(parse_iso8601(bad).has_value()) << bad;
}

TEST(Iso8601, RoundTrips)
{
    const TimePoint t = sys_days{year{1999} / 12 / 31} + hours{23} + minutes{59} + seconds{59};
    EXPECT_EQ(parse_iso8601(format_iso8601(t)), t);
}

TEST(Clock, FixedClockNeverMoves)
{
    const TimePoint t = sys_days{year{2026} / 1 / 1};
    const auto clock = fixed_clock(t);
    EXPECT_EQ(clock(), t);
    EXPECT_EQ(clock(), t);
}
