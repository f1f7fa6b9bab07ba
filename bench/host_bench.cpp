// Start-up and round-trip cost of onward-host, as ratios against a C host that only echoes frames.
//
//   cold: spawn the host as Chrome does (argv = extension origin), send `hello`, read the reply.
//   warm: over one already running host, send `hello` and read the reply, many times.
//
// Both programs run interleaved in the same process (A, B, A, B, ...), so machine noise hits both
// alike; the figures are medians and the verdict is the ratio. Usage:
//   onward-bench-host [--rounds N] [--warm N]
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <spawn.h>
#include <string>
#include <sys/wait.h>
#include <fcntl.h>
#include <sched.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace {

using Clock = std::chrono::steady_clock;

struct Child {
    pid_t pid = -1;
    int to_child = -1;
    int from_child = -1;
};

Child spawn(const char* path, const std::vector<std::string>& args)
{
    int in_pipe[2];
    int out_pipe[2];
    // Close-on-exec, so a second child never inherits the first one's stdin and keeps it open.
    if (pipe2(in_pipe, O_CLOEXEC) != 0 || pipe2(out_pipe, O_CLOEXEC) != 0) std::abort();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in_pipe[0], 0);
    posix_spawn_file_actions_adddup2(&actions, out_pipe[1], 1);
    posix_spawn_file_actions_addclose(&actions, in_pipe[1]);
    posix_spawn_file_actions_addclose(&actions, out_pipe[0]);
    std::vector<char*> argv{const_cast<char*>(path)};
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    Child child;
    if (posix_spawn(&child.pid, path, &actions, nullptr, argv.data(), environ) != 0) std::abort();
    posix_spawn_file_actions_destroy(&actions);
    close(in_pipe[0]);
    close(out_pipe[1]);
    child.to_child = in_pipe[1];
    child.from_child = out_pipe[0];
    return child;
}

void write_all(int fd, const std::string& bytes)
{
    std::size_t done = 0;
    while (done < bytes.size()) {
        const auto n = write(fd, bytes.data() + done, bytes.size() - done);
        if (n <= 0) std::abort();
        done += static_cast<std::size_t>(n);
    }
}

std::string read_frame(int fd)
{
    std::uint32_t length = 0;
    std::size_t got = 0;
    auto* header = reinterpret_cast<char*>(&length);
    while (got < 4) {
        const auto n = read(fd, header + got, 4 - got);
        if (n <= 0) std::abort();
        got += static_cast<std::size_t>(n);
    }
    std::string payload(length, '\0');
    got = 0;
    while (got < length) {
        const auto n = read(fd, payload.data() + got, length - got);
        if (n <= 0) std::abort();
        got += static_cast<std::size_t>(n);
    }
    return payload;
}

void finish(Child& child)
{
    close(child.to_child);
    close(child.from_child);
    int status = 0;
    waitpid(child.pid, &status, 0);
}

const std::string hello_frame = [] {
    const std::string payload = R"({"id":1,"cmd":"hello"})";
    const auto length = static_cast<std::uint32_t>(payload.size());
    std::string frame(4, '\0');
    std::memcpy(frame.data(), &length, 4);
    return frame + payload;
}();

double cold_once(const char* path, const std::vector<std::string>& args)
{
    const auto start = Clock::now();
    auto child = spawn(path, args);
    write_all(child.to_child, hello_frame);
    read_frame(child.from_child);
    const auto elapsed = std::chrono::duration<double, std::micro>(Clock::now() - start).count();
    finish(child);
    return elapsed;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    int rounds = 200;
    int warm = 20000;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--rounds") == 0) rounds = std::atoi(argv[i + 1]);
        if (std::strcmp(argv[i], "--warm") == 0) warm = std::atoi(argv[i + 1]);
    }
    // A private, already created database: the steady state of a browser that has used Onward.
    const auto dir = std::filesystem::temp_directory_path() / ("onward-bench-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    setenv("ONWARD_DB", (dir / "onward.db").c_str(), 1);
    const std::vector<std::string> chrome_args{"chrome-extension://fpmjnchfpmlceeolkgghjcdannejclhf/"};
    cold_once(ONWARD_HOST_PATH, chrome_args); // creates and migrates the database once

    std::vector<double> host_cold, echo_cold;
    for (int i = 0; i < rounds; ++i) {
        host_cold.push_back(cold_once(ONWARD_HOST_PATH, chrome_args));
        echo_cold.push_back(cold_once(ONWARD_ECHO_HOST_PATH, {}));
    }

    // Warm round trips: pin the bench and (by inheritance) both hosts to one core. Whether a reply
    // crosses cores decides a round trip's cost more than the host does; pinning makes that the
    // same for both programs. Cold starts above stay unpinned, as a browser starts hosts: there the
    // host's database opens on a worker thread beside the main one, as it would on any multi-core
    // machine.
    cpu_set_t one_core;
    CPU_ZERO(&one_core);
    CPU_SET(0, &one_core);
    sched_setaffinity(0, sizeof one_core, &one_core);

    // Warm: both hosts stay up; round trips alternate one by one, so a burst of load on the
    // machine lands on both alike.
    auto host = spawn(ONWARD_HOST_PATH, chrome_args);
    auto echo = spawn(ONWARD_ECHO_HOST_PATH, {});
    std::vector<double> host_warm, echo_warm;
    for (int i = 0; i < warm; ++i) {
        for (auto* target : {&host, &echo}) {
            const auto start = Clock::now();
            write_all(target->to_child, hello_frame);
            read_frame(target->from_child);
            const auto took = std::chrono::duration<double, std::micro>(Clock::now() - start).count();
            (target == &host ? host_warm : echo_warm).push_back(took);
        }
    }
    finish(host);
    finish(echo);
    std::filesystem::remove_all(dir);

    const double hc = median(host_cold), ec = median(echo_cold), hw = median(host_warm), ew = median(echo_warm);
    std::printf("host start-up benchmark (%d cold rounds, %d warm round trips, medians)\n", rounds, warm);
    std::printf("  cold start + hello + reply:    onward-host %8.1f us   echo floor %8.1f us   ratio %.2fx (target <= 1.5x)\n",
                hc, ec, hc / ec);
    std::printf("  warm hello round trip (1 core): onward-host %8.1f us   echo floor %8.1f us   ratio %.2fx (target <= 1.2x)\n",
                hw, ew, hw / ew);
    return 0;
}
