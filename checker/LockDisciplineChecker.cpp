//===- LockDisciplineChecker.cpp - Lock release and condition waits -------===//
//
// ownership.LockDiscipline: the lock discipline that Rust's guards give
// for free. A MutexGuard is dropped when it goes out of scope, so no
// function can return with a lock it took still held, and
// Condvar::wait takes the guard, so no thread can wait on a condition
// variable without holding its mutex. In C both mistakes compile; this
// checker refuses them, using the shared lock-set analysis over each
// function's CFG:
//
//   - a lock acquired in a function and held on some path out of it,
//     unless the function is annotated as acquiring it (OWNCK_ACQUIRES,
//     Clang's acquire_capability) or it was held on entry (the function
//     releases it first, or is annotated as releasing or requiring it);
//   - a condition wait whose mutex is not held on every path to the call,
//     in the waiting function or, for a mutex it names through a
//     parameter or a global, in every function that calls it.
//
// Every function with a body is checked, in thread context or not.
//
//===----------------------------------------------------------------------===//

#include "Checkers.h"
#include "Reporting.h"
#include "ThreadModel.h"
#include "UnitAnalysis.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/Analysis/CFG.h"
#include "clang/Lex/Lexer.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugReporter.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugType.h"
#include "clang/StaticAnalyzer/Core/Checker.h"
#include "clang/StaticAnalyzer/Core/CheckerManager.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/AnalysisManager.h"

#include <algorithm>
#include <map>
#include <set>

using namespace clang;
using namespace ento;
using namespace ownck;

namespace {

class LockDisciplineChecker
    : public Checker<check::ASTDecl<TranslationUnitDecl>> {
public:
  void checkASTDecl(const TranslationUnitDecl *Unit, AnalysisManager &Manager,
                    BugReporter &Reporter) const;

  BugType LockStillHeld{this, "Lock still held when the function returns",
                        "Ownership"};
  BugType WaitWithoutMutex{this, "Condition wait without holding its mutex",
                           "Ownership"};
};

/// One way out of a function, with the locks held there.
struct Exit {
  /// The return statement or the call ending the thread; null when
  /// control reaches the closing brace.
  const Stmt *Where = nullptr;
  HeldLocks Held;
};

/// One condition wait, with the locks held just before it.
struct Wait {
  const CallExpr *Call = nullptr;
  /// The mutex operand, as a place.
  Place Mutex;
  HeldLocks Held;
};

/// What one run of the lock-set analysis over a function saw.
struct FunctionLocks {
  std::vector<Exit> Exits;
  std::vector<Wait> Waits;
  /// The locks held just before each call.
  std::map<const CallExpr *, HeldLocks> AtCall;
  /// The calls that acquire and release each lock, in source order.
  std::map<Place, std::vector<const CallExpr *>> Acquisitions;
  std::map<Place, std::vector<const CallExpr *>> Releases;
};

/// One run of the checker over a translation unit.
class Run {
public:
  Run(const LockDisciplineChecker &Checker, const TranslationUnitDecl *Unit,
      AnalysisManager &Manager, BugReporter &Reporter)
      : Checker(Checker), Manager(Manager), Reporter(Reporter),
        Sources(Manager.getSourceManager()),
        Analysis(UnitAnalysis::of(Unit, Manager)), Context(Analysis.context()),
        Locks(Analysis.locks()) {}

  void analyse();

private:
  const FunctionLocks &locksOf(const FunctionDecl *Function);
  void checkExits(const FunctionDecl *Function, const FunctionLocks &Seen);
  void checkWait(const FunctionDecl *Function, const Wait &W);
  /// What the callers of a function hold.
  enum class Callers { Held, Missing, Unknown };
  Callers callersHold(const FunctionDecl *Function, const Place &Mutex,
                      unsigned Depth, std::set<const FunctionDecl *> &Visited,
                      CallStep &Witness);

  PathDiagnosticLocation exitLocation(const FunctionDecl *Function,
                                      const Exit &Out) const;
  std::string spelling(const Expr *E) const;

  const LockDisciplineChecker &Checker;
  AnalysisManager &Manager;
  BugReporter &Reporter;
  const SourceManager &Sources;
  UnitAnalysis &Analysis;
  const ThreadContext &Context;
  LockSetAnalysis &Locks;

  /// The lock sets of each function analysed so far, from an empty entry.
  std::map<const FunctionDecl *, FunctionLocks> Analysed;
  /// The calls to each function with a body, and the functions making
  /// them.
  std::map<const FunctionDecl *,
           std::vector<std::pair<const CallExpr *, const FunctionDecl *>>>
      CallsTo;
};

// The definition's parameter at Index, so that places named on an earlier
// declaration compare with those the body uses.
const ParmVarDecl *parameterAt(const FunctionDecl *Function, unsigned Index) {
  return Index < Function->getNumParams() ? Function->getParamDecl(Index)
                                          : nullptr;
}

// A lock named by an attribute argument, in the terms of Function's body.
Place attributeLock(const FunctionDecl *Function, const Expr *Argument) {
  if (!Argument)
    return {};
  Place Lock = Argument->getType()->isPointerType() ? placeOfPointee(Argument)
                                                    : placeOfLValue(Argument);
  if (const auto *Param = dyn_cast_or_null<ParmVarDecl>(Lock.Base))
    Lock.Base = parameterAt(Function, Param->getFunctionScopeIndex());
  return Lock;
}

// The lock parameter number written in an ownck annotation, as a place.
Place annotatedParameterLock(const FunctionDecl *Function,
                             llvm::StringRef Number) {
  unsigned Value = 0;
  if (Number.trim().getAsInteger(10, Value) || Value == 0)
    return {};
  const ParmVarDecl *Param = parameterAt(Function, Value - 1);
  const auto *Pointer =
      Param ? Param->getType()->getAs<PointerType>() : nullptr;
  if (!Pointer || !isLockType(Pointer->getPointeeType()))
    return {};
  Place Lock;
  Lock.Base = Param;
  Lock.Deref = true;
  return Lock;
}

// The locks Function is annotated as holding when it returns (Acquired)
// or as holding on entry (Held: it releases them, or requires them).
void annotatedLocks(const FunctionDecl *Function, PlaceSet &Acquired,
                    PlaceSet &Held) {
  for (const FunctionDecl *Declaration : Function->redecls()) {
    for (const auto *Note : Declaration->specific_attrs<AnnotateAttr>()) {
      llvm::StringRef Text = Note->getAnnotation();
      if (Text.consume_front("ownck_acquires:")) {
        Place Lock = annotatedParameterLock(Function, Text);
        if (Lock.isValid())
          Acquired.insert(Lock);
      } else if (Text.consume_front("ownck_releases:")) {
        Place Lock = annotatedParameterLock(Function, Text);
        if (Lock.isValid())
          Held.insert(Lock);
      }
    }
    for (const auto *Acquire :
         Declaration->specific_attrs<AcquireCapabilityAttr>())
      for (const Expr *Argument : Acquire->args()) {
        Place Lock = attributeLock(Function, Argument);
        if (Lock.isValid())
          Acquired.insert(Lock);
      }
    for (const auto *Release :
         Declaration->specific_attrs<ReleaseCapabilityAttr>())
      for (const Expr *Argument : Release->args()) {
        Place Lock = attributeLock(Function, Argument);
        if (Lock.isValid())
          Held.insert(Lock);
      }
    for (const auto *Requires :
         Declaration->specific_attrs<RequiresCapabilityAttr>())
      for (const Expr *Argument : Requires->args()) {
        Place Lock = attributeLock(Function, Argument);
        if (Lock.isValid())
          Held.insert(Lock);
      }
  }
}

// True when Lock is one of Annotated, or lies inside one of them: a
// capability wrapper annotated with `acquire_capability(*w)` takes the
// mutex inside `*w`.
bool coveredBy(const PlaceSet &Annotated, const Place &Lock) {
  for (const Place &Whole : Annotated)
    if (Whole.Base == Lock.Base && Whole.Deref == Lock.Deref &&
        Whole.Fields.size() <= Lock.Fields.size() &&
        std::equal(Whole.Fields.begin(), Whole.Fields.end(),
                   Lock.Fields.begin()))
      return true;
  return false;
}

// True when Lock can be named in a caller's terms: a global, or reached
// through one of Function's pointer parameters.
bool namedForCallers(const Place &Lock, const FunctionDecl *Function) {
  if (Lock.isGlobal())
    return true;
  const auto *Param = dyn_cast_or_null<ParmVarDecl>(Lock.Base);
  return Param && Lock.Deref && Param->getDeclContext() == Function;
}

// True when A comes before B in the source.
bool before(const SourceManager &Sources, const Stmt *A, const Stmt *B) {
  return Sources.isBeforeInTranslationUnit(A->getBeginLoc(), B->getBeginLoc());
}

using SiteMap = std::map<Place, std::vector<const CallExpr *>>;

// The first call in source order that takes (or drops) Lock.
const CallExpr *firstSite(const SiteMap &Sites, const Place &Lock) {
  auto Found = Sites.find(Lock);
  return Found == Sites.end() || Found->second.empty() ? nullptr
                                                       : Found->second.front();
}

// The last call before Limit in source order that takes (or drops) Lock.
const CallExpr *lastSiteBefore(const SourceManager &Sources,
                               const SiteMap &Sites, const Place &Lock,
                               const Stmt *Limit) {
  auto Found = Sites.find(Lock);
  if (Found == Sites.end())
    return nullptr;
  const CallExpr *Last = nullptr;
  for (const CallExpr *Call : Found->second)
    if (before(Sources, Call, Limit))
      Last = Call;
  return Last;
}

const FunctionLocks &Run::locksOf(const FunctionDecl *Function) {
  auto Found = Analysed.find(Function);
  if (Found != Analysed.end())
    return Found->second;
  FunctionLocks &Seen = Analysed[Function];

  auto remember = [&](std::map<Place, std::vector<const CallExpr *>> &Sites,
                      const Place &Lock, const CallExpr *Call) {
    if (Lock.isValid())
      Sites[Lock].push_back(Call);
  };
  auto visit = [&](const Stmt *S, const HeldLocks &Held) {
    const auto *Call = dyn_cast<CallExpr>(S);
    if (!Call)
      return;
    Seen.AtCall[Call] = Held;
    // Ending the thread is a way out that never releases what it holds;
    // ending the process is not.
    if (const FunctionDecl *Callee = Call->getDirectCallee())
      if (Callee->getIdentifier() && (Callee->getName() == "pthread_exit" ||
                                      Callee->getName() == "thrd_exit"))
        Seen.Exits.push_back(Exit{Call, Held});
    ThreadCallInfo Info = classifyCall(Call);
    switch (Info.Kind) {
    case ThreadCall::Lock:
    case ThreadCall::ReadLock:
    case ThreadCall::TryLock:
      remember(Seen.Acquisitions, LockSetAnalysis::lockPlace(Info), Call);
      return;
    case ThreadCall::Unlock:
      remember(Seen.Releases, LockSetAnalysis::lockPlace(Info), Call);
      return;
    case ThreadCall::CondWait: {
      Place Mutex = LockSetAnalysis::lockPlace(Info);
      if (Mutex.isValid())
        Seen.Waits.push_back(Wait{Call, Mutex, Held});
      return;
    }
    case ThreadCall::None:
      break;
    default:
      return;
    }
    // A helper that takes or drops its caller's locks.
    const FunctionDecl *Callee = Call->getDirectCallee();
    Callee = Callee ? Callee->getDefinition() : nullptr;
    const LockSummary *Summary = Callee ? Locks.summaryOf(Callee) : nullptr;
    if (!Summary)
      return;
    for (const Place &Lock : Summary->Acquired)
      if (auto InCaller = LockSetAnalysis::intoCaller(Lock, Call))
        remember(Seen.Acquisitions, *InCaller, Call);
    for (const Place &Lock : Summary->Released)
      if (auto InCaller = LockSetAnalysis::intoCaller(Lock, Call))
        remember(Seen.Releases, *InCaller, Call);
  };
  auto atExit = [&](const ReturnStmt *Return, const HeldLocks &Held) {
    Seen.Exits.push_back(Exit{Return, Held});
  };
  Locks.run(Function, HeldLocks(), visit, atExit);

  auto inSourceOrder = [&](const CallExpr *A, const CallExpr *B) {
    return before(Sources, A, B);
  };
  for (auto *Sites : {&Seen.Acquisitions, &Seen.Releases})
    for (auto &[Lock, Calls] : *Sites)
      std::sort(Calls.begin(), Calls.end(), inSourceOrder);
  return Seen;
}

PathDiagnosticLocation Run::exitLocation(const FunctionDecl *Function,
                                         const Exit &Out) const {
  if (Out.Where)
    return ownck::locationOf(Out.Where, Function, Manager);
  if (const auto *Body = dyn_cast_or_null<CompoundStmt>(Function->getBody()))
    return PathDiagnosticLocation(Body->getRBracLoc(), Sources);
  return ownck::locationOf(Function, Manager);
}

// The source text of E without its address-of, for names that are not
// places (`&locks[i]` reads as `locks[i]`).
std::string Run::spelling(const Expr *E) const {
  E = stripAll(E);
  if (const auto *Address = dyn_cast_or_null<UnaryOperator>(E))
    if (Address->getOpcode() == UO_AddrOf)
      E = Address->getSubExpr();
  if (!E)
    return "<unknown>";
  Place Named =
      E->getType()->isPointerType() ? placeOfPointee(E) : placeOfLValue(E);
  if (Named.isValid())
    return Named.name();
  return Lexer::getSourceText(
             CharSourceRange::getTokenRange(E->getSourceRange()), Sources,
             Manager.getLangOpts())
      .str();
}

// P11: a lock taken here and held on some way out, that neither the
// function's annotations nor its entry account for.
void Run::checkExits(const FunctionDecl *Function, const FunctionLocks &Seen) {
  PlaceSet Acquired, HeldOnEntry;
  annotatedLocks(Function, Acquired, HeldOnEntry);
  if (const LockSummary *Summary = Locks.summaryOf(Function))
    HeldOnEntry.insert(Summary->Released.begin(), Summary->Released.end());

  // The first way out, in source order, that still holds each lock.
  std::map<Place, const Exit *> FirstExit;
  auto earlier = [&](const Exit &A, const Exit &B) {
    if (!A.Where || !B.Where)
      return B.Where == nullptr && A.Where != nullptr;
    return before(Sources, A.Where, B.Where);
  };
  if (Seen.Exits.empty())
    return;
  for (const Exit &Out : Seen.Exits)
    for (const Place &Lock : Out.Held.May) {
      if (coveredBy(Acquired, Lock) || coveredBy(HeldOnEntry, Lock) ||
          Out.Held.Failed.count(Lock))
        continue;
      const Exit *&First = FirstExit[Lock];
      if (!First || earlier(Out, *First))
        First = &Out;
    }

  // A lock wrapper holds its lock at every way out.
  PlaceSet HeldAtEveryExit = Seen.Exits.front().Held.Must;
  for (const Exit &Out : Seen.Exits)
    for (auto It = HeldAtEveryExit.begin(); It != HeldAtEveryExit.end();)
      It = Out.Held.Must.count(*It) ? std::next(It) : HeldAtEveryExit.erase(It);

  std::string FunctionName = Function->getNameAsString();
  for (const auto &[Lock, Out] : FirstExit) {
    std::string Name = Lock.name();
    std::string Message;
    if (!Out->Held.Must.count(Lock)) {
      Message = "'" + Name + "' is still held on some paths when '" +
                FunctionName + "' returns; release it on every path";
    } else if (!HeldAtEveryExit.count(Lock)) {
      Message = "'" + Name + "' is still held when '" + FunctionName +
                "' returns on this path; release it before returning";
    } else if (!namedForCallers(Lock, Function) ||
               !Context.spawnsOf(Function).empty() || Function->isMain()) {
      // No caller could name the lock (a local, or reached through one),
      // or the function is no lock wrapper: a thread's entry, or main.
      Message = "'" + Name + "' is still held when '" + FunctionName +
                "' returns; release it before returning";
    } else if (const auto *Param = dyn_cast<ParmVarDecl>(Lock.Base);
               Param && Lock.Deref && Lock.Fields.empty()) {
      // A lock wrapper: the lock its parameter points to.
      unsigned Number = Param->getFunctionScopeIndex() + 1;
      Message = "'" + Name + "' is still held when '" + FunctionName +
                "' returns; release it or annotate '" + FunctionName +
                "' with OWNCK_ACQUIRES(" + std::to_string(Number) + ")";
    } else {
      // A global lock, or a lock inside what a parameter points to:
      // OWNCK_ACQUIRES names parameters only, Clang's attribute any lock.
      Message = "'" + Name + "' is still held when '" + FunctionName +
                "' returns; release it or annotate '" + FunctionName +
                "' with acquire_capability(" + Name + ")";
    }

    auto Report = std::make_unique<BasicBugReport>(
        Checker.LockStillHeld, Message, exitLocation(Function, *Out));
    Report->setDeclWithIssue(Function);
    if (const CallExpr *Acquisition = firstSite(Seen.Acquisitions, Lock))
      Report->addNote("'" + Name + "' acquired here",
                      ownck::locationOf(Acquisition, Function, Manager));
    if (const CallExpr *Release = firstSite(Seen.Releases, Lock))
      Report->addNote("'" + Name + "' released here on another path",
                      ownck::locationOf(Release, Function, Manager));
    Reporter.emitReport(std::move(Report));
  }
}

// Whether every call to Function in the unit holds Mutex (in Function's
// terms) on every path, looking further up through callers while the
// mutex can be named in theirs: Held, Missing (Witness is then a call
// made without it, when there is one; a function nobody calls has none),
// or Unknown, for a call chain that only comes back to itself.
Run::Callers Run::callersHold(const FunctionDecl *Function, const Place &Mutex,
                              unsigned Depth,
                              std::set<const FunctionDecl *> &Visited,
                              CallStep &Witness) {
  auto Found = CallsTo.find(Function);
  if (Found == CallsTo.end() || Found->second.empty() ||
      !Context.spawnsOf(Function).empty())
    return Callers::Missing;
  if (!Visited.insert(Function).second)
    return Callers::Unknown;
  bool AnyHeld = false;
  for (const auto &[Call, From] : Found->second) {
    const FunctionLocks &CallerLocks = locksOf(From);
    auto Held = CallerLocks.AtCall.find(Call);
    if (Held == CallerLocks.AtCall.end())
      continue; // An unreachable call.
    auto InCaller = LockSetAnalysis::intoCaller(Mutex, Call);
    if (InCaller && Held->second.Must.count(*InCaller)) {
      AnyHeld = true;
      continue;
    }
    CallStep Deeper;
    Callers Outer = Callers::Missing;
    if (InCaller && !Held->second.May.count(*InCaller) && Depth > 0 &&
        namedForCallers(*InCaller, From))
      Outer = callersHold(From, *InCaller, Depth - 1, Visited, Deeper);
    AnyHeld |= Outer == Callers::Held;
    if (Outer != Callers::Missing)
      continue;
    Witness = Deeper.Call ? Deeper : CallStep{Call, From};
    return Callers::Missing;
  }
  return AnyHeld ? Callers::Held : Callers::Unknown;
}

// P12: the mutex passed to a condition wait must be held on every path.
void Run::checkWait(const FunctionDecl *Function, const Wait &W) {
  if (W.Held.Must.count(W.Mutex))
    return;

  // A mutex the function's callers must hold: accepted when all of them
  // do; otherwise a note names a call that does not.
  CallStep Witness;
  if (!W.Held.May.count(W.Mutex) && namedForCallers(W.Mutex, Function)) {
    std::set<const FunctionDecl *> Visited;
    if (callersHold(Function, W.Mutex, 4, Visited, Witness) == Callers::Held)
      return;
  }

  std::string Condition = spelling(W.Call->getArg(0));
  std::string Mutex = W.Mutex.name();
  const Place *Other = nullptr;
  for (const Place &Held : W.Held.Must)
    if (!(Held == W.Mutex)) {
      Other = &Held;
      break;
    }
  std::string Message;
  if (W.Held.May.count(W.Mutex))
    Message = "'" + Condition + "' is waited on without holding its mutex '" +
              Mutex + "' on every path";
  else if (Other)
    Message = "'" + Condition + "' is waited on with '" + Other->name() +
              "' held instead of its mutex '" + Mutex + "'";
  else
    Message = "'" + Condition + "' is waited on without holding its mutex '" +
              Mutex + "'";

  auto Report = std::make_unique<BasicBugReport>(
      Checker.WaitWithoutMutex, Message,
      ownck::locationOf(W.Call, Function, Manager));
  Report->addRange(W.Call->getSourceRange());
  Report->setDeclWithIssue(Function);
  const FunctionLocks &Seen = locksOf(Function);
  if (W.Held.May.count(W.Mutex)) {
    // The release or acquisition nearest before the wait explains it.
    const CallExpr *Release =
        lastSiteBefore(Sources, Seen.Releases, W.Mutex, W.Call);
    const CallExpr *Acquisition =
        lastSiteBefore(Sources, Seen.Acquisitions, W.Mutex, W.Call);
    if (Release && (!Acquisition || before(Sources, Acquisition, Release)))
      Report->addNote("'" + Mutex + "' released here on some paths",
                      ownck::locationOf(Release, Function, Manager));
    else if (Acquisition)
      Report->addNote("'" + Mutex + "' acquired here on some paths only",
                      ownck::locationOf(Acquisition, Function, Manager));
  } else if (Other) {
    if (const CallExpr *Acquisition = firstSite(Seen.Acquisitions, *Other))
      Report->addNote("'" + Other->name() + "' acquired here",
                      ownck::locationOf(Acquisition, Function, Manager));
  }
  if (Witness.Call && Witness.Caller && Witness.Call->getDirectCallee())
    Report->addNote("'" + Witness.Call->getDirectCallee()->getNameAsString() +
                        "' is called here without '" + Mutex + "' held",
                    ownck::locationOf(Witness.Call, Witness.Caller, Manager));
  Reporter.emitReport(std::move(Report));
}

void Run::analyse() {
  for (const FunctionDecl *Function : Context.functions())
    for (const auto &[Call, Callee] : Context.callsFrom(Function))
      CallsTo[Callee].emplace_back(Call, Function);

  for (const FunctionDecl *Function : Context.functions()) {
    if (isInSystemHeader(Sources, Function->getLocation()) ||
        readAnnotations(Function).UnsynchronizedReason)
      continue;
    const FunctionLocks &Seen = locksOf(Function);
    checkExits(Function, Seen);
    for (const Wait &W : Seen.Waits)
      checkWait(Function, W);
  }
}

void LockDisciplineChecker::checkASTDecl(const TranslationUnitDecl *Unit,
                                         AnalysisManager &Manager,
                                         BugReporter &Reporter) const {
  Run Rules(*this, Unit, Manager, Reporter);
  Rules.analyse();
}

} // namespace

void ownck::registerLockDisciplineChecker(CheckerManager &Manager) {
  Manager.registerChecker<LockDisciplineChecker>();
}
