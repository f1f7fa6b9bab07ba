#pragma once
// A compiled Aho-Corasick automaton over folded text: every phrase of every family is found in
// one left-to-right pass, cost linear in the text plus the matches. The transition table is dense
// over a 39-symbol alphabet (a-z, 0-9, separator, any non-ASCII byte, anything else), so each byte
// costs one table look-up. ' ' and '.' are one symbol, so that a phrase that must start a word is
// compiled with the separator in front and only fires where a word starts (a one-letter word such as
// French "n" would otherwise surface at every "n" of the text); a match across a '.' is dropped,
// since phrases live inside one sentence (unless the phrase itself has a '.', as a domain does).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace onward::classify {

struct PatternSpec {
    std::string text;          // folded
    bool left_boundary = true; // the byte before the match must not be a word byte
    bool right_boundary = true;
};

struct Match {
    std::uint32_t pattern;
    std::uint32_t begin, end; // byte offsets in the scanned text
    std::uint32_t sentence;   // how many '.' separators precede the match
};

class Automaton {
public:
    explicit Automaton(const std::vector<PatternSpec>& patterns);

    // Calls on_match(const Match&) for every occurrence that respects its pattern's boundaries,
    // in order of end offset.
    template <class OnMatch>
    void scan(std::string_view text, OnMatch&& on_match) const
    {
        const auto* p = reinterpret_cast<const unsigned char*>(text.data());
        const std::size_t n = text.size();
        std::uint32_t state = start_;
        std::uint32_t sentence = 0;
        std::size_t next_after_dot = 0; // one past the last '.'
        for (std::size_t i = 0; i < n; ++i) {
            const unsigned char c = p[i];
            if (c == '.') {
                ++sentence;
                next_after_dot = i + 1;
            }
            state = step(state, c);
            if (has_output_[state] == 0) continue;
            for (auto s = state; s != 0; s = dict_link_[s]) {
                for (auto o = out_head_[s]; o != none; o = out_next_[o]) {
                    const auto id = out_pattern_[o];
                    const auto begin = static_cast<std::uint32_t>(i + 1 - lengths_[id]);
                    if (right_[id] && i + 1 < n && is_word(p[i + 1])) continue;
                    if (next_after_dot > begin && dotless_[id]) continue; // crosses a sentence end
                    on_match(Match{id, begin, static_cast<std::uint32_t>(i + 1), sentence});
                }
            }
        }
    }

    std::size_t state_count() const noexcept { return has_output_.size(); }

private:
    std::uint32_t step(std::uint32_t state, unsigned char c) const noexcept
    {
        const std::size_t at = state * alphabet + symbol_[c];
        return delta16_.empty() ? delta_[at] : delta16_[at];
    }

public:
    std::size_t pattern_count() const noexcept { return lengths_.size(); }

private:
    static constexpr std::uint32_t alphabet = 39;
    static constexpr std::uint32_t none = 0xFFFFFFFFu;
    static bool is_word(unsigned char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80; }

    std::uint8_t symbol_[256];
    std::uint32_t start_ = 0;              // the state after a virtual separator before the text
    std::vector<std::uint32_t> delta_;     // state * alphabet + symbol -> state (while building, or > 64k states)
    std::vector<std::uint16_t> delta16_;   // the same, narrowed, when every state number fits 16 bits
    std::vector<std::uint8_t> has_output_; // 1 when some pattern ends here or along the dictionary links
    std::vector<std::uint32_t> dict_link_; // next state on the failure chain that ends a pattern (0 = none)
    std::vector<std::uint32_t> out_head_;  // first output entry of the state
    std::vector<std::uint32_t> out_next_;
    std::vector<std::uint32_t> out_pattern_;
    std::vector<std::uint32_t> lengths_;
    std::vector<std::uint8_t> right_, dotless_;
};

} // namespace onward::classify
