#include "messaging/framing.hpp"

#include "core/error.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <poll.h>
#include <system_error>
#include <unistd.h>

namespace onward::messaging {

std::size_t FdSource::read_some(std::span<char> buffer)
{
    for (;;) {
        if (wake_fd_ >= 0) {
            std::array<pollfd, 2> fds{pollfd{fd_, POLLIN, 0}, pollfd{wake_fd_, POLLIN, 0}};
            if (::poll(fds.data(), fds.size(), -1) < 0) {
                if (errno == EINTR) continue;
                throw std::system_error(errno, std::generic_category(), "waiting for standard input");
            }
            if (fds[1].revents != 0) return 0; // asked to stop
            if (fds[0].revents == 0) continue;
        }
        const auto n = ::read(fd_, buffer.data(), buffer.size());
        if (n >= 0) return static_cast<std::size_t>(n);
        if (errno != EINTR) throw std::system_error(errno, std::generic_category(), "reading standard input");
    }
}

void FdSink::write_all(std::string_view bytes)
{
    while (!bytes.empty()) {
        const auto n = ::write(fd_, bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            throw std::system_error(errno, std::generic_category(), "writing standard output");
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
}

std::size_t FrameReader::read_exactly(std::span<char> out)
{
    std::size_t filled = 0;
    while (filled < out.size()) {
        const auto n = source_.read_some(out.subspan(filled));
        if (n == 0) break;
        filled += n;
    }
    return filled;
}

bool FrameReader::discard(std::uint64_t count)
{
    std::array<char, 64 * 1024> scratch{};
    while (count > 0) {
        const auto chunk = static_cast<std::size_t>(std::min<std::uint64_t>(count, scratch.size()));
        const auto n = read_exactly(std::span<char>(scratch.data(), chunk));
        if (n == 0) return false;
        count -= n;
        if (n < chunk) return false;
    }
    return true;
}

Frame FrameReader::next()
{
    Frame frame;
    std::array<char, 4> header{};
    const auto got = read_exactly(header);
    if (got == 0) {
        frame.kind = Frame::Kind::end_of_input;
        return frame;
    }
    if (got < header.size()) {
        frame.kind = Frame::Kind::truncated;
        return frame;
    }
    std::uint32_t length = 0;
    std::memcpy(&length, header.data(), sizeof length); // native byte order, as the browsers write it
    frame.declared_length = length;
    if (length > limit_) {
        frame.kind = discard(length) ? Frame::Kind::too_large : Frame::Kind::truncated;
        return frame;
    }
    frame.payload.resize(length);
    if (read_exactly(frame.payload) < length) {
        frame.payload.clear();
        frame.kind = Frame::Kind::truncated;
        return frame;
    }
    frame.kind = Frame::Kind::message;
    return frame;
}

void write_frame(ByteSink& sink, std::string_view json, std::size_t limit)
{
    if (json.size() > limit)
        throw Error(ErrorCode::too_large, "The reply is larger than the 1 MiB a browser accepts.");
    const auto length = static_cast<std::uint32_t>(json.size());
    std::string frame(sizeof length + json.size(), '\0');
    std::memcpy(frame.data(), &length, sizeof length);
    std::memcpy(frame.data() + sizeof length, json.data(), json.size());
    // One write for header and body, so two hosts never interleave half frames on a shared pipe.
    sink.write_all(frame);
    sink.flush();
}

} // namespace onward::messaging
