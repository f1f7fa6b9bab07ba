#include "messaging/session.hpp"

#include "fake_io.hpp"

#include <gtest/gtest.h>

#include <sstream>

using namespace onward;
using namespace onward::messaging;
using onward::testing::ChunkedSource;
using onward::testing::frame;
using onward::testing::header_only;
using onward::testing::StringSink;
using onward::testing::unframe;

namespace {

Dispatcher echo_dispatcher(int* calls = nullptr)
{
    Dispatcher d;
    d.add("echo", [calls](const json& args) {
        if (calls) ++*calls;
        return args;
    });
    d.add("big", [](const json&) { return json(std::string(max_outgoing_frame, 'x')); });
    return d;
}

} // namespace

TEST(Serve, AnswersEveryFrameAndExitsZeroAtEndOfInput)
{
    ChunkedSource in(frame(R"({"id":1,"cmd":"echo","args":{"a":1}})") + frame("nope"), 7);
    StringSink out;
    std::ostringstream log;
    EXPECT_EQ(serve(in, out, echo_dispatcher(), log), 0);
    const auto replies = unframe(out.data);
    ASSERT_EQ(replies.size(), 2u);
    EXPECT_EQ(json::parse(replies[0])["result"]["a"], 1);
    EXPECT_EQ(json::parse(replies[1])["error"]["code"], "bad_json");
    EXPECT_TRUE(log.str().empty());
}

TEST(Serve, TooLargeFrameIsAnsweredAndServingGoesOn)
{
    const std::string big = R"({"id":1,"cmd":"echo","args":{"s":")" + std::string(max_incoming_frame, 'x') + "\"}}";
    ChunkedSource in(frame(big) + frame(R"({"id":2,"cmd":"echo"})"), 1 << 16);
    StringSink out;
    std::ostringstream log;
    EXPECT_EQ(serve(in, out, echo_dispatcher(), log), 0);
    const auto replies = unframe(out.data);
    ASSERT_EQ(replies.size(), 2u);
    EXPECT_EQ(json::parse(replies[0])["error"]["code"], "too_large");
    EXPECT_EQ(json::parse(replies[1])["id"], 2);
}

TEST(Serve, TruncatedFrameIsNotAppliedAndExitsNonZero)
{
    int calls = 0;
    const auto whole = frame(R"({"id":1,"cmd":"echo"})");
    ChunkedSource in(frame(R"({"id":0,"cmd":"echo"})") + whole.substr(0, whole.size() - 3), 5);
    StringSink out;
    std::ostringstream log;
    EXPECT_EQ(serve(in, out, echo_dispatcher(&calls), log), 1);
    EXPECT_EQ(calls, 1) << "only the complete frame ran";
    EXPECT_EQ(unframe(out.data).size(), 1u);
    EXPECT_NE(log.str().find("middle of a frame"), std::string::npos);
}

TEST(Serve, ReplyOverTheLimitBecomesTooLargeWithItsId)
{
    ChunkedSource in(frame(R"({"id":"big-1","cmd":"big"})"), 64);
    StringSink out;
    std::ostringstream log;
    EXPECT_EQ(serve(in, out, echo_dispatcher(), log), 0);
    const auto replies = unframe(out.data);
    ASSERT_EQ(replies.size(), 1u);
    const auto reply = json::parse(replies[0]);
    EXPECT_EQ(reply["id"], "big-1");
    EXPECT_EQ(reply["error"]["code"], "too_large");
}

TEST(Serve, EmptyInputIsACleanEnd)
{
    ChunkedSource in("", 1);
    StringSink out;
    std::ostringstream log;
    EXPECT_EQ(serve(in, out, echo_dispatcher(), log), 0);
    EXPECT_TRUE(out.data.empty());
}

TEST(Serve, ZeroLengthFrameIsBadJsonNotTheEnd)
{
    ChunkedSource in(header_only(0) + frame(R"({"id":1,"cmd":"echo"})"), 3);
    StringSink out;
    std::ostringstream log;
    EXPECT_EQ(serve(in, out, echo_dispatcher(), log), 0);
    const auto replies = unframe(out.data);
    ASSERT_EQ(replies.size(), 2u);
    EXPECT_EQ(json::parse(replies[0])["error"]["code"], "bad_json");
}
