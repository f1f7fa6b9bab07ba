#pragma once
// The date of an email as the extension sees it: ISO 8601 ("2026-11-03T09:00:00Z") or the
// header's RFC 5322 form ("Tue, 3 Nov 2026 10:00:00 +0100").

#include <chrono>
#include <optional>
#include <string_view>

namespace onward::steps {

std::optional<std::chrono::sys_seconds> parse_email_date(std::string_view text);

} // namespace onward::steps
