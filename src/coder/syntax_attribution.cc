#include "coder/syntax_attribution.h"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace dyad::coder {

namespace {

// The universal part of a deprel ("nsubj" of "nsubj:pass").
std::string_view Base(std::string_view rel) { return rel.substr(0, rel.find(':')); }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool IsSubjectRel(std::string_view rel) {
  return rel == "nsubj" || rel == "nsubj:pass" || rel == "csubj" || rel == "csubj:pass" ||
         rel == "nsubj:outer";
}

// Relations that open a clause of their own: an actor below them belongs to
// that clause's verb, not to the noun above it.
bool IsClausal(std::string_view rel) {
  std::string_view b = Base(rel);
  return b == "acl" || b == "advcl" || b == "ccomp" || b == "xcomp" || b == "csubj" ||
         b == "parataxis" || b == "conj" || b == "list" || b == "reparandum" || b == "orphan";
}

// obl:unmarked (EWT's tmod/npmod: "on Monday" without a case is "Monday")
// is time or measure, never a participant.
bool IsParticipantObl(std::string_view rel) {
  return Base(rel) == "obl" && rel != "obl:agent" && rel != "obl:unmarked" && rel != "obl:tmod" &&
         rel != "obl:npmod";
}

bool IsNegationWord(std::string_view lower) {
  return lower == "not" || lower == "n't" || lower == "never" || lower == "n\xE2\x80\x99t";
}

// Parses may come from elsewhere (a file) and be malformed; recursion and
// searches stop after this many steps instead of looping on a cycle.
constexpr int kMaxDepth = 12;

}  // namespace

bool ParseView::Bind(const SyntaxSentence& parse, size_t token_count, const Analysis& a,
                     std::string* why) {
  parse_ = nullptr;
  const size_t n = parse.words.size();
  if (n != token_count) {
    *why = "the parse has " + std::to_string(n) + " words, the sentence " +
           std::to_string(token_count) + " tokens";
    return false;
  }
  if (parse.syntax.size() != n) {
    *why = "the parse has no syntax for its words";
    return false;
  }
  head_.assign(n, -1);
  child_begin_.assign(n + 1, 0);
  for (size_t t = 0; t < n; ++t) {
    const int h = parse.syntax[t].head;
    if (h < 0 || h > static_cast<int>(n) || h == static_cast<int>(t) + 1) {
      *why = "word " + std::to_string(t + 1) + " has no valid head";
      return false;
    }
    head_[t] = h - 1;
    if (h > 0) ++child_begin_[h];  // counts, shifted by one for the prefix sum
  }
  for (size_t t = 1; t <= n; ++t) child_begin_[t] += child_begin_[t - 1];
  children_.assign(child_begin_[n], 0);
  std::vector<int> fill(child_begin_.begin(), child_begin_.end() - 1);
  for (size_t t = 0; t < n; ++t) {
    if (head_[t] >= 0) children_[fill[head_[t]]++] = static_cast<int>(t);
  }
  mention_at_.assign(n, -1);
  for (size_t w = 0; w < a.words.size(); ++w) {
    const int t = a.words[w].token;
    if (t < 0 || t >= static_cast<int>(n) || mention_at_[t] >= 0) continue;
    mention_at_[t] = coder::MentionAt(a, static_cast<int>(w));
  }
  parse_ = &parse;
  return true;
}

bool ParseView::InVerbPhrase(int v, int t) const {
  // Bounded by the sentence length: a malformed parse may have a cycle.
  for (int steps = 0; t >= 0 && steps < size(); ++steps) {
    const int h = head_[t];
    if (h == v) return Rel(t) != "conj" && Rel(t) != "parataxis" && Rel(t) != "punct";
    t = h;
  }
  return false;
}

bool ParseView::HasDeterminer(int t) const {
  if (Upos(t) != "NOUN" && Upos(t) != "PROPN") return false;
  for (const int* c = ChildrenBegin(t); c != ChildrenEnd(t); ++c) {
    if (Rel(*c) == "det" && *c < t) return true;
  }
  return false;
}

bool ParseView::InSubjectOf(int t, int v) const {
  for (int steps = 0; t >= 0 && steps < size(); ++steps) {
    const int h = head_[t];
    const std::string_view rel = Rel(t);
    if (h != v && (rel.substr(0, 5) == "nsubj" || rel.substr(0, 5) == "csubj")) return true;
    t = h;
  }
  return false;
}

std::string ParseView::Describe() const {
  std::string out;
  for (int t = 0; t < size(); ++t) {
    out += "syntax\t" + std::to_string(t + 1) + "\t" + Word(t) + "\t" + parse_->syntax[t].upos +
           "\t" + std::to_string(head_[t] + 1) + "\t" + Rel(t);
    if (mention_at_[t] >= 0) out += "\tmention " + std::to_string(mention_at_[t]);
    out += "\n";
  }
  return out;
}

VerbRoles::VerbRoles(const ParseView& view, const Analysis& a, int verb_word,
                     bool passive_needs_agent)
    : view_(view), a_(a) {
  const int t = a.words[verb_word].token;
  if (t < 0 || t >= view.size()) return;
  verb_ = t;
  bool passive_subject = false;
  for (const int* c = view.ChildrenBegin(t); c != view.ChildrenEnd(t); ++c) {
    const std::string& rel = view.Rel(*c);
    if (rel == "aux:pass") passive_ = true;
    if (IsSubjectRel(rel)) own_subject_ = true;
    if (rel == "nsubj:pass" || rel == "csubj:pass") passive_subject = true;
    if ((Base(rel) == "advmod" || rel == "neg") && negation_ < 0) {
      const std::string w = Lower(view.Word(*c));
      // "not only ... but also" asserts the verb.
      const bool not_only =
          w == "not" && *c + 1 < view.size() && Lower(view.Word(*c + 1)) == "only";
      if (IsNegationWord(w) && !not_only) negation_ = *c;
    }
  }
  // A passive subject without a passive auxiliary is the parser taking an
  // active past tense for a participle ("Estonia said it deplored ..."):
  // believe it only with a by-agent.
  if (passive_subject && !passive_) passive_ = !AgentsOf(t).empty();
  // A past participle modifying a noun is a reduced passive ("the sanctions
  // imposed by the United States") only with a by-agent: the tagger often
  // takes a main verb for a participle ("Iranian police arrested two
  // journalists" parsed as a noun with an acl), and that reading is active.
  // So is a participle clause with no subject or auxiliary of its own
  // ("Rebuked by Eriador, Osgiliath is ...", PASSIVE-05), be it parsed as
  // an adverbial or a complement clause.
  const std::string_view rel = Base(view.Rel(t));
  if (!passive_ && view.Xpos(t) == "VBN" && (rel == "acl" || rel == "advcl" || rel == "ccomp")) {
    bool own_subject = false, aux = false;
    for (const int* c = view.ChildrenBegin(t); c != view.ChildrenEnd(t); ++c) {
      own_subject = own_subject || IsSubjectRel(view.Rel(*c));
      aux = aux || Base(view.Rel(*c)) == "aux";
    }
    passive_ = !own_subject && !aux && !AgentsOf(t).empty();
  }
  if (passive_needs_agent && passive_ && AgentsOf(t).empty()) passive_ = false;
}

int VerbRoles::Antecedent(int v, int t) const {
  const std::string w = Lower(view_.Word(t));
  const std::string& x = view_.Xpos(t);
  const bool relative = (w == "who" || w == "whom" || w == "which" || w == "that") &&
                        (x == "WP" || x == "WDT" || x.empty() || w == "that");
  if (relative && Base(view_.Rel(v)) == "acl" && view_.Head(v) >= 0) return view_.Head(v);
  return t;
}

std::vector<int> VerbRoles::SubjectsOf(int v) const {
  std::vector<int> subjects;
  // Several subjects of one verb are a coordination the parser split
  // ("Evil Mordor, the awful Fornost, and good Gondor welcomed"): all count.
  for (const int* c = view_.ChildrenBegin(v); c != view_.ChildrenEnd(v); ++c) {
    if (IsSubjectRel(view_.Rel(*c))) subjects.push_back(Antecedent(v, *c));
  }
  if (subjects.empty()) subjects.push_back(SubjectOf(v, 0));
  return subjects;
}

int VerbRoles::SubjectOf(int v, int depth) const {
  if (depth > kMaxDepth) return -1;
  for (const int* c = view_.ChildrenBegin(v); c != view_.ChildrenEnd(v); ++c) {
    if (IsSubjectRel(view_.Rel(*c))) return Antecedent(v, *c);
  }
  const int h = view_.Head(v);
  if (h < 0) return -1;
  const std::string& rel = view_.Rel(v);
  const std::string_view base = Base(rel);
  if (base == "conj" || base == "advcl") return SubjectOf(h, depth + 1);
  if (base == "xcomp") {
    // "Russia urged Iran to withdraw": the object controls; else the subject.
    for (const int* c = view_.ChildrenBegin(h); c != view_.ChildrenEnd(h); ++c) {
      if (view_.Rel(*c) == "obj" || view_.Rel(*c) == "iobj") return *c;
    }
    return SubjectOf(h, depth + 1);
  }
  if (base == "acl") return h;
  return -1;
}

std::vector<int> VerbRoles::ObjectsOf(int v) const {
  std::vector<int> objects, obliques;
  for (const int* c = view_.ChildrenBegin(v); c != view_.ChildrenEnd(v); ++c) {
    const std::string& rel = view_.Rel(*c);
    if (rel == "obj" || rel == "iobj") {
      objects.push_back(Antecedent(v, *c));
    } else if (IsParticipantObl(rel)) {
      bool by = false;
      for (const int* g = view_.ChildrenBegin(*c); g != view_.ChildrenEnd(*c); ++g) {
        by = by || (view_.Rel(*g) == "case" && Lower(view_.Word(*g)) == "by");
      }
      if (!by) obliques.push_back(Antecedent(v, *c));
    }
  }
  // "the country Russia attacked": the relative clause's noun is its object
  // when the clause has a subject and no object of its own.
  const int h = view_.Head(v);
  if (objects.empty() && view_.Rel(v) == "acl:relcl" && h >= 0 && SubjectOf(v, 0) != h)
    objects.push_back(h);
  objects.insert(objects.end(), obliques.begin(), obliques.end());
  return objects;
}

std::vector<int> VerbRoles::AgentsOf(int v) const {
  std::vector<int> agents;
  // "was opposed earlier by Osgiliath": CoreNLP hangs the by-phrase on the
  // adverb (PETRARCH-1 suite, PASSIVE-04), so an adverb's are the verb's.
  std::vector<int> heads = {v};
  for (const int* c = view_.ChildrenBegin(v); c != view_.ChildrenEnd(v); ++c) {
    if (view_.Rel(*c) == "advmod") heads.push_back(*c);
  }
  for (int head : heads) {
    for (const int* c = view_.ChildrenBegin(head); c != view_.ChildrenEnd(head); ++c) {
      const std::string& rel = view_.Rel(*c);
      if (rel == "obl:agent") {
        agents.push_back(*c);
        continue;
      }
      if (Base(rel) != "obl") continue;
      for (const int* g = view_.ChildrenBegin(*c); g != view_.ChildrenEnd(*c); ++g) {
        if (view_.Rel(*g) == "case" && Lower(view_.Word(*g)) == "by") {
          agents.push_back(*c);
          break;
        }
      }
    }
  }
  return agents;
}

int VerbRoles::NearestMention(int t, const Accept& accept, int* where) const {
  // A name headed by its last word ("Bree Prime Minister Romendacil") is
  // coded by its first actor, as PETRARCH codes a noun phrase: a compound
  // before the head that names an earlier actor speaks for the phrase.
  if (const int own = view_.MentionAt(t); own >= 0 && accept(own)) {
    for (const int* c = view_.ChildrenBegin(t); c != view_.ChildrenEnd(t) && *c < t; ++c) {
      if (view_.Rel(*c) != "compound" && Base(view_.Rel(*c)) != "flat") continue;
      const int m = view_.MentionAt(*c);
      if (m >= 0 && m != own && accept(m) && a_.mentions[m].first < a_.mentions[own].first) {
        *where = *c;
        return m;
      }
    }
  }
  // Breadth first, so the head's own mention wins over its appositive's and
  // a shallow nmod over a deep one.
  std::vector<int> level{t}, next;
  for (int depth = 0; depth <= kMaxDepth && !level.empty(); ++depth) {
    for (int node : level) {
      const int m = view_.MentionAt(node);
      if (m >= 0 && accept(m)) {
        *where = node;
        return m;
      }
    }
    next.clear();
    for (int node : level) {
      for (const int* c = view_.ChildrenBegin(node); c != view_.ChildrenEnd(node); ++c) {
        if (!IsClausal(view_.Rel(*c))) next.push_back(*c);
      }
    }
    level.swap(next);
  }
  return -1;
}

bool VerbRoles::IsConjunct(int t) const {
  if (Base(view_.Rel(t)) != "conj") return false;
  // A verb hung as conj on a noun is a clause the parser attached there
  // ("ties with Gxndor, ... crowds burned down its embassy"), not another
  // actor of a coordination.
  auto verbal = [&](int x) {
    const std::string& upos = view_.Upos(x);
    return upos == "VERB" || upos == "AUX" || view_.Xpos(x).rfind("VB", 0) == 0;
  };
  if (view_.Head(t) >= 0 && verbal(t) && !verbal(view_.Head(t))) return false;
  // A real conjunct has its "and" or comma; without one it is the parser
  // splitting a name ("Bree Prime Minister Romendacil").
  for (const int* c = view_.ChildrenBegin(t); c != view_.ChildrenEnd(t); ++c) {
    if (*c < t && (view_.Rel(*c) == "cc" || view_.Rel(*c) == "punct")) return true;
  }
  // A parse may hang the "and" elsewhere ("Lawmakers in Arnor and Gondor":
  // on Lawmakers): a cc between the conjunct and its head counts too.
  for (int between = view_.Head(t) + 1; between >= 1 && between < t; ++between) {
    if (view_.Rel(between) == "cc") return true;
  }
  return false;
}

void VerbRoles::MentionsOf(int t, const Accept& accept, std::vector<int>* out, int depth) const {
  if (depth > kMaxDepth) return;
  int where = t;
  const int m = NearestMention(t, accept, &where);
  if (m >= 0 && std::find(out->begin(), out->end(), m) == out->end()) out->push_back(m);
  // Coordinated members: of the node itself ("Germany and France"), of the
  // node the mention was found at ("the leaders of Iran and Iraq"), and of
  // the actor's own word when an agent phrase holds it ("the ambassadors of
  // Arnor, Osgiliath and Gondor" is one mention headed by ARNOR).
  int nodes[3] = {t, where, m >= 0 ? a_.words[a_.mentions[m].head].token : -1};
  for (int i = 0; i < 3; ++i) {
    const int node = nodes[i];
    if (node < 0 || node >= view_.size() || std::find(nodes, nodes + i, node) != nodes + i)
      continue;
    // A list the parser read as apposition and coordination ("Evil Mordor,
    // the awful Arnor, and good Gondor": Arnor appos, Gondor conj of
    // Mordor; "Mordor, the Shire, Arnor and Bree": Arnor and Bree conj of
    // the appositive Shire): such an appositive is a member too.
    auto last_conjunct = [&](int x) {
      int last = -1;
      for (const int* c = view_.ChildrenBegin(x); c != view_.ChildrenEnd(x); ++c) {
        if (IsConjunct(*c)) last = *c;
      }
      return last;
    };
    const int node_last = last_conjunct(node);
    for (const int* c = view_.ChildrenBegin(node); c != view_.ChildrenEnd(node); ++c) {
      const bool listed = view_.Rel(*c) == "appos" && (*c < node_last || last_conjunct(*c) >= 0);
      if (IsConjunct(*c) || listed) MentionsOf(*c, accept, out, depth + 1);
    }
  }
}

std::vector<int> VerbRoles::FirstNaming(const std::vector<int>& nodes, const Accept& accept,
                                        const char* role, std::string* how) const {
  std::vector<int> mentions;
  for (int node : nodes) {
    if (node < 0) continue;
    MentionsOf(node, accept, &mentions, 0);
    if (mentions.empty()) continue;
    if (how != nullptr) {
      *how = std::string(role) + " from " + view_.Rel(node) + " '" + view_.Word(node) + "'";
      if (node == view_.Head(verb_)) *how += " (the noun the clause modifies)";
    }
    break;
  }
  return mentions;
}

std::vector<int> VerbRoles::AllNaming(const std::vector<int>& nodes, const Accept& accept,
                                      const char* role, std::string* how) const {
  std::vector<int> mentions;
  for (int node : nodes) {
    std::vector<int> named = FirstNaming({node}, accept, role, how);
    for (int m : named) {
      if (std::find(mentions.begin(), mentions.end(), m) == mentions.end()) mentions.push_back(m);
    }
  }
  return mentions;
}

std::vector<int> VerbRoles::Source(const Accept& accept, std::string* how) const {
  if (verb_ < 0) return {};
  if (passive_) return FirstNaming(AgentsOf(verb_), accept, "source", how);
  return AllNaming(SubjectsOf(verb_), accept, "source", how);
}

std::vector<int> VerbRoles::Target(const Accept& accept, std::string* how) const {
  if (verb_ < 0) return {};
  if (passive_) return AllNaming(SubjectsOf(verb_), accept, "target", how);
  return FirstNaming(ObjectsOf(verb_), accept, "target", how);
}

void VerbRoles::PhraseTokens(int t, bool top, std::vector<int>* out, int depth) const {
  if (depth > kMaxDepth) return;
  out->push_back(t);
  for (const int* c = view_.ChildrenBegin(t); c != view_.ChildrenEnd(t); ++c) {
    const std::string& rel = view_.Rel(*c);
    if (rel == "punct" || view_.Xpos(*c) == "POS") continue;
    if (top && (rel == "conj" || rel == "cc" || rel == "case" || rel == "mark")) continue;
    PhraseTokens(*c, false, out, depth + 1);
  }
}

std::vector<std::vector<int>> VerbRoles::PhrasesOf(int node) const {
  std::vector<std::vector<int>> phrases;
  std::vector<int> members = {node};
  for (size_t i = 0; i < members.size() && i < static_cast<size_t>(kMaxDepth); ++i) {
    for (const int* c = view_.ChildrenBegin(members[i]); c != view_.ChildrenEnd(members[i]); ++c) {
      if (IsConjunct(*c)) members.push_back(*c);
    }
  }
  for (int member : members) {
    std::vector<int> tokens;
    PhraseTokens(member, true, &tokens, 0);
    std::sort(tokens.begin(), tokens.end());
    phrases.push_back(std::move(tokens));
  }
  return phrases;
}

std::vector<std::vector<int>> VerbRoles::SourcePhrases() const {
  if (verb_ < 0) return {};
  const std::vector<int> nodes = passive_ ? AgentsOf(verb_) : SubjectsOf(verb_);
  if (nodes.empty() || nodes.front() < 0) return {};
  return PhrasesOf(nodes.front());
}

std::vector<std::vector<int>> VerbRoles::TargetPhrases() const {
  if (verb_ < 0) return {};
  const std::vector<int> nodes = passive_ ? SubjectsOf(verb_) : ObjectsOf(verb_);
  if (nodes.empty() || nodes.front() < 0) return {};
  return PhrasesOf(nodes.front());
}

std::vector<int> VerbRoles::FirstTargetInPhrase(const Accept& accept, std::string* how) const {
  if (verb_ < 0) return {};
  if (passive_) return Target(accept, how);
  for (int t = verb_ + 1; t < view_.size(); ++t) {
    const int m = view_.MentionAt(t);
    if (m < 0 || !accept(m) || !view_.InVerbPhrase(verb_, t)) continue;
    // The mention's top token, where its coordinated members hang.
    int top = t;
    for (int steps = 0;
         steps < kMaxDepth && view_.Head(top) >= 0 && view_.MentionAt(view_.Head(top)) == m;
         ++steps) {
      top = view_.Head(top);
    }
    std::vector<int> mentions;
    MentionsOf(top, accept, &mentions, 0);
    if (how != nullptr) *how = "target: first actor in the verb phrase, '" + view_.Word(t) + "'";
    return mentions;
  }
  return {};
}

bool VerbRoles::HasTargetPhrase() const {
  if (verb_ < 0) return false;
  return !(passive_ ? SubjectsOf(verb_) : ObjectsOf(verb_)).empty();
}

bool VerbRoles::HasSourcePhrase() const {
  if (verb_ < 0) return false;
  return !(passive_ ? AgentsOf(verb_) : SubjectsOf(verb_)).empty();
}

std::string VerbRoles::Describe() const {
  if (verb_ < 0) return "verb not in the parse";
  std::string out = "verb '" + view_.Word(verb_) + "' (" + view_.Rel(verb_) + ")";
  if (passive_) out += ", passive";
  if (negation_ >= 0) out += ", negated by '" + view_.Word(negation_) + "'";
  return out;
}

int VerbRoles::ClausalComplement(const std::function<bool(int token)>& accept) const {
  if (verb_ < 0) return -1;
  for (const int* c = view_.ChildrenBegin(verb_); c != view_.ChildrenEnd(verb_); ++c) {
    const std::string_view rel = Base(view_.Rel(*c));
    if ((rel == "ccomp" || rel == "xcomp") && accept(*c)) return *c;
  }
  return -1;
}

bool JoinNounCoordinations(const ParseView& view, Analysis* a) {
  bool changed = false;
  for (int w : a->visible) {
    WordInfo& info = a->info[w];
    if (info.type != WordType::kConjunction || info.compound_conj || info.head >= 0) continue;
    const int t = view.TokenOf(*a, w);
    if (t < 0 || view.Rel(t) != "cc" || view.Head(t) < 0) continue;
    // The conjunction hangs on the second conjunct, whose head is the
    // first: both must be nominal (or adjectives, adverbs). A "cc" on a
    // noun that is no conjunct is a clause's conjunction misattached ("on
    // Thursday and promised aid", UD suite COMPOUND-21).
    const int second = view.Head(t);
    auto nominal = [&](int x) {
      const std::string& upos = view.Upos(x);
      return upos == "NOUN" || upos == "PROPN" || upos == "PRON" || upos == "NUM" ||
             upos == "ADJ" || upos == "ADV";
    };
    const bool conjunct = view.Rel(second) == "conj" && view.Head(second) >= 0;
    if (nominal(second) && conjunct && nominal(view.Head(second))) {
      info.compound_conj = true;
      const std::string_view first_rel = Base(view.Rel(view.Head(second)));
      info.modifier_conj = first_rel == "compound" || first_rel == "amod";
      changed = true;
    }
  }
  if (changed) RebuildClauses(a);
  return changed;
}

bool FindPhraseCommas(const ParseView& view, Analysis* a) {
  bool any = false;
  a->phrase_commas.assign(a->words.size(), false);
  for (size_t w = 0; w < a->words.size(); ++w) {
    if (a->info[w].type != WordType::kComma) continue;
    const int t = view.TokenOf(*a, static_cast<int>(w));
    if (t < 0 || view.Rel(t) != "punct" || view.Head(t) < 0) continue;
    const int h = view.Head(t);
    if (view.Upos(h) == "ADJ" && Base(view.Rel(h)) == "amod") {
      a->phrase_commas[w] = true;
      any = true;
    }
  }
  return any;
}

void MarkParsedVerbs(const ParseView& view, Analysis* a) {
  a->parsed_verbs.assign(a->words.size(), false);
  for (size_t w = 0; w < a->words.size(); ++w) {
    const int t = view.TokenOf(*a, static_cast<int>(w));
    if (t >= 0) a->parsed_verbs[w] = view.Upos(t) == "VERB" || view.Upos(t) == "AUX";
  }
}

bool PatternHasNegation(const dict::Phrase& p, const dict::CompiledDictionaries& d) {
  for (const dict::Element& e : p.elements) {
    switch (e.kind) {
      case dict::ElementKind::kWord: {
        const std::string& w = e.text;
        if (w == "NOT" || w == "NEVER" || w == "NO" ||
            (w.size() >= 3 && w.compare(w.size() - 3, 3, "N'T") == 0))
          return true;
        break;
      }
      case dict::ElementKind::kAlternatives:
        for (const dict::Phrase& alt : e.alternatives) {
          if (PatternHasNegation(alt, d)) return true;
        }
        break;
      case dict::ElementKind::kSynset:
        for (const dict::Phrase& member : d.synsets[e.synset].members) {
          if (PatternHasNegation(member, d)) return true;
        }
        break;
      default:
        break;
    }
  }
  return false;
}

}  // namespace dyad::coder
