#include "classify/model.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace onward::classify::model {
namespace {

struct Weight {
    std::uint32_t hash;
    float weight;
};

#include "classify/model_weights.inc" // bias, weights[] (sorted by hash): bench/train_model.py writes it

static_assert(std::is_sorted(std::begin(weights), std::end(weights), [](const Weight& a, const Weight& b) { return a.hash < b.hash; }),
              "model_weights.inc must be sorted by hash");

bool is_word_byte(unsigned char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80; }

double weight_of(std::uint32_t hash) noexcept
{
    const auto it = std::lower_bound(std::begin(weights), std::end(weights), hash, [](const Weight& w, std::uint32_t h) { return w.hash < h; });
    return it != std::end(weights) && it->hash == hash ? it->weight : 0.0;
}

} // namespace

std::uint32_t hash_of(std::string_view text) noexcept
{
    std::uint32_t h = 2166136261u;
    for (const char c : text) {
        h ^= static_cast<unsigned char>(c);
        h *= 16777619u;
    }
    return h;
}

std::vector<Feature> features(std::string_view folded_subject, std::string_view folded_body)
{
    std::vector<Feature> out;
    std::string pair; // "first second": a pair's hash is of its two words with one space between
    std::string_view previous;
    std::size_t words = 0;
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
            out.push_back({hash_of(word), word});
            if (!previous.empty()) {
                pair.assign(previous).append(" ").append(word);
                // Shown as the text from the first word's start to the second's end where both are in one
                // string; across the subject and the body, as the second word alone.
                const bool same_text = previous.data() >= text.data() && previous.data() < text.data() + text.size();
                const auto shown = same_text ? text.substr(static_cast<std::size_t>(previous.data() - text.data()),
                                                           i - static_cast<std::size_t>(previous.data() - text.data()))
                                             : word;
                out.push_back({hash_of(pair), shown});
            }
            previous = word;
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Feature& a, const Feature& b) { return a.hash < b.hash; });
    out.erase(std::unique(out.begin(), out.end(), [](const Feature& a, const Feature& b) { return a.hash == b.hash; }), out.end());
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
    struct Part {
        double weight;
        std::string_view text;
    };
    std::vector<Part> parts;
    for (const auto& f : features) {
        const double w = weight_of(f.hash);
        z += w;
        // (Shown: words of three letters and more; "re" of a reply's subject weighs, but says nothing.)
        if (w > 0 && f.text.size() >= 3) parts.push_back({w, f.text});
    }
    Opinion o;
    o.probability = 1.0 / (1.0 + std::exp(-std::clamp(z, -30.0, 30.0)));
    const auto shown = std::min<std::size_t>(parts.size(), 3);
    std::partial_sort(parts.begin(), parts.begin() + static_cast<std::ptrdiff_t>(shown), parts.end(),
                      [](const Part& a, const Part& b) { return a.weight > b.weight; });
    for (std::size_t k = 0; k < shown; ++k) (o.words += k ? " · " : "") += parts[k].text;
    return o;
}

} // namespace onward::classify::model
