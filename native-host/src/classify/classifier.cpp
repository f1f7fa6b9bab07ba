#include "classify/classifier.hpp"

#include "classify/extract.hpp"
#include "classify/model.hpp"
#include "classify/normalize.hpp"
#include "classify/rules.hpp"
#include "classify/segment.hpp"
#include "core/text.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <iterator>
#include <stdexcept>

namespace onward::classify {

namespace {

constexpr std::size_t label_count = 7;
constexpr auto& languages = language_tags;
std::size_t index_of(Label l) noexcept { return static_cast<std::size_t>(l); }

// Sentences of the subject and of the body live in different numbering spaces.
constexpr std::uint32_t body_sentence_base = 1u << 30;
// A negation governs a forward phrase that starts at most this many bytes after it ("not be able to").
constexpr std::uint32_t negation_reach = 40;
// A condition ("if", "sollten Sie") governs rejection wording that starts at most this far after it.
constexpr std::uint32_t condition_reach = 160;

struct Hit {
    std::uint32_t begin, end, sentence;
    std::uint16_t rule;
    std::uint8_t part;
    Kind kind; // the rule's (RuleFacts::kind), kept in what would be padding: read for every hit
};

// What one rule contributed: its strongest phrase, plus half of a second, different phrase of the
// same family (two different ways of saying it are more evidence than one said twice).
// The first hit of a kind in each sentence.
class SentenceMarks {
public:
    // Kept in `storage` (a scratch buffer, emptied here): evaluate() marks five kinds twice an email.
    explicit SentenceMarks(std::vector<Hit>& storage) : marks_(storage) { marks_.clear(); }
    void add(const Hit& h)
    {
        if (marks_.empty() || marks_.back().sentence != h.sentence) marks_.push_back(h);
    }
    // Keeps the last mark of each sentence instead of the first.
    void add_last(const Hit& h)
    {
        if (!marks_.empty() && marks_.back().sentence == h.sentence) marks_.back() = h;
        else marks_.push_back(h);
    }
    const Hit* find(std::uint32_t sentence) const
    {
        const auto it = std::lower_bound(marks_.begin(), marks_.end(), sentence,
                                         [](const Hit& h, std::uint32_t s) { return h.sentence < s; });
        return it != marks_.end() && it->sentence == sentence ? &*it : nullptr;
    }

private:
    std::vector<Hit>& marks_;
};

struct Fired {
    double weight = 0;
    std::string phrase;
    bool fired = false;
    double second = 0;
    double score() const noexcept { return weight + 0.5 * second; }
};

// The parts of a pair rule seen so far in the text (the latest of each).
struct PairState {
    std::uint32_t sentence[2] = {~0u, ~0u};
    Hit hit[2] = {};
    // An invitation's or an offer's first part that a negation governs ("Wir werden dich nicht zum
    // Kennenlerngespräch einladen"): the negation, kept for when the second part comes.
    bool first_negated = false;
    Hit negation = {};
};

// A chain whose head matched and whose later segments were found right after it: a hit that joins
// the others in the order the automaton would have reported its last segment (by end; at the same
// end the longer pattern first, then by rule).
struct Completion {
    Hit hit;
    std::uint32_t compiled_length; // the last segment with its separator in front
    bool before(std::uint32_t end, std::uint32_t length, std::uint16_t rule) const noexcept
    {
        if (hit.end != end) return hit.end < end;
        if (compiled_length != length) return compiled_length > length;
        return hit.rule < rule;
    }
};

// A chain state already followed: the first way to reach it wins (its head gives the phrase's start).
struct Followed {
    std::uint32_t chain, segment, at;
};

// Where a merged first segment matched, for one of the chains a pattern heads (Scorer::follow_chains).
struct Found {
    Continuation::Owner owner;
    std::uint32_t end;
    bool dot_inside;
};

// Buffers a classification needs, kept per thread and reused from email to email, so that the
// steady state allocates nothing for them.
struct Scratch {
    std::vector<Match> matches;
    std::vector<Hit> hits, aside, stays, kept;
    std::vector<std::uint8_t> inside; // per hit: inside another hit
    std::vector<Hit> marks[5];        // evaluate(): its SentenceMarks
    std::vector<std::pair<std::uint32_t, std::uint32_t>> shields;
    std::vector<std::pair<std::uint16_t, std::uint32_t>> calm_firsts; // evaluate(): (rule, sentence)
    std::vector<Completion> completions; // found, not yet taken; sorted by order of report
    std::vector<Followed> followed;      // recent chain states (pruned as the scan moves on)
    std::vector<Found> found;            // follow_chains(): first segments matched
    // Per rule, sized to the catalogue once; only the entries listed beside them are reset per email.
    std::vector<Fired> fired;
    std::vector<std::uint16_t> fired_rules; // rules that fired, in order of rule once sorted
    std::vector<PairState> pairs;
    std::vector<std::uint16_t> pair_rules;
    std::string folded_subject, folded_body;
    std::string words; // Scorer::both_parts()
    // Per rule: where the first part of its pair was last taken, as Scorer::keep() compares it: the scan
    // (`scans`, counted) in the high half, the sentence in the low one. Never reset: a new scan's key differs.
    std::vector<std::uint64_t> first_part_at;
    std::vector<std::uint64_t> second_part_at; // the same for second parts, from the end back (drop_contained())
    std::uint32_t scans = 0;
    std::string cleaned_subject, cleaned_body; // when cleaning changed the text
};

Scratch& scratch()
{
    thread_local Scratch s;
    return s;
}

class Scorer {
public:
    explicit Scorer(const Catalogue& cat, Scratch& scratch)
        : cat_(cat), scratch_(scratch), fired_(scratch.fired), fired_rules_(scratch.fired_rules)
    {
        if (fired_.size() != cat.rules.size()) fired_.assign(cat.rules.size(), Fired{});
        for (const auto r : fired_rules_) {
            auto& f = fired_[r];
            f.weight = f.second = 0;
            f.phrase.clear(); // keeps its buffer for the next email
            f.fired = false;
        }
        fired_rules_.clear();
    }

    void scan(std::string_view folded, std::uint32_t sentence_base)
    {
        text_ = folded;
        sentence_base_ = sentence_base;
        scratch_.hits.clear();
        scratch_.aside.clear();
        scratch_.shields.clear();
        scratch_.completions.clear();
        scratch_.followed.clear();
        auto& matches = scratch_.matches;
        matches.clear();
        // Counted where found: language words from the start of the text (the first kilobyte tells
        // the language: their patterns carry language_reach), the words of a job search anywhere.
        Tallies counted;
        cat_.automaton.collect(folded, matches, &counted);
        for (std::size_t l = 0; l < languages.size(); ++l) language_[l] += counted.count[l];
        job_context_ += counted.count[static_cast<std::size_t>(job_context_tally)];
        auto& completions = scratch_.completions;
        auto& next_completion = next_completion_;
        next_completion = 0;
        // A new scan: the first parts of pairs noted in the last one are of other sentences.
        if (scratch_.first_part_at.size() != cat_.rules.size() || ++scratch_.scans == 0) { // (the count wrapped: start afresh)
            scratch_.first_part_at.assign(cat_.rules.size(), 0);
            scratch_.second_part_at.assign(cat_.rules.size(), 0);
            scratch_.scans = 1;
        }
        scan_key_ = std::uint64_t{scratch_.scans} << 32;
        // (The catalogue's tables in locals: the compiler cannot keep them in registers through the
        // stores to the hits otherwise.)
        const auto* plans = cat_.plans.data();
        const auto* direct = cat_.direct.data();
        for (const auto& m : matches) {
            const auto& plan = plans[m.pattern];
            if (plan.has_triggers) [[unlikely]] note_triggers(m.pattern, sentence_base);
            // Every whole phrase the pattern stands for, in the order they were given. (Its triggers and
            // its chains' heads take nothing here: the hits come in the same order without them.)
            const auto sentence = m.sentence + sentence_base;
            const auto length = m.end - m.begin + plan.left;
            for (auto d = direct + plan.direct_begin, last = d + plan.direct_count; d != last; ++d) {
                // Chains completed before this report take their turn first.
                for (; next_completion < completions.size() && completions[next_completion].before(m.end, length, d->rule);
                     ++next_completion)
                    take(completions[next_completion].hit);
                // Most hits are for evaluate(): kept here, inline; the kinds counted or noted elsewhere
                // go to take_aside().
                if (d->kind <= Kind::shield) [[likely]]
                    keep(Hit{m.begin, m.end, sentence, d->rule, d->part, d->kind});
                else
                    take_aside(Hit{m.begin, m.end, sentence, d->rule, d->part, d->kind});
            }
            // The pattern's chains, followed after its other phrases: what they complete ends after
            // this report, so no phrase of it waits for them.
            if (plan.continuation != 0) follow_chains(cat_.continuations[plan.continuation - 1], cat_.refs.data() + cat_.refs_of[m.pattern], m);
            else if (plan.chains_one_by_one) [[unlikely]] follow_each_chain(m);
        }
        for (; next_completion < completions.size(); ++next_completion) take(completions[next_completion].hit);
        drop_contained(scratch_.hits);
        evaluate(scratch_.hits);
    }
    // --- what the scan found --------------------------------------------------------------------
    std::array<double, label_count> totals() const
    {
        std::array<double, label_count> t{};
        for (const auto i : fired_in_order()) t[index_of(effective_label(i))] += fired_[i].score();
        t[index_of(Label::rejection)] += negated_progress_.weight;
        return t;
    }
    // Some rule with the flag fired.
    bool fired_with(std::uint16_t flag) const
    {
        for (const auto i : fired_in_order())
            if (cat_.facts[i].flags & flag) return true;
        return false;
    }
    bool job_specific_fired() const { return fired_with(job_specific) || negated_progress_.fired; }
    // Each world's weight once, twice where two different words of it stand (a flat refused names the
    // flat, the viewing, the landlord; a job rejection that mentions a move names one of them at most).
    // (`ats_sender`: the email comes from an applicant tracking system, which no landlord or bank sends
    // through: there a world's third word does not weigh more than its second, as a letting company's
    // own vacancy names the lease, the rent and the leasing.)
    double non_job(bool ats_sender = false) const
    {
        double sum = 0;
        for (const auto& r : non_job_rules_) sum += r.world_weight(!ats_sender);
        return sum;
    }
    // The weight of the one world that weighs most.
    double non_job_world() const
    {
        double most = 0;
        for (const auto& r : non_job_rules_) most = std::max(most, r.world_weight(true));
        return most;
    }
    std::size_t job_context() const noexcept { return job_context_; }
    const std::optional<std::string>& ats() const noexcept { return ats_; }
    const std::array<std::size_t, 5>& language() const noexcept { return language_; }
    const TriggerSet& subject_triggers() const noexcept { return subject_triggers_; }
    const TriggerSet& body_triggers() const noexcept { return body_triggers_; }

    // (`room`: entries the caller adds after these, reserved with them.)
    std::vector<Evidence> evidence(std::size_t room = 0) const
    {
        std::vector<Evidence> out;
        out.reserve(fired_rules_.size() + 1 + discounted_.size() + room);
        for (const auto i : fired_in_order()) out.push_back({cat_.rules[i].name, fired_[i].phrase, fired_[i].score()});
        if (negated_progress_.fired)
            out.push_back({"rejection.negated_progress", negated_progress_.phrase, negated_progress_.weight});
        std::sort(out.begin(), out.end(), [](const Evidence& a, const Evidence& b) { return a.weight > b.weight; });
        out.insert(out.end(), discounted_.begin(), discounted_.end());
        return out;
    }

    void discount(Evidence e) { discounted_.push_back(std::move(e)); }
    // Some verdict stood under a condition ("if you do not hear from us, please assume that we have decided
    // to move forward with other applicants") or in a calmed sentence, and counted for nothing.
    bool verdict_neutralised() const noexcept { return verdict_neutralised_; }
    // Some interview wording stood in the body, not only in the subject.
    bool interview_in_body() const noexcept { return interview_in_body_; }
    // Some invitation (offer) phrase counted at full strength, or none was halved by a condition or by
    // what may come: only then does the label outrank a confirmation.
    bool firm(Label label) const noexcept { return firm_[index_of(label)] || !halved_[index_of(label)]; }
    // Some rejection wording stood in a sentence that speaks to the reader ("your application").
    bool rejection_addressed() const noexcept { return rejection_addressed_; }
    bool fired(std::string_view rule_name) const
    {
        for (const auto i : fired_in_order())
            if (cat_.rules[i].name == rule_name) return true;
        return false;
    }
    // The named rule fired with two different phrases.
    bool fired_twice(std::string_view rule_name) const
    {
        for (const auto i : fired_in_order())
            if (cat_.rules[i].name == rule_name) return fired_[i].second > 0;
        return false;
    }
    // The largest score of one rule of the label: a verdict phrase (3 and more), or only regret words.
    double strongest(Label label) const
    {
        double best = label == Label::rejection && negated_progress_.fired ? negated_progress_.weight : 0;
        for (const auto i : fired_in_order())
            if (effective_label(i) == label) best = std::max(best, fired_[i].score());
        return best;
    }
    // The named rule's score (0 where it did not fire).
    double score_of(std::string_view rule_name) const
    {
        for (const auto i : fired_in_order())
            if (cat_.rules[i].name == rule_name) return fired_[i].score();
        return 0;
    }
    const std::string& non_job_phrase() const noexcept { return non_job_phrase_; }
    // A notice of someone else's post (a rule flagged tells_of_a_post) stands before any rejection,
    // offer or interview wording: that wording is the post's. After it (a rejection sent through a
    // network, the network's news below it), the wording is the email's own.
    bool outcomes_in_a_post() const noexcept
    {
        return first_post_notice_ < first_outcome_ || first_own_story_ < first_body_outcome_;
    }

private:
    Label effective_label(std::size_t rule) const noexcept { return cat_.facts[rule].label; }

    // One phrase match (a whole phrase, or a completed chain) as the rules see it. Most are hits for
    // evaluate(): those are kept here; the kinds counted or noted elsewhere go to take_aside().
    void take(const Hit& hit)
    {
        static_assert(Kind::shield < Kind::job_context && Kind::job_context < Kind::non_job && Kind::non_job < Kind::language &&
                          Kind::language < Kind::ats && Kind::ats < Kind::address,
                      "the kinds evaluate() reads come first (rules.hpp), up to shield");
        if (hit.kind <= Kind::shield) [[likely]]
            keep(hit);
        else
            take_aside(hit);
    }
    // A hit for evaluate(), in the list drop_contained() reads it from: negations, conditions and pair
    // parts stand beside phrases, never in their competition, and are set aside as they come; the
    // others compete, the shields among them noted for the negations and conditions they contain.
    void keep(const Hit& hit)
    {
        if (hit.kind == Kind::pair) {
            // A pair's second part completes nothing where no first part of it came before in its
            // sentence, or in the sentence before for a pair that reaches the next (evaluate() reads it
            // only then): most of them, as their words ("bewerbung", "nicht", "your application") stand in
            // many sentences that say nothing of the pair.
            auto& first_at = scratch_.first_part_at[hit.rule];
            const auto here = scan_key_ | hit.sentence;
            const bool after_the_last = (cat_.facts[hit.rule].flags & reaches_the_next_sentence) &&
                                        first_at == (scan_key_ | static_cast<std::uint32_t>(hit.sentence - 1));
            if (hit.part == 0) first_at = here;
            else if (first_at != here && !after_the_last && !first_part_pending(hit)) return;
            scratch_.aside.push_back(hit);
            return;
        }
        if (hit.kind == Kind::negation || hit.kind == Kind::conditional) {
            scratch_.aside.push_back(hit);
            return;
        }
        scratch_.hits.push_back(hit);
        if (hit.kind == Kind::shield) scratch_.shields.emplace_back(hit.begin, hit.end);
    }
    // Might a first part of the second part's pair still come before it in the order evaluate() reads
    // (by end, then begin)? Only a chain's, completed at the same end and not taken yet: taken later, it
    // may begin before. (Hits are taken in order of end; a pair's parts are seldom chains.)
    bool first_part_pending(const Hit& second) const noexcept
    {
        const auto& completions = scratch_.completions;
        for (auto k = next_completion_; k < completions.size() && completions[k].hit.end == second.end; ++k) {
            const auto& c = completions[k].hit;
            if (c.rule == second.rule && c.part == 0) return true;
        }
        return false;
    }
    // The extraction triggers a pattern stands for: noted for extract(), no evidence.
    [[gnu::noinline]] void note_triggers(std::uint32_t pattern, std::uint32_t sentence_base)
    {
        auto& seen = sentence_base == 0 ? subject_triggers_ : body_triggers_;
        for (auto r = cat_.refs_of[pattern], last = cat_.refs_of[pattern + 1]; r < last; ++r)
            if (const auto group = cat_.refs[r].triggers; group != 0)
                for (const auto id : cat_.trigger_groups[group - 1u]) seen.set(id);
    }
    // A pattern's chain heads whose chains connect differently (no Continuation), each followed on its own.
    [[gnu::noinline]] void follow_each_chain(const Match& m)
    {
        for (auto r = cat_.refs_of[m.pattern], last = cat_.refs_of[m.pattern + 1]; r < last; ++r)
            if (cat_.refs[r].chain != 0) follow_chain(cat_.refs[r], m);
    }
    [[gnu::noinline]] void take_aside(const Hit& hit)
    {
        const auto& rule = cat_.facts[hit.rule];
        switch (rule.kind) {
        case Kind::language:
        case Kind::address:
            return; // counted in scan / looked up directly
        case Kind::job_context:
            ++job_context_;
            return;
        case Kind::non_job:
            {
                const auto word = view_of(hit);
                const auto it = std::find_if(non_job_rules_.begin(), non_job_rules_.end(), [&](const auto& r) { return r.rule == hit.rule; });
                if (it == non_job_rules_.end()) non_job_rules_.push_back({hit.rule, rule.weight, word, {}});
                else if (it->second_word.empty() && word != it->first_word) it->second_word = word;
                else if (!it->second_word.empty() && word != it->first_word && word != it->second_word) it->third = true;
            }
            if (non_job_phrase_.empty()) non_job_phrase_ = phrase_of(hit);
            return;
        case Kind::ats:
            if (!ats_) ats_ = cat_.rules[hit.rule].tag;
            return;
        default:
            keep(hit);
        }
    }

    // Where the segment ending at `end` connects to the next: the separator after it, or after the
    // rest of its word when it ends inside one ('*').
    std::uint32_t connection(std::uint32_t end, bool open_end) const noexcept
    {
        auto at = end;
        if (open_end)
            while (at < text_.size() && is_folded_word_byte(static_cast<unsigned char>(text_[at]))) ++at;
        return at;
    }

    // Does `alt`, found by the trie to stand at [pos, end) as the automaton reads symbols, match there
    // as the automaton would have matched it: no sentence end inside unless its own text has one,
    // and a word boundary after it where it asks for one?
    bool accepted(const ChainSegment::End& alt, std::uint32_t end, bool dot_inside) const noexcept
    {
        if (dot_inside && alt.dotless) return false;
        return !(alt.right_boundary && end < text_.size() && is_folded_word_byte(static_cast<unsigned char>(text_[end])));
    }

    // Can a segment whose alternatives start with `first_symbols` start after the separator at `at`?
    // Where it cannot, it cannot from any other way here either: asked before a segment is followed.
    bool may_start(std::uint64_t first_symbols, std::uint32_t at) const noexcept
    {
        if (at >= text_.size() || text_[at] != ' ') return false;
        return at + 1 >= text_.size() || ((first_symbols >> Automaton::symbol_of(static_cast<unsigned char>(text_[at + 1]))) & 1u);
    }

    void follow_chain(const PatternRef& head, const Match& m)
    {
        // Most heads are not followed by a separator and a symbol their next segment can start with:
        // turned away here on what the head's entry says, before any chain is looked up.
        const auto at = connection(m.end, head.open_end);
        if (!may_start(head.next_symbols, at)) return;
        // States behind the scan can never be reached again: every later head connects further on.
        if (!scratch_.followed.empty())
            std::erase_if(scratch_.followed, [&](const Followed& f) { return f.at < m.end; });
        follow(head, 0, at, m.begin, m.end, m.sentence);
    }

    // Every chain a pattern heads, their first segments read at once along the merged trie: the
    // same chains followed, in the same order, with the same outcome as follow_chain() one by one.
    void follow_chains(const Continuation& merged, const PatternRef* heads, const Match& m)
    {
        const auto at = connection(m.end, merged.open_end);
        if (!may_start(merged.trie.first_symbols, at)) return;
        auto& followed = scratch_.followed;
        if (!followed.empty()) std::erase_if(followed, [&](const Followed& f) { return f.at < m.end; });
        // A chain already followed from here (another head of it ending at the same place) is not
        // followed again: the first way to reach it wins.
        const auto taken = [&](std::uint32_t chain) {
            for (const auto& f : followed)
                if (f.chain == chain && f.segment == 0 && f.at == at) return true;
            return false;
        };
        auto& found = scratch_.found;
        found.clear();
        std::uint32_t sentence = m.sentence;
        for (auto i = m.end; i < at; ++i) sentence += text_[i] == '.';
        const auto pos = at + 1;
        walk_trie(merged.trie, pos, [&](std::uint16_t a, std::uint32_t end, bool dot_inside) { found.push_back({merged.owners[a], end, dot_inside}); });
        // Chain by chain in the order of the refs, as follow_chain() went: each chain's state noted as
        // followed, then what its first segment matched, shortest first.
        for (std::size_t k = 1; k < found.size(); ++k) { // a stable insertion sort by ref: a few, allocating nothing
            const Found f = found[k];
            auto j = k;
            for (; j > 0 && f.owner.ref < found[j - 1].owner.ref; --j) found[j] = found[j - 1];
            found[j] = f;
        }
        // (A chain whose first segment matched nothing here is not noted: from another head ending here
        // it would match nothing either. One that matched could start here: may_start holds for it.)
        for (auto next = found.begin(); next != found.end();) {
            const auto r = next->owner.ref;
            auto last = next;
            while (last != found.end() && last->owner.ref == r) ++last;
            const auto& head = heads[r];
            if (!taken(head.chain)) {
                followed.push_back({head.chain, 0, at});
                const auto& segment = cat_.chains[head.chain][0];
                for (auto f = next; f != last; ++f) matched(head, 0, segment, m.begin, sentence, pos, f->end, f->dot_inside);
            }
            next = last;
        }
    }

    // Segment `k` of the head's chain starts after the separator at `at` (the caller asked may_start).
    void follow(const PatternRef& head, std::uint32_t k, std::uint32_t at, std::uint32_t begin, std::uint32_t scanned_to,
                std::uint32_t sentence)
    {
        const auto& segment = cat_.chains[head.chain][k];
        for (const auto& f : scratch_.followed)
            if (f.chain == head.chain && f.segment == k && f.at == at) return;
        scratch_.followed.push_back({head.chain, k, at});
        // '.' bytes between what was counted and the connection (a segment with a '.' of its own).
        for (auto i = scanned_to; i < at; ++i) sentence += text_[i] == '.';
        const auto pos = at + 1;
        walk_trie(segment, pos, [&](std::uint16_t, std::uint32_t end, bool dot_inside) {
            matched(head, k, segment, begin, sentence, pos, end, dot_inside);
        });
    }

    // Down a segment's trie along the text from `pos`: calls on_match(alternative, end, dot_inside) for
    // every alternative that matches there as the automaton would have matched it, shortest first
    // (at one end, in the order of the alternatives). `dot_inside`: a '.' was read in [pos, end).
    template <class OnMatch>
    void walk_trie(const ChainSegment& trie, std::uint32_t pos, OnMatch&& on_match) const
    {
        std::uint32_t node = 0, i = pos;
        bool dot_inside = false;
        const auto size = static_cast<std::uint32_t>(text_.size());
        for (;;) {
            const auto& n = trie.nodes[node];
            for (auto e = n.alt_begin; e < n.alt_end; ++e) {
                const auto& end = trie.ends[e];
                if (accepted(end, i, dot_inside)) on_match(end.alternative, i, dot_inside);
            }
            if (i >= size) break;
            // Most walks end here, at a symbol no edge starts with: one test says so.
            const auto first = static_cast<unsigned char>(text_[i]);
            const auto sym = Automaton::symbol_of(first);
            if (!((n.edge_symbols >> sym) & 1u)) break;
            const auto* e = &trie.edges[n.first_edge];
            while (e->first_symbol != sym) ++e; // one of them does: the bit says so
            const auto& edge = *e;
            // The whole label must follow; no alternative ends inside it.
            if (edge.label_length > size - i) break;
            dot_inside |= first == '.';
            // The rest of the label (its first symbol is the one the edge was chosen by): eight bytes at a
            // time where the text reads them plainly, symbol by symbol where it does not.
            const auto* plain = trie.plain.data() + edge.label_begin;
            const auto* label = trie.symbols.data() + edge.label_begin;
            std::uint32_t l = 1;
            for (; l + 8 <= edge.label_length; l += 8) {
                std::uint64_t text_word, label_word;
                std::memcpy(&text_word, text_.data() + i + l, 8);
                std::memcpy(&label_word, plain + l, 8);
                if (text_word != label_word) break;
            }
            for (; l < edge.label_length; ++l) {
                const auto c = static_cast<unsigned char>(text_[i + l]);
                if (Automaton::symbol_of(c) != label[l]) break;
                dot_inside |= c == '.';
            }
            if (l < edge.label_length) break;
            i += l;
            node = edge.node;
        }
    }
    // Segment `k` matched at [pos, end): the chain is complete, or goes on after it. `dot_inside`:
    // the trie read a '.' in [pos, end) (only then are the sentences counted again).
    void matched(const PatternRef& head, std::uint32_t k, const ChainSegment& segment, std::uint32_t begin,
                 std::uint32_t sentence, std::uint32_t pos, std::uint32_t end, bool dot_inside)
    {
        if (dot_inside)
            for (auto i = pos; i < end; ++i) sentence += text_[i] == '.';
        if (segment.last) {
            const Completion c{{begin, end, sentence + sentence_base_, head.rule, head.part, cat_.facts[head.rule].kind}, end - pos + 1};
            auto& list = scratch_.completions;
            const auto place = std::upper_bound(list.begin(), list.end(), c, [](const Completion& a, const Completion& b) {
                return a.before(b.hit.end, b.compiled_length, b.hit.rule);
            });
            list.insert(place, c);
        } else {
            const auto at = connection(end, segment.open_end);
            if (may_start(cat_.chains[head.chain][k + 1].first_symbols, at)) follow(head, k + 1, at, begin, end, sentence);
        }
    }

    static bool by_end_then_begin(const Hit& a, const Hit& b) noexcept
    {
        return a.end != b.end ? a.end < b.end : a.begin < b.begin;
    }
    // Hits in order of end come out in order of end, then begin. An insertion sort: only hits with
    // one end move, among themselves (a few: the patterns one automaton state ends), and it
    // allocates nothing (std::stable_sort would).
    static void order_by_end_then_begin(std::vector<Hit>& hits) noexcept
    {
        for (std::size_t i = 1; i < hits.size(); ++i) {
            const Hit h = hits[i];
            auto j = i;
            for (; j > 0 && by_end_then_begin(h, hits[j - 1]); --j) hits[j] = hits[j - 1];
            hits[j] = h;
        }
    }

    // A hit inside a longer hit is the longer phrase's business: "unfortunately" inside
    // "unfortunately we cannot respond to every applicant", "not" inside "not the right fit".
    void drop_contained(std::vector<Hit>& hits)
    {
        // Negations and conditions yield only to shields ("not" in "do not hesitate", "if" in "even if");
        // pair parts and address words stand beside phrases, never in their competition.
        // (keep() set them aside as they came, with the shields.)
        const auto& shields = scratch_.shields;
        auto& aside = scratch_.aside;
        std::size_t next_shield = 0; // both come in order of end: one sweep, linear
        std::erase_if(aside, [&](const Hit& h) {
            if (h.kind != Kind::negation && h.kind != Kind::conditional) return false;
            while (next_shield < shields.size() && shields[next_shield].second < h.end) ++next_shield;
            return next_shield < shields.size() && shields[next_shield].first <= h.begin;
        });
        // Hits come in order of end. A hit is inside another (of a different span) when some hit
        // with a later end begins at or before it, or one with the same end begins before it: one
        // sweep from the last end back, with the least begin seen so far.
        const auto by_end = [](const Hit& a, const Hit& b) { return a.end < b.end; };
        if (!std::is_sorted(hits.begin(), hits.end(), by_end)) std::stable_sort(hits.begin(), hits.end(), by_end); // not expected
        auto& inside = scratch_.inside;
        inside.assign(hits.size(), 0);
        std::uint32_t least_begin_later = ~0u; // over hits with a later end
        for (std::size_t group_end = hits.size(); group_end > 0;) {
            std::size_t group_begin = group_end - 1;
            while (group_begin > 0 && hits[group_begin - 1].end == hits[group_end - 1].end) --group_begin;
            std::uint32_t least_begin_here = ~0u;
            for (auto k = group_begin; k < group_end; ++k) least_begin_here = std::min(least_begin_here, hits[k].begin);
            for (auto k = group_begin; k < group_end; ++k)
                inside[k] = least_begin_later <= hits[k].begin || least_begin_here < hits[k].begin;
            least_begin_later = std::min(least_begin_later, least_begin_here);
            group_end = group_begin;
        }
        // What stays, and the pair parts and address words set aside, each in order of end (then
        // begin: a few neighbours swap), merged into one list in that order.
        auto& stays = scratch_.stays;
        stays.clear();
        for (std::size_t k = 0; k < hits.size(); ++k)
            if (!inside[k]) stays.push_back(hits[k]);
        order_by_end_then_begin(stays);
        order_by_end_then_begin(aside);
        // A pair's first part that no second part follows in its sentence completes nothing either: from
        // the end back, each kept only where a second part of its pair comes after it.
        {
            auto& second_at = scratch_.second_part_at;
            auto out = aside.size();
            for (auto k = aside.size(); k-- > 0;) {
                const Hit h = aside[k];
                if (h.kind == Kind::pair) {
                    const auto here = scan_key_ | h.sentence;
                    const bool in_the_next = (cat_.facts[h.rule].flags & reaches_the_next_sentence) &&
                                             second_at[h.rule] == (scan_key_ | static_cast<std::uint32_t>(h.sentence + 1));
                    if (h.part == 1) second_at[h.rule] = here;
                    else if (second_at[h.rule] != here && !in_the_next) continue;
                }
                aside[--out] = h;
            }
            aside.erase(aside.begin(), aside.begin() + static_cast<std::ptrdiff_t>(out));
        }
        auto& kept = scratch_.kept;
        kept.resize(stays.size() + aside.size());
        std::merge(stays.begin(), stays.end(), aside.begin(), aside.end(), kept.begin(), by_end_then_begin);
        hits.swap(kept); // both stay in the scratch, capacity kept
    }

    // Where each kind of evidence first stands, in reading order (the subject before the body).
    static std::uint64_t reading_order(const Hit& h) noexcept
    {
        return (std::uint64_t{h.sentence >= body_sentence_base ? 1u : 0u} << 32) | h.begin;
    }
    void note_where(const Hit& h) noexcept
    {
        const auto& facts = cat_.facts[h.rule];
        const bool in_body = h.sentence >= body_sentence_base;
        if (facts.flags & tells_of_a_post) first_post_notice_ = std::min(first_post_notice_, reading_order(h));
        if ((facts.flags & tells_own_story) && in_body) first_own_story_ = std::min(first_own_story_, reading_order(h));
        if (facts.label == Label::rejection || facts.label == Label::offer || facts.label == Label::interview) {
            first_outcome_ = std::min(first_outcome_, reading_order(h));
            if (in_body) first_body_outcome_ = std::min(first_body_outcome_, reading_order(h));
        }
    }

    // `at`: the hit (for a pair, its first part) that makes the rule fire.
    void fire(const Hit& at, double weight, std::string_view phrase)
    {
        const std::size_t rule = at.rule;
        const auto label = cat_.facts[rule].label;
        if (label == Label::interview && at.sentence >= body_sentence_base) interview_in_body_ = true;
        // A firm invitation or offer: a phrase of full strength, not one halved by a condition or by what
        // may come ("egal ob wir Sie zu einem Gespräch einladen oder ...").
        if ((label == Label::interview || label == Label::offer) && weight >= 3) firm_[index_of(label)] = true;
        note_where(at);
        auto& f = fired_[rule];
        if (!f.fired) {
            fired_rules_.push_back(static_cast<std::uint16_t>(rule));
            sorted_ = false;
            f.weight = weight;
            f.phrase.assign(phrase);
        } else if (phrase != f.phrase) {
            if (weight > f.weight) {
                f.second = f.weight;
                f.weight = weight;
                f.phrase.assign(phrase);
            } else {
                f.second = std::max(f.second, weight);
            }
        }
        f.fired = true;
    }

    // A wish between the negation and the phrase starts a clause of its own ("we're not done yet - the
    // team would like to see you for a second interview"): nobody writes "would not like to invite you".
    bool negated(const Hit& h, const Hit* negation) const noexcept
    {
        if (!(negation && negation->sentence == h.sentence && negation->end <= h.begin && h.begin - negation->end <= negation_reach))
            return false;
        // Nor does one govern past a clause that turns ("we don't do take-home tests any more, so the
        // next step is a pairing session"; "n'est pas disponible, donc ...").
        const auto between = text_.substr(negation->end, h.begin - negation->end);
        for (const std::string_view word : {" like to ", " love to ", " pleased to ", " happy to ", " glad to ", " excited to ", " delighted to ",
                                            " so the ", " so it ", " so we ll ", " so we will ", " so i ll ", " so i will ", " but ",
                                            " however ", " instead ", " aber ", " sondern ", " deshalb ", " mais ", " donc ",
                                            " pero ", " así que ", " maar ", " dus ",
                                            // An aside about what the reader asked ("geen leaseauto, zoals je in het
                                            // tweede gesprek vroeg"): the negation stays in its own clause.
                                            " zoals ", " as you ", " comme vous ", " comme tu ", " wie sie ", " wie du ", " como te ", " como le "})
            if (between.find(word) != std::string_view::npos) return false;
        return true;
    }

    void note_negated_progress(const Hit& h, const Hit& negation, double weight, const std::string* why)
    {
        const std::string words(both_parts(negation, h));
        if (why) {
            // A verdict said under a condition ("if we don't move forward") as much as a cue is.
            discount({"context.neutralised", words + " (" + *why + ")", -weight});
            if (weight >= 2.5) verdict_neutralised_ = true;
        } else if (!negated_progress_.fired || weight > negated_progress_.weight) {
            first_outcome_ = std::min(first_outcome_, reading_order(negation));
            if (negation.sentence >= body_sentence_base) first_body_outcome_ = std::min(first_body_outcome_, reading_order(negation));
            negated_progress_ = {weight, words, true, 0};
            if (!rejection_addressed_ && is_addressed(h)) rejection_addressed_ = true;
        }
    }

    std::string phrase_of(const Hit& h) const { return std::string(view_of(h)); }
    // Two parts as the evidence names them ("leider … nicht", a negation and what it refuses), in a buffer
    // kept from pair to pair: the one place that says so. (A view: copy it before the next call.)
    std::string_view both_parts(const Hit& first, const Hit& second)
    {
        auto& words = scratch_.words;
        words.assign(view_of(first));
        words.append(" … ");
        words.append(view_of(second));
        return words;
    }

    // An earlier time in a relative clause about the one chosen ("on a finalement pris quelqu'un qui avait
    // déjà fait son stage chez nous l'an dernier", "un intérimaire qui avait déjà travaillé sur le site
    // l'an dernier, donc la mission est attribuée", "someone who worked here last summer"): the time is
    // the other's story, and the verdict in its sentence stays this one's.
    bool told_of_the_other(const Hit& calm) const
    {
        if (cat_.rules[calm.rule].name != "recruiter_outreach.earlier_decision") return false;
        constexpr std::size_t reach = 60;
        const std::size_t lo0 = calm.begin > reach ? calm.begin - reach : 0;
        auto before = text_.substr(lo0, calm.begin - lo0);
        if (const auto dot = before.rfind('.'); dot != std::string_view::npos) before = before.substr(dot + 1);
        for (const std::string_view w : {" qui ", " who ", " whose ", " que ", " welche ", " welcher ", " der bereits ", " die bereits ",
                                         " der schon ", " die schon ", " die al ", " die vorig "})
            if (before.find(w) != std::string_view::npos) return true;
        return false;
    }
    std::string_view view_of(const Hit& h) const { return text_.substr(h.begin, h.end - h.begin); }

    void evaluate(const std::vector<Hit>& hits)
    {
        // Sentences where rejection wording does not count: calming phrases anywhere in the sentence,
        // conditions before the wording.
        // Hits come in order of end, so sentence numbers never decrease: sorted vectors, binary search.
        auto* marks = scratch_.marks;
        // The first calming phrase / condition / word of what may come, per sentence.
        SentenceMarks calm(marks[0]), condition(marks[1]), to_come(marks[2]);
        SentenceMarks verdicts(marks[3]); // the last verdict phrase (a rejection cue of weight 3 or more), per sentence
        SentenceMarks feedback(marks[4]); // feedback offered (an offers_feedback pair), per sentence
        // A calming pair ("Termin" … "absagen") calms its sentence where its second part follows its
        // first: the first parts seen, per rule, with their sentence.
        auto& calm_firsts = scratch_.calm_firsts;
        calm_firsts.clear();
        for (const auto& h : hits) {
            const auto& rule = cat_.facts[h.rule];
            if (!rule.marks_sentence) [[likely]]
                continue;
            if (rule.kind == Kind::cue && (rule.flags & calms_sentence)) calm.add(h);
            if (rule.kind == Kind::pair && (rule.flags & (calms_sentence | offers_feedback))) {
                if (h.part == 0) {
                    calm_firsts.emplace_back(h.rule, h.sentence);
                } else if (std::any_of(calm_firsts.begin(), calm_firsts.end(),
                                       [&](const auto& f) { return f.first == h.rule && f.second == h.sentence; })) {
                    if (rule.flags & calms_sentence) calm.add(h);
                    if (rule.flags & offers_feedback) feedback.add(h);
                }
            }
            if (rule.kind == Kind::conditional) condition.add(h);
            if (rule.kind == Kind::cue && rule.label == Label::rejection && rule.weight >= 3) verdicts.add_last(h);
            if (rule.kind == Kind::cue && (rule.flags & speaks_of_what_may_come)) to_come.add(h);
        }
        std::string why_text;
        const auto neutralised = [&](const Hit& h) -> const std::string* {
            // An interview called off for good already reads the call-off that calms a reschedule's sentence.
            const bool calls_off = cat_.facts[h.rule].flags & calls_off_the_interview;
            if (const auto* c = calm.find(h.sentence); c && !calls_off && !told_of_the_other(*c)) {
                why_text = phrase_of(*c);
                return &why_text;
            }
            if (const auto* c = condition.find(h.sentence); c && c->begin < h.begin && h.begin - c->begin <= condition_reach) {
                why_text = phrase_of(*c);
                return &why_text;
            }
            return nullptr;
        };

        // An invitation's or an offer's words that a verdict later in their sentence refuses ("dass Sie
        // für die nächste Phase des Auswahlprozesses nicht ausgewählt wurden", "although you made it to
        // the final round, we decided not to move forward"): the step named is the one not given.
        const auto refused_later = [&](const Hit& h) -> const Hit* {
            const auto* v = verdicts.find(h.sentence);
            return v && v->begin >= h.end && !neutralised(*v) ? v : nullptr;
        };

        auto& pairs = scratch_.pairs;
        if (pairs.size() != cat_.rules.size()) pairs.assign(cat_.rules.size(), PairState{});
        for (const auto r : scratch_.pair_rules) pairs[r] = PairState{};
        scratch_.pair_rules.clear();
        const Hit* last_negation = nullptr;
        std::array<const Hit*, label_count> last_cue{}; // per label, for restates_a_verdict

        for (const auto& h : hits) {
            const auto ri = h.rule;
            const auto& rule = cat_.facts[ri];
            switch (rule.kind) {
            case Kind::negation:
                last_negation = &h;
                break;
            case Kind::cue: {
                const auto phrase = view_of(h);
                last_cue[index_of(rule.label)] = &h;
                if (rule.label == Label::rejection) {
                    if (const auto* why = neutralised(h)) {
                        discount({"context.neutralised", std::string(phrase) + " (" + *why + ")", -rule.weight});
                        if (rule.weight >= 2.5) verdict_neutralised_ = true;
                        break;
                    }
                }
                if (rule.label == Label::interview) {
                    if (const auto* f = feedback.find(h.sentence)) {
                        discount({"context.feedback_call", std::string(phrase) + " (" + phrase_of(*f) + ")", -rule.weight});
                        break;
                    }
                }
                if ((rule.label == Label::interview || rule.label == Label::offer) && !(rule.flags & calms_sentence)) {
                    if (const auto* v = refused_later(h)) {
                        discount({"context.refused_in_its_sentence", std::string(phrase) + " (" + phrase_of(*v) + ")", -rule.weight});
                        break;
                    }
                }
                // (Strong invitation and offer wording only: "if you aren't looking, happy to chat" refuses nothing.)
                // (Not logistics and reschedulings, which calm their sentence: "we won't have the room, so
                // we'll do the interview over Zoom" refuses the room, not the interview.)
                if ((rule.label == Label::interview || rule.label == Label::offer) && rule.weight >= 3 && !(rule.flags & calms_sentence) &&
                    negated(h, last_negation)) {
                    // "We are not able to offer you the position": a refused offer is a rejection.
                    note_negated_progress(h, *last_negation, 3.0, neutralised(h));
                    break;
                }
                if (rule.label == Label::interview || rule.label == Label::offer || rule.label == Label::recruiter_outreach) {
                    // "If your profile matches, we will schedule an interview", "our process consists of a
                    // phone interview and ...", "we'd like to invite you to join our talent community":
                    // what may come, not an invitation. Half weight.
                    std::string_view why_rule;
                    const Hit* why = nullptr;
                    if (const auto* c = condition.find(h.sentence);
                        c && c->begin < h.begin && h.begin - c->begin <= condition_reach && !(rule.flags & calms_sentence))
                        why_rule = "context.conditional", why = c;
                    else if (const auto* d = to_come.find(h.sentence); d && !(rule.flags & (calms_sentence | speaks_of_what_may_come)))
                        why_rule = "context.what_may_come", why = d;
                    if (why) {
                        discount({why_rule, std::string(phrase) + " (" + phrase_of(*why) + ")", -rule.weight / 2});
                        halved_[index_of(rule.label)] = true;
                        fire(h, rule.weight / 2, phrase);
                        break;
                    }
                }
                if (rule.label == Label::rejection && !rejection_addressed_ && ((rule.flags & addressed_by_form) || is_addressed(h)))
                    rejection_addressed_ = true;
                fire(h, rule.weight, phrase);
                break;
            }
            case Kind::progress: {
                if (negated(h, last_negation)) {
                    note_negated_progress(h, *last_negation, rule.negated_weight, neutralised(h));
                } else if (const auto* c = condition.find(h.sentence); c && c->begin < h.begin && h.begin - c->begin <= condition_reach) {
                    // "If you are selected, we will be in touch": what may happen, half a word of progress.
                    fire(h, rule.weight / 2, view_of(h));
                } else {
                    fire(h, rule.weight, view_of(h));
                }
                break;
            }
            case Kind::pair: {
                if (rule.flags & offers_feedback) break; // marks its sentence (above), adds nothing
                auto& st = pairs[ri];
                if (st.sentence[0] == ~0u && st.sentence[1] == ~0u) scratch_.pair_rules.push_back(ri);
                const auto part = h.part;
                st.sentence[part] = h.sentence;
                st.hit[part] = h;
                if (part == 0 && (rule.label == Label::interview || rule.label == Label::offer) && rule.weight >= 3) {
                    st.first_negated = negated(h, last_negation);
                    if (st.first_negated) st.negation = *last_negation;
                }
                // The second part must follow the first: "unfortunately ... not", not "not ... unfortunately".
                // A pair whose second part a cue of its own label already read ("laden Sie herzlich ein":
                // the invitation cue and "laden Sie … ein") adds nothing to it.
                const auto* cue = last_cue[index_of(rule.label)];
                const bool read_by_a_cue = (rule.flags & restates_a_verdict) && cue && cue->begin <= h.begin && cue->end >= h.end;
                const bool same_or_next = st.sentence[0] == h.sentence ||
                                          ((rule.flags & reaches_the_next_sentence) && st.sentence[0] != ~0u && st.sentence[0] + 1 == h.sentence);
                if (part == 1 && same_or_next && !fired_[ri].fired && !read_by_a_cue) {
                    // A negation between an invitation's two parts refuses it ("Wir laden Sie daher nicht
                    // zur finalen Runde ein"), as one before a whole invitation phrase does.
                    if ((rule.label == Label::interview || rule.label == Label::offer) && rule.weight >= 3 && last_negation &&
                        last_negation->sentence == h.sentence && last_negation->begin >= st.hit[0].end && last_negation->end <= h.begin) {
                        note_negated_progress(h, *last_negation, 3.0, neutralised(h));
                        break;
                    }
                    // ... and so does one just before the first part.
                    if ((rule.label == Label::interview || rule.label == Label::offer) && rule.weight >= 3 && st.first_negated &&
                        st.negation.sentence == h.sentence) {
                        note_negated_progress(st.hit[0], st.negation, 3.0, neutralised(h));
                        break;
                    }
                    if ((rule.label == Label::interview || rule.label == Label::offer) && !(rule.flags & calms_sentence)) {
                        const std::string phrase(both_parts(st.hit[0], st.hit[1]));
                        if (const auto* v = refused_later(st.hit[0])) {
                            discount({"context.refused_in_its_sentence", phrase + " (" + phrase_of(*v) + ")", -rule.weight});
                            break;
                        }
                        // Under a condition ("ob wir Sie zu einem Gespräch einladen") or beside what may come ("laden
                        // wir Sie herzlich in unseren Talentpool ein"), what may come, as for a cue.
                        const Hit* why = nullptr;
                        std::string_view why_rule;
                        if (const auto* c = condition.find(h.sentence);
                            c && c->begin < st.hit[0].begin && st.hit[0].begin - c->begin <= condition_reach)
                            why_rule = "context.conditional", why = c;
                        else if (const auto* d = to_come.find(h.sentence); d && !(rule.flags & speaks_of_what_may_come))
                            why_rule = "context.what_may_come", why = d;
                        if (why) {
                            discount({why_rule, phrase + " (" + phrase_of(*why) + ")", -rule.weight / 2});
                            halved_[index_of(rule.label)] = true;
                            fire(st.hit[0], rule.weight / 2, phrase);
                            break;
                        }
                    }
                    if (rule.label == Label::rejection) {
                        if (const auto* why = neutralised(h)) {
                            discount({"context.neutralised",
                                      std::string(both_parts(st.hit[0], st.hit[1])) + " (" + *why + ")", -rule.weight});
                            if (rule.weight >= 2.5) verdict_neutralised_ = true;
                            break;
                        }
                    }
                    if (rule.label == Label::rejection && !rejection_addressed_ && is_addressed(h)) rejection_addressed_ = true;
                    fire(st.hit[0], rule.weight, both_parts(st.hit[0], st.hit[1]));
                }
                break;
            }
            default:
                break;
            }
        }
    }

    const Catalogue& cat_;
    Scratch& scratch_;
    std::size_t next_completion_ = 0; // scan(): the first completion not taken yet
    std::uint64_t scan_key_ = 0;      // scan(): the scan's number, in the high half (Scratch::first_part_at)
    std::string_view text_; // the folded text being scanned
    std::uint32_t sentence_base_ = 0;
    std::vector<Fired>& fired_;
    std::vector<std::uint16_t>& fired_rules_;
    mutable bool sorted_ = true;
    bool interview_in_body_ = false;
    // The rules that fired, in the order of the catalogue (the order evidence ties keep).
    const std::vector<std::uint16_t>& fired_in_order() const
    {
        if (!sorted_) {
            std::sort(fired_rules_.begin(), fired_rules_.end());
            sorted_ = true;
        }
        return fired_rules_;
    }
    Fired negated_progress_;
    bool verdict_neutralised_ = false; // some verdict (a rejection phrase of weight 2.5 or more) stood under a condition or was calmed
    std::vector<Evidence> discounted_;
    // Does the sentence around a hit speak to the reader ("your application", "Ihre Bewerbung")?
    // Asked only for rejection wording, so the words are looked up here rather than in the automaton.
    bool is_addressed(const Hit& h)
    {
        // Each sentence is looked at once; a text with very many rejection sentences, none of them
        // addressed, stops being looked at (the answer would not change the label).
        constexpr std::size_t max_looks = 64;
        if (h.sentence == last_looked_ || looks_ >= max_looks) return false;
        last_looked_ = h.sentence;
        ++looks_;
        constexpr std::size_t reach = 300;
        const std::size_t lo0 = h.begin > reach ? h.begin - reach : 0;
        const auto dot = text_.substr(lo0, h.begin - lo0).rfind('.');
        const std::size_t lo = dot == std::string_view::npos ? lo0 : lo0 + dot + 1;
        const auto after = text_.substr(h.end, std::min<std::size_t>(reach, text_.size() - h.end));
        const auto end_dot = after.find('.');
        const std::size_t e = h.end + (end_dot == std::string_view::npos ? after.size() : end_dot);
        const auto sentence = text_.substr(lo, e - lo);
        const auto& words = address_words();
        std::size_t i = 0;
        while (i < sentence.size()) {
            while (i < sentence.size() && sentence[i] == ' ') ++i;
            auto j = i; // words are short: a byte loop, not a memchr call a word
            while (j < sentence.size() && sentence[j] != ' ') ++j;
            if (const auto word = packed(sentence.substr(i, j - i)); word && std::binary_search(words.begin(), words.end(), word))
                return true;
            i = j + 1;
        }
        return false;
    }
    // A word of one to eight bytes as a number (0 for any other word): the address words are all
    // short, so a sentence's words are looked up among them by one comparison each, not by text.
    static std::uint64_t packed(std::string_view word) noexcept
    {
        if (word.empty() || word.size() > 8) return 0;
        std::uint64_t v = 0;
        std::memcpy(&v, word.data(), word.size());
        return v;
    }
    // The address words, folded and packed, sorted.
    static const std::vector<std::uint64_t>& address_words()
    {
        static const std::vector<std::uint64_t> words = [] {
            std::vector<std::uint64_t> out;
            for (const auto& r : catalogue().rules)
                if (r.kind == Kind::address)
                    for (auto p : r.phrases) {
                        const auto w = packed(fold(p));
                        if (w == 0) throw std::logic_error("classify: an address word must be one to eight bytes");
                        out.push_back(w);
                    }
            std::sort(out.begin(), out.end());
            return out;
        }();
        return words;
    }
    bool rejection_addressed_ = false;
    std::array<bool, label_count> firm_{}, halved_{};
    std::uint64_t first_post_notice_ = ~std::uint64_t{0}, first_outcome_ = ~std::uint64_t{0}; // reading_order()
    // The same in the body alone, for someone's own story (her subject is hers: tells_own_story).
    std::uint64_t first_own_story_ = ~std::uint64_t{0}, first_body_outcome_ = ~std::uint64_t{0};
    std::uint32_t last_looked_ = ~0u;
    std::size_t looks_ = 0;
    std::array<std::size_t, 5> language_{};
    struct NonJob {
        std::uint16_t rule;
        double weight;
        std::string_view first_word, second_word; // views of the folded subject or body, alive while classifying
        bool third = false; // a third different word of the world stands
        // The world's weight once, twice where two different words of it stand, two and a half times where three
        // do (a flat let in Zurich: "Wohnung", "Vermieterschaft", "Mietinteressenten" beside a "Bewerbung"
        // that, there, is a tenant's).
        double world_weight(bool third_counts) const noexcept
        {
            return weight * (second_word.empty() ? 1.0 : third && third_counts ? 2.5 : 2.0);
        }
    };
    std::vector<NonJob> non_job_rules_; // each rule once
    std::string non_job_phrase_;
    std::size_t job_context_ = 0;
    std::optional<std::string> ats_;
    TriggerSet subject_triggers_, body_triggers_; // extraction triggers seen in the folded subject / body
};

std::string detect_language(const std::array<std::size_t, 5>& counts, std::string_view hint)
{
    for (auto k : languages)
        if (hint == k) return std::string(k);
    std::size_t best = 0;
    for (std::size_t l = 1; l < languages.size(); ++l)
        if (counts[l] > counts[best]) best = l;
    return std::string(languages[best]);
}

// Thresholds: the score a label needs before it is said at all.
constexpr std::array<double, label_count> threshold = {
    2.5, // rejection
    2.5, // interview
    2.5, // offer
    2.0, // application_received
    2.5, // recruiter_outreach
    2.5, // job_alert
    2.0, // other (account and security mail, newsletters, rejections that are not about a job)
};

} // namespace

std::string_view to_string(Label label) noexcept
{
    switch (label) {
    case Label::rejection: return "rejection";
    case Label::interview: return "interview";
    case Label::offer: return "offer";
    case Label::application_received: return "application_received";
    case Label::recruiter_outreach: return "recruiter_outreach";
    case Label::job_alert: return "job_alert";
    case Label::other: return "other";
    }
    return "other";
}

std::optional<Label> label_from_string(std::string_view name) noexcept
{
    for (auto l : all_labels)
        if (to_string(l) == name) return l;
    return std::nullopt;
}

namespace {

// classify(), or (with `question`) what it would ask the fallback model, from one code path.
Result classify_or_ask(const Email& email, ModelQuestion* question)
{
    const auto& cat = catalogue();
    auto& buffers = scratch();
    const std::string_view body = clean_text(email.body, buffers.cleaned_body);
    const Segments seg = segment(body, is_forward_subject(email.subject));
    std::string_view subject = clean_text(email.subject, buffers.cleaned_subject);
    std::string_view from = email.from;
    if (seg.forwarded) {
        if (!seg.inner_subject.empty()) subject = seg.inner_subject;
        if (!seg.inner_from.empty()) from = seg.inner_from;
    }

    Scorer scorer(cat, buffers);
    auto& folded_subject = buffers.folded_subject;
    auto& folded_body = buffers.folded_body;
    folded_subject.clear();
    folded_body.clear();
    fold_into(subject, folded_subject);
    fold_into(seg.newest, folded_body);
    scorer.scan(folded_subject, 0);
    scorer.scan(folded_body, body_sentence_base);

    Result result;
    result.lang = detect_language(scorer.language(), email.lang);
    result.extracted =
        extract({subject, from, seg.newest, seg.signature, scorer.ats(), &scorer.subject_triggers(), &scorer.body_triggers()});

    auto s = scorer.totals();
    auto& rej = s[index_of(Label::rejection)];
    std::vector<Evidence> context;
    // Labels whose wording is not the email's own verdict count for nothing; the evidence says why, per label.
    const auto count_for_nothing = [&](const char* why, std::initializer_list<Label> labels) {
        for (const auto l : labels) {
            auto& v = s[index_of(l)];
            if (v <= 0) continue;
            context.push_back({why, std::string(to_string(l)), -v});
            v = 0;
        }
    };

    // Rejections belong to a job search: some job wording, a known ATS, or a phrase about hiring itself.
    const double job = static_cast<double>(std::min<std::size_t>(scorer.job_context(), 4)) +
                       (result.extracted.ats ? 2.0 : 0.0) + (scorer.job_specific_fired() ? 2.0 : 0.0);
    const double non_job = scorer.non_job(result.extracted.ats.has_value());
    const bool rej_said = rej > 0; // some rejection wording, before the context below weighs it
    if (rej > 0 && non_job >= 2 && non_job >= job) {
        context.push_back({"context.not_about_a_job", scorer.non_job_phrase(), -rej});
        s[index_of(Label::other)] += std::min(rej, 3.0);
        const double refused = rej;
        rej = 0;
        // What such an email offers is not a job either ("we'd like to offer you a discount"), where the
        // other world clearly outweighs the job's (an offer letter may mention health "coverage").
        if (auto& offer = s[index_of(Label::offer)]; offer > 0 && non_job > job) {
            context.push_back({"context.not_about_a_job", std::string(to_string(Label::offer)), -offer});
            offer = 0;
        }
        // Nor is the meeting such a refusal speaks of a job's interview (a nursery's "das nette Kennenlerngespräch im
        // Frühjahr" above no place for the child), where the refusal is the email's news; an invitation that outweighs a
        // passing regret stays one, whatever other world its employer's name or the post belongs to.
        if (auto& interview = s[index_of(Label::interview)]; interview > 0 && interview <= refused && non_job > job) {
            context.push_back({"context.not_about_a_job", std::string(to_string(Label::interview)), -interview});
            interview = 0;
        }
    } else if (rej > 0 && job == 0) {
        context.push_back({"context.no_job_wording", "", -rej / 2});
        rej /= 2;
    }

    // A refusal from a bank, a landlord or a club, where their world weighs as much as a job's: its
    // "thank you for applying for a personal loan" confirms no job application either; nor does such a
    // world's thanks where nothing at all speaks of a job and two words of that one world stand (a journal's
    // "thank you for considering" beside the manuscript and the reviewers, a letting agent's "thank
    // you for your interest" beside the viewing and the landlord, above a refusal no rule reads).
    if (auto& received = s[index_of(Label::application_received)];
        received > 0 && (rej_said ? non_job >= 2 && non_job >= job : scorer.non_job_world() >= 4 && job == 0)) {
        context.push_back({"context.not_about_a_job", std::string(to_string(Label::application_received)), -received});
        s[index_of(Label::other)] += std::min(received, 3.0);
        received = 0;
    }

    // A reply's subject that names the step ("Re: Interview confirmation", "AW: Einladung zum
    // Vorstellungsgespräch") above a body that gives a verdict and says nothing of an interview: the
    // step was the thread's, the no is the reply's (a reply that confirms or moves the meeting speaks of
    // it in its body; a subject that is not a reply's, "Rescheduling of interview", is the email's own).
    if (auto& interview = s[index_of(Label::interview)]; interview > 0 && rej > 0 && is_reply_subject(subject) &&
                                                         !scorer.interview_in_body() &&
                                                         scorer.strongest(Label::rejection) >= 3) {
        context.push_back({"context.subject_names_the_step", "", -interview / 2});
        interview /= 2;
    }

    // A confirmation that says what its silence will mean: where its only verdict is that condition's,
    // the consolation that goes with it ("we encourage you to apply to future openings") is no verdict
    // either.
    if (auto& received = s[index_of(Label::application_received)];
        rej > 0 && received >= 3 && scorer.verdict_neutralised() && scorer.strongest(Label::rejection) < 3) {
        context.push_back({"context.only_a_condition", "", -rej});
        rej = 0;
    }

    // The application still stands ("Your application remains active and on hold - you don't need to re-apply"): the
    // search paused beside it is that wait, not a verdict.
    if (rej > 0 && scorer.fired_with(keeps_the_application_open)) {
        context.push_back({"context.application_still_open", "", -rej});
        rej = 0;
    }

    // An interview offered for another role beside the no for the first ("we won't be moving forward for that one ... would
    // like to interview you for an Analyst opening on the same team"): the next step is that interview.
    if (rej > 0 && s[index_of(Label::interview)] > 0 && scorer.fired_with(invites_for_another_role)) {
        context.push_back({"context.invited_for_another_role", "", -rej});
        rej = 0;
    }

    // An offer taken back: the offer the email speaks of is the one withdrawn.
    if (scorer.fired_with(takes_back_the_offer) && s[index_of(Label::offer)] > 0) {
        context.push_back({"context.offer_withdrawn", "", -s[index_of(Label::offer)]});
        s[index_of(Label::offer)] = 0;
    }

    // An interview called off for good ("the post has been filled, so we must cancel Thursday; there will be
    // no new date"): the interview the email speaks of is the one that will not take place.
    if (scorer.fired_with(calls_off_the_interview) && s[index_of(Label::interview)] > 0) {
        context.push_back({"context.interview_called_off", "", -s[index_of(Label::interview)]});
        s[index_of(Label::interview)] = 0;
    }

    // Someone else's post, comment or new job, as a social network or a forum tells of it (or a friend
    // her own no): the rejections, offers and interviews after the notice are that person's, and so
    // are the recruiters named ("the headhunter called to say they went with the other finalist") and
    // the confirmation she forwards with her no ("Thank you for applying ...").
    if (scorer.outcomes_in_a_post())
        count_for_nothing("context.someone_elses_post",
                          {Label::rejection, Label::offer, Label::interview, Label::recruiter_outreach, Label::application_received});

    // A friend's letter: from a personal mailbox, in two different words friends write in ("gutted",
    // "drinks on Friday?", "xx"; other.friends_letter). The no in it is hers, told or forwarded ("so this
    // came in this morning ... coffee this week? my treat"), or the reader's talked over; so are the
    // interviews and offers. No employer writes a verdict so (a shop owner writing from her phone may
    // laugh once, not chat). Only a no said to the reader in the friend's own words is the reader's
    // ("Sarah asked me to let you know that they won't be needing a nanny after all ... xx"): one
    // addressed in the mail a friend forwards is the friend's ("Dear Chloe, ... your application").
    const bool friends_letter = scorer.fired_twice("other.friends_letter") && is_personal_mailbox(from) &&
                                !(scorer.rejection_addressed() && !seg.note_on_forward);
    if (friends_letter) count_for_nothing("context.a_friends_letter", {Label::rejection, Label::offer, Label::interview});

    // A posting the reader followed or saved, closed or removed, that says she never applied to it: no verdict
    // on her ("This job is now closed ... You have not submitted an application for this role").
    if (scorer.fired("other.never_applied")) count_for_nothing("context.never_applied", {Label::rejection});

    // An agency's frame ("our client", "Personalberatung") is the frame of the verdicts it relays as much
    // as of its approaches: beside rejection wording that speaks to the reader ("your application for
    // the role with our client"), it is no approach. An approach has words of its own (a profile seen,
    // "would you be open to").
    // So is a writer's "I'm reaching out" (with news she hates to share), and a job board's list of
    // similar jobs under the employer's no ("decided not to move forward ... see more jobs"): beside such a
    // verdict the list is the board's consolation, half an alert.
    // An agency tells of its client's choice in the third person ("der Kunde hat sich für einen Kandidaten
    // entschieden, der ...", "il a décidé de poursuivre avec un autre finaliste", "avanzó con otro
    // candidato"): outside a mailing, that verdict is the reader's too, and the frame is the relay's. Not
    // where the agency approaches with words of its own ("Hätten Sie Interesse?", "would you be open to"):
    // the choice it tells of is then a story of its client's, the approach the news.
    const bool newsletter = scorer.fired("other.newsletter") || scorer.fired("other.newsletter_word");
    const bool mailing = newsletter || s[index_of(Label::job_alert)] >= 3;
    const bool relayed = !mailing && scorer.fired("recruiter_outreach.agency") &&
                         s[index_of(Label::recruiter_outreach)] <= scorer.score_of("recruiter_outreach.agency");
    // A verdict in an email that thanks the reader for her own application or interest ("Gracias por tu
    // interés ... hemos optado por otro perfil ... Puedes consultar nuevas ofertas en nuestro portal"): its
    // verdict is hers even where its sentence names no one, and a line of jobs below it is consolation.
    // (Not in a newsletter, which thanks no one for an application.)
    const bool hers = s[index_of(Label::application_received)] >= 2 && !newsletter;
    if (rej > 0 && (scorer.rejection_addressed() || relayed || hers) && scorer.strongest(Label::rejection) >= 3) {
        auto& outreach = s[index_of(Label::recruiter_outreach)];
        const auto frame_of_the_verdict = [&](const char* frame) {
            if (const double weight = std::min(scorer.score_of(frame), outreach); weight > 0) {
                context.push_back({"context.agency_relays", frame, -weight});
                outreach -= weight;
            }
        };
        if (scorer.rejection_addressed() || relayed) frame_of_the_verdict("recruiter_outreach.agency");
        if (scorer.rejection_addressed()) frame_of_the_verdict("recruiter_outreach.reaching_out");
        // (And an employer's word that she would fit another of its roles, under its no to her own application:
        // "we won't be progressing your application ... I think you'd be a strong fit for the role below it".)
        if (scorer.rejection_addressed() && hers) frame_of_the_verdict("recruiter_outreach.profile");
        // (Not where the mailing's advice discusses the verdict: below, it is no verdict at all.)
        if (auto& alert = s[index_of(Label::job_alert)]; alert > 0 && !(mailing && scorer.fired("other.advice"))) {
            context.push_back({"context.alert_beside_a_verdict", "", -alert / 2});
            alert /= 2;
        }
    }

    // An approach is made to someone who has not applied: where the email speaks of her application ("I
    // came across your application", "thanks for applying"), a recruiter's words are the screen's, not
    // an approach (half).
    if (auto& outreach = s[index_of(Label::recruiter_outreach)]; outreach > 0 && s[index_of(Label::application_received)] >= 3) {
        context.push_back({"context.she_applied", "", -outreach / 2});
        outreach /= 2;
    }

    // Newsletters and alerts talk about rejection in the third person; a rejection speaks to the applicant.
    const bool broadcast = newsletter || s[index_of(Label::job_alert)] >= 3;
    // Advice about rejection in a mailing (a newsletter, an alert, anything with an unsubscribe link):
    // the rejection wording in it is the topic, quoted and discussed, not a decision about the reader,
    // however much of it there is and however often the reader is addressed.
    if (scorer.fired("other.advice") && (broadcast || scorer.fired("job_alert.weak"))) {
        if (rej > 0) context.push_back({"context.rejection_discussed", "", -rej});
        rej = 0;
        // So are the interviews and offers such a mailing talks about ("how to ask for feedback after
        // an interview"): no mailing of advice invites the reader to one.
        count_for_nothing("context.rejection_discussed", {Label::interview, Label::offer});
    }
    if (rej > 0 && broadcast && !scorer.rejection_addressed() && !hers) {
        context.push_back({"context.not_addressed_to_you", "", -rej / 2});
        rej /= 2;
    }

    // A calendar's invitation whose event names an interview ("Invitation: Technical Screen - Priya Raman @ Tue Apr 23, 2024
    // 1pm - 2pm (PDT)", "Uitnodiging: Eerste gesprek - ... @ do 25 apr"): the event is the interview, though its body
    // gives only the when, the where and the guests. (Not a body's "invitation" and "interview" in one sentence: bodies
    // say both for other reasons, and 16 older labels turned wrong when a pair read them so.)
    if (const auto title = calendar_event_title(subject); !title.empty()) {
        static constexpr std::array<std::string_view, 13> steps = {"interview", "interviews", "screen", "screening", "panel", "gesprach",
                                                                   "vorstellungsgesprach", "kennenlerngesprach", "entretien", "entrevista",
                                                                   "gesprek", "sollicitatiegesprek", "kennismakingsgesprek"};
        // (A rehearsal or a debrief is no interview of hers: "Updated invitation: Interview prep w/ Sam @ ...".)
        static constexpr std::array<std::string_view, 6> not_hers = {"prep", "practice", "mock", "coaching", "debrief", "training"};
        const std::string folded = fold(title);
        bool names_a_step = false, rehearsal = false;
        for (std::size_t w = 0; w < folded.size();) {
            const auto end = std::min(folded.find(' ', w), folded.size());
            const auto word = std::string_view(folded).substr(w, end - w);
            names_a_step = names_a_step || std::find(steps.begin(), steps.end(), word) != steps.end();
            rehearsal = rehearsal || std::find(not_hers.begin(), not_hers.end(), word) != not_hers.end();
            w = end + 1;
        }
        if (names_a_step && !rehearsal) {
            s[index_of(Label::interview)] += 3.0;
            context.push_back({"interview.calendar_event", std::string(title), 3.0});
        }
    }

    const auto at = [&](Label l) { return s[index_of(l)]; };
    const auto meets = [&](Label l) { return at(l) >= threshold[index_of(l)]; };

    // Precision first: a rejection must clearly outweigh every hint of an interview or an offer,
    // and beat what alerts, newsletters and account mail say.
    Label label = Label::other;
    double runner_up = 0;
    if (meets(Label::rejection) && at(Label::rejection) >= std::max(at(Label::interview), at(Label::offer)) + 1.0 &&
        at(Label::rejection) > std::max({at(Label::job_alert), at(Label::other), at(Label::recruiter_outreach)})) {
        label = Label::rejection;
        runner_up = std::max({at(Label::interview), at(Label::offer), at(Label::job_alert), at(Label::other),
                              at(Label::recruiter_outreach)});
    } else {
        // Interviews and offers outrank a confirmation (most of them thank for the application too),
        // but not an alert, an outreach or an account email that happens to mention a call.
        const double side = std::max({at(Label::job_alert), at(Label::other), at(Label::recruiter_outreach)});
        const Label outcome = at(Label::offer) > at(Label::interview) ? Label::offer : Label::interview;
        // An approach offers a call as a matter of course ("Hätten Sie Lust? ... wann es Ihnen passt"): to
        // someone who has not applied, a meeting must outweigh the approach's own words (not an agency's
        // frame, which arranges interviews too), not only tie with them.
        const bool applied = at(Label::application_received) > 0;
        const double approach = at(Label::recruiter_outreach) - scorer.score_of("recruiter_outreach.agency");
        // Only a firm one outranks a confirmation: wording all said under a condition or as what may come
        // ("egal ob wir Sie zu einem Gespräch einladen oder Ihnen eine Absage schicken") must outweigh it,
        // however many families read the same words.
        const bool outranks = scorer.firm(outcome) || at(outcome) > at(Label::application_received);
        if (meets(outcome) && at(outcome) >= side && (applied || at(outcome) > approach) && outranks) {
            label = outcome;
            runner_up = std::max(side, std::min(at(Label::rejection), at(outcome)));
        } else {
            double best = 0;
            for (auto l : {Label::application_received, Label::recruiter_outreach, Label::job_alert, Label::other}) {
                if (meets(l) && at(l) > best) {
                    best = at(l);
                    label = l;
                }
            }
            for (auto l : all_labels)
                if (l != label && at(l) > runner_up && (label != Label::other || l != Label::other)) runner_up = at(l);
            if (best == 0) label = Label::other;
        }
    }

    // A list of vacancies (segment.hpp: vacancy_lines) where nothing else made the email a job's: a job board's digest
    // or a newsletter's listings whose wording no alert phrase reads, or whose tips about rejections and interviews
    // the mailing's rules set aside. It turns no verdict, invitation, offer, confirmation or approach: a no that
    // suggests three other openings ("here are some similar jobs you might like") is still a no. Nor an email whose
    // list is the reader's own business: her employer's referral campaign, a friend's letter, a saved job's notice.
    const auto listed_for_her_own_reasons = [&] {
        return scorer.fired("other.referral") || scorer.fired("other.never_applied") || scorer.fired("other.friends_letter") ||
               scorer.fired("other.own_no_told") || scorer.fired("other.de.own_no_told");
    };
    if (label == Label::other && !listed_for_her_own_reasons()) {
        if (const auto lines = vacancy_lines(seg.newest); lines >= 3) {
            const double weight = lines >= 5 ? 3.5 : 2.5;
            s[index_of(Label::job_alert)] += weight;
            context.push_back({"job_alert.vacancy_lines", std::to_string(lines) + " lines that each name a job", weight});
            label = Label::job_alert;
        }
    }

    // The fallback model (model.hpp): where the rules found nothing to call the email, not even "other"
    // (no account mail, newsletter, withdrawal of the reader's own), where it speaks of a job (some job
    // wording, an ATS, a job phrase, or a word of work such as "shift" or "Aushilfe": a friend's "sorry,
    // we can't make Saturday after all" does not), and
    // where nothing puts it outside a job search (a flat, a loan: their worlds decided above) or in
    // someone else's story, a rejection in its writer's own words may still stand there.
    // Nor is a mailing asked (alert or listing wording beyond a passing "we're hiring", a newsletter): the
    // model reads a writer's own words, and a careers newsletter's "ready to be part of something bigger"
    // has none for the reader. (Wider than `mailing` above, which must be sure of an alert before it
    // discounts a verdict: one listing marker, weight 2, is enough to keep the model out.)
    const bool mailing_words = s[index_of(Label::job_alert)] >= 2 || newsletter;
    // (Nor a calendar's invitation: its title says what it is, and the rules read it above; a model reading
    // its when, where and guests would call every meeting an interview.)
    const bool unsettled = label == Label::other && !meets(Label::other) && !(non_job >= 2 && non_job >= job) &&
                           !scorer.outcomes_in_a_post() && !friends_letter && calendar_event_title(subject).empty();
    const bool may_ask = unsettled && !mailing_words;
    std::vector<model::Feature> features;
    if (unsettled || question) features = model::features(folded_subject, folded_body);
    const bool ask_model = may_ask && (job > 0 || model::speaks_of_work(features));
    if (question) {
        for (const auto& f : features) question->features.push_back(f.hash);
        question->asked = ask_model;
        question->unsettled = unsettled;
        question->rules_label = label;
        question->set_aside = friends_letter || scorer.outcomes_in_a_post();
        return {};
    }
    std::optional<model::Opinion> opinion;
    if (ask_model) {
        opinion = model::rejection_opinion(features);
        if (opinion->probability >= model::threshold) label = Label::rejection;
    }
    // The label model (model.hpp): where the rules read nothing at all and no rejection was found, an
    // approach, an invitation, a confirmation or an alert in its writer's own words may still stand there.
    // (Mailings too: an alert's listing is what it reads best.)
    std::optional<model::LabelOpinion> label_opinion;
    if (unsettled && label == Label::other) {
        label_opinion = model::label_opinion(features);
        if (label_opinion->probability >= model::label_threshold) label = label_opinion->label;
        else label_opinion.reset();
    }

    // Confidence: grows with the winning score and shrinks with the runner-up's; "other" with no
    // evidence at all is a coin toss leaning to "other".
    const double top = label == Label::other && at(Label::other) < threshold[index_of(Label::other)] ? 0.0 : at(label);
    const double margin = std::max(0.0, top - 0.6 * runner_up);
    double confidence = 0.5 + 0.49 * (1.0 - std::exp(-margin / 3.0));
    if (label == Label::other && top == 0) confidence = 0.5 + 0.4 * std::exp(-runner_up / 2.0);
    // The model's rejection is as sure as the model, and never surer than a rule's plain verdict.
    if (opinion && label == Label::rejection) confidence = std::min(0.9, opinion->probability);
    if (label_opinion) confidence = std::min(0.9, label_opinion->probability);
    result.label = label;
    result.confidence = std::round(std::clamp(confidence, 0.0, 0.99) * 100.0) / 100.0;

    result.evidence = scorer.evidence(context.size() + 1); // (and the model's words, below)
    result.evidence.insert(result.evidence.end(), std::make_move_iterator(context.begin()), std::make_move_iterator(context.end()));
    // What decided comes first: the model's words, weighed by its probability, where it turned the label.
    if (opinion && label == Label::rejection)
        result.evidence.insert(result.evidence.begin(),
                               Evidence{"model.rejection", opinion->words, std::round(opinion->probability * 100.0) / 100.0});
    if (label_opinion) {
        // (Evidence names a rule by a view of a name alive for the whole program: literals.)
        static constexpr std::array<std::string_view, label_count> names = {
            "model.rejection",           "model.interview",          "model.offer", "model.application_received",
            "model.recruiter_outreach",  "model.job_alert",          "model.other"};
        result.evidence.insert(result.evidence.begin(),
                               Evidence{names[index_of(label)], label_opinion->words, std::round(label_opinion->probability * 100.0) / 100.0});
    }
    for (auto& e : result.evidence)
        if (!is_valid_utf8(e.phrase)) e.phrase = sanitize_utf8(e.phrase); // folded text is; kept as a guard
    // A huge body leaves huge buffers behind: give them back rather than keep them per thread.
    constexpr std::size_t keep = 1u << 20;
    if (folded_body.capacity() > 4 * keep) std::string().swap(folded_body);
    if (buffers.cleaned_body.capacity() > 4 * keep) std::string().swap(buffers.cleaned_body);
    if (buffers.matches.capacity() > keep) std::vector<Match>().swap(buffers.matches);
    if (buffers.hits.capacity() > keep / 4) {
        std::vector<Hit>().swap(buffers.hits);
        std::vector<Hit>().swap(buffers.kept);
        std::vector<Hit>().swap(buffers.aside);
    }
    return result;
}

} // namespace

Result classify(const Email& email) { return classify_or_ask(email, nullptr); }

ModelQuestion model_question(const Email& email)
{
    ModelQuestion question;
    (void)classify_or_ask(email, &question);
    return question;
}

nlohmann::json to_json(const Result& result)
{
    auto evidence = nlohmann::json::array();
    for (const auto& e : result.evidence)
        evidence.push_back({{"rule", e.rule}, {"phrase", e.phrase}, {"weight", std::round(e.weight * 100.0) / 100.0}});
    const auto& x = result.extracted;
    return {
        {"label", std::string(to_string(result.label))},
        {"confidence", result.confidence},
        {"evidence", std::move(evidence)},
        {"lang", result.lang},
        {"extracted",
         {{"company", x.company},
          {"role", x.role},
          {"contact", {{"name", x.contact.name}, {"email", x.contact.email}}},
          {"ats", x.ats ? nlohmann::json(*x.ats) : nlohmann::json(nullptr)}}},
    };
}

} // namespace onward::classify
