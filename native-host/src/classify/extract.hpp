#pragma once
// Who wrote about which job: company, role, contact and applicant tracking system, from the
// sender, the subject and the newest message. Hand-written scanners over bounded windows, so the
// cost stays linear and a hostile body cannot make it backtrack.

#include "classify/classifier.hpp"

#include <bitset>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace onward::classify {

struct Sender {
    std::string name;   // display name, unquoted, encoded-words already decoded by the caller
    std::string email;  // lower case
    std::string domain; // lower case, after the '@'
};

// "Jane Doe <jane@acme.com>", "jane@acme.com", "\"Acme, Inc.\" <jobs@acme.com>", "jane@acme.com (Jane)".
Sender parse_sender(std::string_view from);

// Is the sender's address at a mail provider for anyone (gmail.com, web.de, orange.fr), not at an
// employer's, an agency's or a service's own domain?
bool is_personal_mailbox(std::string_view from);

// The ATS behind a sender or link domain ("greenhouse-mail.io" -> "greenhouse"), when known.
std::optional<std::string> ats_from_domain(std::string_view domain);

// Extraction's search words ("application for ", "position at ", "bewerbung als "); a word's index
// is its id. The classifier compiles them into its automaton, so that its one pass over the folded
// subject and body tells which may occur (a superset of where a case-insensitive search of the text
// finds them), and extraction searches only those instead of every word over the text.
inline constexpr std::size_t max_extraction_triggers = 256;
using TriggerSet = std::bitset<max_extraction_triggers>;
const std::vector<std::string_view>& extraction_triggers();
// Words searched whatever the automaton saw: a short word that starts with a letter ("en ", "bei ")
// would be seen inside every other word of the folded text.
bool searched_always(std::string_view trigger) noexcept;

struct ExtractInput {
    std::string_view subject; // cleaned
    std::string_view from;
    std::string_view newest;    // cleaned newest message (original case)
    std::string_view signature; // its signature block, if one was cut
    std::optional<std::string> ats_from_links;
    // The triggers the classifier saw in the folded subject and newest message; null: search for
    // every trigger (a byte-run filter then turns away those that cannot occur).
    const TriggerSet* subject_triggers = nullptr;
    const TriggerSet* body_triggers = nullptr;
};

Extracted extract(const ExtractInput& in);

} // namespace onward::classify
