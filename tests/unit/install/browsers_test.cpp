// The path table, per OS: every row resolves where the browser documents it.
#include "install/browsers.hpp"
#include "temp_home.hpp"

#include "core/error.hpp"

#include <gtest/gtest.h>

#include <set>

namespace onward::install {
namespace {

using testing::env_for;

std::string manifest(std::string_view id, Scope scope, const Environment& env)
{
    const auto* browser = find_browser(id);
    if (browser == nullptr) return "<unknown browser>";
    const auto loc = locate(*browser, scope, env);
    return loc ? loc->manifest_path : "<none>";
}

TEST(BrowserTable, LinuxUserLocations)
{
    const auto env = env_for(Platform::linux_like, {{"HOME", "/home/ann"}});
    EXPECT_EQ(manifest("chrome", Scope::user, env), "/home/ann/.config/google-chrome/NativeMessagingHosts/org.onward.host.json");
    EXPECT_EQ(manifest("chrome-beta", Scope::user, env), "/home/ann/.config/google-chrome-beta/NativeMessagingHosts/org.onward.host.json");
    EXPECT_EQ(manifest("chrome-dev", Scope::user, env), "/home/ann/.config/google-chrome-unstable/NativeMessagingHosts/org.onward.host.json");
    EXPECT_EQ(manifest("chromium", Scope::user, env), "/home/ann/.config/chromium/NativeMessagingHosts/org.onward.host.json");
    EXPECT_EQ(manifest("edge", Scope::user, env), "/home/ann/.config/microsoft-edge/NativeMessagingHosts/org.onward.host.json");
    EXPECT_EQ(manifest("brave", Scope::user, env),
              "/home/ann/.config/BraveSoftware/Brave-Browser/NativeMessagingHosts/org.onward.host.json");
    EXPECT_EQ(manifest("vivaldi", Scope::user, env), "/home/ann/.config/vivaldi/NativeMessagingHosts/org.onward.host.json");
    EXPECT_EQ(manifest("firefox", Scope::user, env), "/home/ann/.mozilla/native-messaging-hosts/org.onward.host.json");
    EXPECT_EQ(manifest("librewolf", Scope::user, env), "/home/ann/.librewolf/native-messaging-hosts/org.onward.host.json");
    EXPECT_EQ(manifest("tor-browser", Scope::user, env),
              "/home/ann/.local/share/torbrowser/tbb/x86_64/tor-browser/Browser/TorBrowser/Data/Browser/.mozilla/"
              "native-messaging-hosts/org.onward.host.json");
    EXPECT_EQ(manifest("edge-canary", Scope::user, env), "<none>"); // no Edge Canary on Linux
}

TEST(BrowserTable, LinuxHonoursAbsoluteXdgConfigHomeOnlyForChromiumFamily)
{
    const auto env = env_for(Platform::linux_like, {{"HOME", "/home/ann"}, {"XDG_CONFIG_HOME", "/cfg"}});
    EXPECT_EQ(manifest("chromium", Scope::user, env), "/cfg/chromium/NativeMessagingHosts/org.onward.host.json");
    EXPECT_EQ(manifest("firefox", Scope::user, env), "/home/ann/.mozilla/native-messaging-hosts/org.onward.host.json");
    // Flatpak browsers keep their own config under ~/.var/app whatever the host's XDG says.
    EXPECT_EQ(manifest("chromium-flatpak", Scope::user, env),
              "/home/ann/.var/app/org.chromium.Chromium/config/chromium/NativeMessagingHosts/org.onward.host.json");

    const auto relative = env_for(Platform::linux_like, {{"HOME", "/home/ann"}, {"XDG_CONFIG_HOME", "cfg"}});
    EXPECT_EQ(manifest("chromium", Scope::user, relative), "/home/ann/.config/chromium/NativeMessagingHosts/org.onward.host.json");
}

TEST(BrowserTable, LinuxSystemLocations)
{
    const auto env = env_for(Platform::linux_like, {{"HOME", "/home/ann"}});
    EXPECT_EQ(manifest("chrome", Scope::system, env), "/etc/opt/chrome/native-messaging-hosts/org.onward.host.json");
    EXPECT_EQ(manifest("chrome-canary", Scope::system, env), "/etc/opt/chrome/native-messaging-hosts/org.onward.host.json");
    EXPECT_EQ(manifest("chromium", Scope::system, env), "/etc/chromium/native-messaging-hosts/org.onward.host.json");
    EXPECT_EQ(manifest("edge", Scope::system, env), "/etc/opt/edge/native-messaging-hosts/org.onward.host.json");
    EXPECT_EQ(manifest("firefox", Scope::system, env), "/usr/lib/mozilla/native-messaging-hosts/org.onward.host.json");
    EXPECT_EQ(manifest("brave", Scope::system, env), "<none>");
    EXPECT_EQ(manifest("firefox-flatpak", Scope::system, env), "<none>");
}

TEST(BrowserTable, FlatpakVariantsLiveUnderVarAppAndGetAWrapper)
{
    const auto env = env_for(Platform::linux_like, {{"HOME", "/home/ann"}});
    int flatpaks = 0;
    for (const auto& browser : browsers()) {
        if (browser.flatpak_app.empty()) continue;
        ++flatpaks;
        const auto loc = locate(browser, Scope::user, env);
        ASSERT_TRUE(loc) << browser.id;
        EXPECT_TRUE(loc->manifest_path.starts_with("/home/ann/.var/app/" + std::string(browser.flatpak_app) + "/")) << loc->manifest_path;
        ASSERT_TRUE(loc->flatpak_wrapper) << browser.id;
        EXPECT_EQ(std::filesystem::path(*loc->flatpak_wrapper).parent_path(), std::filesystem::path(loc->manifest_path).parent_path());
    }
    EXPECT_GE(flatpaks, 6);
    EXPECT_EQ(manifest("firefox-flatpak", Scope::user, env),
              "/home/ann/.var/app/org.mozilla.firefox/.mozilla/native-messaging-hosts/org.onward.host.json");
}

TEST(BrowserTable, MacosLocations)
{
    const auto env = env_for(Platform::macos, {{"HOME", "/Users/ann"}});
    EXPECT_EQ(manifest("chrome", Scope::user, env),
              "/Users/ann/Library/Application Support/Google/Chrome/NativeMessagingHosts/org.onward.host.json");
    EXPECT_EQ(manifest("chrome-canary", Scope::user, env),
              "/Users/ann/Library/Application Support/Google/Chrome Canary/NativeMessagingHosts/org.onward.host.json");
    EXPECT_EQ(manifest("chrome", Scope::system, env), "/Library/Google/Chrome/NativeMessagingHosts/org.onward.host.json");
    EXPECT_EQ(manifest("chromium", Scope::user, env),
              "/Users/ann/Library/Application Support/Chromium/NativeMessagingHosts/org.onward.host.json");
    EXPECT_EQ(manifest("edge", Scope::system, env), "/Library/Microsoft/Edge/NativeMessagingHosts/org.onward.host.json");
    EXPECT_EQ(manifest("edge-canary", Scope::user, env),
              "/Users/ann/Library/Application Support/Microsoft Edge Canary/NativeMessagingHosts/org.onward.host.json");
    EXPECT_EQ(manifest("firefox", Scope::user, env),
              "/Users/ann/Library/Application Support/Mozilla/NativeMessagingHosts/org.onward.host.json");
    EXPECT_EQ(manifest("firefox", Scope::system, env),
              "/Library/Application Support/Mozilla/NativeMessagingHosts/org.onward.host.json");
    EXPECT_EQ(manifest("tor-browser", Scope::user, env),
              "/Users/ann/Library/Application Support/TorBrowser-Data/Browser/Mozilla/NativeMessagingHosts/org.onward.host.json");
    EXPECT_EQ(manifest("chromium-flatpak", Scope::user, env), "<none>");
    for (const auto& browser : browsers()) {
        const auto loc = locate(browser, Scope::user, env);
        if (loc) {
            EXPECT_FALSE(loc->registry_key) << browser.id;
        }
    }
}

TEST(BrowserTable, WindowsUsesRegistryKeysInTheRightHiveAndViewWithTheFileInOnwardsFolder)
{
    const auto env = env_for(Platform::windows, {{"LOCALAPPDATA", R"(C:\Users\ann\AppData\Local)"}, {"ProgramData", R"(C:\ProgramData)"}});
    const auto chrome = locate(*find_browser("chrome"), Scope::user, env);
    ASSERT_TRUE(chrome && chrome->registry_key);
    EXPECT_EQ(chrome->manifest_path, R"(C:\Users\ann\AppData\Local\Onward\NativeMessagingHosts\chrome\org.onward.host.json)");
    EXPECT_EQ(chrome->registry_key->hive, Hive::current_user);
    EXPECT_EQ(chrome->registry_key->path, R"(Software\Google\Chrome\NativeMessagingHosts\org.onward.host)");
    EXPECT_EQ(chrome->registry_key->view, RegistryView::view64);

    const auto chrome_system = locate(*find_browser("chrome"), Scope::system, env);
    ASSERT_TRUE(chrome_system && chrome_system->registry_key);
    EXPECT_EQ(chrome_system->registry_key->hive, Hive::local_machine);
    EXPECT_EQ(chrome_system->registry_key->view, RegistryView::view64);
    EXPECT_EQ(chrome_system->manifest_path, R"(C:\ProgramData\Onward\NativeMessagingHosts\chrome\org.onward.host.json)");

    const auto key_of = [&](std::string_view id) {
        const auto loc = locate(*find_browser(id), Scope::user, env);
        return loc && loc->registry_key ? loc->registry_key->path : std::string("<none>");
    };
    EXPECT_EQ(key_of("chromium"), R"(Software\Chromium\NativeMessagingHosts\org.onward.host)");
    EXPECT_EQ(key_of("edge"), R"(Software\Microsoft\Edge\NativeMessagingHosts\org.onward.host)");
    EXPECT_EQ(key_of("edge-dev"), R"(Software\Microsoft\Edge\NativeMessagingHosts\org.onward.host)");
    EXPECT_EQ(key_of("firefox"), R"(Software\Mozilla\NativeMessagingHosts\org.onward.host)");
    // Brave, Vivaldi and Opera read Chrome's key; LibreWolf reads Mozilla's: same key, same file.
    EXPECT_EQ(key_of("brave"), key_of("chrome"));
    EXPECT_EQ(key_of("vivaldi"), key_of("chrome"));
    EXPECT_EQ(key_of("librewolf"), key_of("firefox"));
    EXPECT_EQ(manifest("brave", Scope::user, env), chrome->manifest_path);
    EXPECT_EQ(key_of("tor-browser"), "<none>");
    EXPECT_EQ(key_of("firefox-flatpak"), "<none>");
}

TEST(BrowserTable, EveryBrowserHasAUserLocationSomewhereAndIdsAreUnique)
{
    std::set<std::string_view> ids;
    const auto linux_env = env_for(Platform::linux_like, {{"HOME", "/h"}});
    const auto mac_env = env_for(Platform::macos, {{"HOME", "/h"}});
    const auto win_env = env_for(Platform::windows, {{"LOCALAPPDATA", R"(C:\L)"}});
    for (const auto& browser : browsers()) {
        EXPECT_TRUE(ids.insert(browser.id).second) << browser.id;
        EXPECT_TRUE(locate(browser, Scope::user, linux_env) || locate(browser, Scope::user, mac_env) ||
                    locate(browser, Scope::user, win_env))
            << browser.id;
    }
    for (const auto* id : {"chrome", "chrome-beta", "chrome-dev", "chrome-canary", "chromium", "edge", "edge-beta", "edge-dev",
                           "edge-canary", "brave", "vivaldi", "opera", "firefox", "librewolf", "tor-browser"})
        EXPECT_NE(find_browser(id), nullptr) << id;
}

TEST(BrowserTable, NoHomeMeansNoUserLocation)
{
    const auto env = env_for(Platform::linux_like, {});
    EXPECT_EQ(manifest("chromium", Scope::user, env), "<none>");
    EXPECT_EQ(manifest("chromium", Scope::system, env), "/etc/chromium/native-messaging-hosts/org.onward.host.json");
}

TEST(BrowserList, ParsesNamesAllAndRejectsUnknown)
{
    const auto two = parse_browser_list("chromium,firefox,chromium");
    ASSERT_EQ(two.size(), 2u);
    EXPECT_EQ(two[0]->id, "chromium");
    EXPECT_EQ(two[1]->id, "firefox");
    EXPECT_EQ(parse_browser_list("all").size(), browsers().size());
    try {
        parse_browser_list("chromium,netscape");
        FAIL() << "netscape was accepted";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::invalid_args);
        EXPECT_NE(std::string(e.what()).find("netscape"), std::string::npos);
    }
    EXPECT_THROW(parse_browser_list(","), Error);
}

TEST(Detection, FindsBrowsersByProfileFilesAndCommandsOnPath)
{
    testing::TempHome home;
    const auto env = home.linux_env();
    EXPECT_TRUE(detect_browsers(env).empty());

    home.write(".config/chromium/Local State", "{}");
    home.write("bin/firefox-esr", "#!/bin/sh\n", std::filesystem::perms(0755));
    home.write(".local/share/flatpak/app/com.brave.Browser/current", "");
    // A folder install created is not a browser: only the profile's own files count.
    home.write(".config/vivaldi/NativeMessagingHosts/org.onward.host.json", "{}");
    std::set<std::string_view> found;
    for (const auto* b : detect_browsers(env)) found.insert(b->id);
    EXPECT_EQ(found, (std::set<std::string_view>{"chromium", "firefox", "brave-flatpak"}));
}

TEST(StagingRoot, MapsEveryPathUnderTheRoot)
{
    auto env = env_for(Platform::linux_like, {{"HOME", "/home/ann"}});
    env.root = "/tmp/stage/";
    EXPECT_EQ(env.on_disk("/etc/chromium/x.json"), "/tmp/stage/etc/chromium/x.json");
    env.root.clear();
    EXPECT_EQ(env.on_disk("/etc/chromium/x.json"), "/etc/chromium/x.json");
}

} // namespace
} // namespace onward::install
