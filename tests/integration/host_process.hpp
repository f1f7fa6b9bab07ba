#pragma once
// Drives the real onward-host over pipes, as a browser does: frames in, frames out, stderr kept.

#include <boost/process.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fcntl.h>
#include <map>
#include <mutex>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace onward::testing {

namespace bp = boost::process;
using json = nlohmann::json;

inline std::string frame(std::string_view payload)
{
    const auto length = static_cast<std::uint32_t>(payload.size());
    std::string out(4, '\0');
    std::memcpy(out.data(), &length, 4);
    out += payload;
    return out;
}

class HostProcess {
public:
    HostProcess(std::vector<std::string> args, std::map<std::string, std::string> env_overrides = {})
    {
        auto env = boost::this_process::environment();
        for (const auto& [k, v] : env_overrides) env[k] = v;
        // Boost 1.74 makes pipes without close-on-exec: a host started by another thread would
        // inherit this host's pipe ends and keep its stdin open. Spawning under one lock and
        // marking our ends close-on-exec before the next spawn prevents that.
        static std::mutex spawning;
        const std::lock_guard lock(spawning);
        child_ = bp::child(ONWARD_HOST_PATH, bp::args(args), bp::std_in < in_, bp::std_out > out_,
                           bp::std_err > err_, env);
        for (const int fd : {in_.pipe().native_sink(), out_.pipe().native_source(), err_.pipe().native_source()})
            ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    }

    ~HostProcess()
    {
        if (child_.running()) {
            child_.terminate();
        }
    }

    void send_raw(std::string_view bytes)
    {
        in_.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        in_.flush();
    }
    void send(const json& message) { send_raw(frame(message.dump())); }

    // Reads one reply frame; throws when the stream ends first.
    json receive()
    {
        std::uint32_t length = 0;
        if (!out_.read(reinterpret_cast<char*>(&length), 4)) throw std::runtime_error("host closed stdout");
        std::string payload(length, '\0');
        if (!out_.read(payload.data(), length)) throw std::runtime_error("host closed stdout inside a frame");
        return json::parse(payload);
    }

    json request(const json& message)
    {
        send(message);
        return receive();
    }

    // Closes stdin and waits (up to `limit`) for the host to exit; returns its status or -1 on a hang.
    int close_and_wait(std::chrono::milliseconds limit = std::chrono::seconds(5))
    {
        in_.pipe().close();
        return wait(limit);
    }

    // Polls instead of boost's wait_for, which in Boost 1.74 can sleep out the whole limit when the
    // child has already exited.
    int wait(std::chrono::milliseconds limit = std::chrono::seconds(5))
    {
        const auto deadline = std::chrono::steady_clock::now() + limit;
        while (child_.running()) {
            if (std::chrono::steady_clock::now() > deadline) return -1;
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
        return child_.exit_code();
    }

    bool stdout_is_empty()
    {
        return out_.peek() == std::char_traits<char>::eof();
    }

    std::string stderr_text()
    {
        std::ostringstream s;
        s << err_.rdbuf();
        return s.str();
    }

    bp::child& child() { return child_; }

private:
    bp::opstream in_;
    bp::ipstream out_;
    bp::ipstream err_;
    bp::child child_;
};

class TempDir {
public:
    TempDir() : path_(std::filesystem::temp_directory_path() / ("onward-it-" + std::to_string(std::random_device{}())))
    {
        std::filesystem::create_directories(path_);
    }
    ~TempDir() { std::filesystem::remove_all(path_); }
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

} // namespace onward::testing
