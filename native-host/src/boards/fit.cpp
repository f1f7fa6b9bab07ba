#include "boards/fit.hpp"

#include "classify/normalize.hpp"
#include "core/error.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace onward::boards {

namespace {

using namespace std::chrono;

// Words (already folded: lower case, accents stripped) and what they stand for. One canonical word
// per meaning, across the five languages Onward writes; a word may stand for two ("swe").
struct Synonym {
    std::string_view word;
    std::string_view canonical; // space-separated canonical words; "" drops the word
};

constexpr std::array synonyms{
    // the people who build software
    Synonym{"engineer", "engineer"}, Synonym{"engineers", "engineer"}, Synonym{"developer", "engineer"},
    Synonym{"developers", "engineer"}, Synonym{"dev", "engineer"}, Synonym{"programmer", "engineer"},
    Synonym{"entwickler", "engineer"}, Synonym{"entwicklerin", "engineer"}, Synonym{"programmierer", "engineer"},
    Synonym{"ingenieur", "engineer"}, Synonym{"ingenieurin", "engineer"}, Synonym{"ingenieure", "engineer"},
    Synonym{"developpeur", "engineer"}, Synonym{"developpeuse", "engineer"}, Synonym{"desarrollador", "engineer"},
    Synonym{"desarrolladora", "engineer"}, Synonym{"ingeniero", "engineer"}, Synonym{"ingeniera", "engineer"},
    Synonym{"programador", "engineer"}, Synonym{"programadora", "engineer"}, Synonym{"ontwikkelaar", "engineer"},
    Synonym{"programmeur", "engineer"},
    Synonym{"swe", "software engineer"}, Synonym{"sde", "software engineer"}, Synonym{"sre", "reliability engineer"},
    Synonym{"logiciel", "software"}, Synonym{"logiciels", "software"}, Synonym{"softwareentwicklung", "software"},
    Synonym{"frontend", "frontend"}, Synonym{"backend", "backend"}, Synonym{"fullstack", "fullstack"},
    Synonym{"ml", "machine learning"}, Synonym{"ai", "ai"},
    // other roles
    Synonym{"manager", "manager"}, Synonym{"managerin", "manager"}, Synonym{"gerente", "manager"},
    Synonym{"responsable", "manager"}, Synonym{"leiter", "manager"}, Synonym{"leiterin", "manager"},
    Synonym{"designer", "designer"}, Synonym{"designerin", "designer"}, Synonym{"disenador", "designer"},
    Synonym{"disenadora", "designer"}, Synonym{"ontwerper", "designer"}, Synonym{"concepteur", "designer"},
    Synonym{"produit", "product"}, Synonym{"producto", "product"}, Synonym{"produkt", "product"},
    Synonym{"datos", "data"}, Synonym{"donnees", "data"}, Synonym{"daten", "data"},
    Synonym{"scientist", "scientist"}, Synonym{"cientifico", "scientist"}, Synonym{"cientifica", "scientist"},
    Synonym{"analyst", "analyst"}, Synonym{"analystin", "analyst"}, Synonym{"analista", "analyst"},
    Synonym{"analyste", "analyst"},
    // words that say nothing about the role
    Synonym{"m", ""}, Synonym{"w", ""}, Synonym{"d", ""}, Synonym{"f", ""}, Synonym{"x", ""}, Synonym{"h", ""},
    Synonym{"mwd", ""}, Synonym{"fmx", ""}, Synonym{"fmd", ""}, Synonym{"hf", ""}, Synonym{"all", ""},
    Synonym{"genders", ""}, Synonym{"gn", ""}, Synonym{"div", ""}, Synonym{"in", ""}, Synonym{"innen", ""},
    Synonym{"remote", ""}, Synonym{"hybrid", ""}, Synonym{"onsite", ""}, Synonym{"on", ""}, Synonym{"site", ""},
    Synonym{"and", ""}, Synonym{"of", ""}, Synonym{"the", ""}, Synonym{"for", ""}, Synonym{"with", ""},
    Synonym{"a", ""}, Synonym{"an", ""}, Synonym{"at", ""}, Synonym{"und", ""}, Synonym{"der", ""},
    Synonym{"die", ""}, Synonym{"das", ""}, Synonym{"fur", ""}, Synonym{"et", ""}, Synonym{"de", ""},
    Synonym{"des", ""}, Synonym{"du", ""}, Synonym{"la", ""}, Synonym{"le", ""}, Synonym{"les", ""},
    Synonym{"y", ""}, Synonym{"el", ""}, Synonym{"en", ""}, Synonym{"para", ""}, Synonym{"van", ""},
    Synonym{"voor", ""}, Synonym{"het", ""}, Synonym{"een", ""}, Synonym{"team", ""}, Synonym{"req", ""},
    Synonym{"ref", ""},
    Synonym{"full", ""}, Synonym{"time", ""}, Synonym{"fulltime", ""}, Synonym{"vollzeit", ""},
    Synonym{"teilzeit", ""}, Synonym{"cdi", ""}, Synonym{"permanent", ""},
};

// Seniority words. "Lead" and "principal" share the top rung, as the ladder in the issue has it.
struct Rung {
    std::string_view word;
    Level level;
};

constexpr std::array rungs{
    Rung{"junior", Level::junior},       Rung{"jr", Level::junior},         Rung{"entry", Level::junior},
    Rung{"graduate", Level::junior},     Rung{"grad", Level::junior},       Rung{"trainee", Level::junior},
    Rung{"einsteiger", Level::junior},   Rung{"debutant", Level::junior},   Rung{"i", Level::junior},
    Rung{"mid", Level::mid},             Rung{"intermediate", Level::mid},  Rung{"medior", Level::mid},
    Rung{"confirme", Level::mid},        Rung{"ii", Level::mid},            Rung{"semi", Level::mid},
    Rung{"senior", Level::senior},       Rung{"sr", Level::senior},         Rung{"iii", Level::senior},
    Rung{"experienced", Level::senior},  Rung{"erfahrener", Level::senior}, Rung{"erfahrene", Level::senior},
    Rung{"staff", Level::staff},         Rung{"iv", Level::staff},
    Rung{"principal", Level::principal}, Rung{"lead", Level::principal},    Rung{"leading", Level::principal},
    Rung{"head", Level::principal},      Rung{"chief", Level::principal},   Rung{"distinguished", Level::principal},
};

// German compounds end in the role: "Softwareentwickler" -> software + engineer.
constexpr std::array<std::pair<std::string_view, std::string_view>, 6> compound_tails{{
    {"entwicklerin", "engineer"},
    {"entwickler", "engineer"},
    {"ingenieurin", "engineer"},
    {"ingenieur", "engineer"},
    {"designerin", "designer"},
    {"designer", "designer"},
}};

// Two words written as one, and the spelled-out forms of a few.
constexpr std::array<std::pair<std::string_view, std::string_view>, 5> joined_pairs{{
    {"front end", "frontend"},
    {"back end", "backend"},
    {"full stack", "fullstack"},
    {"site reliability", "reliability"},
    {"machine learning", "machine learning"},
}};

std::vector<std::string> split_words(const std::string& folded)
{
    std::vector<std::string> out;
    std::string word;
    for (const char c : folded) {
        if (c == ' ' || c == '.') {
            if (!word.empty()) out.push_back(std::move(word));
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.empty()) out.push_back(std::move(word));
    return out;
}

void add_canonical(std::string_view canonical, std::vector<std::string>& words)
{
    std::size_t start = 0;
    while (start <= canonical.size()) {
        const auto end = canonical.find(' ', start);
        const auto part = canonical.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
        if (!part.empty()) words.emplace_back(part);
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
}

void add_word(const std::string& word, TitleProfile& profile)
{
    for (const auto& r : rungs) {
        if (word == r.word) {
            // "Lead" can also be a role word ("Tech Lead"): the highest stated rung wins.
            if (!profile.level_stated || static_cast<int>(r.level) > static_cast<int>(profile.level))
                profile.level = r.level;
            profile.level_stated = true;
            return;
        }
    }
    for (const auto& s : synonyms) {
        if (word == s.word) {
            add_canonical(s.canonical, profile.words);
            return;
        }
    }
    for (const auto& [tail, canonical] : compound_tails) {
        if (word.size() > tail.size() + 2 && word.ends_with(tail)) {
            auto head = word.substr(0, word.size() - tail.size());
            if (head.ends_with('-')) head.pop_back();
            add_word(head, profile);
            profile.words.emplace_back(canonical);
            return;
        }
    }
    // Numbers (requisition ids, "2026") say nothing about the role.
    if (std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) return;
    profile.words.push_back(word);
}

std::string days_text(std::int64_t n)
{
    if (n <= 0) return "today";
    if (n == 1) return "yesterday";
    return std::to_string(n) + " days ago";
}

std::string folded(std::string_view text)
{
    return classify::fold(text);
}

bool place_matches(const std::string& location, const std::vector<std::string>& wanted)
{
    const auto where = " " + folded(location) + " ";
    for (const auto& w : wanted) {
        const auto f = folded(w);
        if (!f.empty() && where.find(f) != std::string::npos) return true;
    }
    return false;
}

} // namespace

std::string_view to_string(Level level) noexcept
{
    switch (level) {
    case Level::junior: return "junior";
    case Level::mid: return "mid";
    case Level::senior: return "senior";
    case Level::staff: return "staff";
    case Level::principal: return "principal";
    }
    return "";
}

TitleProfile analyse_title(std::string_view title)
{
    TitleProfile p;
    auto text = folded(title);
    // "(m/w/d)", "f/m/x" and friends fold to single letters, which the synonym table drops.
    for (const auto& [two, one] : joined_pairs) {
        for (auto at = text.find(two); at != std::string::npos; at = text.find(two, at + one.size())) {
            const bool starts = at == 0 || text[at - 1] == ' ' || text[at - 1] == '.';
            const auto end = at + two.size();
            const bool ends = end == text.size() || text[end] == ' ' || text[end] == '.';
            if (starts && ends) text.replace(at, two.size(), one);
        }
    }
    for (const auto& word : split_words(text)) add_word(word, p);
    std::sort(p.words.begin(), p.words.end());
    p.words.erase(std::unique(p.words.begin(), p.words.end()), p.words.end());
    return p;
}

double title_similarity(const TitleProfile& a, const TitleProfile& b)
{
    if (a.words.empty() || b.words.empty()) return 0;
    std::vector<std::string> common;
    std::set_intersection(a.words.begin(), a.words.end(), b.words.begin(), b.words.end(), std::back_inserter(common));
    return 2.0 * static_cast<double>(common.size()) / static_cast<double>(a.words.size() + b.words.size());
}

Filters filters_from_json(const json& value, const std::string& path)
{
    Filters f;
    if (value.is_null()) return f;
    if (!value.is_object()) throw invalid_args(path + " must be an object.");
    for (const auto& [key, v] : value.items()) {
        const auto at = path + "." + key;
        if (key == "locations") {
            if (!v.is_array() || v.size() > 20) throw invalid_args(at + " must be a list of at most 20 places.");
            for (const auto& place : v) {
                if (!place.is_string() || place.get<std::string>().empty() || place.get<std::string>().size() > 100)
                    throw invalid_args(at + " must hold place names (text, 1 to 100 bytes).");
                f.locations.push_back(place.get<std::string>());
            }
        } else if (key == "remote") {
            if (!v.is_string() || (v != "include" && v != "only" && v != "exclude"))
                throw invalid_args(at + " must be one of include, only, exclude.");
            f.remote = v.get<std::string>();
        } else if (key == "max_age_days") {
            if (!v.is_number_integer() || v.get<std::int64_t>() < 1 || v.get<std::int64_t>() > 365)
                throw invalid_args(at + " must be a whole number between 1 and 365.");
            f.max_age_days = v.get<int>();
        } else {
            throw invalid_args(at + " is not a filter (known: locations, remote, max_age_days).");
        }
    }
    return f;
}

json to_json(const Filters& f)
{
    return {{"locations", f.locations}, {"remote", f.remote}, {"max_age_days", f.max_age_days}};
}

Fit assess(std::string_view role, const Posting& posting, const Filters& filters, TimePoint now)
{
    Fit fit;
    const auto wanted = analyse_title(role);
    const auto offered = analyse_title(posting.title);

    // The role
    double level_factor = 1.0;
    std::string role_part;
    if (wanted.words.empty()) {
        fit.similarity = 1.0;
        role_part = "any role (the application names none)";
    } else {
        fit.similarity = title_similarity(wanted, offered);
        if (fit.similarity < min_title_similarity) {
            fit.reason = "A different role from " + std::string(role) + " (title match " +
                         std::to_string(static_cast<int>(std::lround(fit.similarity * 100))) + "%).";
            return fit;
        }
        const auto want = static_cast<int>(wanted.level);
        const auto offer = offered.level_stated ? static_cast<int>(offered.level) : want;
        const auto steps = offer - want;
        if (std::abs(steps) > max_level_steps) {
            fit.reason = std::string(steps > 0 ? "Too senior" : "Too junior") + ": " +
                         std::string(to_string(offered.level)) + " where " + std::string(role) + " is " +
                         std::string(to_string(wanted.level)) + ".";
            return fit;
        }
        level_factor = steps == 0 ? 1.0 : 0.85;
        role_part = "the same kind of role as " + std::string(role) + " (title match " +
                    std::to_string(static_cast<int>(std::lround(fit.similarity * 100))) + "%)";
        if (steps == 1) role_part += ", one level up";
        if (steps == -1) role_part += ", one level below";
    }

    // The place
    std::string place_part;
    const auto where = posting.location.empty() ? std::string("place not given") : posting.location;
    if (filters.remote == "only") {
        if (!posting.remote) {
            fit.reason = "Not remote (" + where + "), and you asked for remote roles only.";
            return fit;
        }
        place_part = "remote";
    } else if (filters.remote == "exclude" && posting.remote) {
        fit.reason = "Remote (" + where + "), and you left remote roles out.";
        return fit;
    } else if (!filters.locations.empty()) {
        if (place_matches(posting.location, filters.locations))
            place_part = where;
        else if (posting.remote && filters.remote == "include")
            place_part = "remote (" + where + ")";
        else {
            fit.reason = "In " + where + ", outside the places you chose.";
            return fit;
        }
    } else {
        place_part = posting.remote && posting.location.empty() ? "remote" : where;
    }

    // The date
    double freshness = 1.0;
    std::string date_part = "date not given";
    if (posting.published_at) {
        const auto age = duration_cast<days>(now - *posting.published_at).count();
        if (age > filters.max_age_days) {
            fit.reason = "Posted " + days_text(age) + ", older than " + std::to_string(filters.max_age_days) + " days.";
            return fit;
        }
        freshness = 1.0 - 0.3 * static_cast<double>(std::max<std::int64_t>(age, 0)) / filters.max_age_days;
        date_part = "posted " + days_text(age);
    }

    fit.fits = true;
    fit.score = std::round(fit.similarity * level_factor * freshness * 100) / 100;
    fit.reason = posting.title + ": " + role_part + "; " + place_part + "; " + date_part + ".";
    return fit;
}

} // namespace onward::boards
