#include "syntax/evaluate.h"

#include <map>
#include <string_view>

namespace dyad::syntax {

namespace {

std::string_view UniversalRelation(std::string_view deprel) {
  return deprel.substr(0, deprel.find(':'));
}

double F1(size_t correct, size_t system, size_t gold) {
  if (system + gold == 0) return 100.0;
  return 200.0 * static_cast<double>(correct) / static_cast<double>(system + gold);
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Word-level counts over an alignment of (gold word, system word) pairs;
// `head_match` tells whether two heads (global word numbers, -1 = root)
// correspond.
struct Counts {
  size_t upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;
};

struct WordRef {
  const TokenSyntax* t;
  long head;  // global index of the head word, -1 for root, -2 when unparsed
};

std::vector<WordRef> Flatten(const std::vector<SyntaxSentence>& sentences) {
  std::vector<WordRef> out;
  for (const SyntaxSentence& s : sentences) {
    const long base = static_cast<long>(out.size());
    for (size_t i = 0; i < s.words.size(); ++i) {
      static const TokenSyntax kEmpty;
      const TokenSyntax* t = i < s.syntax.size() ? &s.syntax[i] : &kEmpty;
      long head = t->head < 0 ? -2 : t->head == 0 ? -1 : base + t->head - 1;
      out.push_back(WordRef{t, head});
    }
  }
  return out;
}

// gold_to_system[g] = aligned system word or -1.
Counts Count(const std::vector<WordRef>& gold, const std::vector<WordRef>& system,
             const std::vector<long>& gold_to_system) {
  Counts c;
  for (size_t g = 0; g < gold.size(); ++g) {
    long s = gold_to_system[g];
    if (s < 0) continue;
    const TokenSyntax& gt = *gold[g].t;
    const TokenSyntax& st = *system[static_cast<size_t>(s)].t;
    c.upos += gt.upos == st.upos;
    c.xpos += gt.xpos == st.xpos;
    c.lemma += gt.lemma == st.lemma;
    long gh = gold[g].head, sh = system[static_cast<size_t>(s)].head;
    bool head = (gh == -1 && sh == -1) ||
                (gh >= 0 && sh >= 0 && gold_to_system[static_cast<size_t>(gh)] == sh);
    if (head) {
      ++c.uas;
      c.las += UniversalRelation(gt.deprel) == UniversalRelation(st.deprel);
    }
  }
  return c;
}

void Fill(const Counts& c, size_t system_words, size_t gold_words, SyntaxScores* scores) {
  scores->upos = F1(c.upos, system_words, gold_words);
  scores->xpos = F1(c.xpos, system_words, gold_words);
  scores->lemma = F1(c.lemma, system_words, gold_words);
  scores->uas = F1(c.uas, system_words, gold_words);
  scores->las = F1(c.las, system_words, gold_words);
}

}  // namespace

Status EvaluateGoldTokens(const std::vector<SyntaxSentence>& gold,
                          const std::vector<SyntaxSentence>& system, SyntaxScores* scores) {
  if (gold.size() != system.size())
    return Status::InvalidInput("evaluate: " + std::to_string(system.size()) +
                                " system sentences for " + std::to_string(gold.size()) +
                                " gold sentences");
  for (size_t s = 0; s < gold.size(); ++s) {
    if (gold[s].words.size() != system[s].words.size())
      return Status::InvalidInput("evaluate: sentence " + std::to_string(s + 1) + " has " +
                                  std::to_string(system[s].words.size()) +
                                  " system words for " + std::to_string(gold[s].words.size()) +
                                  " gold words");
  }
  std::vector<WordRef> g = Flatten(gold), sys = Flatten(system);
  std::vector<long> align(g.size());
  for (size_t i = 0; i < g.size(); ++i) align[i] = static_cast<long>(i);
  *scores = SyntaxScores();
  scores->gold_words = scores->system_words = scores->matched_words = g.size();
  scores->gold_sentences = scores->system_sentences = scores->matched_sentences = gold.size();
  Fill(Count(g, sys, align), sys.size(), g.size(), scores);
  return Status::Ok();
}

void ReconstructText(const std::vector<SyntaxSentence>& gold, TextLayout* layout) {
  layout->text.clear();
  layout->words.clear();
  for (size_t si = 0; si < gold.size(); ++si) {
    const SyntaxSentence& s = gold[si];
    std::string sentence;
    bool new_paragraph = false;
    for (const std::string& c : s.comments) {
      std::string_view v = c;
      while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
      if (v.rfind("text =", 0) == 0) {
        v.remove_prefix(6);
        if (!v.empty() && v.front() == ' ') v.remove_prefix(1);
        sentence = std::string(v);
      } else if (v.rfind("newpar", 0) == 0 || v.rfind("newdoc", 0) == 0) {
        new_paragraph = true;
      }
    }
    if (sentence.empty()) {
      for (size_t i = 0; i < s.words.size(); ++i) {
        sentence += s.words[i];
        if (i + 1 < s.words.size() && (i >= s.space_after.size() || s.space_after[i]))
          sentence += ' ';
      }
    }
    if (si > 0) layout->text += new_paragraph ? "\n\n" : " ";
    const size_t base = layout->text.size();
    layout->text += sentence;
    std::vector<Span> spans;
    size_t pos = 0;
    for (const std::string& w : s.words) {
      while (pos < sentence.size() && IsSpace(sentence[pos])) ++pos;
      size_t at = sentence.compare(pos, w.size(), w) == 0 ? pos : sentence.find(w, pos);
      if (at == std::string::npos || w.empty()) {
        spans.push_back(Span{static_cast<uint32_t>(base + pos), static_cast<uint32_t>(base + pos)});
        continue;
      }
      spans.push_back(Span{static_cast<uint32_t>(base + at), static_cast<uint32_t>(base + at + w.size())});
      pos = at + w.size();
    }
    layout->words.push_back(std::move(spans));
  }
}

Status EvaluateRaw(const std::vector<SyntaxSentence>& gold, const TextLayout& gold_layout,
                   const std::vector<SyntaxSentence>& system,
                   const std::vector<std::vector<Span>>& system_words, SyntaxScores* scores) {
  if (gold.size() != gold_layout.words.size() || system.size() != system_words.size())
    return Status::InvalidInput("evaluate: word spans do not match the sentences");
  for (size_t s = 0; s < system.size(); ++s)
    if (system[s].words.size() != system_words[s].size())
      return Status::InvalidInput("evaluate: word spans do not match the words");
  *scores = SyntaxScores();
  scores->raw = true;
  std::vector<WordRef> g = Flatten(gold), sys = Flatten(system);
  // Words align when their spans are identical.
  std::map<std::pair<uint32_t, uint32_t>, long> system_by_span;
  long k = 0;
  for (const auto& spans : system_words)
    for (const Span& sp : spans) system_by_span.emplace(std::pair{sp.begin, sp.end}, k++);
  std::vector<long> align;
  for (const auto& spans : gold_layout.words) {
    for (const Span& sp : spans) {
      auto it = sp.empty() ? system_by_span.end() : system_by_span.find({sp.begin, sp.end});
      align.push_back(it == system_by_span.end() ? -1 : it->second);
      if (it != system_by_span.end()) ++scores->matched_words;
    }
  }
  scores->gold_words = g.size();
  scores->system_words = sys.size();
  scores->words_f1 = F1(scores->matched_words, sys.size(), g.size());
  // Sentences align when they cover the same characters.
  auto extent = [](const std::vector<Span>& spans) {
    return std::pair{spans.front().begin, spans.back().end};
  };
  std::map<std::pair<uint32_t, uint32_t>, int> system_sentences;
  for (const auto& spans : system_words)
    if (!spans.empty()) system_sentences.emplace(extent(spans), 0);
  for (const auto& spans : gold_layout.words)
    if (!spans.empty() && system_sentences.count(extent(spans))) ++scores->matched_sentences;
  scores->gold_sentences = gold.size();
  scores->system_sentences = system.size();
  scores->sentences_f1 = F1(scores->matched_sentences, system.size(), gold.size());
  Fill(Count(g, sys, align), sys.size(), g.size(), scores);
  return Status::Ok();
}

void SentencesFromDocument(const Document& doc, std::vector<SyntaxSentence>* out,
                           std::vector<std::vector<Span>>* spans) {
  for (const Sentence& sentence : doc.sentences) {
    if (sentence.tokens.empty()) continue;
    SyntaxSentence s;
    std::string text(doc.View(sentence.span));
    for (char& c : text)
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    s.comments.push_back(" sent_id = " + std::to_string(out->size() + 1));
    s.comments.push_back(" text = " + text);
    std::vector<Span> word_spans;
    for (const Token& t : sentence.tokens) {
      s.words.emplace_back(doc.View(t.span));
      const bool glued = t.span.end < doc.text.size() && !IsSpace(doc.text[t.span.end]);
      s.space_after.push_back(!glued);
      word_spans.push_back(t.span);
    }
    out->push_back(std::move(s));
    if (spans != nullptr) spans->push_back(std::move(word_spans));
  }
}

}  // namespace dyad::syntax
