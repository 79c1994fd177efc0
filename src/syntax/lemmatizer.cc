#include "syntax/lemmatizer.h"

#include <algorithm>
#include <map>

#include "ml/model_file.h"

namespace dyad::syntax {

namespace {

// Tuned on dev with gold XPOS (98.60% there; 3 types or 6 bytes score lower).
constexpr size_t kMaxSuffix = 8;     // longest suffix a rule is keyed by
constexpr int kMinSuffixTypes = 2;   // word types needed to trust a suffix

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

void LowerInto(std::string_view s, std::string* out) {
  out->resize(s.size());
  for (size_t i = 0; i < s.size(); ++i) (*out)[i] = Lower(s[i]);
}

// The case pattern of a form: 'l' no uppercase, 'T'/'t' Title-case
// (non-initial/initial), 'A'/'a' all caps, 'M' other mixed case.
char CaseClass(std::string_view form, bool initial) {
  size_t upper = 0, letters = 0;
  for (char c : form) {
    if (IsUpper(c)) ++upper;
    if (IsUpper(c) || (c >= 'a' && c <= 'z')) ++letters;
  }
  if (upper == 0) return 'l';
  if (upper == letters && letters > 1) return initial ? 'a' : 'A';
  if (IsUpper(form[0]) && upper == 1) return initial ? 't' : 'T';
  return 'M';
}

std::string Key(std::string_view a, std::string_view b) {
  std::string k;
  k.reserve(a.size() + b.size() + 1);
  k.append(a);
  k += '\t';
  k.append(b);
  return k;
}

// The rewrite turning lowercase `form` into lowercase `lemma`.
std::pair<uint32_t, std::string> RewriteOf(std::string_view form, std::string_view lemma) {
  size_t cp = 0;
  while (cp < form.size() && cp < lemma.size() && form[cp] == lemma[cp]) ++cp;
  return {static_cast<uint32_t>(form.size() - cp), std::string(lemma.substr(cp))};
}

template <typename Counts>
typename Counts::key_type MostFrequent(const Counts& counts) {
  // Ties go to the smallest key, so training is deterministic.
  auto best = counts.begin();
  for (auto it = counts.begin(); it != counts.end(); ++it)
    if (it->second > best->second) best = it;
  return best->first;
}

}  // namespace

void Lemmatizer::Train(const std::vector<SyntaxSentence>& sentences) {
  std::map<std::string, std::map<std::string, int>> exact, lower;
  std::map<std::string, std::map<bool, int>> casing;
  std::string low, low_lemma;
  for (const SyntaxSentence& s : sentences) {
    for (size_t i = 0; i < s.words.size() && i < s.syntax.size(); ++i) {
      const std::string& form = s.words[i];
      const TokenSyntax& t = s.syntax[i];
      if (form.empty() || t.lemma.empty() || t.lemma == "_") continue;
      ++exact[Key(form, t.xpos)][t.lemma];
      LowerInto(form, &low);
      LowerInto(t.lemma, &low_lemma);
      ++lower[Key(low, t.xpos)][low_lemma];
      char cls = CaseClass(form, i == 0);
      if (cls != 'l') {
        // Keeps case when the lemma is not simply the lowercased rewrite.
        bool keep = t.lemma != low_lemma;
        ++casing[Key(t.xpos, std::string(1, cls))][keep];
      }
    }
  }
  exact_.clear();
  lower_.clear();
  suffix_.clear();
  keep_case_.clear();
  for (const auto& [k, counts] : exact) exact_.emplace(k, MostFrequent(counts));
  // Suffix rules count word types: (lower form, xpos) with its usual lemma.
  std::map<std::string, std::map<std::pair<uint32_t, std::string>, int>> rules;
  for (const auto& [k, counts] : lower) {
    const std::string lemma = MostFrequent(counts);
    size_t tab = k.find('\t');
    std::string_view form = std::string_view(k).substr(0, tab);
    std::string_view xpos = std::string_view(k).substr(tab + 1);
    auto rw = RewriteOf(form, lemma);
    lower_.emplace(k, Rewrite{rw.first, rw.second});
    for (size_t len = 0; len <= std::min(kMaxSuffix, form.size()); ++len) {
      ++rules[Key(xpos, form.substr(form.size() - len))][rw];
    }
  }
  for (const auto& [k, counts] : rules) {
    int total = 0;
    for (const auto& [rw, n] : counts) total += n;
    bool empty_suffix = k.back() == '\t';
    if (total < kMinSuffixTypes && !empty_suffix) continue;
    auto rw = MostFrequent(counts);
    suffix_.emplace(k, Rewrite{rw.first, rw.second});
  }
  for (const auto& [k, counts] : casing) keep_case_.emplace(k, MostFrequent(counts));
}

bool Lemmatizer::KeepCase(std::string_view form, std::string_view xpos,
                          bool sentence_initial) const {
  char cls = CaseClass(form, sentence_initial);
  if (cls == 'l') return true;
  thread_local std::string key;
  key.assign(xpos);
  key += '\t';
  key += cls;
  if (const bool* keep = keep_case_.Find(key)) return *keep;
  return xpos == "NNP" || xpos == "NNPS";
}

void Lemmatizer::Apply(std::string_view form, std::string_view lower, const Rewrite& r,
                       bool keep_case, std::string* out) {
  std::string_view base = keep_case ? form : lower;
  size_t strip = std::min<size_t>(r.strip, base.size());
  out->assign(base.substr(0, base.size() - strip));
  out->append(r.append);
}

void Lemmatizer::Lemmatize(std::string_view form, std::string_view xpos, bool sentence_initial,
                           std::string* lemma) const {
  thread_local std::string key, low;
  key.assign(form);
  key += '\t';
  key.append(xpos);
  if (const std::string* exact = exact_.Find(key)) {
    lemma->assign(*exact);
    return;
  }
  LowerInto(form, &low);
  bool keep = KeepCase(form, xpos, sentence_initial);
  key.assign(low);
  key += '\t';
  key.append(xpos);
  if (const Rewrite* rewrite = lower_.Find(key)) {
    Apply(form, low, *rewrite, keep, lemma);
    return;
  }
  key.assign(xpos);
  key += '\t';
  const size_t stem = key.size();
  for (size_t len = std::min(kMaxSuffix, low.size()) + 1; len-- > 0;) {
    key.resize(stem);
    key.append(std::string_view(low).substr(low.size() - len));
    if (const Rewrite* rewrite = suffix_.Find(key)) {
      Apply(form, low, *rewrite, keep, lemma);
      return;
    }
  }
  lemma->assign(keep ? form : std::string_view(low));
}

namespace {

template <typename Map, typename WriteValue>
void WriteSorted(const Map& m, ml::ByteWriter* w, WriteValue write_value) {
  // Sorted so that equal models give byte-identical files.
  std::vector<const typename Map::value_type*> items;
  for (const auto& kv : m) items.push_back(&kv);
  std::sort(items.begin(), items.end(), [](auto* a, auto* b) { return a->first < b->first; });
  w->U32(static_cast<uint32_t>(items.size()));
  for (const auto* kv : items) {
    w->Str(kv->first);
    write_value(kv->second);
  }
}

}  // namespace

std::string Lemmatizer::SerializeExceptions() const {
  ml::ByteWriter w;
  WriteSorted(exact_, &w, [&](const std::string& v) { w.Str(v); });
  WriteSorted(lower_, &w, [&](const Rewrite& r) {
    w.U32(r.strip);
    w.Str(r.append);
  });
  return std::move(w.bytes());
}

std::string Lemmatizer::SerializeRules() const {
  ml::ByteWriter w;
  WriteSorted(suffix_, &w, [&](const Rewrite& r) {
    w.U32(r.strip);
    w.Str(r.append);
  });
  WriteSorted(keep_case_, &w, [&](bool keep) { w.U32(keep ? 1 : 0); });
  return std::move(w.bytes());
}

Status Lemmatizer::Deserialize(std::string_view exceptions, std::string_view rules) {
  auto bad = [](const char* what) {
    return Status::InvalidInput(std::string("lemmatizer: truncated or corrupt ") + what);
  };
  exact_.clear();
  lower_.clear();
  suffix_.clear();
  keep_case_.clear();
  auto read_rewrites = [](ml::ByteReader* r, StringTable<Rewrite>* m) {
    uint32_t n;
    if (!r->U32(&n)) return false;
    m->reserve(n);
    for (uint32_t i = 0; i < n; ++i) {
      std::string_view k, append;
      uint32_t strip;
      if (!r->Str(&k) || !r->U32(&strip) || !r->Str(&append)) return false;
      m->emplace(std::string(k), Rewrite{strip, std::string(append)});
    }
    return true;
  };
  ml::ByteReader e(exceptions);
  uint32_t n;
  if (!e.U32(&n)) return bad("exceptions");
  exact_.reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    std::string_view k, v;
    if (!e.Str(&k) || !e.Str(&v)) return bad("exceptions");
    exact_.emplace(std::string(k), std::string(v));
  }
  if (!read_rewrites(&e, &lower_) || !e.done()) return bad("exceptions");
  ml::ByteReader r(rules);
  if (!read_rewrites(&r, &suffix_) || !r.U32(&n)) return bad("rules");
  for (uint32_t i = 0; i < n; ++i) {
    std::string_view k;
    uint32_t keep;
    if (!r.Str(&k) || !r.U32(&keep)) return bad("rules");
    keep_case_.emplace(std::string(k), keep != 0);
  }
  if (!r.done()) return bad("rules");
  return Status::Ok();
}

}  // namespace dyad::syntax
