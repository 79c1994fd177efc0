// Penn Treebank parses: the bracketed constituency trees that CoreNLP (and
// so every PETRARCH records file) writes, read into a tree and converted to
// dyad's UD-style dependency sentence, so a parse given with the input can
// stand in for dyad's own parser.
//
//   (ROOT (S (NP (NNP Arnor)) (VP (VBD met) (NP (NNP Gondor))) (. .)))
//
// Reading: whitespace and newlines anywhere between brackets; labels may be
// empty ("( (S ...))", as in the GigaWord sample) and carry function tags
// ("NP-TMP"); words keep CoreNLP's bracket escapes in the tree (-LRB- ...)
// and lose them in the converted sentence. Unbalanced brackets, a word
// outside any bracket or text after the tree are errors reported with line
// and column, never a crash; the reader is iterative, so depth is no risk.
//
// Conversion (doc/petrarch.md has the full rules): head finding after
// Collins, changed as Stanford's semantic head finder and Universal
// Dependencies want content words as heads (the verb of "was attacked", the
// predicate of a copula, the noun of a prepositional phrase), then labels
// from the phrase, its head and the dependent: the relations
// coder/syntax_attribution reads (nsubj, nsubj:pass, obj, iobj, obl,
// obl:agent, nmod, conj/cc, aux:pass, acl, acl:relcl, xcomp, advcl, ...).
// UPOS comes from the Penn tag by the standard map; lemmas are left empty.
//
// Ownership and thread safety: plain values and stateless functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "dyad/syntax.h"

namespace dyad {

// One node of a constituency tree. A leaf has a word and no children; its
// label is the part-of-speech tag (the preterminal and its word are one
// node). A phrase has children and no word.
struct TreebankNode {
  std::string label;  // as written: "NP-TMP", "-LRB-", "" for an unlabelled root
  std::string word;   // leaves only, as written ("-LRB-" stays escaped)
  int parent = -1;
  std::vector<int> children;  // node indices, in order

  bool is_leaf() const { return children.empty(); }
};

// A tree in pre-order: nodes[0] is the root and every child comes after its
// parent, so walking the indices backwards visits children before parents.
struct TreebankTree {
  std::vector<TreebankNode> nodes;
};

// Parses one bracketed tree. Errors say "line L, column C: problem" within
// `text`; the caller adds the file and the line where `text` starts.
Status ParseTreebank(std::string_view text, TreebankTree* out);

// The words of the tree's leaves in order, as ToDependencies numbers them:
// empty elements (-NONE- traces) and word-less leaves are left out.
std::vector<int> TreebankTokens(const TreebankTree& tree);

// Converts a tree to a dependency sentence: words (unescaped: "-LRB-" is
// "("), and per word upos, xpos (Penn; the AUX* tags of old parsers become
// VB*), head (1-based, 0 for the root) and deprel. Fails only for a tree
// without words.
Status TreebankToSyntax(const TreebankTree& tree, SyntaxSentence* out);

// The Universal POS tag of a Penn tag ("NNP" -> "PROPN"), "X" when unknown.
std::string_view PennToUpos(std::string_view xpos);

// The bracket a Treebank escape stands for ("-LRB-" -> "(", "-RSB-" -> "]",
// ...), or an empty view when `word` is not one.
std::string_view TreebankBracket(std::string_view word);

}  // namespace dyad
