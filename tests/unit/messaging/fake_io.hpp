#pragma once
// In-memory byte streams for the framing tests: the source hands its bytes out in chunks of a
// chosen size, so tests can split a frame anywhere or coalesce several into one read.

#include "messaging/framing.hpp"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

namespace onward::testing {

class ChunkedSource final : public messaging::ByteSource {
public:
    ChunkedSource(std::string bytes, std::size_t chunk) : bytes_(std::move(bytes)), chunk_(chunk) {}
    std::size_t read_some(std::span<char> buffer) override
    {
        const auto n = std::min({buffer.size(), chunk_, bytes_.size() - pos_});
        std::memcpy(buffer.data(), bytes_.data() + pos_, n);
        pos_ += n;
        ++reads_;
        return n;
    }
    std::size_t reads() const { return reads_; }

private:
    std::string bytes_;
    std::size_t chunk_;
    std::size_t pos_ = 0;
    std::size_t reads_ = 0;
};

class StringSink final : public messaging::ByteSink {
public:
    void write_all(std::string_view bytes) override { data += bytes; ++writes; }
    std::string data;
    int writes = 0;
};

inline std::string frame(std::string_view payload)
{
    const auto length = static_cast<std::uint32_t>(payload.size());
    std::string out(4, '\0');
    std::memcpy(out.data(), &length, 4);
    out += payload;
    return out;
}

inline std::string header_only(std::uint32_t length)
{
    std::string out(4, '\0');
    std::memcpy(out.data(), &length, 4);
    return out;
}

// Splits a stream of frames back into payloads.
inline std::vector<std::string> unframe(const std::string& bytes)
{
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (pos + 4 <= bytes.size()) {
        std::uint32_t length = 0;
        std::memcpy(&length, bytes.data() + pos, 4);
        out.push_back(bytes.substr(pos + 4, length));
        pos += 4 + length;
    }
    return out;
}

} // namespace onward::testing
