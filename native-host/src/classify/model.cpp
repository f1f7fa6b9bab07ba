#include "classify/model.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>

namespace onward::classify::model {
namespace {

struct Weight {
    std::uint32_t hash;
    float weight;
};

#include "classify/model_weights.inc" // bias, weights[] (sorted by hash): bench/train_model.py writes it
// The label model: per feature, a weight for each label it weighs for (classify::Label's order).
struct LabelWeight {
    std::uint32_t hash;
    std::uint8_t label;
    float weight;
};
// label_bias[], label_weights[] (sorted by hash, then label): bench/train_model.py writes it
#include "classify/model_label_weights.inc"
static_assert(std::size(label_bias) == std::size(all_labels));
static_assert(std::is_sorted(std::begin(label_weights), std::end(label_weights),
                             [](const LabelWeight& a, const LabelWeight& b) {
                                 return a.hash != b.hash ? a.hash < b.hash : a.label < b.label;
                             }),
              "model_label_weights.inc must be sorted by hash, then label");

static_assert(std::is_sorted(std::begin(weights), std::end(weights), [](const Weight& a, const Weight& b) { return a.hash < b.hash; }),
              "model_weights.inc must be sorted by hash");

bool is_word_byte(unsigned char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80; }

// Where each run of entries that share a hash's top bits starts: a lookup searches a run of one or
// two entries instead of halving the whole table (84,000 entries: seventeen steps, most of them a
// cache miss, for each of the thousand-odd features of a long email).
constexpr unsigned bucket_bits = 16;
template <class Entry, std::size_t N>
std::vector<std::uint32_t> starts_of(const Entry (&table)[N])
{
    std::vector<std::uint32_t> at((std::size_t{1} << bucket_bits) + 1);
    std::uint32_t w = 0;
    for (std::size_t b = 0; b < at.size(); ++b) {
        while (w < N && (table[w].hash >> (32 - bucket_bits)) < b) ++w;
        at[b] = w;
    }
    return at;
}
// The label model's entries for this hash (a run: one per label the feature weighs for).
std::pair<const LabelWeight*, const LabelWeight*> label_entries_of(std::uint32_t hash, const std::vector<std::uint32_t>& starts) noexcept
{
    const auto bucket = hash >> (32 - bucket_bits);
    const auto* first = std::begin(label_weights) + starts[bucket];
    const auto* last = std::begin(label_weights) + starts[bucket + 1];
    first = std::lower_bound(first, last, hash, [](const LabelWeight& e, std::uint32_t h) { return e.hash < h; });
    return {first, std::upper_bound(first, last, hash, [](std::uint32_t h, const LabelWeight& e) { return h < e.hash; })};
}
double weight_of(std::uint32_t hash, const std::vector<std::uint32_t>& starts) noexcept
{
    const auto bucket = hash >> (32 - bucket_bits);
    const auto* first = std::begin(weights) + starts[bucket];
    const auto* last = std::begin(weights) + starts[bucket + 1];
    const auto it = std::lower_bound(first, last, hash, [](const Weight& w, std::uint32_t h) { return w.hash < h; });
    return it != last && it->hash == hash ? it->weight : 0.0;
}

// A feature's weight towards an opinion, and its text: the three weightiest are the opinion's words.
struct Part {
    double weight;
    std::string_view text;
};
std::string weightiest(std::vector<Part>& parts)
{
    const auto shown = std::min<std::size_t>(parts.size(), 3);
    std::partial_sort(parts.begin(), parts.begin() + static_cast<std::ptrdiff_t>(shown), parts.end(),
                      [](const Part& a, const Part& b) { return a.weight > b.weight; });
    std::string words;
    for (std::size_t k = 0; k < shown; ++k) (words += k ? " · " : "") += parts[k].text;
    return words;
}

// FNV-1a from a given state: hash_of(a + b) is go_on(hash_of(a), b), so a pair's hash is its first
// word's, continued with the space and the second word, without building the pair.
std::uint32_t go_on(std::uint32_t h, std::string_view text) noexcept
{
    for (const char c : text) {
        h ^= static_cast<unsigned char>(c);
        h *= 16777619u;
    }
    return h;
}

// Features kept once each, where their hash first stands, with a small open-addressing set of the
// hashes seen (a long email repeats half its words and pairs: deduplicated as they come, the sort
// after has half as much to do).
class FirstOccurrences {
public:
    explicit FirstOccurrences(std::vector<Feature>& out) : out_(out) {}
    ~FirstOccurrences()
    {
        for (const auto at : taken_) slots_[at] = 0; // ready for the next email
        taken_.clear();
    }
    void add(std::uint32_t hash, std::string_view text)
    {
        const auto at = find(hash);
        if (slots_[at] != 0) return;
        out_.push_back({hash, text});
        slots_[at] = static_cast<std::uint32_t>(out_.size());
        taken_.push_back(static_cast<std::uint16_t>(at));
    }

private:
    // Twice the most features an email can give (its words, and the pairs between them), a power of two.
    static constexpr unsigned bits = 12;
    static constexpr std::size_t size = std::size_t{1} << bits;
    static_assert(size >= 2 * 2 * max_words);
    // The hash's slot, or the free one where it would go (linear probing: the table is never half full).
    // The slot to start from: the top bits of the hash scrambled by Fibonacci hashing.
    std::size_t find(std::uint32_t hash) const noexcept
    {
        for (auto at = static_cast<std::size_t>((hash * 2654435769u) >> (32 - bits));; at = (at + 1) & (size - 1))
            if (slots_[at] == 0 || out_[slots_[at] - 1].hash == hash) return at;
    }
    std::vector<Feature>& out_;
    static thread_local std::array<std::uint32_t, size> slots_; // 1 + an index into out_; 0: free
    static thread_local std::vector<std::uint16_t> taken_;      // the slots this email filled
};
thread_local std::array<std::uint32_t, FirstOccurrences::size> FirstOccurrences::slots_{};
thread_local std::vector<std::uint16_t> FirstOccurrences::taken_;

// Sorted by hash, four passes of a byte each (the hashes are distinct: any sort gives this order, and
// a comparison sort's branches on random hashes mispredict half the time).
void sort_by_hash(std::vector<Feature>& features)
{
    std::vector<Feature> other(features.size());
    auto* from = &features;
    auto* to = &other;
    for (unsigned shift = 0; shift < 32; shift += 8) {
        std::array<std::uint32_t, 257> at{};
        for (const auto& f : *from) ++at[((f.hash >> shift) & 0xFFu) + 1];
        for (std::size_t b = 1; b < at.size(); ++b) at[b] += at[b - 1];
        for (const auto& f : *from) (*to)[at[(f.hash >> shift) & 0xFFu]++] = f;
        std::swap(from, to);
    }
    // (Four passes: the sorted features are back in `features`.)
}

} // namespace

std::uint32_t hash_of(std::string_view text) noexcept { return go_on(2166136261u, text); }

std::vector<Feature> features(std::string_view folded_subject, std::string_view folded_body)
{
    std::vector<Feature> out;
    out.reserve(64);
    std::string_view previous; // a pair's hash is of its two words with one space between
    std::uint32_t previous_hash = 0;
    std::size_t words = 0;
    FirstOccurrences seen(out);
    for (const auto text : {folded_subject, folded_body}) {
        for (std::size_t i = 0; i < text.size() && words < max_words;) {
            if (!is_word_byte(static_cast<unsigned char>(text[i]))) {
                ++i;
                continue;
            }
            const auto begin = i;
            while (i < text.size() && is_word_byte(static_cast<unsigned char>(text[i]))) ++i;
            const auto word = text.substr(begin, i - begin);
            ++words;
            const auto word_hash = hash_of(word);
            seen.add(word_hash, word);
            if (!previous.empty()) {
                // Shown as the text from the first word's start to the second's end where both are in one
                // string; across the subject and the body, as the second word alone.
                const bool same_text = previous.data() >= text.data() && previous.data() < text.data() + text.size();
                const auto shown = same_text ? text.substr(static_cast<std::size_t>(previous.data() - text.data()),
                                                           i - static_cast<std::size_t>(previous.data() - text.data()))
                                             : word;
                seen.add(go_on(go_on(previous_hash, " "), word), shown);
            }
            previous = word;
            previous_hash = word_hash;
        }
    }
    sort_by_hash(out); // (seen's slots name positions in `out`, but are only cleared, never read, after this)
    return out;
}

bool speaks_of_work(const std::vector<Feature>& features)
{
    static const auto hashes = [] {
        std::vector<std::uint32_t> h;
        for (const std::string_view w :
             {"shift", "shifts", "trial", "staff", "crew", "hire", "hired", "apprentice", "apprenticeship", "intern", "internship",
              "placement", "notice", "contract", "portfolio", "applicants", "applied", "applying", "finalist", "finalists", "shortlist",
              "shortlisted", "recruiter", "aushilfe", "aushilfen", "aushilfskraft", "probezeit", "mandant", "mandanten", "finalisten",
              "kollege", "kollegin", "eingestellt", "schicht", "schichten", "mitarbeiter", "mitarbeiterin", "lebenslauf", "arbeitsvertrag",
              "azubi", "ausbildung", "vertrag", "contrat", "embauche", "contrato", "contratar", "turno", "proeftijd", "collega"})
            h.push_back(hash_of(w));
        std::sort(h.begin(), h.end());
        return h;
    }();
    return std::any_of(features.begin(), features.end(), [](const Feature& f) { return std::binary_search(hashes.begin(), hashes.end(), f.hash); });
}

Opinion rejection_opinion(const std::vector<Feature>& features)
{
    double z = bias;
    std::vector<Part> parts;
    static const auto starts = starts_of(weights);
    for (const auto& f : features) {
        const double w = weight_of(f.hash, starts);
        z += w;
        // (Shown: words of three letters and more; "re" of a reply's subject weighs, but says nothing.)
        if (w > 0 && f.text.size() >= 3) parts.push_back({w, f.text});
    }
    Opinion o;
    o.probability = 1.0 / (1.0 + std::exp(-std::clamp(z, -30.0, 30.0)));
    o.words = weightiest(parts);
    return o;
}

LabelOpinion label_opinion(const std::vector<Feature>& features)
{
    static const auto starts = starts_of(label_weights);
    constexpr std::size_t labels = std::size(all_labels);
    std::array<double, labels> z{};
    for (std::size_t k = 0; k < labels; ++k) z[k] = label_bias[k];
    // The features the table knows, with their entries: read again for the words only where the opinion counts.
    struct Known {
        const LabelWeight *first, *last;
        std::string_view text;
    };
    thread_local std::vector<Known> known;
    known.clear();
    for (const auto& f : features) {
        const auto [first, last] = label_entries_of(f.hash, starts);
        if (first == last) continue;
        for (auto e = first; e != last; ++e) z[e->label] += e->weight;
        known.push_back({first, last, f.text});
    }
    // The label it reads best among those it may give (not a rejection: the rejection model's; not
    // "other": where it reads nothing the rules' "other" stands), and its probability over all seven.
    LabelOpinion o;
    const auto index = [](Label l) { return static_cast<std::size_t>(l); };
    std::size_t best = index(Label::interview);
    for (const auto l : {Label::interview, Label::offer, Label::application_received, Label::recruiter_outreach, Label::job_alert})
        if (z[index(l)] > z[best]) best = index(l);
    const double top = *std::max_element(z.begin(), z.end());
    double sum = 0;
    for (const auto v : z) sum += std::exp(v - top);
    o.label = all_labels[best];
    o.probability = std::exp(z[best] - top) / sum;
    if (o.probability < label_threshold) return o; // (no words: nothing is turned, nothing shown)
    // The words that weighed most towards it (three letters and more, as for a rejection).
    std::vector<Part> parts;
    for (const auto& k : known)
        for (auto e = k.first; e != k.last; ++e)
            if (e->label == best && e->weight > 0 && k.text.size() >= 3) parts.push_back({e->weight, k.text});
    o.words = weightiest(parts);
    return o;
}

} // namespace onward::classify::model
