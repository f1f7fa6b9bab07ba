// Guessing a board from links and from the company's name.
#include "boards/suggest.hpp"

#include <gtest/gtest.h>

namespace onward::boards {
namespace {

TEST(Suggest, BoardLinksOfEveryProvider)
{
    const auto boards = boards_in_text(
        "Apply: https://job-boards.greenhouse.io/acmerobotics/jobs/4012001?gh_src=x\n"
        "or https://jobs.lever.co/acme/5d7c1a2e and https://jobs.eu.lever.co/acme-eu/\n"
        "https://jobs.ashbyhq.com/Acme.Labs/1f2e, https://apply.workable.com/acme-w/j/ABC123/ "
        "https://apply.workable.com/j/ABC123 (a job, not an account) "
        "http://jobs.smartrecruiters.com/AcmeRobotics/744000050000001.");
    ASSERT_EQ(boards.size(), 6u);
    EXPECT_EQ(boards[0].provider, Provider::greenhouse);
    EXPECT_EQ(boards[0].token, "acmerobotics");
    EXPECT_EQ(boards[1].provider, Provider::lever);
    EXPECT_EQ(boards[1].region, "");
    EXPECT_EQ(boards[2].token, "acme-eu");
    EXPECT_EQ(boards[2].region, "eu");
    EXPECT_EQ(boards[3].provider, Provider::ashby);
    EXPECT_EQ(boards[3].token, "Acme.Labs");
    EXPECT_EQ(boards[4].provider, Provider::workable);
    EXPECT_EQ(boards[4].token, "acme-w");
    EXPECT_EQ(boards[5].provider, Provider::smartrecruiters);
    EXPECT_EQ(boards[5].token, "AcmeRobotics");
}

TEST(Suggest, RepeatsAndStrangers)
{
    EXPECT_EQ(boards_in_text("https://jobs.lever.co/acme/1 https://jobs.lever.co/acme/2").size(), 1u);
    EXPECT_TRUE(boards_in_text("https://evil.example/jobs.lever.co/acme https://lever.co.evil/x").empty());
    EXPECT_TRUE(boards_in_text("no links here").empty());
}

TEST(Suggest, TokenFromCompany)
{
    EXPECT_EQ(token_from_company("Acme Robotics GmbH"), "acmerobotics");
    EXPECT_EQ(token_from_company("The Widget Co."), "widget");
    EXPECT_EQ(token_from_company("Harbor & Pine"), "harborpine");
    EXPECT_EQ(token_from_company(""), "");
}

} // namespace
} // namespace onward::boards
