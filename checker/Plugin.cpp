//===- Plugin.cpp - Registers the ownership checkers with Clang -----------===//
//
// The entry points Clang looks for in an analyzer plugin: the checkers of
// the `ownership` package with their descriptions and options, and the
// analyzer API version the plugin was built against.
//
//===----------------------------------------------------------------------===//

#include "Checkers.h"

#include "clang/Basic/Version.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/StaticAnalyzer/Core/AnalyzerOptions.h"
#include "clang/StaticAnalyzer/Core/CheckerManager.h"
#include "clang/StaticAnalyzer/Frontend/CheckerRegistry.h"

using namespace clang;
using namespace ento;

namespace {

// Clang's SARIF writer describes each rule by looking its checker up
// among Clang's own, where a plugin's checkers are missing. Older Clangs
// then write another checker's description; Clang 22 dies of it on some
// reports. There the checkers stay off for SARIF output, with an error
// rather than a crash.
bool registerUnlessSarifCrashes(const CheckerManager &Manager) {
#if CLANG_VERSION_MAJOR >= 22
  AnalysisDiagClients Output = Manager.getAnalyzerOptions().AnalysisDiagOpt;
  if (Output != PD_SARIF && Output != PD_SARIF_HTML)
    return true;
  static bool Reported = false;
  if (!Reported) {
    DiagnosticsEngine &Diags = Manager.getPreprocessor().getDiagnostics();
    Diags.Report(Diags.getCustomDiagID(
        DiagnosticsEngine::Error,
        "the ownership checkers cannot run with SARIF output: Clang's SARIF "
        "writer crashes on a plugin's reports; use the plist-multi-file, "
        "html or text output"));
    Reported = true;
  }
  return false;
#else
  (void)Manager;
  return true;
#endif
}

} // namespace

extern "C" void clang_registerCheckers(CheckerRegistry &Registry) {
  struct Family {
    void (*Register)(CheckerManager &);
    const char *Name;
    const char *Description;
  };
  static const Family Families[] = {
      {ownck::registerSharedStateChecker, "ownership.SharedState",
       "Threads touching shared mutable state without its guard"},
      {ownck::registerLifetimeChecker, "ownership.Lifetime",
       "Locals borrowed by threads that may outlive them"},
      {ownck::registerMovesChecker, "ownership.Moves",
       "OWNED objects used after a move into a thread"},
      {ownck::registerSendChecker, "ownership.Send",
       "NOSEND values handed to another thread"},
      {ownck::registerLockDisciplineChecker, "ownership.LockDiscipline",
       "Locks left held, condition waits without their mutex"},
      {ownck::registerAtomicMixChecker, "ownership.AtomicMix",
       "Objects accessed both atomically and plainly"},
      {ownck::registerThreadUnsafeCallsChecker, "ownership.ThreadUnsafeCalls",
       "Library calls that are not thread-safe, in thread context"},
  };
  for (const Family &Checker : Families)
    Registry.addChecker(Checker.Register, registerUnlessSarifCrashes,
                        Checker.Name, Checker.Description, "",
                        /*IsHidden=*/false);
  Registry.addCheckerOption(
      "bool", "ownership.SharedState", "StrictAnnotations", "false",
      "Refuse shared objects that are consistently locked but lack a "
      "SHARED_MUT annotation naming their guard",
      "released");
}

extern "C" const char clang_analyzerAPIVersionString[] =
    CLANG_ANALYZER_API_VERSION_STRING;
