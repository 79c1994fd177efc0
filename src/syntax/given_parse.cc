// Given parses (Document::given_parse) to SyntaxSentence, and the
// Universal Dependencies v1 -> v2 relation update the UniversalPetrarch
// suite needs (its CoNLL-U is UDPipe 1 output, UD v1).
#include <algorithm>
#include <cstdio>
#include <string>

#include "dyad/petrarch.h"
#include "dyad/treebank.h"
#include "syntax/conllu.h"

namespace dyad {

namespace {

// Whether the token heads a predicate in UD v1 terms: its nmod dependents
// are obliques in v2.
bool IsPredicate(const TokenSyntax& t) {
  return t.upos == "VERB" || t.upos == "AUX" || t.upos == "ADJ" || t.upos == "ADV";
}

}  // namespace

void UpgradeUdV1Relations(SyntaxSentence* s) {
  const int n = static_cast<int>(s->syntax.size());
  for (TokenSyntax& t : s->syntax) {
    std::string& r = t.deprel;
    if (r == "dobj")
      r = "obj";
    else if (r == "nsubjpass")
      r = "nsubj:pass";
    else if (r == "csubjpass")
      r = "csubj:pass";
    else if (r == "auxpass")
      r = "aux:pass";
    else if (r == "neg")
      r = "advmod";
    else if (r == "name")
      r = "flat";
    else if (r == "mwe")
      r = "fixed";
  }
  for (TokenSyntax& t : s->syntax) {
    std::string& r = t.deprel;
    if (r.compare(0, 4, "nmod") != 0 || r == "nmod:poss") continue;
    if (t.head < 1 || t.head > n || !IsPredicate(s->syntax[t.head - 1])) continue;
    r = "obl" + r.substr(4);  // nmod:tmod -> obl:tmod, nmod:agent -> obl:agent
  }
  // v1 hangs "and" and the commas of a coordination on the first conjunct;
  // v2 (and the coder, which knows a conjunct by them) on the conjunct they
  // precede.
  for (int h = 1; h <= n; ++h) {
    std::vector<int> conjuncts;
    for (int t = h + 1; t <= n; ++t) {
      if (s->syntax[t - 1].head == h && s->syntax[t - 1].deprel == "conj") conjuncts.push_back(t);
    }
    if (conjuncts.empty()) continue;
    for (int x = h + 1; x <= n; ++x) {
      TokenSyntax& tx = s->syntax[x - 1];
      if (tx.head != h) continue;
      const bool separator =
          tx.deprel == "cc" ||
          (tx.deprel == "punct" && (s->words[x - 1] == "," || s->words[x - 1] == ";"));
      if (!separator) continue;
      const auto next = std::upper_bound(conjuncts.begin(), conjuncts.end(), x);
      if (next != conjuncts.end()) tx.head = *next;
    }
  }
}

Status SyntaxFromGivenParse(const GivenParse& parse, SyntaxSentence* out) {
  *out = SyntaxSentence();
  const std::string& file = parse.file;
  // Padding with the lines before the parse makes every line number the
  // reader reports a line of the file.
  // (Treebank text may be indented to its column too; CoNLL-U may not.)
  const std::string lines(parse.line > 1 ? parse.line - 1 : 0, '\n');
  if (parse.format == ParseFormat::kTreebank) {
    const std::string padded =
        lines + std::string(parse.column > 1 ? parse.column - 1 : 0, ' ') + parse.text;
    TreebankTree tree;
    Status s = ParseTreebank(padded, &tree);
    if (s.ok()) s = TreebankToSyntax(tree, out);
    if (s.ok()) return s;
    // "line L, column C: problem" -> "file:L: column C: problem".
    unsigned long line = 0;
    int consumed = 0;
    const std::string& m = s.message();
    if (std::sscanf(m.c_str(), "line %lu, %n", &line, &consumed) == 1 && consumed > 0) {
      return Status::InvalidInput(Where(file, line, m.substr(static_cast<size_t>(consumed))));
    }
    return Status::InvalidInput(Where(file, parse.line, m));
  }
  if (parse.format == ParseFormat::kConllu) {
    std::vector<SyntaxSentence> sentences;
    std::vector<std::string> diagnostics;
    (void)syntax::ReadConllu(lines + parse.text, file, &sentences, &diagnostics);
    if (!diagnostics.empty()) return Status::InvalidInput(diagnostics.front());
    if (sentences.empty()) return Status::InvalidInput(Where(file, parse.line, "empty CoNLL-U"));
    // A record is one unit to code: several sentences become one, each
    // keeping its own root.
    for (SyntaxSentence& s : sentences) {
      const int offset = static_cast<int>(out->words.size());
      for (TokenSyntax& t : s.syntax) {
        if (t.head > 0) t.head += offset;
      }
      out->words.insert(out->words.end(), s.words.begin(), s.words.end());
      out->syntax.insert(out->syntax.end(), s.syntax.begin(), s.syntax.end());
      out->space_after.insert(out->space_after.end(), s.space_after.begin(), s.space_after.end());
    }
    UpgradeUdV1Relations(out);
    return Status::Ok();
  }
  return Status::InvalidInput(Where(file, parse.line, "no parse given"));
}

}  // namespace dyad
