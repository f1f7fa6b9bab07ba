#pragma once
// A compiled Aho-Corasick automaton over folded text: every phrase of every family is found in
// one left-to-right pass, cost linear in the text plus the matches. The transition table is dense
// over a 39-symbol alphabet (a-z, 0-9, separator, any non-ASCII byte, anything else), so each byte
// costs one table look-up. ' ' and '.' are one symbol, so that a phrase that must start a word is
// compiled with the separator in front and only fires where a word starts (a one-letter word such as
// French "n" would otherwise surface at every "n" of the text); a match across a '.' is dropped,
// since phrases live inside one sentence (unless the phrase itself has a '.', as a domain does).
//
// Speed: states are numbered so that every state where some pattern ends comes last, so the scan
// loop asks `state >= first_output_` instead of reading a flag; each output state's first pattern
// (its own, or along its dictionary links) is found by one look-up at the state's number, the
// others chained after it. The scan loop itself does not branch on a match: it notes (offset,
// state) in a small buffer, read after each block of bytes. A text of a few hundred bytes or more
// is cut into two, four or eight chunks scanned in lock-step: each step of the automaton waits for
// the previous table look-up, which often misses the L1 cache (the table is a few megabytes), so
// independent walks keep several look-ups in flight where one would wait on memory. A chunk starts `max_depth` bytes
// early, from the root, without reporting: after that many bytes the state is the one a single
// pass would have reached, so the matches, their order and their sentence numbers are exactly
// those of one pass.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace onward::classify {

// Memory for the automaton's table (some 17 MB): on Linux in 2 MB pages where the kernel grants them
// (transparent huge pages, asked for with madvise: Debian's default grants them only so). The walks
// jump between rows all over the table; with 4 KB pages nearly every step of real text (whose words
// lead into states far apart) also missed the TLB, 4,300 pages against a TLB of some 1,500 entries.
// Small tables, other systems, or a kernel that says no: ordinary memory, the same behaviour.
void* allocate_bytes(std::size_t bytes);
void deallocate_bytes(void* p, std::size_t bytes) noexcept;
template <class T>
struct LargeTableAllocator {
    using value_type = T;
    LargeTableAllocator() = default;
    template <class U>
    LargeTableAllocator(const LargeTableAllocator<U>&) noexcept {}
    T* allocate(std::size_t n) { return static_cast<T*>(allocate_bytes(n * sizeof(T))); }
    void deallocate(T* p, std::size_t n) noexcept { deallocate_bytes(p, n * sizeof(T)); }
    template <class U>
    bool operator==(const LargeTableAllocator<U>&) const noexcept { return true; }
};

struct PatternSpec {
    std::string text;          // folded
    bool left_boundary = true; // the byte before the match must not be a word byte
    bool right_boundary = true;
    // >= 0: the pattern is only counted (Tallies::count[tally]), never reported as a Match.
    std::int8_t tally = -1;
    // A counted pattern counts only where its match ends within this many bytes of the start (per
    // slot: the largest of its patterns'). Past the furthest such end, a state that ends nothing
    // but patterns counted so is not even noted by the scan loop.
    std::uint32_t tally_until = 0xFFFFFFFFu;
    // A match worth reporting only where the text goes on as this says: a separator (' '), then a
    // byte whose symbol (symbol_of) is set in `next_symbols`, right after the match or, with
    // `next_after_word`, after the rest of the word it ends in. The classifier's chain heads ask
    // it: most occurrences of a head ("decided to", "thank you for") are followed by none of what
    // their chains go on with, and turning them away here spares each a Match and a trip through
    // the caller's loop. All bits set: reported wherever it matches.
    std::uint64_t next_symbols = ~std::uint64_t{0};
    bool next_after_word = false;
};

// Counts of the counted patterns (PatternSpec::tally, within their tally_until) per slot. Frequent
// words that only ever get counted (the language words: "the", "und", "nous"; the words of a job
// search) are half the matches of an ordinary email; counting them where they are found spares each
// a Match and a trip through the caller's loop.
struct Tallies {
    static constexpr std::size_t slots = 8;
    std::uint32_t count[slots] = {};
};

struct Match {
    std::uint32_t pattern;
    std::uint32_t begin, end; // byte offsets in the scanned text
    std::uint32_t sentence;   // how many '.' separators precede the match
};

class Automaton {
public:
    explicit Automaton(const std::vector<PatternSpec>& patterns);

    // Appends every occurrence that respects its pattern's boundaries to `out`, in order of end
    // offset (occurrences with the same end: the longest state's patterns first, then along the
    // dictionary links). Counted patterns are added to `tallies` (skipped when it is null).
    void collect(std::string_view text, std::vector<Match>& out, Tallies* tallies = nullptr) const;

    // Calls on_match(const Match&) for every occurrence, in the order of collect().
    template <class OnMatch>
    void scan(std::string_view text, OnMatch&& on_match) const
    {
        std::vector<Match> matches;
        collect(text, matches);
        for (const auto& m : matches) on_match(m);
    }

    // The symbol a byte is read as: bytes with the same symbol are the same to the automaton
    // (' ' and '.' are one, every non-ASCII byte is one, so is any other byte). A table: the chain
    // tries compare the text after every head symbol by symbol.
    static constexpr std::uint8_t symbol_of(unsigned char c) noexcept { return symbols_[c]; }

    std::size_t state_count() const noexcept { return state_count_; }
    std::size_t pattern_count() const noexcept { return patterns_.size(); }

private:
    static constexpr std::array<std::uint8_t, 256> symbols_ = [] {
        std::array<std::uint8_t, 256> t{};
        for (unsigned c = 0; c < 256; ++c) {
            if (c >= 'a' && c <= 'z') t[c] = static_cast<std::uint8_t>(c - 'a');
            else if (c >= '0' && c <= '9') t[c] = static_cast<std::uint8_t>(26 + c - '0');
            else if (c == ' ' || c == '.') t[c] = 36;
            else if (c >= 0x80) t[c] = 37;
            else t[c] = 38; // anything else
        }
        return t;
    }();
    static constexpr std::uint32_t alphabet = 39;
    static constexpr std::size_t max_walks = 8; // chunks of a long text scanned in lock-step
    static constexpr std::uint32_t none = 0xFFFFFFFFu;
    // Word bytes of folded text: ASCII letters and digits, and every byte of a non-ASCII character.
    static constexpr std::array<bool, 256> word_bytes_ = [] {
        std::array<bool, 256> t{};
        for (unsigned c = 0; c < 256; ++c) t[c] = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
        return t;
    }();
    static bool is_word(unsigned char c) noexcept { return word_bytes_[c]; }

    struct Pattern {
        std::uint32_t length;
        std::uint8_t right;   // right word boundary required
        std::uint8_t dotless; // the pattern has no '.': a match across a sentence end is dropped
        std::int8_t tally;    // >= 0: counted, not reported
        std::uint8_t lookahead; // 0: none; 1: next_symbols_ right after the match; 2: after the rest of its word
    };
    // One walk over [pos, end) of the text, reporting into `out`.
    struct Walk {
        std::size_t pos, end;
        std::uint32_t noted_from; // the least row the scan loop notes (first_output_row_ or first_lasting_row_)
        std::uint32_t state;      // as a row
        std::uint32_t dots_before; // '.' bytes at or before the last reported position (the sentence number)
        std::vector<Match>* out;
        Tallies* tallies; // may be null
    };

    std::uint32_t step(std::uint32_t state, unsigned char c) const noexcept
    {
        return delta_[state + symbols_[c]];
    }
    // An output state's index among the output states (out_flat_, all_right_), from its row. Rows are
    // multiples of the (odd) alphabet size, so the division is exact: one multiplication by the
    // alphabet's inverse modulo 2^32 instead of a general division.
    static constexpr std::uint32_t alphabet_inverse = [] {
        std::uint32_t x = alphabet; // Newton's iteration: each step doubles the correct low bits
        for (int i = 0; i < 5; ++i) x *= 2u - alphabet * x;
        return x;
    }();
    static_assert(alphabet * alphabet_inverse == 1u);
    std::uint32_t output_index(std::uint32_t row) const noexcept { return (row - first_output_row_) * alphabet_inverse; }
    // Where a pattern may end (an output state at byte `base + pos`), as the scan loop notes it.
    struct Noted {
        std::uint32_t pos, state;
    };
    // The matches (and tallies) of a block of notes, in order.
    void report(Walk& w, const unsigned char* p, std::size_t n, const std::vector<std::uint32_t>& dots, const Noted* noted,
                std::size_t count, std::size_t base) const;
    void run(const unsigned char* p, std::size_t n, const std::vector<std::uint32_t>& dots, Walk* walks, std::size_t count) const;

    std::uint32_t start_ = 0;              // the state after a virtual separator before the text
    std::uint32_t first_output_ = 0;       // states from here on end some pattern
    std::uint32_t first_lasting_ = 0;      // states from here on end a pattern that counts past fade_after_
    std::uint32_t fade_after_ = 0;         // past this offset, states in [first_output_, first_lasting_) end nothing that counts
    std::uint32_t slot_until_[Tallies::slots] = {};
    std::uint32_t state_count_ = 0;
    std::uint32_t max_depth_ = 0;          // the deepest state (the longest pattern, with its separator)
    // Row of a state + symbol -> the next state's row. Rows are state numbers times the alphabet
    // (while building, plain state numbers); the walks carry rows, report() turns them back.
    std::vector<std::uint32_t, LargeTableAllocator<std::uint32_t>> delta_;
    std::uint32_t first_output_row_ = 0, first_lasting_row_ = 0; // the rows of first_output_, first_lasting_
    struct Output {
        std::uint32_t pattern;
        Pattern info;
        std::uint32_t next; // the state's next output (an index past the first outputs), 0: none
    };
    // Per output state (minus first_output_): its first pattern, with what the scan checks of it;
    // a state that ends more than one (its own, or along its dictionary links) chains the others.
    std::vector<Output> out_flat_;
    // Per output state (minus first_output_): 1 when every pattern it ends asks for a word boundary
    // after it, so that a note followed by a word byte is passed over without reading its outputs.
    std::vector<std::uint8_t> all_right_;
    std::vector<Pattern> patterns_;
    std::vector<std::uint64_t> next_symbols_; // per pattern with a lookahead (PatternSpec::next_symbols)
    // Does the text go on after a match ending at `end` as the pattern's lookahead asks?
    bool goes_on(const unsigned char* p, std::size_t n, std::size_t end, std::uint32_t pattern, std::uint8_t lookahead) const noexcept
    {
        if (lookahead == 2)
            while (end < n && is_word(p[end])) ++end;
        if (end >= n || p[end] != ' ') return false;
        return end + 1 >= n || ((next_symbols_[pattern] >> symbols_[p[end + 1]]) & 1u);
    }
};

} // namespace onward::classify
