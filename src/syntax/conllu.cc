#include "syntax/conllu.h"

#include <fstream>
#include <sstream>

namespace dyad::syntax {

namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (;;) {
    size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos
                                                                    : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return out;
}

bool ParseInt(std::string_view s, int* v) {
  if (s.empty() || s.size() > 9) return false;
  int x = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    x = x * 10 + (c - '0');
  }
  *v = x;
  return true;
}

}  // namespace

Status ReadConllu(std::string_view text, std::string_view name, std::vector<SyntaxSentence>* out,
                  std::vector<std::string>* diagnostics) {
  SyntaxSentence cur;
  bool bad = false;
  size_t line_no = 0, start_line = 0;
  // The largest HEAD of the sentence and its line: a HEAD may point forward,
  // so it can only be checked against the sentence length at its end.
  int max_head = 0;
  size_t max_head_line = 0;
  auto flush = [&]() {
    if (!bad && max_head > static_cast<int>(cur.words.size())) {
      if (diagnostics != nullptr)
        diagnostics->push_back(std::string(name) + ":" + std::to_string(max_head_line) +
                               ": HEAD " + std::to_string(max_head) + " beyond the sentence's " +
                               std::to_string(cur.words.size()) + " words");
      bad = true;
    }
    max_head = 0;
    if (!cur.words.empty() && !bad) {
      out->push_back(std::move(cur));
    } else if (bad && diagnostics != nullptr) {
      diagnostics->push_back(std::string(name) + ":" + std::to_string(start_line) +
                             ": sentence skipped");
    }
    cur = SyntaxSentence();
    bad = false;
  };
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line =
        text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() + 1 : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      flush();
      continue;
    }
    if (cur.words.empty() && cur.comments.empty() && !bad) start_line = line_no;
    if (line[0] == '#') {
      cur.comments.emplace_back(line.substr(1));
      continue;
    }
    std::vector<std::string_view> f = SplitTabs(line);
    if (f.size() != 10) {
      if (diagnostics != nullptr)
        diagnostics->push_back(std::string(name) + ":" + std::to_string(line_no) +
                               ": expected 10 tab-separated fields, found " +
                               std::to_string(f.size()));
      bad = true;
      continue;
    }
    if (f[0].find('-') != std::string_view::npos || f[0].find('.') != std::string_view::npos)
      continue;  // multiword token or empty node
    int id = 0, head = -1;
    if (!ParseInt(f[0], &id) || id != static_cast<int>(cur.words.size()) + 1) {
      if (diagnostics != nullptr)
        diagnostics->push_back(std::string(name) + ":" + std::to_string(line_no) +
                               ": word ID out of sequence: " + std::string(f[0]));
      bad = true;
      continue;
    }
    TokenSyntax t;
    t.lemma = std::string(f[2]);
    t.upos = std::string(f[3]);
    t.xpos = std::string(f[4]);
    if (f[6] != "_" && !ParseInt(f[6], &head)) {
      if (diagnostics != nullptr)
        diagnostics->push_back(std::string(name) + ":" + std::to_string(line_no) +
                               ": bad HEAD: " + std::string(f[6]));
      bad = true;
      continue;
    }
    t.head = head;
    if (head > max_head) max_head = head, max_head_line = line_no;
    t.deprel = std::string(f[7]);
    cur.words.emplace_back(f[1]);
    cur.syntax.push_back(std::move(t));
    cur.space_after.push_back(f[9].find("SpaceAfter=No") == std::string_view::npos);
  }
  flush();
  return Status::Ok();
}

Status ReadConlluFile(const std::string& path, std::vector<SyntaxSentence>* out,
                      std::vector<std::string>* diagnostics) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open CoNLL-U file");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ReadConllu(ss.str(), path, out, diagnostics);
}

void WriteConlluSentence(const SyntaxSentence& s, std::ostream& out) {
  for (const std::string& c : s.comments) out << '#' << c << '\n';
  for (size_t i = 0; i < s.words.size(); ++i) {
    const TokenSyntax* t = i < s.syntax.size() ? &s.syntax[i] : nullptr;
    auto field = [](const std::string& v) -> const std::string& {
      static const std::string kEmpty = "_";
      return v.empty() ? kEmpty : v;
    };
    out << (i + 1) << '\t' << s.words[i] << '\t' << (t ? field(t->lemma) : "_") << '\t'
        << (t ? field(t->upos) : "_") << '\t' << (t ? field(t->xpos) : "_") << "\t_\t";
    if (t && t->head >= 0) out << t->head;
    else out << '_';
    out << '\t' << (t ? field(t->deprel) : "_") << "\t_\t";
    bool space = i < s.space_after.size() ? s.space_after[i] : true;
    out << (space ? "_" : "SpaceAfter=No") << '\n';
  }
  out << '\n';
}

void WriteConllu(const std::vector<SyntaxSentence>& sentences, std::ostream& out) {
  for (const SyntaxSentence& s : sentences) WriteConlluSentence(s, out);
}

}  // namespace dyad::syntax
