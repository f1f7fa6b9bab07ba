#pragma once
// The one table of browsers and where each looks for native-messaging host manifests, per platform
// and scope, and the functions that turn a row into concrete paths for a given HOME/environment.
// Everything is computed from an injected environment, so tests run against a temporary HOME.

#include "store/paths.hpp"

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace onward::install {

using store::Platform;

inline constexpr std::string_view host_name = "org.onward.host";

enum class Family { chromium, firefox };
enum class Scope { user, system };

std::string_view to_string(Family family) noexcept;
std::string_view to_string(Scope scope) noexcept;
std::string_view to_string(Platform platform) noexcept;

// Where a path in the table starts.
enum class Base {
    absolute,       // the relative part is the whole path ("/etc/chromium/native-messaging-hosts")
    home,           // $HOME (%USERPROFILE% is never needed)
    xdg_config,     // $XDG_CONFIG_HOME if absolute, else $HOME/.config
    xdg_data,       // $XDG_DATA_HOME if absolute, else $HOME/.local/share
    local_app_data, // %LOCALAPPDATA% (Windows)
    program_data,   // %ProgramData% (Windows)
    program_files,  // %ProgramFiles% (Windows, detection only)
};

enum class Hive { current_user, local_machine };
// Which registry view a key is written to and read from. HKCU\Software is shared by both views;
// HKLM\Software is not, and 64-bit browsers read the 64-bit view, so we name it explicitly
// (a 32-bit process would otherwise be redirected to WOW6432Node).
enum class RegistryView { view64, view32 };

struct RegistryKey {
    Hive hive = Hive::current_user;
    std::string path; // e.g. Software\Google\Chrome\NativeMessagingHosts\org.onward.host
    RegistryView view = RegistryView::view64;
    friend bool operator==(const RegistryKey&, const RegistryKey&) = default;
};
std::string describe(const RegistryKey& key); // HKCU\Software\...\org.onward.host (64-bit view)

// One row of the table: where `browser` on `platform` reads manifests for `scope`.
struct PlaceRule {
    Platform platform;
    Scope scope;
    Base base;
    std::string_view dir;          // the manifest folder relative to base ('/'-separated)
    std::string_view registry_key; // Windows: key under the hive, without the host name; empty elsewhere
};

// A path whose existence tells that a browser is installed (or has been run).
struct DetectRule {
    Platform platform;
    Base base;
    std::string_view path;
};

struct Browser {
    std::string_view id;   // what --browser takes: "chrome", "chromium-flatpak", ...
    std::string_view name; // what people read: "Google Chrome"
    Family family;
    std::string_view flatpak_app; // Flatpak application id for the sandboxed variants, else empty
    std::string_view policy_dir;  // Linux managed-policy folder (Chromium family), else empty
    std::vector<PlaceRule> places;
    std::vector<DetectRule> detect;
    std::vector<std::string_view> commands; // Linux/macOS executables looked up on PATH
    std::string_view note;                  // a caveat shown by doctor and the docs
    std::string_view windows_policy_key;    // HKLM key of the browser's managed policies, else empty
};

// The table itself, in the order doctor reports.
std::span<const Browser> browsers();
const Browser* find_browser(std::string_view id);

// What the computations read: the platform, the environment and an optional staging root.
struct Environment {
    Platform platform = store::current_platform();
    store::EnvLookup env = store::process_environment();
    // Every file is read and written under this root when it is set (packaging, tests); the paths
    // written into manifests and the registry stay the ones the browser will see.
    std::string root;
    // Existence check for detection; defaults to the filesystem under `root`.
    std::function<bool(const std::string&)> exists;

    // Joins with the platform's separator: "/" or "\".
    std::string join(std::string_view base, std::string_view relative) const;
    // Maps a browser-visible path to the file this process touches (prefixed by `root`).
    std::string on_disk(const std::string& path) const;
    bool path_exists(const std::string& path) const;
    // The folder a Base stands for; nullopt when the variable it needs is unset.
    std::optional<std::string> base_dir(Base base) const;
    // Where install keeps the record of what it wrote, per scope.
    std::optional<std::string> onward_dir(Scope scope) const;
};

// A concrete place a manifest goes for one browser.
struct Location {
    const Browser* browser = nullptr;
    Scope scope = Scope::user;
    std::string manifest_path;               // browser-visible path of the manifest file
    std::optional<RegistryKey> registry_key; // Windows: the key whose default value names the manifest
    // Browser-visible path of the wrapper script that Flatpak variants run (flatpak-spawn --host).
    std::optional<std::string> flatpak_wrapper;
};

// The location for a browser and scope on env's platform, or nullopt when the table has none
// (Tor Browser has no system scope, Flatpak variants have no system scope, a variable is unset).
std::optional<Location> locate(const Browser& browser, Scope scope, const Environment& env);

// The browsers that look installed: a profile or install folder exists, or a command is on PATH.
std::vector<const Browser*> detect_browsers(const Environment& env);

// "chrome,firefox" / "all" -> browsers; throws onward::Error(invalid_args) naming an unknown id.
std::vector<const Browser*> parse_browser_list(std::string_view list);

} // namespace onward::install
