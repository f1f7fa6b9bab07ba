#include "classify/automaton.hpp"

#include <deque>

namespace onward::classify {

Automaton::Automaton(const std::vector<PatternSpec>& patterns)
{
    for (int c = 0; c < 256; ++c) {
        std::uint8_t s = 39; // anything else
        if (c >= 'a' && c <= 'z') s = static_cast<std::uint8_t>(c - 'a');
        else if (c >= '0' && c <= '9') s = static_cast<std::uint8_t>(26 + c - '0');
        else if (c == ' ') s = 36;
        else if (c == '.') s = 37;
        else if (c >= 0x80) s = 38;
        symbol_[c] = s;
    }

    // The trie: delta_ doubles as the goto function while building (none = no edge yet).
    const auto add_state = [&] {
        delta_.insert(delta_.end(), alphabet, none);
        has_output_.push_back(0);
        dict_link_.push_back(0);
        out_head_.push_back(none);
        return static_cast<std::uint32_t>(has_output_.size() - 1);
    };
    add_state();
    std::vector<std::uint32_t> own_tail; // to keep each state's outputs in insertion order
    own_tail.push_back(none);
    for (std::uint32_t id = 0; id < patterns.size(); ++id) {
        const auto& text = patterns[id].text;
        lengths_.push_back(static_cast<std::uint32_t>(text.size()));
        left_.push_back(patterns[id].left_boundary ? 1 : 0);
        right_.push_back(patterns[id].right_boundary ? 1 : 0);
        if (text.empty()) continue;
        std::uint32_t s = 0;
        for (unsigned char c : text) {
            auto& next = delta_[s * alphabet + symbol_[c]];
            if (next == none) {
                const auto fresh = add_state();
                own_tail.push_back(none);
                delta_[s * alphabet + symbol_[c]] = fresh; // `next` may dangle after the resize
                s = fresh;
            } else {
                s = next;
            }
        }
        out_pattern_.push_back(id);
        out_next_.push_back(none);
        const auto entry = static_cast<std::uint32_t>(out_pattern_.size() - 1);
        if (out_head_[s] == none) out_head_[s] = entry;
        else out_next_[own_tail[s]] = entry;
        own_tail[s] = entry;
    }

    // Breadth-first: failure links, dictionary links, and the full transition table.
    std::vector<std::uint32_t> fail(has_output_.size(), 0);
    std::deque<std::uint32_t> queue;
    for (std::uint32_t a = 0; a < alphabet; ++a) {
        auto& next = delta_[a];
        if (next == none) {
            next = 0;
        } else {
            fail[next] = 0;
            queue.push_back(next);
        }
    }
    while (!queue.empty()) {
        const auto s = queue.front();
        queue.pop_front();
        const auto f = fail[s];
        dict_link_[s] = out_head_[f] != none ? f : dict_link_[f];
        has_output_[s] = (out_head_[s] != none || dict_link_[s] != 0) ? 1 : 0;
        for (std::uint32_t a = 0; a < alphabet; ++a) {
            auto& next = delta_[s * alphabet + a];
            if (next == none) {
                next = delta_[f * alphabet + a];
            } else {
                fail[next] = delta_[f * alphabet + a];
                queue.push_back(next);
            }
        }
    }
}

} // namespace onward::classify
