// doctor against a temporary HOME with a fake hello probe: each problem is found and explained.
#include "install/doctor.hpp"
#include "install/installer.hpp"
#include "temp_home.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace onward::install {
namespace {

using json = nlohmann::json;
namespace fs = std::filesystem;

struct Doctor : ::testing::Test {
    testing::TempHome home;
    Environment env = home.linux_env();
    std::string host = home.str() + "/bin/onward-host";
    std::vector<std::pair<std::string, Family>> probed;
    HelloResult answer{true, "9.9.9", ""};

    void SetUp() override
    {
        home.write("bin/onward-host", "#!/bin/sh\n", fs::perms(0755));
        home.write(".config/chromium/Local State", "{}"); // Chromium is installed
    }
    void install_for(const std::string& browsers)
    {
        InstallOptions o;
        o.browsers = parse_browser_list(browsers);
        o.host_path = host;
        install::install(o, env, nullptr);
    }
    DoctorReport run(const Registry* registry = nullptr)
    {
        return run_doctor(env, registry, default_ids(), [this](const std::string& path, Family family, const std::string&, const ManifestIds&) {
            probed.emplace_back(path, family);
            return answer;
        });
    }
    static const ManifestReport* find(const DoctorReport& r, std::string_view id)
    {
        for (const auto& m : r.manifests)
            if (m.browser->id == id) return &m;
        return nullptr;
    }
    static bool mentions(const std::vector<Finding>& findings, std::string_view text)
    {
        return std::any_of(findings.begin(), findings.end(), [&](const Finding& f) { return f.what.find(text) != std::string::npos; });
    }
};

TEST_F(Doctor, ReadyWhenTheManifestIsRightAndTheHostSaysHello)
{
    install_for("chromium");
    const auto report = run();
    ASSERT_TRUE(report.ok()) << format_report(report);
    EXPECT_EQ(report.ready_browsers, std::vector<std::string>{"chromium"});
    const auto* m = find(report, "chromium");
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->host_version, "9.9.9");
    ASSERT_EQ(probed.size(), 1u);
    EXPECT_EQ(probed[0].first, host);
    EXPECT_EQ(probed[0].second, Family::chromium);
    EXPECT_NE(format_report(report).find("ok       Chromium (user)"), std::string::npos);
    EXPECT_EQ(report.to_json()["ready"], json({"chromium"}));
}

TEST_F(Doctor, NotRegisteredAnywhereIsAProblemWithTheInstallCommandAsFix)
{
    const auto report = run();
    EXPECT_FALSE(report.ok());
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_EQ(report.problems[0].what, "Chromium is installed, but Onward is not registered for it");
    EXPECT_EQ(report.problems[0].fix, "run `onward-host install --browser chromium`");
}

TEST_F(Doctor, ExplainsABrokenManifest)
{
    install_for("chromium");
    home.write(".config/chromium/NativeMessagingHosts/org.onward.host.json", "{ not json");
    auto report = run();
    EXPECT_FALSE(report.ok());
    EXPECT_TRUE(mentions(find(report, "chromium")->problems, "is not valid JSON"));

    home.write(".config/chromium/NativeMessagingHosts/org.onward.host.json",
               json{{"name", "org.onward.host"}, {"type", "stdio"}, {"path", host}, {"allowed_origins", {"chrome-extension://abcdefghijklmnopabcdefghijklmnop/"}}}.dump());
    report = run();
    EXPECT_TRUE(mentions(find(report, "chromium")->problems, "does not name the Onward extension"));
    EXPECT_EQ(find(report, "chromium")->problems[0].fix, "run `onward-host install --browser chromium` to rewrite it");
}

TEST_F(Doctor, ExplainsAMissingOrNonExecutableHostWithoutStartingIt)
{
    install_for("chromium");
    fs::permissions(host, fs::perms(0644));
    auto report = run();
    EXPECT_TRUE(mentions(find(report, "chromium")->problems, "is not executable"));
    fs::remove(host);
    report = run();
    EXPECT_TRUE(mentions(find(report, "chromium")->problems, "does not exist (moved or deleted?)"));
    EXPECT_TRUE(probed.empty());
    EXPECT_FALSE(report.ok());
}

TEST_F(Doctor, ExplainsAHostThatDoesNotAnswer)
{
    install_for("chromium");
    answer = {false, "", "it wrote no reply (exit status 1): onward-host: refusing to serve"};
    const auto report = run();
    EXPECT_FALSE(report.ok());
    EXPECT_TRUE(mentions(find(report, "chromium")->problems, "did not answer hello: it wrote no reply"));
}

TEST_F(Doctor, ProbesEachHostOncePerFamilyAsTheBrowserWouldStartIt)
{
    home.write(".mozilla/firefox/profiles.ini", "");
    install_for("chromium,chrome,firefox");
    const auto report = run();
    EXPECT_EQ(probed.size(), 2u);
    EXPECT_EQ(report.ready_browsers, (std::vector<std::string>{"chromium", "firefox"}));
    // Chrome's manifest is fine but Chrome is not on this machine: it does not count as ready.
    const auto* chrome = find(report, "chrome");
    ASSERT_NE(chrome, nullptr);
    EXPECT_TRUE(chrome->ready());
    EXPECT_FALSE(chrome->detected);
}

// Everything under a staging root: HOME is /home/ann inside it, and /etc, /snap, /opt are the root's.
struct RootedDoctor : ::testing::Test {
    testing::TempHome root;
    Environment env = [this] {
        auto e = testing::env_for(Platform::linux_like, {{"HOME", "/home/ann"}, {"PATH", "/usr/bin"}});
        e.root = root.str();
        e.exists = nullptr; // detection looks under the root
        return e;
    }();
    void SetUp() override
    {
        root.write("opt/onward/onward-host", "#!/bin/sh\n", fs::perms(0755));
        root.write("usr/bin/chromium", "", fs::perms(0755));
        InstallOptions o;
        o.browsers = parse_browser_list("chromium");
        o.host_path = "/opt/onward/onward-host";
        install::install(o, env, nullptr);
    }
    DoctorReport run()
    {
        return run_doctor(env, nullptr, default_ids(), [this](const std::string& path, Family, const std::string&, const ManifestIds&) {
            EXPECT_EQ(path, root.str() + "/opt/onward/onward-host"); // the file this process can run
            return HelloResult{true, "1.0.0", ""};
        });
    }
};

TEST_F(RootedDoctor, ReadyWithoutPolicies)
{
    const auto report = run();
    EXPECT_TRUE(report.ok()) << format_report(report);
}

TEST_F(RootedDoctor, NoticesAPolicyThatTurnsOffUserLevelHosts)
{
    root.write("etc/chromium/policies/managed/company.json", R"({"NativeMessagingUserLevelHosts": false})");
    const auto report = run();
    EXPECT_FALSE(report.ok());
    ASSERT_EQ(report.manifests.size(), 1u);
    ASSERT_EQ(report.manifests[0].problems.size(), 1u);
    const auto& p = report.manifests[0].problems[0];
    EXPECT_EQ(p.what, "a policy (/etc/chromium/policies/managed/company.json) stops Chromium from reading user-level native "
                      "hosts (NativeMessagingUserLevelHosts is false)");
    EXPECT_EQ(p.fix, "install system-wide with `sudo onward-host install --system --browser chromium`, or ask whoever manages this computer");

    // The system-wide manifest is not affected by that policy.
    InstallOptions o;
    o.scope = Scope::system;
    o.browsers = parse_browser_list("chromium");
    o.host_path = "/opt/onward/onward-host";
    install::install(o, env, nullptr);
    EXPECT_TRUE(run().ok());
}

TEST_F(RootedDoctor, NoticesABlocklistUnlessOurHostIsAllowed)
{
    root.write("etc/chromium/policies/managed/a.json", R"({"NativeMessagingBlocklist": ["*"]})");
    auto report = run();
    EXPECT_FALSE(report.ok());
    EXPECT_NE(format_report(report).find("blocks native hosts in Chromium. Fix: ask whoever manages this computer to add org.onward.host to NativeMessagingAllowlist."),
              std::string::npos)
        << format_report(report);
    root.write("etc/chromium/policies/managed/b.json", R"({"NativeMessagingAllowlist": ["org.onward.host"]})");
    EXPECT_TRUE(run().ok());
}

TEST_F(RootedDoctor, NotesSnapBrowsers)
{
    root.write("snap/bin/chromium", "", fs::perms(0755));
    root.write("snap/bin/firefox", "", fs::perms(0755));
    const auto report = run();
    ASSERT_EQ(report.notes.size(), 2u);
    EXPECT_NE(report.notes[0].find("Chromium from Snap cannot start helpers"), std::string::npos);
    EXPECT_NE(report.notes[1].find("desktop portal"), std::string::npos);
}

TEST_F(RootedDoctor, FlatpakNeedsTheOverrideThatLetsItSpawnOnTheHost)
{
    root.write("var/lib/flatpak/app/org.chromium.Chromium/current", "");
    InstallOptions o;
    o.browsers = parse_browser_list("chromium-flatpak");
    o.host_path = "/opt/onward/onward-host";
    install::install(o, env, nullptr);
    auto report = run();
    const ManifestReport* flatpak = nullptr;
    for (const auto& m : report.manifests)
        if (m.browser->id == "chromium-flatpak") flatpak = &m;
    ASSERT_NE(flatpak, nullptr);
    ASSERT_EQ(flatpak->problems.size(), 1u) << format_report(report);
    EXPECT_EQ(flatpak->problems[0].fix, "run `flatpak override --user --talk-name=org.freedesktop.Flatpak org.chromium.Chromium`");
    EXPECT_EQ(flatpak->host_path, "/opt/onward/onward-host"); // read back from the wrapper

    root.write("home/ann/.local/share/flatpak/overrides/org.chromium.Chromium", "[Session Bus Policy]\norg.freedesktop.Flatpak=talk\n");
    report = run();
    EXPECT_EQ(report.ready_browsers, (std::vector<std::string>{"chromium", "chromium-flatpak"}));
}

TEST(WindowsDoctor, ChecksTheRegistryValueAndTheFileItNames)
{
    testing::TempHome root;
    auto env = testing::env_for(Platform::windows, {{"LOCALAPPDATA", R"(C:\Users\ann\AppData\Local)"}});
    env.root = root.str();
    env.exists = nullptr;
    root.write("Users/ann/AppData/Local/Google/Chrome/User Data/Local State", "{}");
    root.write("Programs/onward-host.exe", "", fs::perms(0755));
    FakeRegistry registry;
    InstallOptions o;
    o.browsers = parse_browser_list("chrome");
    o.host_path = R"(C:\Programs\onward-host.exe)";
    install::install(o, env, &registry);
    const auto probe = [](auto&&...) { return HelloResult{true, "1.0.0", ""}; };
    auto report = run_doctor(env, &registry, default_ids(), probe);
    EXPECT_EQ(report.ready_browsers, std::vector<std::string>{"chrome"}) << format_report(report);
    ASSERT_FALSE(report.manifests.empty());
    EXPECT_TRUE(report.manifests[0].registry_key);

    const RegistryKey key{Hive::current_user, R"(Software\Google\Chrome\NativeMessagingHosts\org.onward.host)", RegistryView::view64};
    registry.set_default_value(key, R"(C:\nowhere\org.onward.host.json)");
    report = run_doctor(env, &registry, default_ids(), probe);
    EXPECT_FALSE(report.ok());
    EXPECT_NE(format_report(report).find(R"(names C:\nowhere\org.onward.host.json, which does not exist)"), std::string::npos)
        << format_report(report);

    registry.delete_key(key);
    report = run_doctor(env, &registry, default_ids(), probe);
    EXPECT_NE(format_report(report).find("is missing, so the browser cannot find"), std::string::npos) << format_report(report);

    registry.set_default_value(key, R"(C:\Users\ann\AppData\Local\Onward\NativeMessagingHosts\chrome\org.onward.host.json)");
    registry.set_dword({Hive::local_machine, R"(Software\Policies\Google\Chrome)", RegistryView::view64}, "NativeMessagingUserLevelHosts", 0);
    report = run_doctor(env, &registry, default_ids(), probe);
    EXPECT_NE(format_report(report).find("NativeMessagingUserLevelHosts is false"), std::string::npos) << format_report(report);
}

} // namespace
} // namespace onward::install
