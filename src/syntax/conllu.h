// CoNLL-U reading and writing (universaldependencies.org/format.html).
//
// Multiword token lines (1-2) and empty nodes (1.1) are skipped: dyad works
// on syntactic words. A malformed line is reported with file and line and
// its sentence is skipped; reading goes on.
//
// Thread safety: stateless functions.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "dyad/syntax.h"

namespace dyad::syntax {

// Parses CoNLL-U text. Problems go to `diagnostics` ("name:line: problem").
Status ReadConllu(std::string_view text, std::string_view name, std::vector<SyntaxSentence>* out,
                  std::vector<std::string>* diagnostics);

Status ReadConlluFile(const std::string& path, std::vector<SyntaxSentence>* out,
                      std::vector<std::string>* diagnostics);

// Writes sentences as CoNLL-U (ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC).
void WriteConllu(const std::vector<SyntaxSentence>& sentences, std::ostream& out);
void WriteConlluSentence(const SyntaxSentence& s, std::ostream& out);

}  // namespace dyad::syntax
