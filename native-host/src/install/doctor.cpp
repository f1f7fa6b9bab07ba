#include "install/doctor.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <system_error>

#if !defined(_WIN32)
#include <unistd.h>
#endif

namespace onward::install {

namespace fs = std::filesystem;
using json = nlohmann::json;

namespace {

std::string read_text(const std::string& path)
{
    std::ifstream in(fs::path(path), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string install_fix(const Browser& browser, Scope scope)
{
    return scope == Scope::system ? "run `sudo onward-host install --system --browser " + std::string(browser.id) + "`"
                                  : "run `onward-host install --browser " + std::string(browser.id) + "`";
}

bool is_executable(const std::string& disk_path)
{
    std::error_code ec;
    if (!fs::is_regular_file(disk_path, ec)) return false;
#if defined(_WIN32)
    return true;
#else
    return ::access(disk_path.c_str(), X_OK) == 0;
#endif
}

// The onward-host a Flatpak wrapper runs: the single-quoted word after `flatpak-spawn --host`.
std::optional<std::string> wrapper_target(const std::string& text)
{
    const std::string marker = "flatpak-spawn --host ";
    auto at = text.find(marker);
    if (at == std::string::npos) return std::nullopt;
    at += marker.size();
    std::string out;
    while (at < text.size() && text[at] == '\'') {
        const auto end = text.find('\'', at + 1);
        if (end == std::string::npos) return std::nullopt;
        out += text.substr(at + 1, end - at - 1);
        at = end + 1;
        if (text.compare(at, 2, "\\'") == 0) { // the '\'' idiom: a literal quote between quoted parts
            out += '\'';
            at += 2;
        }
    }
    if (out.empty()) return std::nullopt;
    return out;
}

bool flatpak_may_spawn_on_host(const Browser& browser, const Environment& env)
{
    std::vector<std::string> files;
    if (const auto data = env.base_dir(Base::xdg_data)) files.push_back(env.join(*data, "flatpak/overrides/") + std::string(browser.flatpak_app));
    files.push_back("/var/lib/flatpak/overrides/" + std::string(browser.flatpak_app));
    return std::any_of(files.begin(), files.end(), [&](const std::string& f) {
        const auto disk = env.on_disk(f);
        std::error_code ec;
        return fs::exists(disk, ec) && read_text(disk).find("org.freedesktop.Flatpak=talk") != std::string::npos;
    });
}

// Chromium-family managed policies that stop the browser from starting our host.
void check_policies(const Browser& browser, Scope scope, const Environment& env, const Registry* registry,
                    std::vector<Finding>& problems)
{
    if (browser.family != Family::chromium) return;
    const auto user_level_off = [&](const std::string& where) {
        if (scope != Scope::user) return;
        problems.push_back({"a policy (" + where + ") stops " + std::string(browser.name) +
                                " from reading user-level native hosts (NativeMessagingUserLevelHosts is false)",
                            "install system-wide with `sudo onward-host install --system --browser " +
                                std::string(browser.id) + "`, or ask whoever manages this computer"});
    };
    if (env.platform == Platform::windows) {
        if (registry == nullptr || browser.windows_policy_key.empty()) return;
        const RegistryKey key{Hive::local_machine, std::string(browser.windows_policy_key), RegistryView::view64};
        if (registry->dword_value(key, "NativeMessagingUserLevelHosts") == 0u) user_level_off(describe(key));
        return;
    }
    if (env.platform != Platform::linux_like || browser.policy_dir.empty()) return;
    const auto dir = env.on_disk(std::string(browser.policy_dir));
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir, ec))
        if (entry.path().extension() == ".json") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    const auto names = [](const json& list, std::string_view what) {
        return list.is_array() && std::any_of(list.begin(), list.end(), [&](const json& v) { return v == json(std::string(what)); });
    };
    bool allowed = false;
    std::string blocked_by;
    for (const auto& file : files) {
        const auto policy = json::parse(read_text(file.string()), nullptr, false);
        if (!policy.is_object()) continue;
        const auto where = std::string(browser.policy_dir) + "/" + file.filename().string();
        if (policy.value("NativeMessagingUserLevelHosts", json()) == json(false)) user_level_off(where);
        const auto block = policy.value("NativeMessagingBlocklist", json());
        if (names(block, "*") || names(block, host_name)) blocked_by = where;
        if (names(policy.value("NativeMessagingAllowlist", json()), host_name)) allowed = true;
    }
    if (!blocked_by.empty() && !allowed)
        problems.push_back({"a policy (" + blocked_by + ") blocks native hosts in " + std::string(browser.name),
                            "ask whoever manages this computer to add org.onward.host to NativeMessagingAllowlist"});
}

struct Presence {
    std::string manifest_path;
    std::optional<RegistryKey> key;
    std::vector<Finding> problems;
};

// Where the browser would find our manifest in this scope, if anywhere.
std::optional<Presence> find_manifest(const Location& loc, const Environment& env, const Registry* registry)
{
    Presence p;
    if (loc.registry_key) {
        if (registry == nullptr) return std::nullopt;
        const auto value = registry->default_value(*loc.registry_key);
        if (!value) {
            // A manifest file without its key is invisible to the browser; say so.
            std::error_code ec;
            if (!fs::exists(env.on_disk(loc.manifest_path), ec)) return std::nullopt;
            p.manifest_path = loc.manifest_path;
            p.key = loc.registry_key;
            p.problems.push_back({"the registry key " + describe(*loc.registry_key) + " is missing, so the browser cannot find " +
                                      loc.manifest_path,
                                  install_fix(*loc.browser, loc.scope)});
            return p;
        }
        p.manifest_path = *value;
        p.key = loc.registry_key;
        return p;
    }
    std::error_code ec;
    if (!fs::exists(env.on_disk(loc.manifest_path), ec)) return std::nullopt;
    p.manifest_path = loc.manifest_path;
    return p;
}

} // namespace

DoctorReport run_doctor(const Environment& env, const Registry* registry, const ManifestIds& ids, const HelloProbe& probe)
{
    DoctorReport report;
    report.platform = env.platform;
    const auto detected = detect_browsers(env);
    const auto is_detected = [&](const Browser& b) { return std::find(detected.begin(), detected.end(), &b) != detected.end(); };
    std::map<std::string, HelloResult> probes; // one hello per host path and family
    std::vector<const Browser*> registered;

    for (const auto& browser : browsers()) {
        for (const auto scope : {Scope::user, Scope::system}) {
            const auto loc = locate(browser, scope, env);
            if (!loc) continue;
            auto presence = find_manifest(*loc, env, registry);
            if (!presence) continue;
            // A location several browsers share (Chrome's channels system-wide, Chrome's key on Windows)
            // is reported for the browsers that are installed, or once for its first browser.
            const bool shared_with_earlier = std::any_of(browsers().begin(), browsers().end(), [&](const Browser& other) {
                if (&other >= &browser) return false;
                const auto l = locate(other, scope, env);
                return l && l->manifest_path == loc->manifest_path;
            });
            if (shared_with_earlier && !is_detected(browser)) continue;
            registered.push_back(&browser);

            ManifestReport m;
            m.browser = &browser;
            m.scope = scope;
            m.manifest_path = presence->manifest_path;
            m.registry_key = presence->key;
            m.detected = is_detected(browser);
            m.problems = std::move(presence->problems);
            const auto fix = install_fix(browser, scope);
            const auto disk = env.on_disk(m.manifest_path);

            std::error_code ec;
            if (!fs::exists(disk, ec)) {
                m.problems.push_back({describe(*m.registry_key) + " names " + m.manifest_path + ", which does not exist", fix});
                report.manifests.push_back(std::move(m));
                continue;
            }
            const auto manifest = json::parse(read_text(disk), nullptr, false);
            if (manifest.is_discarded()) {
                m.problems.push_back({m.manifest_path + " is not valid JSON", fix + " to rewrite it"});
                report.manifests.push_back(std::move(m));
                continue;
            }
            for (const auto& problem : manifest_content_problems(manifest, browser.family, env.platform, ids))
                m.problems.push_back({"the manifest is wrong: " + problem, fix + " to rewrite it"});

            std::string host = manifest.is_object() && manifest.value("path", json()).is_string() ? manifest["path"].get<std::string>() : "";
            if (!host.empty() && !browser.flatpak_app.empty()) {
                // The manifest names the wrapper; the wrapper names the real host.
                const auto wrapper_disk = env.on_disk(host);
                if (!is_executable(wrapper_disk)) {
                    m.problems.push_back({"the Flatpak wrapper " + host + " is missing or not executable", fix});
                    host.clear();
                } else if (auto target = wrapper_target(read_text(wrapper_disk))) {
                    host = *target;
                } else {
                    m.problems.push_back({"the Flatpak wrapper " + host + " does not run flatpak-spawn --host", fix});
                    host.clear();
                }
                if (!flatpak_may_spawn_on_host(browser, env))
                    m.problems.push_back({std::string(browser.name) + " may not start programs outside its sandbox",
                                          "run `flatpak override --user --talk-name=org.freedesktop.Flatpak " +
                                              std::string(browser.flatpak_app) + "`"});
            }
            m.host_path = host;
            if (!host.empty()) {
                const auto host_disk = env.on_disk(host);
                if (!fs::exists(host_disk, ec)) {
                    m.problems.push_back({"the host " + host + " named in the manifest does not exist (moved or deleted?)",
                                          "reinstall with installer/install.sh, or " + fix + " from where onward-host now is"});
                } else if (!is_executable(host_disk)) {
                    m.problems.push_back({"the host " + host + " is not executable", "run `chmod 755 " + host + "`"});
                } else {
                    const auto key = host + "\n" + std::string(to_string(browser.family));
                    if (!probes.contains(key)) probes[key] = probe(host_disk, browser.family, m.manifest_path, ids);
                    const auto& hello = probes[key];
                    if (hello.ok)
                        m.host_version = hello.version;
                    else
                        m.problems.push_back({"the host " + host + " did not answer hello: " + hello.problem,
                                              "run `" + host + " serve` by hand to see its error, or reinstall with installer/install.sh"});
                }
            }
            check_policies(browser, scope, env, registry, m.problems);
            if (!browser.note.empty()) m.notes.emplace_back(browser.note);
            if (!m.detected) m.notes.push_back(std::string(browser.name) + " itself was not found on this computer");
            if (m.ready() && m.detected &&
                std::find(report.ready_browsers.begin(), report.ready_browsers.end(), browser.id) == report.ready_browsers.end())
                report.ready_browsers.emplace_back(browser.id);
            report.manifests.push_back(std::move(m));
        }
    }

    for (const auto* browser : detected)
        if (std::find(registered.begin(), registered.end(), browser) == registered.end())
            report.problems.push_back({std::string(browser->name) + " is installed, but Onward is not registered for it",
                                       install_fix(*browser, Scope::user)});
    if (registered.empty() && detected.empty())
        report.problems.push_back({"no supported browser was found and Onward is not registered anywhere",
                                   "install a browser, or register anyway with `onward-host install --browser all`"});
    else if (report.ready_browsers.empty() && !registered.empty() &&
             std::all_of(report.manifests.begin(), report.manifests.end(), [](const auto& m) { return m.ready() && !m.detected; }))
        report.problems.push_back({"Onward is registered only for browsers that are not on this computer",
                                   "run `onward-host install --browser NAME` for the browser you use"});

    if (env.platform == Platform::linux_like) {
        if (env.path_exists("/snap/bin/chromium"))
            report.notes.push_back("Chromium from Snap cannot start helpers installed outside its snap: use Chromium from "
                                   "your distribution's packages or Flatpak (chromium-flatpak), or Firefox");
        if (env.path_exists("/snap/bin/firefox"))
            report.notes.push_back("Firefox from Snap starts native helpers through the desktop portal: it asks once for "
                                   "permission and needs xdg-desktop-portal 1.17 or later; the manifests are the usual ones");
    }
    return report;
}

json DoctorReport::to_json() const
{
    json out{{"ok", ok()}, {"platform", to_string(platform)}, {"ready", ready_browsers}};
    const auto findings = [](const std::vector<Finding>& list) {
        json a = json::array();
        for (const auto& f : list) a.push_back({{"problem", f.what}, {"fix", f.fix}});
        return a;
    };
    json manifests_json = json::array();
    for (const auto& m : manifests) {
        json j{{"browser", m.browser->id},
               {"name", m.browser->name},
               {"family", to_string(m.browser->family)},
               {"scope", to_string(m.scope)},
               {"manifest", m.manifest_path},
               {"host", m.host_path},
               {"detected", m.detected},
               {"ready", m.ready()},
               {"problems", findings(m.problems)},
               {"notes", m.notes}};
        if (m.registry_key) j["registry_key"] = describe(*m.registry_key);
        if (!m.host_version.empty()) j["host_version"] = m.host_version;
        manifests_json.push_back(j);
    }
    out["manifests"] = manifests_json;
    out["problems"] = findings(problems);
    out["notes"] = notes;
    return out;
}

std::string format_report(const DoctorReport& report)
{
    std::ostringstream out;
    out << "Onward doctor (" << to_string(report.platform) << ")\n";
    for (const auto& m : report.manifests) {
        out << (m.ready() ? "  ok       " : "  PROBLEM  ") << m.browser->name << " (" << to_string(m.scope) << "): " << m.manifest_path;
        if (m.registry_key) out << " via " << describe(*m.registry_key);
        if (m.ready()) out << " -> onward-host " << m.host_version << " answered hello";
        out << '\n';
        for (const auto& p : m.problems) out << "           - " << p.what << ". Fix: " << p.fix << ".\n";
        for (const auto& n : m.notes) out << "           note: " << n << '\n';
    }
    for (const auto& p : report.problems) out << "  PROBLEM  " << p.what << ". Fix: " << p.fix << ".\n";
    for (const auto& n : report.notes) out << "  note: " << n << '\n';
    if (report.ok()) {
        out << "Ready for " << report.ready_browsers.size() << (report.ready_browsers.size() == 1 ? " browser: " : " browsers: ");
        for (std::size_t i = 0; i < report.ready_browsers.size(); ++i) out << (i ? ", " : "") << report.ready_browsers[i];
        out << ".\n";
    } else {
        out << "No browser is ready to start Onward's helper yet.\n";
    }
    return out.str();
}

} // namespace onward::install
