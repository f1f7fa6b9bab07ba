#include "messaging/envelope.hpp"

#include "core/text.hpp"

#include <algorithm>

namespace onward::messaging {

json parse_json(std::string_view text)
{
    if (!is_valid_utf8(text)) throw Error(ErrorCode::bad_json, "The message is not valid UTF-8.");
    // The callback sees every value with its depth; refusing deep input here keeps both the
    // parser and later recursive walks (dump, destroy) within a small, fixed stack.
    const json::parser_callback_t depth_guard = [](int depth, json::parse_event_t, json&) {
        if (depth > max_json_depth)
            throw Error(ErrorCode::bad_json,
                        "The message nests deeper than " + std::to_string(max_json_depth) + " levels.");
        return true;
    };
    // Nesting can be no deeper than the number of brackets: when there are few, the plain (faster)
    // parser is safe. Brackets inside strings only make the count larger, never smaller.
    const auto brackets = std::count_if(text.begin(), text.end(), [](char c) { return c == '[' || c == '{'; });
    try {
        if (brackets <= max_json_depth) return json::parse(text.begin(), text.end());
        return json::parse(text.begin(), text.end(), depth_guard);
    } catch (const json::parse_error& e) {
        std::string why = e.what();
        // nlohmann's messages start with "[json.exception.parse_error.101] parse error at ...".
        if (const auto pos = why.find("] "); pos != std::string::npos) why = why.substr(pos + 2);
        throw Error(ErrorCode::bad_json, "The message is not valid JSON (" + why + ").");
    } catch (const json::out_of_range&) {
        // A number too large for a double, like 1e400.
        throw Error(ErrorCode::bad_json, "The message holds a number out of range.");
    }
}

Request parse_request(std::string_view payload)
{
    json document;
    try {
        document = parse_json(payload);
    } catch (const Error& e) {
        throw EnvelopeError(e.code(), e.what(), nullptr);
    }
    if (!document.is_object())
        throw EnvelopeError(ErrorCode::bad_request, "A request must be a JSON object.", nullptr);

    Request request;
    if (const auto it = document.find("id"); it != document.end()) {
        if (!it->is_string() && !it->is_number())
            throw EnvelopeError(ErrorCode::bad_request, "The request's \"id\" must be a string or a number.", nullptr);
        request.id = *it;
    } else {
        throw EnvelopeError(ErrorCode::bad_request, "The request has no \"id\".", nullptr);
    }
    const auto cmd = document.find("cmd");
    if (cmd == document.end())
        throw EnvelopeError(ErrorCode::bad_request, "The request has no \"cmd\".", request.id);
    if (!cmd->is_string())
        throw EnvelopeError(ErrorCode::bad_request, "The request's \"cmd\" must be a string.", request.id);
    request.cmd = cmd->get<std::string>();
    if (const auto args = document.find("args"); args != document.end()) {
        if (!args->is_object())
            throw EnvelopeError(ErrorCode::bad_request, "The request's \"args\" must be an object.", request.id);
        request.args = std::move(*args);
    } else {
        request.args = json::object();
    }
    return request;
}

json make_success(const json& id, json result)
{
    return json{{"id", id}, {"ok", true}, {"result", std::move(result)}};
}

json make_failure(const json& id, ErrorCode code, std::string_view message)
{
    return json{{"id", id},
                {"ok", false},
                {"error", {{"code", std::string(to_string(code))}, {"message", sanitize_utf8(message)}}}};
}

std::string dump_reply(const json& reply)
{
    // `replace` turns any invalid UTF-8 that slipped into a string into U+FFFD instead of throwing.
    return reply.dump(-1, ' ', false, json::error_handler_t::replace);
}

} // namespace onward::messaging
