#include "install/browsers.hpp"

#include "core/error.hpp"

#include <algorithm>
#include <list>
#include <filesystem>
#include <system_error>

namespace onward::install {

namespace {

using enum Base;
constexpr auto linux_ = Platform::linux_like;
constexpr auto macos = Platform::macos;
constexpr auto windows = Platform::windows;
constexpr auto user = Scope::user;
constexpr auto system = Scope::system;

// Windows keeps the manifest file in Onward's own folder and names it in the registry. Browsers that
// read another browser's key (Brave, Vivaldi and Opera read Chrome's; LibreWolf reads Mozilla's)
// share that browser's folder, so one file serves the one key.
constexpr std::string_view chrome_key = R"(Software\Google\Chrome\NativeMessagingHosts)";
constexpr std::string_view chromium_key = R"(Software\Chromium\NativeMessagingHosts)";
constexpr std::string_view edge_key = R"(Software\Microsoft\Edge\NativeMessagingHosts)";
constexpr std::string_view mozilla_key = R"(Software\Mozilla\NativeMessagingHosts)";
constexpr std::string_view win_chrome_dir = "Onward/NativeMessagingHosts/chrome";
constexpr std::string_view win_chromium_dir = "Onward/NativeMessagingHosts/chromium";
constexpr std::string_view win_edge_dir = "Onward/NativeMessagingHosts/edge";
constexpr std::string_view win_mozilla_dir = "Onward/NativeMessagingHosts/firefox";

std::vector<PlaceRule> windows_places(std::string_view dir, std::string_view key)
{
    return {{windows, user, local_app_data, dir, key}, {windows, system, program_data, dir, key}};
}

template <typename T>
std::vector<T> concat(std::vector<T> a, const std::vector<T>& b)
{
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

// Paths built at start-up for the table's string_views; a list never moves its elements.
std::list<std::string> flatpak_app_paths;

std::vector<Browser> make_table()
{
    std::vector<Browser> t;
    const auto chrome_like = [&](std::string_view id, std::string_view name, std::string_view linux_dir,
                                 std::string_view linux_opt, std::string_view command, std::string_view mac_dir,
                                 std::string_view mac_app, std::string_view win_profile) {
        Browser b{id, name, Family::chromium, "", "/etc/opt/chrome/policies/managed", {}, {}, {}, "",
                  R"(Software\Policies\Google\Chrome)"};
        b.places = concat<PlaceRule>({{linux_, user, xdg_config, linux_dir, ""},
                                      {linux_, system, absolute, "/etc/opt/chrome/native-messaging-hosts", ""},
                                      {macos, user, home, mac_dir, ""},
                                      {macos, system, absolute, "/Library/Google/Chrome/NativeMessagingHosts", ""}},
                                     windows_places(win_chrome_dir, chrome_key));
        b.detect = {{linux_, absolute, linux_opt}, {macos, absolute, mac_app}, {windows, local_app_data, win_profile}};
        b.commands = {command};
        if (id == "chrome") {
            b.commands.push_back("google-chrome-stable");
            b.detect.push_back({windows, program_files, "Google/Chrome/Application/chrome.exe"});
        }
        t.push_back(std::move(b));
    };
    chrome_like("chrome", "Google Chrome", "google-chrome/NativeMessagingHosts", "/opt/google/chrome/chrome",
                "google-chrome", "Library/Application Support/Google/Chrome/NativeMessagingHosts",
                "/Applications/Google Chrome.app", "Google/Chrome/User Data");
    chrome_like("chrome-beta", "Google Chrome Beta", "google-chrome-beta/NativeMessagingHosts",
                "/opt/google/chrome-beta/chrome", "google-chrome-beta",
                "Library/Application Support/Google/Chrome Beta/NativeMessagingHosts",
                "/Applications/Google Chrome Beta.app", "Google/Chrome Beta/User Data");
    chrome_like("chrome-dev", "Google Chrome Dev", "google-chrome-unstable/NativeMessagingHosts",
                "/opt/google/chrome-unstable/chrome", "google-chrome-unstable",
                "Library/Application Support/Google/Chrome Dev/NativeMessagingHosts",
                "/Applications/Google Chrome Dev.app", "Google/Chrome Dev/User Data");
    chrome_like("chrome-canary", "Google Chrome Canary", "google-chrome-canary/NativeMessagingHosts",
                "/opt/google/chrome-canary/chrome", "google-chrome-canary",
                "Library/Application Support/Google/Chrome Canary/NativeMessagingHosts",
                "/Applications/Google Chrome Canary.app", "Google/Chrome SxS/User Data");

    t.push_back({"chromium", "Chromium", Family::chromium, "", "/etc/chromium/policies/managed",
                 concat<PlaceRule>({{linux_, user, xdg_config, "chromium/NativeMessagingHosts", ""},
                                    {linux_, system, absolute, "/etc/chromium/native-messaging-hosts", ""},
                                    {macos, user, home, "Library/Application Support/Chromium/NativeMessagingHosts", ""},
                                    {macos, system, absolute, "/Library/Application Support/Chromium/NativeMessagingHosts", ""}},
                                   windows_places(win_chromium_dir, chromium_key)),
                 {{linux_, xdg_config, "chromium/Local State"}, {linux_, absolute, "/usr/lib/chromium/chromium"},
                  {macos, absolute, "/Applications/Chromium.app"}, {windows, local_app_data, "Chromium/User Data"}},
                 {"chromium", "chromium-browser"},
                 "",
                 R"(Software\Policies\Chromium)"});

    const auto edge_like = [&](std::string_view id, std::string_view name, std::string_view linux_dir,
                               std::string_view linux_opt, std::string_view command, std::string_view mac_dir,
                               std::string_view mac_app, std::string_view win_profile) {
        Browser b{id, name, Family::chromium, "", "/etc/opt/edge/policies/managed", {}, {}, {}, "",
                  R"(Software\Policies\Microsoft\Edge)"};
        if (!linux_dir.empty()) {
            b.places.push_back({linux_, user, xdg_config, linux_dir, ""});
            b.places.push_back({linux_, system, absolute, "/etc/opt/edge/native-messaging-hosts", ""});
            b.detect.push_back({linux_, absolute, linux_opt});
            b.commands = {command};
        }
        b.places.push_back({macos, user, home, mac_dir, ""});
        b.places.push_back({macos, system, absolute, "/Library/Microsoft/Edge/NativeMessagingHosts", ""});
        b.places = concat(b.places, windows_places(win_edge_dir, edge_key));
        b.detect.push_back({macos, absolute, mac_app});
        b.detect.push_back({windows, local_app_data, win_profile});
        t.push_back(std::move(b));
    };
    edge_like("edge", "Microsoft Edge", "microsoft-edge/NativeMessagingHosts", "/opt/microsoft/msedge/msedge",
              "microsoft-edge", "Library/Application Support/Microsoft Edge/NativeMessagingHosts",
              "/Applications/Microsoft Edge.app", "Microsoft/Edge/User Data");
    edge_like("edge-beta", "Microsoft Edge Beta", "microsoft-edge-beta/NativeMessagingHosts",
              "/opt/microsoft/msedge-beta/msedge", "microsoft-edge-beta",
              "Library/Application Support/Microsoft Edge Beta/NativeMessagingHosts",
              "/Applications/Microsoft Edge Beta.app", "Microsoft/Edge Beta/User Data");
    edge_like("edge-dev", "Microsoft Edge Dev", "microsoft-edge-dev/NativeMessagingHosts",
              "/opt/microsoft/msedge-dev/msedge", "microsoft-edge-dev",
              "Library/Application Support/Microsoft Edge Dev/NativeMessagingHosts",
              "/Applications/Microsoft Edge Dev.app", "Microsoft/Edge Dev/User Data");
    edge_like("edge-canary", "Microsoft Edge Canary", "", "", "",
              "Library/Application Support/Microsoft Edge Canary/NativeMessagingHosts",
              "/Applications/Microsoft Edge Canary.app", "Microsoft/Edge SxS/User Data");

    // Brave, Vivaldi and Opera: user scope only (their system folders are not documented), and on
    // Windows they read Google Chrome's registry key.
    t.push_back({"brave", "Brave", Family::chromium, "", "/etc/brave/policies/managed",
                 {{linux_, user, xdg_config, "BraveSoftware/Brave-Browser/NativeMessagingHosts", ""},
                  {macos, user, home, "Library/Application Support/BraveSoftware/Brave-Browser/NativeMessagingHosts", ""},
                  {windows, user, local_app_data, win_chrome_dir, chrome_key}},
                 {{linux_, xdg_config, "BraveSoftware/Brave-Browser/Local State"}, {linux_, absolute, "/opt/brave.com/brave/brave"},
                  {macos, absolute, "/Applications/Brave Browser.app"},
                  {windows, local_app_data, "BraveSoftware/Brave-Browser/User Data"}},
                 {"brave-browser", "brave"},
                 "On Windows Brave reads Google Chrome's registration.",
                 R"(Software\Policies\BraveSoftware\Brave)"});
    t.push_back({"vivaldi", "Vivaldi", Family::chromium, "", "",
                 {{linux_, user, xdg_config, "vivaldi/NativeMessagingHosts", ""},
                  {macos, user, home, "Library/Application Support/Vivaldi/NativeMessagingHosts", ""},
                  {windows, user, local_app_data, win_chrome_dir, chrome_key}},
                 {{linux_, xdg_config, "vivaldi/Local State"}, {linux_, absolute, "/opt/vivaldi/vivaldi"},
                  {macos, absolute, "/Applications/Vivaldi.app"}, {windows, local_app_data, "Vivaldi/User Data"}},
                 {"vivaldi", "vivaldi-stable"},
                 "On Windows Vivaldi reads Google Chrome's registration.", ""});
    t.push_back({"opera", "Opera", Family::chromium, "", "",
                 {{linux_, user, xdg_config, "opera/NativeMessagingHosts", ""},
                  {macos, user, home, "Library/Application Support/com.operasoftware.Opera/NativeMessagingHosts", ""},
                  {windows, user, local_app_data, win_chrome_dir, chrome_key}},
                 {{linux_, xdg_config, "opera/Local State"}, {macos, absolute, "/Applications/Opera.app"},
                  {windows, local_app_data, "Programs/Opera"}},
                 {"opera"},
                 "On Windows Opera reads Google Chrome's registration.", ""});

    t.push_back({"firefox", "Firefox", Family::firefox, "", "",
                 concat<PlaceRule>({{linux_, user, home, ".mozilla/native-messaging-hosts", ""},
                                    {linux_, system, absolute, "/usr/lib/mozilla/native-messaging-hosts", ""},
                                    {macos, user, home, "Library/Application Support/Mozilla/NativeMessagingHosts", ""},
                                    {macos, system, absolute, "/Library/Application Support/Mozilla/NativeMessagingHosts", ""}},
                                   windows_places(win_mozilla_dir, mozilla_key)),
                 {{linux_, home, ".mozilla/firefox/profiles.ini"}, {linux_, absolute, "/usr/lib/firefox-esr/firefox-esr"},
                  {linux_, absolute, "/usr/lib/firefox/firefox"}, {macos, absolute, "/Applications/Firefox.app"},
                  {windows, program_files, "Mozilla Firefox/firefox.exe"}, {windows, local_app_data, "Mozilla/Firefox"}},
                 {"firefox", "firefox-esr"},
                 "", ""});
    t.push_back({"librewolf", "LibreWolf", Family::firefox, "", "",
                 {{linux_, user, home, ".librewolf/native-messaging-hosts", ""},
                  {macos, user, home, "Library/Application Support/LibreWolf/NativeMessagingHosts", ""},
                  {windows, user, local_app_data, win_mozilla_dir, mozilla_key}},
                 {{linux_, home, ".librewolf/profiles.ini"}, {linux_, absolute, "/usr/share/librewolf/librewolf"},
                  {macos, absolute, "/Applications/LibreWolf.app"}, {windows, program_files, "LibreWolf/librewolf.exe"}},
                 {"librewolf"},
                 "On Windows LibreWolf reads Firefox's registration.", ""});
    t.push_back({"tor-browser", "Tor Browser", Family::firefox, "", "",
                 {{linux_, user, xdg_data,
                   "torbrowser/tbb/x86_64/tor-browser/Browser/TorBrowser/Data/Browser/.mozilla/native-messaging-hosts", ""},
                  {macos, user, home, "Library/Application Support/TorBrowser-Data/Browser/Mozilla/NativeMessagingHosts", ""}},
                 {{linux_, xdg_data, "torbrowser/tbb/x86_64/tor-browser/Browser/start-tor-browser"}, {macos, absolute, "/Applications/Tor Browser.app"}},
                 {},
                 "Tor Browser: only the torbrowser-launcher layout on Linux; none on Windows (it is portable).", ""});

    // Flatpak variants keep their configuration under ~/.var/app/<id>/ and run helpers inside their
    // sandbox: install writes a wrapper that asks the host to run onward-host (flatpak-spawn --host).
    const auto flatpak = [&](std::string_view id, std::string_view name, Family family, std::string_view app,
                             std::string_view dir, std::string_view) {
        // Detected by the installed application, not ~/.var/app/<id> (install itself creates folders there).
        const auto user_app = std::string_view(*flatpak_app_paths.emplace(flatpak_app_paths.end(), "flatpak/app/" + std::string(app)));
        const auto system_app = std::string_view(*flatpak_app_paths.emplace(flatpak_app_paths.end(), "/var/lib/flatpak/app/" + std::string(app)));
        t.push_back({id, name, family, app, "", {{linux_, user, home, dir, ""}}, {{linux_, xdg_data, user_app}, {linux_, absolute, system_app}}, {},
                     "Flatpak: needs `flatpak override --user --talk-name=org.freedesktop.Flatpak` for its app id.", ""});
    };
    flatpak("chrome-flatpak", "Google Chrome (Flatpak)", Family::chromium, "com.google.Chrome",
            ".var/app/com.google.Chrome/config/google-chrome/NativeMessagingHosts", ".var/app/com.google.Chrome");
    flatpak("chromium-flatpak", "Chromium (Flatpak)", Family::chromium, "org.chromium.Chromium",
            ".var/app/org.chromium.Chromium/config/chromium/NativeMessagingHosts", ".var/app/org.chromium.Chromium");
    flatpak("edge-flatpak", "Microsoft Edge (Flatpak)", Family::chromium, "com.microsoft.Edge",
            ".var/app/com.microsoft.Edge/config/microsoft-edge/NativeMessagingHosts", ".var/app/com.microsoft.Edge");
    flatpak("brave-flatpak", "Brave (Flatpak)", Family::chromium, "com.brave.Browser",
            ".var/app/com.brave.Browser/config/BraveSoftware/Brave-Browser/NativeMessagingHosts",
            ".var/app/com.brave.Browser");
    flatpak("vivaldi-flatpak", "Vivaldi (Flatpak)", Family::chromium, "com.vivaldi.Vivaldi",
            ".var/app/com.vivaldi.Vivaldi/config/vivaldi/NativeMessagingHosts", ".var/app/com.vivaldi.Vivaldi");
    flatpak("firefox-flatpak", "Firefox (Flatpak)", Family::firefox, "org.mozilla.firefox",
            ".var/app/org.mozilla.firefox/.mozilla/native-messaging-hosts", ".var/app/org.mozilla.firefox");
    flatpak("librewolf-flatpak", "LibreWolf (Flatpak)", Family::firefox, "io.gitlab.librewolf-community",
            ".var/app/io.gitlab.librewolf-community/.librewolf/native-messaging-hosts",
            ".var/app/io.gitlab.librewolf-community");
    return t;
}

bool is_absolute_env_path(const std::string& value, Platform platform)
{
    if (platform == Platform::windows)
        return value.size() >= 3 && value[1] == ':' && (value[2] == '\\' || value[2] == '/');
    return value.starts_with('/');
}

} // namespace

std::string_view to_string(Family family) noexcept
{
    return family == Family::chromium ? "chromium" : "firefox";
}

std::string_view to_string(Scope scope) noexcept
{
    return scope == Scope::user ? "user" : "system";
}

std::string_view to_string(Platform platform) noexcept
{
    switch (platform) {
    case Platform::linux_like: return "linux";
    case Platform::macos: return "macos";
    case Platform::windows: return "windows";
    }
    return "linux";
}

std::string describe(const RegistryKey& key)
{
    return std::string(key.hive == Hive::current_user ? "HKCU\\" : "HKLM\\") + key.path +
           (key.view == RegistryView::view64 ? " (64-bit view)" : " (32-bit view)");
}

std::span<const Browser> browsers()
{
    static const std::vector<Browser> table = make_table();
    return table;
}

const Browser* find_browser(std::string_view id)
{
    for (const auto& browser : browsers())
        if (browser.id == id) return &browser;
    return nullptr;
}

std::string Environment::join(std::string_view base, std::string_view relative) const
{
    const char sep = platform == Platform::windows ? '\\' : '/';
    std::string out(base);
    if (relative.empty()) return out;
    if (!out.empty() && out.back() != '/' && out.back() != '\\') out.push_back(sep);
    for (const char c : relative) out.push_back(c == '/' ? sep : c);
    return out;
}

std::string Environment::on_disk(const std::string& path) const
{
    if (root.empty()) return path;
    // A staging root only makes sense for POSIX paths ("/etc/..." -> "<root>/etc/...").
    std::string tail = path;
    if (tail.size() >= 2 && tail[1] == ':') tail.erase(0, 2); // drop a Windows drive
#if !defined(_WIN32)
    // Staging a Windows layout on another OS (tests): C:\Users\x -> <root>/Users/x.
    std::replace(tail.begin(), tail.end(), '\\', '/');
#endif
    std::string out = root;
    while (!out.empty() && (out.back() == '/' || out.back() == '\\')) out.pop_back();
    if (!tail.starts_with('/') && !tail.starts_with('\\')) out.push_back('/');
    return out + tail;
}

bool Environment::path_exists(const std::string& path) const
{
    if (exists) return exists(path);
    std::error_code ec;
    return std::filesystem::exists(std::filesystem::path(on_disk(path)), ec);
}

std::optional<std::string> Environment::base_dir(Base base) const
{
    const auto absolute_var = [&](const char* name) -> std::optional<std::string> {
        auto value = env(name);
        if (value && is_absolute_env_path(*value, platform)) return value;
        return std::nullopt;
    };
    switch (base) {
    case Base::absolute: return std::string();
    case Base::home: return absolute_var("HOME");
    case Base::xdg_config:
        if (auto xdg = absolute_var("XDG_CONFIG_HOME")) return xdg;
        if (auto h = absolute_var("HOME")) return join(*h, ".config");
        return std::nullopt;
    case Base::xdg_data:
        if (auto xdg = absolute_var("XDG_DATA_HOME")) return xdg;
        if (auto h = absolute_var("HOME")) return join(*h, ".local/share");
        return std::nullopt;
    case Base::local_app_data: return absolute_var("LOCALAPPDATA");
    case Base::program_data:
        if (auto v = absolute_var("ProgramData")) return v;
        return absolute_var("PROGRAMDATA");
    case Base::program_files:
        if (auto v = absolute_var("ProgramFiles")) return v;
        return absolute_var("PROGRAMFILES");
    }
    return std::nullopt;
}

std::optional<std::string> Environment::onward_dir(Scope scope) const
{
    switch (platform) {
    case Platform::linux_like:
        if (scope == Scope::system) return std::string("/var/lib/onward");
        if (auto data = base_dir(Base::xdg_data)) return join(*data, "onward");
        return std::nullopt;
    case Platform::macos:
        if (scope == Scope::system) return std::string("/Library/Application Support/Onward");
        if (auto h = base_dir(Base::home)) return join(*h, "Library/Application Support/Onward");
        return std::nullopt;
    case Platform::windows:
        if (auto b = base_dir(scope == Scope::user ? Base::local_app_data : Base::program_data))
            return join(*b, "Onward");
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<Location> locate(const Browser& browser, Scope scope, const Environment& env)
{
    for (const auto& rule : browser.places) {
        if (rule.platform != env.platform || rule.scope != scope) continue;
        const auto base = env.base_dir(rule.base);
        if (!base) return std::nullopt;
        Location loc;
        loc.browser = &browser;
        loc.scope = scope;
        const auto dir = rule.base == Base::absolute ? std::string(rule.dir) : env.join(*base, rule.dir);
        loc.manifest_path = env.join(dir, std::string(host_name) + ".json");
        if (!rule.registry_key.empty())
            loc.registry_key = RegistryKey{scope == Scope::user ? Hive::current_user : Hive::local_machine,
                                           std::string(rule.registry_key) + "\\" + std::string(host_name),
                                           RegistryView::view64};
        if (!browser.flatpak_app.empty()) loc.flatpak_wrapper = env.join(dir, std::string(host_name) + ".flatpak-wrapper.sh");
        return loc;
    }
    return std::nullopt;
}

std::vector<const Browser*> detect_browsers(const Environment& env)
{
    std::vector<std::string> path_dirs;
    if (env.platform != Platform::windows) {
        if (const auto path = env.env("PATH")) {
            std::size_t start = 0;
            while (start <= path->size()) {
                const auto end = std::min(path->find(':', start), path->size());
                if (end > start) path_dirs.push_back(path->substr(start, end - start));
                start = end + 1;
            }
        }
    }
    std::vector<const Browser*> found;
    for (const auto& browser : browsers()) {
        bool present = false;
        for (const auto& rule : browser.detect) {
            if (rule.platform != env.platform) continue;
            const auto base = env.base_dir(rule.base);
            if (!base) continue;
            const auto path = rule.base == Base::absolute ? std::string(rule.path) : env.join(*base, rule.path);
            if (env.path_exists(path)) present = true;
        }
        for (const auto command : browser.commands)
            for (const auto& dir : path_dirs)
                if (!present && env.path_exists(env.join(dir, command))) present = true;
        // A row only counts when the table can place a manifest for it on this platform.
        if (present && locate(browser, Scope::user, env)) found.push_back(&browser);
    }
    return found;
}

std::vector<const Browser*> parse_browser_list(std::string_view list)
{
    std::vector<const Browser*> out;
    if (list == "all") {
        for (const auto& browser : browsers()) out.push_back(&browser);
        return out;
    }
    std::size_t start = 0;
    while (start <= list.size()) {
        const auto end = std::min(list.find(',', start), list.size());
        const auto id = list.substr(start, end - start);
        if (!id.empty()) {
            const auto* browser = find_browser(id);
            if (browser == nullptr) {
                std::string known;
                for (const auto& b : browsers()) known += (known.empty() ? "" : ", ") + std::string(b.id);
                throw invalid_args("unknown browser '" + std::string(id) + "'; known: " + known + ", or all");
            }
            if (std::find(out.begin(), out.end(), browser) == out.end()) out.push_back(browser);
        }
        start = end + 1;
    }
    if (out.empty()) throw invalid_args("--browser needs a browser name, a comma-separated list, or all");
    return out;
}

} // namespace onward::install
