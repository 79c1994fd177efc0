// SyntaxModel (include/dyad/syntax.h): the tagger/lemmatizer and, when
// models/parser.bin exists, the dependency parser.
#include <cstdlib>
#include <filesystem>
#include <system_error>
#include <thread>

#include "dyad/syntax.h"
#include "parser/parser.h"
#include "syntax/tagger.h"

#ifndef DYAD_SOURCE_MODEL_DIR
#define DYAD_SOURCE_MODEL_DIR "models"
#endif

namespace dyad {

struct SyntaxModel::Impl {
  std::unique_ptr<syntax::Tagger> tagger;
  std::unique_ptr<parser::DependencyParser> parser;  // null when there is no parser.bin
};

SyntaxModel::SyntaxModel(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SyntaxModel::~SyntaxModel() = default;

Status SyntaxModel::Load(const std::string& dir, std::unique_ptr<SyntaxModel>* out,
                         Parser parser) {
  namespace fs = std::filesystem;
  auto impl = std::make_unique<Impl>();
  const std::string tagger_path = (fs::path(dir) / "tagger.bin").string();
  const std::string parser_path =
      (fs::path(dir) / (parser == Parser::kAccurate ? "parser-accurate.bin" : "parser.bin"))
          .string();
  std::error_code ec;
  // Building each model's hash tables takes a good part of a second's
  // fraction; the two are independent, so the parser is read on a second
  // thread while this one reads the tagger.
  Status parser_status = Status::Ok();
  const bool has_parser = fs::exists(parser_path, ec);
  if (!has_parser && parser == Parser::kAccurate)
    return Status::NotFound(parser_path + ": no accurate parser in the model directory");
  auto load_parser = [&] {
    parser_status = parser::DependencyParser::Load(parser_path, &impl->parser);
  };
  std::thread parser_loader;
  if (has_parser) {
    try {
      parser_loader = std::thread(load_parser);
    } catch (const std::system_error&) {  // no thread to spare: load it below
    }
  }
  const Status tagger_status = syntax::Tagger::Load(tagger_path, &impl->tagger);
  if (parser_loader.joinable()) {
    parser_loader.join();
  } else if (has_parser) {
    load_parser();
  }
  if (!tagger_status.ok()) return tagger_status;
  if (!parser_status.ok()) return parser_status;
  out->reset(new SyntaxModel(std::move(impl)));
  return Status::Ok();
}

std::string SyntaxModel::DefaultDir() {
  namespace fs = std::filesystem;
  if (const char* env = std::getenv("DYAD_MODEL_DIR"); env != nullptr && *env != '\0') return env;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (fs::path dir = exe.parent_path(); !dir.empty() && dir != dir.root_path();
         dir = dir.parent_path()) {
      fs::path candidate = dir / "models";
      if (fs::exists(candidate / "tagger.bin", ec)) return candidate.string();
      candidate = dir / "share" / "dyad" / "models";
      if (fs::exists(candidate / "tagger.bin", ec)) return candidate.string();
    }
  }
  return DYAD_SOURCE_MODEL_DIR;
}

void SyntaxModel::Annotate(SyntaxSentence* s) const { Annotate(std::span<SyntaxSentence>(s, 1)); }

void SyntaxModel::Annotate(std::span<SyntaxSentence> sentences) const {
  for (SyntaxSentence& s : sentences)
    if (!s.words.empty()) impl_->tagger->Tag(&s);
  if (impl_->parser == nullptr) return;
  for (SyntaxSentence& s : sentences)
    if (!s.words.empty()) impl_->parser->Parse(&s);
}

bool SyntaxModel::has_parser() const { return impl_->parser != nullptr; }

}  // namespace dyad
