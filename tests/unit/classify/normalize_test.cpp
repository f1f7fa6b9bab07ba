#include "classify/normalize.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string>
#include <string_view>

using onward::classify::clean_text;
using onward::classify::fold;
using onward::classify::looks_like_html;

TEST(Fold, LowersCaseAndStripsAccents)
{
    EXPECT_EQ(fold("Über GRÜßE, Élodie!"), "uber grusse elodie");
    EXPECT_EQ(fold("Candidature retenue à Zürich"), "candidature retenue a zurich");
    EXPECT_EQ(fold("Bewerbungsgespräch"), "bewerbungsgesprach");
}

TEST(Fold, CollapsesPunctuationIntoOneSeparator)
{
    EXPECT_EQ(fold("Unfortunately,   we --- can't"), "unfortunately we can t");
    EXPECT_EQ(fold("We\u2019re sorry \u201cthis\u201d"), "we re sorry this");
    EXPECT_EQ(fold("a\u00A0b\u2009c"), "a b c"); // no-break and thin spaces
}

TEST(Fold, MarksSentenceEnds)
{
    EXPECT_EQ(fold("Thanks. Unfortunately not!"), "thanks.unfortunately not");
    EXPECT_EQ(fold("one line\nwraps here\n\nnew paragraph"), "one line wraps here.new paragraph");
    EXPECT_EQ(fold("  leading and trailing ...  "), "leading and trailing");
}

// A German date's ordinal dot would cut a condition in two ("Sollten Sie bis zum 30. Juni nichts
// hören, ..."); a year, a reference or a letter-and-number code before a dot still ends a sentence.
TEST(Fold, ReadsAnOrdinalDateDotAsNoSentenceEnd)
{
    EXPECT_EQ(fold("bis zum 30. Juni nichts"), "bis zum 30 juni nichts");
    EXPECT_EQ(fold("am 3. M\xC3\xA4rz"), "am 3 marz");
    EXPECT_EQ(fold("seit 2025. Danke"), "seit 2025.danke");
    EXPECT_EQ(fold("Ref. 4471. Next"), "ref.4471.next");
    EXPECT_EQ(fold("Format A4. Danke"), "format a4.danke");
    EXPECT_EQ(fold("Punkt 3.\n\nNeu"), "punkt 3.neu");
}

// A title's dot before a name is no sentence end: "für Herrn Dr. Kühn entschieden" is one sentence, as
// the verdict pairs need it. Only the titles listed, only before a capital, only as a whole word.
TEST(Fold, ReadsATitleDotBeforeANameAsNoSentenceEnd)
{
    EXPECT_EQ(fold("f\xC3\xBCr Herrn Dr. K\xC3\xBChn entschieden"), "fur herrn dr kuhn entschieden");
    EXPECT_EQ(fold("Dear Mr. Patel, thanks"), "dear mr patel thanks");
    EXPECT_EQ(fold("Prof. Weber"), "prof weber");
    EXPECT_EQ(fold("call Dr. no later"), "call dr.no later");      // no capital after it
    EXPECT_EQ(fold("the dr. And then"), "the dr.and then");        // a capital, but "dr" is lower case
    EXPECT_EQ(fold("Fax: 12Dr. Smith"), "fax 12dr.smith");         // part of a longer word
}

// A dot inside a number (a time, a decimal, a date) is no sentence end either.
TEST(Fold, ReadsADotInsideANumberAsNoSentenceEnd)
{
    EXPECT_EQ(fold("om 11.00 uur verzetten"), "om 11 00 uur verzetten");
    EXPECT_EQ(fold("2.5 years"), "2 5 years");
    EXPECT_EQ(fold("am 30.06.2025 um"), "am 30 06 2025 um");
    EXPECT_EQ(fold("Version 2.0 is out. Next"), "version 2 0 is out.next");
    EXPECT_EQ(fold("Ref. 4471. Next"), "ref.4471.next");
}

TEST(Fold, JoinsGermanGenderForms)
{
    EXPECT_EQ(fold("anderen Kandidat:innen"), "anderen kandidatinnen");
    EXPECT_EQ(fold("Bewerber*innen und Kolleg_innen"), "bewerberinnen und kolleginnen");
    EXPECT_EQ(fold("Zeit: in zwei Wochen"), "zeit in zwei wochen"); // a colon before a word "in" stays a gap
    EXPECT_EQ(fold("Sehr geehrte/r Bewerber/in, eine/n andere/n"), "sehr geehrter bewerberin einen anderen");
    EXPECT_EQ(fold("50 km/h, w/e, a/s"), "50 km h w e a s"); // short words keep their marks as gaps
}

TEST(Fold, LeavesOutGenderEndingsInParentheses)
{
    // Read apart, "(ne)" would be the French negation.
    EXPECT_EQ(fold("Technicien(ne) réseau"), "technicien reseau");
    EXPECT_EQ(fold("les candidat(e)s retenu(e)s"), "les candidats retenus");
    EXPECT_EQ(fold("Estimado(a) postulante, employé(e)"), "estimado postulante employe");
    // Not an ending: a word of its own in parentheses, a number, a short word before it.
    EXPECT_EQ(fold("Paris (France)"), "paris france");
    EXPECT_EQ(fold("step(2) a(b)"), "step 2 a b");
}

TEST(Fold, SurvivesIllFormedUtf8)
{
    EXPECT_EQ(fold(std::string("ab\xC3\x28" "cd\xFF")), "ab cd");
}

TEST(CleanText, DecodesQuotedPrintableSoftBreaks)
{
    EXPECT_EQ(clean_text("we will not be moving for=\nward with your appli=\r\ncation =E2=80=93 sorry"),
              "we will not be moving forward with your application \xE2\x80\x93 sorry");
}

TEST(CleanText, LeavesPlainEqualsSignsAlone)
{
    EXPECT_EQ(clean_text("a = b and c=d"), "a = b and c=d");
}

TEST(CleanText, StripsHtmlAndDecodesEntities)
{
    const auto text = clean_text("<html><head><style>p{color:red}</style></head><body><p>We&rsquo;re sorry&nbsp;to"
                                 " say</p><div>Caf&eacute; &amp; more &#8211; &#x2014;</div><!-- hidden --></body></html>");
    EXPECT_EQ(fold(text), "we re sorry to say.cafe more"); // </p><div>: a paragraph break
    EXPECT_EQ(text.find("color"), std::string::npos);
    EXPECT_EQ(text.find("hidden"), std::string::npos);
}

TEST(CleanText, KeepsAngleBracketsOfPlainText)
{
    EXPECT_EQ(clean_text("From: Jane <jane@example.com>\n3 < 4"), "From: Jane <jane@example.com>\n3 < 4");
}

// HTML is told by a known tag after a '<'; runs of '<' and comparisons are not tags, however many.
TEST(CleanText, TellsHtmlByItsTagsNotByItsAngleBrackets)
{
    EXPECT_TRUE(looks_like_html("<<<p>Thanks</p>"));
    EXPECT_TRUE(looks_like_html("a < b <BR>"));
    EXPECT_TRUE(looks_like_html("<!DOCTYPE html>"));
    EXPECT_FALSE(looks_like_html("a < b, 3 <4, x <= y, <<< >>>"));
    EXPECT_FALSE(looks_like_html(std::string(100000, '<')));
}

TEST(CleanText, BlockquoteBecomesAQuoteLine)
{
    const auto text = clean_text("<div>Newest</div><blockquote>older</blockquote>");
    EXPECT_NE(text.find("\n> older"), std::string::npos);
}

namespace {

// A dot after a number of one or two digits that stands alone, then a space and a letter.
bool is_ordinal_dot(std::string_view t, std::size_t i)
{
    const auto digit = [&](std::size_t k) { return t[k] >= '0' && t[k] <= '9'; };
    const auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    std::size_t digits = 0;
    while (digits < i && digit(i - 1 - digits)) ++digits;
    if (digits == 0 || digits > 2) return false;
    if (digits < i && alpha(t[i - 1 - digits])) return false;
    return i + 2 < t.size() && t[i + 1] == ' ' && alpha(t[i + 2]);
}

// A title's dot: "Dr", "Prof", "Mr", "Mrs", "Ms", "Hr", "Fr", "Dipl" or "Mag" as a whole word before it,
// then a space and a capital letter.
bool is_title_dot(std::string_view t, std::size_t i)
{
    if (i + 2 >= t.size() || t[i + 1] != ' ' || !(t[i + 2] >= 'A' && t[i + 2] <= 'Z')) return false;
    std::size_t b = i;
    while (b > 0 && std::isalpha(static_cast<unsigned char>(t[b - 1]))) --b;
    if (b > 0 && std::isalnum(static_cast<unsigned char>(t[b - 1]))) return false;
    const auto word = t.substr(b, i - b);
    for (const std::string_view title : {"Dr", "Prof", "Mr", "Mrs", "Ms", "Hr", "Fr", "Dipl", "Mag"})
        if (word == title) return true;
    return false;
}

// The fold of ASCII text as docs/classifier.md describes it, one byte at a time: the reference the
// fast paths of fold (whole 64-bit words of plain text at once) must agree with.
std::string reference_ascii_fold(std::string_view t)
{
    const auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    std::string out;
    int pending = 0, newlines = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const char c = t[i];
        if (alpha(c) || (c >= '0' && c <= '9')) {
            if (pending != 0 && !out.empty()) out += pending == 2 ? '.' : ' ';
            pending = newlines = 0;
            out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        } else if ((c == ':' || c == '*' || c == '_' || c == '/') && i > 0 && i + 2 < t.size() && alpha(t[i - 1]) &&
                   (t[i + 1] == 'i' || t[i + 1] == 'I') && t[i + 2] == 'n' &&
                   (i + 3 >= t.size() || !alpha(t[i + 3]) || t.substr(i + 3, 3) == "nen")) {
            // a German gender form: the mark disappears
        } else if ((c == ':' || c == '*' || c == '_' || c == '/') && i >= 3 && alpha(t[i - 1]) && alpha(t[i - 2]) &&
                   alpha(t[i - 3]) && i + 1 < t.size() && std::string_view("nrsem").find(t[i + 1]) != std::string_view::npos &&
                   (i + 2 >= t.size() || !alpha(t[i + 2]))) {
            // a one-letter gender ending ("eine/n", "geehrte/r"): the mark disappears
        } else if (c == '(' && i >= 2 && alpha(t[i - 1]) && alpha(t[i - 2]) && [&] {
                       std::size_t k = i + 1;
                       while (k < t.size() && k - i <= 5 && t[k] >= 'a' && t[k] <= 'z') ++k;
                       return k > i + 1 && k < t.size() && t[k] == ')';
                   }()) {
            // a gender ending in parentheses ("candidat(e)s"): left out, the word goes on after it
            i = t.find(')', i);
        } else if (c == '.' && (is_ordinal_dot(t, i) || is_title_dot(t, i) || (i > 0 && i + 1 < t.size() && t[i - 1] >= '0' && t[i - 1] <= '9' &&
                                                       t[i + 1] >= '0' && t[i + 1] <= '9'))) {
            pending = std::max(pending, 1); // "30. Juni", "14.00": a date's or a number's dot, no sentence end
        } else if (c == '.' || c == '!' || c == '?' || c == ';') {
            pending = 2;
        } else if (c == '\n' || c == '\v' || c == '\f') {
            if (++newlines >= 2) pending = 2;
            else pending = std::max(pending, 1);
        } else {
            pending = std::max(pending, 1);
        }
    }
    return out;
}

} // namespace

TEST(Fold, AgreesWithTheByteByByteRulesOnRandomAsciiText)
{
    // Mostly letters and single spaces (the fast path's diet), with every kind of byte that makes
    // it step aside: punctuation, runs of spaces, line breaks, gender marks, digits.
    static constexpr std::string_view pieces[] = {"a", "B", "z", "Q", "e", "n", "i", "I", "0", "9", " ", " ", " ", "  ",
                                                  ".", ",", "\n", "\n\n", ":", "*in", "_innen", "!", "\t", "-", "/n", "/r", "eine/n", "(e)", "(ne)", "(", ")"};
    std::uint32_t x = 12345;
    const auto next = [&] { return x = x * 1664525u + 1013904223u; };
    for (int round = 0; round < 20000; ++round) {
        std::string text;
        const auto length = next() % 64;
        while (text.size() < length) text += pieces[(next() >> 8) % std::size(pieces)];
        ASSERT_EQ(fold(text), reference_ascii_fold(text)) << "text: \"" << text << "\"";
    }
}

TEST(Fold, GrowsForFoldingsLongerThanTheirText)
{
    // U+FDFA folds (NFKD) to eighteen letters: far more bytes out than in.
    const std::string one = fold("\uFDFA");
    ASSERT_GT(one.size(), 3u * 3);
    std::string text, expected;
    for (int i = 0; i < 200; ++i) {
        text += "\uFDFA Ab\u00C9 ";
        expected += (i ? " " : "") + one + " abe";
    }
    EXPECT_EQ(fold(text), expected);
}
