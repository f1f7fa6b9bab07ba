#include "steps/email_date.hpp"
#include "steps/matching.hpp"

#include "core/clock.hpp"

#include <gtest/gtest.h>

namespace onward::steps {
namespace {

TEST(Matching, CompanyKeysIgnoreCaseAndLegalForm)
{
    EXPECT_EQ(company_key("ACME GmbH"), "acme");
    EXPECT_EQ(company_key("The Widget Co., Inc."), "widget");
    EXPECT_EQ(company_key("Müller & Söhne AG"), "müller and söhne");
    EXPECT_EQ(company_key("Group"), "group");
    EXPECT_EQ(role_key("Senior Backend Engineer (m/w/d)"), "senior backend engineer");
}

TEST(Matching, SenderDomainsSayNothingForFreeMailAndTrackingSystems)
{
    EXPECT_EQ(sender_address("Anna Schmidt <Anna@Acme.COM>"), "anna@acme.com");
    EXPECT_EQ(company_domain("Anna <anna@mail.acme.com>"), "acme.com");
    EXPECT_EQ(company_domain("jobs@careers.acme.co.uk"), "acme.co.uk");
    EXPECT_EQ(company_domain("Acme Recruiting <no-reply@greenhouse.io>"), "");
    EXPECT_EQ(company_domain("someone@gmail.com"), "");
    EXPECT_EQ(company_domain("not an address"), "");
}

store::Application app(std::int64_t id, const char* company, const char* role, const char* status = "interviewing")
{
    store::Application a;
    a.id = id;
    a.company = company;
    a.company_key = company_key(company);
    a.role = role;
    a.role_key = role_key(role);
    a.status = status;
    return a;
}

TEST(Matching, SameCompanyAndRoleMerges)
{
    const auto d = decide_match({"rejection", "acme", "backend engineer", ""},
                                {app(1, "Acme", "Backend Engineer"), app(2, "Acme", "Designer")});
    EXPECT_EQ(d.kind, "company_role");
    EXPECT_EQ(d.application_id, 1);
}

TEST(Matching, TheOnlyApplicationAtTheCompanyTakesAnEmailWithoutRole)
{
    const auto d = decide_match({"rejection", "acme", "", ""}, {app(1, "Acme", "Backend Engineer")});
    EXPECT_EQ(d.kind, "company");
    EXPECT_EQ(d.application_id, 1);
}

TEST(Matching, TwoPossibleApplicationsAreUncertainAndNothingMerges)
{
    const auto d = decide_match({"rejection", "acme", "", ""},
                                {app(1, "Acme", "Backend Engineer"), app(2, "Acme", "Data Engineer")});
    EXPECT_EQ(d.kind, "uncertain");
    EXPECT_FALSE(d.application_id);
    ASSERT_EQ(d.candidates.size(), 2u);
    EXPECT_EQ(d.candidates[0].why, "same company, role unknown");
}

TEST(Matching, AnotherRoleAtTheSameCompanyIsANewApplication)
{
    const auto d = decide_match({"application_received", "acme", "designer", ""}, {app(1, "Acme", "Backend Engineer", "applied")});
    EXPECT_EQ(d.kind, "new");
}

TEST(Matching, SenderDomainMatchesWhenTheCompanyNameDiffers)
{
    auto a = app(4, "Acme Corporation Europe", "Backend Engineer");
    a.sender_domain = "acme.com";
    const auto d = decide_match({"rejection", "acme europe", "backend engineer", "acme.com"}, {a});
    EXPECT_EQ(d.kind, "domain_role");
    EXPECT_EQ(d.application_id, 4);
}

TEST(Matching, AlertsNeverStartOrJoinApplicationsByCompany)
{
    EXPECT_EQ(decide_match({"job_alert", "acme", "", ""}, {app(1, "Acme", "Backend Engineer")}).kind, "none");
    EXPECT_EQ(decide_match({"rejection", "initech", "", ""}, {}).kind, "new");
}

TEST(EmailDate, IsoAndHeaderForms)
{
    EXPECT_EQ(parse_email_date("2026-11-03T09:00:00Z"), parse_iso8601("2026-11-03T09:00:00Z"));
    EXPECT_EQ(parse_email_date("Tue, 3 Nov 2026 10:00:00 +0100"), parse_iso8601("2026-11-03T09:00:00Z"));
    EXPECT_EQ(parse_email_date("3 Nov 2026 01:00 PST"), parse_iso8601("2026-11-03T09:00:00Z"));
    EXPECT_FALSE(parse_email_date("yesterday"));
    EXPECT_FALSE(parse_email_date("Tue, 31 Feb 2026 10:00:00 +0100"));
}

} // namespace
} // namespace onward::steps
