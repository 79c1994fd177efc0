// CAMEO ontology: event codes and actor code structure, as data tables
// written by the dyad project (the values are the published CAMEO 1.1b3
// codebook facts; ../shared/cameo is used only by tests to cross-check).
//
// Event codes are strings: two-digit roots ("01".."20"), three-digit codes
// ("010", "042") and four-digit codes ("1011"). Each has a name, its root,
// its quad class (1 verbal cooperation, 2 material cooperation, 3 verbal
// conflict, 4 material conflict) and its Goldstein score.
//
// Actor codes are concatenations of three-letter blocks: a country (ISO
// 3166-1 alpha-3, e.g. "RUS") or international/non-state block ("IGO",
// "UNO", "NGO", "MNC" ...), then role blocks ("GOV", "MIL", "REB", "OPP",
// "BUS", "MED" ...).
//
// Thread safety: the tables are immutable static data.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dyad {

struct CameoEventType {
  std::string_view code;   // "042"
  std::string_view name;   // "Make a visit"
  std::string_view root;   // "04"
  int quad_class = 0;      // 1..4
  double goldstein = 0;    // -10 .. +10
};

// Exact lookup; nullptr when the code is not a CAMEO event code.
const CameoEventType* FindCameoEvent(std::string_view code);

// All event codes in code order.
const std::vector<CameoEventType>& AllCameoEvents();

enum class ActorBlockKind { kCountry, kRegion, kInternational, kRole, kUnknown };

struct CameoActorBlock {
  std::string_view code;  // "RUS", "GOV", "IGO"
  std::string_view name;  // "Russia", "Government", "Intergovernmental organization"
  ActorBlockKind kind = ActorBlockKind::kUnknown;
};

// Looks up one three-letter block.
const CameoActorBlock* FindCameoActorBlock(std::string_view code);

// Splits an actor code into its three-letter blocks and names each
// ("RUSGOV" -> Russia, Government). Unknown blocks are kept with kind kUnknown.
std::vector<CameoActorBlock> DescribeActorCode(std::string_view code);

}  // namespace dyad
