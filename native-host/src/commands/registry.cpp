#include "commands/registry.hpp"

#include "commands/host.hpp"

namespace onward::commands {

void register_all_commands(Host& host)
{
    register_hello(host);
}

} // namespace onward::commands
