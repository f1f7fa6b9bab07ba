// Each provider's parser: the fixture (valid), an empty board, and payloads that are malformed,
// cut short or of unexpected types, which must be refused with invalid_args naming the place.
#include "boards/providers.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "fixtures.hpp"

#include <gtest/gtest.h>

namespace onward::boards {
namespace {

using nlohmann::json;
using testing::board_fixture;

std::string invalid_message(Provider provider, const json& payload)
{
    try {
        parse_postings(provider, payload);
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::invalid_args) << e.what();
        return e.what();
    }
    ADD_FAILURE() << to_string(provider) << " accepted " << payload.dump();
    return {};
}

TimePoint at(const char* iso)
{
    return *parse_iso8601(iso);
}

TEST(Greenhouse, ReadsTheFixture)
{
    const auto postings = parse_greenhouse(board_fixture("greenhouse"));
    ASSERT_EQ(postings.size(), 6u);
    EXPECT_EQ(postings[0].id, "4012001");
    EXPECT_EQ(postings[0].title, "Senior Front-End Developer");
    EXPECT_EQ(postings[0].location, "Berlin, Germany");
    EXPECT_EQ(postings[0].url, "https://job-boards.greenhouse.io/acmerobotics/jobs/4012001");
    EXPECT_FALSE(postings[0].remote);
    // first_published wins over updated_at; the offset is honoured.
    EXPECT_EQ(postings[0].published_at, at("2026-03-07T14:00:00Z"));
    EXPECT_TRUE(postings[2].remote); // "Remote - Europe"
}

TEST(Greenhouse, EmptyBoardAndUpdatedAtAlone)
{
    EXPECT_TRUE(parse_greenhouse(json::parse(R"({"jobs": [], "meta": {"total": 0}})")).empty());
    const auto p = parse_greenhouse(json::parse(
        R"({"jobs": [{"id": 7, "title": "Designer", "updated_at": "2026-03-01T00:00:00Z", "location": null, "absolute_url": "javascript:void"}]})"));
    ASSERT_EQ(p.size(), 1u);
    EXPECT_EQ(p[0].published_at, at("2026-03-01T00:00:00Z"));
    EXPECT_EQ(p[0].url, "") << "only https links are kept";
    EXPECT_EQ(p[0].location, "");
}

TEST(Greenhouse, RefusesWhatIsNotItsShape)
{
    EXPECT_NE(invalid_message(Provider::greenhouse, json::array()).find("args.payload must be an object"), std::string::npos);
    EXPECT_NE(invalid_message(Provider::greenhouse, json::object()).find("args.payload.jobs is missing"), std::string::npos);
    EXPECT_NE(invalid_message(Provider::greenhouse, json::parse(R"({"jobs": {"id": 1}})")).find("args.payload.jobs must be a list"),
              std::string::npos);
    EXPECT_NE(invalid_message(Provider::greenhouse, json::parse(R"({"jobs": [{"id": 1, "title": 5}]})"))
                  .find("args.payload.jobs[0].title must be text"),
              std::string::npos);
    EXPECT_NE(invalid_message(Provider::greenhouse, json::parse(R"({"jobs": [{"id": 1, "title": "A"}, {"title": "B"}]})"))
                  .find("args.payload.jobs[1].id is missing"),
              std::string::npos);
    EXPECT_NE(invalid_message(Provider::greenhouse, json::parse(R"({"jobs": [{"id": 1, "title": "A", "location": "Berlin"}]})"))
                  .find("args.payload.jobs[0].location must be an object"),
              std::string::npos);
    EXPECT_NE(invalid_message(Provider::greenhouse, json::parse(R"({"jobs": [{"id": 1, "title": "A", "updated_at": "yesterday"}]})"))
                  .find("args.payload.jobs[0].updated_at must be a date"),
              std::string::npos);
    EXPECT_NE(invalid_message(Provider::greenhouse, json::parse(R"({"jobs": [{"id": -3, "title": "A"}]})")).find("jobs[0].id"),
              std::string::npos);
    EXPECT_NE(invalid_message(Provider::greenhouse, json::parse(R"({"jobs": [{"id": 1.5, "title": "A"}]})")).find("jobs[0].id"),
              std::string::npos);
}

TEST(Lever, ReadsTheFixture)
{
    const auto postings = parse_lever(board_fixture("lever"));
    ASSERT_EQ(postings.size(), 5u);
    EXPECT_EQ(postings[0].id, "5d7c1a2e-0f6b-4c55-9c1d-1f0b3a7e9a01");
    EXPECT_EQ(postings[0].title, "Senior Front-End Developer");
    EXPECT_EQ(postings[0].location, "Berlin");
    EXPECT_EQ(postings[0].published_at, at("2026-03-08T09:00:00Z")); // createdAt is in milliseconds
    EXPECT_EQ(postings[0].url, "https://jobs.lever.co/acmerobotics/5d7c1a2e-0f6b-4c55-9c1d-1f0b3a7e9a01");
    EXPECT_TRUE(postings[2].remote); // workplaceType remote
    EXPECT_EQ(postings[2].location, "Remote - Europe / Lisbon");
}

TEST(Lever, EmptyBoardAndRefusals)
{
    EXPECT_TRUE(parse_lever(json::array()).empty());
    EXPECT_NE(invalid_message(Provider::lever, json::parse(R"({"ok": false, "error": "Document not found"})"))
                  .find("Lever's error answer"),
              std::string::npos);
    EXPECT_NE(invalid_message(Provider::lever, json::parse(R"({"jobs": []})")).find("args.payload must be a list"), std::string::npos);
    EXPECT_NE(invalid_message(Provider::lever, json::parse(R"([{"id": "x", "text": null}])")).find("args.payload[0].text is missing"),
              std::string::npos);
    EXPECT_NE(invalid_message(Provider::lever, json::parse(R"([{"id": "x", "text": "A", "createdAt": "2026-03-01"}])"))
                  .find("args.payload[0].createdAt must be a whole number"),
              std::string::npos);
    EXPECT_NE(invalid_message(Provider::lever, json::parse(R"([{"id": "x", "text": "A", "categories": {"allLocations": ["Berlin", 3]}}])"))
                  .find("args.payload[0].categories.allLocations[1] must be text"),
              std::string::npos);
    EXPECT_NE(invalid_message(Provider::lever, json::parse(R"(["just text"])")).find("args.payload[0] must be an object"),
              std::string::npos);
}

TEST(Ashby, ReadsTheFixtureAndLeavesUnlistedOut)
{
    const auto postings = parse_ashby(board_fixture("ashby"));
    ASSERT_EQ(postings.size(), 5u) << "the unlisted posting is left out";
    EXPECT_EQ(postings[0].id, "1f2e3d4c-5b6a-4789-8abc-def012345601");
    EXPECT_EQ(postings[0].published_at, at("2026-03-08T09:00:00Z"));
    EXPECT_EQ(postings[2].location, "Remote - Europe / Lisbon");
    EXPECT_TRUE(postings[2].remote);
    EXPECT_FALSE(postings[0].remote);
}

TEST(Ashby, EmptyBoardAndRefusals)
{
    EXPECT_TRUE(parse_ashby(json::parse(R"({"apiVersion": "1", "jobs": []})")).empty());
    EXPECT_NE(invalid_message(Provider::ashby, json::parse(R"({"apiVersion": "1"})")).find("args.payload.jobs is missing"),
              std::string::npos);
    EXPECT_NE(invalid_message(Provider::ashby, json::parse(R"({"jobs": [{"id": "a", "title": "T", "isRemote": "yes"}]})"))
                  .find("args.payload.jobs[0].isRemote must be true or false"),
              std::string::npos);
    EXPECT_NE(invalid_message(Provider::ashby, json::parse(R"({"jobs": [{"id": "a", "title": "T", "secondaryLocations": ["Paris"]}]})"))
                  .find("args.payload.jobs[0].secondaryLocations[0] must be an object"),
              std::string::npos);
    EXPECT_NE(invalid_message(Provider::ashby, json::parse(R"({"jobs": [{"id": "", "title": "T"}]})")).find("jobs[0].id"),
              std::string::npos);
}

TEST(Workable, ReadsTheFixture)
{
    const auto postings = parse_workable(board_fixture("workable"));
    ASSERT_EQ(postings.size(), 5u);
    EXPECT_EQ(postings[0].id, "A1B2C3D401");
    EXPECT_EQ(postings[0].location, "Berlin, Germany");
    EXPECT_EQ(postings[0].url, "https://apply.workable.com/j/A1B2C3D401");
    EXPECT_EQ(postings[0].published_at, at("2026-03-08T00:00:00Z"));
    EXPECT_TRUE(postings[2].remote); // telecommuting
    EXPECT_EQ(postings[3].location, "Munich, Bavaria, Germany");
}

TEST(Workable, EmptyBoardAndRefusals)
{
    EXPECT_TRUE(parse_workable(json::parse(R"({"name": "Acme", "description": "", "jobs": []})")).empty());
    EXPECT_NE(invalid_message(Provider::workable, json::parse(R"({"name": "Acme"})")).find("args.payload.jobs is missing"),
              std::string::npos);
    EXPECT_NE(invalid_message(Provider::workable, json::parse(R"({"jobs": [{"title": "T"}]})")).find("args.payload.jobs[0].shortcode is missing"),
              std::string::npos);
    EXPECT_NE(invalid_message(Provider::workable, json::parse(R"({"jobs": [{"title": "T", "shortcode": "A", "telecommuting": 1}]})"))
                  .find("telecommuting must be true or false"),
              std::string::npos);
    EXPECT_NE(invalid_message(Provider::workable, json::parse(R"({"jobs": [{"title": "T", "shortcode": "A", "published_on": "soon"}]})"))
                  .find("published_on must be a date"),
              std::string::npos);
}

TEST(SmartRecruiters, ReadsTheFixture)
{
    const auto postings = parse_smartrecruiters(board_fixture("smartrecruiters"));
    ASSERT_EQ(postings.size(), 5u);
    EXPECT_EQ(postings[0].id, "744000050000001");
    EXPECT_EQ(postings[0].title, "Senior Front-End Developer");
    EXPECT_EQ(postings[0].location, "Berlin, BE, Germany");
    EXPECT_EQ(postings[0].url, "https://jobs.smartrecruiters.com/AcmeRobotics/744000050000001");
    EXPECT_EQ(postings[0].published_at, at("2026-03-08T09:00:00Z"));
    EXPECT_TRUE(postings[2].remote);
}

TEST(SmartRecruiters, EmptyBoardAndRefusals)
{
    EXPECT_TRUE(parse_smartrecruiters(json::parse(R"({"offset": 0, "limit": 100, "totalFound": 0, "content": []})")).empty());
    EXPECT_NE(invalid_message(Provider::smartrecruiters, json::parse(R"({"offset": 0, "totalFound": 0})")).find("args.payload.content is missing"),
              std::string::npos);
    EXPECT_NE(invalid_message(Provider::smartrecruiters, json::parse(R"({"content": [{"id": "1", "name": ["T"]}]})"))
                  .find("args.payload.content[0].name must be text"),
              std::string::npos);
    EXPECT_NE(invalid_message(Provider::smartrecruiters, json::parse(R"({"content": [{"id": "1", "name": "T", "location": {"remote": "no"}}]})"))
                  .find("args.payload.content[0].location.remote must be true or false"),
              std::string::npos);
}

// A payload from one provider given to another is refused by every parser.
TEST(Parsers, RefuseEachOthersPayloads)
{
    const Provider all[] = {Provider::greenhouse, Provider::lever, Provider::ashby, Provider::workable, Provider::smartrecruiters};
    for (const auto source : all) {
        const auto payload = board_fixture(std::string(to_string(source)));
        for (const auto target : all) {
            if (source == target) continue;
            // Greenhouse, Ashby and Workable share {"jobs": [...]} but not the fields inside.
            EXPECT_THROW(parse_postings(target, payload), Error) << to_string(source) << " -> " << to_string(target);
        }
    }
}

TEST(Parsers, RefuseScalarsAndNull)
{
    const Provider all[] = {Provider::greenhouse, Provider::lever, Provider::ashby, Provider::workable, Provider::smartrecruiters};
    for (const auto p : all) {
        for (const auto& bad : {json(nullptr), json(42), json("text"), json(true)})
            EXPECT_FALSE(invalid_message(p, bad).empty()) << to_string(p) << " " << bad.dump();
    }
}

TEST(Providers, UrlsAndNames)
{
    EXPECT_EQ(fetch_url({Provider::greenhouse, "acme", ""}), "https://boards-api.greenhouse.io/v1/boards/acme/jobs");
    EXPECT_EQ(fetch_url({Provider::lever, "acme", ""}), "https://api.lever.co/v0/postings/acme?mode=json");
    EXPECT_EQ(fetch_url({Provider::lever, "acme", "eu"}), "https://api.eu.lever.co/v0/postings/acme?mode=json");
    EXPECT_EQ(fetch_url({Provider::ashby, "acme", ""}), "https://api.ashbyhq.com/posting-api/job-board/acme");
    EXPECT_EQ(fetch_url({Provider::workable, "acme", ""}), "https://apply.workable.com/api/v1/widget/accounts/acme");
    EXPECT_EQ(fetch_url({Provider::smartrecruiters, "Acme", ""}),
              "https://api.smartrecruiters.com/v1/companies/Acme/postings?limit=100");
    EXPECT_TRUE(valid_token("acme-robotics_1.0"));
    EXPECT_FALSE(valid_token(""));
    EXPECT_FALSE(valid_token(".."));
    EXPECT_FALSE(valid_token("acme/../x"));
    EXPECT_FALSE(valid_token("acme?x=1"));
    EXPECT_FALSE(valid_token(std::string(101, 'a')));
    EXPECT_EQ(provider_from_string("lever"), Provider::lever);
    EXPECT_EQ(provider_from_string("Lever"), std::nullopt);
}

} // namespace
} // namespace onward::boards
