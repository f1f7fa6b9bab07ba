// doctor's hello: start the host exactly as a browser would and speak the real framing to it.
// Boost.Process gives us the child with three pipes in a few portable lines (POSIX and Windows);
// hand-written fork/exec/dup2 would need a CreateProcess twin.
#if defined(_WIN32)
#define NOMINMAX // <boost/process.hpp> includes <windows.h>, whose min/max macros break std::min
#endif
#include "install/doctor.hpp"

#include <boost/process.hpp>

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>

namespace onward::install {

namespace bp = boost::process;
using json = nlohmann::json;

namespace {

std::string frame(const std::string& payload)
{
    const auto n = static_cast<std::uint32_t>(payload.size());
    std::string out;
    for (int shift = 0; shift < 32; shift += 8) out.push_back(static_cast<char>((n >> shift) & 0xffu)); // little-endian
    return out + payload;
}

constexpr std::uint32_t max_reply = 1024 * 1024; // the browsers' limit for host-to-browser messages

} // namespace

HelloResult probe_host(const std::string& host_path, Family family, const std::string& manifest_path,
                       const ManifestIds& ids, int timeout_ms)
{
    HelloResult result;
    std::vector<std::string> args;
    if (family == Family::chromium) {
        if (ids.chromium_extension_ids.empty()) return {false, "", "no extension id to start it with"};
        args = {"chrome-extension://" + ids.chromium_extension_ids.front() + "/"};
    } else {
        if (ids.firefox_addon_ids.empty()) return {false, "", "no add-on id to start it with"};
        args = {manifest_path, ids.firefox_addon_ids.front()};
    }
    const std::string request = frame(R"({"id":1,"cmd":"hello"})");
    try {
        bp::opstream to_host;
        bp::ipstream from_host;
        bp::ipstream host_errors;
        bp::child child(bp::exe = host_path, bp::args = args, bp::std_in < to_host, bp::std_out > from_host,
                        bp::std_err > host_errors);

        // A deadline without polling: a watchdog ends the child if no reply came in time, which
        // closes its stdout and so unblocks the read below.
        std::mutex mutex;
        std::condition_variable replied;
        bool done = false;
        bool timed_out = false;
        std::thread watchdog([&] {
            std::unique_lock lock(mutex);
            if (!replied.wait_for(lock, std::chrono::milliseconds(timeout_ms), [&] { return done; })) {
                timed_out = true;
                std::error_code ignored;
                child.terminate(ignored);
            }
        });
        const auto finish = [&] {
            {
                std::lock_guard lock(mutex);
                done = true;
            }
            replied.notify_one();
            watchdog.join();
        };

        // What a one-shot sendNativeMessage does: one frame, then end of input.
        to_host.write(request.data(), static_cast<std::streamsize>(request.size()));
        to_host.flush();
        to_host.pipe().close();

        std::string header(4, '\0');
        from_host.read(header.data(), 4);
        std::string payload;
        std::uint32_t length = 0;
        if (from_host.gcount() == 4) {
            for (int i = 3; i >= 0; --i) length = (length << 8) | static_cast<unsigned char>(header[static_cast<std::size_t>(i)]);
            if (length <= max_reply) {
                payload.resize(length);
                from_host.read(payload.data(), static_cast<std::streamsize>(length));
                payload.resize(static_cast<std::size_t>(from_host.gcount()));
            }
        }
        const bool got_header = length > 0;
        // The contract: end of input ends the host. The watchdog stays armed while we wait for that.
        const bool answered = got_header && payload.size() == length;
        std::error_code ec;
        child.wait(ec);
        finish();
        if (timed_out)
            return {false, "", answered ? "it answered but did not exit at end of input within " + std::to_string(timeout_ms / 1000) + " seconds"
                                        : "it did not answer within " + std::to_string(timeout_ms / 1000) + " seconds"};
        if (!got_header || payload.empty()) {
            std::string first_error;
            std::getline(host_errors, first_error);
            result.problem = "it wrote no reply (exit status " + std::to_string(child.exit_code()) + ")";
            if (!first_error.empty()) result.problem += ": " + first_error;
            return result;
        }
        if (length > max_reply) return {false, "", "its reply frame claims " + std::to_string(length) + " bytes"};
        if (payload.size() < length)
            return {false, "", "its reply frame is truncated (" + std::to_string(payload.size()) + " of " + std::to_string(length) + " bytes)"};
        const auto reply = json::parse(payload, nullptr, false);
        if (!reply.is_object() || reply.value("ok", false) != true || !reply.contains("result"))
            return {false, "", "its reply is not a successful hello: " + payload.substr(0, 200)};
        const auto& hello = reply["result"];
        if (hello.value("name", "") != "onward-host")
            return {false, "", "it is not onward-host (it calls itself " + hello.value("name", std::string("nothing")) + ")"};
        result.ok = true;
        result.version = hello.value("version", "");
        return result;
    } catch (const std::exception& e) {
        return {false, "", std::string("it could not be started: ") + e.what()};
    }
}

} // namespace onward::install
