// Reading bracketed Penn Treebank trees. The conversion to dependencies is
// in treebank_to_ud.cc.
#include "dyad/treebank.h"

#include <string>

namespace dyad {

namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Tracks line and column of a byte offset for messages; only errors pay.
std::string Position(std::string_view text, size_t offset) {
  size_t line = 1, column = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

Status Error(std::string_view text, size_t offset, std::string_view problem) {
  return Status::InvalidInput(Position(text, offset) + ": " + std::string(problem));
}

// A run of bytes up to whitespace or a bracket.
std::string_view Atom(std::string_view text, size_t* pos) {
  const size_t b = *pos;
  while (*pos < text.size() && !IsSpace(text[*pos]) && text[*pos] != '(' && text[*pos] != ')')
    ++*pos;
  return text.substr(b, *pos - b);
}

void SkipSpace(std::string_view text, size_t* pos) {
  while (*pos < text.size() && IsSpace(text[*pos])) ++*pos;
}

// "(NN a b)" or "(NN a (X b))": the node's word moves to a tag-less leaf
// under it, so a node is a leaf or a phrase, never both.
void SplitWord(int node, TreebankTree* tree) {
  TreebankNode first;
  first.word = std::move(tree->nodes[node].word);
  tree->nodes[node].word.clear();
  first.parent = node;
  tree->nodes[node].children.push_back(static_cast<int>(tree->nodes.size()));
  tree->nodes.push_back(std::move(first));
}

}  // namespace

Status ParseTreebank(std::string_view text, TreebankTree* out) {
  out->nodes.clear();
  std::vector<int> open;  // the nodes whose ')' is still to come
  std::vector<size_t> open_at;
  size_t pos = 0;
  SkipSpace(text, &pos);
  if (pos == text.size()) return Status::InvalidInput("line 1, column 1: empty parse");
  if (text[pos] != '(') return Error(text, pos, "a parse must start with '('");
  while (pos < text.size()) {
    const char c = text[pos];
    if (IsSpace(c)) {
      ++pos;
      continue;
    }
    if (c == '(') {
      if (open.empty() && !out->nodes.empty())
        return Error(text, pos, "text after the end of the tree (a second tree?)");
      if (!open.empty() && !out->nodes[open.back()].word.empty()) SplitWord(open.back(), out);
      open_at.push_back(pos);
      ++pos;
      SkipSpace(text, &pos);
      TreebankNode node;
      node.label = std::string(Atom(text, &pos));
      node.parent = open.empty() ? -1 : open.back();
      const int index = static_cast<int>(out->nodes.size());
      if (node.parent >= 0) out->nodes[node.parent].children.push_back(index);
      out->nodes.push_back(std::move(node));
      open.push_back(index);
      continue;
    }
    if (c == ')') {
      if (open.empty()) return Error(text, pos, "')' closes nothing");
      open.pop_back();
      open_at.pop_back();
      ++pos;
      continue;
    }
    // A word: the leaf's word when it is the first thing after the label,
    // otherwise (a word among phrases, which CoreNLP never writes) a leaf
    // of its own with no tag.
    const size_t at = pos;
    const std::string_view word = Atom(text, &pos);
    if (open.empty()) return Error(text, at, "word '" + std::string(word) + "' outside brackets");
    TreebankNode& parent = out->nodes[open.back()];
    if (parent.children.empty() && parent.word.empty()) {
      parent.word = std::string(word);
      continue;
    }
    if (!parent.word.empty()) SplitWord(open.back(), out);
    TreebankNode leaf;
    leaf.word = std::string(word);
    leaf.parent = open.back();
    out->nodes[open.back()].children.push_back(static_cast<int>(out->nodes.size()));
    out->nodes.push_back(std::move(leaf));
  }
  if (!open.empty()) {
    return Error(text, open_at.back(),
                 "unbalanced brackets: " + std::to_string(open.size()) + " '(' not closed");
  }
  return Status::Ok();
}

}  // namespace dyad
