#pragma once
// Text normalisation for the classifier, in two steps that each read their input once:
//   clean_text: transport and markup remnants out (quoted-printable, HTML tags and entities, CR),
//               case and letters untouched, line structure kept (for the segmenter and the extractor);
//   fold:       the matching form: Unicode case folding and accent stripping by utf8proc (NFKD,
//               casefold, stripmark), every run of punctuation and blanks collapsed to one separator,
//               ' ' inside a sentence and '.' between sentences (". ! ? ;" and blank lines).
// Folded text holds only [a-z0-9], ' ', '.' and the UTF-8 of letters outside ASCII.

#include <string>
#include <string_view>

namespace onward::classify {

// True when `bytes` looks quoted-printable (soft line breaks, or several =XX escapes).
bool looks_quoted_printable(std::string_view bytes) noexcept;
// Decodes quoted-printable: "=\n" soft breaks removed, "=XX" to the byte XX.
std::string decode_quoted_printable(std::string_view bytes);

// True when `text` carries HTML markup (tags such as <p>, <div>, <br>, <table>, </...>).
bool looks_like_html(std::string_view text) noexcept;

// CRLF to LF; quoted-printable decoded when it looks so; HTML tags stripped (block tags become
// newlines, <style>/<script>/<head> dropped) when it looks like HTML; entities decoded always.
std::string clean_text(std::string_view raw);
// The same, without a copy where it can: `raw` itself when there is nothing to clean (plain text
// without CR, entities or quoted-printable), else the cleaned text written into `buffer`.
std::string_view clean_text(std::string_view raw, std::string& buffer);

// Appends the folded form of `text` to `out`. Ill-formed UTF-8 bytes count as separators.
void fold_into(std::string_view text, std::string& out);
std::string fold(std::string_view text);

// Word characters of folded text: [a-z0-9] and every byte of a non-ASCII letter.
inline bool is_folded_word_byte(unsigned char c) noexcept
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

} // namespace onward::classify
