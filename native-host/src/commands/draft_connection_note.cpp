// draft.connection_note: a LinkedIn note of at most 200 characters naming the company and the role.
#include "commands/host.hpp"
#include "commands/registry.hpp"
#include "commands/shapes.hpp"
#include "steps/tracker.hpp"

namespace onward::commands {

void register_draft_connection_note(Host& host)
{
    host.dispatcher().add("draft.connection_note", [&host](const json& args) {
        const auto id = require_application_id(args);
        const auto lang = optional_one_of(args, "lang", {"en", "de", "fr", "es", "nl"});
        return steps::draft_connection_note(host.store().sql(), id, lang);
    });
}

} // namespace onward::commands
