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
    std::uint32_t pattern, begin, end, sentence;
};

struct Fired {
    double weight = 0;
    std::string phrase;
    bool fired = false;
};

class Scorer {
public:
    explicit Scorer(const Catalogue& cat) : cat_(cat), fired_(cat.rules.size()) {}

    void scan(std::string_view folded, std::uint32_t sentence_base)
    {
        std::vector<Hit> hits;
        cat_.automaton.scan(folded, [&](const Match& m) {
            const auto& rule = cat_.rules[cat_.refs[m.pattern].rule];
            switch (rule.kind) {
            case Kind::language:
                language_[rule.tag] += 1;
                return;
            case Kind::job_context:
                ++job_context_;
                return;
            case Kind::non_job:
                non_job_rules_.emplace(cat_.refs[m.pattern].rule, rule.weight);
                if (non_job_phrase_.empty()) non_job_phrase_ = cat_.texts[m.pattern];
                return;
            case Kind::ats:
                if (!ats_) ats_ = rule.tag;
                return;
            default:
                hits.push_back({m.pattern, m.begin, m.end, m.sentence + sentence_base});
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
            if (fired_[i].fired) t[index_of(effective_label(i))] += fired_[i].weight;
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
            if (fired_[i].fired) out.push_back({cat_.rules[i].name, fired_[i].phrase, fired_[i].weight});
        if (negated_progress_.fired)
            out.push_back({"rejection.negated_progress", negated_progress_.phrase, negated_progress_.weight});
        std::sort(out.begin(), out.end(), [](const Evidence& a, const Evidence& b) { return a.weight > b.weight; });
        out.insert(out.end(), discounted_.begin(), discounted_.end());
        return out;
    }

    void discount(Evidence e) { discounted_.push_back(std::move(e)); }
    const std::string& non_job_phrase() const noexcept { return non_job_phrase_; }

private:
    Label effective_label(std::size_t rule) const noexcept { return cat_.rules[rule].label; }

    // A hit inside a longer hit is the longer phrase's business: "unfortunately" inside
    // "unfortunately we cannot respond to every applicant", "not" inside "not the right fit".
    static void drop_contained(std::vector<Hit>& hits)
    {
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
        std::sort(kept.begin(), kept.end(), [](const Hit& a, const Hit& b) {
            return a.end != b.end ? a.end < b.end : a.begin < b.begin;
        });
        hits = std::move(kept);
    }

    void fire(std::size_t rule, double weight, const std::string& phrase)
    {
        auto& f = fired_[rule];
        if (!f.fired || weight > f.weight) {
            f.weight = weight;
            f.phrase = phrase;
        }
        f.fired = true;
    }

    void evaluate(const std::vector<Hit>& hits)
    {
        // Sentences where rejection wording does not count: calming phrases anywhere in the sentence,
        // conditions before the wording.
        std::unordered_map<std::uint32_t, std::string> calm;              // sentence -> calming phrase
        std::unordered_map<std::uint32_t, std::pair<std::uint32_t, std::string>> condition; // first condition
        for (const auto& h : hits) {
            const auto& rule = cat_.rules[cat_.refs[h.pattern].rule];
            if (rule.kind == Kind::cue && (rule.flags & calms_sentence)) calm.emplace(h.sentence, cat_.texts[h.pattern]);
            if (rule.kind == Kind::conditional)
                condition.emplace(h.sentence, std::make_pair(h.begin, cat_.texts[h.pattern]));
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
            const auto ri = cat_.refs[h.pattern].rule;
            const auto& rule = cat_.rules[ri];
            const auto& phrase = cat_.texts[h.pattern];
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
                fire(ri, rule.weight, phrase);
                break;
            case Kind::progress: {
                const bool negated = last_negation && last_negation->sentence == h.sentence &&
                                     last_negation->end <= h.begin && h.begin - last_negation->end <= negation_reach;
                if (negated) {
                    const auto words = cat_.texts[last_negation->pattern] + " … " + phrase;
                    if (const auto* why = neutralised(h)) {
                        discount({"context.neutralised", words + " (" + *why + ")", -rule.negated_weight});
                    } else if (!negated_progress_.fired || rule.negated_weight > negated_progress_.weight) {
                        negated_progress_ = {rule.negated_weight, words, true};
                    }
                } else {
                    fire(ri, rule.weight, phrase);
                }
                break;
            }
            case Kind::pair: {
                auto& st = pairs[ri];
                const auto part = cat_.refs[h.pattern].part;
                st.sentence[part] = h.sentence;
                st.phrase[part] = phrase;
                if (st.sentence[0] == h.sentence && st.sentence[1] == h.sentence && !fired_[ri].fired) {
                    if (rule.label == Label::rejection) {
                        if (const auto* why = neutralised(h)) {
                            discount({"context.neutralised", st.phrase[0] + " … " + st.phrase[1] + " (" + *why + ")",
                                      -rule.weight});
                            break;
                        }
                    }
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
    std::vector<Fired> fired_;
    Fired negated_progress_;
    std::vector<Evidence> discounted_;
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
