#include "classify/cli.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

using onward::classify::run_classify_cli;

namespace {

struct Run {
    int status;
    std::string out, err;
};

Run run(const std::vector<std::string>& inputs, const std::string& stdin_text, bool explain = false, bool json = false)
{
    std::istringstream in(stdin_text);
    std::ostringstream out, err;
    const int status = run_classify_cli(inputs, explain, json, in, out, err);
    return {status, out.str(), err.str()};
}

std::filesystem::path temp_file(const std::string& name, const std::string& content)
{
    const auto path = std::filesystem::temp_directory_path() / ("onward-classify-test-" + name);
    std::ofstream(path, std::ios::binary) << content;
    return path;
}

} // namespace

TEST(ClassifyCli, JsonObjectOnStdin)
{
    const auto r = run({"-"}, R"({"subject":"Your application","from":"Acme <jobs@acme.com>","body":"We regret to inform you that the position has been filled."})");
    EXPECT_EQ(r.status, 0);
    EXPECT_NE(r.out.find("<stdin>: rejection"), std::string::npos);
    EXPECT_TRUE(r.err.empty());
}

TEST(ClassifyCli, JsonLinesWithJsonOutput)
{
    const auto r = run({"-"}, "{\"body\":\"We would like to invite you to an interview.\"}\n\n{\"body\":\"Your verification code is 1234\"}\n",
                       false, true);
    EXPECT_EQ(r.status, 0);
    std::istringstream lines(r.out);
    std::string line;
    std::vector<nlohmann::json> results;
    while (std::getline(lines, line)) results.push_back(nlohmann::json::parse(line));
    ASSERT_EQ(results.size(), 2u);
    EXPECT_EQ(results[0].at("label"), "interview");
    EXPECT_EQ(results[0].at("input"), "<stdin>:1");
    EXPECT_EQ(results[1].at("label"), "other");
    EXPECT_EQ(results[1].at("input"), "<stdin>:3");
    EXPECT_TRUE(results[1].at("extracted").at("ats").is_null());
}

TEST(ClassifyCli, EmlFileWithExplain)
{
    const auto path = temp_file("a.eml", "From: =?UTF-8?Q?Personalabteilung_M=C3=BCller?= <jobs@mueller.de>\n"
                                         "Subject: Ihre Bewerbung\nContent-Type: text/plain; charset=utf-8\n"
                                         "Content-Transfer-Encoding: quoted-printable\n\n"
                                         "Leider m=C3=BCssen wir Ihnen mitteilen, dass die Stelle bereits besetzt ist=\n.\n");
    const auto r = run({path.string()}, "", true);
    std::filesystem::remove(path);
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find(": rejection"), std::string::npos);
    EXPECT_NE(r.out.find("rejection.de."), std::string::npos); // the evidence lines
    EXPECT_NE(r.out.find("(0."), std::string::npos);
}

TEST(ClassifyCli, UsageAndUnreadableInput)
{
    EXPECT_EQ(run({}, "").status, 2);
    const auto missing = run({"/nonexistent/onward.eml"}, "");
    EXPECT_EQ(missing.status, 1);
    EXPECT_NE(missing.err.find("cannot open"), std::string::npos);
    EXPECT_EQ(run({"-"}, "   \n").status, 1);
    const auto bad_line = run({"-"}, "{\"body\":\"ok\"}\n{not json\n");
    EXPECT_EQ(bad_line.status, 1);
    EXPECT_NE(bad_line.err.find(":2: not JSON"), std::string::npos);
    const auto no_body = run({"-"}, R"({"subject":"x"})");
    EXPECT_EQ(no_body.status, 1);
    EXPECT_NE(no_body.err.find("\"body\" is missing"), std::string::npos);
    EXPECT_EQ(run({"-"}, R"({"body": 5})").status, 1);
    EXPECT_EQ(run({"-", "-"}, R"({"body":"hi"})").status, 1); // stdin twice
}

TEST(ClassifyCli, PlainTextAndGarbageDoNotCrash)
{
    EXPECT_EQ(run({"-"}, "Unfortunately we decided to go with another candidate for the role.").status, 0);
    std::string garbage;
    for (int i = 0; i < 256; ++i) garbage += static_cast<char>(i);
    const auto r = run({"-"}, garbage + garbage, false, true);
    EXPECT_EQ(r.status, 0);
    const auto parsed = nlohmann::json::parse(r.out, nullptr, false);
    EXPECT_FALSE(parsed.is_discarded());
    EXPECT_TRUE(parsed.contains("label"));
}
