// Fuzzes the frame reader and the serve loop: any byte stream must end in a clean status,
// every reply must be a well-formed frame of valid JSON, and nothing may be read past the input.
#include "messaging/session.hpp"

#include <nlohmann/json.hpp>

#include <cstring>
#include <sstream>

namespace {

class BytesSource final : public onward::messaging::ByteSource {
public:
    BytesSource(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}
    std::size_t read_some(std::span<char> buffer) override
    {
        // Vary the chunking with the data itself so splits land everywhere.
        const std::size_t chunk = size_ == 0 ? 0 : 1 + data_[pos_ % size_] % 61;
        const auto n = std::min({buffer.size(), chunk, size_ - pos_});
        std::memcpy(buffer.data(), data_ + pos_, n);
        pos_ += n;
        return n;
    }

private:
    const std::uint8_t* data_;
    std::size_t size_;
    std::size_t pos_ = 0;
};

class StringSink final : public onward::messaging::ByteSink {
public:
    void write_all(std::string_view bytes) override { data += bytes; }
    std::string data;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // A small limit keeps "too large" reachable for the fuzzer.
    onward::messaging::Dispatcher dispatcher;
    dispatcher.add("echo", [](const nlohmann::json& args) { return args; });
    BytesSource in(data, size);
    StringSink out;
    std::ostringstream log;
    const int status = onward::messaging::serve(in, out, dispatcher, log);
    if (status != 0 && status != 1) __builtin_trap();
    // Every reply is a complete frame holding one JSON object with "ok".
    std::size_t pos = 0;
    while (pos < out.data.size()) {
        if (pos + 4 > out.data.size()) __builtin_trap();
        std::uint32_t length = 0;
        std::memcpy(&length, out.data.data() + pos, 4);
        if (pos + 4 + length > out.data.size()) __builtin_trap();
        const auto reply = nlohmann::json::parse(out.data.substr(pos + 4, length));
        if (!reply.is_object() || !reply.contains("ok")) __builtin_trap();
        pos += 4 + length;
    }
    return 0;
}
