#pragma once
// Which part of an email body is the newest message: everything from the first quoted-history
// marker on ("On ... wrote:", "Am ... schrieb", "-----Original Message-----", an Outlook header block,
// '>' lines), the signature ("-- ") and legal footers are cut. When the newest message is only a
// forward note ("FYI" above "---------- Forwarded message ---------"), the forwarded message is
// taken instead, with its From and Subject header lines.

#include <string_view>

namespace onward::classify {

struct Segments {
    std::string_view newest;        // what to classify
    std::string_view signature;     // the signature block under the newest message (for extraction)
    std::string_view inner_from;    // From: of a forwarded message taken as the newest one
    std::string_view inner_subject; // Subject: of that forwarded message
    bool cut = false;               // quoted history, a footer or a signature was cut
    bool forwarded = false;         // the newest message is a forwarded one
};

// `clean` is clean_text output (LF line ends). The views point into it.
Segments segment(std::string_view clean);

} // namespace onward::classify
