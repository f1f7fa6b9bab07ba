// postings.ingest: a board's JSON exactly as fetched; answers what is new, what fits and what was
// held back (contract). A payload not in the provider's documented shape is invalid_args.
#include "boards/watches.hpp"
#include "commands/host.hpp"
#include "commands/registry.hpp"
#include "commands/watch_common.hpp"
#include "core/error.hpp"

namespace onward::commands {

void register_postings_ingest(Host& host)
{
    host.dispatcher().add("postings.ingest", [&host](const json& args) {
        const auto id = require_watch_id(args);
        const auto payload = args.find("payload");
        if (payload == args.end() || payload->is_null()) throw invalid_args("args.payload is missing.");
        return boards::ingest_postings(host.store(), id, *payload, host.now());
    });
}

} // namespace onward::commands
