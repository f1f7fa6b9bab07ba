// onward-host: picks a mode from argv and runs it. Everything else lives in the libraries.
#include "cli/app.hpp"
#include "cli/launch_mode.hpp"
#include "commands/host.hpp"
#include "messaging/session.hpp"
#include "store/paths.hpp"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <exception>
#include <iostream>
#include <fcntl.h>
#include <unistd.h>

namespace {

// The write end of the self-pipe that tells the reader to stop (see FdSource); -1 until made.
volatile std::sig_atomic_t stop_pipe_write = -1;

extern "C" void request_stop(int)
{
    const int saved = errno;
    if (stop_pipe_write >= 0) (void)::write(stop_pipe_write, "x", 1); // async-signal-safe; never blocks
    errno = saved;
}

// Returns the read end of the stop pipe (-1 if it could not be made: signals then end the host
// the default way, which loses nothing acknowledged either, since every write is durable first).
int install_signal_handlers()
{
    // A browser that goes away closes our stdout: get EPIPE from write(), not a silent death.
    std::signal(SIGPIPE, SIG_IGN);
    // Firefox sends SIGTERM a few seconds after closing stdin: the reader stops as at end of input.
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC | O_NONBLOCK) != 0) return -1;
    stop_pipe_write = fds[1];
    struct sigaction action {};
    action.sa_handler = request_stop;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    return fds[0];
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
    const int stop_fd = install_signal_handlers();
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
    onward::messaging::FdSource in(0, stop_fd);
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
