// hello: the handshake. Answers from memory, without touching the database, so the first
// reply a browser waits for is as fast as the process can start.
#include "commands/host.hpp"
#include "commands/registry.hpp"
#include "core/build_info.hpp"

namespace onward::commands {

void register_hello(Host& host)
{
    host.dispatcher().add_constant("hello", [&host] {
        return json{{"name", "onward-host"},
                    {"version", std::string(build_info::version)},
                    {"protocol", build_info::protocol},
                    {"commands", host.dispatcher().command_names()}};
    });
}

} // namespace onward::commands
