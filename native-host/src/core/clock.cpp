#include "core/clock.hpp"

#include <charconv>
#include <cstdio>

namespace onward {

Clock system_clock()
{
    return [] { return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()); };
}

Clock fixed_clock(TimePoint at)
{
    return [at] { return at; };
}

std::string format_iso8601(TimePoint t)
{
    const auto day = std::chrono::floor<std::chrono::days>(t);
    const std::chrono::year_month_day ymd{day};
    const std::chrono::hh_mm_ss hms{t - day};
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02ld:%02ld:%02lldZ", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                  static_cast<long>(hms.hours().count()), static_cast<long>(hms.minutes().count()),
                  static_cast<long long>(hms.seconds().count()));
    return buffer;
}

namespace {

bool read_int(std::string_view text, std::size_t& pos, std::size_t digits, int& out)
{
    if (pos + digits > text.size()) return false;
    const char* first = text.data() + pos;
    const auto [end, ec] = std::from_chars(first, first + digits, out);
    if (ec != std::errc{} || end != first + digits) return false;
    pos += digits;
    return true;
}

bool expect(std::string_view text, std::size_t& pos, char c)
{
    if (pos < text.size() && text[pos] == c) {
        ++pos;
        return true;
    }
    return false;
}

} // namespace

std::optional<TimePoint> parse_iso8601(std::string_view text)
{
    std::size_t pos = 0;
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    if (!read_int(text, pos, 4, y) || !expect(text, pos, '-') || !read_int(text, pos, 2, mo) ||
        !expect(text, pos, '-') || !read_int(text, pos, 2, d))
        return std::nullopt;
    const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(mo)},
                                          std::chrono::day{static_cast<unsigned>(d)}};
    if (!ymd.ok()) return std::nullopt;
    int offset_minutes = 0;
    if (pos < text.size()) {
        if (!(expect(text, pos, 'T') || expect(text, pos, 't') || expect(text, pos, ' '))) return std::nullopt;
        if (!read_int(text, pos, 2, h) || !expect(text, pos, ':') || !read_int(text, pos, 2, mi)) return std::nullopt;
        if (expect(text, pos, ':')) {
            if (!read_int(text, pos, 2, s)) return std::nullopt;
            if (expect(text, pos, '.') || expect(text, pos, ',')) {
                const auto start = pos;
                while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
                if (pos == start) return std::nullopt;
            }
        }
        if (h > 23 || mi > 59 || s > 60) return std::nullopt;
        if (expect(text, pos, 'Z') || expect(text, pos, 'z')) {
        } else if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) {
            const int sign = text[pos] == '-' ? -1 : 1;
            ++pos;
            int oh = 0, om = 0;
            if (!read_int(text, pos, 2, oh)) return std::nullopt;
            expect(text, pos, ':');
            if (!read_int(text, pos, 2, om) || oh > 23 || om > 59) return std::nullopt;
            offset_minutes = sign * (oh * 60 + om);
        }
        if (pos != text.size()) return std::nullopt;
    }
    using namespace std::chrono;
    return sys_days{ymd} + hours{h} + minutes{mi} + seconds{s} - minutes{offset_minutes};
}

} // namespace onward
