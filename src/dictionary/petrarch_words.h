// Word forms PETRARCH generates, and its comment syntax.
//
// PETRARCH matches whole words, so where TABARI accepts regular endings on a
// word, PETRARCH's readers write the forms out: noun plurals for synset
// members and agents, S/ED/ING forms for verbs. These helpers generate them
// (upper-case English, regular rules only; irregular forms are given in the
// dictionaries).
//
// Thread safety: pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dyad::dict {

// CITY -> CITIES, CLASS -> CLASSES, TROOP -> TROOPS.
std::string PluralNoun(std::string_view noun);

// ACCEPT -> ACCEPTS ACCEPTED ACCEPTING; AGREE -> AGREES AGREED AGREEING;
// DECLINE -> DECLINES DECLINED DECLINING; DENY -> DENIES DENIED DENYING.
std::vector<std::string> RegularVerbForms(std::string_view verb);

// Blanks out <!-- ... --> (or "<! -- ... -->") comments, which may span lines, keeping the
// newlines so that line numbers still match the file. An unclosed comment
// runs to the end of the text, as in PETRARCH.
std::string StripXmlComments(std::string_view text);

}  // namespace dyad::dict
