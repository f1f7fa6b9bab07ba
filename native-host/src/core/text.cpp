#include "core/text.hpp"

#include <bit>
#include <cstdint>
#include <cstring>

namespace onward {

namespace {

// Length of the well-formed UTF-8 sequence at `i`, or 0 when it is ill-formed (Unicode table 3-7).
std::size_t sequence_length(std::string_view s, std::size_t i) noexcept
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char b0 = byte(i);
    const std::size_t left = s.size() - i;
    if (b0 < 0x80) return 1;
    const auto cont = [&](std::size_t k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
        return k < s.size() && byte(k) >= lo && byte(k) <= hi;
    };
    if (b0 >= 0xC2 && b0 <= 0xDF) return left >= 2 && cont(i + 1) ? 2 : 0;
    if (b0 == 0xE0) return left >= 3 && cont(i + 1, 0xA0, 0xBF) && cont(i + 2) ? 3 : 0;
    if ((b0 >= 0xE1 && b0 <= 0xEC) || b0 == 0xEE || b0 == 0xEF)
        return left >= 3 && cont(i + 1) && cont(i + 2) ? 3 : 0;
    if (b0 == 0xED) return left >= 3 && cont(i + 1, 0x80, 0x9F) && cont(i + 2) ? 3 : 0;
    if (b0 == 0xF0) return left >= 4 && cont(i + 1, 0x90, 0xBF) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    if (b0 >= 0xF1 && b0 <= 0xF3) return left >= 4 && cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    if (b0 == 0xF4) return left >= 4 && cont(i + 1, 0x80, 0x8F) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    return 0;
}

// The first byte at or after `i` that is not ASCII (or the end): eight bytes at a time, as most
// text is ASCII throughout.
std::size_t end_of_ascii(std::string_view s, std::size_t i) noexcept
{
    constexpr std::uint64_t high = 0x8080808080808080ull;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t x;
        std::memcpy(&x, s.data() + i, 8);
        if ((x & high) != 0) {
            // The first byte with its high bit set: the lowest in memory order.
            if constexpr (std::endian::native == std::endian::little) return i + std::countr_zero(x & high) / 8;
            else break;
        }
    }
    while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
    return i;
}

// Length of the well-formed start of `s`: where the first ill-formed sequence begins, or its size.
std::size_t well_formed_prefix(std::string_view s) noexcept
{
    std::size_t i = 0;
    while ((i = end_of_ascii(s, i)) < s.size()) {
        const auto n = sequence_length(s, i);
        if (n == 0) return i;
        i += n;
    }
    return i;
}

} // namespace

bool is_valid_utf8(std::string_view bytes) noexcept { return well_formed_prefix(bytes) == bytes.size(); }

std::string sanitize_utf8(std::string_view bytes)
{
    // Nearly all text is well formed: find the first bad byte, and copy in one go when there is none.
    const std::size_t good = well_formed_prefix(bytes);
    if (good == bytes.size()) return std::string(bytes);
    std::string out;
    out.reserve(bytes.size() + 8);
    out.append(bytes.substr(0, good));
    for (std::size_t i = good; i < bytes.size();) {
        const auto n = sequence_length(bytes, i);
        if (n == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
        } else {
            out.append(bytes.substr(i, n));
            i += n;
        }
    }
    return out;
}

std::string clean_display_name(std::string_view text)
{
    // Nearly every name is well formed and has none of the invisible characters, whose UTF-8 all
    // starts with 0xE2 or 0xEF: then there is only whitespace to trim, and one copy to make.
    if (well_formed_prefix(text) == text.size() && text.find('\xE2') == std::string_view::npos &&
        text.find('\xEF') == std::string_view::npos) {
        const auto first = text.find_first_not_of(" \t\r\n");
        if (first == std::string_view::npos) return {};
        const auto last = text.find_last_not_of(" \t\r\n");
        return std::string(text.substr(first, last - first + 1));
    }
    const auto valid = sanitize_utf8(text);
    std::string out;
    out.reserve(valid.size());
    for (std::size_t i = 0; i < valid.size();) {
        const auto n = sequence_length(valid, i);
        if (n == 3) {
            const auto b0 = static_cast<unsigned char>(valid[i]), b1 = static_cast<unsigned char>(valid[i + 1]),
                       b2 = static_cast<unsigned char>(valid[i + 2]);
            const auto cp = ((b0 & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu);
            const bool invisible = (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200B ||
                                   (cp >= 0x2060 && cp <= 0x2064) || cp == 0xFEFF;
            if (invisible) {
                i += 3;
                continue;
            }
        }
        out.append(valid, i, n);
        i += n;
    }
    const auto first = out.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    const auto last = out.find_last_not_of(" \t\r\n");
    return out.substr(first, last - first + 1);
}

} // namespace onward
