#pragma once
// A compiled Aho-Corasick automaton over folded text: every phrase of every family is found in
// one left-to-right pass, cost linear in the text plus the matches. The transition table is dense
// over a 40-symbol alphabet (a-z, 0-9, ' ', '.', any non-ASCII byte, anything else), so each byte
// costs one table look-up.

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
        std::uint32_t state = 0;
        std::uint32_t sentence = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const unsigned char c = p[i];
            if (c == '.') ++sentence;
            state = delta_[state * alphabet + symbol_[c]];
            if (has_output_[state] == 0) continue;
            for (auto s = state; s != 0; s = dict_link_[s]) {
                for (auto o = out_head_[s]; o != none; o = out_next_[o]) {
                    const auto id = out_pattern_[o];
                    const auto len = lengths_[id];
                    const auto begin = static_cast<std::uint32_t>(i + 1 - len);
                    if (left_[id] && begin > 0 && is_word(p[begin - 1])) continue;
                    if (right_[id] && i + 1 < n && is_word(p[i + 1])) continue;
                    on_match(Match{id, begin, static_cast<std::uint32_t>(i + 1), sentence});
                }
            }
        }
    }

    std::size_t state_count() const noexcept { return has_output_.size(); }
    std::size_t pattern_count() const noexcept { return lengths_.size(); }

private:
    static constexpr std::uint32_t alphabet = 40;
    static constexpr std::uint32_t none = 0xFFFFFFFFu;
    static bool is_word(unsigned char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80; }

    std::uint8_t symbol_[256];
    std::vector<std::uint32_t> delta_;     // state * alphabet + symbol -> state
    std::vector<std::uint8_t> has_output_; // 1 when some pattern ends here or along the dictionary links
    std::vector<std::uint32_t> dict_link_; // next state on the failure chain that ends a pattern (0 = none)
    std::vector<std::uint32_t> out_head_;  // first output entry of the state
    std::vector<std::uint32_t> out_next_;
    std::vector<std::uint32_t> out_pattern_;
    std::vector<std::uint32_t> lengths_;
    std::vector<std::uint8_t> left_, right_;
};

} // namespace onward::classify
