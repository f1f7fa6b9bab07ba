#include "classify/segment.hpp"

#include "classify/normalize.hpp"

#include <array>
#include <bitset>
#include <initializer_list>
#include <vector>

namespace onward::classify {

namespace {

char lower(char c) noexcept { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string_view trim(std::string_view s) noexcept
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '*')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '*')) s.remove_suffix(1);
    return s;
}

// ASCII case-insensitive; `prefix` is given in lower case (non-ASCII bytes compare exactly).
bool starts_ci(std::string_view s, std::string_view prefix) noexcept
{
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (lower(s[i]) != prefix[i]) return false;
    return true;
}

// Lower-case prefixes (none empty) grouped by their first byte: a line is compared only with those
// that start with its own first byte (of the thirty-eight legal footers, none to six) rather than
// with all of them. Asked of every line that may start a marker, and of the lines around it; and,
// by contains_any, of each place of such a line.
class PrefixList {
public:
    explicit PrefixList(std::initializer_list<std::string_view> prefixes) : all_(prefixes)
    {
        for (auto p : prefixes) by_first_[static_cast<unsigned char>(p[0])].push_back(p);
    }
    const std::vector<std::string_view>& all() const noexcept { return all_; }
    // The prefixes that can start where `c` stands.
    const std::vector<std::string_view>& starting_with(char c) const noexcept
    {
        return by_first_[static_cast<unsigned char>(lower(c))];
    }
    // (A prefix with a capital would never match, as lower() gives none: nor does it here.)
    bool starts(std::string_view s) const noexcept
    {
        if (s.empty()) return false;
        for (auto p : starting_with(s[0]))
            if (starts_ci(s, p)) return true;
        return false;
    }

private:
    std::vector<std::string_view> all_;
    std::array<std::vector<std::string_view>, 256> by_first_;
};

bool starts_any(std::string_view s, const PrefixList& prefixes) noexcept { return prefixes.starts(s); }

// Attribution and separator lines are short: only their first few hundred bytes are searched. With
// `whole_words`, a needle counts only as a word of its own: "schrieb" in "Am 3. März schrieb Jana <jana@...>:"
// is an attribution's; in "Am Freitag hat ... unterschrieben" or "... ausgeschrieben" it is not.
// Each place is compared only with the needles that start with its byte.
bool contains_any(std::string_view s, const PrefixList& needles, bool whole_words = false) noexcept
{
    if (s.size() > 400) s = s.substr(0, 400);
    const auto letter = [&](std::size_t k) {
        const auto c = static_cast<unsigned char>(s[k]);
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
    };
    for (std::size_t i = 0; i < s.size(); ++i)
        for (auto n : needles.starting_with(s[i]))
            if (starts_ci(s.substr(i), n) &&
                (!whole_words || ((i == 0 || !letter(i - 1)) && (i + n.size() == s.size() || !letter(i + n.size())))))
                return true;
    return false;
}

bool ends_any(std::string_view s, std::initializer_list<std::string_view> suffixes) noexcept
{
    for (auto x : suffixes)
        if (s.size() >= x.size() && starts_ci(s.substr(s.size() - x.size()), x)) return true;
    return false;
}

const PrefixList wrote_words{
    "wrote", "schrieb", "a écrit", "a ecrit", "escribió", "escribio", "schreef", "skrev", "ha scritto"};

const PrefixList attribution_starts{"on ", "am ", "le ", "el ", "op ", "den ", "il ", "w dniu "};

// How an attribution line ends ("... Jane <j@x.com> wrote:", "... a écrit :").
const std::initializer_list<std::string_view> wrote_endings = {"wrote:", "schrieb:", "crit :", "crit:", "escribió:", "schreef:"};

bool is_attribution(std::string_view line, std::string_view next)
{
    if (ends_any(line, wrote_endings)) return true;
    if (!starts_any(line, attribution_starts)) return false;
    // A line that starts like one ("Am ...", "On ...") and says "schrieb"/"wrote" as a word of its own; a
    // paragraph of the message that happens to start so ("Am vergangenen Freitag hat ... den Vertrag
    // unterschrieben ...") is not one: attributions are a line, and end in ':' when they are long.
    if (contains_any(line, wrote_words, true) && (line.size() < 200 || line.back() == ':')) return true;
    // Gmail wraps a long attribution over two lines.
    return line.size() < 200 && ends_any(next, wrote_endings);
}

const PrefixList from_keys{"from:", "von:", "de:", "de :", "van:", "da:"};
const PrefixList header_keys{
    "sent:",      "date:",   "gesendet:", "datum:",     "envoyé :", "envoyé:", "envoye :", "date :",
    "enviado:",   "fecha:",  "verzonden:", "subject:",  "betreff:",       "objet :",        "objet:",   "asunto:",
    "onderwerp:", "to:",     "an:",        "à :", "para:",         "aan:",           "cc:",      "sent on:"};
const PrefixList subject_keys{"subject:", "betreff:", "objet :", "objet:", "asunto:",
                                                                  "onderwerp:"};

const PrefixList forward_starts{"begin forwarded message", "anfang der weitergeleiteten",
                                                                 "début du message r"};
// Separator lines ("-----Original Message-----", "________________", "—— Forwarded ——") start so.
const std::initializer_list<std::string_view> separator_starts = {"---", "___", "===", "—"};

bool is_forward_separator(std::string_view line)
{
    if (starts_any(line, forward_starts)) return true;
    if (!(starts_ci(line, "---") || starts_ci(line, "___") || starts_ci(line, "===") || starts_ci(line, "—")))
        return false;
    static const PrefixList forward_words{"forwarded", "weitergeleitet", "transféré", "transfere", "reenviado",
                                          "doorgestuurd", "fwd"};
    return contains_any(line, forward_words);
}

bool is_reply_separator(std::string_view line)
{
    if (!(starts_ci(line, "---") || starts_ci(line, "___") || starts_ci(line, "===") || starts_ci(line, "—")))
        return false;
    static const PrefixList reply_words{"original message", "ursprüngliche nachricht", "ursprungliche nachricht",
                                        "message d", "mensaje original", "oorspronkelijk bericht", "reply above", "antwort"};
    return contains_any(line, reply_words);
}

bool is_rule_line(std::string_view line) noexcept
{
    if (line.size() < 8) return false;
    for (char c : line)
        if (c != '_' && c != '-' && c != '=') return false;
    return true;
}

const PrefixList legal_footer_starts{"confidentiality notice", "confidentiality note", "confidential:", "disclaimer",
                             "this e-mail and any", "this email and any", "this message and any",
                             "this email is confidential", "this e-mail is confidential",
                             "this message is confidential", "this message contains confidential",
                             "this email contains confidential", "this e-mail contains confidential",
                             "the information contained in this", "the information in this e-mail",
                             "the information in this email", "if you are not the intended recipient",
                             "diese e-mail enth", "diese nachricht enth", "dieses e-mail enth", "diese email enth",
                             "pflichtangaben", "registergericht", "amtsgericht", "sitz der gesellschaft",
                             "geschäftsführer:", "vorstand:", "ce message et", "ce courriel",
                             "ce message est confidentiel", "este mensaje y", "este correo electr",
                             "este mensaje es confidencial", "dit bericht is", "deze e-mail is", "deze e-mail kan",
                             "aviso de confidencialidad", "avis de confidentialit", "vertraulichkeitshinweis"};

bool is_legal_footer(std::string_view line)
{
    return starts_any(line, legal_footer_starts);
}

// The first three bytes (lower case) of every prefix marker_at() looks for, hashed into a bit
// set. Nearly every letter starts some prefix ("w dniu", "this e-mail", "on "), and even two bytes
// let every "Thank you" through to the full checks; three bytes let almost no line of text pass.
// (Quote and rule lines, and any prefix shorter than three bytes, are let through by their first
// byte.)
class MarkerStarts {
public:
    MarkerStarts()
    {
        const auto mark = [&](std::string_view prefix) {
            if (prefix.size() >= 3) bits_[key(prefix)] = true;
            else short_[static_cast<unsigned char>(prefix[0])] = true; // none now; kept correct if one is added
        };
        for (const auto* list : {&forward_starts, &attribution_starts, &from_keys, &legal_footer_starts})
            for (auto prefix : list->all()) mark(prefix);
        for (auto prefix : separator_starts) mark(prefix);
    }
    // May `line` (trimmed, not empty) start a marker?
    bool may_start(std::string_view line) const noexcept
    {
        const char first = line[0];
        if (first == '>' || first == '_' || first == '-' || first == '=') return true; // quotes, rule lines
        if (short_[static_cast<unsigned char>(lower(first))]) return true;
        return line.size() >= 3 && bits_[key(line)];
    }

private:
    static std::size_t key(std::string_view s) noexcept
    {
        const auto b = [&](std::size_t i) { return static_cast<std::size_t>(static_cast<unsigned char>(lower(s[i]))); };
        return ((b(0) * 0x9E37u) ^ (b(1) * 0x85EBu) ^ (b(2) * 0xC2B3u)) & (size - 1);
    }
    static constexpr std::size_t size = 1u << 16;
    std::bitset<size> bits_;
    std::array<bool, 256> short_{};
};

const MarkerStarts& marker_starts()
{
    static const MarkerStarts starts;
    return starts;
}

struct Line {
    std::size_t begin, end; // [begin, end) in the text, without the '\n'
};

// The lines of `text`, in a table kept per thread and reused from body to body (segment() is
// called for every email: growing a fresh table cost a handful of allocations each time).
const std::vector<Line>& split_lines(std::string_view text)
{
    thread_local std::vector<Line> lines;
    constexpr std::size_t keep = 1u << 14; // lines; a huge body's table is given back
    if (lines.capacity() > keep) std::vector<Line>().swap(lines);
    lines.clear();
    std::size_t pos = 0;
    while (pos <= text.size()) {
        auto nl = text.find('\n', pos);
        if (nl == std::string_view::npos) nl = text.size();
        lines.push_back({pos, nl});
        pos = nl + 1;
    }
    return lines;
}

enum class Marker { none, quote, reply, forward, signature, footer };

Marker marker_at(std::string_view text, const std::vector<Line>& lines, std::size_t i)
{
    const auto raw = text.substr(lines[i].begin, lines[i].end - lines[i].begin);
    if (raw == "-- " || raw == "--" || raw == "— " || raw == "__") return Marker::signature;
    const auto line = trim(raw);
    if (line.empty()) return Marker::none;
    // Most lines are text: a line can only be a marker when its first two bytes start one of the
    // prefixes below, or when it ends in ':' (an attribution such as "Jane wrote:").
    if (!marker_starts().may_start(line) && line.back() != ':') return Marker::none;
    const auto next = i + 1 < lines.size() ? trim(text.substr(lines[i + 1].begin, lines[i + 1].end - lines[i + 1].begin))
                                           : std::string_view{};
    if (line.front() == '>') return Marker::quote;
    if (is_forward_separator(line)) return Marker::forward;
    if (is_reply_separator(line)) return Marker::reply;
    if (is_attribution(line, next)) return Marker::reply;
    const auto header_block_follows = [&](std::size_t from) {
        for (std::size_t k = from; k < lines.size() && k < from + 4; ++k)
            if (starts_any(trim(text.substr(lines[k].begin, lines[k].end - lines[k].begin)), header_keys)) return true;
        return false;
    };
    if (starts_any(line, from_keys) && header_block_follows(i + 1)) return Marker::reply;
    if (is_rule_line(line) && i + 1 < lines.size() && starts_any(next, from_keys) && header_block_follows(i + 2))
        return Marker::reply;
    if (is_legal_footer(line)) return Marker::footer;
    return Marker::none;
}

// Letters in `s`, counted up to `limit` (the caller only asks whether there are fewer than that).
std::size_t word_bytes(std::string_view s, std::size_t limit) noexcept
{
    std::size_t n = 0;
    for (char c : s) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80) ++n;
        if (n >= limit) break;
    }
    return n;
}

std::string_view header_value(std::string_view line) noexcept
{
    const auto colon = line.find(':');
    return colon == std::string_view::npos ? std::string_view{} : trim(line.substr(colon + 1));
}

// How a subject starts: a reply (taken off before a forward's mark is looked for), a forward, a reply.
const PrefixList marks_before_forward{"re:", "aw:", "antw:", "réf:", "ref:"};
const PrefixList forward_marks{"fwd:", "fw:", "fwd :", "fw :", "wg:", "wg :", "tr:", "tr :", "rv:", "rv :", "doorst:"};
const PrefixList reply_marks{"re:", "re :", "aw:", "aw :", "antw:", "sv:", "r:", "ref:", "réf:"};

} // namespace

bool is_forward_subject(std::string_view subject) noexcept
{
    for (;;) {
        subject = trim(subject);
        if (starts_any(subject, marks_before_forward)) {
            subject.remove_prefix(subject.find(':') + 1);
            continue;
        }
        break;
    }
    return starts_any(subject, forward_marks);
}

bool is_reply_subject(std::string_view subject) noexcept
{
    subject = trim(subject);
    return starts_any(subject, reply_marks) && !is_forward_subject(subject);
}

std::string_view calendar_event_title(std::string_view subject) noexcept
{
    static const PrefixList invitations{"invitation:", "updated invitation:", "einladung:", "aktualisierte einladung:",
                                        "invitation mise à jour:", "invitación:", "invitación actualizada:", "uitnodiging:",
                                        "bijgewerkte uitnodiging:"};
    subject = trim(subject);
    if (!starts_any(subject, invitations)) return {};
    subject.remove_prefix(subject.find(':') + 1);
    const auto at = subject.find(" @ "); // the event's title, then its time
    return at == std::string_view::npos ? std::string_view{} : trim(subject.substr(0, at));
}

Segments segment(std::string_view text, bool forward_subject)
{
    Segments seg;
    const auto& lines = split_lines(text);

    // First pass: the first marker of each kind that ends the newest message.
    std::size_t end_line = lines.size(); // first line not part of the newest message
    std::size_t sig_line = lines.size();
    Marker first = Marker::none;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto m = marker_at(text, lines, i);
        if (m == Marker::none) continue;
        if (m == Marker::signature) {
            if (sig_line == lines.size()) sig_line = i;
            continue;
        }
        if (m == Marker::footer && i == 0) continue; // a footer needs a message above it
        end_line = i;
        // An Outlook header block under a "Fwd:" subject starts the forwarded message.
        first = m == Marker::reply && forward_subject ? Marker::forward : m;
        break;
    }

    const auto offset_of = [&](std::size_t line) { return line < lines.size() ? lines[line].begin : text.size(); };
    const std::size_t body_end = offset_of(std::min(sig_line, end_line));
    seg.newest = text.substr(0, body_end);
    if (sig_line < end_line) seg.signature = text.substr(offset_of(sig_line), offset_of(end_line) - offset_of(sig_line));
    seg.cut = end_line < lines.size() || sig_line < lines.size();

    // A forward (or a reply) with next to nothing above it: the message below is the one to read.
    // A forward with a short note ("FYI") above it, or a reply with nothing above the history at all.
    // (Counted only when it matters, and only as far as it matters: a long message without quoted
    // history is not read again.)
    const bool take_below = (first == Marker::forward && word_bytes(seg.newest, 40) < 40) ||
                            ((first == Marker::reply || first == Marker::quote) && word_bytes(seg.newest, 1) == 0);
    if (take_below || first == Marker::forward) {
        std::size_t i = end_line + (first == Marker::quote ? 0 : 1);
        // Header lines of the forwarded message (From:, Date:, Subject:, ...), then its body.
        for (; i < lines.size(); ++i) {
            const auto line = trim(text.substr(lines[i].begin, lines[i].end - lines[i].begin));
            if (line.empty() && seg.inner_from.empty() && seg.inner_subject.empty()) continue;
            if (starts_any(line, from_keys)) {
                seg.inner_from = header_value(line);
                continue;
            }
            if (starts_any(line, subject_keys)) {
                seg.inner_subject = header_value(line);
                continue;
            }
            if (starts_any(line, header_keys) || is_rule_line(line)) continue;
            if (line.empty()) continue;
            break;
        }
        std::size_t stop = lines.size();
        bool forwards_again = false; // the forwarded message is itself a note on a forward
        for (std::size_t k = i; k < lines.size(); ++k) {
            const auto m = marker_at(text, lines, k);
            // A forward inside the forward (a forwarded chain) is read on, as the outer one was,
            // past its header lines.
            if (m == Marker::forward) {
                forwards_again = true;
                while (k + 1 < lines.size()) {
                    const auto next = trim(text.substr(lines[k + 1].begin, lines[k + 1].end - lines[k + 1].begin));
                    if (!starts_any(next, from_keys) && !starts_any(next, header_keys)) break;
                    ++k;
                }
                continue;
            }
            if (m != Marker::none && m != Marker::quote) {
                stop = k;
                break;
            }
        }
        if (i < lines.size() && take_below) {
            seg.newest = text.substr(offset_of(i), offset_of(stop) - offset_of(i));
            seg.forwarded = first == Marker::forward || !seg.inner_from.empty();
            seg.note_on_forward = forwards_again;
        } else if (i < lines.size()) {
            // A longer note: the note and the forwarded message together (its header lines, read as
            // text, name the sender and the subject; the subject and sender stay the outer ones).
            seg.newest = text.substr(0, offset_of(stop));
            seg.inner_from = seg.inner_subject = {};
            seg.note_on_forward = first == Marker::forward;
        }
    }
    return seg;
}

namespace {

// Words that name a job, folded. Stems are found anywhere in a word ("pflegefachkraft", "softwareentwickler",
// "engineering manager"); short words and gender tags only as whole words ("intern", not "internal").
constexpr std::string_view job_title_stems[] = {
    "engineer", "developer", "manager", "analyst", "coordinator", "specialist", "assistant", "consultant", "scientist",
    "designer", "technician", "director", "representative", "advisor", "adviser", "administrator", "architect",
    "researcher", "accountant", "programmer", "recruiter", "operator", "supervisor", "executive", "officer",
    "internship", "apprentice", "postdoc", "lecturer", "professor", "therapist", "pharmacist", "teacher",
    "receptionist", "ingenieur", "entwickler", "fachkraft", "referent", "sachbearbeit", "berater", "assistenz",
    "techniker", "kaufmann", "kauffrau", "mitarbeiter", "leiter", "leitung", "praktikant", "werkstudent", "trainee",
    "spezialist", "koordinator", "buchhalter", "developpeur", "responsable", "charge de", "chargee de", "stagiaire",
    "alternan", "technicien", "comptable", "conseiller", "ingeniero", "desarrollador", "tecnico", "becario",
    "analista", "consultor", "enfermer", "medewerker", "adviseur", "ontwikkelaar", "stagiair", "verpleegkundige"};
constexpr std::string_view job_title_words[] = {"intern", "interns", "nurse", "nurses", "lead", "head of", "m w d", "w m d", "m f d", "f m d",
                                                 "w m x", "m w x", "h f", "f h", "m v", "v m", "m f x", "h m"};

bool names_a_job(std::string_view folded) noexcept
{
    for (const auto stem : job_title_stems)
        if (folded.find(stem) != std::string_view::npos) return true;
    for (const auto word : job_title_words)
        for (auto at = folded.find(word); at != std::string_view::npos; at = folded.find(word, at + 1)) {
            const auto end = at + word.size();
            if ((at == 0 || folded[at - 1] == ' ') && (end == folded.size() || folded[end] == ' ')) return true;
        }
    return false;
}

// A list's item marker at the start of a line: an ASCII bullet, a number ("3." "3)"), or a symbol ("•", "▸", "→",
// "★", an emoji).
bool starts_as_an_item(std::string_view line) noexcept
{
    if (line.empty()) return false;
    const auto c = static_cast<unsigned char>(line[0]);
    if (c == '-' || c == '*' || c == '+') return line.size() > 1 && line[1] == ' ';
    if (c >= '0' && c <= '9') {
        std::size_t i = 0;
        while (i < line.size() && i < 3 && line[i] >= '0' && line[i] <= '9') ++i;
        return i + 1 < line.size() && (line[i] == '.' || line[i] == ')') && line[i + 1] == ' ';
    }
    // U+2000..U+2FFF (general punctuation, arrows, shapes, dingbats: E2 ..), emoji (F0 ..), the middle dot (C2 B7).
    return c == 0xE2 || c == 0xF0 || (c == 0xC2 && line.size() > 1 && static_cast<unsigned char>(line[1]) == 0xB7);
}

std::size_t separators_in(std::string_view line) noexcept
{
    std::size_t n = 0;
    for (const std::string_view sep : {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " | ", " @ ", " \xC2\xB7 "})
        for (auto at = line.find(sep); at != std::string_view::npos; at = line.find(sep, at + sep.size())) ++n;
    return n;
}

bool has_time_of_day(std::string_view line) noexcept
{
    for (std::size_t i = 1; i + 2 < line.size(); ++i)
        if (line[i] == ':' && line[i - 1] >= '0' && line[i - 1] <= '9' && line[i + 1] >= '0' && line[i + 1] <= '5' &&
            line[i + 2] >= '0' && line[i + 2] <= '9')
            return true;
    return false;
}

} // namespace

std::size_t vacancy_lines(std::string_view clean)
{
    std::size_t count = 0;
    std::string folded;
    while (!clean.empty()) {
        const auto eol = clean.find('\n');
        auto line = clean.substr(0, eol);
        clean.remove_prefix(eol == std::string_view::npos ? clean.size() : eol + 1);
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
        if (line.size() < 8 || line.size() > 240) continue;
        if (!starts_as_an_item(line) && separators_in(line) < 2) continue;
        if (has_time_of_day(line)) continue;
        folded.clear();
        fold_into(line, folded);
        if (names_a_job(folded)) ++count;
    }
    return count;
}

} // namespace onward::classify
