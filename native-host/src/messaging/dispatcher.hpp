#pragma once
// Routes one request to its handler. This is the error funnel of the host: whatever a handler
// throws becomes exactly one failure reply, and nothing escapes `handle`.

#include "messaging/envelope.hpp"

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace onward::messaging {

using Handler = std::function<json(const json& args)>;

class Dispatcher {
public:
    // Registers `handler` under `name`; a second registration of the same name is a bug.
    void add(std::string name, Handler handler);

    // Registers a command whose result never changes once the host runs (`hello`): `make` runs on
    // the first call, and its serialised text is reused, so answering costs one parse and a copy.
    void add_constant(std::string name, std::function<json()> make);

    // Handles one frame's payload and returns the reply to send. Never throws.
    json handle(std::string_view payload) const noexcept;

    // Handles an already parsed request (used by `handle` and by the CLI). Never throws.
    json handle(const Request& request) const noexcept;

    // Handles one frame's payload and returns the serialised reply. Never throws.
    std::string reply_text(std::string_view payload) const noexcept;

    std::vector<std::string> command_names() const;
    bool has(std::string_view name) const;

    // Called with every internal failure, for the log; never with user data beyond the message.
    std::function<void(std::string_view)> on_internal_error;

private:
    struct Constant {
        std::function<json()> make;
        std::string text; // the serialised result, once made
    };

    std::map<std::string, Handler, std::less<>> handlers_;
    mutable std::map<std::string, Constant, std::less<>> constants_;
};

} // namespace onward::messaging
