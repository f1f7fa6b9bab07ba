#pragma once
// One registration function per command file; registry.cpp calls them all.

namespace onward::commands {

class Host;

void register_hello(Host& host);

} // namespace onward::commands
