//===- LifetimeChecker.cpp - Locals that threads may outlive --------------===//
//
// ownership.Lifetime: the address of an automatic variable handed to a
// thread that may still be running where the variable's lifetime ends, the
// C counterpart of rustc's E0373 ("closure may outlive the current
// function, but it borrows `x`"). For every spawn whose thread the spawn
// windows track, it finds the locals the thread borrows (the object the
// argument points to, the local a pointer argument was set to, locals
// whose address is stored in the object handed over), then asks the
// windows whether that thread may still be running where each lifetime
// ends:
//
//   - where the function returns, falls off its end or ends its own
//     thread (pthread_exit, thrd_exit);
//   - where control leaves the block that declares the local (a block
//     closed before the join, a loop body that starts its next round).
//
// A thread joined on every path before then, directly, in a helper or in
// a join loop, borrows nothing any more (the `thread::scope` shape), and
// a spawn that failed started no thread. A call that never returns (exit,
// abort) ends no lifetime. Locals with static or thread storage are
// globals, and heap memory is not a local: neither is this rule's matter.
//
//===----------------------------------------------------------------------===//

#include "Checkers.h"
#include "Reporting.h"
#include "ThreadModel.h"
#include "UnitAnalysis.h"

#include "clang/AST/ParentMap.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Analysis/CFG.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugReporter.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugType.h"
#include "clang/StaticAnalyzer/Core/Checker.h"
#include "clang/StaticAnalyzer/Core/CheckerManager.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/AnalysisManager.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

using namespace clang;
using namespace ento;
using namespace ownck;

namespace {

/// One local that a spawn lends its thread.
struct Borrow {
  const VarDecl *Local = nullptr;
  /// The initialisation or assignment that put the local's address where
  /// the thread finds it; null when the argument points at the local.
  const Expr *Store = nullptr;
  /// Where that address was stored, as source (`job->out`, `p`).
  std::string StoredIn;
};

/// A point where a borrowed local's lifetime ends.
struct LifetimeEnd {
  enum Kind {
    Return,     // a return statement
    BodyEnd,    // falling off the end of the function
    ThreadExit, // pthread_exit or thrd_exit
    ScopeEnd,   // leaving the block that declares the local
  };
  Kind What = Return;
  /// The statement or brace where it happens.
  SourceLocation Where;
  /// The return statement or the call, for Return and ThreadExit.
  const Stmt *At = nullptr;
};

class LifetimeChecker : public Checker<check::ASTDecl<TranslationUnitDecl>> {
public:
  void checkASTDecl(const TranslationUnitDecl *Unit, AnalysisManager &Manager,
                    BugReporter &Reporter) const;

private:
  BugType Outlived{this, "Local borrowed by a thread that may outlive it",
                   "Ownership"};
};

/// One run of the checker over a translation unit.
class Run {
public:
  Run(const BugType &Outlived, UnitAnalysis &Analysis, AnalysisManager &Manager,
      BugReporter &Reporter)
      : Outlived(Outlived), Analysis(Analysis), Manager(Manager),
        Reporter(Reporter), Sources(Manager.getSourceManager()) {}

  void checkSpawner(const FunctionDecl *Spawner);

private:
  std::optional<LifetimeEnd> wayOut(const FunctionDecl *Spawner,
                                    const CFGBlock &Block) const;
  void report(const SpawnSite &Site, const Borrow &Lent,
              const LifetimeEnd &End);
  PathDiagnosticLocation locationOfEnd(const LifetimeEnd &End,
                                       const FunctionDecl *Spawner) const;

  const BugType &Outlived;
  UnitAnalysis &Analysis;
  AnalysisManager &Manager;
  BugReporter &Reporter;
  const SourceManager &Sources;
};

// The automatic variable a place is, or lies in; null for globals,
// statics, thread-locals and memory reached through a pointer.
const VarDecl *automaticVariable(const Place &Object) {
  if (!Object.isValid() || Object.Deref)
    return nullptr;
  const auto *Var = dyn_cast<VarDecl>(Object.Base);
  return Var && Var->hasLocalStorage() ? Var : nullptr;
}

// True when Inner is Outer or a field inside it.
bool isWithin(const Place &Inner, const Place &Outer) {
  return Inner.Base == Outer.Base && Inner.Deref == Outer.Deref &&
         Inner.Fields.size() >= Outer.Fields.size() &&
         std::equal(Outer.Fields.begin(), Outer.Fields.end(),
                    Inner.Fields.begin());
}

// The initialisations and assignments in a function body that store an
// address into some place, and the declarations of its locals.
class StoreFinder : public RecursiveASTVisitor<StoreFinder> {
public:
  /// The place written, the value stored and the expression storing it.
  struct Store {
    Place Target;
    const Expr *Value;
    const Expr *At;
  };
  std::vector<Store> Stores;
  /// Pointer variables whose address is taken: their stores are unknown.
  std::set<const ValueDecl *> AddressTaken;
  /// The statement declaring each local.
  std::map<const VarDecl *, const DeclStmt *> DeclaredBy;

  bool VisitDeclStmt(DeclStmt *Statement) {
    for (const Decl *D : Statement->decls())
      if (const auto *Var = dyn_cast<VarDecl>(D)) {
        DeclaredBy.emplace(Var, Statement);
        if (const Expr *Init = Var->getInit()) {
          Place Target;
          Target.Base = Var;
          Stores.push_back({Target, Init, Init});
        }
      }
    return true;
  }
  bool VisitBinaryOperator(BinaryOperator *Binary) {
    if (Binary->getOpcode() == BO_Assign)
      Stores.push_back(
          {placeOfLValue(Binary->getLHS()), Binary->getRHS(), Binary});
    return true;
  }
  bool VisitUnaryOperator(UnaryOperator *Unary) {
    if (Unary->getOpcode() == UO_AddrOf)
      if (const auto *Ref =
              dyn_cast<DeclRefExpr>(Unary->getSubExpr()->IgnoreParens()))
        if (Ref->getType()->isPointerType())
          AddressTaken.insert(Ref->getDecl());
    return true;
  }
};

// The locals a spawn lends its thread, the argument's own target first.
std::vector<Borrow> borrowsOf(const SpawnSite &Site, const StoreFinder &Body) {
  std::vector<Borrow> Out;
  Place Handed = placeOfPointee(Site.Argument);
  if (!Handed.isValid())
    return Out;
  auto lend = [&](const VarDecl *Local, const Expr *Store, std::string In) {
    for (const Borrow &Known : Out)
      if (Known.Local == Local)
        return;
    Out.push_back({Local, Store, std::move(In)});
  };

  if (const VarDecl *Local = automaticVariable(Handed)) {
    lend(Local, nullptr, "");
  } else if (Handed.Deref && Handed.Fields.empty() &&
             !isa<ParmVarDecl>(Handed.Base) &&
             !Body.AddressTaken.count(Handed.Base)) {
    // A pointer variable every store of which points at one local.
    const VarDecl *Target = nullptr;
    const Expr *FirstStore = nullptr;
    bool Unknown = false;
    for (const StoreFinder::Store &Store : Body.Stores) {
      if (Store.Target.Base != Handed.Base || Store.Target.Deref ||
          !Store.Target.Fields.empty())
        continue;
      const VarDecl *Local = automaticVariable(placeOfPointee(Store.Value));
      Unknown |= !Local || (Target && Target != Local);
      Target = Local;
      if (!FirstStore)
        FirstStore = Store.At;
    }
    if (Target && !Unknown)
      lend(Target, FirstStore, Handed.Base->getNameAsString());
  }

  // Addresses of locals stored inside the object handed over.
  for (const StoreFinder::Store &Store : Body.Stores) {
    if (!Store.Target.isValid() || !isWithin(Store.Target, Handed))
      continue;
    if (const VarDecl *Local = automaticVariable(placeOfPointee(Store.Value)))
      lend(Local, Store.At, Store.Target.name());
  }
  return Out;
}

// True when S is a call to one of the thread API functions named.
bool isCallTo(const Stmt *S, std::initializer_list<llvm::StringRef> Names) {
  const auto *Call = dyn_cast_or_null<CallExpr>(S);
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  if (!Callee || !Callee->getIdentifier())
    return false;
  for (llvm::StringRef Name : Names)
    if (Callee->getName() == Name)
      return true;
  return false;
}

// The statement whose scope a local lives in: the innermost block or for
// statement around its declaration; null for the function's outermost
// block and for parameters, whose lifetime is the whole call.
const Stmt *scopeOf(const VarDecl *Local, const StoreFinder &Body,
                    const ParentMap &Parents, const Stmt *FunctionBody) {
  auto Found = Body.DeclaredBy.find(Local);
  if (Found == Body.DeclaredBy.end())
    return nullptr;
  for (const Stmt *Parent = Parents.getParent(Found->second); Parent;
       Parent = Parents.getParent(Parent))
    if (isa<CompoundStmt, ForStmt>(Parent))
      return Parent == FunctionBody ? nullptr : Parent;
  return nullptr;
}

// True when reaching S with the thread running means that control left
// Scope since the spawn: S lies outside it, or S declares the local again
// on a new round through it. Statements not in the parent map are taken
// to be inside.
bool leavesScope(const Stmt *S, const Stmt *Scope, const VarDecl *Local,
                 const ParentMap &Parents, const Stmt *FunctionBody) {
  if (const auto *Declaration = dyn_cast<DeclStmt>(S))
    for (const Decl *D : Declaration->decls())
      if (D == Local)
        return true;
  for (const Stmt *Up = S; Up; Up = Parents.getParent(Up)) {
    if (Up == Scope)
      return false;
    if (Up == FunctionBody)
      return true;
  }
  return false;
}

std::optional<LifetimeEnd> Run::wayOut(const FunctionDecl *Spawner,
                                       const CFGBlock &Block) const {
  const Stmt *Last = nullptr;
  for (const CFGElement &Element : Block)
    if (auto Statement = Element.getAs<CFGStmt>())
      Last = Statement->getStmt();

  LifetimeEnd End;
  if (Block.hasNoReturnElement()) {
    // exit() and abort() end the process with every frame still in
    // place; only the end of the spawner's own thread ends its locals.
    if (!isCallTo(Last, {"pthread_exit", "thrd_exit"}))
      return std::nullopt;
    End.What = LifetimeEnd::ThreadExit;
    End.At = Last;
    End.Where = Last->getBeginLoc();
    return End;
  }
  if (isa_and_nonnull<ReturnStmt>(Last)) {
    End.What = LifetimeEnd::Return;
    End.At = Last;
    End.Where = Last->getBeginLoc();
    return End;
  }
  const auto *Body = dyn_cast_or_null<CompoundStmt>(Spawner->getBody());
  if (!Body)
    return std::nullopt;
  End.What = LifetimeEnd::BodyEnd;
  End.Where = Body->getRBracLoc();
  return End;
}

PathDiagnosticLocation Run::locationOfEnd(const LifetimeEnd &End,
                                          const FunctionDecl *Spawner) const {
  if (End.At)
    return ownck::locationOf(End.At, Spawner, Manager);
  return PathDiagnosticLocation(End.Where, Sources);
}

void Run::checkSpawner(const FunctionDecl *Spawner) {
  if (isInSystemHeader(Sources, Spawner->getLocation()))
    return;
  const Stmt *FunctionBody = Spawner->getBody();
  AnalysisDeclContext *Context = Manager.getAnalysisDeclContext(Spawner);
  if (!FunctionBody || !Context)
    return;

  // The locals each spawn lends its thread.
  StoreFinder Body;
  Body.TraverseStmt(const_cast<Stmt *>(FunctionBody));
  std::map<const SpawnSite *, std::vector<Borrow>> Borrows;
  for (const SpawnSite &Site : Analysis.context().spawns())
    if (Site.Spawner == Spawner && Site.Entry)
      if (auto Lent = borrowsOf(Site, Body); !Lent.empty())
        Borrows[&Site] = std::move(Lent);
  if (Borrows.empty())
    return;

  // The first point, in source order, where each borrowed local dies
  // while its thread may still be running.
  const ParentMap &Parents = Context->getParentMap();
  std::map<const VarDecl *, const Stmt *> Scopes;
  for (const auto &[Site, Lent] : Borrows)
    for (const Borrow &One : Lent)
      Scopes[One.Local] = scopeOf(One.Local, Body, Parents, FunctionBody);
  std::map<std::pair<const SpawnSite *, const VarDecl *>, LifetimeEnd> Ends;
  auto dies = [&](const SpawnSite *Site, const VarDecl *Local,
                  const LifetimeEnd &End) {
    auto [Slot, Fresh] = Ends.emplace(std::make_pair(Site, Local), End);
    if (!Fresh &&
        Sources.isBeforeInTranslationUnit(End.Where, Slot->second.Where))
      Slot->second = End;
  };

  const SpawnWindows &Windows = Analysis.windows();
  Windows.forEachStatement(Spawner, [&](const Stmt *S,
                                        const RunningThreads &Running) {
    for (const SpawnSite *Site : Running) {
      auto Found = Borrows.find(Site);
      if (Found == Borrows.end())
        continue;
      for (const Borrow &One : Found->second) {
        const Stmt *Scope = Scopes[One.Local];
        if (!Scope || !leavesScope(S, Scope, One.Local, Parents, FunctionBody))
          continue;
        LifetimeEnd End;
        End.What = LifetimeEnd::ScopeEnd;
        const auto *Block = dyn_cast<CompoundStmt>(Scope);
        End.Where = Block ? Block->getRBracLoc() : Scope->getEndLoc();
        dies(Site, One.Local, End);
      }
    }
  });
  for (const auto &[Block, Running] : Windows.runningIntoExit(Spawner)) {
    std::optional<LifetimeEnd> End = wayOut(Spawner, *Block);
    if (!End)
      continue;
    for (const SpawnSite *Site : Running) {
      auto Found = Borrows.find(Site);
      if (Found != Borrows.end())
        for (const Borrow &One : Found->second)
          dies(Site, One.Local, *End);
    }
  }

  // One report per spawn, in source order: the first local it lends
  // that dies too early.
  for (const SpawnSite &Site : Analysis.context().spawns()) {
    auto Lent = Borrows.find(&Site);
    if (Lent == Borrows.end())
      continue;
    for (const Borrow &One : Lent->second) {
      auto Found = Ends.find({&Site, One.Local});
      if (Found == Ends.end())
        continue;
      report(Site, One, Found->second);
      break;
    }
  }
}

void Run::report(const SpawnSite &Site, const Borrow &Lent,
                 const LifetimeEnd &End) {
  const FunctionDecl *Spawner = Site.Spawner;
  std::string Local = Lent.Local->getNameAsString();
  std::string Thread = Site.Entry->getNameAsString();
  const Expr *Argument = Site.Argument ? Site.Argument : Site.Call;
  auto Report = std::make_unique<BasicBugReport>(
      Outlived,
      "address of local '" + Local + "' is handed to thread '" + Thread +
          "', which may still be running when '" + Local +
          "' goes out of scope",
      ownck::locationOf(Argument, Spawner, Manager));
  Report->addRange(Argument->getSourceRange());
  Report->setDeclWithIssue(Spawner);

  Report->addNote("'" + Local + "' declared here",
                  ownck::locationOf(Lent.Local, Manager));
  if (Lent.Store)
    Report->addNote("address of '" + Local + "' stored in '" + Lent.StoredIn +
                        "' here",
                    ownck::locationOf(Lent.Store, Spawner, Manager));
  auto [Detach, DetachIn] = detachOf(Site);
  if (Detach && DetachIn)
    Report->addNote("thread '" + Thread + "' detached here",
                    ownck::locationOf(Detach, DetachIn, Manager));

  std::string Still = " while thread '" + Thread + "' may still be running";
  std::string Function = Spawner->getNameAsString();
  std::string Text;
  switch (End.What) {
  case LifetimeEnd::Return:
  case LifetimeEnd::BodyEnd:
    Text = "'" + Function + "' returns here" + Still;
    break;
  case LifetimeEnd::ThreadExit:
    Text = "'" + Function + "' ends its own thread here" + Still;
    break;
  case LifetimeEnd::ScopeEnd:
    Text = "'" + Local + "' goes out of scope here" + Still;
    break;
  }
  Report->addNote(Text, locationOfEnd(End, Spawner));
  Reporter.emitReport(std::move(Report));
}

void LifetimeChecker::checkASTDecl(const TranslationUnitDecl *Unit,
                                   AnalysisManager &Manager,
                                   BugReporter &Reporter) const {
  UnitAnalysis &Analysis = UnitAnalysis::of(Unit, Manager);
  if (Analysis.context().spawns().empty())
    return;
  Run Rules(Outlived, Analysis, Manager, Reporter);
  for (const FunctionDecl *Spawner : Analysis.windows().spawners())
    Rules.checkSpawner(Spawner);
}

} // namespace

void ownck::registerLifetimeChecker(CheckerManager &Manager) {
  Manager.registerChecker<LifetimeChecker>();
}
