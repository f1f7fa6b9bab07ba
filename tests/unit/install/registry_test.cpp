// The Windows registration logic against the fake registry: keys in the right hive and view,
// the default value naming the manifest file, and uninstall deleting only keys that still name ours.
#include "install/installer.hpp"
#include "temp_home.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace onward::install {
namespace {

using json = nlohmann::json;
namespace fs = std::filesystem;

Environment windows_env(const testing::TempHome& root)
{
    auto env = testing::env_for(Platform::windows, {{"LOCALAPPDATA", R"(C:\Users\ann\AppData\Local)"}, {"ProgramData", R"(C:\ProgramData)"}});
    env.root = root.str();
    return env;
}

InstallOptions options_for(const std::string& browsers, Scope scope = Scope::user)
{
    InstallOptions o;
    o.scope = scope;
    o.browsers = parse_browser_list(browsers);
    o.host_path = R"(C:\Users\ann\AppData\Local\Programs\Onward\onward-host.exe)";
    return o;
}

const RegistryKey chrome_user{Hive::current_user, R"(Software\Google\Chrome\NativeMessagingHosts\org.onward.host)", RegistryView::view64};
const RegistryKey mozilla_user{Hive::current_user, R"(Software\Mozilla\NativeMessagingHosts\org.onward.host)", RegistryView::view64};

TEST(FakeRegistry, KeysAreCaseInsensitiveAndHklmViewsAreSeparate)
{
    FakeRegistry registry;
    registry.set_default_value({Hive::current_user, R"(Software\A\Key)", RegistryView::view64}, "v");
    EXPECT_EQ(registry.default_value({Hive::current_user, R"(SOFTWARE\a\key)", RegistryView::view64}), "v");
    // HKCU\Software is shared by the two views.
    EXPECT_EQ(registry.default_value({Hive::current_user, R"(Software\A\Key)", RegistryView::view32}), "v");
    registry.set_default_value({Hive::local_machine, R"(Software\A\Key)", RegistryView::view64}, "64");
    EXPECT_FALSE(registry.default_value({Hive::local_machine, R"(Software\A\Key)", RegistryView::view32}));
    EXPECT_TRUE(registry.delete_key({Hive::local_machine, R"(Software\A\Key)", RegistryView::view64}));
    EXPECT_FALSE(registry.delete_key({Hive::local_machine, R"(Software\A\Key)", RegistryView::view64}));
}

TEST(WindowsInstall, WritesTheKeyNamingTheManifestFile)
{
    testing::TempHome root;
    const auto env = windows_env(root);
    FakeRegistry registry;
    const auto report = install::install(options_for("chrome,firefox"), env, &registry);
    ASSERT_EQ(report.written.size(), 2u);
    const std::string chrome_manifest = R"(C:\Users\ann\AppData\Local\Onward\NativeMessagingHosts\chrome\org.onward.host.json)";
    EXPECT_EQ(registry.default_value(chrome_user), chrome_manifest);
    EXPECT_EQ(registry.default_value(mozilla_user),
              R"(C:\Users\ann\AppData\Local\Onward\NativeMessagingHosts\firefox\org.onward.host.json)");
    const auto manifest = json::parse(root.read("Users/ann/AppData/Local/Onward/NativeMessagingHosts/chrome/org.onward.host.json"));
    EXPECT_EQ(manifest["path"], R"(C:\Users\ann\AppData\Local\Programs\Onward\onward-host.exe)");
    EXPECT_EQ(registry.size(), 2u);
}

TEST(WindowsInstall, SystemScopeWritesHklmInThe64BitView)
{
    testing::TempHome root;
    const auto env = windows_env(root);
    FakeRegistry registry;
    install::install(options_for("edge", Scope::system), env, &registry);
    const RegistryKey edge64{Hive::local_machine, R"(Software\Microsoft\Edge\NativeMessagingHosts\org.onward.host)", RegistryView::view64};
    const RegistryKey edge32{Hive::local_machine, edge64.path, RegistryView::view32};
    EXPECT_EQ(registry.default_value(edge64), R"(C:\ProgramData\Onward\NativeMessagingHosts\edge\org.onward.host.json)");
    EXPECT_FALSE(registry.default_value(edge32));
}

TEST(WindowsInstall, BrowsersSharingChromesKeyShareOneWriteAndUninstallKeepsItWhileOneRemains)
{
    testing::TempHome root;
    const auto env = windows_env(root);
    FakeRegistry registry;
    const auto report = install::install(options_for("chrome,brave,vivaldi"), env, &registry);
    ASSERT_EQ(report.written.size(), 1u);
    EXPECT_EQ(report.written[0].browsers.size(), 3u);
    EXPECT_EQ(registry.size(), 1u);

    uninstall(Scope::user, parse_browser_list("brave,vivaldi"), env, &registry);
    EXPECT_TRUE(registry.default_value(chrome_user)); // Chrome still uses it
    const auto report2 = uninstall(Scope::user, parse_browser_list("chrome"), env, &registry);
    EXPECT_FALSE(registry.default_value(chrome_user));
    EXPECT_EQ(report2.removed.size(), 2u); // the file and the key
    EXPECT_TRUE(root.tree().empty());
}

TEST(WindowsInstall, UninstallLeavesAKeyThatNowNamesAnotherFile)
{
    testing::TempHome root;
    const auto env = windows_env(root);
    FakeRegistry registry;
    install::install(options_for("firefox"), env, &registry);
    registry.set_default_value(mozilla_user, R"(D:\elsewhere\org.onward.host.json)");
    const auto report = uninstall(Scope::user, {}, env, &registry);
    EXPECT_EQ(registry.default_value(mozilla_user), R"(D:\elsewhere\org.onward.host.json)");
    ASSERT_EQ(report.kept.size(), 1u);
    EXPECT_NE(report.kept[0].find("now names"), std::string::npos);
}

} // namespace
} // namespace onward::install
