#include "classify/classifier.hpp"

#include "classify/extract.hpp"
#include "classify/normalize.hpp"
#include "classify/rules.hpp"
#include "classify/segment.hpp"
#include "core/text.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace onward::classify {

namespace {

constexpr std::size_t label_count = 7;
std::size_t index_of(Label l) noexcept { return static_cast<std::size_t>(l); }

// Sentences of the subject and of the body live in different numbering spaces.
constexpr std::uint32_t body_sentence_base = 1u << 30;
// A negation governs a forward phrase that starts at most this many bytes after it ("not be able to").
constexpr std::uint32_t negation_reach = 40;
// A condition ("if", "sollten Sie") governs rejection wording that starts at most this far after it.
constexpr std::uint32_t condition_reach = 110;

struct Hit {
    std::uint32_t begin, end, sentence;
    std::uint16_t rule;
    std::uint8_t part;
};

// What one rule contributed: its strongest phrase, plus half of a second, different phrase of the
// same family (two different ways of saying it are more evidence than one said twice).
struct Fired {
    double weight = 0;
    std::string phrase;
    bool fired = false;
    double second = 0;
    double score() const noexcept { return weight + 0.5 * second; }
};

class Scorer {
public:
    explicit Scorer(const Catalogue& cat) : cat_(cat), fired_(cat.rules.size()) {}

    void scan(std::string_view folded, std::uint32_t sentence_base)
    {
        text_ = folded;
        std::vector<Hit> hits;
        // Open chain segments: (chain, segment, where the next segment must start - 1) -> chain start.
        std::unordered_map<std::uint64_t, std::uint32_t> open;
        const auto key = [](std::uint32_t chain, std::uint32_t segment, std::uint32_t at) {
            return (static_cast<std::uint64_t>(chain) << 40) | (static_cast<std::uint64_t>(segment) << 32) | at;
        };
        const auto connection = [&](const Match& m, bool open_end) {
            auto at = m.end;
            if (open_end)
                while (at < folded.size() && is_folded_word_byte(static_cast<unsigned char>(folded[at]))) ++at;
            return at;
        };
        cat_.automaton.scan(folded, [&](const Match& m) {
            const auto& ref = cat_.refs[m.pattern];
            Hit hit{m.begin, m.end, m.sentence + sentence_base, ref.rule, ref.part};
            if (ref.chain != 0) {
                std::uint32_t begin = m.begin;
                if (ref.segment > 0) {
                    if (m.begin == 0 || folded[m.begin - 1] != ' ') return;
                    const auto it = open.find(key(ref.chain, ref.segment - 1u, m.begin - 1));
                    if (it == open.end()) return;
                    begin = it->second;
                }
                if (!ref.last) {
                    open.emplace(key(ref.chain, ref.segment, connection(m, ref.open_end)), begin);
                    return;
                }
                hit.begin = begin;
            }
            const auto& rule = cat_.rules[ref.rule];
            switch (rule.kind) {
            case Kind::language:
                language_[rule.tag] += 1;
                return;
            case Kind::job_context:
                ++job_context_;
                return;
            case Kind::non_job:
                non_job_rules_.emplace(ref.rule, rule.weight);
                if (non_job_phrase_.empty()) non_job_phrase_ = phrase_of(hit);
                return;
            case Kind::ats:
                if (!ats_) ats_ = rule.tag;
                return;
            default:
                hits.push_back(hit);
            }
        });
        drop_contained(hits);
        evaluate(hits);
    }

    // --- what the scan found --------------------------------------------------------------------
    std::array<double, label_count> totals() const
    {
        std::array<double, label_count> t{};
        for (std::size_t i = 0; i < fired_.size(); ++i)
            if (fired_[i].fired) t[index_of(effective_label(i))] += fired_[i].score();
        t[index_of(Label::rejection)] += negated_progress_.weight;
        return t;
    }
    bool job_specific_fired() const
    {
        for (std::size_t i = 0; i < fired_.size(); ++i)
            if (fired_[i].fired && (cat_.rules[i].flags & job_specific)) return true;
        return negated_progress_.fired;
    }
    double non_job() const
    {
        double sum = 0;
        for (const auto& [rule, w] : non_job_rules_) sum += w;
        return sum;
    }
    std::size_t job_context() const noexcept { return job_context_; }
    const std::optional<std::string>& ats() const noexcept { return ats_; }
    const std::unordered_map<std::string, std::size_t>& language() const noexcept { return language_; }

    std::vector<Evidence> evidence() const
    {
        std::vector<Evidence> out;
        for (std::size_t i = 0; i < fired_.size(); ++i)
            if (fired_[i].fired) out.push_back({cat_.rules[i].name, fired_[i].phrase, fired_[i].score()});
        if (negated_progress_.fired)
            out.push_back({"rejection.negated_progress", negated_progress_.phrase, negated_progress_.weight});
        std::sort(out.begin(), out.end(), [](const Evidence& a, const Evidence& b) { return a.weight > b.weight; });
        out.insert(out.end(), discounted_.begin(), discounted_.end());
        return out;
    }

    void discount(Evidence e) { discounted_.push_back(std::move(e)); }
    // Some rejection wording stood in a sentence that speaks to the reader ("your application").
    bool rejection_addressed() const noexcept { return rejection_addressed_; }
    bool fired(std::string_view rule_name) const
    {
        for (std::size_t i = 0; i < fired_.size(); ++i)
            if (fired_[i].fired && cat_.rules[i].name == rule_name) return true;
        return false;
    }
    const std::string& non_job_phrase() const noexcept { return non_job_phrase_; }

private:
    Label effective_label(std::size_t rule) const noexcept { return cat_.rules[rule].label; }

    // A hit inside a longer hit is the longer phrase's business: "unfortunately" inside
    // "unfortunately we cannot respond to every applicant", "not" inside "not the right fit".
    void drop_contained(std::vector<Hit>& hits) const
    {
        // Negations and conditions yield only to shields ("not" in "do not hesitate", "if" in "even if");
        // pair parts and address words stand beside phrases, never in their competition.
        std::vector<std::pair<std::uint32_t, std::uint32_t>> shields;
        for (const auto& h : hits)
            if (cat_.rules[h.rule].kind == Kind::shield) shields.emplace_back(h.begin, h.end);
        std::vector<Hit> aside;
        std::size_t next_shield = 0; // hits and shields both come in order of end: one sweep, linear
        std::erase_if(hits, [&](const Hit& h) {
            const auto kind = cat_.rules[h.rule].kind;
            if (kind == Kind::negation || kind == Kind::conditional) {
                while (next_shield < shields.size() && shields[next_shield].second < h.end) ++next_shield;
                if (next_shield < shields.size() && shields[next_shield].first <= h.begin) return true;
            } else if (kind != Kind::pair && kind != Kind::address) {
                return false;
            }
            aside.push_back(h);
            return true;
        });
        std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
            return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
        });
        std::vector<Hit> kept;
        kept.reserve(hits.size());
        std::uint32_t best_begin = 0, best_end = 0;
        bool any = false;
        for (const auto& h : hits) {
            if (any && h.end <= best_end && !(h.begin == best_begin && h.end == best_end)) continue;
            kept.push_back(h);
            if (!any || h.end > best_end) {
                best_begin = h.begin;
                best_end = h.end;
                any = true;
            }
        }
        kept.insert(kept.end(), aside.begin(), aside.end());
        std::sort(kept.begin(), kept.end(), [](const Hit& a, const Hit& b) {
            return a.end != b.end ? a.end < b.end : a.begin < b.begin;
        });
        hits = std::move(kept);
    }

    void fire(std::size_t rule, double weight, const std::string& phrase)
    {
        auto& f = fired_[rule];
        if (!f.fired) {
            f.weight = weight;
            f.phrase = phrase;
        } else if (phrase != f.phrase) {
            if (weight > f.weight) {
                f.second = f.weight;
                f.weight = weight;
                f.phrase = phrase;
            } else {
                f.second = std::max(f.second, weight);
            }
        }
        f.fired = true;
    }

    static bool negated(const Hit& h, const Hit* negation) noexcept
    {
        return negation && negation->sentence == h.sentence && negation->end <= h.begin &&
               h.begin - negation->end <= negation_reach;
    }

    void note_negated_progress(const Hit& h, const Hit& negation, double weight, const std::string* why)
    {
        const auto words = phrase_of(negation) + " … " + phrase_of(h);
        if (why) {
            discount({"context.neutralised", words + " (" + *why + ")", -weight});
        } else if (!negated_progress_.fired || weight > negated_progress_.weight) {
            negated_progress_ = {weight, words, true, 0};
            if (addressed_.count(h.sentence) > 0) rejection_addressed_ = true;
        }
    }

    std::string phrase_of(const Hit& h) const { return std::string(text_.substr(h.begin, h.end - h.begin)); }

    void evaluate(const std::vector<Hit>& hits)
    {
        // Sentences where rejection wording does not count: calming phrases anywhere in the sentence,
        // conditions before the wording.
        std::unordered_map<std::uint32_t, std::string> calm;              // sentence -> calming phrase
        std::unordered_map<std::uint32_t, std::pair<std::uint32_t, std::string>> condition; // first condition
        for (const auto& h : hits) {
            const auto& rule = cat_.rules[h.rule];
            if (rule.kind == Kind::cue && (rule.flags & calms_sentence)) calm.emplace(h.sentence, phrase_of(h));
            if (rule.kind == Kind::conditional)
                condition.emplace(h.sentence, std::make_pair(h.begin, phrase_of(h)));
            if (rule.kind == Kind::address) addressed_.insert(h.sentence);
        }
        const auto neutralised = [&](const Hit& h) -> const std::string* {
            if (const auto c = calm.find(h.sentence); c != calm.end()) return &c->second;
            if (const auto c = condition.find(h.sentence); c != condition.end() && c->second.first < h.begin &&
                h.begin - c->second.first <= condition_reach)
                return &c->second.second;
            return nullptr;
        };

        struct PairState {
            std::uint32_t sentence[2] = {~0u, ~0u};
            std::string phrase[2];
        };
        std::unordered_map<std::size_t, PairState> pairs;
        const Hit* last_negation = nullptr;

        for (const auto& h : hits) {
            const auto ri = h.rule;
            const auto& rule = cat_.rules[ri];
            const auto phrase = phrase_of(h);
            switch (rule.kind) {
            case Kind::negation:
                last_negation = &h;
                break;
            case Kind::cue:
                if (rule.label == Label::rejection) {
                    if (const auto* why = neutralised(h)) {
                        discount({"context.neutralised", phrase + " (" + *why + ")", -rule.weight});
                        break;
                    }
                }
                if ((rule.label == Label::interview || rule.label == Label::offer) && negated(h, last_negation)) {
                    // "We are not able to offer you the position": a refused offer is a rejection.
                    note_negated_progress(h, *last_negation, 3.0, neutralised(h));
                    break;
                }
                if (rule.label == Label::interview || rule.label == Label::offer) {
                    // "If your profile matches, we will schedule an interview": a description of the
                    // process, not an invitation. Half weight.
                    if (const auto c = condition.find(h.sentence);
                        c != condition.end() && c->second.first < h.begin && h.begin - c->second.first <= condition_reach &&
                        !(rule.flags & calms_sentence)) {
                        discount({"context.conditional", phrase + " (" + c->second.second + ")", -rule.weight / 2});
                        fire(ri, rule.weight / 2, phrase);
                        break;
                    }
                }
                if (rule.label == Label::rejection && addressed_.count(h.sentence) > 0) rejection_addressed_ = true;
                fire(ri, rule.weight, phrase);
                break;
            case Kind::progress: {
                if (negated(h, last_negation)) {
                    note_negated_progress(h, *last_negation, rule.negated_weight, neutralised(h));
                } else {
                    fire(ri, rule.weight, phrase);
                }
                break;
            }
            case Kind::pair: {
                auto& st = pairs[ri];
                const auto part = h.part;
                st.sentence[part] = h.sentence;
                st.phrase[part] = phrase;
                // The second part must follow the first: "unfortunately ... not", not "not ... unfortunately".
                if (part == 1 && st.sentence[0] == h.sentence && !fired_[ri].fired) {
                    if (rule.label == Label::rejection) {
                        if (const auto* why = neutralised(h)) {
                            discount({"context.neutralised", st.phrase[0] + " … " + st.phrase[1] + " (" + *why + ")",
                                      -rule.weight});
                            break;
                        }
                    }
                    if (rule.label == Label::rejection && addressed_.count(h.sentence) > 0) rejection_addressed_ = true;
                    fire(ri, rule.weight, st.phrase[0] + " … " + st.phrase[1]);
                }
                break;
            }
            default:
                break;
            }
        }
    }

    const Catalogue& cat_;
    std::string_view text_; // the folded text being scanned
    std::vector<Fired> fired_;
    Fired negated_progress_;
    std::vector<Evidence> discounted_;
    std::unordered_set<std::uint32_t> addressed_;
    bool rejection_addressed_ = false;
    std::unordered_map<std::string, std::size_t> language_;
    std::unordered_map<std::uint16_t, double> non_job_rules_;
    std::string non_job_phrase_;
    std::size_t job_context_ = 0;
    std::optional<std::string> ats_;
};

std::string detect_language(const std::unordered_map<std::string, std::size_t>& counts, std::string_view hint)
{
    static constexpr std::string_view known[] = {"en", "de", "fr", "es", "nl"};
    for (auto k : known)
        if (hint == k) return std::string(k);
    std::string best = "en";
    std::size_t best_count = 0;
    for (auto k : known) {
        const auto it = counts.find(std::string(k));
        if (it != counts.end() && it->second > best_count) {
            best = k;
            best_count = it->second;
        }
    }
    return best;
}

// Thresholds: the score a label needs before it is said at all.
constexpr std::array<double, label_count> threshold = {
    2.5, // rejection
    2.5, // interview
    2.5, // offer
    2.0, // application_received
    2.5, // recruiter_outreach
    2.5, // job_alert
    2.0, // other (account and security mail, newsletters, rejections that are not about a job)
};

} // namespace

std::string_view to_string(Label label) noexcept
{
    switch (label) {
    case Label::rejection: return "rejection";
    case Label::interview: return "interview";
    case Label::offer: return "offer";
    case Label::application_received: return "application_received";
    case Label::recruiter_outreach: return "recruiter_outreach";
    case Label::job_alert: return "job_alert";
    case Label::other: return "other";
    }
    return "other";
}

std::optional<Label> label_from_string(std::string_view name) noexcept
{
    for (auto l : all_labels)
        if (to_string(l) == name) return l;
    return std::nullopt;
}

Result classify(const Email& email)
{
    const auto& cat = catalogue();
    const std::string body = clean_text(email.body);
    const Segments seg = segment(body);
    const std::string subject_clean = clean_text(email.subject);
    std::string_view subject = subject_clean;
    std::string_view from = email.from;
    if (seg.forwarded) {
        if (!seg.inner_subject.empty()) subject = seg.inner_subject;
        if (!seg.inner_from.empty()) from = seg.inner_from;
    }

    Scorer scorer(cat);
    scorer.scan(fold(subject), 0);
    scorer.scan(fold(seg.newest), body_sentence_base);

    Result result;
    result.lang = detect_language(scorer.language(), email.lang);
    result.extracted = extract({subject, from, seg.newest, seg.signature, scorer.ats()});

    auto s = scorer.totals();
    auto& rej = s[index_of(Label::rejection)];
    std::vector<Evidence> context;

    // Rejections belong to a job search: some job wording, a known ATS, or a phrase about hiring itself.
    const double job = static_cast<double>(std::min<std::size_t>(scorer.job_context(), 4)) +
                       (result.extracted.ats ? 2.0 : 0.0) + (scorer.job_specific_fired() ? 2.0 : 0.0);
    const double non_job = scorer.non_job();
    if (rej > 0 && non_job >= 2 && non_job >= job) {
        context.push_back({"context.not_about_a_job", scorer.non_job_phrase(), -rej});
        s[index_of(Label::other)] += std::min(rej, 3.0);
        rej = 0;
    } else if (rej > 0 && job == 0) {
        context.push_back({"context.no_job_wording", "", -rej / 2});
        rej /= 2;
    }

    // Newsletters and alerts talk about rejection in the third person; a rejection speaks to the applicant.
    const bool broadcast = scorer.fired("other.newsletter") || s[index_of(Label::job_alert)] >= 3;
    if (rej > 0 && broadcast && !scorer.rejection_addressed()) {
        context.push_back({"context.not_addressed_to_you", "", -rej / 2});
        rej /= 2;
    }

    const auto at = [&](Label l) { return s[index_of(l)]; };
    const auto meets = [&](Label l) { return at(l) >= threshold[index_of(l)]; };

    // Precision first: a rejection must clearly outweigh every hint of an interview or an offer,
    // and beat what alerts, newsletters and account mail say.
    Label label = Label::other;
    double runner_up = 0;
    if (meets(Label::rejection) && at(Label::rejection) >= std::max(at(Label::interview), at(Label::offer)) + 1.0 &&
        at(Label::rejection) > std::max({at(Label::job_alert), at(Label::other), at(Label::recruiter_outreach)})) {
        label = Label::rejection;
        runner_up = std::max({at(Label::interview), at(Label::offer), at(Label::job_alert), at(Label::other),
                              at(Label::recruiter_outreach)});
    } else {
        // Interviews and offers outrank a confirmation (most of them thank for the application too),
        // but not an alert, an outreach or an account email that happens to mention a call.
        const double side = std::max({at(Label::job_alert), at(Label::other), at(Label::recruiter_outreach)});
        const Label outcome = at(Label::offer) > at(Label::interview) ? Label::offer : Label::interview;
        if (meets(outcome) && at(outcome) >= side) {
            label = outcome;
            runner_up = std::max(side, std::min(at(Label::rejection), at(outcome)));
        } else {
            double best = 0;
            for (auto l : {Label::application_received, Label::recruiter_outreach, Label::job_alert, Label::other}) {
                if (meets(l) && at(l) > best) {
                    best = at(l);
                    label = l;
                }
            }
            for (auto l : all_labels)
                if (l != label && at(l) > runner_up && (label != Label::other || l != Label::other)) runner_up = at(l);
            if (best == 0) label = Label::other;
        }
    }

    // Confidence: grows with the winning score and shrinks with the runner-up's; "other" with no
    // evidence at all is a coin toss leaning to "other".
    const double top = label == Label::other && at(Label::other) < threshold[index_of(Label::other)] ? 0.0 : at(label);
    const double margin = std::max(0.0, top - 0.6 * runner_up);
    double confidence = 0.5 + 0.49 * (1.0 - std::exp(-margin / 3.0));
    if (label == Label::other && top == 0) confidence = 0.5 + 0.4 * std::exp(-runner_up / 2.0);
    result.label = label;
    result.confidence = std::round(std::clamp(confidence, 0.0, 0.99) * 100.0) / 100.0;

    result.evidence = scorer.evidence();
    result.evidence.insert(result.evidence.end(), context.begin(), context.end());
    for (auto& e : result.evidence) e.phrase = sanitize_utf8(e.phrase);
    return result;
}

nlohmann::json to_json(const Result& result)
{
    auto evidence = nlohmann::json::array();
    for (const auto& e : result.evidence)
        evidence.push_back({{"rule", e.rule}, {"phrase", e.phrase}, {"weight", std::round(e.weight * 100.0) / 100.0}});
    const auto& x = result.extracted;
    return {
        {"label", std::string(to_string(result.label))},
        {"confidence", result.confidence},
        {"evidence", std::move(evidence)},
        {"lang", result.lang},
        {"extracted",
         {{"company", x.company},
          {"role", x.role},
          {"contact", {{"name", x.contact.name}, {"email", x.contact.email}}},
          {"ats", x.ats ? nlohmann::json(*x.ats) : nlohmann::json(nullptr)}}},
    };
}

} // namespace onward::classify
