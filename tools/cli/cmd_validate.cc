// dyad validate: run a validation suite and report passes and failures.
#include <iostream>

#include "commands.h"
#include "dyad/validate.h"

namespace dyad::cli {

int RunValidate(int argc, char** argv) {
  CLI::App app{
      "Run a TABARI validation suite (a .project file) and compare with its golden events.",
      "dyad validate"};
  std::string suite;
  app.add_option("suite", suite, "the suite's .project file")->required()->type_name("SUITE");
  std::string trace_id;
  app.add_option("--trace", trace_id, "print the coder's parse of the record with this id");
  // Off by default: a TABARI suite specifies TABARI's rules. A suite may ask
  // for syntax itself (SET: ATTRIBUTION = SYNTAX); --syntax overrides it.
  SyntaxFlags syntax_flags;
  AddSyntaxFlags(&app, &syntax_flags, /*default_on=*/false);
  if (const int rc = ParseCommandLine(&app, argc, argv); rc >= 0) return rc;

  ValidationSettings settings;
  settings.trace_id = trace_id;
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
  std::cout << report.passed << " passed, " << report.failed << " failed" << std::endl;
  return report.failed == 0 ? kExitOk : kExitFailure;
}

}  // namespace dyad::cli
