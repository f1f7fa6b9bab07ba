#pragma once
// Reading application rows, shared by the store's own query files (not part of the store's API).

#include "store/applications.hpp"

#include <SQLiteCpp/Statement.h>

#include <string>
#include <string_view>

namespace onward::store::detail {

// The 17 columns read_application expects, in order.
inline constexpr const char* application_columns =
    "id, company, company_key, role, role_key, status, status_at, source, sender_domain, lang, applied_at, "
    "rejected_at, last_activity_at, created_at, updated_at, url, notes";
// The same, each prefixed with "alias.".
std::string application_columns_of(std::string_view alias);
// The application in columns first .. first + 16 of the current row.
Application read_application(SQLite::Statement& st, int first = 0);

} // namespace onward::store::detail
