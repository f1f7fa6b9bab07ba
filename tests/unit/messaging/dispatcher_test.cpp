#include "messaging/dispatcher.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

using namespace onward;
using namespace onward::messaging;

namespace {

Dispatcher make_dispatcher(std::vector<std::string>* internal_log = nullptr)
{
    Dispatcher d;
    d.add("echo", [](const json& args) { return args; });
    d.add("needs_name", [](const json& args) {
        if (!args.contains("name")) throw invalid_args("args.name is missing.");
        return json{{"hello", args["name"]}};
    });
    d.add("buggy", [](const json&) -> json { throw std::runtime_error("vector index out of range"); });
    d.add("typed", [](const json& args) { return json(args.at("n").get<int>() + 1); });
    if (internal_log) d.on_internal_error = [internal_log](std::string_view m) { internal_log->emplace_back(m); };
    return d;
}

} // namespace

TEST(Dispatcher, RoutesToTheNamedHandler)
{
    const auto d = make_dispatcher();
    const auto reply = d.handle(R"({"id":9,"cmd":"echo","args":{"x":[1,2]}})");
    EXPECT_EQ(reply, json::parse(R"({"id":9,"ok":true,"result":{"x":[1,2]}})"));
}

TEST(Dispatcher, UnknownCommand)
{
    const auto reply = make_dispatcher().handle(R"({"id":"q","cmd":"nope"})");
    EXPECT_EQ(reply["ok"], false);
    EXPECT_EQ(reply["id"], "q");
    EXPECT_EQ(reply["error"]["code"], "unknown_cmd");
}

TEST(Dispatcher, HandlerErrorsKeepTheirCode)
{
    const auto reply = make_dispatcher().handle(R"({"id":1,"cmd":"needs_name"})");
    EXPECT_EQ(reply["error"]["code"], "invalid_args");
    EXPECT_EQ(reply["error"]["message"], "args.name is missing.");
}

TEST(Dispatcher, WrongTypesInArgsAreInvalidArgs)
{
    const auto reply = make_dispatcher().handle(R"({"id":1,"cmd":"typed","args":{"n":"seven"}})");
    EXPECT_EQ(reply["error"]["code"], "invalid_args");
}

TEST(Dispatcher, UnexpectedExceptionsBecomeInternalAndAreLogged)
{
    std::vector<std::string> log;
    const auto d = make_dispatcher(&log);
    const auto reply = d.handle(R"({"id":1,"cmd":"buggy"})");
    EXPECT_EQ(reply["error"]["code"], "internal");
    EXPECT_EQ(reply["error"]["message"].get<std::string>().find("vector"), std::string::npos)
        << "internals stay in the log, not in the reply";
    ASSERT_EQ(log.size(), 1u);
    EXPECT_EQ(log[0], "vector index out of range");
}

TEST(Dispatcher, EnvelopeErrorsAreAnswered)
{
    const auto d = make_dispatcher();
    EXPECT_EQ(d.handle("{")["error"]["code"], "bad_json");
    EXPECT_EQ(d.handle("[]")["error"]["code"], "bad_request");
    EXPECT_TRUE(d.handle("[]")["id"].is_null());
}

TEST(Dispatcher, ListsItsCommandsAndRefusesDuplicates)
{
    auto d = make_dispatcher();
    EXPECT_EQ(d.command_names(), (std::vector<std::string>{"buggy", "echo", "needs_name", "typed"}));
    EXPECT_THROW(d.add("echo", [](const json&) { return json(); }), std::logic_error);
}

TEST(Dispatcher, ConstantCommandsAnswerWithTheSameBytesAsTheOrdinaryPath)
{
    Dispatcher d;
    int made = 0;
    d.add_constant("hello", [&made] {
        ++made;
        return json{{"name", "onward-host"}, {"commands", {"a", "b"}}};
    });
    for (const char* payload : {R"({"id":1,"cmd":"hello"})", R"({"id":"ünï","cmd":"hello","args":{"x":1}})"}) {
        EXPECT_EQ(d.reply_text(payload), dump_reply(d.handle(std::string_view(payload))));
    }
    EXPECT_EQ(d.reply_text(R"({"id":1,"cmd":"hello"})"), R"({"id":1,"ok":true,"result":{"commands":["a","b"],"name":"onward-host"}})");
    EXPECT_EQ(d.reply_text("[]"), dump_reply(d.handle(std::string_view("[]"))));
    EXPECT_EQ(made, 3) << "reply_text made the text once; handle() makes it each time";
}
