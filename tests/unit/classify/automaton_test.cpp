#include "classify/automaton.hpp"
#include "classify/rules.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <set>
#include <string>
#include <tuple>
#include <vector>

using namespace onward::classify;

namespace {

std::vector<std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>> all_matches(const Automaton& a, std::string_view text)
{
    std::vector<std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>> out;
    a.scan(text, [&](const Match& m) { out.emplace_back(m.pattern, m.begin, m.end); });
    return out;
}

} // namespace

TEST(Automaton, FindsOverlappingPatternsInOnePass)
{
    const Automaton a({{"he", true, false}, {"she", true, true}, {"his", true, true}, {"hers", true, true}});
    const auto m = all_matches(a, "ushers");
    // "she" (1..4) fails its left boundary ("u" before it); "he" is not left-bounded either; "hers" needs one.
    EXPECT_TRUE(m.empty());
    const auto m2 = all_matches(a, "she hers");
    const std::vector<std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>> expected = {{1, 0, 3}, {0, 4, 6}, {3, 4, 8}};
    EXPECT_EQ(m2, expected);
}

TEST(Automaton, HonoursWordBoundaries)
{
    const Automaton a({{"offer", true, true}, {"bewerbung", true, false}, {"absage", false, true}});
    EXPECT_EQ(all_matches(a, "offers offer").size(), 1u);
    EXPECT_EQ(all_matches(a, "bewerbungsunterlagen").size(), 1u);
    EXPECT_EQ(all_matches(a, "stellenabsage").size(), 1u);
    EXPECT_EQ(all_matches(a, "absagen").size(), 0u);
}

// A pattern with a lookahead is reported only where a separator and one of its next symbols follow
// it (after the rest of its word, with next_after_word): the classifier's chain heads, most of which
// are followed by nothing their chains go on with.
TEST(Automaton, ReportsALookaheadPatternOnlyWhereTheTextGoesOnSo)
{
    PatternSpec head{"decided", true, true};
    head.next_symbols = (std::uint64_t{1} << Automaton::symbol_of('t')) | (std::uint64_t{1} << Automaton::symbol_of('n'));
    PatternSpec running{"candidat", true, false};
    running.next_symbols = std::uint64_t{1} << Automaton::symbol_of('w');
    running.next_after_word = true;
    const Automaton a({head, running, {"we", true, true}});
    // "decided to" and "decided not" go on; "decided," "decided." "decided" at the end and "decided
    // against" do not.
    EXPECT_EQ(all_matches(a, "we decided to"), (std::vector<std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>>{{2, 0, 2}, {0, 3, 10}}));
    EXPECT_EQ(all_matches(a, "decided not").size(), 1u);
    EXPECT_TRUE(all_matches(a, "decided against it").empty());
    EXPECT_TRUE(all_matches(a, "decided, then").empty());
    EXPECT_TRUE(all_matches(a, "decided.to").empty());
    EXPECT_EQ(all_matches(a, "decided").size(), 0u);
    // After the rest of its word: "candidates with" goes on, "candidates who" too ('w'), "candidate for" not.
    EXPECT_EQ(all_matches(a, "candidates with"), (std::vector<std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>>{{1, 0, 8}}));
    EXPECT_TRUE(all_matches(a, "candidate for").empty());
    EXPECT_TRUE(all_matches(a, "candidates").empty());
}

TEST(Automaton, CountsSentences)
{
    const Automaton a({{"not", true, true}});
    std::vector<std::uint32_t> sentences;
    a.scan("not.a.not b not", [&](const Match& m) { sentences.push_back(m.sentence); });
    EXPECT_EQ(sentences, (std::vector<std::uint32_t>{0, 2, 2}));
}

// Texts are scanned as two, four or eight chunks in lock-step (by length): every match, its begin,
// end and sentence number must be those of a plain left-to-right search, in order of end, chunk
// borders included.
TEST(Automaton, ChunkedScanFindsWhatANaiveSearchFinds)
{
    const std::vector<PatternSpec> specs = {
        {"not", true, true},        {"we regret", true, true}, {"regret to", true, true}, {"to inform", true, false},
        {"n", true, true},          {"inform you", true, true}, {"gret", false, true},    {"a b", true, true},
        {"you.we", true, true},     {"not not not", true, true}, {"ab", false, false},   {"b a b a b a b", true, true}};
    const Automaton a(specs);
    const char* const words[] = {"we", "regret", "to", "inform", "you", "not", "n", "a", "b", "ab", "gret", "x"};
    std::string text;
    unsigned x = 12345;
    while (text.size() < 20000) {
        x = x * 1103515245u + 12345u;
        text += words[(x >> 16) % std::size(words)];
        text += ((x >> 8) % 7 == 0) ? '.' : ' ';
    }
    const auto is_word = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
    const auto same_symbol = [](char p, char t) { return p == t || ((p == ' ' || p == '.') && (t == ' ' || t == '.')); };
    using Found = std::tuple<std::uint32_t, std::uint32_t, std::uint32_t, std::uint32_t>; // end, pattern, begin, sentence
    const auto naive = [&](std::string_view t) {
        std::vector<Found> out;
        for (std::uint32_t id = 0; id < specs.size(); ++id) {
            const auto& p = specs[id].text;
            const bool dotless = p.find('.') == std::string::npos;
            for (std::size_t b = 0; b + p.size() <= t.size(); ++b) {
                bool ok = true;
                for (std::size_t k = 0; k < p.size() && ok; ++k) ok = same_symbol(p[k], t[b + k]);
                if (!ok) continue;
                const auto e = b + p.size();
                if (specs[id].left_boundary && b > 0 && t[b - 1] != ' ' && t[b - 1] != '.') continue;
                if (specs[id].right_boundary && e < t.size() && is_word(t[e])) continue;
                if (dotless && t.substr(b, p.size()).find('.') != std::string_view::npos) continue;
                const auto sentence = static_cast<std::uint32_t>(std::count(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(e), '.'));
                out.emplace_back(static_cast<std::uint32_t>(e), id, static_cast<std::uint32_t>(b), sentence);
            }
        }
        std::sort(out.begin(), out.end());
        return out;
    };
    // Many lengths, so that the chunk borders fall inside words, separators and long matches;
    // the shortest take the single walk, then two, four and eight chunks (of at least twice the
    // longest pattern, 14 bytes here, each).
    for (std::size_t length = 1; length <= text.size(); length += length < 300 ? 7 : length < 3000 ? 331 : 1733) {
        const std::string_view t = std::string_view(text).substr(0, length);
        std::vector<Match> found;
        a.collect(t, found);
        if (length >= 300) {
            ASSERT_FALSE(found.empty());
        }
        std::vector<Found> got;
        for (std::size_t k = 0; k < found.size(); ++k) {
            if (k > 0) {
                EXPECT_LE(found[k - 1].end, found[k].end) << "matches out of order at " << k;
            }
            got.emplace_back(found[k].end, found[k].pattern, found[k].begin, found[k].sentence);
        }
        std::sort(got.begin(), got.end());
        EXPECT_EQ(got, naive(t)) << "text of " << length << " bytes";
    }
}

TEST(PhraseSyntax, ExpandsAlternativesAndFolds)
{
    const auto specs = expand_phrase("{We|I} regret{| deeply} to inform");
    std::set<std::string> texts;
    for (const auto& s : specs) texts.insert(s.text);
    EXPECT_EQ(texts, (std::set<std::string>{"we regret to inform", "i regret to inform", "we regret deeply to inform",
                                            "i regret deeply to inform"}));
    const auto star = expand_phrase("Bewerbung*");
    ASSERT_EQ(star.size(), 1u);
    EXPECT_EQ(star[0].text, "bewerbung");
    EXPECT_TRUE(star[0].left_boundary);
    EXPECT_FALSE(star[0].right_boundary);
    EXPECT_EQ(expand_phrase("Zur\xC3\xBC" "cksetzen won't")[0].text, "zurucksetzen won t");
}

TEST(PhraseSyntax, CutsLargePhrasesIntoChainSegments)
{
    EXPECT_EQ(chain_segments("we regret to inform"), (std::vector<std::string>{"we regret to inform"}));
    const auto big = chain_segments("{a|b|c|d|e|f|g} {h|i|j|k|l|m|n} {o|p} {q|r}");
    EXPECT_GT(big.size(), 1u);
    // A group of alternatives ends its segment (max_alternatives: one text a segment since session 17), and so
    // does a word that runs on.
    EXPECT_EQ(chain_segments("{andere|anderen} kandidat* entschieden"),
              (std::vector<std::string>{"{andere|anderen}", "kandidat*", "entschieden"}));
    // A long head ends at the first word past sixteen letters (max_head), the rest a chain of its own: its letters
    // would otherwise be automaton states no other phrase shares.
    EXPECT_EQ(chain_segments("ein weiteres vorstellungsgespr\xC3\xA4" "ch mit ihnen wird nicht stattfinden"),
              (std::vector<std::string>{"ein weiteres vorstellungsgespr\xC3\xA4" "ch", "mit ihnen wird nicht stattfinden"}));
    EXPECT_EQ(chain_segments("thank you for applying"), (std::vector<std::string>{"thank you for applying"}));
}

// A group that may spell nothing ("{of our process|}") is never cut off as a segment of its own: a chain
// segment needs some text, so the empty alternative was lost and the phrase asked for the words it
// marks as optional ("... to the final round." did not match until this test).
TEST(PhraseSyntax, KeepsAnOptionalGroupWithTheSegmentBeforeIt)
{
    EXPECT_EQ(chain_segments("{made it|got} to the {final|last} {round|stage} {of our process|of the process|}"),
              (std::vector<std::string>{"{made it|got} to the", "{final|last} {round|stage} {of our process|of the process|}"}));
    Email email;
    email.body = "Hi Sam, congratulations on making it to the final round. We have decided to go with another candidate.";
    const auto result = classify(email);
    EXPECT_TRUE(std::any_of(result.evidence.begin(), result.evidence.end(), [](const Evidence& e) {
        return e.rule == "rejection.after_interview" && e.phrase == "congratulations on making it to the final round";
    }));
}

// "{person|kandidat*} weiter": until this split, the '*' inside a group before the last word was
// dropped, so "kandidat* weiter" matched only "kandidat weiter", never "kandidaten weiter".
TEST(PhraseSyntax, SplitsGroupsThatMixWholeAndRunningWords)
{
    EXPECT_EQ(starred_groups_apart("mit einem {person|kandidat*|bewerber*} weiter"),
              (std::vector<std::string>{"mit einem {person} weiter", "mit einem {kandidat|bewerber}* weiter"}));
    EXPECT_EQ(starred_groups_apart("{a*|b} {c*|d} e"),
              (std::vector<std::string>{"{b} {d} e", "{b} {c}* e", "{a}* {d} e", "{a}* {c}* e"}));
    // A group that is the last word keeps its '*' (it lifts the boundary there), and so does a
    // group starred as a whole.
    EXPECT_EQ(starred_groups_apart("other {candidate*|applicant}"), (std::vector<std::string>{"other {candidate*|applicant}"}));
    EXPECT_EQ(starred_groups_apart("{andere|anderen}* kandidat"), (std::vector<std::string>{"{andere|anderen}* kandidat"}));
    // What the split is for: the running word ends a chain segment, the next starts after its word.
    EXPECT_EQ(chain_segments("mit einem {kandidat|bewerber}* weiter"),
              (std::vector<std::string>{"mit einem", "{kandidat|bewerber}*", "weiter"}));
}

TEST(Catalogue, CompilesEveryFamilyOnce)
{
    const auto& cat = catalogue();
    EXPECT_GT(cat.automaton.pattern_count(), 1000u);
    ASSERT_EQ(cat.refs_of.size(), cat.automaton.pattern_count() + 1);
    EXPECT_EQ(cat.refs_of.back(), cat.refs.size());
    // Chains keep the automaton small: about a hundred thousand states, not hundreds of thousands
    // (under 125,000: a 19.5 MB transition table at most, 4 bytes a cell past 65,535 states). Session 9's
    // families took it from 98,880 to 115,265 states: the first classification of one email then took
    // 0.11 s instead of 0.09 (median of five) and peaked at 54 MB instead of 45, until the table was
    // made in place of the trie it comes from (37 MB). Session 10 kept under the bound by diets; session
    // 11 chains at six alternatives a segment instead of eight (chain_segments: outputs byte-identical,
    // 129,346 -> 120,998 states with its families, 3 % more instructions a 3 KB email, the same wall
    // clock, 1 MB less). The next families want a diet (docs/classifier.md, Open work), not a bound. Session 23:
    // heads cut after sixteen letters (chain_segments: max_head), 124,570 -> 113,712 states, the bench within noise.
    EXPECT_LT(cat.automaton.state_count(), 125000u);
    std::set<std::string> names;
    for (const auto& r : cat.rules) EXPECT_TRUE(names.insert(r.name).second) << "duplicate rule " << r.name;
}

// The chains a pattern heads are followed together along one merged trie (Continuation): it must
// hold every alternative of every chain's first segment, owned by the right ref, in the order of the
// refs (the order the chains were followed in one by one, which the scorer keeps).
TEST(Catalogue, MergesTheFirstSegmentsOfEveryChainAPatternHeads)
{
    const auto& cat = catalogue();
    ASSERT_EQ(cat.continuation_of.size(), cat.automaton.pattern_count());
    std::size_t merged_patterns = 0, merged_chains = 0;
    for (std::size_t id = 0; id < cat.continuation_of.size(); ++id) {
        const auto first = cat.refs_of[id], last = cat.refs_of[id + 1];
        std::vector<std::uint32_t> chain_refs;
        for (auto r = first; r < last; ++r)
            if (cat.refs[r].chain != 0) chain_refs.push_back(r);
        if (cat.continuation_of[id] == 0) {
            // Only where there is no chain, or its heads connect differently.
            bool differ = false;
            for (const auto r : chain_refs) differ = differ || cat.refs[r].open_end != cat.refs[chain_refs[0]].open_end;
            EXPECT_TRUE(chain_refs.empty() || differ) << "pattern " << id;
            continue;
        }
        ++merged_patterns;
        merged_chains += chain_refs.size();
        const auto& merged = cat.continuations[cat.continuation_of[id] - 1];
        ASSERT_EQ(merged.owners.size(), merged.trie.alternatives.size());
        std::size_t at = 0;
        for (const auto r : chain_refs) {
            const auto& segment = cat.chains[cat.refs[r].chain][0];
            EXPECT_EQ(merged.open_end, cat.refs[r].open_end);
            for (std::size_t a = 0; a < segment.alternatives.size(); ++a, ++at) {
                ASSERT_LT(at, merged.owners.size());
                EXPECT_EQ(merged.owners[at].ref, r - first);
                EXPECT_EQ(merged.owners[at].alt, a);
                EXPECT_EQ(merged.trie.alternatives[at].text, segment.alternatives[a].text);
                EXPECT_EQ(merged.trie.alternatives[at].right_boundary, segment.alternatives[a].right_boundary);
            }
        }
        EXPECT_EQ(at, merged.owners.size());
    }
    // What it is for: many heads stand for several chains ("decided to" for some twenty).
    EXPECT_GT(merged_patterns, 100u);
    EXPECT_GT(merged_chains, merged_patterns);
}

// A chain is followed from every place its head matches: a head that is a lone pronoun or article
// ("your", "Ihre", "votre") makes the scan follow a chain at every one of them (one did, until this
// test: "{your|share your|...} {availability|...}").
TEST(Catalogue, NoChainStartsAtAPronounOrArticle)
{
    static const std::set<std::string> lone = {"your", "you", "the", "we", "our", "a", "an", "ihre", "ihr", "sie", "wir", "der",
                                               "die", "das", "dein", "deine", "votre", "vous", "nous", "le", "la", "les", "tu",
                                               "su", "tus", "sus", "uw", "je", "jouw", "het", "een", "de"};
    for (const auto& r : catalogue().rules) {
        if (r.kind == Kind::address || r.kind == Kind::language) continue;
        for (const auto& list : {r.phrases, r.second})
            for (const auto given : list)
                for (const auto& phrase : starred_groups_apart(given)) {
                    const auto segments = chain_segments(phrase);
                    if (segments.size() < 2) continue;
                    for (const auto& head : expand_phrase(segments[0]))
                        EXPECT_EQ(lone.count(head.text), 0u) << r.name << ": " << phrase;
                }
    }
}

// The phrase syntax has one level of braces; a brace inside braces is not expanded, and such a
// phrase silently never matches (two did, until this test).
TEST(Catalogue, NoPhraseNestsBraces)
{
    for (const auto& r : catalogue().rules)
        for (const auto& list : {r.phrases, r.second})
            for (auto phrase : list) {
                int depth = 0, deepest = 0;
                for (char c : phrase) {
                    if (c == '{') deepest = std::max(deepest, ++depth);
                    if (c == '}') --depth;
                }
                EXPECT_LE(deepest, 1) << r.name << ": " << phrase;
                EXPECT_EQ(depth, 0) << r.name << ": " << phrase;
            }
}

// Counted patterns (the language words) are tallied where they are found, within `reach` bytes of
// the start, with the same word boundaries as reported ones, and never reported themselves; the
// reported patterns around them are found as if they were not there. Long enough to be scanned
// in eight chunks, so the tallies of every chunk add up.
namespace {

// "the" (counted in slot 0, within `the_until` bytes), "und" (counted in slot 1, within
// `und_until`), "the end" (reported), and 300 sentences of 24 bytes with one of each, plus "theme"
// and "rund" that are not.
std::vector<PatternSpec> counted_and_reported(std::uint32_t the_until = 0xFFFFFFFFu, std::uint32_t und_until = 0xFFFFFFFFu)
{
    std::vector<PatternSpec> specs = {{"the", true, true}, {"und", true, true}, {"the end", true, true}};
    specs[0].tally = 0;
    specs[0].tally_until = the_until;
    specs[1].tally = 1;
    specs[1].tally_until = und_until;
    return specs;
}

std::string sentences_with_counted_words()
{
    std::string text;
    for (int i = 0; i < 300; ++i) text += "the end und theme rund. ";
    return text;
}

} // namespace

TEST(Automaton, TalliesCountedPatternsWithoutReportingThem)
{
    const Automaton a(counted_and_reported());
    const std::string text = sentences_with_counted_words();
    std::vector<Match> found;
    Tallies tallies;
    a.collect(text, found, &tallies);
    ASSERT_EQ(found.size(), 300u);
    for (const auto& m : found) EXPECT_EQ(m.pattern, 2u);
    EXPECT_EQ(tallies.count[0], 300u); // "the", not "theme"
    EXPECT_EQ(tallies.count[1], 300u); // "und", not "rund"

    const Automaton near(counted_and_reported(24, 24)); // the first sentence ("the end und theme rund. ") only
    Tallies near_start;
    found.clear();
    near.collect(text, found, &near_start);
    EXPECT_EQ(near_start.count[0], 1u);
    EXPECT_EQ(near_start.count[1], 1u);
    EXPECT_EQ(found.size(), 300u);

    found.clear();
    a.collect(text, found); // no tallies asked for: the counted patterns are simply skipped
    EXPECT_EQ(found.size(), 300u);
}

// A counted pattern with a bounded reach (tally_until) counts only within it; past it, the states
// that end nothing else are not even noted, and the patterns reported or counted everywhere are
// found as before, in every chunk of a long text.
TEST(Automaton, BoundedTalliesFadeOutWithoutLosingTheRest)
{
    const Automaton a(counted_and_reported(48)); // "the" in the first two sentences only, "und" everywhere
    const std::string text = sentences_with_counted_words();
    std::vector<Match> found;
    Tallies tallies;
    a.collect(text, found, &tallies);
    EXPECT_EQ(tallies.count[0], 2u);
    EXPECT_EQ(tallies.count[1], 300u);
    ASSERT_EQ(found.size(), 300u);
    for (std::size_t k = 0; k < found.size(); ++k) {
        EXPECT_EQ(found[k].pattern, 2u);
        EXPECT_EQ(found[k].begin, 24u * k);
    }
}

// The table's memory: large blocks start on a 2 MB boundary (so that the kernel can back them with
// huge pages), small ones come from the ordinary heap; both hold what is written to them.
TEST(Automaton, LargeTablesStartOnHugePageBoundaries)
{
    LargeTableAllocator<std::uint32_t> allocator;
    for (const std::size_t count : {std::size_t{16}, std::size_t{3} << 20}) {
        auto* p = allocator.allocate(count);
        ASSERT_NE(p, nullptr);
#ifdef __linux__
        if (count * sizeof(std::uint32_t) >= (std::size_t{2} << 20)) {
            EXPECT_EQ(reinterpret_cast<std::uintptr_t>(p) % (std::size_t{2} << 20), 0u);
        }
#endif
        p[0] = 1;
        p[count - 1] = 2;
        EXPECT_EQ(p[0] + p[count - 1], 3u);
        allocator.deallocate(p, count);
    }
    // A whole vector over it, grown past the threshold and moved, as the automaton builds its table.
    std::vector<std::uint32_t, LargeTableAllocator<std::uint32_t>> table;
    for (std::uint32_t i = 0; i < (1u << 20); ++i) table.push_back(i);
    const auto moved = std::move(table);
    EXPECT_EQ(moved[12345], 12345u);
}
