#pragma once
// The command-line front end: `onward-host <subcommand> [options]`.
// Usage errors print one line and return 2; `help` and `--help` print the usage and return 0.

#include "core/clock.hpp"
#include "store/paths.hpp"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace onward::cli {

// What a subcommand may touch, injected so tests drive the CLI without a process.
struct CliContext {
    std::istream& in;
    std::ostream& out;
    std::ostream& err;
    store::EnvLookup env = store::process_environment();
    Clock clock = system_clock();
    std::string program_path;                   // argv[0], resolved when possible (install, doctor)

    std::optional<std::filesystem::path> db_flag; // filled by the global --db option
    bool json_output = false;                     // filled by the global --json flag
    int exit_code = 0;                            // set by the subcommand that ran
    std::string usage;                            // the top-level help text

    std::filesystem::path database_path() const { return store::resolve_database_path(db_flag, env); }
};

// One function per subcommand file; each adds itself to `app` with a callback that sets ctx.exit_code.
void add_status_command(CLI::App& app, CliContext& ctx);
void add_classify_command(CLI::App& app, CliContext& ctx);
void add_next_command(CLI::App& app, CliContext& ctx);
void add_list_command(CLI::App& app, CliContext& ctx);
void add_show_command(CLI::App& app, CliContext& ctx);
void add_done_command(CLI::App& app, CliContext& ctx);
void add_skip_command(CLI::App& app, CliContext& ctx);
void add_snooze_command(CLI::App& app, CliContext& ctx);
void add_export_command(CLI::App& app, CliContext& ctx);
void add_import_command(CLI::App& app, CliContext& ctx);
void add_forget_command(CLI::App& app, CliContext& ctx);
void add_install_commands(CLI::App& app, CliContext& ctx); // install, uninstall, doctor

// `args` excludes argv[0].
int run_cli(const std::vector<std::string>& args, CliContext& ctx);

} // namespace onward::cli
