#pragma once
// install / uninstall: write the host manifests (and on Windows the registry keys) for a set of
// browsers, keep a record of exactly what was written, and remove exactly that.

#include "install/browsers.hpp"
#include "install/manifest.hpp"
#include "install/registry.hpp"

#include <string>
#include <vector>

namespace onward::install {

// Writes `text` to `path` atomically: a temporary file in the same folder, flushed, given `mode`
// (POSIX permission bits), then renamed over the target. Throws onward::Error on failure.
void write_file_atomically(const std::string& path, const std::string& text, unsigned mode);

// The absolute path of the running executable (/proc/self/exe, _NSGetExecutablePath,
// GetModuleFileNameW), falling back to argv[0] resolved against PATH.
std::string current_executable_path(const std::string& argv0, const store::EnvLookup& env);

struct InstallOptions {
    Scope scope = Scope::user;
    std::vector<const Browser*> browsers; // what to install for; callers resolve "detected" and "all"
    std::string host_path;                // absolute path of onward-host as the browsers will see it
    ManifestIds ids = default_ids();
};

struct Written {
    std::vector<const Browser*> browsers; // several when they share one manifest (Chrome channels, Windows keys)
    Location location;
};

struct InstallReport {
    std::vector<Written> written;
    std::vector<std::string> skipped;  // "Brave: no system-wide location on Linux"
    std::vector<std::string> warnings; // ids the host does not accept, ...
    std::string record_path;
};

// Throws onward::Error(invalid_args) when nothing can be installed, and on write failures.
// `registry` is needed on Windows (the platform of env), ignored elsewhere.
InstallReport install(const InstallOptions& options, const Environment& env, Registry* registry);

struct UninstallReport {
    std::vector<std::string> removed; // files and registry keys, as people read them
    std::vector<std::string> kept;    // what was recorded but changed since, so left alone
    bool had_record = false;
};

// Removes what install recorded for `browsers` (all recorded ones when empty) in `scope`.
// Without a record (user scope only), removes Onward manifests found at the table's locations.
UninstallReport uninstall(Scope scope, const std::vector<const Browser*>& browsers, const Environment& env,
                          Registry* registry);

// The record's path for a scope (browser-visible), or empty when it cannot be placed.
std::string record_path(Scope scope, const Environment& env);

} // namespace onward::install
