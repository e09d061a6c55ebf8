//===- AtomicMixChecker.cpp - Objects accessed both atomically and plainly ===//
//
// ownership.AtomicMix: memory that atomic operations touch in one place
// and plain reads or writes touch in another, the C counterpart of Rust's
// refusal to let an `AtomicUsize` be used as a plain integer. Atomic
// builtins (`__atomic_*`, `__sync_*`, `atomic_*` on a cast) may make any
// object atomic for one access; the plain access elsewhere then races
// with them. After the whole translation unit is parsed the checker:
//
//   - finds every atomic operation in the unit and the object it works
//     on, named in the terms of the code that owns it: a global or static
//     by itself, memory reached through a thread's argument as the object
//     the spawn handed over;
//   - refuses each plain read or write of such an object in thread
//     context, and in a spawning function while a thread touching it may
//     still run; before the first spawn and after the join it is ordered.
//
// Objects of `_Atomic` type are atomic at every access and never mixed.
// An object that nothing writes, atomically or plainly, while threads
// run is accepted: reads alone cannot race. ownership.SharedState leaves
// every atomically touched object to this checker, so that each mixed
// object gets one report, this one.
//
//===----------------------------------------------------------------------===//

#include "Checkers.h"
#include "Reporting.h"
#include "ThreadModel.h"
#include "UnitAnalysis.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugReporter.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugType.h"
#include "clang/StaticAnalyzer/Core/Checker.h"
#include "clang/StaticAnalyzer/Core/CheckerManager.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/AnalysisManager.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

using namespace clang;
using namespace ento;
using namespace ownck;

namespace {

/// One access to an object, atomic or plain, with the object named in
/// the terms of the code that owns it.
struct Touch {
  /// The atomic operation, or the lvalue read or written plainly.
  const Expr *Site = nullptr;
  const FunctionDecl *Function = nullptr;
  /// A global by itself; memory reached through a thread's argument as
  /// the spawner names what it handed over.
  Place Object;
  bool Atomic = false;
  bool Write = false;
  /// The thread making the access; null outside thread context.
  const FunctionDecl *Entry = nullptr;
  /// For memory reached through the thread argument, the spawn that
  /// handed it over.
  const SpawnSite *Spawn = nullptr;
  /// For a plain access by a spawning function, the thread that may
  /// still run there and touches the object.
  const SpawnSite *Running = nullptr;
};

/// The plain reads and writes in a function body, keyed by the CFG
/// element that performs them: the lvalue and whether it is written.
class PlainAccessFinder : public RecursiveASTVisitor<PlainAccessFinder> {
public:
  std::map<const Stmt *, std::pair<const Expr *, bool>> Found;
  /// The same, in source order.
  std::vector<const Stmt *> Order;

  bool VisitImplicitCastExpr(ImplicitCastExpr *Cast) {
    if (Cast->getCastKind() == CK_LValueToRValue)
      add(Cast, Cast->getSubExpr(), false);
    return true;
  }
  bool VisitBinaryOperator(BinaryOperator *Binary) {
    if (Binary->isAssignmentOp())
      add(Binary, Binary->getLHS(), true);
    return true;
  }
  bool VisitUnaryOperator(UnaryOperator *Unary) {
    if (Unary->isIncrementDecrementOp())
      add(Unary, Unary->getSubExpr(), true);
    return true;
  }

private:
  void add(const Stmt *S, const Expr *Target, bool Write) {
    if (Found.emplace(S, std::make_pair(Target, Write)).second)
      Order.push_back(S);
  }
};

const char *verb(bool Write) { return Write ? "written" : "read"; }

class AtomicMixChecker : public Checker<check::ASTDecl<TranslationUnitDecl>> {
public:
  void checkASTDecl(const TranslationUnitDecl *Unit, AnalysisManager &Manager,
                    BugReporter &Reporter) const;

private:
  BugType MixedAccess{this, "Object accessed both atomically and plainly",
                      "Ownership"};
};

/// One run of the checker over a translation unit.
class Run {
public:
  Run(const BugType &Mixed, const TranslationUnitDecl *Unit,
      AnalysisManager &Manager, BugReporter &Reporter)
      : Mixed(Mixed), Manager(Manager), Reporter(Reporter),
        Sources(Manager.getSourceManager()),
        Analysis(UnitAnalysis::of(Unit, Manager)), Context(Analysis.context()) {
  }

  void analyse();

private:
  std::vector<Touch> touchesOf(const FunctionDecl *Function,
                               const Place &Object) const;
  bool isExempt(const FunctionDecl *Function, const Expr *Target) const;
  void gatherAtomicTouches();
  void gatherThreadTouches();
  void gatherSpawnerTouches();
  void report(const Touch &Plain);
  const Touch &atomicTouchFor(const Touch &Plain) const;
  void addSpawnNotes(BasicBugReport &Report, const Touch &Plain,
                     const Touch &Atomic) const;
  PathDiagnosticLocation locationOf(const Stmt *S,
                                    const FunctionDecl *Function) const;

  const BugType &Mixed;
  AnalysisManager &Manager;
  BugReporter &Reporter;
  const SourceManager &Sources;
  UnitAnalysis &Analysis;
  const ThreadContext &Context;

  /// The atomic operations, by the object they touch.
  std::map<Place, std::vector<Touch>> AtomicTouches;
  /// The plain accesses to those objects in thread context, by object.
  std::map<Place, std::vector<Touch>> ThreadTouches;
  /// The plain accesses to report, in the order they were found.
  std::vector<Touch> Candidates;
  /// The objects something writes, atomically or plainly, while threads
  /// may run.
  std::set<Place> Written;
  std::set<const Expr *> Reported;
  /// One report per function, object and kind of access.
  std::set<std::tuple<const FunctionDecl *, Place, bool>> ReportedObjects;
};

// The accesses an access to Object in Function stands for, one per thread
// that makes it: a global once per entry reaching Function (once, with no
// entry, outside thread context); memory reached through the thread
// argument once per spawn handing it over, in that spawn's terms; any
// other place once, as itself, with no entry.
std::vector<Touch> Run::touchesOf(const FunctionDecl *Function,
                                  const Place &Object) const {
  std::vector<Touch> Out;
  Touch Base;
  Base.Function = Function;
  Base.Object = Object;
  const auto &Entries = Context.entriesReaching(Function);
  if (Object.isGlobal()) {
    for (const FunctionDecl *Entry : Entries) {
      Out.push_back(Base);
      Out.back().Entry = Entry;
    }
    if (Entries.empty())
      Out.push_back(Base);
    return Out;
  }
  for (const FunctionDecl *Entry : Entries) {
    const auto *Held = Analysis.argumentAliases(Entry, Function);
    if (!Object.Deref || !Held || !Held->count(Object.Base))
      continue;
    for (const SpawnSite *Site : Context.spawnsOf(Entry)) {
      Place Handed = placeOfPointee(Site->Argument);
      if (!Handed.isValid())
        continue;
      Handed.Fields.insert(Handed.Fields.end(), Object.Fields.begin(),
                           Object.Fields.end());
      Out.push_back(Base);
      Out.back().Object = Handed;
      Out.back().Entry = Entry;
      Out.back().Spawn = Site;
    }
  }
  if (Out.empty())
    Out.push_back(Base);
  return Out;
}

// True for plain accesses that cannot mix with atomic ones: `_Atomic`
// objects (every access to them is atomic), synchronisation objects,
// thread-locals, code the user cannot change, and what the user marked
// OWNCK_UNSYNCHRONIZED.
bool Run::isExempt(const FunctionDecl *Function, const Expr *Target) const {
  if (Target->getType()->isAtomicType() ||
      isSynchronisationType(Target->getType()) ||
      isInSystemHeader(Sources, Target->getExprLoc()) ||
      readAnnotations(Function).UnsynchronizedReason)
    return true;
  Place Object = placeOfLValue(Target);
  if (!Object.isValid())
    return true;
  if (const auto *Var = dyn_cast<VarDecl>(Object.Base))
    if (Var->getTLSKind() != VarDecl::TLS_None)
      return true;
  const ValueDecl *Governing =
      Object.Fields.empty() ? Object.Base : Object.Fields.back();
  return readAnnotations(Governing).UnsynchronizedReason ||
         readAnnotations(Object.Base).UnsynchronizedReason;
}

void Run::gatherAtomicTouches() {
  for (const auto &[Function, Operations] : Analysis.atomics()) {
    if (isInSystemHeader(Sources, Function->getLocation()))
      continue;
    for (const AtomicSite &Operation : Operations) {
      for (Touch T : touchesOf(Function, Operation.Object)) {
        T.Site = Operation.Site;
        T.Atomic = true;
        T.Write = Operation.Writes;
        if (T.Write)
          Written.insert(T.Object);
        AtomicTouches[T.Object].push_back(T);
      }
    }
  }
}

void Run::gatherThreadTouches() {
  for (const FunctionDecl *Function : Context.threadFunctions()) {
    if (isInSystemHeader(Sources, Function->getLocation()))
      continue;
    PlainAccessFinder Finder;
    Finder.TraverseStmt(Function->getBody());
    for (const Stmt *S : Finder.Order) {
      const auto &[Target, Write] = Finder.Found[S];
      if (isExempt(Function, Target))
        continue;
      for (Touch T : touchesOf(Function, placeOfLValue(Target))) {
        // A thread's own locals are its own.
        if (!T.Entry || !AtomicTouches.count(T.Object))
          continue;
        T.Site = Target;
        T.Write = Write;
        if (T.Write)
          Written.insert(T.Object);
        ThreadTouches[T.Object].push_back(T);
        Candidates.push_back(T);
      }
    }
  }
}

void Run::gatherSpawnerTouches() {
  // True when the thread Site started touches Object, by T.
  auto touchedBy = [](const Touch &T, const SpawnSite *Site) {
    return T.Entry == Site->Entry && (!T.Spawn || T.Spawn == Site);
  };
  for (const FunctionDecl *Spawner : Analysis.windows().spawners()) {
    if (isInSystemHeader(Sources, Spawner->getLocation()))
      continue;
    PlainAccessFinder Finder;
    Finder.TraverseStmt(Spawner->getBody());
    Analysis.windows().forEachStatement(
        Spawner, [&](const Stmt *S, const RunningThreads &Running) {
          auto Found = Finder.Found.find(S);
          if (Found == Finder.Found.end() || Running.empty())
            return;
          const auto &[Target, Write] = Found->second;
          if (isExempt(Spawner, Target))
            return;
          Place Object = placeOfLValue(Target);
          auto Atomic = AtomicTouches.find(Object);
          if (Atomic == AtomicTouches.end())
            return;
          // The first running thread that touches it, atomically if any
          // does.
          const SpawnSite *Toucher = nullptr;
          for (const SpawnSite *Site : Running)
            for (const Touch &T : Atomic->second)
              if (touchedBy(T, Site) && !Toucher)
                Toucher = Site;
          for (const SpawnSite *Site : Running)
            for (const Touch &T : ThreadTouches[Object])
              if (touchedBy(T, Site) && !Toucher)
                Toucher = Site;
          if (!Toucher)
            return;
          Touch T;
          T.Site = Target;
          T.Function = Spawner;
          T.Object = Object;
          T.Write = Write;
          T.Running = Toucher;
          if (T.Write)
            Written.insert(T.Object);
          Candidates.push_back(T);
        });
  }
}

// The atomic access a report about Plain names: one by the thread that
// may still be running, for the spawner's side, else the first.
const Touch &Run::atomicTouchFor(const Touch &Plain) const {
  const auto &Touches = AtomicTouches.find(Plain.Object)->second;
  if (Plain.Running)
    for (const Touch &T : Touches)
      if (T.Entry == Plain.Running->Entry &&
          (!T.Spawn || T.Spawn == Plain.Running))
        return T;
  return Touches.front();
}

void Run::addSpawnNotes(BasicBugReport &Report, const Touch &Plain,
                        const Touch &Atomic) const {
  // The spawns of the thread making the plain access and of the one
  // making the atomic access, in source order; a few make the point.
  std::vector<const SpawnSite *> Sites;
  for (const Touch *T : {&Plain, &Atomic}) {
    if (!T->Entry)
      continue;
    // Through the argument: the spawns handing over the same object.
    for (const SpawnSite *Site : Context.spawnsOf(T->Entry))
      if (!T->Spawn ||
          placeOfPointee(Site->Argument) == placeOfPointee(T->Spawn->Argument))
        Sites.push_back(Site);
  }
  std::sort(Sites.begin(), Sites.end(),
            [](const SpawnSite *Left, const SpawnSite *Right) {
              return Left->Order < Right->Order;
            });
  Sites.erase(std::unique(Sites.begin(), Sites.end()), Sites.end());
  const size_t MostShown = 4;
  for (size_t Index = 0; Index < Sites.size() && Index < MostShown; ++Index) {
    const SpawnSite *Site = Sites[Index];
    std::string Text =
        "thread '" + Site->Entry->getNameAsString() + "' spawned here";
    if (Site->InLoop)
      Text += "; the loop starts several of them";
    Report.addNote(Text, locationOf(Site->Call, Site->Spawner));
  }
}

void Run::report(const Touch &Plain) {
  if (!Written.count(Plain.Object) || !Reported.insert(Plain.Site).second ||
      !ReportedObjects.insert({Plain.Function, Plain.Object, Plain.Write})
           .second)
    return;
  const Touch &Atomic = atomicTouchFor(Plain);
  std::string Name = Plain.Object.name();
  std::string Message;
  if (Plain.Running)
    Message = "'" + Name + "' is " + verb(Plain.Write) + " plainly by '" +
              Plain.Function->getNameAsString() +
              "' but accessed atomically elsewhere, and thread '" +
              Plain.Running->Entry->getNameAsString() +
              "' may still be running; use an atomic operation here or join "
              "the thread first";
  else
    Message = "'" + Name + "' is " + verb(Plain.Write) +
              " plainly by thread '" + Plain.Entry->getNameAsString() +
              "' but accessed atomically elsewhere; use an atomic operation "
              "here too";

  auto Report = std::make_unique<BasicBugReport>(
      Mixed, Message, locationOf(Plain.Site, Plain.Function));
  Report->addRange(Plain.Site->getSourceRange());
  Report->setDeclWithIssue(Plain.Function);

  if (Plain.Running) {
    Report->addNote("thread '" + Plain.Running->Entry->getNameAsString() +
                        "' spawned here and not joined before the access",
                    locationOf(Plain.Running->Call, Plain.Running->Spawner));
  } else {
    for (const CallStep &Step : Context.callChain(Plain.Entry, Plain.Function))
      if (const FunctionDecl *Callee = Step.Call->getDirectCallee())
        Report->addNote("thread '" + Plain.Entry->getNameAsString() +
                            "' calls '" + Callee->getNameAsString() + "' here",
                        locationOf(Step.Call, Step.Caller));
    addSpawnNotes(*Report, Plain, Atomic);
  }
  // An atomic operation spelled through a <stdatomic.h> macro is shown
  // where the user wrote it.
  Report->addNote(
      "'" + Name + "' is accessed atomically here",
      PathDiagnosticLocation(
          Sources.getExpansionLoc(Atomic.Site->getBeginLoc()), Sources));
  Report->addNote("'" + Plain.Object.Base->getNameAsString() +
                      "' declared here",
                  PathDiagnosticLocation::create(Plain.Object.Base, Sources));
  Reporter.emitReport(std::move(Report));
}

PathDiagnosticLocation Run::locationOf(const Stmt *S,
                                       const FunctionDecl *Function) const {
  return PathDiagnosticLocation::createBegin(
      S, Sources, Manager.getAnalysisDeclContext(Function));
}

void Run::analyse() {
  if (Context.spawns().empty())
    return;
  gatherAtomicTouches();
  // Most units mix nothing: say so before looking at every access.
  if (AtomicTouches.empty())
    return;
  gatherThreadTouches();
  gatherSpawnerTouches();
  for (const Touch &Plain : Candidates)
    report(Plain);
}

void AtomicMixChecker::checkASTDecl(const TranslationUnitDecl *Unit,
                                    AnalysisManager &Manager,
                                    BugReporter &Reporter) const {
  Run Rules(MixedAccess, Unit, Manager, Reporter);
  Rules.analyse();
}

} // namespace

void ownck::registerAtomicMixChecker(CheckerManager &Manager) {
  Manager.registerChecker<AtomicMixChecker>();
}
