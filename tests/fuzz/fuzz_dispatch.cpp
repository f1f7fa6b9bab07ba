// Fuzzes the whole command surface: a payload goes through the real Host's dispatcher with every
// command registered, on a throw-away database. Every payload must get exactly one reply with
// the envelope's shape, and internal errors are findings.
#include "commands/host.hpp"

#include <cstdlib>
#include <filesystem>
#include <unistd.h>

namespace {

onward::commands::Host& host()
{
    static const auto path = std::filesystem::temp_directory_path() / ("onward-fuzz-" + std::to_string(::getpid()) + ".db");
    static onward::commands::Host instance({.database_path = path, .clock = onward::fixed_clock(onward::TimePoint{std::chrono::seconds{1'800'000'000}})});
    return instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view payload(reinterpret_cast<const char*>(data), size);
    const auto reply = host().dispatcher().handle(payload);
    if (!reply.is_object() || !reply.contains("ok") || !reply.contains("id")) __builtin_trap();
    if (reply["ok"] == false) {
        const auto& code = reply["error"]["code"];
        if (!code.is_string()) __builtin_trap();
        // "internal" means a handler met something it did not foresee: that is a bug to fix.
        if (code == "internal" && std::getenv("ONWARD_FUZZ_ALLOW_INTERNAL") == nullptr) __builtin_trap();
    }
    (void)onward::messaging::dump_reply(reply);
    return 0;
}
