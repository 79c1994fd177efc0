#include "dyad/sentence_model.h"

#include <cstdio>
#include <cstdlib>

#include "dyad/syntax.h"
#include "tokenizer/sentence_model_impl.h"

namespace dyad {

namespace {
constexpr char kKind[] = "splitter";

bool ParseFloat(std::string_view s, float* v) {
  // std::from_chars for floats is in libstdc++ 11+; strtof needs a
  // terminated copy.
  const std::string copy(s);
  char* end = nullptr;
  *v = std::strtof(copy.c_str(), &end);
  return end != nullptr && *end == '\0' && !copy.empty();
}
}  // namespace

Status MarginTable::Build(std::string_view bytes) {
  ml::ByteReader r(bytes);
  uint32_t classes;
  uint64_t rows;
  if (!r.U32(&classes) || !r.U64(&rows) || classes != 2 || rows > bytes.size() / 16)
    return Status::InvalidInput("perceptron: not a two-class perceptron");
  uint64_t size = 16;
  shift_ = 60;
  while (size < rows * 2) {  // load at most 1/2: short probes
    size <<= 1;
    --shift_;
  }
  slots_.assign(size, Slot());
  mask_ = size - 1;
  for (uint64_t row = 0; row < rows; ++row) {
    uint64_t key;
    float w[2];
    if (!r.U64(&key) || !r.F32(&w[0]) || !r.F32(&w[1]))
      return Status::InvalidInput("perceptron: truncated");
    const uint32_t check = static_cast<uint32_t>(key >> 32) | 1u;
    uint64_t i = Home(key);
    while (slots_[i].check != 0 && slots_[i].check != check) i = (i + 1) & mask_;
    // Two keys sharing slot chain and check would be one feature to Margin();
    // their weights add, as their scores would.
    slots_[i].check = check;
    slots_[i].margin += w[1] - w[0];
  }
  if (!r.done()) return Status::InvalidInput("perceptron: trailing bytes");
  return Status::Ok();
}

std::string SentenceModel::Impl::Settings() const {
  auto fmt = [](float v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", static_cast<double>(v));
    return std::string(buf);
  };
  return "features=" + std::to_string(tok::kBoundaryFeatureVersion) + "\nadd_margin=" +
         fmt(add_margin) + "\nadd_after_closer=" + (add_after_closer ? "1" : "0") + "\nveto=" + (veto ? "1" : "0") + "\nveto_margin=" + fmt(veto_margin) +
         "\n";
}

Status SentenceModel::Impl::ParseSettings(std::string_view text) {
  bool features = false;
  while (!text.empty()) {
    const size_t nl = text.find('\n');
    const std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    if (line.empty()) continue;
    const size_t eq = line.find('=');
    if (eq == std::string_view::npos) return Status::InvalidInput("settings: no '=' in a line");
    const std::string_view key = line.substr(0, eq), value = line.substr(eq + 1);
    if (key == "features") {
      if (value != std::to_string(tok::kBoundaryFeatureVersion))
        return Status::InvalidInput("settings: features=" + std::string(value) +
                                    ", this build computes features=" +
                                    std::to_string(tok::kBoundaryFeatureVersion) + "; retrain");
      features = true;
    } else if (key == "add_margin") {
      if (!ParseFloat(value, &add_margin)) return Status::InvalidInput("settings: bad add_margin");
    } else if (key == "veto_margin") {
      if (!ParseFloat(value, &veto_margin))
        return Status::InvalidInput("settings: bad veto_margin");
    } else if (key == "add_after_closer") {
      add_after_closer = value == "1";
    } else if (key == "veto") {
      veto = value == "1";
    }
    // Unknown keys are ignored: settings added later keep older builds reading.
  }
  if (!features) return Status::InvalidInput("settings: no features= line");
  return Status::Ok();
}

ml::ModelWriter SentenceModel::Impl::Writer() const {
  ml::ModelWriter w(kKind, header);
  w.AddSection("settings", Settings());
  w.AddSection("perceptron", weights.Serialize());
  return w;
}

SentenceModel::SentenceModel(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SentenceModel::~SentenceModel() = default;

Status SentenceModel::Load(const std::string& path, std::unique_ptr<SentenceModel>* out) {
  ml::ModelReader reader;
  if (Status s = reader.Open(path, kKind); !s.ok()) return s;
  auto impl = std::make_unique<Impl>();
  impl->header = reader.header();
  std::string_view settings, weights;
  if (!reader.Section("settings", &settings) || !reader.Section("perceptron", &weights))
    return Status::InvalidInput(path + ": splitter model lacks a settings or perceptron section");
  if (Status s = impl->ParseSettings(settings); !s.ok())
    return Status::InvalidInput(path + ": " + s.message());
  if (Status s = impl->weights.Deserialize(weights); !s.ok())
    return Status::InvalidInput(path + ": " + s.message());
  if (impl->weights.classes() != 2)
    return Status::InvalidInput(path + ": splitter perceptron must have 2 classes");
  if (Status s = impl->Compile(); !s.ok()) return Status::InvalidInput(path + ": " + s.message());
  *out = std::make_unique<SentenceModel>(std::move(impl));
  return Status::Ok();
}

std::string SentenceModel::DefaultPath(const std::string& model_dir) {
  return (model_dir.empty() ? SyntaxModel::DefaultDir() : model_dir) + "/splitter.bin";
}

void SentenceModel::Refine(std::string_view text, const std::vector<Token>& toks,
                           std::vector<uint8_t>* starts) const {
  const Impl& m = *impl_;
  tok::WalkBlock(text, toks, starts,
                 [&m](const tok::BoundaryCandidate& c) { return m.Decide(c); });
}

const std::string& SentenceModel::header() const { return impl_->header; }

}  // namespace dyad
