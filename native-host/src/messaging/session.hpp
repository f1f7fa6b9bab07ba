#pragma once
// The native-messaging loop: read a frame, dispatch it, write the reply, until input ends.

#include "messaging/dispatcher.hpp"
#include "messaging/framing.hpp"

#include <functional>
#include <ostream>

namespace onward::messaging {

// Serves frames from `in` until input ends. Returns the process exit status:
// 0 at a clean end of input, 1 when input ended inside a frame (nothing of it applied)
// or the reply could not be written. `log` receives one line per problem; never stdout.
// `after_first_reply`, when given, runs once right after the first reply is written: the host
// uses it to start opening the database only once the browser's handshake has been answered.
int serve(ByteSource& in, ByteSink& out, const Dispatcher& dispatcher, std::ostream& log,
          const std::function<void()>& after_first_reply = {}) noexcept;

} // namespace onward::messaging
