#include "classify/automaton.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <limits>
#include <stdexcept>
#include <type_traits>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace onward::classify {

namespace {
constexpr std::size_t huge_page = std::size_t{2} << 20;
}

void* allocate_bytes(std::size_t bytes)
{
#ifdef __linux__
    if (bytes >= huge_page) {
        const auto rounded = (bytes + huge_page - 1) / huge_page * huge_page; // aligned_alloc wants a multiple
        if (void* p = std::aligned_alloc(huge_page, rounded)) {
            (void)::madvise(p, rounded, MADV_HUGEPAGE); // a hint: refused, the pages are simply small
            return p;
        }
        throw std::bad_alloc();
    }
#endif
    return ::operator new(bytes);
}

void deallocate_bytes(void* p, std::size_t bytes) noexcept
{
#ifdef __linux__
    if (bytes >= huge_page) {
        std::free(p);
        return;
    }
#endif
    ::operator delete(p);
}

Automaton::Automaton(const std::vector<PatternSpec>& patterns)
{
    // The trie: `delta` doubles as the goto function while building (none = no edge yet).
    std::vector<std::uint32_t, LargeTableAllocator<std::uint32_t>> delta;
    std::vector<std::uint32_t> dict_link, out_head, out_next, out_pattern;
    std::vector<std::uint8_t> has_output;
    const auto add_state = [&] {
        delta.insert(delta.end(), alphabet, none);
        has_output.push_back(0);
        dict_link.push_back(0);
        out_head.push_back(none);
        return static_cast<std::uint32_t>(has_output.size() - 1);
    };
    add_state();
    std::vector<std::uint32_t> own_tail; // to keep each state's outputs in insertion order
    own_tail.push_back(none);
    for (std::uint32_t id = 0; id < patterns.size(); ++id) {
        const auto& pattern = patterns[id].text;
        if (const auto slot = patterns[id].tally; slot >= 0 && slot < static_cast<int>(Tallies::slots))
            slot_until_[slot] = std::max(slot_until_[slot], patterns[id].tally_until);
        const bool looks_ahead = patterns[id].next_symbols != ~std::uint64_t{0};
        patterns_.push_back({static_cast<std::uint32_t>(pattern.size()), static_cast<std::uint8_t>(patterns[id].right_boundary ? 1 : 0),
                             static_cast<std::uint8_t>(pattern.find('.') == std::string::npos ? 1 : 0),
                             patterns[id].tally < static_cast<int>(Tallies::slots) ? patterns[id].tally : std::int8_t{-1},
                             static_cast<std::uint8_t>(!looks_ahead ? 0 : patterns[id].next_after_word ? 2 : 1)});
        next_symbols_.push_back(patterns[id].next_symbols);
        if (pattern.empty()) continue;
        const std::string text = patterns[id].left_boundary ? " " + pattern : pattern;
        max_depth_ = std::max(max_depth_, static_cast<std::uint32_t>(text.size()));
        std::uint32_t s = 0;
        for (unsigned char c : text) {
            const auto next = delta[s * alphabet + symbols_[c]];
            if (next == none) {
                const auto fresh = add_state();
                own_tail.push_back(none);
                delta[s * alphabet + symbols_[c]] = fresh;
                s = fresh;
            } else {
                s = next;
            }
        }
        out_pattern.push_back(id);
        out_next.push_back(none);
        const auto entry = static_cast<std::uint32_t>(out_pattern.size() - 1);
        if (out_head[s] == none) out_head[s] = entry;
        else out_next[own_tail[s]] = entry;
        own_tail[s] = entry;
    }

    // Breadth-first: failure links, dictionary links, and the full transition table.
    std::vector<std::uint32_t> fail(has_output.size(), 0);
    std::deque<std::uint32_t> queue;
    for (std::uint32_t a = 0; a < alphabet; ++a) {
        auto& next = delta[a];
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
        dict_link[s] = out_head[f] != none ? f : dict_link[f];
        has_output[s] = (out_head[s] != none || dict_link[s] != 0) ? 1 : 0;
        for (std::uint32_t a = 0; a < alphabet; ++a) {
            auto& next = delta[s * alphabet + a];
            if (next == none) {
                next = delta[f * alphabet + a];
            } else {
                fail[next] = delta[f * alphabet + a];
                queue.push_back(next);
            }
        }
    }
    // Renumber the states breadth-first, so that the shallow states, where the scan spends most of
    // its time, share a few cache lines; the states without output first, those with output after
    // them (so that "does a pattern end here" is a comparison of the state number).
    const auto count = static_cast<std::uint32_t>(has_output.size());
    state_count_ = count;
    std::vector<std::uint32_t> order, rank(count, none);
    order.reserve(count);
    order.push_back(0);
    std::vector<bool> seen(count, false);
    seen[0] = true;
    for (std::size_t k = 0; k < order.size(); ++k) {
        for (std::uint32_t a = 0; a < alphabet; ++a) {
            const auto next = delta[order[k] * alphabet + a];
            if (!seen[next]) {
                seen[next] = true;
                order.push_back(next);
            }
        }
    }
    // Among the states with output, first those that end nothing but patterns counted within a
    // bounded reach (the language words, counted in the first kilobyte): past the furthest
    // reach, the scan loop does not note them at all.
    std::vector<bool> fading(count, false);
    for (std::uint32_t s = 0; s < count; ++s) {
        if (!has_output[s]) continue;
        bool all = true;
        for (auto t = s; t != 0 && all; t = dict_link[t])
            for (auto o = out_head[t]; o != none && all; o = out_next[o]) {
                const auto slot = patterns_[out_pattern[o]].tally;
                all = slot >= 0 && slot_until_[slot] != 0xFFFFFFFFu;
                if (all) fade_after_ = std::max(fade_after_, slot_until_[slot]);
            }
        fading[s] = all;
    }
    std::uint32_t next_rank = 0;
    for (const auto s : order)
        if (!has_output[s]) rank[s] = next_rank++;
    first_output_ = next_rank;
    for (const auto s : order)
        if (has_output[s] && fading[s]) rank[s] = next_rank++;
    first_lasting_ = next_rank;
    for (const auto s : order)
        if (has_output[s] && !fading[s]) rank[s] = next_rank++;

    std::vector<std::vector<std::uint32_t>> outputs(count - first_output_);
    for (std::uint32_t s = 0; s < count; ++s) {
        if (!has_output[s]) continue;
        // The state's own patterns, then those of the states along its dictionary links.
        auto& list = outputs[rank[s] - first_output_];
        for (auto t = s; t != 0; t = dict_link[t])
            for (auto o = out_head[t]; o != none; o = out_next[o]) list.push_back(out_pattern[o]);
    }
    // The table in the new numbering, made from `delta` in place (a second table beside it doubled
    // the build's peak memory: 18 MB more at 116,000 states): every entry renamed, then every row
    // moved to its state's rank, cycle by cycle of the permutation, with one row in hand.
    for (auto& next : delta) next = rank[next];
    {
        std::vector<bool> placed(count, false);
        std::array<std::uint32_t, alphabet> in_hand{}, swap_row{};
        const auto row = [&](std::uint32_t s) { return delta.begin() + static_cast<std::ptrdiff_t>(s) * alphabet; };
        for (std::uint32_t first = 0; first < count; ++first) {
            if (placed[first]) continue;
            std::copy(row(first), row(first) + alphabet, in_hand.begin());
            for (auto at = rank[first];; at = rank[at]) {
                // Row `at` is taken by the row in hand; the row it held goes on to its own rank.
                std::copy(row(at), row(at) + alphabet, swap_row.begin());
                std::copy(in_hand.begin(), in_hand.end(), row(at));
                placed[at] = true;
                if (at == first) break;
                in_hand = swap_row;
            }
        }
    }
    // Entry k is the first output of output state k; the rest of its list follows `next` into the
    // entries after those (most states end one pattern: one look-up finds it).
    out_flat_.resize(outputs.size());
    for (std::uint32_t k = 0; k < outputs.size(); ++k) {
        std::uint32_t at = k;
        for (std::size_t o = 0; o < outputs[k].size(); ++o) {
            const auto id = outputs[k][o];
            if (o > 0) {
                out_flat_[at].next = static_cast<std::uint32_t>(out_flat_.size());
                at = static_cast<std::uint32_t>(out_flat_.size());
                out_flat_.emplace_back();
            }
            out_flat_[at] = {id, patterns_[id], 0};
        }
    }
    all_right_.assign(outputs.size(), 1);
    for (std::uint32_t k = 0; k < outputs.size(); ++k)
        for (const auto id : outputs[k]) all_right_[k] &= patterns_[id].right;
    // Premultiplied: an entry is the next state's row (its number times the alphabet), so that a
    // step is one addition and one load, with no multiplication on the chain of look-ups.
    if (count > std::numeric_limits<std::uint32_t>::max() / alphabet) throw std::length_error("automaton: too many states");
    for (auto& next : delta) next *= alphabet;
    delta_ = std::move(delta);
    first_output_row_ = first_output_ * alphabet;
    first_lasting_row_ = first_lasting_ * alphabet;
    start_ = step(0, static_cast<unsigned char>(' '));
}

void Automaton::report(Walk& w, const unsigned char* p, std::size_t n, const std::vector<std::uint32_t>& dots, const Noted* noted,
                       std::size_t count, std::size_t base) const
{
    // Kept in locals across the notes of a block: the compiler cannot keep them in registers
    // through the stores to *w.out otherwise.
    const auto* dot = dots.data(); // ends with a sentinel past any offset
    auto d = w.dots_before;
    std::size_t next_after_dot = d > 0 ? dot[d - 1] + 1u : 0u; // one past the last '.' so far
    const auto* flat = out_flat_.data();
    auto& out = *w.out;
    for (std::size_t x = 0; x < count; ++x) {
        const std::size_t i = base + noted[x].pos;
        // Bring the sentence count up to and including byte i: a step per '.', not per byte.
        for (; dot[d] <= i; ++d) next_after_dot = dot[d] + 1u;
        const bool word_follows = i + 1 < n && is_word(p[i + 1]);
        const auto k = output_index(noted[x].state);
        if (word_follows && all_right_[k]) continue; // inside a word: nothing here ends a whole word
        for (std::uint32_t o = k;;) {
            const auto& entry = flat[o];
            const auto& pat = entry.info;
            const auto begin = static_cast<std::uint32_t>(i + 1 - pat.length);
            // Boundaries: no word byte after it where it asks for none, no sentence end inside.
            if (!(pat.right && word_follows) && !(next_after_dot > begin && pat.dotless)) {
                if (pat.tally < 0) {
                    if (pat.lookahead == 0 || goes_on(p, n, i + 1, entry.pattern, pat.lookahead))
                        out.push_back(Match{entry.pattern, begin, static_cast<std::uint32_t>(i + 1), d});
                }
                else if (w.tallies && i < slot_until_[pat.tally]) ++w.tallies->count[pat.tally];
            }
            if (entry.next == 0) break;
            o = entry.next;
        }
    }
    w.dots_before = d;
}

void Automaton::run(const unsigned char* p, std::size_t n, const std::vector<std::uint32_t>& dots, Walk* walks, std::size_t count) const
{
    const auto* table = delta_.data();
    const auto next = [table](std::uint32_t row, unsigned char c) { return table[row + symbols_[c]]; };
    // Where a pattern may end: noted without a branch, handed to report() after each block.
    constexpr std::size_t block = 256;
    Noted noted[max_walks][block];
    const auto drain = [&](std::size_t j, std::size_t k, std::size_t base) { report(walks[j], p, n, dots, noted[j], k, base); };
    // Lock-step over the common length: independent chains of table look-ups, so that the core
    // has several look-ups in flight while each waits on memory.
    const auto lock_step = [&](auto width) {
        constexpr std::size_t w = decltype(width)::value;
        std::size_t common = walks[0].end - walks[0].pos;
        for (std::size_t j = 1; j < w; ++j) common = std::min(common, walks[j].end - walks[j].pos);
        std::uint32_t state[w], noted_from[w];
        std::size_t base[w];
        for (std::size_t j = 0; j < w; ++j) state[j] = walks[j].state, base[j] = walks[j].pos, noted_from[j] = walks[j].noted_from;
        for (std::size_t t = 0; t < common;) {
            const std::size_t stop = std::min(common, t + block);
            std::size_t k[w] = {};
            for (; t < stop; ++t) {
                for (std::size_t j = 0; j < w; ++j) state[j] = next(state[j], p[base[j] + t]);
                for (std::size_t j = 0; j < w; ++j) {
                    noted[j][k[j]] = {static_cast<std::uint32_t>(t), state[j]}; // base[j] is added in report()
                    k[j] += state[j] >= noted_from[j];
                }
            }
            for (std::size_t j = 0; j < w; ++j) drain(j, k[j], base[j]);
        }
        for (std::size_t j = 0; j < w; ++j) walks[j].state = state[j], walks[j].pos += common;
    };
    if (count == max_walks) lock_step(std::integral_constant<std::size_t, max_walks>{});
    else if (count == 4) lock_step(std::integral_constant<std::size_t, 4>{});
    else if (count == 2) lock_step(std::integral_constant<std::size_t, 2>{});
    // What is left: the whole text when it was short, the last few bytes of the longer chunks.
    for (std::size_t j = 0; j < count; ++j) {
        auto& w = walks[j];
        auto s = w.state;
        const auto out_from = w.noted_from;
        for (std::size_t i = w.pos; i < w.end;) {
            const std::size_t stop = std::min(w.end, i + block);
            std::size_t k = 0;
            for (; i < stop; ++i) {
                s = next(s, p[i]);
                noted[j][k] = {static_cast<std::uint32_t>(i), s};
                k += s >= out_from;
            }
            drain(j, k, 0);
        }
        w.state = s;
        w.pos = w.end;
    }
}

void Automaton::collect(std::string_view text, std::vector<Match>& out, Tallies* tallies) const
{
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    // Chunks in lock-step from short texts on: two, four or eight of at least twice max_depth_
    // bytes each (each starts max_depth_ bytes early to find its state: the warm-up, also in
    // lock-step, is at most half the chunk). One walk alone waits on every table look-up: a 1 KB
    // email took a fifth less time in four chunks than in one, a 300-byte one 6 % less in two.
    const std::size_t min_chunk = 2 * static_cast<std::size_t>(max_depth_);
    // Where the '.' bytes are (sentence ends are sparse, one a sentence): the walks count sentences
    // and check sentence crossings against this list instead of looking at every byte again.
    thread_local std::vector<std::uint32_t> dots;
    dots.clear();
    for (const auto* q = p; (q = static_cast<const unsigned char*>(std::memchr(q, '.', static_cast<std::size_t>(p + n - q)))); ++q)
        dots.push_back(static_cast<std::uint32_t>(q - p));
    dots.push_back(0xFFFFFFFFu); // a sentinel: report() steps through the list without a bounds check
    Walk walks[max_walks];
    // Chunks 1.. report here, then join `out` in order; kept per thread, reused.
    thread_local std::vector<Match> later[max_walks - 1];
    for (auto& v : later) v.clear();
    const std::size_t count = n >= max_walks * min_chunk ? max_walks : n >= 4 * min_chunk ? 4 : n >= 2 * min_chunk ? 2 : 1;
    if (count == 1) {
        walks[0] = Walk{0, n, tallies && fade_after_ > 0 ? first_output_row_ : first_lasting_row_, start_, 0, &out, tallies};
    } else {
        const std::size_t chunk = (n + count - 1) / count;
        for (std::size_t j = 0; j < count; ++j) {
            const std::size_t from = std::min(n, j * chunk), to = std::min(n, from + chunk);
            const auto dots_before = static_cast<std::uint32_t>(std::lower_bound(dots.begin(), dots.end(), from) - dots.begin());
            // A chunk wholly past the furthest reach of the counted patterns need not note the states
            // that end only those.
            const auto noted_from = tallies && from < fade_after_ ? first_output_row_ : first_lasting_row_;
            walks[j] = Walk{from, to, noted_from, start_, dots_before, j == 0 ? &out : &later[j - 1], tallies};
        }
        // The state at the start of chunks 1..: walk the max_depth_ bytes before each from the root,
        // the walks in lock-step (each chunk has max_depth_ bytes before it: chunk >= min_chunk).
        std::uint32_t warm[max_walks] = {};
        for (std::size_t i = 0; i < max_depth_; ++i)
            for (std::size_t j = 1; j < count; ++j) warm[j] = step(warm[j], p[walks[j].pos - max_depth_ + i]);
        for (std::size_t j = 1; j < count; ++j) walks[j].state = warm[j];
    }
    run(p, n, dots, walks, count);
    for (std::size_t j = 1; j < count; ++j) out.insert(out.end(), later[j - 1].begin(), later[j - 1].end());
    for (auto& v : later)
        if (v.capacity() > (1u << 16)) std::vector<Match>().swap(v); // a huge text: do not keep its buffers
    if (dots.capacity() > (1u << 16)) std::vector<std::uint32_t>().swap(dots);
}

} // namespace onward::classify
