#pragma once
// The request/reply envelope of the contract:
//   request  {"id": <string|number>, "cmd": "<name>", "args": {...}}
//   success  {"id": ..., "ok": true, "result": ...}
//   failure  {"id": ... or null, "ok": false, "error": {"code": "...", "message": "..."}}

#include "core/error.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace onward::messaging {

using json = nlohmann::json;

// Deeper nesting than this is refused before it can exhaust the stack anywhere.
inline constexpr int max_json_depth = 64;

struct Request {
    json id;          // a string or a number
    std::string cmd;
    json args;        // always an object (empty when the request left it out)
};

// Parses one frame's payload. Throws EnvelopeError carrying whatever id could be recovered,
// so that even a refused request is answered with its own id when it had a valid one.
class EnvelopeError : public Error {
public:
    EnvelopeError(ErrorCode code, const std::string& message, json id) : Error(code, message), id_(std::move(id)) {}
    const json& id() const noexcept { return id_; }

private:
    json id_;
};

Request parse_request(std::string_view payload);

// Parses JSON text with the depth limit; throws Error(bad_json) with a readable message.
json parse_json(std::string_view text);

json make_success(const json& id, json result);
json make_failure(const json& id, ErrorCode code, std::string_view message);

// Serialises a reply. Strings that are not valid UTF-8 are repaired rather than refused,
// so a reply can always be written.
std::string dump_reply(const json& reply);

} // namespace onward::messaging
