// SyntaxModel (include/dyad/syntax.h): the tagger/lemmatizer and, when
// models/parser.bin exists, the dependency parser.
#include <cstdlib>
#include <filesystem>

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

Status SyntaxModel::Load(const std::string& dir, std::unique_ptr<SyntaxModel>* out) {
  namespace fs = std::filesystem;
  auto impl = std::make_unique<Impl>();
  const std::string tagger_path = (fs::path(dir) / "tagger.bin").string();
  if (Status s = syntax::Tagger::Load(tagger_path, &impl->tagger); !s.ok()) return s;
  const std::string parser_path = (fs::path(dir) / "parser.bin").string();
  std::error_code ec;
  if (fs::exists(parser_path, ec)) {
    if (Status s = parser::DependencyParser::Load(parser_path, &impl->parser); !s.ok()) return s;
  }
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

void SyntaxModel::Annotate(SyntaxSentence* s) const {
  if (s->words.empty()) return;
  impl_->tagger->Tag(s);
  if (impl_->parser) impl_->parser->Parse(s);
}

bool SyntaxModel::has_parser() const { return impl_->parser != nullptr; }

}  // namespace dyad
