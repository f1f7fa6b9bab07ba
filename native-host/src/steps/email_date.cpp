#include "steps/email_date.hpp"

#include "core/clock.hpp"

#include <array>
#include <cctype>
#include <charconv>
#include <string>
#include <vector>

namespace onward::steps {

namespace {

std::vector<std::string_view> tokens(std::string_view s)
{
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ' ' || s[i] == ',' || s[i] == '\t')) ++i;
        const auto start = i;
        while (i < s.size() && s[i] != ' ' && s[i] != ',' && s[i] != '\t') ++i;
        if (i > start) out.push_back(s.substr(start, i - start));
    }
    return out;
}

std::optional<int> number(std::string_view s)
{
    int v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc{} || end != s.data() + s.size()) return std::nullopt;
    return v;
}

bool same_ascii(std::string_view a, std::string_view b)
{
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
    return true;
}

} // namespace

std::optional<std::chrono::sys_seconds> parse_email_date(std::string_view text)
{
    if (auto iso = parse_iso8601(text)) return iso;
    auto t = tokens(text);
    if (!t.empty() && !t[0].empty() && std::isalpha(static_cast<unsigned char>(t[0][0]))) t.erase(t.begin()); // "Tue"
    if (t.size() < 4) return std::nullopt;
    static constexpr std::array months{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    const auto day = number(t[0]);
    int month = 0;
    for (std::size_t i = 0; i < months.size(); ++i)
        if (t[1].size() >= 3 && same_ascii(t[1].substr(0, 3), months[i])) month = static_cast<int>(i) + 1;
    auto year = number(t[2]);
    if (!day || month == 0 || !year) return std::nullopt;
    if (*year < 100) *year += *year < 50 ? 2000 : 1900;
    // hh:mm[:ss]
    const auto time = t[3];
    int h = 0, m = 0, s = 0;
    const auto c1 = time.find(':');
    if (c1 == std::string_view::npos) return std::nullopt;
    const auto c2 = time.find(':', c1 + 1);
    const auto hh = number(time.substr(0, c1));
    const auto mm = number(time.substr(c1 + 1, c2 == std::string_view::npos ? std::string_view::npos : c2 - c1 - 1));
    if (!hh || !mm) return std::nullopt;
    h = *hh;
    m = *mm;
    if (c2 != std::string_view::npos) {
        const auto ss = number(time.substr(c2 + 1));
        if (!ss) return std::nullopt;
        s = *ss;
    }
    if (h > 23 || m > 59 || s > 60) return std::nullopt;
    int offset = 0; // minutes east of UTC
    if (t.size() >= 5) {
        const auto zone = t[4];
        if ((zone[0] == '+' || zone[0] == '-') && zone.size() == 5) {
            const auto hhmm = number(zone.substr(1));
            if (!hhmm) return std::nullopt;
            offset = (zone[0] == '-' ? -1 : 1) * ((*hhmm / 100) * 60 + *hhmm % 100);
        } else {
            static constexpr std::array<std::pair<const char*, int>, 10> zones{{{"UT", 0}, {"UTC", 0}, {"GMT", 0}, {"Z", 0},
                {"EST", -300}, {"EDT", -240}, {"CST", -360}, {"CDT", -300}, {"PST", -480}, {"PDT", -420}}};
            for (const auto& [name, minutes] : zones)
                if (same_ascii(zone, name)) offset = minutes;
        }
    }
    using namespace std::chrono;
    const year_month_day ymd{std::chrono::year{*year}, std::chrono::month{static_cast<unsigned>(month)},
                             std::chrono::day{static_cast<unsigned>(*day)}};
    if (!ymd.ok()) return std::nullopt;
    return sys_days{ymd} + hours{h} + minutes{m} + seconds{s} - minutes{offset};
}

} // namespace onward::steps
