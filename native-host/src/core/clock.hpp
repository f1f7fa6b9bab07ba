#pragma once
// Time is injected everywhere it matters, so tests never read the wall clock.

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace onward {

using TimePoint = std::chrono::sys_seconds;

// A clock is a function: production uses the system clock, tests pass a fixed instant.
using Clock = std::function<TimePoint()>;
Clock system_clock();
Clock fixed_clock(TimePoint at);

// ISO 8601 / RFC 3339 in UTC ("2026-11-27T09:30:00Z"). Parsing accepts a date alone,
// a time with or without seconds, fractional seconds, and a Z or ±hh:mm offset.
std::string format_iso8601(TimePoint t);
std::optional<TimePoint> parse_iso8601(std::string_view text);

} // namespace onward
