#pragma once
// Small text helpers shared by the libraries.

#include <string>
#include <string_view>

namespace onward {

// True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates, nothing past U+10FFFF).
bool is_valid_utf8(std::string_view bytes) noexcept;

// Replaces every ill-formed sequence with U+FFFD, so text from anywhere can be put into JSON.
std::string sanitize_utf8(std::string_view bytes);

// For names shown to the person and put into drafts (company, role, contact): well-formed UTF-8
// without the invisible characters a stranger can use to make one name look like another, or to
// reorder the words around it: explicit bidi embeddings, overrides and isolates (U+202A-U+202E,
// U+2066-U+2069), zero-width space, word joiner and invisible operators (U+200B, U+2060-U+2064),
// and the byte-order mark (U+FEFF). Joiners that scripts need (U+200C, U+200D) and the
// direction marks (U+200E, U+200F) stay. Whitespace at both ends goes too.
std::string clean_display_name(std::string_view text);

} // namespace onward
