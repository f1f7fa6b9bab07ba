#include "classify/automaton.hpp"
#include "classify/rules.hpp"

#include <gtest/gtest.h>

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

TEST(Automaton, CountsSentences)
{
    const Automaton a({{"not", true, true}});
    std::vector<std::uint32_t> sentences;
    a.scan("not.a.not b not", [&](const Match& m) { sentences.push_back(m.sentence); });
    EXPECT_EQ(sentences, (std::vector<std::uint32_t>{0, 2, 2}));
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
    EXPECT_EQ(chain_segments("{andere|anderen} kandidat* entschieden"),
              (std::vector<std::string>{"{andere|anderen} kandidat*", "entschieden"}));
}

TEST(Catalogue, CompilesEveryFamilyOnce)
{
    const auto& cat = catalogue();
    EXPECT_GT(cat.automaton.pattern_count(), 1000u);
    EXPECT_EQ(cat.refs.size(), cat.automaton.pattern_count());
    // Chains keep the automaton small: a few tens of thousands of states, not hundreds of thousands.
    EXPECT_LT(cat.automaton.state_count(), 65536u); // 16-bit transition table
    std::set<std::string> names;
    for (const auto& r : cat.rules) EXPECT_TRUE(names.insert(r.name).second) << "duplicate rule " << r.name;
}
