#include "messaging/session.hpp"

#include <exception>

namespace onward::messaging {

namespace {

void send(ByteSink& out, const json& reply)
{
    auto text = dump_reply(reply);
    if (text.size() > max_outgoing_frame) {
        // Handlers page large results themselves; this is the last line of defence.
        text = dump_reply(make_failure(reply.value("id", json()), ErrorCode::too_large,
                                       "The reply would be larger than the 1 MiB a browser accepts; ask for less."));
    }
    write_frame(out, text);
}

} // namespace

int serve(ByteSource& in, ByteSink& out, const Dispatcher& dispatcher, std::ostream& log) noexcept
try {
    FrameReader reader(in);
    for (;;) {
        auto frame = reader.next();
        switch (frame.kind) {
        case Frame::Kind::end_of_input:
            return 0;
        case Frame::Kind::truncated:
            log << "onward-host: input ended in the middle of a frame; it was not applied\n" << std::flush;
            return 1;
        case Frame::Kind::too_large:
            send(out, make_failure(nullptr, ErrorCode::too_large,
                                   "The message is " + std::to_string(frame.declared_length) +
                                       " bytes; the limit is 4 MiB."));
            break;
        case Frame::Kind::message:
            send(out, dispatcher.handle(frame.payload));
            break;
        }
    }
} catch (const std::exception& e) {
    log << "onward-host: " << e.what() << '\n' << std::flush;
    return 1;
} catch (...) {
    return 1;
}

} // namespace onward::messaging
