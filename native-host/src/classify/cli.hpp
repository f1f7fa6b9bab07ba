#pragma once
// `onward-host classify FILE|- [--explain] [--json]`: the classifier on the command line.
// Each input is an RFC 822 .eml, a JSON object with subject/from/body (date, to, lang optional),
// a JSON array of such objects, or JSON lines. Readable output by default; --explain adds the
// evidence; --json prints one JSON object per email (the `classify` result plus "input").
// Exit status: 0 all read, 1 some input unreadable (a line on `err` for each), 2 usage.

#include <iosfwd>
#include <string>
#include <vector>

namespace onward::classify {

int run_classify_cli(const std::vector<std::string>& inputs, bool explain, bool json_output, std::istream& in,
                     std::ostream& out, std::ostream& err);

} // namespace onward::classify
