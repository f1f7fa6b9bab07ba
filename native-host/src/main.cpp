// onward-host: picks a mode from argv and runs it. Everything else lives in the libraries.
#include "cli/app.hpp"
#include "cli/launch_mode.hpp"
#include "commands/host.hpp"
#include "messaging/session.hpp"
#include "store/paths.hpp"

#include <csignal>
#include <cstdio>
#include <exception>
#include <iostream>

namespace {

volatile std::sig_atomic_t stop_requested = 0;

extern "C" void request_stop(int)
{
    stop_requested = 1;
}

void install_signal_handlers()
{
    // A browser that goes away closes our stdout: get EPIPE from write(), not a silent death.
    std::signal(SIGPIPE, SIG_IGN);
    // Firefox sends SIGTERM a few seconds after closing stdin. No SA_RESTART: a blocked read
    // returns EINTR, the reader sees the flag and the loop ends as at end of input.
    struct sigaction action {};
    action.sa_handler = request_stop;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

int run_native_messaging(const onward::cli::LaunchMode& mode) noexcept
try {
    using onward::cli::LaunchMode;
    if (!mode.problem.empty()) {
        std::cerr << "onward-host: " << mode.problem << '\n';
        return 2;
    }
    if (!onward::cli::is_allowed_caller(mode)) {
        std::cerr << "onward-host: refusing to serve " << mode.caller
                  << ": it is not the Onward extension this host was installed for\n";
        return 1;
    }
    install_signal_handlers();
    std::optional<std::filesystem::path> db_flag;
    if (mode.database_flag) db_flag = *mode.database_flag;

    std::filesystem::path database_path;
    try {
        database_path = onward::store::resolve_database_path(db_flag);
    } catch (const onward::Error& e) {
        std::cerr << "onward-host: " << e.what() << '\n'; // commands that need the store will say so too
    }
    onward::commands::Host host({.database_path = database_path});
    host.dispatcher().on_internal_error = [](std::string_view what) {
        std::cerr << "onward-host: internal error: " << what << '\n';
    };
    onward::messaging::FdSource in(0, &stop_requested);
    onward::messaging::FdSink out(1);
    // The database opens on a worker thread once the first reply (the browser's `hello`) is out,
    // so the handshake never waits for it; a command that needs the store before then opens it.
    return onward::messaging::serve(in, out, host.dispatcher(), std::cerr, [&host, &database_path] {
        if (!database_path.empty()) host.open_store_in_background();
    });
} catch (const std::exception& e) {
    std::cerr << "onward-host: " << e.what() << '\n';
    return 1;
} catch (...) {
    return 1;
}

} // namespace

int main(int argc, char** argv)
try {
    const std::vector<std::string> args(argv + 1, argv + argc);
    const auto mode = onward::cli::detect_launch_mode(args);
    if (mode.kind != onward::cli::LaunchMode::Kind::command_line) return run_native_messaging(mode);

    onward::cli::CliContext ctx{.in = std::cin, .out = std::cout, .err = std::cerr};
    ctx.program_path = argc > 0 ? argv[0] : "onward-host";
    if (args.empty()) {
        std::cerr << "onward-host: no subcommand given. Run 'onward-host help' for usage.\n";
        return 2;
    }
    return onward::cli::run_cli(args, ctx);
} catch (const std::exception& e) {
    std::cerr << "onward-host: " << e.what() << '\n';
    return 1;
} catch (...) {
    return 1;
}
