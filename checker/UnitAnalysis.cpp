//===- UnitAnalysis.cpp - The analyses every checker starts from ----------===//
//
// Builds the shared per-unit analyses lazily, in the order they depend on
// one another: thread context, then lock summaries and entry locks, then
// spawn windows.
//
//===----------------------------------------------------------------------===//

#include "UnitAnalysis.h"

using namespace clang;
using namespace ento;

namespace ownck {

UnitAnalysis::UnitAnalysis(const TranslationUnitDecl *Unit,
                           AnalysisManager &Manager)
    : Unit(Unit), Manager(&Manager), Context(Unit),
      Locks(Manager.getAnalysisDeclContextManager()),
      Windows(Context, Locks, Manager.getAnalysisDeclContextManager()) {}

UnitAnalysis &UnitAnalysis::of(const TranslationUnitDecl *Unit,
                               AnalysisManager &Manager) {
  // The compiler analyses one unit per process; a second unit, should a
  // host ever run several, replaces the first.
  static std::unique_ptr<UnitAnalysis> Current;
  if (!Current || Current->Unit != Unit || Current->Manager != &Manager)
    Current.reset(new UnitAnalysis(Unit, Manager));
  return *Current;
}

LockSetAnalysis &UnitAnalysis::locks() {
  if (!LocksReady) {
    LocksReady = true;
    Locks.summarise(Context.functions());
    Context.computeEntryLocks(Locks);
  }
  return Locks;
}

const SpawnWindows &UnitAnalysis::windows() {
  if (!WindowsReady) {
    WindowsReady = true;
    locks();
    Windows.compute();
  }
  return Windows;
}

} // namespace ownck
