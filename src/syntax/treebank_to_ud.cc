// Penn Treebank constituency tree -> UD-style dependencies.
//
// Two passes over the tree, both iterative: bottom-up, each phrase picks its
// head child (head rules after Collins 1999, with Stanford's semantic
// changes so content words head: the VP under an auxiliary, a copula's
// predicate, a preposition's object); then every non-head child's head word
// attaches to its phrase's head word with a label from (phrase, head,
// dependent). Last, fixes that need the whole sentence: passive auxiliaries
// and subjects, by-agents, UPOS of auxiliaries and subordinators.
// doc/petrarch.md lists the rules in prose.
#include <algorithm>
#include <array>
#include <cctype>
#include <initializer_list>
#include <string>

#include "dyad/treebank.h"

namespace dyad {

namespace {

// "NP-TMP" -> "NP", "NP=2" -> "NP"; "-LRB-" and "-NONE-" stay whole.
std::string_view BaseLabel(std::string_view label) {
  if (label.empty() || label[0] == '-') return label;
  return label.substr(0, label.find_first_of("-="));
}

bool HasFunctionTag(std::string_view label, std::string_view tag) {
  if (label.empty() || label[0] == '-') return false;
  size_t pos = label.find('-');
  while (pos != std::string_view::npos) {
    const size_t next = label.find_first_of("-=", pos + 1);
    if (label.substr(pos + 1, next == std::string_view::npos ? next : next - pos - 1) == tag)
      return true;
    pos = next;
  }
  return false;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool OneOf(std::string_view s, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), s) != set.end();
}

bool IsPunctTag(std::string_view tag) {
  return OneOf(tag, {",", ".", ":", "``", "''", "-LRB-", "-RRB-", "-LSB-", "-RSB-", "-LCB-",
                     "-RCB-", "HYPH", "NFP"});
}

bool IsVerbTag(std::string_view tag) { return tag.size() >= 2 && tag.substr(0, 2) == "VB"; }
bool IsNounTag(std::string_view tag) { return tag.size() >= 2 && tag.substr(0, 2) == "NN"; }

// Old parsers (the GigaWord sample) tag auxiliaries AUX, AUXZ, AUXD ...
std::string NormalizeTag(std::string_view tag) {
  if (tag.substr(0, 3) != "AUX") return std::string(tag);
  if (tag.size() == 4 && OneOf(tag.substr(3), {"Z", "D", "G", "N", "P"}))
    return "VB" + std::string(tag.substr(3));
  return "VB";  // AUX, AUXB
}

std::string Unescape(std::string_view word) {
  const std::string_view bracket = TreebankBracket(word);
  return std::string(bracket.empty() ? word : bracket);
}

bool IsBeForm(std::string_view w) {
  return OneOf(
      w, {"be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m", "ai", "s"});
}
bool IsAuxForm(std::string_view w) {
  return IsBeForm(w) || OneOf(w, {"have",  "has", "had",   "having", "'ve",   "'d",     "do",
                                  "does",  "did", "will",  "would",  "shall", "should", "can",
                                  "could", "may", "might", "must",   "wo",    "ca"});
}
bool IsGetForm(std::string_view w) { return OneOf(w, {"get", "gets", "got", "gotten", "getting"}); }

bool IsTemporalWord(std::string_view w) {
  return OneOf(
      w, {"monday",   "tuesday",   "wednesday", "thursday",  "friday",  "saturday", "sunday",
          "today",    "yesterday", "tomorrow",  "tonight",   "week",    "weekend",  "month",
          "year",     "day",       "morning",   "afternoon", "evening", "night",    "january",
          "february", "march",     "april",     "june",      "july",    "august",   "september",
          "october",  "november",  "december",  "decade",    "weeks",   "months",   "years",
          "days",     "hours",     "now"});
}

// Coarse class for "are these conjuncts alike?".
char CoarseClass(std::string_view label) {
  if (OneOf(label, {"NP", "NML", "NX", "NAC", "WHNP", "PRP", "CD", "QP"}) || IsNounTag(label))
    return 'N';
  if (OneOf(label, {"VP", "MD"}) || IsVerbTag(label)) return 'V';
  if (OneOf(label, {"S", "SINV", "SQ", "SBAR", "SBARQ"})) return 'S';
  if (OneOf(label, {"ADJP", "JJ", "JJR", "JJS"})) return 'J';
  if (OneOf(label, {"ADVP", "RB", "RBR", "RBS"})) return 'R';
  if (OneOf(label, {"PP", "IN", "TO"})) return 'P';
  return '?';
}

enum class Dir { kLeft, kRight };
// kByLabel: for each label in order, scan the children (Collins "left");
// kByChild: for each child in order, take it if its label is in the set
// (Collins "leftdis").
enum class Scan { kByLabel, kByChild };
struct Rule {
  Dir dir;
  Scan scan;
  std::initializer_list<std::string_view> labels;  // "*": any non-punctuation
};

// Per phrase: its live children (those with words) and how they are tied.
struct Phrase {
  std::vector<int> live;  // child node ids
  int head = -1;          // node id of the head child
  bool full_coord = false;
  std::vector<int> segment;     // per live child: its conjunct, -1 for a separator
  std::vector<int> conj_heads;  // per conjunct: the node id of its head
  // Local coordination (unlike neighbours of a CC inside a flat phrase):
  // (left, cc, right) node ids.
  std::vector<std::array<int, 3>> local;
};

class Converter {
 public:
  explicit Converter(const TreebankTree& tree) : tree_(tree) {}

  Status Run(SyntaxSentence* out);

 private:
  std::string_view Base(int node) const { return base_[node]; }
  bool IsLeaf(int node) const { return tree_.nodes[node].is_leaf(); }
  int HeadToken(int node) const { return head_token_[node]; }
  const std::string& TagOf(int node) const { return tags_[head_token_[node]]; }
  bool IsPunct(int node) const { return IsLeaf(node) && IsPunctTag(TagOf(node)); }
  // The word at node's head, lowercased.
  const std::string& LowerOf(int node) const { return lower_[head_token_[node]]; }
  std::string_view Category(int node) const {
    return IsLeaf(node) ? std::string_view(TagOf(node)) : Base(node);
  }

  int ApplyRules(const std::vector<int>& kids, std::initializer_list<Rule> rules) const;
  int HeadByRules(int node, const std::vector<int>& kids) const;
  int VerbPhraseHead(int node, const std::vector<int>& kids) const;
  bool IsAuxLeaf(int child, int next_vp) const;
  bool IsExistential(int vp) const;
  void Coordinate(int node, Phrase* p) const;
  bool HasSubject(int clause) const;
  bool IsTemporal(int node) const;

  std::string Label(int node, const Phrase& p, int head_child, int child) const;
  std::string ClauseLabel(int node, int head_child, int child, bool before) const;
  std::string VerbPhraseLabel(int node, int head_child, int child, bool before) const;
  std::string NounPhraseLabel(int node, int head_child, int child, bool before) const;
  std::string ByTag(int child) const;
  void Attach(int child, int head_node, std::string label);
  void Finish(SyntaxSentence* out);

  const TreebankTree& tree_;
  std::vector<std::string_view> base_;
  std::vector<int> head_token_;
  std::vector<Phrase> phrases_;
  std::vector<std::string> words_, tags_, lower_;
  std::vector<int> heads_;  // per token: 0-based head token, -1 root
  std::vector<std::string> rels_;
};

int Converter::ApplyRules(const std::vector<int>& kids, std::initializer_list<Rule> rules) const {
  const int n = static_cast<int>(kids.size());
  auto matches = [&](int kid, std::string_view label) {
    if (label == "*") return !IsPunct(kid);
    return Category(kid) == label;
  };
  auto at = [&](Dir d, int i) { return kids[d == Dir::kLeft ? i : n - 1 - i]; };
  for (const Rule& r : rules) {
    if (r.scan == Scan::kByLabel) {
      for (std::string_view label : r.labels) {
        for (int i = 0; i < n; ++i) {
          if (matches(at(r.dir, i), label)) return at(r.dir, i);
        }
      }
    } else {
      for (int i = 0; i < n; ++i) {
        for (std::string_view label : r.labels) {
          if (matches(at(r.dir, i), label)) return at(r.dir, i);
        }
      }
    }
  }
  return -1;
}

bool Converter::IsAuxLeaf(int child, int next_vp) const {
  if (!IsLeaf(child)) return false;
  const std::string& tag = TagOf(child);
  if (tag == "MD" || tag == "TO") return true;
  if (!IsVerbTag(tag)) return false;
  const std::string& w = LowerOf(child);
  if (IsAuxForm(w)) return true;
  // "got arrested": get is an auxiliary only before a participle.
  return IsGetForm(w) && next_vp >= 0 && TagOf(next_vp) == "VBN";
}

// "there is a chance": a VP whose clause has the subject "there". Runs in
// pass 1, before the siblings have their heads, so it reads the tree.
bool Converter::IsExistential(int vp) const {
  const int parent = tree_.nodes[vp].parent;
  if (parent < 0) return false;
  for (int kid : tree_.nodes[parent].children) {
    if (kid == vp) break;
    int leaf = kid;
    while (tree_.nodes[leaf].children.size() == 1) leaf = tree_.nodes[leaf].children[0];
    if (tree_.nodes[leaf].is_leaf() && BaseLabel(tree_.nodes[leaf].label) == "EX") return true;
  }
  return false;
}

int Converter::VerbPhraseHead(int node, const std::vector<int>& kids) const {
  const int n = static_cast<int>(kids.size());
  for (int i = 0; i < n; ++i) {
    int next_vp = -1;
    for (int j = i + 1; j < n && next_vp < 0; ++j) {
      if (Category(kids[j]) == "VP") next_vp = kids[j];
    }
    if (next_vp >= 0 && IsAuxLeaf(kids[i], next_vp)) return next_vp;
  }
  // Copula: a form of "be" with a nominal, adjectival or prepositional
  // predicate and no verbal complement heads nothing (UD).
  for (int i = 0; i < n; ++i) {
    if (!IsLeaf(kids[i]) || !IsVerbTag(TagOf(kids[i])) || !IsBeForm(LowerOf(kids[i]))) continue;
    std::vector<int> rest(kids.begin() + i + 1, kids.end());
    bool clausal = false;
    for (int k : rest) clausal = clausal || OneOf(Category(k), {"VP", "S", "SBAR", "SQ", "SINV"});
    if (clausal || IsExistential(node)) break;
    const int pred = ApplyRules(rest, {{Dir::kLeft,
                                        Scan::kByLabel,
                                        {"NP", "ADJP", "PP", "UCP", "NML", "JJ", "JJR", "JJS", "NN",
                                         "NNS", "NNP", "NNPS", "CD", "ADVP"}}});
    if (pred >= 0) return pred;
    break;
  }
  return ApplyRules(kids, {{Dir::kLeft,
                            Scan::kByLabel,
                            {"VBD", "VBN", "MD", "VBZ", "VB", "VBG", "VBP", "VP", "ADJP", "JJ",
                             "NN", "NNS", "NP", "NNP", "TO"}}});
}

int Converter::HeadByRules(int node, const std::vector<int>& kids) const {
  const std::string_view c = Base(node);
  constexpr Dir L = Dir::kLeft, R = Dir::kRight;
  constexpr Scan ByLabel = Scan::kByLabel, ByChild = Scan::kByChild;
  int h = -1;
  if (c == "VP") {
    h = VerbPhraseHead(node, kids);
  } else if (c == "NP" || c == "NML" || c == "NX") {
    h = ApplyRules(kids, {{R, ByChild, {"NN", "NNP", "NNPS", "NNS", "NML", "NX", "JJR"}},
                          {L, ByChild, {"NP"}},
                          {R, ByChild, {"$", "ADJP", "PRN"}},
                          {R, ByChild, {"CD"}},
                          {R, ByChild, {"JJ", "JJS", "RB", "QP", "PRP", "EX", "WP", "DT"}}});
  } else if (c == "PP" || c == "WHPP") {
    // The object after the preposition heads; a bare preposition heads itself.
    size_t first = 0;
    while (first < kids.size() &&
           !(IsLeaf(kids[first]) && OneOf(TagOf(kids[first]), {"IN", "TO", "RP", "VBG", "VBN"})))
      ++first;
    if (first < kids.size()) {
      const std::vector<int> rest(kids.begin() + static_cast<long>(first) + 1, kids.end());
      h = ApplyRules(rest, {{L, ByLabel, {"NP",   "WHNP", "NML", "S",  "SBAR", "SQ",  "VP",
                                          "ADJP", "ADVP", "PP",  "QP", "NN",   "NNS", "NNP",
                                          "NNPS", "PRP",  "CD",  "JJ", "RB",   "WP",  "WDT"}}});
    }
    if (h < 0) h = ApplyRules(kids, {{R, ByLabel, {"IN", "TO", "VBG", "VBN", "RP", "FW"}}});
  } else if (c == "S") {
    h = ApplyRules(
        kids,
        {{L, ByLabel, {"VP", "S", "SINV", "FRAG", "SBAR", "ADJP", "UCP", "NP", "PP", "TO", "IN"}}});
  } else if (c == "SBAR") {
    h = ApplyRules(kids, {{L,
                           ByLabel,
                           {"S", "SQ", "SINV", "SBAR", "FRAG", "VP", "NP", "ADJP", "PP", "IN",
                            "WHNP", "WHPP", "WHADVP", "WHADJP", "DT"}}});
  } else if (c == "SINV") {
    h = ApplyRules(
        kids, {{L, ByLabel, {"VP", "VBZ", "VBD", "VBP", "VB", "MD", "S", "SINV", "ADJP", "NP"}}});
  } else if (c == "SQ") {
    h = ApplyRules(kids, {{L, ByLabel, {"VP", "VBZ", "VBD", "VBP", "VB", "MD", "SQ"}}});
  } else if (c == "SBARQ") {
    h = ApplyRules(kids, {{L, ByLabel, {"SQ", "S", "SINV", "SBARQ", "FRAG", "SBAR"}}});
  } else if (c == "ADJP" || c == "WHADJP") {
    h = ApplyRules(kids, {{L,
                           ByLabel,
                           {"JJ", "JJR", "JJS", "VBN", "VBG", "ADJP", "NNS", "NN", "QP", "$",
                            "ADVP", "NP", "WRB", "DT", "FW", "RBR", "RBS", "SBAR", "RB"}}});
  } else if (c == "ADVP" || c == "WHADVP") {
    h = ApplyRules(kids, {{R,
                           ByLabel,
                           {"RB", "RBR", "RBS", "WRB", "FW", "ADVP", "TO", "CD", "JJR", "JJ", "IN",
                            "NP", "JJS", "NN"}}});
  } else if (c == "WHNP") {
    h = ApplyRules(kids, {{R, ByChild, {"NN", "NNP", "NNPS", "NNS", "NX", "NML"}},
                          {L, ByLabel, {"WDT", "WP", "WP$", "WHADJP", "WHPP", "WHNP", "NP"}}});
  } else if (c == "QP") {
    h = ApplyRules(kids, {{R, ByChild, {"CD", "QP"}},
                          {L, ByLabel, {"$", "NNS", "NN", "JJ", "RB", "DT", "JJR", "JJS"}}});
  } else if (c == "PRT") {
    h = ApplyRules(kids, {{R, ByLabel, {"RP"}}});
  } else if (c == "CONJP") {
    h = ApplyRules(kids, {{R, ByLabel, {"CC", "RB", "IN"}}});
  } else if (c == "RRC") {
    h = ApplyRules(kids, {{R, ByLabel, {"VP", "NP", "ADVP", "ADJP", "PP"}}});
  } else if (c == "NAC") {
    h = ApplyRules(kids, {{L,
                           ByLabel,
                           {"NN", "NNS", "NML", "NNP", "NNPS", "NP", "NAC", "EX", "$", "CD", "QP",
                            "PRP", "VBG", "JJ", "JJS", "JJR", "ADJP"}}});
  } else if (c == "FRAG" || c == "X" || c == "LST") {
    h = ApplyRules(kids, {{R, ByLabel, {"*"}}});
  }
  if (h < 0) h = ApplyRules(kids, {{L, ByLabel, {"*"}}});  // ROOT, PRN, INTJ, UCP, unknown
  return h < 0 ? kids.front() : h;
}

void Converter::Coordinate(int node, Phrase* p) const {
  const std::vector<int>& kids = p->live;
  const int n = static_cast<int>(kids.size());
  auto is_cc = [&](int k) { return Category(k) == "CC" || Category(k) == "CONJP"; };
  auto is_sep = [&](int k) { return is_cc(k) || (IsLeaf(k) && OneOf(TagOf(k), {",", ":"})); };
  // A CC counts when real words stand on both sides of it.
  bool coordinated = false;
  for (int i = 1; i + 1 < n && !coordinated; ++i) {
    if (!is_cc(kids[i])) continue;
    bool before = false, after = false;
    for (int j = 0; j < i; ++j) before = before || !is_sep(kids[j]);
    for (int j = i + 1; j < n; ++j) after = after || !IsPunct(kids[j]);
    coordinated = before && after;
  }
  if (!coordinated) return;
  // Conjuncts: maximal runs between separators; punctuation closing the
  // phrase belongs to no conjunct.
  int end = n;
  while (end > 0 && IsPunct(kids[end - 1])) --end;
  std::vector<std::vector<int>> runs;
  p->segment.assign(n, -1);
  bool in_run = false;
  for (int i = 0; i < end; ++i) {
    if (is_sep(kids[i])) {
      in_run = false;
      continue;
    }
    if (!in_run) runs.emplace_back();
    in_run = true;
    runs.back().push_back(kids[i]);
    p->segment[i] = static_cast<int>(runs.size()) - 1;
  }
  std::vector<int> heads;
  bool alike = Base(node) == "UCP";
  for (const std::vector<int>& run : runs) heads.push_back(HeadByRules(node, run));
  if (!alike) {
    alike = runs.size() >= 2;
    for (int h : heads)
      alike = alike && CoarseClass(Category(h)) == CoarseClass(Category(heads[0]));
  }
  if (alike && runs.size() >= 2) {
    p->full_coord = true;
    p->conj_heads = heads;
    p->head = heads[0];
    return;
  }
  // Unlike neighbours ("the French and German ministers"): the words around
  // each CC are conjuncts of each other; the phrase keeps its usual head.
  p->segment.clear();
  for (int i = 1; i + 1 < n; ++i) {
    if (is_cc(kids[i]) && !is_sep(kids[i - 1]) && !IsPunct(kids[i + 1]))
      p->local.push_back({kids[i - 1], kids[i], kids[i + 1]});
  }
}

bool Converter::HasSubject(int clause) const {
  if (clause < 0 || IsLeaf(clause)) return false;
  const Phrase& p = phrases_[clause];
  for (int kid : p.live) {
    if (kid == p.head) break;
    if (OneOf(Category(kid), {"NP", "WHNP", "S", "SBAR"}) && !IsTemporal(kid)) return true;
  }
  return false;
}

bool Converter::IsTemporal(int node) const {
  if (HasFunctionTag(tree_.nodes[node].label, "TMP")) return true;
  return !IsLeaf(node) && Base(node) == "NP" && IsTemporalWord(LowerOf(node));
}

std::string Converter::ByTag(int child) const {
  const std::string& t = TagOf(child);
  if (IsPunctTag(t)) return "punct";
  if (t == "DT" || t == "WDT" || t == "PDT") return "det";
  if (t == "PRP$" || t == "WP$") return "nmod:poss";
  if (t.substr(0, 2) == "JJ") return "amod";
  if (t.substr(0, 2) == "RB" || t == "WRB") return "advmod";
  if (t == "IN" || t == "TO" || t == "POS") return "case";
  if (t == "CD") return "nummod";
  if (t == "MD") return "aux";
  if (t == "CC") return "cc";
  if (t == "RP") return "compound:prt";
  if (t == "UH") return "discourse";
  if (IsNounTag(t)) return "compound";
  return "dep";
}

std::string Converter::ClauseLabel(int node, int head_child, int child, bool before) const {
  const std::string_view c = Category(child);
  if (c == "NP" || c == "WHNP") {
    if (IsTemporal(child)) return "obl:tmod";
    if (TagOf(child) == "EX") return "expl";
    if (before || Base(node) == "SINV" || Base(node) == "SQ") return "nsubj";
    return "obj";
  }
  if (c == "S" || c == "SINV" || c == "SQ") return before ? "ccomp" : "parataxis";
  if (c == "SBAR") return "advcl";
  if (c == "PP") return IsVerbTag(TagOf(child)) ? "advcl" : "obl";
  if (c == "ADVP" || c == "WHADVP") return "advmod";
  if (c == "VP" || c == "ADJP" || c == "UCP") return "advcl";
  if (c == "INTJ") return "discourse";
  if (IsLeaf(child)) {
    if (IsVerbTag(c) || c == "MD") return "aux";  // "Did Russia attack"
    if (c == "IN" || c == "TO") return "mark";
    return ByTag(child);
  }
  (void)head_child;
  return "dep";
}

std::string Converter::VerbPhraseLabel(int node, int head_child, int child, bool before) const {
  const std::string_view c = Category(child);
  if (IsLeaf(child) && before && (IsVerbTag(c) || c == "MD" || c == "TO")) {
    if (c == "TO") return "mark";
    // A "be" kept as a dependent of a non-verbal head is its copula.
    const bool verbal_head = IsVerbTag(TagOf(head_child)) || TagOf(head_child) == "MD";
    return !verbal_head && IsBeForm(LowerOf(child)) ? "cop" : "aux";
  }
  if (c == "NP" || c == "WHNP") {
    if (IsTemporal(child)) return "obl:tmod";
    if (before) return "dep";
    // Two objects: the first is indirect ("gave Iran money").
    const Phrase& p = phrases_[node];
    bool later_object = false, seen = false;
    for (int kid : p.live) {
      if (kid == child) {
        seen = true;
        continue;
      }
      if (seen && Category(kid) == "NP" && !IsTemporal(kid)) later_object = true;
    }
    return later_object ? "iobj" : "obj";
  }
  if (c == "PP") {
    const std::string& t = TagOf(child);
    if (IsVerbTag(t)) return "advcl";  // "by promoting biofuels"
    if (IsLeaf(child) || t == "IN" || t == "TO" || t == "RP") return "compound:prt";
    return "obl";
  }
  if (c == "PRT") return "compound:prt";
  if (c == "ADVP" || c == "WHADVP") return "advmod";
  if (c == "S" || c == "SQ" || c == "SINV") return HasSubject(child) ? "ccomp" : "xcomp";
  if (c == "SBAR") {
    for (int kid : phrases_[child].live) {
      if (kid == phrases_[child].head) break;
      const std::string_view k = Category(kid);
      if (k == "WHNP" || k == "WHADJP") return "ccomp";  // "asked what happened"
      if (IsLeaf(kid) && (k == "IN" || k == "DT" || k == "WDT" || k == "WRB" || k == "WHADVP")) {
        const std::string& w = LowerOf(kid);
        return w == "that" || w == "whether" ? "ccomp" : "advcl";
      }
      if (k == "WHADVP") return "advcl";
    }
    return "ccomp";  // "said (that) ..."
  }
  if (c == "ADJP") return "xcomp";
  if (c == "VP") return "xcomp";
  if (c == "UCP") return "obj";
  if (IsLeaf(child)) return ByTag(child);
  return "dep";
}

std::string Converter::NounPhraseLabel(int node, int head_child, int child, bool before) const {
  const std::string_view c = Category(child);
  if (IsLeaf(child)) {
    if (c == "CD") return "nummod";
    if (c == "VBN" || c == "VBG") return "amod";
    if (c == "POS") return "case";
    if ((c == "NNP" || c == "NNPS" || c == "NN" || c == "NNS") && !before) return "appos";
    return ByTag(child);
  }
  if (c == "NP" || c == "NML" || c == "NX" || c == "NAC") {
    if (before) {
      const Phrase& p = phrases_[child];
      const bool possessive =
          !p.live.empty() && IsLeaf(p.live.back()) && TagOf(p.live.back()) == "POS";
      return possessive ? "nmod:poss" : "compound";
    }
    if (IsTemporal(child)) return "nmod:tmod";
    return "appos";
  }
  if (c == "ADJP") return "amod";
  if (c == "QP") return "nummod";
  if (c == "PP" || c == "WHPP") return IsVerbTag(TagOf(child)) ? "acl" : "nmod";
  if (c == "VP" || c == "S") return "acl";
  if (c == "RRC") return "acl:relcl";
  if (c == "SBAR") {
    const Phrase& p = phrases_[child];
    for (int kid : p.live) {
      if (kid == p.head) break;
      const std::string_view k = Category(kid);
      if (k == "WHNP" || k == "WHADVP" || k == "WHPP") return "acl:relcl";
      if (IsLeaf(kid) && (LowerOf(kid) == "that" || k == "WDT"))
        return HasSubject(p.head) ? "acl" : "acl:relcl";
      if (IsLeaf(kid) && k == "IN") return "acl";
    }
    return "acl:relcl";  // "the country Russia attacked"
  }
  if (c == "PRN") return "appos";
  if (c == "ADVP") return "advmod";
  (void)node;
  (void)head_child;
  return "dep";
}

std::string Converter::Label(int node, const Phrase& p, int head_child, int child) const {
  if (IsPunct(child)) return "punct";
  const std::string_view cat = Base(node);
  const std::string_view c = Category(child);
  bool before = false;
  for (int kid : p.live) {
    if (kid == child) before = true;
    if (kid == head_child) break;
  }
  if (c == "CC" || c == "CONJP") return "cc";
  if (cat == "S" || cat == "SINV" || cat == "SQ")
    return ClauseLabel(node, head_child, child, before);
  if (cat == "VP") return VerbPhraseLabel(node, head_child, child, before);
  if (cat == "NP" || cat == "NML" || cat == "NX" || cat == "NAC" || cat == "WHNP")
    return NounPhraseLabel(node, head_child, child, before);
  if (cat == "PP" || cat == "WHPP") {
    if (IsLeaf(child) && OneOf(c, {"IN", "TO", "RP", "VBG", "VBN"})) {
      const std::string_view h = Category(head_child);
      return OneOf(h, {"S", "SBAR", "VP", "SQ"}) ? "mark" : "case";
    }
    if (c == "PP") return "case";  // "out (of the Games)"
    if (c == "ADVP" || IsLeaf(child)) return "advmod";
    return "dep";
  }
  if (cat == "SBAR") {
    if (c == "WHNP") return HasSubject(head_child) ? "obj" : "nsubj";
    if (c == "WHADVP") return "advmod";
    if (c == "WHPP") return "obl";
    if (c == "NP") return "obl:npmod";  // "(five years) after ..."
    if (IsLeaf(child) && OneOf(c, {"IN", "DT", "WDT", "TO"})) return "mark";
    if (c == "ADVP" || (IsLeaf(child) && c.substr(0, 2) == "RB")) return "advmod";
    return "dep";
  }
  if (cat == "ADJP" || cat == "WHADJP" || cat == "ADVP" || cat == "WHADVP") {
    if (c == "PP") return "obl";
    if (c == "S") return "xcomp";
    if (c == "SBAR") return "ccomp";
    if (c == "NP") return "obl:npmod";
    if (c == "ADVP" || c == "ADJP") return "advmod";
    if (IsLeaf(child)) return c.substr(0, 2) == "JJ" ? "advmod" : ByTag(child);
    return "dep";
  }
  if (cat == "QP") {
    if (IsLeaf(child) && c == "CD") return "compound";
    if (IsLeaf(child) && OneOf(c, {"IN", "RB", "JJ", "JJR", "JJS", "DT"})) return "advmod";
    return "dep";
  }
  if (cat == "PRT" || cat == "CONJP") return "fixed";
  if (IsLeaf(child)) return ByTag(child);
  if (c == "PRN") return "parataxis";
  return "dep";
}

void Converter::Attach(int child, int head_node, std::string label) {
  const int t = HeadToken(child), h = HeadToken(head_node);
  if (t < 0 || h < 0 || t == h) return;
  heads_[t] = h;
  rels_[t] = std::move(label);
}

Status Converter::Run(SyntaxSentence* out) {
  const int n = static_cast<int>(tree_.nodes.size());
  base_.resize(n);
  head_token_.assign(n, -1);
  for (int i = 0; i < n; ++i) {
    const TreebankNode& node = tree_.nodes[i];
    base_[i] = BaseLabel(node.label);
    if (!node.is_leaf() || node.word.empty() || base_[i] == "-NONE-") continue;
    head_token_[i] = static_cast<int>(words_.size());
    words_.push_back(Unescape(node.word));
    tags_.push_back(NormalizeTag(node.label));
    lower_.push_back(Lower(words_.back()));
  }
  if (words_.empty()) return Status::InvalidInput("the parse has no words");
  heads_.assign(words_.size(), -2);
  rels_.assign(words_.size(), "dep");

  // Pass 1, children before parents: live children and head child.
  phrases_.assign(n, Phrase());
  for (int i = n - 1; i >= 0; --i) {
    if (tree_.nodes[i].is_leaf()) continue;
    Phrase& p = phrases_[i];
    for (int kid : tree_.nodes[i].children) {
      if (head_token_[kid] >= 0) p.live.push_back(kid);
    }
    if (p.live.empty()) continue;
    if (p.live.size() == 1) {
      p.head = p.live[0];
    } else {
      Coordinate(i, &p);
      if (!p.full_coord) {
        p.head = HeadByRules(i, p.live);
        for (const auto& [left, cc, right] : p.local) {
          if (p.head == right) p.head = left;
        }
      }
    }
    head_token_[i] = head_token_[p.head];
  }

  // Pass 2: attach every non-head child.
  for (int i = 0; i < n; ++i) {
    const Phrase& p = phrases_[i];
    if (p.live.size() < 2) continue;
    if (p.full_coord) {
      const int k = static_cast<int>(p.live.size());
      for (int j = 0; j < k; ++j) {
        const int kid = p.live[j];
        const int seg = p.segment[j];
        if (seg >= 0) {
          const int conj_head = p.conj_heads[seg];
          if (kid == conj_head) {
            if (seg > 0) Attach(kid, p.conj_heads[0], "conj");
          } else {
            Attach(kid, conj_head, Label(i, p, conj_head, kid));
          }
          continue;
        }
        // A separator belongs to the conjunct after it (UD v2).
        int next = -1;
        for (int m = j + 1; m < k && next < 0; ++m) next = p.segment[m];
        const bool preconj = next == 0;
        const int target = next >= 0 ? p.conj_heads[next] : p.conj_heads[0];
        const std::string label = IsPunct(kid) ? "punct" : (preconj ? "cc:preconj" : "cc");
        Attach(kid, target, label);
      }
      continue;
    }
    for (int kid : p.live) {
      if (kid == p.head) continue;
      bool done = false;
      for (const auto& [left, cc, right] : p.local) {
        if (kid == right) Attach(kid, left, "conj"), done = true;
        if (kid == cc) Attach(kid, right, "cc"), done = true;
        if (done) break;
      }
      if (!done) Attach(kid, p.head, Label(i, p, p.head, kid));
    }
  }
  Finish(out);
  return Status::Ok();
}

void Converter::Finish(SyntaxSentence* out) {
  const int n = static_cast<int>(words_.size());
  const int root = head_token_[0];
  heads_[root] = -1;
  rels_[root] = "root";
  // Words no phrase attached (only under malformed trees) hang from the root.
  for (int t = 0; t < n; ++t) {
    if (heads_[t] == -2) heads_[t] = root, rels_[t] = "dep";
  }
  std::vector<std::vector<int>> kids(n);
  for (int t = 0; t < n; ++t) {
    if (heads_[t] >= 0) kids[heads_[t]].push_back(t);
  }
  // Passive: the "be"/"get" closest before a participle is aux:pass; the
  // subject of such a verb is nsubj:pass and its by-phrase obl:agent. A
  // participle modifying a noun ("sanctions imposed by") is passive too.
  for (int v = 0; v < n; ++v) {
    if (tags_[v] != "VBN") continue;
    int pass_aux = -1;
    for (int k : kids[v]) {
      if (k < v && rels_[k] == "aux" && (IsBeForm(lower_[k]) || IsGetForm(lower_[k]))) pass_aux = k;
    }
    const bool passive = pass_aux >= 0 || rels_[v] == "acl";
    if (!passive) continue;
    if (pass_aux >= 0) rels_[pass_aux] = "aux:pass";
    for (int k : kids[v]) {
      if (pass_aux >= 0 && rels_[k] == "nsubj") rels_[k] = "nsubj:pass";
      if (rels_[k] != "obl") continue;
      for (int g : kids[k]) {
        if (rels_[g] == "case" && lower_[g] == "by") rels_[k] = "obl:agent";
      }
    }
  }
  out->comments.clear();
  out->words = words_;
  out->space_after.assign(n, true);
  out->syntax.assign(n, TokenSyntax());
  for (int t = 0; t < n; ++t) {
    TokenSyntax& s = out->syntax[t];
    s.xpos = tags_[t];
    s.upos = std::string(PennToUpos(tags_[t]));
    const std::string& r = rels_[t];
    if ((r == "aux" || r == "aux:pass" || r == "cop") && (IsVerbTag(tags_[t]) || tags_[t] == "MD"))
      s.upos = "AUX";
    if (r == "mark" && tags_[t] == "IN") s.upos = "SCONJ";
    if (r == "case" && tags_[t] == "TO") s.upos = "ADP";  // "aid to Gondor"
    s.head = heads_[t] + 1;
    s.deprel = r;
  }
}

}  // namespace

std::vector<int> TreebankTokens(const TreebankTree& tree) {
  std::vector<int> out;
  for (size_t i = 0; i < tree.nodes.size(); ++i) {
    const TreebankNode& node = tree.nodes[i];
    if (node.is_leaf() && !node.word.empty() && BaseLabel(node.label) != "-NONE-")
      out.push_back(static_cast<int>(i));
  }
  return out;
}

Status TreebankToSyntax(const TreebankTree& tree, SyntaxSentence* out) {
  if (tree.nodes.empty()) return Status::InvalidInput("empty tree");
  Converter converter(tree);
  return converter.Run(out);
}

std::string_view TreebankBracket(std::string_view word) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kBrackets = {{
      {"-LRB-", "("},
      {"-RRB-", ")"},
      {"-LSB-", "["},
      {"-RSB-", "]"},
      {"-LCB-", "{"},
      {"-RCB-", "}"},
  }};
  for (const auto& [escaped, bracket] : kBrackets) {
    if (word == escaped) return bracket;
  }
  return {};
}

std::string_view PennToUpos(std::string_view xpos) {
  struct Entry {
    std::string_view penn, upos;
  };
  static constexpr Entry kMap[] = {
      {"NN", "NOUN"},     {"NNS", "NOUN"},    {"NNP", "PROPN"},   {"NNPS", "PROPN"},
      {"VB", "VERB"},     {"VBD", "VERB"},    {"VBG", "VERB"},    {"VBN", "VERB"},
      {"VBP", "VERB"},    {"VBZ", "VERB"},    {"MD", "AUX"},      {"JJ", "ADJ"},
      {"JJR", "ADJ"},     {"JJS", "ADJ"},     {"AFX", "ADJ"},     {"RB", "ADV"},
      {"RBR", "ADV"},     {"RBS", "ADV"},     {"WRB", "ADV"},     {"IN", "ADP"},
      {"RP", "ADP"},      {"CC", "CCONJ"},    {"DT", "DET"},      {"PDT", "DET"},
      {"WDT", "PRON"},    {"PRP", "PRON"},    {"PRP$", "PRON"},   {"WP", "PRON"},
      {"WP$", "PRON"},    {"EX", "PRON"},     {"CD", "NUM"},      {"TO", "PART"},
      {"POS", "PART"},    {"UH", "INTJ"},     {"FW", "X"},        {"LS", "X"},
      {"ADD", "X"},       {"GW", "X"},        {"XX", "X"},        {"SYM", "SYM"},
      {"$", "SYM"},       {"#", "SYM"},       {",", "PUNCT"},     {".", "PUNCT"},
      {":", "PUNCT"},     {"``", "PUNCT"},    {"''", "PUNCT"},    {"-LRB-", "PUNCT"},
      {"-RRB-", "PUNCT"}, {"-LSB-", "PUNCT"}, {"-RSB-", "PUNCT"}, {"-LCB-", "PUNCT"},
      {"-RCB-", "PUNCT"}, {"HYPH", "PUNCT"},  {"NFP", "PUNCT"},
  };
  for (const Entry& e : kMap) {
    if (e.penn == xpos) return e.upos;
  }
  return "X";
}

}  // namespace dyad
