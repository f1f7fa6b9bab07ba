#pragma once
// Where the database lives (shared/CONTRACT.md): `--db PATH` wins over `ONWARD_DB`,
// which wins over the platform default.

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace onward::store {

// Reads an environment variable; injectable so tests never touch the real environment.
using EnvLookup = std::function<std::optional<std::string>(const char* name)>;
EnvLookup process_environment();

enum class Platform { linux_like, macos, windows };
Platform current_platform();

// Linux: $XDG_DATA_HOME/onward/onward.db, else ~/.local/share/onward/onward.db.
// macOS: ~/Library/Application Support/Onward/onward.db. Windows: %LOCALAPPDATA%\Onward\onward.db.
// Throws onward::Error(store_unavailable) when neither the variable nor a home directory is known.
std::filesystem::path default_database_path(Platform platform, const EnvLookup& env);

std::filesystem::path resolve_database_path(const std::optional<std::filesystem::path>& cli_flag,
                                            const EnvLookup& env = process_environment(),
                                            Platform platform = current_platform());

} // namespace onward::store
