#pragma once
// Native-messaging frames: a 32-bit length in native byte order, then that many bytes of UTF-8
// JSON. The reader checks the length against the limit before it allocates anything.

#include <csignal>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace onward::messaging {

inline constexpr std::uint32_t max_incoming_frame = 4u * 1024u * 1024u; // 4 MiB, the contract's limit
inline constexpr std::size_t max_outgoing_frame = 1024u * 1024u;        // 1 MiB, the browsers' limit

// Where bytes come from: returns how many were read into `buffer`, 0 at end of input.
// Throws std::system_error on a read error.
class ByteSource {
public:
    virtual ~ByteSource() = default;
    virtual std::size_t read_some(std::span<char> buffer) = 0;
};

// Where bytes go: writes all of them or throws std::system_error.
class ByteSink {
public:
    virtual ~ByteSink() = default;
    virtual void write_all(std::string_view bytes) = 0;
    virtual void flush() {}
};

// A file descriptor pair for the real process (stdin/stdout); retries on EINTR.
// `stop`, when given, is a flag a signal handler sets (SIGTERM): a read interrupted by that
// signal, or started after it, reports end of input so the host can finish cleanly.
// Reads a file descriptor. With a `wake_fd` (the read end of a self-pipe a signal handler writes
// to), a byte there ends the input as end of file would: the byte stays until read, so a signal
// that arrives just before the read starts cannot be lost (a flag checked before a blocking read
// could be, and the read would then wait forever).
class FdSource final : public ByteSource {
public:
    explicit FdSource(int fd, int wake_fd = -1) : fd_(fd), wake_fd_(wake_fd) {}
    std::size_t read_some(std::span<char> buffer) override;

private:
    int fd_;
    int wake_fd_;
};

class FdSink final : public ByteSink {
public:
    explicit FdSink(int fd) : fd_(fd) {}
    void write_all(std::string_view bytes) override;

private:
    int fd_;
};

struct Frame {
    enum class Kind {
        message,      // `payload` holds the bytes of one frame
        too_large,    // the declared length was over the limit; the payload was read and dropped
        end_of_input, // clean end between frames
        truncated,    // input ended inside a frame: nothing of it may be applied
    };
    Kind kind = Kind::end_of_input;
    std::string payload;
    std::uint64_t declared_length = 0;
};

class FrameReader {
public:
    explicit FrameReader(ByteSource& source, std::uint32_t limit = max_incoming_frame)
        : source_(source), limit_(limit) {}

    Frame next();

private:
    // Reads exactly `out.size()` bytes unless input ends first; returns how many were read.
    std::size_t read_exactly(std::span<char> out);
    // Reads and throws away `count` bytes; false when input ends first.
    bool discard(std::uint64_t count);

    ByteSource& source_;
    std::uint32_t limit_;
};

// Writes one frame: the exact UTF-8 byte count, the bytes, then a flush. No newline.
// Throws onward::Error(too_large) without writing anything when `json` is over the limit.
void write_frame(ByteSink& sink, std::string_view json, std::size_t limit = max_outgoing_frame);

} // namespace onward::messaging
