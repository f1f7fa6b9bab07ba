// draft.reply: a gracious reply to the rejection, for the user to send (Onward never sends).
#include "commands/host.hpp"
#include "commands/registry.hpp"
#include "commands/shapes.hpp"
#include "steps/tracker.hpp"

namespace onward::commands {

void register_draft_reply(Host& host)
{
    host.dispatcher().add("draft.reply", [&host](const json& args) {
        const auto id = require_application_id(args);
        const auto tone = optional_one_of(args, "tone", {"warm", "brief", "formal"});
        const auto lang = optional_one_of(args, "lang", {"en", "de", "fr", "es", "nl"});
        return steps::draft_reply(host.store().sql(), id, tone, lang);
    });
}

} // namespace onward::commands
