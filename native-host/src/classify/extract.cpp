#include "classify/extract.hpp"

#include "classify/simd.hpp"
#include "core/text.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cctype>
#include <cstring>
#include <initializer_list>
#include <span>
#include <vector>

namespace onward::classify {

namespace {

// Extraction looks at the start of the newest message only: the facts sit in the first lines.
constexpr std::size_t window = 20000;

char lower(char c) noexcept { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lower_copy(std::string_view s)
{
    std::string out(s);
    for (auto& c : out) c = lower(c);
    return out;
}

bool is_upper_start(std::string_view w) noexcept
{
    if (w.empty()) return false;
    const auto c = static_cast<unsigned char>(w[0]);
    if (c >= 'A' && c <= 'Z') return true;
    if (c >= '0' && c <= '9') return true;
    // Latin-1 supplement and extended capitals (Ä, Ö, Ü, É, ...): C3 80..9E.
    return c == 0xC3 && w.size() > 1 && static_cast<unsigned char>(w[1]) >= 0x80 &&
           static_cast<unsigned char>(w[1]) <= 0x9E;
}

// A set of bytes to trim (a multi-byte character counts as its bytes, each trimmed on its own).
class ByteSet {
public:
    constexpr explicit ByteSet(std::string_view bytes) noexcept
    {
        for (const char c : bytes) in_[static_cast<unsigned char>(c)] = true;
    }
    constexpr bool has(char c) const noexcept { return in_[static_cast<unsigned char>(c)]; }

private:
    std::array<bool, 256> in_{};
};

// (A look-up per byte in a table built at compile time, neither find_first_not_of, which calls
// memchr for every byte it tests, nor a pass over the characters: trim runs on every line of
// every email, twice.)
std::string_view trim(std::string_view s, const ByteSet& chars) noexcept
{
    std::size_t b = 0, e = s.size();
    while (b < e && chars.has(s[b])) ++b;
    while (e > b && chars.has(s[e - 1])) --e;
    return s.substr(b, e - b);
}

std::string_view trim_space(std::string_view s) noexcept
{
    static constexpr ByteSet space_and_quotes(" \t\n\"'");
    return trim(s, space_and_quotes);
}

bool ends_with_ci(std::string_view s, std::string_view suffix) noexcept
{
    if (s.size() < suffix.size()) return false;
    for (std::size_t i = 0; i < suffix.size(); ++i)
        if (lower(s[s.size() - suffix.size() + i]) != suffix[i]) return false;
    return true;
}

bool equals_ci(std::string_view a, std::string_view b) noexcept
{
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lower(a[i]) != lower(b[i])) return false;
    return true;
}

// ASCII letters and digits: what std::isalnum and std::isalpha answer in the "C" locale, which the
// program never leaves, without a library call for every byte (contains_word_ci asks of every byte
// of every name it looks at).
bool is_alpha(char c) noexcept
{
    const char folded = static_cast<char>(c | 0x20); // an ASCII capital to its small letter
    return folded >= 'a' && folded <= 'z';
}
bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
bool is_alnum(char c) noexcept { return is_alpha(c) || is_digit(c); }

// Does `needle` (lower case) stand at `p` of `s`, compared case-insensitively in place?
bool matches_at_ci(std::string_view s, std::size_t p, std::string_view needle) noexcept
{
    if (needle.size() > s.size() - p) return false;
    for (std::size_t k = 0; k < needle.size(); ++k)
        if (lower(s[p + k]) != needle[k]) return false;
    return true;
}

// Lower-case words (none empty) grouped by their first byte, so that contains_word_ci compares,
// at each place of a text, only the few words that can start there (of org_words' forty-six, two
// or three) rather than all of them.
class WordList {
public:
    WordList(std::initializer_list<std::string_view> words) : words_(words)
    {
        std::stable_sort(words_.begin(), words_.end(), [](auto a, auto b) { return first(a) < first(b); });
        for (auto w : words_) ++begin_[first(w) + 1u];
        for (std::size_t c = 1; c < begin_.size(); ++c) begin_[c] += begin_[c - 1];
    }
    std::span<const std::string_view> starting_with(char c) const noexcept
    {
        const auto b = static_cast<unsigned char>(c);
        return std::span<const std::string_view>(words_).subspan(begin_[b], begin_[b + 1u] - begin_[b]);
    }

private:
    static unsigned char first(std::string_view w) noexcept { return static_cast<unsigned char>(w[0]); }
    std::vector<std::string_view> words_;
    std::array<std::uint16_t, 257> begin_{}; // words starting with byte c: [begin_[c], begin_[c + 1])
};

// Is one of `words` in `s` as a whole word: no letter or digit on either side? A word can only
// start where no letter or digit stands before it, so those places are visited once and the words
// that start with the byte there are compared in place: no lower-case copy of `s`, no search per
// word (this runs on every display name and on signature lines).
bool contains_word_ci(std::string_view s, const WordList& words) noexcept
{
    for (std::size_t p = 0; p < s.size(); ++p) {
        if (p > 0 && is_alnum(s[p - 1])) continue;
        for (auto w : words.starting_with(lower(s[p]))) {
            if (!matches_at_ci(s, p, w)) continue;
            if (p + w.size() >= s.size() || !is_alnum(s[p + w.size()])) return true;
        }
    }
    return false;
}

// Is one of `needles` (lower case) anywhere in `s`, case-insensitively? Each place is compared, in
// place, only with the needles that start with its byte (none, mostly); the grouping is built once
// per list, not on every call.
bool contains_ci(std::string_view s, const WordList& needles) noexcept
{
    for (std::size_t p = 0; p < s.size(); ++p)
        for (auto n : needles.starting_with(lower(s[p])))
            if (matches_at_ci(s, p, n)) return true;
    return false;
}

// How common a (lower-case) byte is in the text of emails, roughly: letters by their frequency in
// English, German, French and Spanish together; a space most of all; punctuation and digits rare.
constexpr std::array<std::uint8_t, 256> make_commonness()
{
    constexpr std::string_view by_frequency = "etaonisrhldcumfpgwybvkzxjq"; // most common first
    std::array<std::uint8_t, 256> t{};
    t[' '] = 100;
    for (std::size_t k = 0; k < by_frequency.size(); ++k) t[static_cast<unsigned char>(by_frequency[k])] = static_cast<std::uint8_t>(90 - k);
    for (std::size_t c = 0x80; c < 256; ++c) t[c] = 40; // a byte of an accented letter
    return t;
}

// Looked up for every byte of a needle at every search: a table, not a search of the list.
int commonness(char c) noexcept
{
    static constexpr auto table = make_commonness();
    return table[static_cast<unsigned char>(c)];
}

std::size_t rarest_byte(std::string_view needle) noexcept
{
    std::size_t at = 0;
    for (std::size_t k = 1; k < needle.size(); ++k)
        if (commonness(needle[k]) < commonness(needle[at])) at = k;
    return at;
}

// Case-insensitive search of a lower-case ASCII needle.
std::size_t find_ci(std::string_view hay, std::string_view needle, std::size_t from = 0) noexcept
{
    const auto rest_matches = [&](std::size_t i) {
        std::size_t k = 1;
        while (k < needle.size() && lower(hay[i + k]) == needle[k]) ++k;
        return k == needle.size();
    };
    if (from + needle.size() > hay.size()) return std::string_view::npos;
    const std::size_t last = hay.size() - needle.size(); // the last place the needle can start
    const char first = needle[0];
    if (last - from < 32) { // short hays (the stop words of capture_phrase): byte by byte
        for (std::size_t i = from; i <= last; ++i)
            if (lower(hay[i]) == first && rest_matches(i)) return i;
        return std::string_view::npos;
    }
    if (first >= 'A' && first <= 'Z') return std::string_view::npos; // lower() never gives one
    // Long hays: memchr to the next place where the anchor byte, in either case, stands. Each of the
    // two positions is looked for again only once passed, so the search stays linear. The anchor is
    // the needle's rarest byte in ordinary text ("interest in " is looked for at its 's's, not at
    // every 'e' or space): each place memchr stops at costs a comparison.
    const std::size_t a_at = rarest_byte(needle);
    const char anchor = needle[a_at];
    if (anchor >= 'A' && anchor <= 'Z') return std::string_view::npos;
#ifdef ONWARD_SSE2
    // Where even the rarest byte is common ("en ", " role", "interest in "), memchr would stop too
    // often, a call each time: with SSE2, sixteen places a step instead, kept where the needle's
    // first, second and last bytes stand, and compared in full only there. (Each byte is compared
    // with bit 5 set, which makes a capital small and lets a few other bytes through: the full
    // comparison turns those away.) For a rare anchor ('j', 'z', 'b') memchr's jumps are cheaper.
    constexpr int rare = 71; // 'b'
    if (commonness(anchor) > rare) {
        const auto bytes_at = [&](std::size_t i) {
            return _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(hay.data() + i)), _mm_set1_epi8(0x20));
        };
        const auto each = [](char c) { return _mm_set1_epi8(static_cast<char>(c | 0x20)); };
        const std::size_t second = needle.size() > 1 ? 1 : 0, end = needle.size() - 1;
        const __m128i first_bytes = each(first), second_bytes = each(needle[second]), last_bytes = each(needle[end]);
        std::size_t from16 = from;
        for (; from16 + 15 <= last; from16 += 16) { // places from16 to from16 + 15
            const __m128i at_first = _mm_cmpeq_epi8(bytes_at(from16), first_bytes);
            const __m128i at_second = _mm_cmpeq_epi8(bytes_at(from16 + second), second_bytes);
            const __m128i at_last = _mm_cmpeq_epi8(bytes_at(from16 + end), last_bytes);
            auto places = static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(_mm_and_si128(at_first, at_second), at_last)));
            for (; places != 0; places &= places - 1) {
                const std::size_t i = from16 + static_cast<std::size_t>(std::countr_zero(places));
                if (lower(hay[i]) == first && rest_matches(i)) return i;
            }
        }
        for (std::size_t i = from16; i <= last; ++i)
            if (lower(hay[i]) == first && rest_matches(i)) return i;
        return std::string_view::npos;
    }
#endif
    const char other = (anchor >= 'a' && anchor <= 'z') ? static_cast<char>(anchor - 'a' + 'A') : anchor;
    const auto next = [&](char c, std::size_t i) -> std::size_t {
        const void* q = std::memchr(hay.data() + i + a_at, c, last + 1 - i);
        return q ? static_cast<std::size_t>(static_cast<const char*>(q) - hay.data()) - a_at : std::string_view::npos;
    };
    const auto whole_matches = [&](std::size_t i) {
        for (std::size_t k = 0; k < needle.size(); ++k)
            if (lower(hay[i + k]) != needle[k]) return false;
        return true;
    };
    std::size_t a = next(anchor, from);
    std::size_t b = other == anchor ? std::string_view::npos : next(other, from);
    while (a != std::string_view::npos || b != std::string_view::npos) {
        const std::size_t i = std::min(a, b);
        if (whole_matches(i)) return i;
        if (i == last) break;
        if (a == i) a = next(anchor, i + 1);
        if (b == i) b = next(other, i + 1);
    }
    return std::string_view::npos;
}

const WordList org_words = {
    "careers", "career", "recruiting", "recruitment", "recruiter", "talent", "talent acquisition", "hiring", "hiring team",
    "jobs", "team", "hr", "human resources", "people", "people team", "notifications", "karriere", "personal",
    "personalabteilung", "recrutement", "rh", "empleo", "reclutamiento", "werving", "inc", "gmbh", "ag", "llc", "ltd",
    "corp", "group", "university", "se", "bv", "sa", "no-reply", "noreply", "do not reply", "workday", "greenhouse",
    "lever", "mailer", "info", "support", "applications"};

// The words of a team (not of a legal form): "Careers at Northwind" is a team's name for the company.
const WordList team_words = {
    "careers", "career", "recruiting", "recruitment", "recruiter", "recruiters", "talent", "hiring", "jobs", "team", "hr",
    "human resources", "people", "notifications", "karriere", "personal", "personalabteilung", "recrutement", "rh",
    "empleo", "reclutamiento", "werving", "no-reply", "noreply", "applications"};

const std::initializer_list<std::string_view> name_suffixes = {
    " talent acquisition team", " talent acquisition", " recruiting team", " recruitment team", " hiring team", " people team",
    " careers team", " careers", " career", " recruiting", " recruitment", " recruiters", " recruiter", " talent team", " talent",
    " hr team", " hr", " human resources", " jobs", " job", " team", " notifications", " karriere", " personalabteilung",
    " recrutement", " rh", " via greenhouse", " via lever", " via workday", " via smartrecruiters", " @ workday",
    " (via greenhouse)", " (via lever)", " applications", " hiring", " - careers", " | careers"};

const std::initializer_list<std::string_view> pronouns = {
    "ihnen", "ihr", "ihre", "ihrer", "ihrem", "ihren", "sie", "uns", "dir", "dich", "du", "euch", "der", "die", "das", "den",
    "dem", "einem", "einer", "eine", "ein", "the", "our", "your", "this", "that", "a", "an", "us", "me", "you", "we", "it",
    "vous", "nous", "notre", "votre", "le", "la", "les", "nuestra", "nuestro", "su", "tu", "el", "los", "las", "uw", "jou",
    "jouw", "ons", "onze", "het", "de", "een", "unserem", "unserer", "unseren", "unsere", "unser", "linkedin", "xing",
    "indeed", "glassdoor", "stepstone", "mr", "mrs", "ms", "dr", "hi", "hello", "dear", "hallo", "bonjour", "hola"};

bool is_pronoun(std::string_view w)
{
    for (auto p : pronouns)
        if (equals_ci(w, p)) return true;
    return false;
}

// Capitalised words after a trigger, e.g. "at Acme Robotics GmbH, where" -> "Acme Robotics GmbH".
std::string capture_name(std::string_view text, std::size_t pos, std::size_t max_words = 5)
{
    std::vector<std::string_view> words;
    std::size_t i = pos;
    const auto is_word_char = [](unsigned char c) {
        return is_alnum(static_cast<char>(c)) || c >= 0x80 || c == '&' || c == '-' || c == '.' || c == '\'' || c == '+';
    };
    while (i < text.size() && words.size() < max_words) {
        while (i < text.size() && text[i] == ' ') ++i;
        const auto start = i;
        while (i < text.size() && is_word_char(static_cast<unsigned char>(text[i]))) ++i;
        if (i == start) break;
        auto w = text.substr(start, i - start);
        const bool sentence_end = w.size() > 1 && w.back() == '.' && !(w.size() <= 4 && is_upper_start(w)); // "Inc." ok
        while (!w.empty() && (w.back() == '.' || w.back() == '\'' || w.back() == '-')) w.remove_suffix(1);
        if (w.empty()) break;
        const bool connector = w == "&" || w == "and" || w == "und" || w == "of" || w == "de" || w == "y" ||
                               w == "et" || w == "van" || w == "der";
        if (!connector && !is_upper_start(w)) break;
        if (words.empty() && (connector || is_pronoun(w))) break;
        words.push_back(w);
        if (sentence_end) break;
        if (i < text.size() && text[i] != ' ') break; // punctuation ends the name
    }
    while (!words.empty()) {
        const auto w = words.back();
        if (w == "&" || w == "and" || w == "und" || w == "of" || w == "de" || w == "y" || w == "et" || w == "van" ||
            w == "der")
            words.pop_back();
        else
            break;
    }
    if (words.empty()) return {};
    const auto b = words.front().data() - text.data();
    const auto e = words.back().data() + words.back().size() - text.data();
    return std::string(text.substr(static_cast<std::size_t>(b), static_cast<std::size_t>(e - b)));
}

// Does a word that ends a captured phrase (" at ", " with ", " – ") start at `i` (a space) of `text`?
// Looked up by the byte after the space: of the sixty stop words, a handful start with any one.
bool ends_a_phrase_at(std::string_view text, std::size_t i) noexcept
{
    static constexpr std::string_view stops[] = {
        " at ", " bei ", " chez ", " with ", " in our ", " in unserem ", " within ", " - ", " | ", " – ", " has ", " have ",
        " was ", " is ", " and ", " und ", " et ", " y ", " en ", " bij ", " en el ", " dans ", " for which ", " position",
        " role ", " wurde ", " ist ", " haben ", " hat ", " a été ", " ha sido ", " is ingevuld ", " we ", " wir ", " nous ",
        " (job", " (req", " (id", " job id", " req id", " ref", " (ref", " we've ", " we have ", " which ", " that ",
        " posted ", " on ", " from ", " via ", " auf ", " für ", " pour ", " para ", " voor ", " van ",
        // A clause going on after the role ("... Consultant as we have decided"), a date after it
        // ("Analyst (m/w/d) vom 20.11.2025").
        " as we ", " as our ", " as the ", " as you ", " as they ", " as it ", " as a result", " as of ", " because ",
        " since ", " but ", " however", " da wir ", " da sie ", " weil ", " vom ", " dated ", " car ", " porque ", " omdat "};
    // Per second byte (lower case), the stop words that have it.
    static const auto by_second = [] {
        std::array<std::vector<std::string_view>, 256> table;
        for (auto stop : stops) table[static_cast<unsigned char>(stop[1])].push_back(stop);
        return table;
    }();
    if (i + 1 >= text.size()) return false;
    for (auto stop : by_second[static_cast<unsigned char>(lower(text[i + 1]))]) {
        if (i + stop.size() > text.size()) continue;
        std::size_t k = 2;
        while (k < stop.size() && lower(text[i + k]) == stop[k]) ++k;
        if (k == stop.size()) return true;
    }
    return false;
}

// Text after `pos` up to a delimiter, e.g. a role: "Senior Data Engineer (m/w/d) at Acme" -> "Senior Data Engineer (m/w/d)".
std::string capture_phrase(std::string_view text, std::size_t pos, std::size_t max_len = 80)
{
    auto rest = text.substr(pos, std::min(max_len + 40, text.size() - pos));
    std::size_t end = rest.size();
    for (std::size_t i = 0; i < rest.size(); ++i) {
        const char c = rest[i];
        if (c == '\n' || c == '!' || c == '?' || c == ';' || c == ',' || c == '"') {
            end = i;
            break;
        }
        if (c == '.' && (i + 1 >= rest.size() || rest[i + 1] == ' ' || rest[i + 1] == '\n')) {
            end = i;
            break;
        }
        if (c == ':' && i > 0) {
            end = i;
            break;
        }
        if (c != ' ') continue; // every stop word begins with a space
        if (ends_a_phrase_at(rest, i)) {
            end = i;
            break;
        }
    }
    static constexpr ByteSet around_a_phrase(" \t\"'`*:-|,;([<>“”„«»‘’");
    auto out = trim(rest.substr(0, end), around_a_phrase);
    while (!out.empty() && (out.back() == ')' && out.find('(') == std::string_view::npos)) out.remove_suffix(1);
    if (out.size() > max_len || out.size() < 2) return {};
    return std::string(out);
}

bool role_like(std::string_view r)
{
    if (r.empty() || r.size() > 80) return false;
    if (!is_upper_start(r) && !(r.size() > 1 && static_cast<unsigned char>(r[0]) >= 0x80)) {
        // Lower-case roles are common in French and Spanish ("développeur web"); accept two or more words.
        if (r.find(' ') == std::string_view::npos) return false;
    }
    const auto first_space = r.find(' ');
    const auto first = r.substr(0, first_space);
    if (is_pronoun(first)) return false;
    static constexpr std::string_view bad[] = {"position", "role", "job", "application", "opportunity", "stelle",
                                               "interest", "time", "poste", "puesto", "functie", "team"};
    for (auto b : bad)
        if (equals_ci(r, b)) return false;
    return true;
}

// Which runs of four adjacent bytes (ASCII lower-cased) a text has, hashed into a table: a trigger
// phrase with a run of four the text lacks cannot be in it, so most of the dozens of triggers are
// ruled out without a search. No false negatives: a phrase in the text brings all its runs along
// (a phrase shorter than four bytes is always searched for).
//
// The table holds a stamp per slot rather than a bit: marking a run is one store, with nothing to
// read first and nothing to clear between texts (a slot is set when it holds this filter's stamp).
// Building a bit set (read, or, write per byte, and clearing it per text) was a tenth of the time of
// a short email. Two filters may be alive at once (the subject's and the body's): each `Bank` has
// its own table, per thread.
class ByteRunFilter {
public:
    enum class Bank { subject, body };
    ByteRunFilter(std::string_view text, Bank bank) noexcept : table_(tables()[static_cast<std::size_t>(bank)])
    {
        // On longer texts the searches' memchr jumps are cheap against the text: the filter would
        // cost more than it saves.
        constexpr std::size_t worth_it_up_to = 2048;
        if (text.size() > worth_it_up_to) {
            everything_ = true;
            return;
        }
        if (++table_.stamp == 0) { // the stamps went round (every 255 texts): old ones would read as this one's
            table_.slots.fill(0);
            table_.stamp = 1;
        }
        stamp_ = table_.stamp;
        std::uint32_t last_four = 0;
        for (std::size_t i = 0; i < text.size(); ++i) {
            last_four = (last_four << 8) | byte_of(text[i]);
            if (i >= 3) table_.slots[run_slot(last_four)] = stamp_;
        }
    }
    ByteRunFilter(const ByteRunFilter&) = delete;
    ByteRunFilter& operator=(const ByteRunFilter&) = delete;

    // False only when `needle` (lower case) cannot occur in the text.
    bool may_contain(std::string_view needle) const noexcept
    {
        if (everything_) return true;
        std::uint32_t last_four = 0;
        for (std::size_t i = 0; i < needle.size(); ++i) {
            last_four = (last_four << 8) | byte_of(needle[i]);
            if (i >= 3 && table_.slots[run_slot(last_four)] != stamp_) return false;
        }
        return true;
    }

private:
    struct Table {
        std::array<std::uint8_t, 1u << 14> slots{}; // a byte a slot: both banks stay within 32 KB
        std::uint8_t stamp = 0;
    };
    static std::array<Table, 2>& tables() noexcept
    {
        thread_local std::array<Table, 2> banks{};
        return banks;
    }
    static std::uint32_t byte_of(char c) noexcept { return static_cast<unsigned char>(lower(c)); }
    // The last four bytes, hashed (16,384 slots).
    static std::size_t run_slot(std::uint32_t last_four) noexcept { return (last_four * 0x9E3779B1u) >> 18; }

    Table& table_;
    std::uint8_t stamp_ = 0;
    bool everything_ = false; // a long text: every needle may be in it
};

// The search words, per use; extraction_triggers() lists them all once.
constexpr std::string_view role_subject_triggers[] = {
    "your application for the ", "your application for ", "application for the ", "application for ",
    "application to the ", "applying for the ", "applying for ", "application: ", "application - ",
    "ihre bewerbung als ", "deine bewerbung als ", "bewerbung als ", "bewerbung für die position ",
    "bewerbung für die stelle ", "bewerbung für ", "bewerbung auf die stelle ", "bewerbung auf ", "bewerbung: ",
    "bewerbung - ", "candidature au poste de ", "candidature au poste d'", "candidature pour le poste de ",
    "candidature pour ", "candidature : ", "candidature - ", "candidatura para el puesto de ", "candidatura para ",
    "candidatura a ", "candidatura: ", "sollicitatie als ", "sollicitatie voor de functie van ",
    "sollicitatie voor de functie ", "sollicitatie voor ", "sollicitatie: ", "interview for the ", "interview for ",
    "einladung zum vorstellungsgespräch als ", "your candidacy for ", "bewerbung für den job ", "bewerbung zum ",
    "bewerbung zur "};
constexpr std::string_view role_subject_employer_triggers[] = {"application to ", "bewerbung an "};
constexpr std::string_view role_nouns[] = {" position", " role", " opening", " vacancy", " job opening", " internship",
                                           " opportunity"};
constexpr std::string_view role_body_triggers[] = {
    "position of ", "role of ", "position as ", "role as ", "bewerbung als ", "bewerbung für die position ",
    "bewerbung für die stelle ", "bewerbung auf die stelle als ", "bewerbung auf die stelle ", "bewerbung auf die position ",
    "stelle als ", "position als ", "tätigkeit als ", "poste de ", "poste d'", "puesto de ", "posición de ",
    "functie van ", "functie als ", "sollicitatie als ", "vacature van ", "application for the ", "application for ",
    "applied for the ", "applied for ", "candidature au poste de "};
constexpr std::string_view company_body_triggers[] = {
    "interest in ", "position at ", "role at ", "opportunity at ", "opportunities at ", "career at ", "careers at ",
    "applying to ", "applying at ", "application to ", "application at ", "applied to ", "applied at ", "here at ",
    "team at ", "working at ", "work at ", "position with ", "role with ", "opportunity with ", "interest in joining ",
    "opening at ", "internship at ", "job at ", "employment with ", "career with ", "update from ", "message from ",
    "join ", "interesse an ", "bewerbung bei ", "karriere bei ", "team von ", "bei der ", "bei ", "chez ",
    "au sein de ", "rejoindre ", "en la empresa ", "unirte a ", "en ", "bij "};
constexpr std::string_view company_subject_triggers[] = {
    "interest in joining ", "interest in ", "application with ", "application at ", "applying to ", "applied to ",
    "bewerbung bei ", "ihre bewerbung an ", "candidature chez ", "sollicitatie bij ", "candidatura en "};

// The ids of a list's words in extraction_triggers(), one table per list (the list is the template
// argument, not its length), computed when the program starts rather than checked on every use.
template <const auto& List>
std::array<std::uint16_t, std::size(List)> ids_of_list()
{
    std::array<std::uint16_t, std::size(List)> out{};
    const auto& all = extraction_triggers();
    for (std::size_t k = 0; k < std::size(List); ++k)
        out[k] = static_cast<std::uint16_t>(std::find(all.begin(), all.end(), List[k]) - all.begin());
    return out;
}
template <const auto& List>
const auto ids_of = ids_of_list<List>();

// Which triggers may occur in a text: those the classifier saw, or, when it has not looked, those
// whose runs of four bytes all occur in the text.
class TriggerFilter {
public:
    TriggerFilter(std::string_view text, ByteRunFilter::Bank bank, const TriggerSet* seen) : seen_(seen != nullptr)
    {
        if (seen) searched_ = *seen | always_searched();
        else runs_.emplace(text, bank);
    }
    // May word k of `List` (one of the lists above) occur in the text?
    template <const auto& List>
    bool may_contain(std::size_t k) const noexcept
    {
        return seen_ ? searched_.test(ids_of<List>[k]) : runs_->may_contain(List[k]);
    }

private:
    // The triggers searched_always() names, as a set: merged into the seen ones once per text
    // rather than asked of every trigger of every list.
    static const TriggerSet& always_searched()
    {
        static const TriggerSet set = [] {
            TriggerSet out;
            const auto& all = extraction_triggers();
            for (std::size_t id = 0; id < all.size(); ++id) out[id] = searched_always(all[id]);
            return out;
        }();
        return set;
    }

    bool seen_;
    TriggerSet searched_; // with seen_: the seen triggers and those searched always
    std::optional<ByteRunFilter> runs_;
};

std::string role_from_subject(std::string_view subject, const TriggerFilter& runs)
{
    // A quoted role: "..." “...” „...“ «...» '...'
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 5> quotes = {{
        {"\"", "\""}, {"“", "”"}, {"„", "“"}, {"«", "»"}, {"‘", "’"}}};
    for (const auto& [open, close] : quotes) {
        const auto b = subject.find(open);
        if (b == std::string_view::npos) continue;
        const auto e = subject.find(close, b + open.size());
        if (e == std::string_view::npos) continue;
        static constexpr ByteSet space_and_quotes(" \t'\"«»“”„");
        const auto inner = trim(subject.substr(b + open.size(), e - b - open.size()), space_and_quotes);
        if (inner.size() >= 3 && inner.size() <= 80) return std::string(inner);
    }
    for (std::size_t k = 0; k < std::size(role_subject_triggers); ++k) {
        if (!runs.may_contain<role_subject_triggers>(k)) continue;
        const auto t = role_subject_triggers[k];
        const auto p = find_ci(subject, t);
        if (p == std::string_view::npos) continue;
        auto role = capture_phrase(subject, p + t.size());
        // "Application for Data Engineer at Acme": capture_phrase stops at " at ".
        if (role_like(role)) return role;
    }
    // "Your application to Data Engineer at Acme": "application to" names a role only when an
    // employer follows it ("your application to Acme" names the employer).
    for (std::size_t k = 0; k < std::size(role_subject_employer_triggers); ++k) {
        if (!runs.may_contain<role_subject_employer_triggers>(k)) continue;
        const auto t = role_subject_employer_triggers[k];
        const auto p = find_ci(subject, t);
        if (p == std::string_view::npos) continue;
        auto role = capture_phrase(subject, p + t.size());
        const auto after = p + t.size() + role.size();
        if (role_like(role) && (find_ci(subject, " at ", after) == after || find_ci(subject, " bei ", after) == after)) return role;
    }
    return {};
}

// Where the last "the " or "our " in `s` starts (npos: neither): one pass back, in which a place
// is looked at further only where a space ends it, rather than a search for each of the two.
std::size_t last_the_or_our(std::string_view s) noexcept
{
    if (s.size() < 4) return std::string_view::npos;
    for (std::size_t i = s.size() - 4;; --i) {
        if (s[i + 3] == ' ' && ((s[i] == 't' && s[i + 1] == 'h' && s[i + 2] == 'e') ||
                                (s[i] == 'o' && s[i + 1] == 'u' && s[i + 2] == 'r')))
            return i;
        if (i == 0) return std::string_view::npos;
    }
}

std::string role_from_body(std::string_view text, const TriggerFilter& runs)
{
    // "for the Senior Engineer position", "the Data Analyst role": a capitalised phrase before the noun.
    for (std::size_t k = 0; k < std::size(role_nouns); ++k) {
        if (!runs.may_contain<role_nouns>(k)) continue;
        const auto noun = role_nouns[k];
        for (auto p = find_ci(text, noun); p != std::string_view::npos; p = find_ci(text, noun, p + 1)) {
            const auto lo = p > 80 ? p - 80 : 0;
            const auto before = text.substr(lo, p - lo);
            const auto the = last_the_or_our(before);
            if (the == std::string_view::npos) continue;
            static constexpr ByteSet space_and_quotes(" \t\"'“”‘’");
            auto role = trim(before.substr(the + 4), space_and_quotes);
            if (role.empty() || role.find('\n') != std::string_view::npos || role.find(". ") != std::string_view::npos ||
                role.find(',') != std::string_view::npos)
                continue;
            if (is_upper_start(role) && role_like(role)) return std::string(role);
        }
    }
    for (std::size_t k = 0; k < std::size(role_body_triggers); ++k) {
        if (!runs.may_contain<role_body_triggers>(k)) continue;
        const auto t = role_body_triggers[k];
        for (auto p = find_ci(text, t); p != std::string_view::npos; p = find_ci(text, t, p + 1)) {
            auto role = capture_phrase(text, p + t.size());
            if (role_like(role)) return role;
            break;
        }
    }
    return {};
}

std::string company_from_body(std::string_view text, const TriggerFilter& runs)
{
    for (std::size_t k = 0; k < std::size(company_body_triggers); ++k) {
        if (!runs.may_contain<company_body_triggers>(k)) continue;
        const auto t = company_body_triggers[k];
        std::size_t tries = 0;
        for (auto p = find_ci(text, t); p != std::string_view::npos && tries < 8; p = find_ci(text, t, p + 1), ++tries) {
            if (p > 0 && is_alpha(text[p - 1])) continue; // inside a word
            auto name = capture_name(text, p + t.size(), 4);
            if (name.size() >= 2 && name.size() <= 60) return name;
        }
    }
    return {};
}

// The employer in a subject written about the application: "Thanks for your interest in Acme", "Your
// application with Acme", "Your application for Data Engineer at Acme" (" at " only in a subject
// about an application: "Interview at 3 PM" names no employer).
std::string company_from_subject(std::string_view subject, const TriggerFilter& runs)
{
    for (std::size_t k = 0; k < std::size(company_subject_triggers); ++k) {
        if (!runs.may_contain<company_subject_triggers>(k)) continue;
        const auto t = company_subject_triggers[k];
        const auto p = find_ci(subject, t);
        if (p == std::string_view::npos) continue;
        auto name = capture_name(subject, p + t.size(), 4);
        if (name.size() >= 2 && name.size() <= 60) return name;
    }
    if (find_ci(subject, "appli") != std::string_view::npos) {
        const auto p = find_ci(subject, " at ");
        if (p != std::string_view::npos) {
            auto name = capture_name(subject, p + 4, 4);
            const bool starts_with_digit = !name.empty() && name[0] >= '0' && name[0] <= '9';
            if (!starts_with_digit && name.size() >= 2 && name.size() <= 60) return name;
        }
    }
    return {};
}

// Lower-case suffixes grouped by their last byte: a line is compared only with those that end in
// its own last byte (of the thirty-three legal forms, none to ten) rather than with all of them.
class SuffixList {
public:
    SuffixList(std::initializer_list<std::string_view> suffixes)
    {
        for (auto x : suffixes) by_last_[static_cast<unsigned char>(x.back())].push_back(x);
    }
    // Does `s` end in one of the suffixes, compared case-insensitively?
    bool ends_one_of(std::string_view s) const noexcept
    {
        if (s.empty()) return false;
        for (auto x : by_last_[static_cast<unsigned char>(lower(s.back()))])
            if (ends_with_ci(s, x)) return true;
        return false;
    }

private:
    std::array<std::vector<std::string_view>, 256> by_last_;
};

const SuffixList legal_forms = {
    " gmbh", " ag", " inc", " inc.", " llc", " ltd", " ltd.", " limited", " se", " sa", " s.a.", " sas", " b.v.", " bv",
    " n.v.", " nv", " kg", " gmbh & co. kg", " s.l.", " sl", " corp", " corp.", " corporation", " plc", " oy", " ab",
    " aps", " s.r.l.", " spa", " llp", " e.v.", " co.", " company"};

std::string company_from_lines(std::string_view text)
{
    std::size_t pos = 0;
    while (pos < text.size()) {
        auto nl = text.find('\n', pos);
        if (nl == std::string_view::npos) nl = text.size();
        static constexpr ByteSet bullets_and_rules(" \t*|-–•");
        const auto line = trim(text.substr(pos, nl - pos), bullets_and_rules);
        pos = nl + 1;
        if (line.size() < 4 || line.size() > 60 || !is_upper_start(line)) continue;
        if (line.find("©") != std::string_view::npos || line.find('@') != std::string_view::npos) continue;
        if (legal_forms.ends_one_of(line)) return std::string(line);
    }
    return {};
}

bool is_noreply(std::string_view email)
{
    static const WordList machine_words = {"noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "do_not_reply",
                                           "notifications", "notification", "mailer", "bounce", "jobalerts", "alerts",
                                           "automated", "system"};
    return contains_ci(email, machine_words);
}

bool free_mail(std::string_view domain)
{
    for (auto d : {"gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "me.com", "mac.com",
                   "msn.com", "live.com", "aol.com", "mail.com", "proton.me", "protonmail.com", "pm.me", "fastmail.com", "hey.com",
                   "yahoo.co.uk", "hotmail.co.uk", "outlook.co.uk", "live.co.uk", "btinternet.com", "sky.com", "virginmedia.com",
                   "yahoo.ca", "hotmail.ca", "bigpond.com", "optusnet.com.au", "yahoo.com.au", "rediffmail.com", "yahoo.co.in",
                   "gmx.de", "gmx.net", "gmx.at", "gmx.ch", "web.de", "t-online.de", "freenet.de", "arcor.de", "posteo.de",
                   "mailbox.org", "yahoo.de", "hotmail.de", "outlook.de", "bluewin.ch", "aon.at",
                   "orange.fr", "free.fr", "yahoo.fr", "hotmail.fr", "outlook.fr", "laposte.net", "sfr.fr", "wanadoo.fr",
                   "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net", "yahoo.com.mx", "hotmail.com.ar",
                   "ziggo.nl", "kpnmail.nl", "xs4all.nl", "planet.nl", "home.nl", "hetnet.nl", "telenet.be", "skynet.be",
                   "libero.it"})
        if (domain == d) return true;
    return false;
}

bool is_job_board(std::string_view domain)
{
    for (auto d : {"linkedin.com", "indeed.com", "glassdoor.com", "stepstone.de", "xing.com", "monster.com",
                   "ziprecruiter.com", "indeedemail.com", "dice.com", "welcometothejungle.com", "handshake.com",
                   "joinhandshake.com", "angel.co", "wellfound.com", "otta.com", "hired.com"})
        if (domain == d || (domain.size() > std::string_view(d).size() &&
                            domain.substr(domain.size() - std::string_view(d).size()) == d &&
                            domain[domain.size() - std::string_view(d).size() - 1] == '.'))
            return true;
    return false;
}

std::string capitalise(std::string_view s)
{
    std::string out(s);
    if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    return out;
}

// `ats_domain`: ats_from_domain(s.domain) found an ATS (the caller has asked already).
std::string company_from_domain(const Sender& s, bool ats_domain)
{
    if (s.domain.empty() || free_mail(s.domain) || is_job_board(s.domain)) return {};
    if (ats_domain) {
        // Workday and some others send as <company>@myworkday.com.
        const auto at = s.email.find('@');
        const auto local = std::string_view(s.email).substr(0, at);
        if (!is_noreply(local) && local.size() >= 2 && local.find('.') == std::string_view::npos) return capitalise(local);
        return {};
    }
    // The registrable label: "careers.acme-robotics.co.uk" -> "acme-robotics".
    std::vector<std::string_view> labels;
    std::string_view d = s.domain;
    std::size_t start = 0;
    while (true) {
        const auto dot = d.find('.', start);
        labels.push_back(d.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start));
        if (dot == std::string_view::npos) break;
        start = dot + 1;
    }
    if (labels.size() < 2) return {};
    std::size_t idx = labels.size() - 2;
    const auto second = labels[idx];
    if (idx > 0 && (second == "co" || second == "com" || second == "ac" || second == "org" || second == "gov" ||
                    second == "net"))
        --idx;
    const auto label = labels[idx];
    if (label.size() < 2) return {};
    return capitalise(label);
}

// "Jane Doe", "Jane from Acme", "Acme Careers", "Acme via Greenhouse"
struct DisplayName {
    std::string person;
    std::string company;
};

bool person_like(std::string_view name)
{
    if (name.empty() || name.size() > 40) return false;
    if (name.find('@') != std::string_view::npos) return false;
    if (contains_word_ci(name, org_words)) return false;
    std::size_t words = 0;
    std::size_t i = 0;
    while (i < name.size()) {
        while (i < name.size() && name[i] == ' ') ++i;
        const auto b = i;
        while (i < name.size() && name[i] != ' ') ++i;
        if (i == b) break;
        const auto w = name.substr(b, i - b);
        if (!is_upper_start(w)) return false;
        for (char c : w)
            if (is_digit(c)) return false;
        ++words;
    }
    return words >= 2 && words <= 4;
}

// Spaces and separators ("-", "|", ",", and the UTF-8 dash and middle dot as whole sequences, never
// a byte of another character) off both ends.
std::string_view trim_separators(std::string_view s)
{
    for (;;) {
        const auto before = s.size();
        static constexpr ByteSet separators(" \t-|,");
        s = trim(s, separators);
        for (std::string_view sep : {"–", "·"}) {
            if (s.starts_with(sep)) s.remove_prefix(sep.size());
            if (s.ends_with(sep)) s.remove_suffix(sep.size());
        }
        if (s.size() == before) return s;
    }
}

// "Pablo Serrano – Talent Acquisition" -> "Pablo Serrano": the words of a team, "the" and the
// separators before them taken off the end.
std::string_view without_trailing_team_words(std::string_view s)
{
    static const WordList also_trailing = {"the", "acquisition", "early"};
    for (;;) {
        s = trim_separators(s);
        const auto space = s.find_last_of(' ');
        const auto last = space == std::string_view::npos ? s : s.substr(space + 1);
        if (last.empty() || !(contains_word_ci(last, team_words) || contains_word_ci(last, also_trailing))) return s;
        s = s.substr(0, s.size() - last.size());
    }
}

// find_ci for a needle (lower case) that starts with a space: only at the spaces of `hay` is the
// needle compared (a display name is tried for eleven). A display name is a few words: a byte loop
// finds its spaces cheaper than a memchr call each.
std::size_t find_spaced_ci(std::string_view hay, std::string_view needle) noexcept
{
    for (std::size_t p = 0; p < hay.size(); ++p)
        if (hay[p] == ' ' && matches_at_ci(hay, p, needle)) return p;
    return std::string_view::npos;
}

// `team_address`: the address is a team's or a machine's ("careers@", "jobs@", "no-reply@"), so a
// name beside a team's words ("Harrowgate Foods - Careers") is the company's, not a person's.
DisplayName split_display_name(std::string_view name, bool sent_by_machine, bool team_address)
{
    DisplayName out;
    name = trim_space(name);
    if (name.empty()) return out;
    for (std::string_view sep : {" from ", " at ", " @ ", " | ", " - ", " – ", " von ", " bei ", " de ", " chez ", " van "}) {
        const auto p = find_spaced_ci(name, sep);
        if (p == std::string_view::npos) continue;
        const auto left = trim_space(name.substr(0, p));
        const auto right = trim_space(name.substr(p + sep.size()));
        if (left.empty() || right.empty()) continue;
        // "Andrē Co – Careers", "Jane Doe | Recruiting": a team after the name.
        if (without_trailing_team_words(right).empty()) {
            if (person_like(left) && !team_address && !sent_by_machine) out.person = std::string(left);
            else out.company = std::string(left);
            return out;
        }
        const bool left_is_a_team = contains_word_ci(left, org_words);
        if (!left_is_a_team) {
            out.person = std::string(left);
            out.company = std::string(right);
            for (auto suffix : name_suffixes)
                if (ends_with_ci(out.company, suffix)) out.company.resize(out.company.size() - suffix.size());
            return out;
        }
        // A team of the company ("Careers at Northwind", "Hiring @ Saltmarsh", "Talent Acquisition |
        // Brightloom"): the company is the other side; a person writes where a name stands before
        // the team ("Pablo Serrano – Talent @ Vinilo").
        if (!contains_word_ci(right, team_words)) {
            out.company = std::string(right);
            const auto before_team = without_trailing_team_words(left);
            if (person_like(before_team)) out.person = std::string(before_team);
            return out;
        }
    }
    std::string stripped(name);
    bool had_suffix = false;
    for (bool again = true; again;) {
        again = false;
        for (auto suffix : name_suffixes) {
            if (stripped.size() > suffix.size() && ends_with_ci(stripped, suffix)) {
                stripped.resize(stripped.size() - suffix.size());
                stripped = std::string(trim_separators(stripped));
                had_suffix = again = true;
            }
        }
    }
    if (!had_suffix && person_like(stripped) && !sent_by_machine) {
        out.person = stripped;
        return out;
    }
    if (stripped.empty()) return out;
    for (std::string_view machine_or_team : {"noreply", "no-reply", "no reply", "do not reply", "donotreply", "workday",
                                             "greenhouse", "lever", "notifications", "linkedin", "indeed", "xing",
                                             "stepstone", "glassdoor", "talent", "hr", "recruiting"})
        if (equals_ci(stripped, machine_or_team)) return out;
    if (!had_suffix && person_like(stripped)) {
        out.person = stripped; // a person writing through a machine: still a person
        return out;
    }
    out.company = stripped;
    return out;
}

std::string signature_name(std::string_view text)
{
    static constexpr std::string_view closings[] = {
        "best regards", "kind regards", "warm regards", "regards", "best wishes", "best", "sincerely", "thanks", "thank you",
        "cheers", "all the best", "mit freundlichen grüßen", "mit freundlichen grüssen", "freundliche grüße",
        "viele grüße", "beste grüße", "liebe grüße", "herzliche grüße", "cordialement", "bien cordialement",
        "bien à vous", "saludos", "un saludo", "atentamente", "saludos cordiales", "met vriendelijke groet",
        "vriendelijke groet", "hartelijke groet", "groeten", "met vriendelijke groeten"};
    static constexpr std::size_t longest_closing =
        std::max_element(std::begin(closings), std::end(closings), [](auto a, auto b) { return a.size() < b.size(); })->size();
    // By length: a short line is compared only with the closings as long as it.
    static const auto closings_by_length = [] {
        std::array<std::vector<std::string_view>, longest_closing + 1> table;
        for (auto c : closings) table[c.size()].push_back(c);
        return table;
    }();
    std::size_t pos = 0;
    bool after_closing = false;
    while (pos < text.size()) {
        auto nl = text.find('\n', pos);
        if (nl == std::string_view::npos) nl = text.size();
        static constexpr ByteSet around_a_closing(" \t,.!-–");
        const auto line = trim(text.substr(pos, nl - pos), around_a_closing);
        pos = nl + 1;
        if (line.empty()) continue;
        if (after_closing) {
            if (person_like(line)) return std::string(line);
            after_closing = false;
        }
        if (line.size() > longest_closing) continue; // most lines: text, longer than any closing
        for (auto c : closings_by_length[line.size()])
            if (equals_ci(line, c)) after_closing = true;
    }
    return {};
}

std::string first_email_address(std::string_view text)
{
    for (auto at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
        auto b = at;
        while (b > 0 && (is_alnum(text[b - 1]) || text[b - 1] == '.' ||
                         text[b - 1] == '_' || text[b - 1] == '-' || text[b - 1] == '+'))
            --b;
        auto e = at + 1;
        while (e < text.size() && (is_alnum(text[e]) || text[e] == '.' || text[e] == '-'))
            ++e;
        while (e > at + 1 && text[e - 1] == '.') --e;
        const auto addr = text.substr(b, e - b);
        if (b == at || addr.find('.', at - b) == std::string_view::npos) continue;
        if (!is_noreply(addr)) return lower_copy(addr);
    }
    return {};
}

} // namespace

bool is_personal_mailbox(std::string_view from) { return free_mail(parse_sender(from).domain); }

Sender parse_sender(std::string_view from)
{
    Sender s;
    from = trim_space(from);
    std::string_view addr;
    std::string_view name;
    const auto lt = from.rfind('<');
    const auto gt = from.rfind('>');
    if (lt != std::string_view::npos && gt != std::string_view::npos && gt > lt) {
        addr = trim_space(from.substr(lt + 1, gt - lt - 1));
        name = trim_space(from.substr(0, lt));
    } else if (const auto paren = from.find('('); paren != std::string_view::npos && from.find(')', paren) != std::string_view::npos) {
        addr = trim_space(from.substr(0, paren));
        name = trim_space(from.substr(paren + 1, from.find(')', paren) - paren - 1));
    } else if (from.find('@') != std::string_view::npos && from.find(' ') == std::string_view::npos) {
        addr = from;
    } else {
        name = from;
    }
    if (name.size() >= 2 && name.front() == '"' && name.back() == '"') name = name.substr(1, name.size() - 2);
    s.name = sanitize_utf8(name);
    if (addr.find('@') != std::string_view::npos) {
        // Made well formed, then lower-cased in place (one copy, not two): lower-casing touches only
        // ASCII letters, and neither changes what the other does.
        s.email = sanitize_utf8(addr);
        for (auto& c : s.email) c = lower(c);
        s.domain = s.email.substr(s.email.find('@') + 1);
    }
    return s;
}

std::optional<std::string> ats_from_domain(std::string_view domain)
{
    struct Entry {
        std::string_view suffix, name;
    };
    static constexpr Entry table[] = {
        {"greenhouse.io", "greenhouse"},        {"greenhouse-mail.io", "greenhouse"}, {"lever.co", "lever"},
        {"myworkday.com", "workday"},           {"myworkdayjobs.com", "workday"},     {"workday.com", "workday"},
        {"ashbyhq.com", "ashby"},               {"smartrecruiters.com", "smartrecruiters"},
        {"icims.com", "icims"},                 {"personio.de", "personio"},           {"personio.com", "personio"},
        {"teamtailor.com", "teamtailor"},       {"teamtailor-mail.com", "teamtailor"}, {"workable.com", "workable"},
        {"workablemail.com", "workable"},       {"successfactors.com", "successfactors"},
        {"successfactors.eu", "successfactors"}, {"sapsf.com", "successfactors"},     {"sapsf.eu", "successfactors"},
        {"taleo.net", "taleo"},                 {"jobvite.com", "jobvite"},           {"recruitee.com", "recruitee"},
        {"bamboohr.com", "bamboohr"},           {"breezy.hr", "breezy"},               {"applytojob.com", "jazzhr"},
        {"jazzhr.com", "jazzhr"},               {"softgarden.de", "softgarden"},       {"softgarden.io", "softgarden"},
        {"join.com", "join"},                   {"dvinci.de", "dvinci"},               {"dvinci-easy.com", "dvinci"},
        {"rexx-systems.com", "rexx"},           {"pinpointhq.com", "pinpoint"},        {"avature.net", "avature"},
        {"rippling.com", "rippling"},           {"comeet.co", "comeet"},               {"comeet.com", "comeet"},
        {"oraclecloud.com", "oracle"},          {"phenompeople.com", "phenom"},        {"eightfold.ai", "eightfold"},
        {"umantis.com", "umantis"},             {"hire.trakstar.com", "trakstar"},     {"paylocity.com", "paylocity"},
        {"ultipro.com", "ukg"},                 {"ukg.com", "ukg"},                   {"adp.com", "adp"},
    };
    // Compared case-insensitively in place: asked for every email, mostly of domains not in the table.
    // Only the entries whose suffix ends in the domain's last byte can match: grouped so, in the
    // table's order (the first entry that matches names the ATS).
    static const auto by_last_byte = [] {
        std::array<std::vector<const Entry*>, 256> groups;
        for (const auto& e : table) groups[static_cast<unsigned char>(e.suffix.back())].push_back(&e);
        return groups;
    }();
    const auto d = trim_space(domain);
    if (d.empty()) return std::nullopt;
    for (const Entry* entry : by_last_byte[static_cast<unsigned char>(lower(d.back()))]) {
        const auto& e = *entry;
        if (!ends_with_ci(d, e.suffix)) continue;
        if (d.size() == e.suffix.size() || d[d.size() - e.suffix.size() - 1] == '.') return std::string(e.name);
    }
    return std::nullopt;
}

const std::vector<std::string_view>& extraction_triggers()
{
    static const std::vector<std::string_view> all = [] {
        std::vector<std::string_view> out;
        const auto add = [&](const auto& list) {
            for (auto t : list)
                if (std::find(out.begin(), out.end(), t) == out.end()) out.push_back(t);
        };
        add(role_subject_triggers);
        add(role_subject_employer_triggers);
        add(role_nouns);
        add(role_body_triggers);
        add(company_body_triggers);
        add(company_subject_triggers);
        return out;
    }();
    return all;
}

bool searched_always(std::string_view trigger) noexcept
{
    return trigger.size() <= 5 && lower(trigger.front()) >= 'a' && lower(trigger.front()) <= 'z';
}

Extracted extract(const ExtractInput& in)
{
    Extracted x;
    const auto sender = parse_sender(in.from);
    const auto newest = in.newest.substr(0, std::min(in.newest.size(), window));
    const auto signature = in.signature.substr(0, std::min(in.signature.size(), window));

    x.ats = ats_from_domain(sender.domain);
    const bool ats_domain = x.ats.has_value();
    if (!x.ats) x.ats = in.ats_from_links;

    const bool sender_noreply = is_noreply(sender.email); // asked again for the contact below
    const bool machine = sender_noreply || x.ats.has_value();
    const auto local_part = std::string_view(sender.email).substr(0, sender.email.find('@'));
    // Beyond the team words themselves: the singular forms addresses use ("recruit@", "job@").
    static const WordList team_address_words = {"recruit", "job"};
    const bool team_address = contains_word_ci(local_part, team_words) || contains_word_ci(local_part, team_address_words);
    const auto display = split_display_name(sender.name, machine, team_address);

    // Company: a signature line with a legal form, the text ("at Acme"), the display name, the domain.
    const std::size_t tail_from = newest.size() > 1500 ? newest.size() - 1500 : 0;
    std::string company = company_from_lines(signature);
    if (company.empty()) company = company_from_lines(newest.substr(tail_from));
    if (company.empty()) company = display.company;
    const TriggerFilter subject_runs(in.subject, ByteRunFilter::Bank::subject, in.subject_triggers);
    if (company.empty()) company = company_from_subject(in.subject, subject_runs);
    const TriggerFilter runs(newest, ByteRunFilter::Bank::body, in.body_triggers);
    if (company.empty()) company = company_from_body(newest, runs);
    if (company.empty()) company = company_from_domain(sender, ats_domain);
    x.company = clean_display_name(company);

    // Role: the subject first (it is written for exactly this), then the text.
    std::string role = role_from_subject(in.subject, subject_runs);
    if (role.empty()) role = role_from_body(newest, runs);
    x.role = clean_display_name(role);

    // Contact: a person in the From line, else the name under the closing; their address unless a robot's.
    x.contact.name = display.person;
    if (x.contact.name.empty()) {
        x.contact.name = signature_name(signature);
        if (x.contact.name.empty()) x.contact.name = signature_name(newest.substr(tail_from));
    }
    x.contact.name = clean_display_name(x.contact.name);
    if (!sender.email.empty() && !sender_noreply) x.contact.email = sender.email;
    if (x.contact.email.empty()) {
        x.contact.email = first_email_address(signature);
        if (x.contact.email.empty()) x.contact.email = first_email_address(newest.substr(tail_from));
    }
    x.contact.email = sanitize_utf8(x.contact.email);
    return x;
}

} // namespace onward::classify
