// onward-host install -> doctor -> uninstall, the real binary into a temporary HOME. doctor's hello
// really starts the installed host through the manifest's path, as the browser would.
#include <boost/process.hpp>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace {

namespace bp = boost::process;
namespace fs = std::filesystem;
using json = nlohmann::json;

struct Result {
    int status = -1;
    std::string out;
    std::string err;
};

std::string slurp(const fs::path& p)
{
    std::ifstream in(p);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

class InstallCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        std::random_device seed;
        dir_ = fs::temp_directory_path() / ("onward-install-cli-" + std::to_string(seed()) + std::to_string(seed()));
        home_ = dir_ / "home";
        fs::create_directories(home_);
        // The browsers are "installed" in this HOME: their profiles exist.
        write(home_ / ".config/chromium/Local State", "{}");
        write(home_ / ".mozilla/firefox/profiles.ini", "[General]\n");
    }
    void TearDown() override
    {
        std::error_code ignored;
        fs::remove_all(dir_, ignored);
    }

    static void write(const fs::path& p, const std::string& text)
    {
        fs::create_directories(p.parent_path());
        std::ofstream(p) << text;
    }

    Result run(const std::string& host, std::vector<std::string> args)
    {
        auto env = boost::this_process::environment();
        env["HOME"] = home_.string();
        for (const char* name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "ONWARD_DB"})
            if (env.count(name) != 0) env.erase(name);
        const auto out = dir_ / "stdout";
        const auto err = dir_ / "stderr";
        bp::child child(host, bp::args(args), bp::std_in.close(), bp::std_out > out.string(), bp::std_err > err.string(), env);
        child.wait();
        return {child.exit_code(), slurp(out), slurp(err)};
    }

    std::set<std::string> tree() const
    {
        std::set<std::string> out;
        for (const auto& e : fs::recursive_directory_iterator(home_)) out.insert(fs::relative(e.path(), home_).string());
        return out;
    }

    fs::path dir_;
    fs::path home_;
};

TEST_F(InstallCli, InstallDoctorUninstallRoundTrip)
{
    const auto before = tree();
    const auto installed = run(ONWARD_HOST_PATH, {"install"});
    ASSERT_EQ(installed.status, 0) << installed.out << installed.err;
    EXPECT_NE(installed.out.find("Registered for Chromium (user)"), std::string::npos) << installed.out;
    EXPECT_NE(installed.out.find("Registered for Firefox (user)"), std::string::npos) << installed.out;

    const auto chromium = json::parse(slurp(home_ / ".config/chromium/NativeMessagingHosts/org.onward.host.json"));
    EXPECT_EQ(chromium["path"], fs::canonical(ONWARD_HOST_PATH).string());
    EXPECT_EQ(chromium["allowed_origins"], json({"chrome-extension://fpmjnchfpmlceeolkgghjcdannejclhf/"}));
    const auto firefox = json::parse(slurp(home_ / ".mozilla/native-messaging-hosts/org.onward.host.json"));
    EXPECT_EQ(firefox["allowed_extensions"], json({"onward@onward.org"}));

    const auto doctor = run(ONWARD_HOST_PATH, {"doctor"});
    EXPECT_EQ(doctor.status, 0) << doctor.out << doctor.err;
    EXPECT_NE(doctor.out.find("ok       Chromium (user)"), std::string::npos) << doctor.out;
    EXPECT_NE(doctor.out.find("ok       Firefox (user)"), std::string::npos) << doctor.out;

    const auto doctor_json = run(ONWARD_HOST_PATH, {"doctor", "--json"});
    ASSERT_EQ(doctor_json.status, 0) << doctor_json.err;
    const auto report = json::parse(doctor_json.out);
    EXPECT_EQ(report["ok"], true);
    std::set<std::string> ready(report["ready"].begin(), report["ready"].end());
    EXPECT_TRUE(ready.contains("chromium") && ready.contains("firefox")) << report.dump(2);
    for (const auto& m : report["manifests"])
        if (m["browser"] == "chromium" || m["browser"] == "firefox") {
            EXPECT_FALSE(m["host_version"].get<std::string>().empty());
        }

    const auto removed = run(ONWARD_HOST_PATH, {"uninstall"});
    ASSERT_EQ(removed.status, 0) << removed.out << removed.err;
    EXPECT_NE(removed.out.find("Your Onward data is kept"), std::string::npos) << removed.out;
    // Exactly what install wrote is gone. doctor's hello started the host, which created its
    // database: that is the user's data, and uninstall keeps it.
    auto after = tree();
    for (const auto* data : {".local", ".local/share", ".local/share/onward", ".local/share/onward/onward.db",
                             ".local/share/onward/onward.db-wal", ".local/share/onward/onward.db-shm"})
        after.erase(data);
    EXPECT_EQ(after, before);

    const auto doctor_after = run(ONWARD_HOST_PATH, {"doctor"});
    EXPECT_EQ(doctor_after.status, 1);
    EXPECT_NE(doctor_after.out.find("Chromium is installed, but Onward is not registered for it. Fix: run `onward-host install --browser chromium`."),
              std::string::npos)
        << doctor_after.out;
}

TEST_F(InstallCli, DoctorExplainsAHostThatMoved)
{
    const auto copy = dir_ / "bin" / "onward-host";
    fs::create_directories(copy.parent_path());
    fs::copy_file(ONWARD_HOST_PATH, copy);
    fs::permissions(copy, fs::perms(0755));
    ASSERT_EQ(run(copy.string(), {"install", "--browser", "chromium"}).status, 0);
    EXPECT_EQ(run(copy.string(), {"doctor"}).status, 0);

    fs::remove(copy);
    const auto doctor = run(ONWARD_HOST_PATH, {"doctor"});
    EXPECT_EQ(doctor.status, 1);
    EXPECT_NE(doctor.out.find("the host " + copy.string() + " named in the manifest does not exist (moved or deleted?)"), std::string::npos)
        << doctor.out;
    EXPECT_EQ(run(ONWARD_HOST_PATH, {"uninstall"}).status, 0);
}

TEST_F(InstallCli, UsageErrorsAreOneLineAndStatusTwo)
{
    const auto both = run(ONWARD_HOST_PATH, {"install", "--user", "--system"});
    EXPECT_EQ(both.status, 2) << both.err;
    const auto unknown = run(ONWARD_HOST_PATH, {"install", "--browser", "netscape"});
    EXPECT_EQ(unknown.status, 2);
    EXPECT_NE(unknown.err.find("unknown browser 'netscape'"), std::string::npos) << unknown.err;
}

TEST_F(InstallCli, StagingRootForPackagesWritesSystemManifestsThatNameTheFinalPath)
{
    const auto root = dir_ / "stage";
    const auto r = run(ONWARD_HOST_PATH, {"install", "--system", "--browser", "chromium,chrome,firefox", "--root", root.string(),
                                          "--host-path", "/usr/bin/onward-host"});
    ASSERT_EQ(r.status, 0) << r.out << r.err;
    for (const auto* p : {"etc/chromium/native-messaging-hosts/org.onward.host.json", "etc/opt/chrome/native-messaging-hosts/org.onward.host.json",
                          "usr/lib/mozilla/native-messaging-hosts/org.onward.host.json"}) {
        const auto manifest = json::parse(slurp(root / p));
        EXPECT_EQ(manifest["path"], "/usr/bin/onward-host") << p;
        EXPECT_EQ(fs::status(root / p).permissions() & fs::perms::all, fs::perms(0644)) << p;
    }
    EXPECT_EQ(run(ONWARD_HOST_PATH, {"uninstall", "--system", "--root", root.string()}).status, 0);
    EXPECT_FALSE(fs::exists(root)); // install created the staging root too, so uninstall removes it
}

} // namespace
