//===- LifetimeChecker.cpp - Locals borrowed by threads that may outlive them
//===//
//
// ownership.Lifetime. Registered, not yet implemented: it reports nothing.
//
//===----------------------------------------------------------------------===//

#include "Checkers.h"

#include "clang/StaticAnalyzer/Core/BugReporter/BugReporter.h"
#include "clang/StaticAnalyzer/Core/Checker.h"
#include "clang/StaticAnalyzer/Core/CheckerManager.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/AnalysisManager.h"

using namespace clang;
using namespace ento;

namespace {

class LifetimeChecker : public Checker<check::ASTDecl<TranslationUnitDecl>> {
public:
  void checkASTDecl(const TranslationUnitDecl *Unit, AnalysisManager &Manager,
                    BugReporter &Reporter) const {}
};

} // namespace

void ownck::registerLifetimeChecker(CheckerManager &Manager) {
  Manager.registerChecker<LifetimeChecker>();
}
