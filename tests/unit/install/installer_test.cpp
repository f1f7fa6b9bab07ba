// install / uninstall into a temporary HOME: what is written, with which mode, and that uninstall
// removes exactly that.
#include "install/installer.hpp"
#include "temp_home.hpp"

#include "core/error.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sys/stat.h>

namespace onward::install {
namespace {

using json = nlohmann::json;
using testing::TempHome;
namespace fs = std::filesystem;

InstallOptions options_for(const std::string& browsers, Scope scope = Scope::user)
{
    InstallOptions o;
    o.scope = scope;
    o.browsers = parse_browser_list(browsers);
    o.host_path = "/opt/onward/bin/onward-host";
    return o;
}

unsigned mode_of(const fs::path& p)
{
    struct stat st {};
    ::stat(p.c_str(), &st);
    return st.st_mode & 07777u;
}

TEST(Install, WritesManifestsWithMode0644AndTheHostPathAndARecord)
{
    TempHome home;
    const auto env = home.linux_env();
    ::umask(077); // what a careful user might have: the files must still be readable by the browser
    const auto report = install::install(options_for("chromium,firefox"), env, nullptr);
    ::umask(022);
    ASSERT_EQ(report.written.size(), 2u);

    const auto chromium = home.path() / ".config/chromium/NativeMessagingHosts/org.onward.host.json";
    const auto firefox = home.path() / ".mozilla/native-messaging-hosts/org.onward.host.json";
    EXPECT_EQ(mode_of(chromium), 0644u);
    EXPECT_EQ(mode_of(firefox), 0644u);
    const auto c = json::parse(home.read(".config/chromium/NativeMessagingHosts/org.onward.host.json"));
    EXPECT_EQ(c["path"], "/opt/onward/bin/onward-host");
    EXPECT_EQ(c["allowed_origins"], json({"chrome-extension://fpmjnchfpmlceeolkgghjcdannejclhf/"}));
    const auto f = json::parse(home.read(".mozilla/native-messaging-hosts/org.onward.host.json"));
    EXPECT_EQ(f["allowed_extensions"], json({"onward@onward.org"}));

    EXPECT_EQ(report.record_path, home.str() + "/.local/share/onward/install-record.json");
    const auto record = json::parse(home.read(".local/share/onward/install-record.json"));
    ASSERT_EQ(record["entries"].size(), 2u);
    EXPECT_EQ(record["entries"][0]["browser"], "chromium");
    EXPECT_EQ(record["entries"][0]["manifest"], chromium.string());
    // No temporary file is left beside a manifest.
    for (const auto& entry : fs::directory_iterator(chromium.parent_path())) EXPECT_EQ(entry.path(), chromium);
}

TEST(Install, UninstallRestoresTheHomeExactly)
{
    TempHome home;
    home.write(".config/chromium/Local State", "{}"); // the browser's own files stay
    home.write(".local/share/onward/onward.db", "data");
    const auto before = home.tree();
    const auto env = home.linux_env();
    install::install(options_for("all"), env, nullptr);
    EXPECT_GT(home.tree().size(), before.size() + 20);

    const auto report = uninstall(Scope::user, {}, env, nullptr);
    EXPECT_TRUE(report.had_record);
    EXPECT_TRUE(report.kept.empty());
    EXPECT_EQ(home.tree(), before);
    EXPECT_EQ(home.read(".local/share/onward/onward.db"), "data");
}

TEST(Install, IsIdempotentAndKeepsTheFoldersItFirstCreated)
{
    TempHome home;
    const auto env = home.linux_env();
    const auto before = home.tree();
    install::install(options_for("chromium"), env, nullptr);
    const auto once = home.tree();
    install::install(options_for("chromium"), env, nullptr);
    EXPECT_EQ(home.tree(), once);
    EXPECT_EQ(json::parse(home.read(".local/share/onward/install-record.json"))["entries"].size(), 1u);
    uninstall(Scope::user, {}, env, nullptr);
    EXPECT_EQ(home.tree(), before);
}

TEST(Install, UninstallOneBrowserLeavesTheOthers)
{
    TempHome home;
    const auto env = home.linux_env();
    install::install(options_for("chromium,firefox"), env, nullptr);
    const auto report = uninstall(Scope::user, parse_browser_list("firefox"), env, nullptr);
    ASSERT_EQ(report.removed.size(), 1u);
    EXPECT_FALSE(fs::exists(home.path() / ".mozilla"));
    EXPECT_TRUE(fs::exists(home.path() / ".config/chromium/NativeMessagingHosts/org.onward.host.json"));
    const auto record = json::parse(home.read(".local/share/onward/install-record.json"));
    ASSERT_EQ(record["entries"].size(), 1u);
    EXPECT_EQ(record["entries"][0]["browser"], "chromium");
}

TEST(Install, LeavesAManifestAloneThatIsNoLongerOnwards)
{
    TempHome home;
    const auto env = home.linux_env();
    install::install(options_for("chromium"), env, nullptr);
    home.write(".config/chromium/NativeMessagingHosts/org.onward.host.json", R"({"name":"someone.else"})");
    const auto report = uninstall(Scope::user, {}, env, nullptr);
    EXPECT_TRUE(report.removed.empty());
    ASSERT_EQ(report.kept.size(), 1u);
    EXPECT_TRUE(fs::exists(home.path() / ".config/chromium/NativeMessagingHosts/org.onward.host.json"));
}

TEST(Install, WithoutARecordUninstallRemovesOnlyOnwardManifestsAtKnownPlaces)
{
    TempHome home;
    const auto env = home.linux_env();
    install::install(options_for("chromium,firefox"), env, nullptr);
    fs::remove(home.path() / ".local/share/onward/install-record.json");
    home.write(".config/vivaldi/NativeMessagingHosts/org.onward.host.json", R"({"name":"not.ours"})");
    const auto report = uninstall(Scope::user, {}, env, nullptr);
    EXPECT_FALSE(report.had_record);
    EXPECT_EQ(report.removed.size(), 2u);
    EXPECT_TRUE(fs::exists(home.path() / ".config/vivaldi/NativeMessagingHosts/org.onward.host.json"));
}

TEST(Install, FlatpakVariantGetsAWrapperThatRunsTheHostOutsideTheSandbox)
{
    TempHome home;
    const auto env = home.linux_env();
    auto options = options_for("firefox-flatpak");
    options.host_path = "/home/o'brien/.local/bin/onward-host";
    install::install(options, env, nullptr);
    const auto dir = std::string(".var/app/org.mozilla.firefox/.mozilla/native-messaging-hosts/");
    const auto wrapper = home.path() / (dir + "org.onward.host.flatpak-wrapper.sh");
    EXPECT_EQ(mode_of(wrapper), 0755u);
    EXPECT_NE(home.read(dir + "org.onward.host.flatpak-wrapper.sh").find(R"(exec flatpak-spawn --host '/home/o'\''brien/.local/bin/onward-host' "$@")"),
              std::string::npos);
    EXPECT_EQ(json::parse(home.read(dir + "org.onward.host.json"))["path"], wrapper.string());
    uninstall(Scope::user, {}, env, nullptr);
    EXPECT_FALSE(fs::exists(home.path() / ".var"));
}

TEST(Install, SystemScopeIntoAStagingRootSharesChromesFolderBetweenChannels)
{
    TempHome root;
    auto env = testing::env_for(Platform::linux_like, {{"HOME", "/home/ann"}});
    env.root = root.str();
    const auto report = install::install(options_for("chrome,chrome-beta,chromium,firefox", Scope::system), env, nullptr);
    ASSERT_EQ(report.written.size(), 3u); // chrome and chrome-beta share /etc/opt/chrome
    EXPECT_EQ(report.written[0].browsers.size(), 2u);
    EXPECT_TRUE(fs::exists(root.path() / "etc/opt/chrome/native-messaging-hosts/org.onward.host.json"));
    EXPECT_TRUE(fs::exists(root.path() / "etc/chromium/native-messaging-hosts/org.onward.host.json"));
    EXPECT_TRUE(fs::exists(root.path() / "usr/lib/mozilla/native-messaging-hosts/org.onward.host.json"));
    EXPECT_TRUE(fs::exists(root.path() / "var/lib/onward/install-record.json"));
    // The manifests name the path the browser sees, not the staging path.
    EXPECT_EQ(json::parse(root.read("etc/chromium/native-messaging-hosts/org.onward.host.json"))["path"], "/opt/onward/bin/onward-host");

    // Removing one Chrome channel keeps the file the other still uses.
    uninstall(Scope::system, parse_browser_list("chrome-beta"), env, nullptr);
    EXPECT_TRUE(fs::exists(root.path() / "etc/opt/chrome/native-messaging-hosts/org.onward.host.json"));
    uninstall(Scope::system, {}, env, nullptr);
    EXPECT_TRUE(root.tree().empty());
}

TEST(Install, ExplainsWhatCannotBeInstalled)
{
    TempHome home;
    const auto env = home.linux_env();
    try {
        install::install(options_for("brave", Scope::system), env, nullptr);
        FAIL() << "brave has no system location on Linux";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("Brave: no system-wide location on linux"), std::string::npos) << e.what();
    }
    auto bad_id = options_for("chromium");
    bad_id.ids.chromium_extension_ids = {"not-an-id"};
    EXPECT_THROW(install::install(bad_id, env, nullptr), Error);

    auto store_id = options_for("chromium");
    store_id.ids.chromium_extension_ids = {"fpmjnchfpmlceeolkgghjcdannejclhf", "abcdefghijklmnopabcdefghijklmnop"};
    const auto report = install::install(store_id, env, nullptr);
    ASSERT_EQ(report.warnings.size(), 1u);
    EXPECT_NE(report.warnings[0].find("abcdefghijklmnopabcdefghijklmnop"), std::string::npos);
}

TEST(AtomicWrite, ReplacesTheFileWholeAndSetsTheMode)
{
    TempHome home;
    const auto file = home.path() / "m.json";
    write_file_atomically(file.string(), "first", 0600);
    write_file_atomically(file.string(), "second", 0644);
    EXPECT_EQ(home.read("m.json"), "second");
    EXPECT_EQ(mode_of(file), 0644u);
    EXPECT_EQ(home.tree(), std::set<std::string>{"m.json"});
    EXPECT_THROW(write_file_atomically((home.path() / "missing/dir/m.json").string(), "x", 0644), Error);
}

} // namespace
} // namespace onward::install
