#include "store/paths.hpp"

#include "core/error.hpp"

#include <cstdlib>

namespace onward::store {

EnvLookup process_environment()
{
    return [](const char* name) -> std::optional<std::string> {
        const char* value = std::getenv(name);
        if (value == nullptr || *value == '\0') return std::nullopt;
        return std::string(value);
    };
}

Platform current_platform()
{
#if defined(_WIN32)
    return Platform::windows;
#elif defined(__APPLE__)
    return Platform::macos;
#else
    return Platform::linux_like;
#endif
}

namespace {

std::filesystem::path require(const std::optional<std::string>& value, const char* what)
{
    if (!value)
        throw Error(ErrorCode::store_unavailable,
                    std::string("Cannot find a place for the database: ") + what +
                        " is not set. Set ONWARD_DB or pass --db PATH.");
    return std::filesystem::path(*value);
}

} // namespace

std::filesystem::path default_database_path(Platform platform, const EnvLookup& env)
{
    switch (platform) {
    case Platform::windows:
        return require(env("LOCALAPPDATA"), "%LOCALAPPDATA%") / "Onward" / "onward.db";
    case Platform::macos:
        return require(env("HOME"), "$HOME") / "Library" / "Application Support" / "Onward" / "onward.db";
    case Platform::linux_like:
        break;
    }
    // The XDG spec says a relative $XDG_DATA_HOME is invalid and must be ignored.
    if (const auto xdg = env("XDG_DATA_HOME"); xdg && std::filesystem::path(*xdg).is_absolute())
        return std::filesystem::path(*xdg) / "onward" / "onward.db";
    return require(env("HOME"), "$HOME") / ".local" / "share" / "onward" / "onward.db";
}

std::filesystem::path resolve_database_path(const std::optional<std::filesystem::path>& cli_flag, const EnvLookup& env,
                                            Platform platform)
{
    if (cli_flag && !cli_flag->empty()) return *cli_flag;
    if (const auto from_env = env("ONWARD_DB")) return std::filesystem::path(*from_env);
    return default_database_path(platform, env);
}

} // namespace onward::store
