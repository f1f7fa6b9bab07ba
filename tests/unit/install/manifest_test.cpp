// Manifest rendering from the templates in manifests/, and the checks doctor applies to them.
#include "install/manifest.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace onward::install {
namespace {

using json = nlohmann::json;

const ManifestIds two_ids{{"fpmjnchfpmlceeolkgghjcdannejclhf", "abcdefghijklmnopabcdefghijklmnop"}, {"onward@onward.org"}};

TEST(Manifest, ChromiumFamilyNamesEveryExtensionOrigin)
{
    const auto m = json::parse(render_manifest(Family::chromium, "/home/ann/.local/bin/onward-host", two_ids));
    EXPECT_EQ(m["name"], "org.onward.host");
    EXPECT_EQ(m["type"], "stdio");
    EXPECT_EQ(m["path"], "/home/ann/.local/bin/onward-host");
    EXPECT_EQ(m["allowed_origins"], json({"chrome-extension://fpmjnchfpmlceeolkgghjcdannejclhf/",
                                          "chrome-extension://abcdefghijklmnopabcdefghijklmnop/"}));
    EXPECT_FALSE(m.contains("allowed_extensions"));
    EXPECT_TRUE(manifest_content_problems(m, Family::chromium, Platform::linux_like, two_ids).empty());
}

TEST(Manifest, FirefoxNamesTheAddOnId)
{
    const auto m = json::parse(render_manifest(Family::firefox, "/usr/bin/onward-host", two_ids));
    EXPECT_EQ(m["allowed_extensions"], json({"onward@onward.org"}));
    EXPECT_FALSE(m.contains("allowed_origins"));
    EXPECT_TRUE(manifest_content_problems(m, Family::firefox, Platform::linux_like, two_ids).empty());
}

TEST(Manifest, PathsAreJsonEscapedSoWindowsBackslashesAndQuotesSurvive)
{
    const std::string path = R"(C:\Program Files\Onward "beta"\onward-host.exe)";
    const auto m = json::parse(render_manifest(Family::chromium, path, two_ids));
    EXPECT_EQ(m["path"], path);
    EXPECT_TRUE(manifest_content_problems(m, Family::chromium, Platform::windows, two_ids).empty());
}

TEST(Manifest, DefaultIdsAreTheOnesTheHostAccepts)
{
    const auto ids = default_ids();
    ASSERT_FALSE(ids.chromium_extension_ids.empty());
    EXPECT_EQ(ids.chromium_extension_ids.front(), "fpmjnchfpmlceeolkgghjcdannejclhf");
    EXPECT_EQ(ids.firefox_addon_ids, std::vector<std::string>{"onward@onward.org"});
    EXPECT_TRUE(host_accepts_chromium_id("fpmjnchfpmlceeolkgghjcdannejclhf"));
    EXPECT_FALSE(host_accepts_chromium_id("abcdefghijklmnopabcdefghijklmnop"));
    EXPECT_TRUE(is_chromium_extension_id("abcdefghijklmnopabcdefghijklmnop"));
    EXPECT_FALSE(is_chromium_extension_id("abcdefghijklmnopabcdefghijklmnoz"));
    EXPECT_FALSE(is_chromium_extension_id("abc"));
}

TEST(ManifestProblems, NamesEachThingThatIsWrong)
{
    const auto ids = default_ids();
    auto m = json::parse(render_manifest(Family::chromium, "/usr/bin/onward-host", ids));
    m["name"] = "org.other.host";
    m["path"] = "onward-host";
    m["allowed_origins"] = {"chrome-extension://abcdefghijklmnopabcdefghijklmnop/", "https://example.com/"};
    const auto problems = manifest_content_problems(m, Family::chromium, Platform::linux_like, ids);
    const auto has = [&](std::string_view text) {
        return std::any_of(problems.begin(), problems.end(), [&](const std::string& p) { return p.find(text) != std::string::npos; });
    };
    EXPECT_TRUE(has("name is not org.onward.host"));
    EXPECT_TRUE(has("is not absolute"));
    EXPECT_TRUE(has("does not name the Onward extension chrome-extension://fpmjnchfpmlceeolkgghjcdannejclhf/"));
    EXPECT_TRUE(has("https://example.com/"));

    auto f = json::parse(render_manifest(Family::firefox, "/usr/bin/onward-host", ids));
    f["allowed_extensions"] = {"someone@else.org"};
    EXPECT_EQ(manifest_content_problems(f, Family::firefox, Platform::linux_like, ids),
              std::vector<std::string>{"allowed_extensions does not name onward@onward.org"});
    // A Chromium manifest where Firefox looks is wrong too.
    EXPECT_FALSE(manifest_content_problems(json::parse(render_manifest(Family::chromium, "/x", ids)), Family::firefox,
                                           Platform::linux_like, ids)
                     .empty());
    EXPECT_EQ(manifest_content_problems(json::array(), Family::firefox, Platform::linux_like, ids),
              std::vector<std::string>{"it is not a JSON object"});
}

} // namespace
} // namespace onward::install
