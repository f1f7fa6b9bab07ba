#pragma once
// The native-messaging loop: read a frame, dispatch it, write the reply, until input ends.

#include "messaging/dispatcher.hpp"
#include "messaging/framing.hpp"

#include <ostream>

namespace onward::messaging {

// Serves frames from `in` until input ends. Returns the process exit status:
// 0 at a clean end of input, 1 when input ended inside a frame (nothing of it applied)
// or the reply could not be written. `log` receives one line per problem; never stdout.
int serve(ByteSource& in, ByteSink& out, const Dispatcher& dispatcher, std::ostream& log) noexcept;

} // namespace onward::messaging
