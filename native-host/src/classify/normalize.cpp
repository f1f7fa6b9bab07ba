#include "classify/normalize.hpp"

#include "classify/simd.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <vector>

namespace onward::classify {

namespace {

int hex_value(char c) noexcept
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

char ascii_lower(char c) noexcept { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool is_ascii_alpha(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// What std::isalnum answers in the "C" locale, which the program never leaves, without a call.
bool is_ascii_alnum(char c) noexcept { return is_ascii_alpha(c) || (c >= '0' && c <= '9'); }

void append_utf8(std::string& out, std::int32_t cp)
{
    std::array<utf8proc_uint8_t, 4> buf{};
    const auto n = utf8proc_encode_char(cp, buf.data());
    out.append(reinterpret_cast<const char*>(buf.data()), static_cast<std::size_t>(n));
}

// Case-insensitive (ASCII) search for `needle` (given in lower case) from `from`.
std::size_t find_ci(std::string_view hay, std::string_view needle, std::size_t from) noexcept
{
    if (needle.empty()) return from;
    for (std::size_t i = from; i + needle.size() <= hay.size(); ++i) {
        if (ascii_lower(hay[i]) != needle[0]) continue;
        std::size_t k = 1;
        while (k < needle.size() && ascii_lower(hay[i + k]) == needle[k]) ++k;
        if (k == needle.size()) return i;
    }
    return std::string_view::npos;
}

struct NamedEntity {
    std::string_view name;
    std::int32_t cp;
};

constexpr NamedEntity named_entities[] = {
    {"nbsp", 0xA0},   {"amp", '&'},     {"lt", '<'},      {"gt", '>'},      {"quot", '"'},
    {"apos", '\''},   {"rsquo", 0x2019}, {"lsquo", 0x2018}, {"ldquo", 0x201C}, {"rdquo", 0x201D},
    {"bdquo", 0x201E}, {"laquo", 0xAB},  {"raquo", 0xBB},  {"ndash", 0x2013}, {"mdash", 0x2014},
    {"hellip", 0x2026}, {"bull", 0x2022}, {"middot", 0xB7}, {"copy", 0xA9},   {"reg", 0xAE},
    {"euro", 0x20AC}, {"zwnj", 0x200C},  {"zwj", 0x200D},  {"shy", 0xAD},    {"auml", 0xE4},
    {"ouml", 0xF6},   {"uuml", 0xFC},   {"Auml", 0xC4},   {"Ouml", 0xD6},   {"Uuml", 0xDC},
    {"szlig", 0xDF},  {"eacute", 0xE9}, {"Eacute", 0xC9}, {"egrave", 0xE8}, {"Egrave", 0xC8},
    {"ecirc", 0xEA},  {"euml", 0xEB},   {"agrave", 0xE0}, {"Agrave", 0xC0}, {"aacute", 0xE1},
    {"acirc", 0xE2},  {"ccedil", 0xE7}, {"Ccedil", 0xC7}, {"iacute", 0xED}, {"icirc", 0xEE},
    {"iuml", 0xEF},   {"oacute", 0xF3}, {"ocirc", 0xF4},  {"uacute", 0xFA}, {"ugrave", 0xF9},
    {"ucirc", 0xFB},  {"ntilde", 0xF1}, {"Ntilde", 0xD1}, {"oelig", 0x153}, {"iexcl", 0xA1},
    {"iquest", 0xBF}, {"ordf", 0xAA},   {"ordm", 0xBA},
};

// Decodes the entity at text[i] == '&'; returns the bytes consumed (0 when it is not one).
std::size_t decode_entity(std::string_view text, std::size_t i, std::string& out)
{
    const std::size_t max_len = 12;
    std::size_t j = i + 1;
    while (j < text.size() && j - i <= max_len && (is_ascii_alnum(text[j]) || text[j] == '#'))
        ++j;
    if (j >= text.size() || text[j] != ';' || j == i + 1) return 0;
    const std::string_view name = text.substr(i + 1, j - i - 1);
    std::int32_t cp = -1;
    if (name[0] == '#') {
        std::int64_t v = 0;
        const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
        const std::size_t start = hex ? 2 : 1;
        if (start >= name.size()) return 0;
        for (std::size_t k = start; k < name.size(); ++k) {
            const int d = hex ? hex_value(name[k]) : (name[k] >= '0' && name[k] <= '9' ? name[k] - '0' : -1);
            if (d < 0) return 0;
            v = v * (hex ? 16 : 10) + d;
            if (v > 0x10FFFF) return 0;
        }
        cp = static_cast<std::int32_t>(v);
        if (!utf8proc_codepoint_valid(cp) || cp == 0) return 0;
    } else {
        for (const auto& e : named_entities)
            if (e.name[0] == name[0] && e.name == name) { // (the names are all different)
                cp = e.cp;
                break;
            }
        if (cp < 0) return 0;
    }
    append_utf8(out, cp);
    return j - i + 1;
}

// (Lists of names kept as constant arrays: asked for every tag of every HTML body.)
template <std::size_t N>
bool is_tag_name(std::string_view name, const std::string_view (&names)[N]) noexcept
{
    for (auto n : names)
        if (n == name) return true;
    return false;
}

// Tags whose content is no text; tags that break a line; table cells.
constexpr std::string_view tags_without_text[] = {"style", "script", "head", "title"};
constexpr std::string_view line_breaking_tags[] = {"br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6",
                                                   "table", "ul", "ol", "hr", "blockquote", "section", "article",
                                                   "header", "footer"};
constexpr std::string_view cell_tags[] = {"td", "th"};

// --- folding ---------------------------------------------------------------------------------

// Per code point: the folded replacement, a string over word bytes, ' ' (separator), '.' (sentence
// end) and '\n' (line break). Empty for marks and format characters, which vanish.
std::string fold_code_point(std::int32_t cp)
{
    if (cp == '\n' || cp == 0x2028 || cp == 0x2029 || cp == 0x0B || cp == 0x0C || cp == 0x85) return "\n";
    if (cp < 0x80) {
        const char c = static_cast<char>(cp);
        if (c >= 'A' && c <= 'Z') return std::string(1, ascii_lower(c));
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return std::string(1, c);
        if (c == '.' || c == '!' || c == '?' || c == ';') return ".";
        return " ";
    }
    std::array<utf8proc_int32_t, 32> buf{};
    int boundclass = 0;
    const auto options = static_cast<utf8proc_option_t>(UTF8PROC_CASEFOLD | UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE |
                                                         UTF8PROC_STRIPMARK | UTF8PROC_IGNORE);
    const auto n = utf8proc_decompose_char(cp, buf.data(), static_cast<utf8proc_ssize_t>(buf.size()), options,
                                           &boundclass);
    if (n < 0 || n > static_cast<utf8proc_ssize_t>(buf.size())) return " ";
    std::string out;
    for (utf8proc_ssize_t k = 0; k < n; ++k) {
        const auto c = buf[static_cast<std::size_t>(k)];
        if (c < 0x80) {
            out += fold_code_point(c);
            continue;
        }
        switch (utf8proc_category(c)) {
        case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
        case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_ND:
        case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
            append_utf8(out, c);
            break;
        case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
        case UTF8PROC_CATEGORY_CF:
            break;
        case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
            out += '\n';
            break;
        default:
            // Sentence-ending punctuation of other scripts (。！？) ends a sentence too.
            out += (c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0x2026) ? "." : " ";
        }
    }
    return out;
}

// A cache of fold_code_point for the code points below 0x3000 (Latin, Greek, Cyrillic, general
// punctuation, ...), built once; beyond that utf8proc is asked each time.
class FoldTable {
public:
    static constexpr std::int32_t limit = 0x3000;
    FoldTable()
    {
        offsets_.reserve(limit + 1);
        for (std::int32_t cp = 0; cp < limit; ++cp) {
            offsets_.push_back(static_cast<std::uint32_t>(bytes_.size()));
            bytes_ += fold_code_point(cp);
        }
        offsets_.push_back(static_cast<std::uint32_t>(bytes_.size()));
    }
    std::string_view get(std::int32_t cp) const noexcept
    {
        const auto b = offsets_[static_cast<std::size_t>(cp)];
        const auto e = offsets_[static_cast<std::size_t>(cp) + 1];
        return std::string_view{bytes_}.substr(b, e - b);
    }

private:
    std::vector<std::uint32_t> offsets_;
    std::string bytes_;
};

const FoldTable& fold_table()
{
    static const FoldTable table;
    return table;
}

// How many of eight bytes, from the first, are plain running text: ASCII letters, digits, and
// spaces with no two side by side (a space is then exactly the separator the fold would write).
// `letters` has 0x80 in each byte that is a letter; `spaces` in each that is a space (both only
// meaningful within the plain bytes). Byte-parallel arithmetic on one 64-bit word: for ASCII bytes
// (< 0x80) the sums below never carry into the next byte, and a carry out of a non-ASCII byte only
// reaches the bytes after it, which are past the plain ones anyway. (Little-endian: the first byte
// of the text is the lowest of the word.)
struct PlainBytes {
    std::uint64_t letters;
    std::uint64_t spaces;
    unsigned count; // 0 to 8
};
inline PlainBytes plain_text_bytes(std::uint64_t x) noexcept
{
    constexpr std::uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    const auto at_least = [&](std::uint64_t v, unsigned c) { return (v + ones * (0x80u - c)) & high; };
    const std::uint64_t lowered = x | (ones * 0x20u);
    const std::uint64_t letters = at_least(lowered, 'a') & ~at_least(lowered, 'z' + 1);
    const std::uint64_t digits = at_least(x, '0') & ~at_least(x, '9' + 1);
    const std::uint64_t y = x ^ (ones * 0x20u); // a space becomes zero
    const std::uint64_t spaces = ~((y + ones * 0x7Fu) | y) & high;
    // Not ASCII, not a letter, digit or space, or the second of two spaces in a row (the general
    // path collapses them). A leading space is fine: the caller comes here only after a word byte.
    const std::uint64_t stops = (x & high) | (~(letters | digits | spaces) & high) | (spaces & (spaces << 8));
    const unsigned count = stops == 0 ? 8u : static_cast<unsigned>(std::countr_zero(stops)) / 8u;
    return PlainBytes{letters, spaces, count};
}

// The collapsing writer: word bytes go through; separators wait until the next word byte and then
// come out as one ' ' or '.'; two line breaks in one gap make a paragraph break, a sentence end.
// It writes straight into `out`, grown ahead (`room`), and trims `out` to what was written at the end.
class FoldWriter {
public:
    FoldWriter(std::string& out, std::size_t expect) : out_(out), started_(!out.empty())
    {
        const auto used = out.size();
        out.resize(used + expect + 16);
        at_ = out.data() + used;
        end_ = out.data() + out.size();
    }
    ~FoldWriter() { out_.resize(static_cast<std::size_t>(at_ - out_.data())); }
    FoldWriter(const FoldWriter&) = delete;
    FoldWriter& operator=(const FoldWriter&) = delete;

    // Makes room for `bytes` more bytes. Room for one byte per byte of text left is enough for
    // ASCII: a word byte writes itself and at most one separator, which a separator byte before it
    // paid for by writing nothing. Only a code point whose folding is longer than its UTF-8 (a
    // ligature, "ﷺ") asks for more; the slack of 16 covers the 8- and 16-byte stores of rest_of_word.
    void room(std::size_t bytes)
    {
        if (static_cast<std::size_t>(end_ - at_) >= bytes + 16) return;
        const auto used = static_cast<std::size_t>(at_ - out_.data());
        out_.resize(std::max(out_.size() * 2, used + bytes + 16));
        at_ = out_.data() + used;
        end_ = out_.data() + out_.size();
    }
    void word(char c) noexcept
    {
        if (pending_ != 0 && started_) *at_++ = pending_ == 2 ? '.' : ' ';
        pending_ = 0;
        newlines_ = 0;
        started_ = true;
        *at_++ = c;
    }
    void space() noexcept
    {
        if (pending_ < 1) pending_ = 1;
    }
    void sentence() noexcept { pending_ = 2; }
    void newline() noexcept
    {
        if (++newlines_ >= 2) pending_ = 2;
        else space();
    }
    void feed(std::string_view folded)
    {
        for (char c : folded) {
            if (c == ' ') space();
            else if (c == '.') sentence();
            else if (c == '\n') newline();
            else word(c);
        }
    }

    // After word(): copies the rest of an ASCII word (letters and digits, folded by `table`), and
    // on through plain running text, without the separator bookkeeping a first byte needs.
    // Returns where it stopped: at a byte the caller's general path must see, or after a text run
    // that ends in a space (left pending, as space() would).
    std::size_t rest_of_word(const unsigned char* p, std::size_t i, std::size_t n, const std::array<char, 128>& table) noexcept
    {
        char* at = at_;
#ifdef ONWARD_SSE2
        // Sixteen bytes at a time where there is SSE2: the tests of plain_text_bytes below, a byte a
        // lane, in a third of the instructions per byte. A range [lo, hi] is one signed compare:
        // the bytes are moved so that lo lands on -128, and then only the range is below
        // -128 + (hi - lo + 1). (Moved so, a byte from 0x80 up lands at -65 or above for the
        // letters, where bit 5 is set, and at -48 or above for the digits: in neither range, so it
        // stops the run as a non-ASCII byte must.)
        const auto in_range = [](__m128i bytes, char lo, char hi) {
            const __m128i moved = _mm_add_epi8(bytes, _mm_set1_epi8(static_cast<char>(0x80 - lo)));
            return _mm_cmplt_epi8(moved, _mm_set1_epi8(static_cast<char>(-128 + (hi - lo + 1))));
        };
        while (i + 16 <= n) {
            const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
            const __m128i letters = in_range(_mm_or_si128(x, _mm_set1_epi8(0x20)), 'a', 'z');
            const __m128i digits = in_range(x, '0', '9');
            const __m128i spaces = _mm_cmpeq_epi8(x, _mm_set1_epi8(' '));
            const auto plain = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(letters, digits), spaces)));
            const auto space_bits = static_cast<unsigned>(_mm_movemask_epi8(spaces));
            // The first byte that is not plain, or the second of two spaces; 16 when there is none.
            const auto count = static_cast<unsigned>(std::countr_zero(~plain | (space_bits & (space_bits << 1))));
            const __m128i folded = _mm_or_si128(x, _mm_and_si128(letters, _mm_set1_epi8(0x20)));
            _mm_storeu_si128(reinterpret_cast<__m128i*>(at), folded); // room: as for the eight-byte stores below
            i += count;
            if (count > 0 && ((space_bits >> (count - 1)) & 1u) != 0) {
                at += count - 1; // the space waits for the next word
                at_ = at;
                pending_ = 1;
                return i;
            }
            at += count;
            if (count < 16) {
                at_ = at;
                return i;
            }
        }
#endif
        // Eight bytes at a time while they are plain text: ASCII letters, digits and single spaces
        // between words. Most of an email is, and there each byte folds to itself (letters to
        // lower case) with no separator to collapse. Tested and lowered as one 64-bit word, so
        // the loop does not branch on every word end as the byte loop below does. Where eight
        // bytes stop being plain (a comma, an accented letter), the plain ones before the stop
        // are taken in the same step: they are not gone over again a byte at a time.
        while (i + 8 <= n) {
            std::uint64_t x;
            std::memcpy(&x, p + i, 8);
            const auto plain = plain_text_bytes(x);
            // Letters get bit 5 (lower case); digits and spaces have it already. All eight bytes
            // are stored; those past the plain ones are written over later (room: a byte for every
            // byte of the text left, and 16 more).
            const std::uint64_t folded = x | (plain.letters >> 2);
            std::memcpy(at, &folded, 8);
            i += plain.count;
            if (plain.count > 0 && ((plain.spaces >> (8 * plain.count - 1)) & 1u) != 0) {
                at += plain.count - 1; // the space waits for the next word, as space() would have it
                at_ = at;
                pending_ = 1;
                return i;
            }
            at += plain.count;
            if (plain.count < 8) { // at a byte the general path must see
                at_ = at;
                return i;
            }
        }
        for (; i < n && p[i] < 0x80; ++i) {
            const char f = table[p[i]];
            if (f < '0') break;
            *at++ = f;
        }
        at_ = at;
        return i;
    }

private:
    std::string& out_;
    char* at_;
    char* end_;
    bool started_;
    int pending_ = 0; // 0 none, 1 space, 2 sentence end
    int newlines_ = 0;
};

// What an ASCII byte does when folded: 0 separator, 1 sentence end, 2 line break, else the byte.
constexpr std::array<char, 128> make_ascii_fold()
{
    std::array<char, 128> t{};
    for (int c = 0; c < 128; ++c) {
        if (c >= 'A' && c <= 'Z') t[c] = static_cast<char>(c - 'A' + 'a');
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) t[c] = static_cast<char>(c);
        else if (c == '.' || c == '!' || c == '?' || c == ';') t[c] = 1;
        else if (c == '\n' || c == 0x0B || c == 0x0C) t[c] = 2;
        else t[c] = 0;
    }
    return t;
}
constexpr auto ascii_fold = make_ascii_fold();

} // namespace

bool looks_quoted_printable(std::string_view s) noexcept
{
    std::size_t soft = 0, escapes = 0;
    for (std::size_t i = s.find('='); i != std::string_view::npos; i = s.find('=', i + 1)) {
        std::size_t j = i + 1;
        while (j < s.size() && (s[j] == ' ' || s[j] == '\t')) ++j;
        if (j < s.size() && (s[j] == '\n' || s[j] == '\r')) ++soft;
        else if (i + 2 < s.size() && hex_value(s[i + 1]) >= 0 && hex_value(s[i + 2]) >= 0 &&
                 !(s[i + 1] >= 'a' && s[i + 1] <= 'f') && !(s[i + 2] >= 'a' && s[i + 2] <= 'f'))
            ++escapes;
        if (soft >= 1 || escapes >= 3) return true;
    }
    return false;
}

std::string decode_quoted_printable(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '=') {
            // The run up to the next '=' in one copy: a byte at a time, the decoding cost as much as
            // classifying the text it decoded.
            const auto next = std::min(s.find('=', i), s.size());
            out.append(s.substr(i, next - i));
            i = next - 1;
            continue;
        }
        std::size_t j = i + 1;
        while (j < s.size() && (s[j] == ' ' || s[j] == '\t')) ++j;
        if (j < s.size() && (s[j] == '\n' || s[j] == '\r')) { // soft line break
            if (s[j] == '\r' && j + 1 < s.size() && s[j + 1] == '\n') ++j;
            i = j;
            continue;
        }
        if (i + 2 < s.size() && hex_value(s[i + 1]) >= 0 && hex_value(s[i + 2]) >= 0) {
            out += static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
            i += 2;
            continue;
        }
        out += '=';
    }
    return out;
}

bool looks_like_html(std::string_view s) noexcept
{
    static constexpr std::string_view tags[] = {"html", "body", "div",  "p>",   "p ",  "br",    "table", "span",
                                                "td",   "tr",   "/p",   "/div", "a ",  "font",  "!doctype", "ul",
                                                "li",   "b>",   "i>",   "strong", "head", "meta", "img", "center"};
    std::size_t hits = 0;
    for (std::size_t i = s.find('<'); i != std::string_view::npos; i = s.find('<', i + 1)) {
        // Every tag starts with a letter, '/' or '!': a '<' before anything else ("<<<", "a < b")
        // is turned away before the tags are compared.
        if (i + 1 >= s.size() || !(is_ascii_alpha(s[i + 1]) || s[i + 1] == '/' || s[i + 1] == '!')) continue;
        for (auto t : tags) {
            if (i + 1 + t.size() > s.size()) continue;
            bool same = true;
            for (std::size_t k = 0; k < t.size() && same; ++k) same = ascii_lower(s[i + 1 + k]) == t[k];
            if (same && (t.back() == '>' || t.back() == ' ' ||
                         !is_ascii_alpha(i + 1 + t.size() < s.size() ? s[i + 1 + t.size()] : ' '))) {
                if (++hits >= 1) return true;
            }
        }
    }
    return false;
}

std::string clean_text(std::string_view raw)
{
    std::string buffer;
    return std::string(clean_text(raw, buffer));
}

std::string_view clean_text(std::string_view raw, std::string& buffer)
{
    // Line ends and quoted-printable first, each only when the text has them: most bodies have
    // neither, and are then read where they are rather than copied.
    std::string converted;
    std::string_view v = raw;
    if (const auto first_cr = raw.find('\r'); first_cr != std::string_view::npos) {
        converted.reserve(raw.size());
        for (std::size_t i = 0; i < raw.size();) {
            const auto cr = raw.find('\r', i);
            if (cr == std::string_view::npos) {
                converted.append(raw.substr(i));
                break;
            }
            converted.append(raw.substr(i, cr - i));
            if (cr + 1 >= raw.size() || raw[cr + 1] != '\n') converted += '\n';
            i = cr + 1;
        }
        v = converted;
    }
    if (looks_quoted_printable(v)) {
        auto decoded = decode_quoted_printable(v);
        converted = std::move(decoded);
        v = converted;
    }
    const bool html = looks_like_html(v);
    // Plain text without entities (most bodies): nothing to clean, nothing to copy.
    if (v.data() == raw.data() && !html && v.find('&') == std::string_view::npos) return raw;

    std::string& out = buffer;
    out.clear();
    out.reserve(v.size());
    bool no_more_gt = false; // once a '<' finds no '>', none later will: keeps the pass linear
    // The next '&' and the next '<' (in HTML) at or after i, each found again only once passed:
    // two memchr runs over the text in all, instead of a set look-up per byte.
    std::size_t next_amp = std::min(v.find('&'), v.size()), next_lt = html ? std::min(v.find('<'), v.size()) : v.size();
    for (std::size_t i = 0; i < v.size();) {
        // Copy the plain run up to the next '&' (or '<' in HTML) in one go.
        if (next_amp < i) next_amp = std::min(v.find('&', i), v.size());
        if (next_lt < i) next_lt = std::min(v.find('<', i), v.size());
        const auto run_end = std::min(next_amp, next_lt);
        if (run_end > i) {
            out.append(v.substr(i, run_end - i));
            i = run_end;
            continue;
        }
        const char c = v[i];
        if (c == '&') {
            const auto used = decode_entity(v, i, out);
            if (used > 0) {
                i += used;
                continue;
            }
        } else if (c == '<' && html && !no_more_gt && i + 1 < v.size() &&
                   (is_ascii_alpha(v[i + 1]) || v[i + 1] == '/' || v[i + 1] == '!')) {
            if (v.substr(i, 4) == "<!--") {
                const auto end = v.find("-->", i + 4);
                i = end == std::string_view::npos ? v.size() : end + 3;
                continue;
            }
            const auto gt = v.find('>', i + 1);
            if (gt == std::string_view::npos) {
                no_more_gt = true;
            } else {
                std::size_t k = i + 1;
                const bool closing = v[k] == '/';
                if (closing) ++k;
                std::array<char, 12> name_bytes{}; // the name in lower case, its first twelve bytes
                std::size_t name_size = 0;
                while (k < gt && (is_ascii_alpha(v[k]) || (v[k] >= '0' && v[k] <= '9')) && name_size < name_bytes.size())
                    name_bytes[name_size++] = ascii_lower(v[k++]);
                const std::string_view name(name_bytes.data(), name_size);
                i = gt + 1;
                if (!closing && is_tag_name(name, tags_without_text)) {
                    const auto end = find_ci(v, std::string("</").append(name), i);
                    if (end == std::string_view::npos) {
                        i = v.size();
                    } else {
                        const auto end_gt = v.find('>', end);
                        i = end_gt == std::string_view::npos ? v.size() : end_gt + 1;
                    }
                } else if (!closing && name == "blockquote") {
                    out += "\n> "; // quoted history: the segmenter cuts at a line that starts with '>'
                } else if (is_tag_name(name, line_breaking_tags)) {
                    out += '\n';
                } else if (is_tag_name(name, cell_tags)) {
                    out += ' ';
                }
                continue;
            }
        }
        out += c;
        ++i;
    }
    return out;
}

namespace {

// Is the mark at `i` (':', '*', '_' or '/') inside a German gender form ("Kandidat:innen", "eine/n")?
bool is_gender_mark(const unsigned char* p, std::size_t i, std::size_t n) noexcept
{
    const auto alpha = [&](std::size_t k) { return k < n && is_ascii_alpha(static_cast<char>(p[k])); };
    if (i == 0 || !alpha(i - 1)) return false;
    if (i + 2 < n && (p[i + 1] == 'i' || p[i + 1] == 'I') && p[i + 2] == 'n')
        return !alpha(i + 3) || (i + 5 < n && p[i + 3] == 'n' && p[i + 4] == 'e' && p[i + 5] == 'n');
    const bool one_letter_ending = i + 1 < n && (p[i + 1] == 'n' || p[i + 1] == 'r' || p[i + 1] == 's' || p[i + 1] == 'e' ||
                                                 p[i + 1] == 'm') && !alpha(i + 2);
    return one_letter_ending && i >= 3 && alpha(i - 2) && alpha(i - 3);
}

// French and Spanish gender endings in parentheses, glued to the word: "Technicien(ne)", "candidat(e)s",
// "Estimado(a)", "employé(e)". The ending is left out ("technicien", "candidats"): read as a word of its
// own, "(ne)" would be the French negation ("Technicien(ne) réseau ... avons le plaisir de vous inviter").
// Returns the offset after the ')' where `i` opens such an ending, else `i`.
std::size_t after_gender_parens(const unsigned char* p, std::size_t i, std::size_t n) noexcept
{
    const auto letter_before = [&](std::size_t k) { return is_ascii_alpha(static_cast<char>(p[k])) || p[k] >= 0x80; };
    if (p[i] != '(' || i < 2 || !letter_before(i - 1) || !letter_before(i - 2)) return i;
    std::size_t k = i + 1;
    while (k < n && k - i <= 5 && p[k] >= 'a' && p[k] <= 'z') ++k;
    if (k == i + 1 || k >= n || p[k] != ')') return i;
    return k + 1;
}

// A German date's ordinal dot ("bis zum 30. Juni", "am 3. März") ends no sentence: a one- or
// two-digit number standing alone, the dot, a space and a letter. (A sentence ending in such a
// number before the next one is rare; a date inside a condition that the dot would cut off is not:
// "Sollten Sie bis zum 30. Juni nichts hören, ...".)
bool is_ordinal_dot(const unsigned char* p, std::size_t i, std::size_t n) noexcept
{
    const auto digit = [&](std::size_t k) { return p[k] >= '0' && p[k] <= '9'; };
    if (p[i] != '.' || i == 0 || !digit(i - 1)) return false;
    std::size_t digits = 1;
    while (digits < i && digit(i - 1 - digits)) ++digits;
    if (digits > 2) return false;
    if (digits < i && (std::isalpha(p[i - 1 - digits]) || p[i - 1 - digits] >= 0x80)) return false; // "A4.", "B12."
    if (i + 2 >= n || p[i + 1] != ' ') return false;
    const unsigned char next = p[i + 2];
    return (next >= 'A' && next <= 'Z') || (next >= 'a' && next <= 'z') || next >= 0xC0;
}
// A title's dot before a name ("für Herrn Dr. Kühn entschieden", "Prof. Weber", "Mr. Patel") is the
// title's, not a sentence end: the verdict and the name stand in one sentence.
// (Every sentence end before a capital asks, so it is cheap: at most five letters back, then one compare.)
bool is_title_dot(const unsigned char* p, std::size_t i, std::size_t n) noexcept
{
    if (p[i] != '.' || i < 2 || i + 2 >= n || p[i + 1] != ' ' || !(p[i + 2] >= 'A' && p[i + 2] <= 'Z')) return false;
    const unsigned char last = p[i - 1]; // every title ends in one of these
    if (last != 'r' && last != 's' && last != 'f' && last != 'l' && last != 'g') return false;
    const auto letter = [](unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    std::size_t b = i;
    while (b > 0 && i - b < 5 && letter(p[b - 1])) --b;
    const auto length = i - b;
    // (Five letters read means a longer word; fewer, and the byte before is no letter: a digit or a
    // non-ASCII byte before it still makes it part of a word.)
    if (length < 2 || length > 4 || (b > 0 && ((p[b - 1] >= '0' && p[b - 1] <= '9') || p[b - 1] >= 0x80))) return false;
    const std::string_view word(reinterpret_cast<const char*>(p + b), length);
    switch (length) {
    case 2: return word == "Dr" || word == "Mr" || word == "Ms" || word == "Hr" || word == "Fr";
    case 3: return word == "Mrs" || word == "Mag";
    default: return word == "Prof" || word == "Dipl";
    }
}
// A dot inside a number ("14.00 Uhr", "om 11.00 uur", "2.5 years", "30.06.2025") is the number's, not
// a sentence end: a time between "ons gesprek van dinsdag" and "verzetten" must not cut them apart.
bool is_number_dot(const unsigned char* p, std::size_t i, std::size_t n) noexcept
{
    const auto digit = [&](std::size_t k) { return p[k] >= '0' && p[k] <= '9'; };
    return p[i] == '.' && i > 0 && i + 1 < n && digit(i - 1) && digit(i + 1);
}
} // namespace

void fold_into(std::string_view text, std::string& out)
{
    const auto& table = fold_table();
    // Room for the text's length (see FoldWriter::room); longer foldings ask for more.
    FoldWriter w(out, text.size());
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            const char f = ascii_fold[b];
            if (f >= '0') { // letters and digits first: most of the text
                w.word(f);
                i = w.rest_of_word(p, i + 1, n, ascii_fold);
                continue;
            }
            // German gender forms: "Kandidat:innen", "Bewerber*innen", "Kolleg_innen" fold to one word,
            // and so do the one-letter endings of "eine/n andere/n Bewerber/in", "Sehr geehrte/r" after a
            // word of three letters or more ("km/h", "w/e" stay apart). (':', '*', '_' and '/' are
            // separators, so only a separator can be one.)
            if ((b == ':' || b == '*' || b == '_' || b == '/') && is_gender_mark(p, i, n)) {
                ++i;
                continue;
            }
            if (b == '(') {
                if (const auto after = after_gender_parens(p, i, n); after != i) {
                    i = after;
                    continue;
                }
            }
            if (f == 0) w.space();
            else if (f == 1 && (is_number_dot(p, i, n) || is_ordinal_dot(p, i, n) || is_title_dot(p, i, n))) w.space();
            else if (f == 1) w.sentence();
            else w.newline();
            ++i;
            // The spaces after it (", ", ". ", an indented line) would each only ask for a separator
            // again: passed over here rather than one turn of this loop each.
            while (i < n && p[i] == ' ') ++i;
            continue;
        }
        utf8proc_int32_t cp = 0;
        utf8proc_ssize_t len = 0;
        if (b >= 0xC2 && b <= 0xDF && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) { // two bytes, well formed
            cp = ((b & 0x1F) << 6) | (p[i + 1] & 0x3F);
            len = 2;
        } else {
            len = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(n - i), &cp);
        }
        if (len <= 0) { // ill-formed byte: a separator
            w.space();
            ++i;
            continue;
        }
        i += static_cast<std::size_t>(len);
        // Room for this code point's folding and for the rest of the text.
        if (cp < FoldTable::limit) {
            const auto folded = table.get(cp);
            w.room(folded.size() + (n - i));
            w.feed(folded);
            // An accented letter inside a word ("für", "étudierons"): the word goes on, in plain
            // text, as after any word byte.
            if (!folded.empty() && is_folded_word_byte(static_cast<unsigned char>(folded.back())))
                i = w.rest_of_word(p, i, n, ascii_fold);
        } else {
            const auto folded = fold_code_point(cp);
            w.room(folded.size() + (n - i));
            w.feed(folded);
        }
    }
}

std::string fold(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    fold_into(text, out);
    return out;
}

} // namespace onward::classify
