#include "classify/email_parse.hpp"

#include <gtest/gtest.h>

using namespace onward::classify;

TEST(EncodedWords, QAndBAndAdjacent)
{
    EXPECT_EQ(decode_encoded_words("=?UTF-8?Q?Absage_f=C3=BCr_Sie?="), "Absage für Sie");
    EXPECT_EQ(decode_encoded_words("=?utf-8?B?w5xiZXI=?= uns"), "Über uns");
    EXPECT_EQ(decode_encoded_words("=?ISO-8859-1?Q?M=FCller?= =?ISO-8859-1?Q?_GmbH?="), "Müller GmbH");
    EXPECT_EQ(decode_encoded_words("plain text"), "plain text");
    EXPECT_EQ(decode_encoded_words("=?broken"), "=?broken");
}

TEST(Charsets, Latin1AndWindows1252)
{
    EXPECT_EQ(to_utf8("Gr\xFC\xDF" "e", "iso-8859-1"), "Grüße");
    EXPECT_EQ(to_utf8("we\x92re \x93ok\x94", "windows-1252"), "we\xE2\x80\x99re \xE2\x80\x9Cok\xE2\x80\x9D");
    EXPECT_EQ(to_utf8("bad \xFF", "utf-8"), "bad \xEF\xBF\xBD");
}

TEST(Base64, IgnoresLineBreaks)
{
    EXPECT_EQ(decode_base64("SGVs\r\nbG8g\nd29y bGQ="), "Hello world");
}

TEST(ParseRfc822, FoldedHeadersAndPlainBody)
{
    const auto e = parse_rfc822("From: Acme Careers\r\n <jobs@acme.com>\r\nSubject: Your application\r\n for Data Engineer\r\n"
                                "Date: Mon, 3 Nov 2025 09:00:00 +0000\r\n\r\nHello,\r\nthank you.\r\n");
    EXPECT_EQ(e.from, "Acme Careers <jobs@acme.com>");
    EXPECT_EQ(e.subject, "Your application for Data Engineer");
    EXPECT_EQ(e.date, "Mon, 3 Nov 2025 09:00:00 +0000");
    EXPECT_EQ(e.body, "Hello,\r\nthank you.\r\n");
}

TEST(ParseRfc822, MultipartPrefersPlainAndDecodes)
{
    const std::string msg =
        "From: a@b.com\nSubject: =?UTF-8?Q?R=C3=BCckmeldung?=\nMIME-Version: 1.0\n"
        "Content-Type: multipart/mixed; boundary=\"outer\"\n\n"
        "preamble\n--outer\nContent-Type: multipart/alternative; boundary=inner\n\n"
        "--inner\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
        "Leider m=C3=BCssen wir Ihnen ab=\nsagen.\n"
        "--inner\nContent-Type: text/html; charset=utf-8\n\n<p>HTML version</p>\n--inner--\n"
        "--outer\nContent-Type: application/pdf\nContent-Disposition: attachment; filename=cv.pdf\n"
        "Content-Transfer-Encoding: base64\n\nJVBERi0=\n--outer--\n";
    const auto e = parse_rfc822(msg);
    EXPECT_EQ(e.subject, "Rückmeldung");
    EXPECT_EQ(e.body, "Leider müssen wir Ihnen absagen.\n");
}

TEST(ParseRfc822, HtmlOnlyBase64)
{
    const std::string msg = "From: x@y.com\nContent-Type: text/html; charset=\"iso-8859-1\"\n"
                            "Content-Transfer-Encoding: base64\n\nPHA+R3L832U8L3A+\n";
    const auto e = parse_rfc822(msg);
    EXPECT_EQ(e.body, "<p>Grüße</p>");
}

TEST(ParseRfc822, MalformedInputNeverThrows)
{
    EXPECT_NO_THROW(parse_rfc822(""));
    EXPECT_NO_THROW(parse_rfc822("Content-Type: multipart/mixed; boundary=x\n\n--x\n--x\n--x"));
    EXPECT_NO_THROW(parse_rfc822("Subject: =?UTF-8?B?####?=\n\nbody"));
    EXPECT_TRUE(looks_like_rfc822("Subject: hi\n\nbody"));
    EXPECT_FALSE(looks_like_rfc822("Dear Jane, thanks: we liked it"));
}
