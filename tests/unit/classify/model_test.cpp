#include "classify/classifier.hpp"
#include "classify/model.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace onward::classify;

namespace {

std::vector<std::string> texts_of(const std::vector<model::Feature>& features)
{
    std::vector<std::string> out;
    for (const auto& f : features) out.emplace_back(f.text);
    std::sort(out.begin(), out.end());
    return out;
}

Result run(std::string subject, std::string body)
{
    Email e;
    e.subject = std::move(subject);
    e.body = std::move(body);
    return classify(e);
}

} // namespace

TEST(Model, HashIsFnv1a)
{
    // The trainer reads these hashes: they must stay FNV-1a, 32 bits.
    EXPECT_EQ(model::hash_of(""), 0x811c9dc5u);
    EXPECT_EQ(model::hash_of("a"), 0xe40c292cu);
    EXPECT_EQ(model::hash_of("foobar"), 0xbf9cf968u);
}

TEST(Model, FeaturesAreWordsAndPairsInARow)
{
    const auto f = model::features("", "we found someone");
    EXPECT_EQ(texts_of(f), (std::vector<std::string>{"found", "found someone", "someone", "we", "we found"}));
    EXPECT_TRUE(std::is_sorted(f.begin(), f.end(), [](const auto& a, const auto& b) { return a.hash < b.hash; }));
    // A pair is hashed as its two words with one space, whatever separated them in the text.
    const auto apart = model::features("", "found. someone");
    EXPECT_TRUE(std::any_of(apart.begin(), apart.end(), [](const auto& x) { return x.hash == model::hash_of("found someone"); }));
}

TEST(Model, SubjectAndBodyJoinAndRepeatsCountOnce)
{
    const auto f = model::features("re role", "gone gone");
    // re, role, gone; "re role", "role gone" (shown as the body's word), "gone gone".
    EXPECT_EQ(f.size(), 6u);
    EXPECT_TRUE(std::any_of(f.begin(), f.end(), [](const auto& x) { return x.hash == model::hash_of("role gone") && x.text == "gone"; }));
}

TEST(Model, NonAsciiBytesAreLettersAndLongTextsAreCut)
{
    EXPECT_EQ(model::features("", "caf\xc3\xa9").size(), 1u);
    std::string body;
    for (int i = 0; i < 2000; ++i) body.append("w").append(std::to_string(i)).append(" ");
    const auto f = model::features("", body);
    EXPECT_EQ(f.size(), 2 * model::max_words - 1); // words read, and the pairs between them
}

// features() deduplicates with a hash set and sorts by radix: the same list as the plain definition
// (every word and pair, hashed as text, sorted by hash, each hash once with its first text).
TEST(Model, FeaturesMatchTheirPlainDefinition)
{
    const auto plain = [](std::string_view subject, std::string_view body) {
        std::vector<model::Feature> out;
        std::string_view previous;
        std::size_t words = 0;
        for (const auto text : {subject, body})
            for (std::size_t i = 0; i < text.size() && words < model::max_words;) {
                const auto is_word = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80; };
                if (!is_word(text[i])) {
                    ++i;
                    continue;
                }
                const auto begin = i;
                while (i < text.size() && is_word(text[i])) ++i;
                const auto word = text.substr(begin, i - begin);
                ++words;
                out.push_back({model::hash_of(word), word});
                if (!previous.empty()) {
                    const bool same = previous.data() >= text.data() && previous.data() < text.data() + text.size();
                    const auto from = static_cast<std::size_t>(previous.data() - text.data());
                    out.push_back({model::hash_of(std::string(previous) + " " + std::string(word)), same ? text.substr(from, i - from) : word});
                }
                previous = word;
            }
        std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.hash < b.hash; });
        out.erase(std::unique(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.hash == b.hash; }), out.end());
        return out;
    };
    // Texts with many repeats, and one longer than max_words.
    std::vector<std::pair<std::string, std::string>> texts = {{"", ""}, {"re re", "re"}, {"a b", "a b a b a b c"}};
    std::string words;
    for (unsigned i = 0, x = 1; i < 1500; ++i) {
        x = x * 1103515245u + 12345u;
        words.append("w").append(std::to_string((x >> 16) % 300)).append(i % 7 ? " " : ". ");
    }
    texts.emplace_back("weekly update", words);
    texts.emplace_back("", words.substr(0, 2000));
    for (const auto& [subject, body] : texts) {
        const auto got = model::features(subject, body);
        const auto want = plain(subject, body);
        ASSERT_EQ(got.size(), want.size()) << body.substr(0, 40);
        for (std::size_t k = 0; k < got.size(); ++k) {
            EXPECT_EQ(got[k].hash, want[k].hash);
            EXPECT_EQ(got[k].text, want[k].text);
        }
    }
}

TEST(Model, WordsOfWorkLetTheModelBeAsked)
{
    EXPECT_TRUE(model::speaks_of_work(model::features("Re: Saturday", "thanks for the trial shift")));
    EXPECT_TRUE(model::speaks_of_work(model::features("", "die aushilfen fur den sommer haben wir schon")));
    EXPECT_FALSE(model::speaks_of_work(model::features("Re: Saturday", "so sorry, we can t make it after all")));
}

TEST(Model, WithoutWordsTheModelSaysNothing)
{
    const auto o = model::rejection_opinion({});
    EXPECT_LT(o.probability, model::threshold);
    EXPECT_TRUE(o.words.empty());
}

TEST(Model, AnInformalNoNoRuleReadsIsARejectionAndSaysWhy)
{
    const auto r = run("Re: barista job", "hi Sam, sorry but Lucy from the weekend crew is taking the job, she knows the regulars "
                                          "already. thanks for dropping your cv in x");
    EXPECT_EQ(r.label, Label::rejection);
    ASSERT_FALSE(r.evidence.empty());
    EXPECT_EQ(r.evidence.front().rule, "model.rejection"); // what decided comes first
    EXPECT_FALSE(r.evidence.front().phrase.empty());
    EXPECT_GE(r.evidence.front().weight, model::threshold);
    EXPECT_LE(r.confidence, 0.9); // never surer than a rule's plain verdict
}

TEST(Model, NotAskedWithoutAJobOrWhereTheRulesDecided)
{
    // A friend's "sorry, we can't make it": no job in it, the model is not asked.
    Email dinner;
    dinner.subject = "Re: Saturday";
    dinner.body = "hey! so sorry, we can't make it saturday after all, Tom's parents are visiting. thanks so much for the invite though x";
    EXPECT_FALSE(model_question(dinner).asked);
    EXPECT_EQ(classify(dinner).label, Label::other);
    // An interview the rules read is never the model's business.
    Email invite;
    invite.subject = "Interview";
    invite.body = "We would like to invite you to an interview for the barista job on Tuesday at 10am.";
    const auto q = model_question(invite);
    EXPECT_FALSE(q.asked);
    EXPECT_EQ(q.rules_label, Label::interview);
    EXPECT_FALSE(q.features.empty());
}

TEST(Model, AConfirmationNoRuleReadsIsTheLabelModelsAndSaysWhy)
{
    Email e;
    e.subject = "Your application";
    e.body = "Hi Sam, thanks, we have everything we need now and the team will look at it next week. Best, Acme Careers";
    const auto q = model_question(e);
    EXPECT_TRUE(q.unsettled); // the rules read nothing in it
    EXPECT_EQ(q.rules_label, Label::other);
    const auto r = classify(e);
    EXPECT_EQ(r.label, Label::application_received);
    ASSERT_FALSE(r.evidence.empty());
    EXPECT_EQ(r.evidence.front().rule, "model.application_received"); // what decided comes first
    EXPECT_FALSE(r.evidence.front().phrase.empty());
    EXPECT_GE(r.evidence.front().weight, model::label_threshold);
    EXPECT_LE(r.confidence, 0.9);
}

TEST(Model, TheLabelModelGivesNeitherARejectionNorOther)
{
    // Without words it reads nothing: its likeliest label stays under the threshold.
    const auto none = model::label_opinion({});
    EXPECT_LT(none.probability, model::label_threshold);
    EXPECT_TRUE(none.words.empty());
    // Whatever the words, a rejection is the rejection model's and "other" the rules' already.
    for (const auto& [subject, body] : std::vector<std::pair<std::string, std::string>>{
             {"Re: barista job", "sorry but lucy from the weekend crew is taking the job"},
             {"Re: Saturday", "so sorry we can t make it saturday after all"},
             {"", ""}}) {
        const auto o = model::label_opinion(model::features(subject, body));
        EXPECT_NE(o.label, Label::rejection) << body;
        EXPECT_NE(o.label, Label::other) << body;
        EXPECT_GE(o.probability, 0.0);
        EXPECT_LE(o.probability, 1.0);
    }
}

TEST(Model, TheLabelModelIsAskedOnlyWhereTheRulesReadNothing)
{
    Email invite;
    invite.subject = "Interview";
    invite.body = "We would like to invite you to an interview for the barista job on Tuesday at 10am.";
    EXPECT_FALSE(model_question(invite).unsettled);
    // A friend's "sorry, we can't make it" is asked about, and reads as none of the job labels.
    Email dinner;
    dinner.subject = "Re: Saturday";
    dinner.body = "hey! so sorry, we can't make it saturday after all, Tom's parents are visiting. thanks so much for the invite though x";
    EXPECT_TRUE(model_question(dinner).unsettled);
    const auto r = classify(dinner);
    EXPECT_EQ(r.label, Label::other);
    EXPECT_TRUE(r.evidence.empty());
}
