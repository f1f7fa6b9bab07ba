#include "cli/launch_mode.hpp"

#include "core/build_info.hpp"

#include <algorithm>
#include <string_view>

namespace onward::cli {

namespace {

constexpr std::string_view chrome_scheme = "chrome-extension://";

bool ends_with_json(std::string_view arg)
{
    if (arg.size() < 5) return false;
    auto tail = std::string(arg.substr(arg.size() - 5));
    std::transform(tail.begin(), tail.end(), tail.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return tail == ".json";
}

} // namespace

LaunchMode detect_launch_mode(const std::vector<std::string>& args)
{
    LaunchMode mode;
    if (args.empty()) return mode;
    const std::string_view first = args[0];

    if (first.starts_with(chrome_scheme)) {
        mode.kind = LaunchMode::Kind::chromium;
        mode.caller = args[0];
        // Chrome on Windows adds --parent-window=<n>; nothing else is expected.
        for (std::size_t i = 1; i < args.size(); ++i)
            if (!std::string_view(args[i]).starts_with("--parent-window="))
                mode.problem = "unexpected argument after the extension origin: " + args[i];
        return mode;
    }
    if (ends_with_json(first) && args.size() >= 2) {
        mode.kind = LaunchMode::Kind::firefox;
        mode.caller = args[1];
        if (args.size() > 2) mode.problem = "unexpected argument after the add-on id: " + args[2];
        return mode;
    }
    if (first == "serve") {
        mode.kind = LaunchMode::Kind::serve;
        for (std::size_t i = 1; i < args.size(); ++i) {
            const std::string_view arg = args[i];
            if (arg == "--db" && i + 1 < args.size()) {
                mode.database_flag = args[++i];
            } else if (arg.starts_with("--db=")) {
                mode.database_flag = std::string(arg.substr(5));
            } else {
                mode.problem = "serve takes only --db PATH, not " + args[i];
            }
        }
        return mode;
    }
    return mode;
}

bool is_allowed_caller(const LaunchMode& mode)
{
    switch (mode.kind) {
    case LaunchMode::Kind::chromium: {
        // The origin is chrome-extension://<id>/ ; compare the id exactly.
        std::string_view id = mode.caller;
        id.remove_prefix(chrome_scheme.size());
        if (id.ends_with('/')) id.remove_suffix(1);
        return std::find(std::begin(build_info::chromium_extension_ids), std::end(build_info::chromium_extension_ids),
                         id) != std::end(build_info::chromium_extension_ids);
    }
    case LaunchMode::Kind::firefox:
        return std::find(std::begin(build_info::firefox_addon_ids), std::end(build_info::firefox_addon_ids),
                         mode.caller) != std::end(build_info::firefox_addon_ids);
    case LaunchMode::Kind::serve:
    case LaunchMode::Kind::command_line:
        return true;
    }
    return false;
}

} // namespace onward::cli
