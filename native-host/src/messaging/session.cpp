#include "messaging/session.hpp"

#include <exception>

namespace onward::messaging {

namespace {

void send(ByteSink& out, std::string text)
{
    if (text.size() > max_outgoing_frame) {
        // Handlers page large results themselves; this is the last line of defence (and rare
        // enough that reading the id back from the text costs nothing that matters).
        json id;
        try {
            id = json::parse(text).value("id", json());
        } catch (...) {
        }
        text = dump_reply(make_failure(id, ErrorCode::too_large,
                                       "The reply would be larger than the 1 MiB a browser accepts; ask for less."));
    }
    write_frame(out, text);
}

} // namespace

int serve(ByteSource& in, ByteSink& out, const Dispatcher& dispatcher, std::ostream& log,
          const std::function<void()>& after_first_reply) noexcept
try {
    FrameReader reader(in);
    bool answered = false;
    for (;;) {
        auto frame = reader.next();
        switch (frame.kind) {
        case Frame::Kind::end_of_input:
            return 0;
        case Frame::Kind::truncated:
            log << "onward-host: input ended in the middle of a frame; it was not applied\n" << std::flush;
            return 1;
        case Frame::Kind::too_large:
            send(out, dump_reply(make_failure(nullptr, ErrorCode::too_large,
                                              "The message is " + std::to_string(frame.declared_length) +
                                                  " bytes; the limit is 4 MiB.")));
            break;
        case Frame::Kind::message:
            send(out, dispatcher.reply_text(frame.payload));
            break;
        }
        if (!answered) {
            answered = true;
            if (after_first_reply) after_first_reply();
        }
    }
} catch (const std::exception& e) {
    log << "onward-host: " << e.what() << '\n' << std::flush;
    return 1;
} catch (...) {
    return 1;
}

} // namespace onward::messaging
