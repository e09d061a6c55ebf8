#include "clang/StaticAnalyzer/Core/BugReporter/BugReporter.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugType.h"
#include "clang/StaticAnalyzer/Core/Checker.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/AnalysisManager.h"
#include "clang/StaticAnalyzer/Frontend/CheckerRegistry.h"
#include "clang/AST/Decl.h"
using namespace clang;
using namespace ento;
namespace {
class Probe : public Checker<check::EndOfTranslationUnit> {
  BugType BT{this, "probe", "Ownership"};
public:
  void checkEndOfTranslationUnit(const TranslationUnitDecl *TU, AnalysisManager &Mgr, BugReporter &BR) const {
    for (const Decl *D : TU->decls()) {
      if (auto *FD = dyn_cast<FunctionDecl>(D)) if (FD->hasBody() && Mgr.getSourceManager().isInMainFile(FD->getLocation())) {
        auto L = PathDiagnosticLocation::createBegin(FD, Mgr.getSourceManager());
        auto R = std::make_unique<BasicBugReport>(BT, "'x' is written by thread entry 'work' without holding 'lock'", L);
        R->addNote("thread spawned here", L);
        R->addNote("'x' declared here", L);
        BR.emitReport(std::move(R));
      }
    }
  }
};
}
extern "C" void clang_registerCheckers(CheckerRegistry &Registry) {
  Registry.addChecker<Probe>("ownership.Probe", "probe", "");
}
extern "C" const char clang_analyzerAPIVersionString[] = CLANG_ANALYZER_API_VERSION_STRING;
