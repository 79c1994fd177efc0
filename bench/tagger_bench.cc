// Google Benchmark for the tagger/lemmatizer alone and for the whole
// SyntaxModel (tagger + parser when models/parser.bin exists).
//
// Input: the Wikinews articles in ../shared/news/wikinews/text (relative to
// the source tree), split and tokenized once before timing; the benchmark is
// skipped when they are absent. Reports words per second on one thread.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/syntax.h"
#include "dyad/tokenizer.h"
#include "syntax/evaluate.h"
#include "syntax/tagger.h"

namespace {

const std::filesystem::path kSource = DYAD_SOURCE_DIR;

// The articles' sentences, one vector per article.
const std::vector<std::vector<dyad::SyntaxSentence>>& WikinewsDocuments() {
  static const std::vector<std::vector<dyad::SyntaxSentence>> documents = [] {
    std::vector<std::vector<dyad::SyntaxSentence>> out;
    const std::filesystem::path dir = kSource.parent_path() / "shared/news/wikinews/text";
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) return out;
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(dir, ec))
      if (e.path().extension() == ".txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::ostringstream ss;
      ss << in.rdbuf();
      dyad::Document doc;
      doc.text = ss.str();
      dyad::SplitAndTokenize(&doc);
      out.emplace_back();
      dyad::syntax::SentencesFromDocument(doc, &out.back(), nullptr);
    }
    return out;
  }();
  return documents;
}

std::vector<dyad::SyntaxSentence> WikinewsSentences() {
  std::vector<dyad::SyntaxSentence> out;
  for (const auto& document : WikinewsDocuments())
    out.insert(out.end(), document.begin(), document.end());
  return out;
}

size_t CountWords(const std::vector<dyad::SyntaxSentence>& sentences) {
  size_t n = 0;
  for (const auto& s : sentences) n += s.words.size();
  return n;
}

void BM_Tagger(benchmark::State& state) {
  std::unique_ptr<dyad::syntax::Tagger> tagger;
  dyad::Status st = dyad::syntax::Tagger::Load((kSource / "models/tagger.bin").string(), &tagger);
  std::vector<dyad::SyntaxSentence> sentences = WikinewsSentences();
  if (!st.ok() || sentences.empty()) {
    state.SkipWithError(st.ok() ? "no Wikinews text in ../shared" : st.message().c_str());
    return;
  }
  const size_t words = CountWords(sentences);
  for (auto _ : state) {
    for (auto& s : sentences) tagger->Tag(&s);
    benchmark::ClobberMemory();
  }
  state.counters["words/s"] = benchmark::Counter(static_cast<double>(words * state.iterations()),
                                                 benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Tagger)->Unit(benchmark::kMillisecond);

// Tagging and parsing with the fast (greedy) or the accurate (beam) parser.
// SyntaxModel::Annotate gets `batch` sentences at a time; 0 means an article
// at a time (as `dyad parse` does with each document).
void TagAndParse(benchmark::State& state, dyad::SyntaxModel::Parser parser, size_t batch = 0) {
  std::unique_ptr<dyad::SyntaxModel> model;
  dyad::Status st = dyad::SyntaxModel::Load((kSource / "models").string(), &model, parser);
  std::vector<std::vector<dyad::SyntaxSentence>> documents = WikinewsDocuments();
  if (!st.ok() || documents.empty()) {
    state.SkipWithError(st.ok() ? "no Wikinews text in ../shared" : st.message().c_str());
    return;
  }
  if (!model->has_parser()) state.SetLabel("no parser.bin: tagger only");
  if (batch > 0) {  // the articles' sentences as one list, cut into batches
    const std::vector<dyad::SyntaxSentence> all = WikinewsSentences();
    documents.clear();
    for (size_t i = 0; i < all.size(); i += batch)
      documents.emplace_back(
          all.begin() + static_cast<std::ptrdiff_t>(i),
          all.begin() + static_cast<std::ptrdiff_t>(std::min(all.size(), i + batch)));
  }
  size_t words = 0;
  for (const auto& document : documents) words += CountWords(document);
  for (auto _ : state) {
    for (auto& document : documents) model->Annotate(document);
    benchmark::ClobberMemory();
  }
  state.counters["words/s"] = benchmark::Counter(static_cast<double>(words * state.iterations()),
                                                 benchmark::Counter::kIsRate);
}

void BM_TaggerAndParser(benchmark::State& state) {
  TagAndParse(state, dyad::SyntaxModel::Parser::kFast);
}
BENCHMARK(BM_TaggerAndParser)->Unit(benchmark::kMillisecond);

// Batches of 1 (sentence by sentence), 32, and all ~1,800 sentences.
void BM_TaggerAndParserBatch(benchmark::State& state) {
  TagAndParse(state, dyad::SyntaxModel::Parser::kFast, static_cast<size_t>(state.range(0)));
}
BENCHMARK(BM_TaggerAndParserBatch)->Arg(1)->Arg(32)->Arg(100000)->Unit(benchmark::kMillisecond);

void BM_TaggerAndAccurateParser(benchmark::State& state) {
  TagAndParse(state, dyad::SyntaxModel::Parser::kAccurate);
}
BENCHMARK(BM_TaggerAndAccurateParser)->Unit(benchmark::kMillisecond);

}  // namespace
