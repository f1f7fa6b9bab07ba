// watch.suggest: the board an application's company probably uses, from its links and emails.
#include "boards/watches.hpp"
#include "commands/host.hpp"
#include "commands/registry.hpp"
#include "commands/shapes.hpp"

namespace onward::commands {

void register_watch_suggest(Host& host)
{
    host.dispatcher().add("watch.suggest", [&host](const json& args) {
        return boards::suggest_boards(host.store().sql(), require_application_id(args));
    });
}

} // namespace onward::commands
