#pragma once
// A second opinion for what the phrase families miss: a logistic regression over the words and word
// pairs of the newest message, asked only where the rules found nothing to call the email but
// "other" and nothing that puts it outside a job search (docs/classifier.md, "The fallback model").
//
// Why a model at all: rejections written in their writers' own words ("we found our person", "the
// chair went to someone else", "gonna say no for now") do not recur, so phrase families written from
// one set's misses find none of the next set's (session 11: en-41 and en-42 held out). A linear model
// trained on thirteen thousand labelled emails of our own reads the vocabulary around such noes
// instead of their exact words. It is small (a sorted table of hashed features compiled in), needs no
// download and no network, and says which words weighed most, so the UI can still say why.
//
// The weights (model_weights.inc, model_label_weights.inc) are written by bench/train_model.py from
// the features that onward-model-features prints for the own fixtures and the blind sets; the dev
// corpus is never trained on.

#include "classify/classifier.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace onward::classify::model {

// A feature: the hash of a word or of two words in a row, and where its text stands (for evidence).
struct Feature {
    std::uint32_t hash;
    std::string_view text; // a view into the folded text given to features()
};

// The distinct features of a folded subject and newest message (classify::fold_into's output): words
// are runs of letters and digits (non-ASCII bytes count as letters), pairs join two words in a row,
// the subject's last word and the body's first among them. At most `max_words` words are read.
inline constexpr std::size_t max_words = 600;
std::vector<Feature> features(std::string_view folded_subject, std::string_view folded_body);

// FNV-1a, 32 bits: the trainer (bench/train_model.py) reads the hashes this prints, so the two
// never have to agree on anything else.
std::uint32_t hash_of(std::string_view text) noexcept;

struct Opinion {
    double probability = 0;  // that the email is a rejection
    std::string words;       // the features that weighed most towards it, " · " between
};
Opinion rejection_opinion(const std::vector<Feature>& features);

// Some word of work stands among the features ("shift", "crew", "Aushilfe", "Probezeit", "contrat"):
// words too common in other mail to put a rejection in a job search for the rules, enough to let the
// model be asked where the rules' own job wording is missing.
bool speaks_of_work(const std::vector<Feature>& features);

// The probability from which the model's opinion turns an "other" into a rejection; chosen by
// cross-validation over the blind sets (docs/classifier.md).
inline constexpr double threshold = 0.9;

// The label model: where the rules read nothing at all in an email (ModelQuestion::unsettled) and the
// rejection model did not turn it, which of the other job labels its words say. Approaches, invitations,
// confirmations and alerts written in their writers' own words are the largest share of the labels the
// rules miss, and, like a no in one's own words, they do not recur as phrases. A multinomial logistic
// regression over the same features (softmax over the seven labels), trained by bench/train_model.py on
// the emails the rules read nothing in; it never gives a rejection (the rejection model's, above) or
// "other" (the rules' already).
struct LabelOpinion {
    Label label = Label::interview; // the likeliest of interview, offer, application_received, recruiter_outreach, job_alert
    double probability = 0;         // of that label, over all seven
    std::string words;              // the features that weighed most towards it, " · " between (only at
                                    // label_threshold and above, where the opinion turns a label)
};
LabelOpinion label_opinion(const std::vector<Feature>& features);

// The probability from which the label model's opinion turns an unsettled "other" into its label;
// chosen by cross-validation over the blind sets (docs/classifier.md).
inline constexpr double label_threshold = 0.9;

} // namespace onward::classify::model
