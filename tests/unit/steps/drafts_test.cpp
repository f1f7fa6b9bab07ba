#include "steps/drafts.hpp"

#include <gtest/gtest.h>

namespace onward::steps {
namespace {

const char* languages[] = {"en", "de", "fr", "es", "nl"};
const char* tones[] = {"warm", "brief", "formal"};

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

void expect_no_placeholder(const std::string& text)
{
    EXPECT_FALSE(contains(text, "{")) << text;
    EXPECT_FALSE(contains(text, "}")) << text;
    EXPECT_FALSE(contains(text, "  ")) << text;
    EXPECT_FALSE(contains(text, " ,")) << text;
    EXPECT_FALSE(contains(text, " .")) << text;
}

TEST(Drafts, TheSignOffEndsWithTheNameOrWithoutADanglingComma)
{
    struct Case {
        const char* lang;
        const char* tone;
        const char* with_name;    // the end of the body when your_name is "Sam Doe"
        const char* without_name; // ... and when it is empty
    };
    const Case cases[] = {
        {"en", "warm", "\n\nAll the best,\nSam Doe", "\n\nAll the best"},
        {"en", "formal", "\n\nKind regards,\nSam Doe", "\n\nKind regards"},
        {"de", "warm", "\n\nViele Grüße\nSam Doe", "\n\nViele Grüße"},
        {"de", "formal", "\n\nMit freundlichen Grüßen\nSam Doe", "\n\nMit freundlichen Grüßen"},
        {"fr", "warm", "\n\nBien cordialement,\nSam Doe", "\n\nBien cordialement"},
        {"es", "brief", "\n\nGracias de nuevo,\nSam Doe", "\n\nGracias de nuevo"},
        {"nl", "formal", "\n\nMet vriendelijke groet,\nSam Doe", "\n\nMet vriendelijke groet"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(std::string(c.lang) + "/" + c.tone);
        DraftInput named{"Acme", "Backend Engineer", "Anna Schmidt", c.lang, c.tone, "Sam Doe", ""};
        EXPECT_TRUE(reply_draft(named).body.ends_with(c.with_name)) << reply_draft(named).body;
        DraftInput unnamed = named;
        unnamed.your_name = "";
        EXPECT_TRUE(reply_draft(unnamed).body.ends_with(c.without_name)) << reply_draft(unnamed).body;
    }
    // Every language and tone: no name leaves no comma, colon or blank line at the end.
    for (const auto* lang : languages)
        for (const auto* tone : tones) {
            SCOPED_TRACE(std::string(lang) + "/" + tone);
            const auto body = reply_draft({"Acme", "Backend Engineer", "Anna Schmidt", lang, tone, "", ""}).body;
            ASSERT_FALSE(body.empty());
            EXPECT_NE(body.back(), ',') << body;
            EXPECT_NE(body.back(), '\n') << body;
            EXPECT_NE(body.back(), ' ') << body;
            const auto last_line = body.substr(body.rfind('\n') + 1);
            EXPECT_GE(last_line.size(), 5u) << body; // the closing itself, not a stray fragment
        }
}

TEST(Drafts, EveryLanguageAndToneNamesThePersonCompanyAndRole)
{
    for (const auto* lang : languages)
        for (const auto* tone : tones) {
            DraftInput in{"Acme", "Backend Engineer", "Anna Schmidt", lang, tone, "Sam Doe", ""};
            const auto d = reply_draft(in);
            SCOPED_TRACE(std::string(lang) + "/" + tone);
            EXPECT_TRUE(contains(d.body, "Acme")) << d.body;
            EXPECT_TRUE(contains(d.body, "Backend Engineer")) << d.body;
            EXPECT_TRUE(contains(d.body, "Anna")) << d.body;
            EXPECT_TRUE(d.body.ends_with("\nSam Doe")) << d.body;
            EXPECT_FALSE(d.subject.empty());
            expect_no_placeholder(d.body);
        }
}

TEST(Drafts, MissingFactsDegradeGracefully)
{
    for (const auto* lang : languages)
        for (const auto* tone : tones) {
            SCOPED_TRACE(std::string(lang) + "/" + tone);
            const auto d = reply_draft({"", "", "", lang, tone, "", ""});
            expect_no_placeholder(d.body);
            expect_no_placeholder(d.subject);
            EXPECT_GT(d.body.size(), 80u);
        }
    EXPECT_TRUE(reply_draft({"Acme", "", "", "en", "warm", "", ""}).body.starts_with("Hi,\n"));
    EXPECT_TRUE(reply_draft({"Acme", "", "", "de", "warm", "", ""}).body.starts_with("Hallo,\n"));
    EXPECT_TRUE(reply_draft({"Acme", "", "", "de", "formal", "", ""}).body.starts_with("Sehr geehrte Damen und Herren,\n"));
    const auto role_only = reply_draft({"", "Designer", "Anna", "en", "warm", "", ""}).body;
    EXPECT_TRUE(contains(role_only, "the Designer role.")) << role_only;
}

TEST(Drafts, TeamMailboxesAreNotGreetedByName)
{
    EXPECT_EQ(first_name("Acme Talent Team"), "");
    EXPECT_EQ(first_name("no-reply"), "");
    EXPECT_EQ(first_name("Schmidt, Anna"), "Anna");
    EXPECT_EQ(first_name("Anna Schmidt"), "Anna");
    const auto d = reply_draft({"Acme", "Engineer", "Acme Recruiting Team", "en", "warm", "", ""});
    EXPECT_TRUE(d.body.starts_with("Hi,\n")) << d.body;
}

TEST(Drafts, FollowsTheOriginalSubject)
{
    EXPECT_EQ(reply_draft({"Acme", "", "", "en", "brief", "", "Re: Your application"}).subject, "Re: Your application");
    EXPECT_EQ(reply_draft({"Acme", "", "", "de", "brief", "", "Ihre Bewerbung"}).subject, "AW: Ihre Bewerbung");
    EXPECT_EQ(reply_draft({"Acme", "", "", "fr", "brief", "", ""}).subject, "Merci – Acme");
}

TEST(Drafts, WordingIsOursNotTheArticles)
{
    for (const auto* lang : languages)
        for (const auto* tone : tones) {
            const auto body = reply_draft({"Acme", "Engineer", "Anna", lang, tone, "", ""}).body;
            EXPECT_FALSE(contains(body, "Keep me in mind"));
            EXPECT_FALSE(contains(body, "appreciate the opportunity"));
            EXPECT_FALSE(contains(body, "impressed with the direction"));
        }
}

TEST(ConnectionNote, AtMost200CharactersNamingCompanyAndRole)
{
    for (const auto* lang : languages) {
        SCOPED_TRACE(lang);
        const auto text = connection_note({"Acme", "Backend Engineer", "Anna Schmidt", lang, "warm", "", ""});
        EXPECT_LE(count_characters(text), 200u);
        EXPECT_TRUE(contains(text, "Acme")) << text;
        EXPECT_TRUE(contains(text, "Backend Engineer")) << text;
        EXPECT_TRUE(contains(text, "Anna")) << text;
        expect_no_placeholder(text);
    }
}

TEST(ConnectionNote, LongRolesAreShortenedNeverTheLimitExceeded)
{
    const std::string role = "Principal Distinguished Staff Software Engineer, Platform Infrastructure, Developer "
                             "Experience and Internal Tooling (Remote, Europe)";
    for (const auto* lang : languages) {
        const auto text = connection_note({"Ünïcödé Corporation International", role, "Anna", lang, "warm", "", ""});
        EXPECT_LE(count_characters(text), 200u) << text;
        EXPECT_TRUE(contains(text, "Ünïcödé Corporation International")) << text;
        EXPECT_TRUE(contains(text, "Principal")) << text;
    }
    const std::string huge(1000, 'x');
    EXPECT_LE(count_characters(connection_note({huge, huge, huge, "en", "warm", "", ""})), 200u);
    const auto bare = connection_note({"", "", "", "en", "warm", "", ""});
    EXPECT_TRUE(bare.starts_with("Hi, ")) << bare;
    expect_no_placeholder(bare);
}

} // namespace
} // namespace onward::steps
