#pragma once
// How the host was started (shared/CONTRACT.md, "How the host is started"):
//   onward-host chrome-extension://<id>/ [--parent-window=<n>]   Chromium-family browsers
//   onward-host <path to manifest .json> <add-on id>             Firefox
//   onward-host serve [--db PATH]                                by hand
//   onward-host <subcommand> [options]                           command line

#include <optional>
#include <string>
#include <vector>

namespace onward::cli {

struct LaunchMode {
    enum class Kind { chromium, firefox, serve, command_line };
    Kind kind = Kind::command_line;
    std::string caller;                       // extension origin or add-on id, for the browser modes
    std::optional<std::string> database_flag; // serve's --db PATH
    std::string problem;                      // non-empty when the browser argv is malformed
};

// `args` excludes argv[0].
LaunchMode detect_launch_mode(const std::vector<std::string>& args);

// True when `caller` (an origin like chrome-extension://<id>/ or a Firefox add-on id) is one of
// the ids the host manifests name.
bool is_allowed_caller(const LaunchMode& mode);

} // namespace onward::cli
