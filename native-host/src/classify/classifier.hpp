#pragma once
// The job-email classifier: what kind of email is this (a rejection above all), how sure are we,
// why, and who sent it about which role. Pure and thread-safe: no I/O, no global mutable state.
//
// How it works (docs/classifier.md has the long version):
//   clean (quoted-printable, HTML, entities) -> cut quoted history, forwards and legal footers
//   -> fold (utf8proc case fold + accent strip, punctuation to separators)
//   -> one pass of a compiled Aho-Corasick automaton over the folded text, all phrase families at once
//   -> context rules (conditional, negation, same-sentence pairs, non-job rejections)
//   -> scores per label -> label, confidence, evidence; extraction of company, role, contact, ATS.
// Cost is linear in the length of the email.

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace onward::classify {

enum class Label { rejection, interview, offer, application_received, recruiter_outreach, job_alert, other };

inline constexpr Label all_labels[] = {Label::rejection,          Label::interview,
                                       Label::offer,              Label::application_received,
                                       Label::recruiter_outreach, Label::job_alert,
                                       Label::other};

std::string_view to_string(Label label) noexcept;
// The contract's spelling back to the enum; nullopt for anything else.
std::optional<Label> label_from_string(std::string_view name) noexcept;

struct Email {
    std::string subject, from, body, date, to;
    std::string lang; // optional hint ("en", "de", "fr", "es", "nl"); "" = detect from the text
};

struct Contact {
    std::string name, email;
};

struct Extracted {
    std::string company, role;
    Contact contact;
    std::optional<std::string> ats; // "greenhouse", "workday", ...; nullopt when unknown
};

// One reason behind the label: the rule (family) that fired, the folded phrase it matched,
// and the weight it added (negative weights are listed too: a rule that took evidence away).
struct Evidence {
    std::string_view rule; // e.g. "rejection.other_candidates", "context.conditional": a name of the
                           // catalogue's or a literal, both alive for the whole program
    std::string phrase; // the matched text, folded ("decided to move forward with other candidates")
    double weight = 0;
};

struct Result {
    Label label = Label::other;
    double confidence = 0;
    std::vector<Evidence> evidence;
    Extracted extracted;
    std::string lang; // "en", "de", "fr", "es" or "nl"
};

Result classify(const Email& email);

// What the fallback model (model.hpp) is asked of an email, exactly as classify() asks it: for the
// trainer (bench/model_features.cpp prints it, bench/train_model.py learns from it).
struct ModelQuestion {
    std::vector<std::uint32_t> features; // the hashes of model::features(), sorted
    bool asked = false;                  // classify() asks the model (the rules said "other", the email
                                         // speaks of a job, nothing put it outside a job search or in
                                         // someone else's story)
    Label rules_label = Label::other;    // the label the rules gave, before the model
    // The rules left the email "other" without reading it as anything (no rule of "other" met, no other
    // world, no one else's story, no calendar invitation, whose title the rules read): the emails the
    // label model is asked about.
    bool unsettled = false;
    // Someone else's story, settled before any model could be asked: a friend's letter, a post or a
    // story told of someone's own no (train_model.py leaves such emails out of its lessons unless they
    // are the reader's rejection).
    bool set_aside = false;
};
ModelQuestion model_question(const Email& email);

// The contract's `classify` result:
// {label, confidence, evidence:[{rule, phrase, weight}], lang,
//  extracted:{company, role, contact:{name, email}, ats (null when unknown)}}
nlohmann::json to_json(const Result& result);

} // namespace onward::classify
