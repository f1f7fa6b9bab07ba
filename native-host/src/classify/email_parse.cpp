#include "classify/email_parse.hpp"

#include "classify/normalize.hpp"
#include "core/text.hpp"

#include <cctype>
#include <optional>
#include <utility>
#include <vector>

namespace onward::classify {

namespace {

constexpr int max_depth = 8; // nested multiparts deeper than this are not walked

std::string lower(std::string_view s)
{
    std::string out(s);
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string_view trim(std::string_view s) noexcept
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

struct Header {
    std::string name; // lower case
    std::string value;
};

struct Entity {
    std::vector<Header> headers;
    std::string_view body;

    std::string get(std::string_view name) const
    {
        for (const auto& h : headers)
            if (h.name == name) return h.value;
        return {};
    }
};

// Headers up to the first empty line, folded lines joined; the rest is the body.
Entity split_entity(std::string_view text)
{
    Entity e;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto line_start = pos;
        auto nl = text.find('\n', pos);
        if (nl == std::string_view::npos) nl = text.size();
        auto line = text.substr(pos, nl - pos);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        pos = std::min(nl + 1, text.size());
        if (line.empty()) {
            e.body = text.substr(pos);
            return e;
        }
        if ((line[0] == ' ' || line[0] == '\t') && !e.headers.empty()) {
            e.headers.back().value += ' ';
            e.headers.back().value += trim(line);
            continue;
        }
        const auto colon = line.find(':');
        if (colon == std::string_view::npos || colon == 0) {
            // Not a header line: the headers ended without a blank line; the rest is the body.
            e.body = text.substr(line_start);
            return e;
        }
        e.headers.push_back({lower(trim(line.substr(0, colon))), std::string(trim(line.substr(colon + 1)))});
    }
    return e;
}

// "text/plain; charset=\"utf-8\"; format=flowed" -> type "text/plain", params.
struct ContentType {
    std::string type = "text/plain";
    std::string charset;
    std::string boundary;
};

std::string param(std::string_view header, std::string_view name)
{
    const auto l = lower(header);
    std::size_t p = 0;
    while ((p = l.find(name, p)) != std::string::npos) {
        const bool starts = p == 0 || l[p - 1] == ';' || l[p - 1] == ' ' || l[p - 1] == '\t';
        auto q = p + name.size();
        while (q < l.size() && l[q] == ' ') ++q;
        if (starts && q < l.size() && l[q] == '=') {
            ++q;
            while (q < l.size() && l[q] == ' ') ++q;
            if (q < header.size() && header[q] == '"') {
                const auto end = header.find('"', q + 1);
                return std::string(header.substr(q + 1, end == std::string_view::npos ? std::string_view::npos : end - q - 1));
            }
            auto end = header.find_first_of("; \t", q);
            return std::string(header.substr(q, end == std::string_view::npos ? std::string_view::npos : end - q));
        }
        p += name.size();
    }
    return {};
}

ContentType content_type(const Entity& e)
{
    ContentType ct;
    const auto h = e.get("content-type");
    if (h.empty()) return ct;
    const auto semi = h.find(';');
    ct.type = lower(trim(std::string_view(h).substr(0, semi)));
    ct.charset = lower(param(h, "charset"));
    ct.boundary = param(h, "boundary");
    return ct;
}

std::string decode_body(const Entity& e, const ContentType& ct)
{
    const auto cte = lower(trim(e.get("content-transfer-encoding")));
    std::string bytes;
    if (cte == "base64") bytes = decode_base64(e.body);
    else if (cte == "quoted-printable") bytes = decode_quoted_printable(e.body);
    else bytes = std::string(e.body);
    return to_utf8(bytes, ct.charset);
}

struct Texts {
    std::optional<std::string> plain, html;
};

void walk(std::string_view text, int depth, Texts& out)
{
    const auto e = split_entity(text);
    const auto ct = content_type(e);
    const auto disposition = lower(e.get("content-disposition"));
    if (disposition.rfind("attachment", 0) == 0 && ct.type != "message/rfc822") return;
    if (ct.type.rfind("multipart/", 0) == 0 && !ct.boundary.empty() && depth < max_depth) {
        const std::string delim = "--" + ct.boundary;
        std::size_t pos = e.body.find(delim);
        while (pos != std::string_view::npos) {
            pos += delim.size();
            if (e.body.substr(pos, 2) == "--") break; // closing delimiter
            const auto line_end = e.body.find('\n', pos);
            if (line_end == std::string_view::npos) break;
            const auto next = e.body.find(delim, line_end + 1);
            auto part = e.body.substr(line_end + 1, next == std::string_view::npos ? std::string_view::npos : next - line_end - 1);
            walk(part, depth + 1, out);
            pos = next;
        }
        return;
    }
    if (ct.type == "message/rfc822" && depth < max_depth) {
        walk(e.body, depth + 1, out);
        return;
    }
    if (ct.type == "text/plain" && !out.plain) out.plain = decode_body(e, ct);
    else if (ct.type == "text/html" && !out.html) out.html = decode_body(e, ct);
}

int b64_value(unsigned char c) noexcept
{
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+' || c == '-') return 62;
    if (c == '/' || c == '_') return 63;
    return -1;
}

// Windows-1252 0x80..0x9F; 0 where the code page leaves a hole.
constexpr char32_t cp1252_high[32] = {0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
                                      0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
                                      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

void append_utf8(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::string decode_q(std::string_view text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '_') {
            out += ' ';
        } else if (text[i] == '=' && i + 2 < text.size() && std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
                   std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
            out += static_cast<char>(std::stoi(std::string(text.substr(i + 1, 2)), nullptr, 16));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

} // namespace

bool looks_like_rfc822(std::string_view text) noexcept
{
    const auto nl = text.find('\n');
    const auto first = text.substr(0, nl);
    const auto colon = first.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 60) return false;
    for (std::size_t i = 0; i < colon; ++i) {
        const auto c = static_cast<unsigned char>(first[i]);
        if (!(std::isalnum(c) || c == '-' || c == '_')) return false;
    }
    return true;
}

std::string decode_base64(std::string_view text)
{
    std::string out;
    out.reserve(text.size() * 3 / 4);
    std::uint32_t acc = 0;
    int bits = 0;
    for (unsigned char c : text) {
        if (c == '=') break;
        const int v = b64_value(c);
        if (v < 0) continue;
        acc = (acc << 6) | static_cast<std::uint32_t>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((acc >> bits) & 0xFF);
        }
    }
    return out;
}

std::string to_utf8(std::string_view bytes, std::string_view charset_in)
{
    const auto charset = lower(trim(charset_in));
    const bool latin1 = charset == "iso-8859-1" || charset == "latin1" || charset == "latin-1" || charset == "iso8859-1" ||
                        charset == "iso-8859-15" || charset == "l1";
    const bool cp1252 = charset == "windows-1252" || charset == "cp1252" || charset == "x-cp1252";
    if (!latin1 && !cp1252) return sanitize_utf8(bytes);
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (unsigned char c : bytes) {
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (c < 0xA0 && cp1252) {
            const auto cp = cp1252_high[c - 0x80];
            append_utf8(out, cp == 0 ? 0xFFFD : cp);
        } else if (charset == "iso-8859-15" && c == 0xA4) {
            append_utf8(out, 0x20AC);
        } else {
            append_utf8(out, c);
        }
    }
    return out;
}

std::string decode_encoded_words(std::string_view h)
{
    std::string out;
    std::size_t i = 0;
    bool last_was_word = false;
    std::string pending_space;
    while (i < h.size()) {
        if (h.substr(i, 2) == "=?") {
            const auto q1 = h.find('?', i + 2);
            const auto q2 = q1 == std::string_view::npos ? q1 : h.find('?', q1 + 1);
            const auto end = q2 == std::string_view::npos ? q2 : h.find("?=", q2 + 1);
            if (end != std::string_view::npos && q2 == q1 + 2) {
                auto charset = h.substr(i + 2, q1 - i - 2);
                if (const auto star = charset.find('*'); star != std::string_view::npos) charset = charset.substr(0, star);
                const char enc = static_cast<char>(std::toupper(static_cast<unsigned char>(h[q1 + 1])));
                const auto payload = h.substr(q2 + 1, end - q2 - 1);
                std::string bytes = enc == 'B' ? decode_base64(payload) : decode_q(payload);
                if (!last_was_word) out += pending_space; // whitespace between two encoded-words vanishes
                pending_space.clear();
                out += to_utf8(bytes, charset);
                last_was_word = true;
                i = end + 2;
                continue;
            }
        }
        if (h[i] == ' ' || h[i] == '\t') {
            pending_space += h[i];
            ++i;
            continue;
        }
        out += pending_space;
        pending_space.clear();
        out += h[i];
        last_was_word = false;
        ++i;
    }
    out += pending_space;
    return sanitize_utf8(out);
}

Email parse_rfc822(std::string_view message)
{
    Email email;
    const auto top = split_entity(message);
    email.subject = decode_encoded_words(top.get("subject"));
    email.from = decode_encoded_words(top.get("from"));
    email.to = decode_encoded_words(top.get("to"));
    email.date = sanitize_utf8(top.get("date"));
    email.lang = sanitize_utf8(lower(trim(top.get("content-language")).substr(0, 2)));
    Texts texts;
    walk(message, 0, texts);
    if (texts.plain && !trim(*texts.plain).empty()) email.body = std::move(*texts.plain);
    else if (texts.html) email.body = std::move(*texts.html);
    else if (texts.plain) email.body = std::move(*texts.plain);
    return email;
}

} // namespace onward::classify
