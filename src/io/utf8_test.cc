#include "io/utf8.h"

#include <gtest/gtest.h>

#include "dyad/reader.h"

namespace dyad::io {
namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";

TEST(Utf8, ValidTextIsUntouched) {
  std::string s = "Putin met Raisi in Tehran \xE2\x80\x94 caf\xC3\xA9 \xF0\x9F\x98\x80";
  const std::string before = s;
  EXPECT_EQ(SanitizeUtf8(&s), 0u);
  EXPECT_EQ(s, before);
  EXPECT_TRUE(IsValidUtf8(s));
}

TEST(Utf8, OverlongEncodingsAreReplaced) {
  std::string s =
      "a\xC0\xAF"
      "b";                          // overlong '/'
  EXPECT_EQ(SanitizeUtf8(&s), 2u);  // C0 and AF are each a maximal subpart
  EXPECT_EQ(s, std::string("a") + kReplacement + kReplacement + "b");
  std::string t = "\xE0\x80\xAF";  // three-byte overlong
  EXPECT_EQ(SanitizeUtf8(&t), 3u);
}

TEST(Utf8, SurrogatesAreReplaced) {
  std::string s = "x\xED\xA0\x80y";  // U+D800
  EXPECT_EQ(SanitizeUtf8(&s), 3u);
  EXPECT_TRUE(IsValidUtf8(s));
  EXPECT_EQ(s.front(), 'x');
  EXPECT_EQ(s.back(), 'y');
}

TEST(Utf8, TruncatedSequenceIsOneReplacement) {
  std::string s = "ab\xE2\x82";  // truncated euro sign at the end
  EXPECT_EQ(SanitizeUtf8(&s), 1u);
  EXPECT_EQ(s, std::string("ab") + kReplacement);
  std::string t = "\xF0\x9F\x98z";  // truncated emoji followed by ASCII
  EXPECT_EQ(SanitizeUtf8(&t), 1u);
  EXPECT_EQ(t, std::string(kReplacement) + "z");
}

TEST(Utf8, AboveMaxCodePointAndStrayBytesAreReplaced) {
  std::string s = "\xF4\x90\x80\x80|\x80|\xFF";
  EXPECT_EQ(SanitizeUtf8(&s), 6u);  // F4 90 80 80 -> 4, stray 80 -> 1, FF -> 1
  EXPECT_TRUE(IsValidUtf8(s));
}

TEST(Utf8, CountsInvalidBytes) {
  EXPECT_EQ(CountInvalidUtf8Bytes("abc"), 0u);
  EXPECT_EQ(CountInvalidUtf8Bytes("a\xFF\xFE"
                                  "b"),
            2u);
}

TEST(Utf8, DisplayWidthCountsColumnsNotBytes) {
  EXPECT_EQ(DisplayWidth("abc"), 3u);
  EXPECT_EQ(DisplayWidth("caf\xC3\xA9"), 4u);
  EXPECT_EQ(DisplayWidth("\xE4\xB8\xAD"), 2u);  // CJK is double width
}

}  // namespace
}  // namespace dyad::io
