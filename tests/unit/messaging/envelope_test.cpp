#include "messaging/envelope.hpp"

#include <gtest/gtest.h>

using namespace onward;
using namespace onward::messaging;

namespace {

ErrorCode code_of(std::string_view payload, json* id = nullptr)
{
    try {
        parse_request(payload);
    } catch (const EnvelopeError& e) {
        if (id) *id = e.id();
        return e.code();
    }
    ADD_FAILURE() << "parsed: " << payload;
    return ErrorCode::internal;
}

} // namespace

TEST(Envelope, ParsesAFullRequest)
{
    const auto r = parse_request(R"({"id":"a-1","cmd":"classify","args":{"subject":"Hi"}})");
    EXPECT_EQ(r.id, "a-1");
    EXPECT_EQ(r.cmd, "classify");
    EXPECT_EQ(r.args["subject"], "Hi");
}

TEST(Envelope, ArgsMayBeLeftOut)
{
    const auto r = parse_request(R"({"id":3,"cmd":"hello"})");
    EXPECT_EQ(r.id, 3);
    EXPECT_TRUE(r.args.is_object());
    EXPECT_TRUE(r.args.empty());
}

TEST(Envelope, BadJsonAndBadUtf8AreBadJson)
{
    EXPECT_EQ(code_of("not json"), ErrorCode::bad_json);
    EXPECT_EQ(code_of(R"({"id":1,"cmd":"hello")"), ErrorCode::bad_json);
    EXPECT_EQ(code_of("{\"id\":1,\"cmd\":\"h\xFF\"}"), ErrorCode::bad_json);
    EXPECT_EQ(code_of(""), ErrorCode::bad_json);
    EXPECT_EQ(code_of(R"({"id":1,"cmd":"hello"} trailing)"), ErrorCode::bad_json);
}

TEST(Envelope, WrongShapesAreBadRequest)
{
    EXPECT_EQ(code_of("[1,2]"), ErrorCode::bad_request);
    EXPECT_EQ(code_of("\"hello\""), ErrorCode::bad_request);
    EXPECT_EQ(code_of(R"({"cmd":"hello"})"), ErrorCode::bad_request);
    EXPECT_EQ(code_of(R"({"id":{},"cmd":"hello"})"), ErrorCode::bad_request);
    EXPECT_EQ(code_of(R"({"id":true,"cmd":"hello"})"), ErrorCode::bad_request);
    EXPECT_EQ(code_of(R"({"id":1})"), ErrorCode::bad_request);
    EXPECT_EQ(code_of(R"({"id":1,"cmd":5})"), ErrorCode::bad_request);
    EXPECT_EQ(code_of(R"({"id":1,"cmd":"hello","args":[]})"), ErrorCode::bad_request);
}

TEST(Envelope, KeepsAValidIdEvenWhenTheRestIsWrong)
{
    json id;
    EXPECT_EQ(code_of(R"({"id":"ünïcode","cmd":7})", &id), ErrorCode::bad_request);
    EXPECT_EQ(id, "ünïcode");
    EXPECT_EQ(code_of(R"({"id":{"x":1},"cmd":"hello"})", &id), ErrorCode::bad_request);
    EXPECT_TRUE(id.is_null());
}

TEST(Envelope, RefusesDeepNestingWithoutRecursingIntoIt)
{
    const std::string deep = std::string(200000, '[') + std::string(200000, ']');
    EXPECT_EQ(code_of(deep), ErrorCode::bad_json);
    const std::string deep_args = R"({"id":1,"cmd":"x","args":{"a":)" + std::string(100, '[') + std::string(100, ']') + "}}";
    EXPECT_EQ(code_of(deep_args), ErrorCode::bad_json);
    const std::string fine = R"({"id":1,"cmd":"x","args":{"a":)" + std::string(20, '[') + std::string(20, ']') + "}}";
    EXPECT_NO_THROW(parse_request(fine));
}

TEST(Envelope, NulInsideAStringIsData)
{
    const auto r = parse_request(R"({"id":1,"cmd":"x","args":{"s":"a\u0000b"}})");
    EXPECT_EQ(r.args["s"].get<std::string>(), std::string("a\0b", 3));
}

TEST(Envelope, ShapesSuccessAndFailure)
{
    EXPECT_EQ(make_success(5, json{{"a", 1}}), json::parse(R"({"id":5,"ok":true,"result":{"a":1}})"));
    EXPECT_EQ(make_failure(nullptr, ErrorCode::not_found, "No such application."),
              json::parse(R"({"id":null,"ok":false,"error":{"code":"not_found","message":"No such application."}})"));
}

TEST(Envelope, DumpRepairsInvalidUtf8InsteadOfThrowing)
{
    const json reply = make_success(1, json{{"text", std::string("bad \xFF byte")}});
    const auto text = dump_reply(reply);
    EXPECT_NE(text.find("bad \xEF\xBF\xBD byte"), std::string::npos);
}
