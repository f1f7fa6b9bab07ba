#pragma once
// doctor: checks every host manifest the browsers would read, and explains each problem in one
// line with its fix. Ready means: the manifest is valid and names the right ids, the host it
// points at exists, is executable and answers hello over real framing, and no policy blocks it.

#include "install/browsers.hpp"
#include "install/manifest.hpp"
#include "install/registry.hpp"

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace onward::install {

struct Finding {
    std::string what; // one sentence: what is wrong
    std::string fix;  // one sentence: what to do
};

// What starting the host and saying hello gave.
struct HelloResult {
    bool ok = false;
    std::string version; // the host's version when ok
    std::string problem; // why not, when not ok
};

// Starts `host_path` as a browser of `family` would (argv per shared/CONTRACT.md), sends
// {"id":1,"cmd":"hello"} in a native-messaging frame and reads the reply.
using HelloProbe = std::function<HelloResult(const std::string& host_path, Family family,
                                             const std::string& manifest_path, const ManifestIds& ids)>;

// The real probe: spawns the process with Boost.Process and gives it `timeout_ms` to answer.
HelloResult probe_host(const std::string& host_path, Family family, const std::string& manifest_path,
                       const ManifestIds& ids, int timeout_ms = 5000);

struct ManifestReport {
    const Browser* browser = nullptr;
    Scope scope = Scope::user;
    std::string manifest_path;               // browser-visible
    std::optional<RegistryKey> registry_key; // Windows
    std::string host_path;                   // what the manifest names (after a Flatpak wrapper)
    std::string host_version;                // when hello answered
    bool detected = false;                   // the browser looks installed
    std::vector<Finding> problems;
    std::vector<std::string> notes;
    bool ready() const { return problems.empty(); }
};

struct DoctorReport {
    Platform platform = Platform::linux_like;
    std::vector<ManifestReport> manifests;
    std::vector<Finding> problems;  // not tied to one manifest: a browser found but not registered, ...
    std::vector<std::string> notes; // Snap browsers, ...
    std::vector<std::string> ready_browsers; // ids of detected browsers with a ready manifest
    bool ok() const { return !ready_browsers.empty(); }
    nlohmann::json to_json() const;
};

DoctorReport run_doctor(const Environment& env, const Registry* registry, const ManifestIds& ids, const HelloProbe& probe);

// The text doctor prints for people.
std::string format_report(const DoctorReport& report);

} // namespace onward::install
