#pragma once
// The phrase families the classifier knows, per label and language, and the automaton compiled
// from them once per process. Phrases are written naturally (accents, apostrophes, any case) and
// folded like the text they are matched against; "{a|b|}" expands to alternatives, a leading or
// trailing '*' lifts the word boundary on that side ("bewerbung*" also finds "bewerbungsunterlagen").

#include "classify/automaton.hpp"
#include "classify/classifier.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace onward::classify {

enum class Kind : std::uint8_t {
    cue,         // adds `weight` to `label`
    progress,    // forward movement ("move forward", "invite you"): `weight` to `label` as is,
                 // `negated_weight` to rejection when a negation stands just before it in the sentence
    pair,        // fires when a phrase of `phrases` is followed by one of `second` in the same sentence
    conditional, // "if", "sollten Sie": rejection cues after it in the sentence do not count
    negation,    // "not", "nicht", "pas", "niet": negates a following progress phrase
    shield,      // phrases that contain a negation or condition word but are neither ("do not hesitate")
    job_context, // words that put a rejection in a job search (position, Bewerbung, candidature)
    non_job,     // other worlds that reject people too (insurance claims, papers, flats, cards)
    language,    // frequent words of one language (`tag`)
    ats,         // an applicant tracking system's domain in a link (`tag` is its name)
    address,     // the reader addressed ("you", "Ihre", "votre"): looked up around rejection wording only
};

// Flags of a rule.
inline constexpr std::uint8_t calms_sentence = 1; // rejection cues in the same sentence do not count
inline constexpr std::uint8_t job_specific = 2;   // the phrase itself is about hiring: counts as job context

struct Rule {
    std::string name;
    Kind kind = Kind::cue;
    Label label = Label::other;
    double weight = 0;
    double negated_weight = 0;
    std::uint8_t flags = 0;
    std::string tag;
    std::vector<std::string_view> phrases;
    std::vector<std::string_view> second; // pair rules only
};

// A phrase whose alternatives multiply into many strings ("{decided|chosen} not to {move|proceed}
// {forward|further}") is compiled as a chain of segments, each with few alternatives; the scorer
// joins adjacent segment matches back into one phrase match. A word ending in '*' inside a phrase
// also ends a segment: the next segment starts after the rest of that word. Chains keep the
// automaton small (a full cross product would need hundreds of thousands of states).
struct PatternRef {
    std::uint16_t rule = 0;
    std::uint8_t part = 0;   // 0, or 1 for the second list of a pair rule
    std::uint8_t segment = 0; // position in its chain
    std::uint32_t chain = 0; // 0: a whole phrase; else the chain this segment belongs to
    bool last = true;        // the last segment of its chain (or a whole phrase)
    bool open_end = false;   // the segment ends inside a word ('*'): the next starts after that word
};

struct Catalogue {
    std::vector<Rule> rules;
    std::vector<PatternRef> refs; // per pattern id of `automaton`
    // Every family, the language words among them (the scorer counts those only near the start of
    // a text, where a few kilobytes tell the language). One pass finds them all: a second pass
    // for the language words alone used to cost as much as the main one.
    Automaton automaton;
};

// Built on first use (thread-safe), then shared read-only.
const Catalogue& catalogue();

// The phrase syntax, exposed for tests: expansions of "{a|b}" groups, each folded.
std::vector<PatternSpec> expand_phrase(std::string_view phrase);
// How a phrase is cut into chain segments (one segment when it is small and has no inner '*').
std::vector<std::string> chain_segments(std::string_view phrase);

} // namespace onward::classify
