// onward-phrase-use: what each phrase of the catalogue costs the automaton and how often it is of use,
// so that the bound on the automaton's states (tests/unit/classify/automaton_test.cpp) is kept by
// narrowing phrases nothing needs rather than by raising it.
//
//   onward-phrase-use FILE.jsonl...   prints, tab-separated, one line a phrase as written in rules.cpp:
//     cost     trie nodes the phrase adds after every phrase before it in the catalogue (its compiled
//              heads, each with its separator; shared prefixes are paid for once, by the first)
//     emails   emails of the files whose folded subject or body holds one of those heads
//     rule: phrase
//
// A head found is not a phrase matched (a chain's later segments, boundaries and sentence ends are not
// checked), and the whole body is read, quoted history too: `emails` is an upper bound, so a phrase at
// 0 is of no use to any of these emails. Sort by cost: `sort -rn`.

#include "classify/automaton.hpp"
#include "classify/normalize.hpp"
#include "classify/rules.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <map>
#include <string>
#include <vector>

namespace {

using namespace onward::classify;

// Trie nodes over the compiled texts, to count what each phrase adds to what came before it.
class NodeCounter {
public:
    std::size_t add(const std::string& text)
    {
        std::size_t added = 0, node = 0;
        for (const char c : text) {
            auto& next = nodes_[node];
            if (const auto it = next.find(c); it != next.end()) {
                node = it->second;
                continue;
            }
            nodes_.emplace_back();
            const auto fresh = nodes_.size() - 1;
            nodes_[node][c] = fresh; // after emplace_back: `next` may have moved
            node = fresh;
            ++added;
        }
        return added;
    }

private:
    std::vector<std::map<char, std::size_t>> nodes_{1};
};

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: onward-phrase-use FILE.jsonl...\n");
        return 2;
    }
    const auto& cat = catalogue();
    NodeCounter trie;
    std::vector<PatternSpec> heads;
    std::vector<std::size_t> phrase_of_head;
    std::vector<std::string> names;
    std::vector<std::size_t> cost;
    for (const auto& rule : cat.rules) {
        for (const auto* list : {&rule.phrases, &rule.second}) {
            for (const auto given : *list) {
                std::size_t added = 0;
                for (const auto& phrase : starred_groups_apart(given)) {
                    const auto segments = chain_segments(phrase);
                    const std::string head = segments.size() >= 2 ? segments[0] : phrase;
                    for (auto spec : expand_phrase(head)) {
                        added += trie.add((spec.left_boundary ? " " : "") + spec.text);
                        // Every head reported wherever it stands: counted, looked ahead of, or not.
                        spec.tally = -1;
                        spec.tally_until = 0xFFFFFFFFu;
                        spec.next_symbols = ~std::uint64_t{0};
                        heads.push_back(std::move(spec));
                        phrase_of_head.push_back(names.size());
                    }
                }
                names.push_back(rule.name + ": " + std::string(given));
                cost.push_back(added);
            }
        }
    }
    const Automaton automaton(heads);
    std::vector<std::size_t> emails(names.size(), 0);
    std::vector<std::size_t> seen_in(names.size(), 0); // the email (counted from 1) a phrase was last seen in
    std::size_t email = 0;
    for (int f = 1; f < argc; ++f) {
        std::ifstream in(argv[f]);
        if (!in) {
            std::fprintf(stderr, "onward-phrase-use: cannot read %s\n", argv[f]);
            return 1;
        }
        std::vector<Match> matches;
        for (std::string line; std::getline(in, line);) {
            const auto j = nlohmann::json::parse(line, nullptr, false);
            if (!j.is_object()) continue;
            ++email;
            // A sentence end between them: no head matches across from the subject into the body.
            const std::string text = fold(j.value("subject", "")) + " . " + fold(j.value("body", ""));
            matches.clear();
            automaton.collect(text, matches);
            for (const auto& m : matches) {
                const auto phrase = phrase_of_head[m.pattern];
                if (seen_in[phrase] == email) continue;
                seen_in[phrase] = email;
                ++emails[phrase];
            }
        }
    }
    for (std::size_t i = 0; i < names.size(); ++i) std::printf("%zu\t%zu\t%s\n", cost[i], emails[i], names[i].c_str());
    return 0;
}
