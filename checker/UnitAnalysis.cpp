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

namespace {

// True when E reads one of the variables in Set.
bool readsOneOf(const Expr *E, const std::set<const ValueDecl *> &Set) {
  const auto *Ref =
      dyn_cast_or_null<DeclRefExpr>(E ? E->IgnoreParenCasts() : nullptr);
  return Ref && Set.count(Ref->getDecl());
}

// Adds to Set the pointers of Body initialised or assigned from one of
// its variables, until none is new (or a few rounds have passed).
void addLocalAliases(const Stmt *Body, std::set<const ValueDecl *> &Set) {
  struct Finder : RecursiveASTVisitor<Finder> {
    std::set<const ValueDecl *> *Set = nullptr;
    bool Changed = false;
    void add(const ValueDecl *D) {
      if (D->getType()->isPointerType() && Set->insert(D).second)
        Changed = true;
    }
    bool VisitVarDecl(VarDecl *Var) {
      if (Var->hasInit() && readsOneOf(Var->getInit(), *Set))
        add(Var);
      return true;
    }
    bool VisitBinaryOperator(BinaryOperator *Binary) {
      if (Binary->getOpcode() == BO_Assign &&
          readsOneOf(Binary->getRHS(), *Set))
        if (const auto *Ref =
                dyn_cast<DeclRefExpr>(Binary->getLHS()->IgnoreParens()))
          add(Ref->getDecl());
      return true;
    }
  } Locals;
  Locals.Set = &Set;
  for (unsigned Round = 0; Round < 8; ++Round) {
    Locals.Changed = false;
    Locals.TraverseStmt(const_cast<Stmt *>(Body));
    if (!Locals.Changed)
      break;
  }
}

} // namespace

void UnitAnalysis::findArgumentAliases() {
  for (const SpawnSite &Site : Context.spawns()) {
    const FunctionDecl *Entry = Site.Entry;
    if (!Entry || Entry->getNumParams() == 0 || Aliases.count({Entry, Entry}))
      continue;
    Aliases[{Entry, Entry}].insert(Entry->getParamDecl(0));
    std::vector<const FunctionDecl *> Work{Entry};
    unsigned Budget = 16 * (Context.threadFunctions().size() + 1);
    while (!Work.empty() && Budget-- > 0) {
      const FunctionDecl *Function = Work.back();
      Work.pop_back();
      auto &Set = Aliases[{Entry, Function}];
      addLocalAliases(Function->getBody(), Set);

      // Helpers handed an alias hold it in their parameter.
      for (const auto &[Call, Callee] : Context.callsFrom(Function)) {
        unsigned Count = std::min(Call->getNumArgs(), Callee->getNumParams());
        for (unsigned Index = 0; Index < Count; ++Index) {
          const ParmVarDecl *Param = Callee->getParamDecl(Index);
          if (readsOneOf(Call->getArg(Index), Set) &&
              Param->getType()->isPointerType() &&
              Aliases[{Entry, Callee}].insert(Param).second)
            Work.push_back(Callee);
        }
      }
    }
  }
}

const std::set<const ValueDecl *> *
UnitAnalysis::argumentAliases(const FunctionDecl *Entry,
                              const FunctionDecl *Function) {
  if (!AliasesReady) {
    AliasesReady = true;
    findArgumentAliases();
  }
  auto Found = Aliases.find({Entry, Function});
  return Found == Aliases.end() ? nullptr : &Found->second;
}

} // namespace ownck
