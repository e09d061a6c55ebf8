//===- UnitAnalysis.cpp - The analyses every checker starts from ----------===//
//
// Builds the shared per-unit analyses lazily, in the order they depend on
// one another: thread context, then lock summaries and entry locks, then
// spawn windows; the atomic operations of every function on their own.
//
//===----------------------------------------------------------------------===//

#include "UnitAnalysis.h"

#include "clang/AST/RecursiveASTVisitor.h"

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

const AtomicSites &UnitAnalysis::atomics() {
  if (AtomicsReady)
    return Atomics;
  AtomicsReady = true;

  struct Finder : RecursiveASTVisitor<Finder> {
    std::vector<AtomicSite> *Found;
    bool VisitExpr(Expr *E) {
      AtomicOperation Operation = classifyAtomic(E);
      Place Object = placeOfPointee(Operation.Pointer);
      if (Operation.Pointer && Object.isValid())
        Found->push_back({E, Object, Operation.Writes});
      return true;
    }
  };
  for (const FunctionDecl *Function : Context.functions()) {
    Finder Operations;
    Operations.Found = &Atomics[Function];
    Operations.TraverseStmt(Function->getBody());
  }

  // A helper operating on what its pointer parameter points to operates,
  // at each call, on what the caller hands it; a few rounds follow
  // helpers of helpers.
  for (unsigned Round = 0; Round < 4; ++Round) {
    bool Changed = false;
    for (const FunctionDecl *Caller : Context.functions())
      for (const auto &[Call, Callee] : Context.callsFrom(Caller)) {
        auto Found = Atomics.find(Callee);
        if (Found == Atomics.end())
          continue;
        std::vector<AtomicSite> Added;
        for (const AtomicSite &Operation : Found->second) {
          const auto *Param = dyn_cast<ParmVarDecl>(Operation.Object.Base);
          if (!Operation.Object.Deref || !Param ||
              Param->getDeclContext() != Callee ||
              Param->getFunctionScopeIndex() >= Call->getNumArgs())
            continue;
          Place Handed =
              placeOfPointee(Call->getArg(Param->getFunctionScopeIndex()));
          if (!Handed.isValid())
            continue;
          Handed.Fields.insert(Handed.Fields.end(),
                               Operation.Object.Fields.begin(),
                               Operation.Object.Fields.end());
          Added.push_back({Call, Handed, Operation.Writes});
        }
        auto &Mine = Atomics[Caller];
        for (const AtomicSite &Operation : Added) {
          bool Known = false;
          for (const AtomicSite &Other : Mine)
            Known |= Other.Site == Operation.Site &&
                     Other.Object == Operation.Object &&
                     Other.Writes == Operation.Writes;
          if (!Known) {
            Mine.push_back(Operation);
            Changed = true;
          }
        }
      }
    if (!Changed)
      break;
  }
  return Atomics;
}

} // namespace ownck
