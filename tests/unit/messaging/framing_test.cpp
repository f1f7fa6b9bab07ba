#include "messaging/framing.hpp"

#include "core/error.hpp"
#include "fake_io.hpp"

#include <gtest/gtest.h>

#include <array>
#include <string_view>
#include <unistd.h>

using namespace onward;
using namespace onward::messaging;
using onward::testing::ChunkedSource;
using onward::testing::frame;
using onward::testing::header_only;
using onward::testing::StringSink;

TEST(FrameReader, ReadsFramesSplitIntoSingleBytes)
{
    ChunkedSource source(frame(R"({"id":1})") + frame(R"({"id":2})"), 1);
    FrameReader reader(source);
    auto first = reader.next();
    ASSERT_EQ(first.kind, Frame::Kind::message);
    EXPECT_EQ(first.payload, R"({"id":1})");
    auto second = reader.next();
    ASSERT_EQ(second.kind, Frame::Kind::message);
    EXPECT_EQ(second.payload, R"({"id":2})");
    EXPECT_EQ(reader.next().kind, Frame::Kind::end_of_input);
}

TEST(FrameReader, ReadsFramesCoalescedIntoOneRead)
{
    std::string stream;
    for (int i = 0; i < 50; ++i) stream += frame("{\"id\":" + std::to_string(i) + "}");
    ChunkedSource source(stream, 1 << 20);
    FrameReader reader(source);
    for (int i = 0; i < 50; ++i) {
        const auto f = reader.next();
        ASSERT_EQ(f.kind, Frame::Kind::message);
        EXPECT_EQ(f.payload, "{\"id\":" + std::to_string(i) + "}");
    }
    EXPECT_EQ(reader.next().kind, Frame::Kind::end_of_input);
}

TEST(FrameReader, AcceptsAZeroLengthFrame)
{
    ChunkedSource source(header_only(0), 4);
    FrameReader reader(source);
    const auto f = reader.next();
    EXPECT_EQ(f.kind, Frame::Kind::message);
    EXPECT_TRUE(f.payload.empty());
}

TEST(FrameReader, AcceptsExactlyTheLimit)
{
    const std::string payload(max_incoming_frame, 'x');
    ChunkedSource source(frame(payload), 65536);
    FrameReader reader(source);
    const auto f = reader.next();
    ASSERT_EQ(f.kind, Frame::Kind::message);
    EXPECT_EQ(f.payload.size(), max_incoming_frame);
}

TEST(FrameReader, DropsAFrameOneByteOverTheLimitAndGoesOn)
{
    const std::string big(max_incoming_frame + 1, 'x');
    ChunkedSource source(frame(big) + frame(R"({"id":7})"), 65536);
    FrameReader reader(source);
    const auto dropped = reader.next();
    EXPECT_EQ(dropped.kind, Frame::Kind::too_large);
    EXPECT_EQ(dropped.declared_length, max_incoming_frame + 1u);
    EXPECT_TRUE(dropped.payload.empty());
    const auto next = reader.next();
    ASSERT_EQ(next.kind, Frame::Kind::message);
    EXPECT_EQ(next.payload, R"({"id":7})");
}

TEST(FrameReader, HugeLengthPrefixAllocatesNothingAndEndsAsTruncated)
{
    // 0xFFFFFFFF announced, 10 bytes delivered: the reader must not reserve 4 GiB.
    ChunkedSource source(header_only(0xFFFFFFFFu) + std::string(10, 'x'), 4096);
    FrameReader reader(source);
    const auto f = reader.next();
    EXPECT_EQ(f.kind, Frame::Kind::truncated);
    EXPECT_TRUE(f.payload.empty());
}

TEST(FrameReader, ReportsInputEndingInsideTheHeader)
{
    ChunkedSource source(std::string("\x05\x00", 2), 1);
    FrameReader reader(source);
    EXPECT_EQ(reader.next().kind, Frame::Kind::truncated);
}

TEST(FrameReader, ReportsInputEndingInsideThePayload)
{
    ChunkedSource source(header_only(10) + "12345", 3);
    FrameReader reader(source);
    const auto f = reader.next();
    EXPECT_EQ(f.kind, Frame::Kind::truncated);
    EXPECT_TRUE(f.payload.empty());
}

TEST(WriteFrame, WritesTheByteLengthNotTheCharacterCount)
{
    StringSink sink;
    write_frame(sink, R"({"name":"Jürgen 🙂"})");
    const auto frames = onward::testing::unframe(sink.data);
    ASSERT_EQ(frames.size(), 1u);
    EXPECT_EQ(frames[0], R"({"name":"Jürgen 🙂"})");
    EXPECT_EQ(sink.data.size(), 4 + std::string_view(R"({"name":"Jürgen 🙂"})").size());
    EXPECT_EQ(sink.writes, 1) << "header and body go out in one write";
}

TEST(WriteFrame, RefusesARepliesOverOneMebibyteWithoutWriting)
{
    StringSink sink;
    const std::string big(max_outgoing_frame + 1, 'x');
    try {
        write_frame(sink, big);
        FAIL() << "expected too_large";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::too_large);
    }
    EXPECT_TRUE(sink.data.empty());
}

// A stop request that arrives before the read starts must not be lost: the byte in the wake pipe
// stays there, so the read returns at once (end of input) instead of waiting for stdin forever.
TEST(FdSource, AStopByteWrittenBeforeTheReadEndsTheInput)
{
    int input[2], wake[2];
    ASSERT_EQ(::pipe(input), 0);
    ASSERT_EQ(::pipe(wake), 0);
    ASSERT_EQ(::write(wake[1], "x", 1), 1); // the signal handler's byte, before anyone reads
    FdSource source(input[0], wake[0]);
    std::array<char, 16> buffer{};
    EXPECT_EQ(source.read_some(buffer), 0u); // nothing was written to stdin, yet no wait
    EXPECT_EQ(source.read_some(buffer), 0u); // and it stays stopped
    for (int fd : {input[0], input[1], wake[0], wake[1]}) ::close(fd);
}

TEST(FdSource, ReadsInputWhileNoStopIsAsked)
{
    int input[2], wake[2];
    ASSERT_EQ(::pipe(input), 0);
    ASSERT_EQ(::pipe(wake), 0);
    ASSERT_EQ(::write(input[1], "abc", 3), 3);
    FdSource source(input[0], wake[0]);
    std::array<char, 16> buffer{};
    EXPECT_EQ(source.read_some(buffer), 3u);
    EXPECT_EQ(std::string_view(buffer.data(), 3), "abc");
    for (int fd : {input[0], input[1], wake[0], wake[1]}) ::close(fd);
}
