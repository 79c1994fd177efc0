// Lemmatizer: the dictionary form of a word given its Penn XPOS tag, as
// Universal Dependencies English EWT writes lemmas.
//
// Three layers, learned from a treebank by Train():
//   1. exceptions: (exact form, XPOS) -> most frequent lemma, then
//      (lowercased form, XPOS) -> most frequent lowercased lemma;
//   2. suffix rules per XPOS for unseen words: the longest lowercased suffix
//      seen at least twice (over word types) with that XPOS picks a rewrite
//      "strip n bytes, append s" (e.g. NNS + "ies" -> strip 3, append "y");
//   3. casing: whether a capitalised form keeps its case in the lemma
//      (proper nouns do, a sentence-initial "The" does not), learned per XPOS
//      and case pattern (Title/ALLCAPS, sentence-initial or not).
//
// Ownership and thread safety: a trained or loaded Lemmatizer is immutable;
// Lemmatize() is const and safe from any number of threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "dyad/syntax.h"
#include "syntax/string_table.h"

namespace dyad::syntax {

class Lemmatizer {
 public:
  // Learns from gold words, XPOS tags and lemmas.
  void Train(const std::vector<SyntaxSentence>& sentences);

  // The lemma of `form` tagged `xpos`; `sentence_initial` is true for the
  // first word of a sentence. Writes into *lemma (reusing its capacity).
  void Lemmatize(std::string_view form, std::string_view xpos, bool sentence_initial,
                 std::string* lemma) const;

  // Model-file sections (doc/model_format.md): exceptions, rules, casing.
  std::string SerializeExceptions() const;
  std::string SerializeRules() const;
  Status Deserialize(std::string_view exceptions, std::string_view rules);

 private:
  struct Rewrite {
    uint32_t strip = 0;
    std::string append;
  };
  // Applies a rewrite (learned on lowercase text) to `form`, keeping or
  // dropping the form's case.
  static void Apply(std::string_view form, std::string_view lower, const Rewrite& r,
                    bool keep_case, std::string* out);
  bool KeepCase(std::string_view form, std::string_view xpos, bool sentence_initial) const;

  StringTable<std::string> exact_;  // form \t xpos -> lemma
  StringTable<Rewrite> lower_;       // lower \t xpos -> rewrite
  StringTable<Rewrite> suffix_;      // xpos \t suffix -> rewrite
  StringTable<bool> keep_case_;      // xpos \t case class -> keep
};

}  // namespace dyad::syntax
