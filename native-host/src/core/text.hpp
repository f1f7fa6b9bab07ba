#pragma once
// Small text helpers shared by the libraries.

#include <string>
#include <string_view>

namespace onward {

// True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates, nothing past U+10FFFF).
bool is_valid_utf8(std::string_view bytes) noexcept;

// Replaces every ill-formed sequence with U+FFFD, so text from anywhere can be put into JSON.
std::string sanitize_utf8(std::string_view bytes);

} // namespace onward
