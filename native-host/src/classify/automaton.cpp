#include "classify/automaton.hpp"

#include <deque>

namespace onward::classify {

Automaton::Automaton(const std::vector<PatternSpec>& patterns)
{
    for (int c = 0; c < 256; ++c) {
        std::uint8_t s = 38; // anything else
        if (c >= 'a' && c <= 'z') s = static_cast<std::uint8_t>(c - 'a');
        else if (c >= '0' && c <= '9') s = static_cast<std::uint8_t>(26 + c - '0');
        else if (c == ' ' || c == '.') s = 36;
        else if (c >= 0x80) s = 37;
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
        const auto& pattern = patterns[id].text;
        lengths_.push_back(static_cast<std::uint32_t>(pattern.size()));
        right_.push_back(patterns[id].right_boundary ? 1 : 0);
        dotless_.push_back(pattern.find('.') == std::string::npos ? 1 : 0);
        if (pattern.empty()) continue;
        const std::string text = patterns[id].left_boundary ? " " + pattern : pattern;
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
    start_ = 0; // set below, once the table is complete
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
    // Renumber the states breadth-first, so that the shallow states, where the scan spends most of
    // its time, share a few cache lines; then narrow the table to 16 bits when the states fit.
    const auto count = static_cast<std::uint32_t>(has_output_.size());
    std::vector<std::uint32_t> order, rank(count, none);
    order.reserve(count);
    order.push_back(0);
    rank[0] = 0;
    for (std::size_t k = 0; k < order.size(); ++k) {
        for (std::uint32_t a = 0; a < alphabet; ++a) {
            const auto next = delta_[order[k] * alphabet + a];
            if (rank[next] == none) {
                rank[next] = static_cast<std::uint32_t>(order.size());
                order.push_back(next);
            }
        }
    }
    std::vector<std::uint32_t> delta(static_cast<std::size_t>(count) * alphabet);
    std::vector<std::uint8_t> has_output(count);
    std::vector<std::uint32_t> dict_link(count), out_head(count);
    for (std::uint32_t s = 0; s < count; ++s) {
        const auto r = rank[s];
        for (std::uint32_t a = 0; a < alphabet; ++a) delta[r * alphabet + a] = rank[delta_[s * alphabet + a]];
        has_output[r] = has_output_[s];
        dict_link[r] = rank[dict_link_[s]];
        out_head[r] = out_head_[s];
    }
    has_output_ = std::move(has_output);
    dict_link_ = std::move(dict_link);
    out_head_ = std::move(out_head);
    if (count <= 0xFFFF) {
        delta16_.assign(delta.begin(), delta.end());
        delta_.clear();
        delta_.shrink_to_fit();
    } else {
        delta_ = std::move(delta);
    }
    start_ = step(0, static_cast<unsigned char>(' '));
}

} // namespace onward::classify
