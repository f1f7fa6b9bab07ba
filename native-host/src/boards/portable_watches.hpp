#pragma once
// Watches in the export document: each application carries its `watches` (board, filters, status,
// schedule) with the postings seen on them, so that an imported store neither loses its watches
// nor announces every posting again. `export_everything` / `import_everything` are what the
// export and import commands (and the CLI) call.

#include "boards/providers.hpp"
#include "store/database.hpp"

#include <nlohmann/json.hpp>

namespace onward::boards {

// steps::export_document with each application's "watches" added.
json export_everything(SQLite::Database& sql, TimePoint now);

// Validates the watches first (args.data.applications[i].watches[j]... named on a mistake), then
// steps::import_document with the watches written in the same transaction; a watch already present
// (same application and board) is skipped. The result's added/skipped carry "watches" and "postings".
json import_everything(store::Database& db, const json& document, TimePoint now);

} // namespace onward::boards
