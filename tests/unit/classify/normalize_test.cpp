#include "classify/normalize.hpp"

#include <gtest/gtest.h>

using onward::classify::clean_text;
using onward::classify::fold;

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

TEST(Fold, JoinsGermanGenderForms)
{
    EXPECT_EQ(fold("anderen Kandidat:innen"), "anderen kandidatinnen");
    EXPECT_EQ(fold("Bewerber*innen und Kolleg_innen"), "bewerberinnen und kolleginnen");
    EXPECT_EQ(fold("Zeit: in zwei Wochen"), "zeit in zwei wochen"); // a colon before a word "in" stays a gap
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

TEST(CleanText, BlockquoteBecomesAQuoteLine)
{
    const auto text = clean_text("<div>Newest</div><blockquote>older</blockquote>");
    EXPECT_NE(text.find("\n> older"), std::string::npos);
}
