#pragma once
// The phrase families the classifier knows, per label and language, and the automaton compiled
// from them once per process. Phrases are written naturally (accents, apostrophes, any case) and
// folded like the text they are matched against; "{a|b|}" expands to alternatives, a leading or
// trailing '*' lifts the word boundary on that side ("bewerbung*" also finds "bewerbungsunterlagen").

#include "classify/automaton.hpp"
#include "classify/classifier.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace onward::classify {

// (The kinds evaluate() reads come first, up to `shield`: Scorer::take() keeps those with one comparison.)
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
inline constexpr std::uint16_t calms_sentence = 1; // rejection cues in the same sentence do not count (a pair: where both parts stand)
inline constexpr std::uint16_t job_specific = 2;   // the phrase itself is about hiring: counts as job context
// The sentence speaks of what may come rather than of what happens now: the hiring process ("our
// process consists of a phone interview and ..."), a talent pool or future openings ("we'd like to
// invite you to join our talent community"). Interview, offer and outreach wording in it count half,
// as after a condition.
inline constexpr std::uint16_t speaks_of_what_may_come = 4;
// The phrase tells of someone else's post on a social network or forum ("Maria shared a post", "top
// posts from r/jobs"): rejection, offer and interview wording after it is the post's, not the email's.
inline constexpr std::uint16_t tells_of_a_post = 8;
// A pair rule whose second part is a verdict some cue reads on its own ("your application … has been
// closed" beside "application has been closed"): where a rejection cue already read those very words,
// the pair adds nothing (two rules reading the same words count once).
inline constexpr std::uint16_t restates_a_verdict = 16;
// The wording only ever stands in the reader's own record (an applicant tracking system's status
// line): it speaks to the reader without an address word around it.
inline constexpr std::uint16_t addressed_by_form = 32;
// (With tells_of_a_post.) Someone telling of her own no ("die Absage ist heute gekommen", "ik ben het
// niet geworden"): her subject is hers too ("na toll...", "Absage von der Bundesbank"), so the
// outcomes after her telling in the body and those of her subject are her story.
inline constexpr std::uint16_t tells_own_story = 64;
// The phrase takes back an offer made to the reader ("we must withdraw our offer"): the offer wording of
// the email is that offer's, and counts for nothing (classify()).
inline constexpr std::uint16_t takes_back_the_offer = 128;
// The phrase calls off an interview for good ("the post has been filled, so we must cancel Thursday", "Das
// geplante Gespräch ... entfällt damit"): the interview wording of the email is that interview's, and counts
// for nothing (classify()).
inline constexpr std::uint16_t calls_off_the_interview = 256;
// (A pair rule.) The sentence offers the reader feedback on her application ("If you would like feedback, our
// Head of Governance would be happy to arrange a call"): the call or meeting it offers is that feedback's, no
// interview; interview wording in the sentence counts for nothing (evaluate()). The pair itself adds nothing.
inline constexpr std::uint16_t offers_feedback = 512;
// The application is said to stand still in the process ("Your application remains active and no decisions have been
// made", "Je sollicitatie is nog volledig in behandeling"): a pause or a hold the email also names is that wait's, not a
// verdict; rejection wording counts for nothing (classify()).
inline constexpr std::uint16_t keeps_the_application_open = 1024;
// (A pair rule.) An interview offered for another role beside the no for the first ("we won't be moving forward for
// that one ... would like to interview you for an Analyst opening on the same team"): the next step is that
// interview, and the no counts for nothing (classify()).
inline constexpr std::uint16_t invites_for_another_role = 2048;
// (A pair rule.) The second part may stand in the sentence right after the first's ("I need to cancel our interview on
// Thursday. The role has been filled."): a consequence told in a sentence of its own (evaluate()).
inline constexpr std::uint16_t reaches_the_next_sentence = 4096;

struct Rule {
    std::string name;
    Kind kind = Kind::cue;
    Label label = Label::other;
    double weight = 0;
    double negated_weight = 0;
    std::uint16_t flags = 0;
    std::string tag;
    std::vector<std::string_view> phrases;
    std::vector<std::string_view> second; // pair rules only
};

// A phrase whose alternatives multiply into many strings ("{decided|chosen} not to {move|proceed}
// {forward|further}") is compiled as a chain of segments, each with few alternatives. Only a
// chain's first segment (its head) goes into the automaton; where a head matches, the scorer checks
// the later segments right there, one after the other. A word ending in '*' inside a phrase also
// ends a segment: the next segment starts after the rest of that word. Chains keep the automaton
// small (a full cross product would need hundreds of thousands of states), and leaving the later
// segments out of it keeps their common words ("your", "the", "with") from being reported all
// over the text only to find no head before them.
struct PatternRef {
    std::uint16_t rule = 0;
    std::uint8_t part = 0;   // 0, or 1 for the second list of a pair rule
    std::uint32_t chain = 0; // 0: a whole phrase; else the chain this head begins (Catalogue::chains)
    bool open_end = false;   // the head ends inside a word ('*'): the next segment starts after that word
    bool left = true;        // compiled with a separator in front (the automaton's order of reports)
    std::uint16_t triggers = 0; // 0, or 1 + the group of extraction triggers (Catalogue::trigger_groups) it stands for
    // A chain head: its next segment's first_symbols, kept here because the scan reads this entry
    // anyway, so that the many heads followed by none of them are turned away before the segment
    // is looked up (a read elsewhere in memory, one chain of several hundred).
    std::uint64_t next_symbols = 0;
};

// The segments of a chain after its head, each a list of folded alternatives that must start
// right after the separator that ends the previous segment (or the word it ends in).
struct ChainSegment {
    struct Alternative {
        std::string text;
        bool right_boundary = true;
        bool dotless = true; // no '.' in the text: a match across a sentence end does not count
    };
    // The symbols the text may go on with after the separator for any alternative to match (bit per
    // Automaton symbol; all bits when an alternative is empty). Most heads are followed by none of
    // them: this one word, read before the trie, turns those away without touching it.
    std::uint64_t first_symbols = 0;
    std::vector<Alternative> alternatives;
    bool open_end = false; // ends inside a word: the next segment starts after that word
    bool last = false;
    // The alternatives as a small trie over automaton symbols (Automaton::symbol_of), so that the
    // text after a head is read once, however many alternatives start alike ("another candidate",
    // "another applicant", ...). Runs of nodes with one child and no alternative ending there are
    // merged into their edge's label (a path-compressed trie): most alternatives share only a few
    // bytes, and the rest of each is then one run of bytes to compare, not a node per byte.
    // Node 0 is the root; a node's children are edges[first, first+count), told apart by the
    // first symbol of their labels.
    struct Node {
        // A bit per first symbol of its edges: where the text goes on with a symbol no edge starts
        // with (most walks end so), one test says so before the edges are read.
        std::uint64_t edge_symbols = 0;
        std::uint32_t first_edge = 0;
        std::uint16_t edge_count = 0;
        std::uint16_t alt_begin = 0, alt_end = 0; // alternatives ending here: ends[alt_begin, alt_end)
    };
    struct Edge {
        std::uint32_t label_begin; // symbols[label_begin, label_begin + label_length): the text must read so
        std::uint16_t label_length;
        std::uint8_t first_symbol; // symbols[label_begin], kept beside the child for the choice
        std::uint32_t node;
    };
    // An alternative that ends at a node, with what accepting it there asks (Alternative's flags, kept
    // here beside it: the alternatives themselves, with their text, are read only when building).
    struct End {
        std::uint16_t alternative;
        bool right_boundary;
        bool dotless;
    };
    std::vector<Node> nodes;
    std::vector<Edge> edges;
    std::vector<std::uint8_t> symbols;
    // The same labels as the bytes folded text reads where it reads each symbol plainly: the letter or
    // digit itself, ' ' for the separator (and 0x80 and 0x01 for the other two, which no text byte
    // equals where its symbol is theirs). Eight bytes of text equal to eight of these are eight
    // symbols that match, and no '.' among them: compared a word at a time (walk_trie), byte by
    // byte only where a word differs.
    std::vector<char> plain;
    std::vector<End> ends; // grouped by the node they end at
    void build_trie();
};

// The chains one pattern heads, their first segments after the head merged into one trie: the text
// after a head is read once for all of them ("decided to" heads some twenty chains, each of which
// was followed on its own before). The trie's alternatives are every chain's first-segment
// alternatives, in the order of the pattern's refs, so that at each node the alternatives ending
// there come in the order the chains used to be followed in.
struct Continuation {
    ChainSegment trie;
    struct Owner {
        std::uint16_t ref; // offset among the pattern's refs (Catalogue::refs_of)
        std::uint16_t alt; // the alternative in that chain's first segment
    };
    std::vector<Owner> owners; // per alternative of `trie`
    bool open_end = false;     // every head of the pattern ends inside a word, or none does
};

// What the scorer reads of a rule for every hit, in a table small enough to stay in the L1 cache
// (a Rule, with its name, tag and phrase lists, is 136 bytes).
struct RuleFacts {
    Kind kind = Kind::cue;
    Label label = Label::other;
    std::uint16_t flags = 0;
    // Its hits mark their sentence for the others (Scorer::evaluate: calming, conditions, verdicts, what
    // may come, feedback offered): most rules' do not, and their hits are passed over by one test.
    bool marks_sentence = false;
    double weight = 0;
    double negated_weight = 0;
};

// A whole phrase a pattern stands for (no chain head, no extraction trigger), as the scan takes it:
// four bytes, so that a match's phrases are read in one or two cache lines with what decides where
// each goes (Scorer::take).
struct DirectRef {
    std::uint16_t rule = 0;
    std::uint8_t part = 0;
    Kind kind = Kind::cue;
};

// What one pattern stands for, in the order the scan reads it (Scorer::scan), in one look-up per
// match: its whole phrases (Catalogue::direct), whether some ref is an extraction trigger, and how
// its chains are followed. (The same facts as refs, refs_of and continuation_of, which the scan
// reads only for the few patterns with triggers or with chains followed one by one: most matches
// are of phrases and of heads with merged chains, and a head's ref needs nothing but its chain.)
struct PatternPlan {
    std::uint32_t direct_begin = 0;
    std::uint16_t direct_count = 0;
    std::uint8_t left = 1;              // compiled with a separator in front (the automaton's order of reports)
    std::uint8_t has_triggers = 0;      // some ref is an extraction trigger
    std::uint8_t chains_one_by_one = 0; // some chain head, and no Continuation: follow_chain() per head
    std::uint32_t continuation = 0;     // 1 + its Continuation, or 0
};

struct Catalogue {
    std::vector<Rule> rules;
    // What each pattern of `automaton` stands for: refs[refs_of[id], refs_of[id + 1]) for pattern id.
    // Phrases that compile to the same pattern (a head several chains share, "position" in five
    // families) are one pattern, reported once; its refs keep the order the phrases were given in.
    std::vector<PatternRef> refs;
    std::vector<std::uint32_t> refs_of;
    // Every family, the language words among them (counted, not reported: Tallies, one slot per
    // language_tags entry; the scorer counts them only near the start of a text, where the
    // first kilobyte tells the language). One pass finds them all: a second pass for the language
    // words alone used to cost as much as the main one.
    Automaton automaton;
    // Per chain id (index 0 unused): the segments after the head.
    std::vector<std::vector<ChainSegment>> chains;
    std::vector<RuleFacts> facts; // per rule
    // Extraction's triggers (extraction_triggers()) compiled as patterns: per group, the ids of the
    // triggers that fold to the same pattern ("application: " and "application - ").
    std::vector<std::vector<std::uint16_t>> trigger_groups;
    // Per pattern: 1 + its Continuation, or 0 (no chain, or heads whose chains connect differently,
    // which are followed one by one).
    std::vector<std::uint32_t> continuation_of;
    std::vector<Continuation> continuations;
    std::vector<PatternPlan> plans; // per pattern
    std::vector<DirectRef> direct;  // PatternPlan::direct_begin..
};

// The languages the classifier tells apart, in the order of the language tallies (Tallies::count).
inline constexpr std::array<std::string_view, 5> language_tags = {"en", "de", "fr", "es", "nl"};

// Language words count from this many bytes at the start of the subject and of the body. The
// newest message's first kilobyte (150-odd words: the greeting and the opening, which a reply is
// written to match) tells the language; on our fixtures and the dev corpus it names the same
// language as the first 4 KB did for every email, and counting there alone spares 3 KB emails a
// few percent of their time.
inline constexpr std::uint32_t language_reach = 1024;

// The tally slot of the job-context words (after the languages'): they are only ever counted.
inline constexpr std::int8_t job_context_tally = static_cast<std::int8_t>(language_tags.size());

// Built on first use (thread-safe), then shared read-only.
const Catalogue& catalogue();

// The phrase syntax, exposed for tests: expansions of "{a|b}" groups, each folded.
std::vector<PatternSpec> expand_phrase(std::string_view phrase);
// How a phrase is cut into chain segments (one segment when it is small and has no inner '*').
std::vector<std::string> chain_segments(std::string_view phrase);
// A group before a phrase's last word that mixes whole words with words that run on ("mit einem
// anderen {person|kandidat*} weiter"), as phrases that each keep one kind: "{person}" and
// "{kandidat}*" (an inner '*' ends a chain segment only after a whole unit). Other phrases: as given.
std::vector<std::string> starred_groups_apart(std::string_view phrase);

} // namespace onward::classify
