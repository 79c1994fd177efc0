// dyad validate: run a validation suite and report passes and failures.
#include <iostream>

#include "commands.h"
#include "dyad/validate.h"

namespace dyad::cli {

int RunValidate(int argc, char** argv) {
  CLI::App app{
      "Run a validation suite (a TABARI .project, or a PETRARCH records .xml) and compare with "
      "its golden events.",
      "dyad validate"};
  std::string suite;
  app.add_option("suite", suite, "the suite's .project or records .xml file")
      ->required()
      ->type_name("SUITE");
  // PETRARCH records carry a parse (CoreNLP or UDPipe): code over it, or
  // over dyad's own parse of the text.
  std::string parse = "given";
  app.add_option("--parse", parse, "PETRARCH suites: the record's given parse, or dyad's own")
      ->check(CLI::IsMember({"given", "own"}))
      ->capture_default_str();
  std::string trace_id;
  app.add_option("--trace", trace_id, "print the coder's parse of the record with this id");
  // Off by default: a TABARI suite specifies TABARI's rules. A suite may ask
  // for syntax itself (SET: ATTRIBUTION = SYNTAX); --syntax overrides it.
  SyntaxFlags syntax_flags;
  AddSyntaxFlags(&app, &syntax_flags, /*default_on=*/false);
  if (const int rc = ParseCommandLine(&app, argc, argv); rc >= 0) return rc;

  ValidationSettings settings;
  settings.trace_id = trace_id;
  settings.parse =
      parse == "own" ? ValidationSettings::Parse::kOwn : ValidationSettings::Parse::kGiven;
  std::unique_ptr<SyntaxModel> syntax;
  if (Status s = ResolveSuiteSyntax(syntax_flags, &settings, &syntax); !s.ok()) {
    PrintError(s);
    return kExitUsage;
  }
  ValidationReport report;
  const Status s = RunValidation(suite, std::cout, &report, settings);
  if (!s.ok()) {
    PrintError(s);
    return kExitUsage;
  }
  if (report.expected_events > 0) {
    std::cout << "expected events found: " << report.found_events << " of "
              << report.expected_events << ", extra events: " << report.extra_events << "\n";
  }
  std::cout << report.passed << " passed, " << report.failed << " failed" << std::endl;
  return report.failed == 0 ? kExitOk : kExitFailure;
}

}  // namespace dyad::cli
