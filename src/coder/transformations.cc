#include "coder/transformations.h"

#include <map>
#include <string>

namespace dyad::coder {

namespace {

bool SameActors(const Side& x, const Side& y) {
  if (x.members.size() != y.members.size()) return false;
  for (const Side::Member& m : x.members) {
    if (!y.Has(m.code)) return false;
  }
  return true;
}

// Variable bindings of one attempt: letter -> side.
class Bindings {
 public:
  // Binds `var` to `side` (present); false when `var` is taken by another
  // actor or `side` by another letter.
  bool Bind(const std::string& var, const Side& side) {
    if (var == ".") return true;
    const auto it = sides_.find(var);
    if (it != sides_.end()) return SameActors(it->second, side);
    for (const auto& [other, bound] : sides_) {
      if (SameActors(bound, side)) return false;
    }
    sides_.emplace(var, side);
    return true;
  }
  const Side* Get(const std::string& var) const {
    const auto it = sides_.find(var);
    return it == sides_.end() ? nullptr : &it->second;
  }

 private:
  std::map<std::string, Side> sides_;
};

}  // namespace

bool CodeUnder(const std::string& code, const std::string& verb_code) {
  if (code.empty() || verb_code.empty()) return false;
  if (code == verb_code) return true;
  // A root code (two digits and a 0) covers the codes under its root.
  return verb_code.size() == 3 && verb_code[2] == '0' && code.size() >= 3 &&
         code.compare(0, 2, verb_code, 0, 2) == 0;
}

bool MayTransform(const dict::CompiledDictionaries& d, const std::string& code) {
  for (const dict::Transformation& t : d.transformations) {
    if (CodeUnder(code, t.verb_code)) return true;
  }
  return false;
}

bool ApplyTransformations(const dict::CompiledDictionaries& d, const VerbOutcome& lower,
                          VerbOutcome* upper) {
  for (const dict::Transformation& t : d.transformations) {
    if (!CodeUnder(upper->code.code, t.verb_code)) continue;
    if (t.inner_verb != "Q" && !CodeUnder(lower.code.code, t.inner_verb_code)) continue;
    Bindings b;
    if (upper->source.empty() || !b.Bind(t.source, upper->source)) continue;
    // The lower verb's source: '_' is a verb with no subject but the upper
    // verb's own ("wants to attack"); the object it shares ("wants Putin to
    // attack", Putin the object in UD, an embedded subject to PETRARCH-2's
    // Treebank) is a subject.
    const bool no_subject =
        lower.source.empty() || (!lower.own_subject && SameActors(lower.source, upper->source));
    if (t.inner_source == "_") {
      if (!no_subject) continue;
    } else if (no_subject || !b.Bind(t.inner_source, lower.source)) {
      continue;
    }
    if (t.inner_target == "_") {
      if (!lower.target.empty()) continue;
    } else if (lower.target.empty() || !b.Bind(t.inner_target, lower.target)) {
      continue;
    }
    const Side* source = b.Get(t.result_source);
    const Side* target = b.Get(t.result_target);
    if (source == nullptr || target == nullptr) continue;
    const std::string code = t.result_code == "Q" ? lower.code.code : t.result_code;
    VerbOutcome out = *upper;
    out.source = *source;
    out.target = *target;
    out.code = dict::Code();
    out.code.kind = dict::Code::Kind::kEvent;
    out.code.code = code;
    out.compound = false;
    out.origin = &t.origin;
    out.span_last = std::max(upper->span_last, lower.span_last);
    if (!out.note.empty() || !lower.note.empty()) out.note += "; transformed: " + t.origin;
    *upper = std::move(out);
    return true;
  }
  return false;
}

}  // namespace dyad::coder
