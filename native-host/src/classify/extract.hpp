#pragma once
// Who wrote about which job: company, role, contact and applicant tracking system, from the
// sender, the subject and the newest message. Hand-written scanners over bounded windows, so the
// cost stays linear and a hostile body cannot make it backtrack.

#include "classify/classifier.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace onward::classify {

struct Sender {
    std::string name;   // display name, unquoted, encoded-words already decoded by the caller
    std::string email;  // lower case
    std::string domain; // lower case, after the '@'
};

// "Jane Doe <jane@acme.com>", "jane@acme.com", "\"Acme, Inc.\" <jobs@acme.com>", "jane@acme.com (Jane)".
Sender parse_sender(std::string_view from);

// The ATS behind a sender or link domain ("greenhouse-mail.io" -> "greenhouse"), when known.
std::optional<std::string> ats_from_domain(std::string_view domain);

struct ExtractInput {
    std::string_view subject; // cleaned
    std::string_view from;
    std::string_view newest;    // cleaned newest message (original case)
    std::string_view signature; // its signature block, if one was cut
    std::optional<std::string> ats_from_links;
};

Extracted extract(const ExtractInput& in);

} // namespace onward::classify
