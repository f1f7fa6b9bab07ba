#pragma once
// What the store subcommands (next, list, show, done, skip, snooze, export, import,
// forget-everything) share: they run the protocol's own commands through a Host on the same
// database, so the terminal and the browser see exactly the same rules and validation.

#include "cli/app.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace onward::cli {

// Runs `cmd` and returns its result; a failure reply is rethrown as onward::Error with its code
// (run_cli turns invalid_args into exit status 2, anything else into 1).
nlohmann::json run_store_command(CliContext& ctx, const std::string& cmd, nlohmann::json args = nlohmann::json::object());

// True when the database file exists (read-only subcommands never create it).
bool store_exists(const CliContext& ctx);

// "2026-03-22" from "2026-03-22T15:00:00Z"; "" for null.
std::string day_of(const nlohmann::json& iso);
// "2026-03-22 (overdue)" when the instant is before now.
std::string due_text(const nlohmann::json& iso, const CliContext& ctx);

} // namespace onward::cli
