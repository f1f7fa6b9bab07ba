#include "messaging/dispatcher.hpp"

#include <memory>
#include <stdexcept>

namespace onward::messaging {

void Dispatcher::add(std::string name, Handler handler)
{
    const auto [it, inserted] = handlers_.emplace(std::move(name), std::move(handler));
    if (!inserted) throw std::logic_error("command registered twice: " + it->first);
}

void Dispatcher::add_constant(std::string name, std::function<json()> make)
{
    // The handler path serves `handle(Request)` (the CLI, tests); reply_text uses the cached text.
    auto shared = std::make_shared<std::function<json()>>(make);
    add(name, [shared](const json&) { return (*shared)(); });
    constants_.emplace(std::move(name), Constant{std::move(make), {}});
}

std::string Dispatcher::reply_text(std::string_view payload) const noexcept
try {
    Request request;
    try {
        request = parse_request(payload);
    } catch (const EnvelopeError& e) {
        return dump_reply(make_failure(e.id(), e.code(), e.what()));
    }
    if (const auto it = constants_.find(request.cmd); it != constants_.end()) {
        auto& constant = it->second;
        if (constant.text.empty()) constant.text = dump_reply(constant.make());
        // Keys in the order nlohmann writes them (sorted), so both paths give the same bytes.
        return R"({"id":)" + dump_reply(request.id) + R"(,"ok":true,"result":)" + constant.text + "}";
    }
    return dump_reply(handle(request));
} catch (...) {
    return R"({"error":{"code":"internal","message":"The host could not answer."},"id":null,"ok":false})";
}

json Dispatcher::handle(std::string_view payload) const noexcept
{
    try {
        return handle(parse_request(payload));
    } catch (const EnvelopeError& e) {
        return make_failure(e.id(), e.code(), e.what());
    } catch (...) {
        // Only allocation can fail here; answer with what we can.
        return make_failure(nullptr, ErrorCode::internal, "The host could not read the request.");
    }
}

json Dispatcher::handle(const Request& request) const noexcept
try {
    const auto it = handlers_.find(request.cmd);
    if (it == handlers_.end())
        return make_failure(request.id, ErrorCode::unknown_cmd, "There is no command named \"" + request.cmd + "\".");
    return make_success(request.id, it->second(request.args));
} catch (const Error& e) {
    if (e.code() == ErrorCode::internal && on_internal_error) on_internal_error(e.what());
    return make_failure(request.id, e.code(), e.what());
} catch (const json::exception& e) {
    // A handler read a field with the wrong type: the request was at fault, not the host.
    return make_failure(request.id, ErrorCode::invalid_args, std::string("The arguments do not fit: ") + e.what());
} catch (const std::exception& e) {
    if (on_internal_error) on_internal_error(e.what());
    return make_failure(request.id, ErrorCode::internal, "Something went wrong inside the host; nothing was changed.");
} catch (...) {
    return make_failure(request.id, ErrorCode::internal, "Something went wrong inside the host; nothing was changed.");
}

std::vector<std::string> Dispatcher::command_names() const
{
    std::vector<std::string> names;
    names.reserve(handlers_.size());
    for (const auto& [name, handler] : handlers_) names.push_back(name);
    return names;
}

bool Dispatcher::has(std::string_view name) const
{
    return handlers_.find(name) != handlers_.end();
}

} // namespace onward::messaging
