#pragma once
// Everything in the store as one versioned JSON document (export), taking it back (import), a CSV
// of the applications, and forgetting everything.

#include "steps/rules.hpp"
#include "store/database.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace onward::steps {

inline constexpr const char* export_format = "onward-export";
inline constexpr int export_version = 1;

// {format, version, exported_at, settings, applications: [... with steps, events, contacts, emails], unassigned_emails}
nlohmann::json export_document(SQLite::Database& sql, TimePoint now);

// Validates the whole document first (Error(invalid_args) naming the first bad field, nothing
// written), then adds it in one transaction. Applications already present (same company, role and
// creation time) and emails already present (same provider + message id) are skipped, so importing
// the same document twice adds nothing the second time. Returns {added: {...}, skipped: {...}}.
// `extra` (optional) writes what other libraries keep per application (onward_boards: watches),
// inside the same transaction, given the id each of the document's applications got (nullopt: it
// was skipped as already present).
using ImportExtra =
    std::function<void(SQLite::Database&, const std::vector<std::optional<std::int64_t>>& application_ids)>;
nlohmann::json import_document(store::Database& db, const nlohmann::json& document, TimePoint now,
                               const ImportExtra& extra = {});

// One line per application: id, company, role, status, dates, next step. RFC 4180 quoting.
std::string export_csv(SQLite::Database& sql, TimePoint now);

// Deletes every row of every table (settings included) and compacts the file. Returns the counts deleted.
nlohmann::json forget_everything(store::Database& db);

} // namespace onward::steps
