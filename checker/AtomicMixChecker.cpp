//===- AtomicMixChecker.cpp - Objects accessed both atomically and plainly ===//
//
// ownership.AtomicMix. Registered, not yet implemented: it reports nothing.
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

class AtomicMixChecker : public Checker<check::ASTDecl<TranslationUnitDecl>> {
public:
  void checkASTDecl(const TranslationUnitDecl *Unit, AnalysisManager &Manager,
                    BugReporter &Reporter) const {}
};

} // namespace

void ownck::registerAtomicMixChecker(CheckerManager &Manager) {
  Manager.registerChecker<AtomicMixChecker>();
}
