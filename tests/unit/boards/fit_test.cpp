// Fit: titles across synonyms, languages and the seniority ladder; places, remote and freshness.
#include "boards/fit.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"

#include <gtest/gtest.h>

namespace onward::boards {
namespace {

using nlohmann::json;

const TimePoint now = *parse_iso8601("2026-03-10T09:00:00Z");

Posting posting(std::string title, std::string location = "Berlin, Germany", const char* published = "2026-03-08T09:00:00Z",
                bool remote = false)
{
    Posting p;
    p.id = "1";
    p.title = std::move(title);
    p.location = std::move(location);
    p.remote = remote;
    if (published) p.published_at = parse_iso8601(published);
    return p;
}

std::vector<std::string> words(const char* title)
{
    return analyse_title(title).words;
}

TEST(Titles, SynonymsAndSpellings)
{
    const std::vector<std::string> frontend_engineer{"engineer", "frontend"};
    EXPECT_EQ(words("Frontend Engineer"), frontend_engineer);
    EXPECT_EQ(words("Front-End Developer"), frontend_engineer);
    EXPECT_EQ(words("front end dev"), frontend_engineer);
    EXPECT_EQ(words("Frontend-Entwickler (m/w/d)"), frontend_engineer);
    EXPECT_EQ(words("Frontendentwicklerin"), frontend_engineer);
    EXPECT_EQ(words("Ingénieur Frontend (H/F)"), frontend_engineer);
    EXPECT_EQ(words("Desarrollador Frontend"), frontend_engineer);
    EXPECT_EQ(words("Frontend Ontwikkelaar"), frontend_engineer);
    const std::vector<std::string> software_engineer{"engineer", "software"};
    EXPECT_EQ(words("SWE"), software_engineer);
    EXPECT_EQ(words("Software Developer"), software_engineer);
    EXPECT_EQ(words("Softwareentwickler"), software_engineer);
    EXPECT_EQ(words("Développeur logiciel"), software_engineer);
    EXPECT_EQ(words("Software Engineer, Req 20431"), software_engineer) << "numbers say nothing about the role";
}

TEST(Titles, SeniorityLadder)
{
    EXPECT_EQ(analyse_title("Junior Frontend Engineer").level, Level::junior);
    EXPECT_EQ(analyse_title("Frontend Engineer").level, Level::mid);
    EXPECT_FALSE(analyse_title("Frontend Engineer").level_stated);
    EXPECT_EQ(analyse_title("Sr. Frontend Engineer").level, Level::senior);
    EXPECT_EQ(analyse_title("Senior Softwareentwickler").level, Level::senior);
    EXPECT_EQ(analyse_title("Staff Engineer").level, Level::staff);
    EXPECT_EQ(analyse_title("Principal Frontend Engineer").level, Level::principal);
    EXPECT_EQ(analyse_title("Lead Developer").level, Level::principal);
    EXPECT_EQ(analyse_title("Software Engineer II").level, Level::mid);
    EXPECT_EQ(analyse_title("Software Engineer III").level, Level::senior);
    EXPECT_EQ(words("Senior Frontend Engineer"), words("Frontend Engineer")) << "the level is not a word of the role";
}

TEST(Fit, SameRoleOneLevelUpFits)
{
    const auto f = assess("Frontend Engineer", posting("Senior Front-End Developer"), {}, now);
    EXPECT_TRUE(f.fits) << f.reason;
    EXPECT_DOUBLE_EQ(f.similarity, 1.0);
    EXPECT_NE(f.reason.find("one level up"), std::string::npos) << f.reason;
    EXPECT_NE(f.reason.find("posted 2 days ago"), std::string::npos) << f.reason;
    EXPECT_NE(f.reason.find("Berlin"), std::string::npos) << f.reason;
    // 1.0 similarity x 0.85 (one level) x (1 - 0.3 x 2/30) freshness
    EXPECT_NEAR(f.score, 0.83, 0.005);
}

TEST(Fit, DifferentRolesAndLevelsDoNot)
{
    auto f = assess("Frontend Engineer", posting("Backend Engineer, Payments"), {}, now);
    EXPECT_FALSE(f.fits);
    EXPECT_NE(f.reason.find("A different role"), std::string::npos) << f.reason;
    f = assess("Frontend Engineer", posting("Principal Frontend Engineer"), {}, now);
    EXPECT_FALSE(f.fits);
    EXPECT_NE(f.reason.find("Too senior"), std::string::npos) << f.reason;
    f = assess("Senior Frontend Engineer", posting("Junior Frontend Developer"), {}, now);
    EXPECT_FALSE(f.fits);
    EXPECT_NE(f.reason.find("Too junior"), std::string::npos) << f.reason;
    EXPECT_FALSE(assess("Data Scientist", posting("Data Engineer"), {}, now).fits);
    EXPECT_FALSE(assess("Engineering Manager", posting("Software Engineer"), {}, now).fits);
    EXPECT_TRUE(assess("Backend Engineer", posting("Backend Engineer, Payments Platform"), {}, now).fits);
    EXPECT_TRUE(assess("Produktdesigner", posting("Senior Product Designer"), {}, now).fits)
        << "the German compound splits into produkt (product) + designer";
}

TEST(Fit, MultilingualTitlesFit)
{
    EXPECT_TRUE(assess("Frontend Engineer", posting("Frontend-Entwickler (m/w/d)"), {}, now).fits);
    EXPECT_TRUE(assess("Software Engineer", posting("Ingénieur logiciel"), {}, now).fits);
    EXPECT_TRUE(assess("Software Developer", posting("Desarrollador de software senior"), {}, now).fits);
    EXPECT_FALSE(assess("Softwareontwikkelaar", posting("Software Developer"), {}, now).fits)
        << "Dutch compounds are not split (a known limit, docs/watches.md)";
    EXPECT_TRUE(assess("SWE", posting("Software Engineer"), {}, now).fits);
}

TEST(Fit, PlacesAndRemote)
{
    Filters berlin;
    berlin.locations = {"Berlin"};
    EXPECT_TRUE(assess("Frontend Engineer", posting("Frontend Engineer", "Berlin, Germany"), berlin, now).fits);
    auto f = assess("Frontend Engineer", posting("Frontend Engineer", "Hamburg, Germany"), berlin, now);
    EXPECT_FALSE(f.fits);
    EXPECT_NE(f.reason.find("outside the places you chose"), std::string::npos) << f.reason;
    // Remote postings fit wherever, unless remote is excluded.
    EXPECT_TRUE(assess("Frontend Engineer", posting("Frontend Engineer", "Lisbon", "2026-03-08T09:00:00Z", true), berlin, now).fits);
    berlin.remote = "exclude";
    EXPECT_FALSE(assess("Frontend Engineer", posting("Frontend Engineer", "Lisbon", "2026-03-08T09:00:00Z", true), berlin, now).fits);
    Filters remote_only;
    remote_only.remote = "only";
    EXPECT_FALSE(assess("Frontend Engineer", posting("Frontend Engineer", "Berlin"), remote_only, now).fits);
    EXPECT_TRUE(assess("Frontend Engineer", posting("Frontend Engineer", "Remote", "2026-03-08T09:00:00Z", true), remote_only, now).fits);
    // Places are compared folded: "München" matches "munchen".
    Filters munich;
    munich.locations = {"munchen"};
    EXPECT_TRUE(assess("Frontend Engineer", posting("Frontend Engineer", "München, Bayern"), munich, now).fits);
}

TEST(Fit, Freshness)
{
    auto f = assess("Frontend Engineer", posting("Frontend Engineer", "Berlin", "2025-12-01T08:00:00Z"), {}, now);
    EXPECT_FALSE(f.fits);
    EXPECT_NE(f.reason.find("older than 30 days"), std::string::npos) << f.reason;
    Filters patient;
    patient.max_age_days = 120;
    EXPECT_TRUE(assess("Frontend Engineer", posting("Frontend Engineer", "Berlin", "2025-12-01T08:00:00Z"), patient, now).fits);
    f = assess("Frontend Engineer", posting("Frontend Engineer", "Berlin", nullptr), {}, now);
    EXPECT_TRUE(f.fits);
    EXPECT_NE(f.reason.find("date not given"), std::string::npos);
    // Fresher ranks higher.
    EXPECT_GT(assess("Frontend Engineer", posting("Frontend Engineer", "Berlin", "2026-03-10T08:00:00Z"), {}, now).score,
              assess("Frontend Engineer", posting("Frontend Engineer", "Berlin", "2026-02-20T08:00:00Z"), {}, now).score);
}

TEST(Fit, NoRoleOnTheApplication)
{
    const auto f = assess("", posting("Anything at all"), {}, now);
    EXPECT_TRUE(f.fits);
    EXPECT_NE(f.reason.find("any role"), std::string::npos);
}

TEST(Filters, ReadAndRefuse)
{
    const auto f = filters_from_json(json::parse(R"({"locations": ["Berlin", "Remote"], "remote": "only", "max_age_days": 14})"),
                                     "args.filters");
    EXPECT_EQ(f.locations.size(), 2u);
    EXPECT_EQ(f.remote, "only");
    EXPECT_EQ(f.max_age_days, 14);
    EXPECT_EQ(to_json(f)["remote"], "only");
    EXPECT_THROW(filters_from_json(json::parse(R"({"remote": "sometimes"})"), "args.filters"), Error);
    EXPECT_THROW(filters_from_json(json::parse(R"({"locations": "Berlin"})"), "args.filters"), Error);
    EXPECT_THROW(filters_from_json(json::parse(R"({"max_age_days": 0})"), "args.filters"), Error);
    EXPECT_THROW(filters_from_json(json::parse(R"({"salary": 1})"), "args.filters"), Error);
    EXPECT_THROW(filters_from_json(json::array(), "args.filters"), Error);
}

} // namespace
} // namespace onward::boards
