#pragma once
// Reading an email as it sits in a .eml file (RFC 5322 / MIME) into the classifier's Email:
// folded header lines unfolded, RFC 2047 encoded-words decoded in Subject and From, multipart walked
// (text/plain preferred, text/html kept for the classifier to strip), quoted-printable and base64
// undone, ISO-8859-1/-15 and Windows-1252 converted to UTF-8. Never throws on malformed mail: what
// cannot be decoded is kept as it is and sanitised to UTF-8.

#include "classify/classifier.hpp"

#include <string>
#include <string_view>

namespace onward::classify {

// True when the text starts like a mail message: a "Name: value" header line.
bool looks_like_rfc822(std::string_view text) noexcept;

Email parse_rfc822(std::string_view message);

// RFC 2047: "=?UTF-8?Q?Absage_f=C3=BCr_Sie?=" -> "Absage für Sie"; other text unchanged.
std::string decode_encoded_words(std::string_view header);

// Base64 with line breaks and padding; other bytes are skipped.
std::string decode_base64(std::string_view text);

// `bytes` in `charset` (any case) to UTF-8; unknown charsets are read as UTF-8 and sanitised.
std::string to_utf8(std::string_view bytes, std::string_view charset);

} // namespace onward::classify
