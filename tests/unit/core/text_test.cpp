#include "core/text.hpp"

#include <gtest/gtest.h>

using namespace onward;

TEST(Utf8, AcceptsWellFormedText)
{
    EXPECT_TRUE(is_valid_utf8(""));
    EXPECT_TRUE(is_valid_utf8("plain ascii"));
    EXPECT_TRUE(is_valid_utf8("Grüße, señora, 日本, 🙂"));
    EXPECT_TRUE(is_valid_utf8(std::string_view("nul\0inside", 10)));
}

TEST(Utf8, RefusesIllFormedSequences)
{
    EXPECT_FALSE(is_valid_utf8("\xC3"));             // truncated
    EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));         // overlong '/'
    EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));     // UTF-16 surrogate
    EXPECT_FALSE(is_valid_utf8("\xF4\x90\x80\x80")); // past U+10FFFF
    EXPECT_FALSE(is_valid_utf8("\xFF"));
    EXPECT_FALSE(is_valid_utf8("ok\x80"));
}

TEST(Utf8, SanitizeReplacesOnlyTheBadBytes)
{
    EXPECT_EQ(sanitize_utf8("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
    EXPECT_EQ(sanitize_utf8("Grüße"), "Grüße");
    EXPECT_TRUE(is_valid_utf8(sanitize_utf8("\xC3\x28\xE2\x82")));
}

TEST(DisplayName, DropsBidiControlsAndInvisibleCharactersKeepsJoinersAndScripts)
{
    // "Lee" + RIGHT-TO-LEFT OVERRIDE + "gnp.exe" would show as "Leeexe.png" and reorder what follows.
    EXPECT_EQ(onward::clean_display_name("Lee\u202Egnp.exe\u202C"), "Leegnp.exe");
    EXPECT_EQ(onward::clean_display_name("\u2067Tide\u200Bwater\u2069"), "Tidewater");
    EXPECT_EQ(onward::clean_display_name("\xEF\xBB\xBF  Northwind Labs \u2060 "), "Northwind Labs");
    // Persian needs the zero-width non-joiner; direction marks are harmless and stay.
    EXPECT_EQ(onward::clean_display_name("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645"), "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645");
    EXPECT_EQ(onward::clean_display_name("Acme\u200E"), "Acme\u200E");
    EXPECT_EQ(onward::clean_display_name("Bad\xFF byte"), "Bad\xEF\xBF\xBD byte");
    EXPECT_EQ(onward::clean_display_name("\u202E\u202C  "), "");
}
