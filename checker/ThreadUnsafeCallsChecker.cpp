//===- ThreadUnsafeCallsChecker.cpp - Library calls that race -------------===//
//
// ownership.ThreadUnsafeCalls: POSIX functions that keep hidden global
// state (a static buffer, a cursor, the environment), called in thread
// context. POSIX lists them as the exceptions to "every function is
// thread-safe" (XSH 2.9.1); Rust's std has none of them, and made
// `std::env::set_var` unsafe in the 2024 edition for the same race
// (E0133). After the whole translation unit is parsed the checker finds
// every call of such a function in thread context, with the locks held
// there, and refuses the calls unless every call that touches the same
// hidden state holds one common lock. `getenv` races only with a change
// of the environment, so it is refused only when the unit changes it
// while threads may run.
//
//===----------------------------------------------------------------------===//

#include "Checkers.h"
#include "Reporting.h"
#include "ThreadModel.h"
#include "UnitAnalysis.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugReporter.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugType.h"
#include "clang/StaticAnalyzer/Core/Checker.h"
#include "clang/StaticAnalyzer/Core/CheckerManager.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/AnalysisManager.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <set>

using namespace clang;
using namespace ento;
using namespace ownck;

namespace {

/// A function POSIX does not require to be thread-safe.
struct UnsafeFunction {
  const char *Name;
  /// How to make the call safe, as the clause ending the report; null
  /// when nothing but a lock does.
  const char *Fix;
  /// The hidden state it shares with other functions of the table (one
  /// lock must cover all of them); null when it is its own.
  const char *State;
  /// For a function unsafe only when one argument is a null pointer: that
  /// argument's number, counted from 1; 0 otherwise.
  unsigned NullArgument;
};

const char *const ChangeEnvironment =
    "change the environment before the first spawn";
const char *const PassBuffer = "pass it a buffer instead of a null pointer";
const char *const PassState =
    "pass it an 'mbstate_t' instead of a null pointer";

/// POSIX.1-2017 XSH 2.9.1, with gethostbyname, gethostbyaddr, ecvt, fcvt
/// and gcvt from the 2001 edition's list. Sorted by name, for a binary
/// search. Left out on purpose: getc_unlocked, getchar_unlocked,
/// putc_unlocked and putchar_unlocked, made to be called under
/// flockfile(3), which the lock sets do not model.
const UnsafeFunction UnsafeFunctions[] = {
    {"asctime", "use 'asctime_r'", "time", 0},
    {"basename", nullptr, nullptr, 0},
    {"catgets", nullptr, nullptr, 0},
    {"crypt", nullptr, "crypt", 0},
    {"ctermid", PassBuffer, nullptr, 1},
    {"ctime", "use 'ctime_r'", "time", 0},
    {"dbm_clearerr", nullptr, "dbm", 0},
    {"dbm_close", nullptr, "dbm", 0},
    {"dbm_delete", nullptr, "dbm", 0},
    {"dbm_error", nullptr, "dbm", 0},
    {"dbm_fetch", nullptr, "dbm", 0},
    {"dbm_firstkey", nullptr, "dbm", 0},
    {"dbm_nextkey", nullptr, "dbm", 0},
    {"dbm_open", nullptr, "dbm", 0},
    {"dbm_store", nullptr, "dbm", 0},
    {"dirname", nullptr, nullptr, 0},
    {"dlerror", nullptr, nullptr, 0},
    {"drand48", "use 'erand48'", "rand48", 0},
    {"ecvt", "use 'snprintf'", "cvt", 0},
    {"encrypt", nullptr, "crypt", 0},
    {"endgrent", nullptr, "group", 0},
    {"endpwent", nullptr, "passwd", 0},
    {"endutxent", nullptr, "utmpx", 0},
    {"fcvt", "use 'snprintf'", "cvt", 0},
    {"ftw", nullptr, nullptr, 0},
    {"gcvt", "use 'snprintf'", "cvt", 0},
    {"getdate", nullptr, nullptr, 0},
    {"getenv", nullptr, "environment", 0},
    {"getgrent", nullptr, "group", 0},
    {"getgrgid", "use 'getgrgid_r'", "group", 0},
    {"getgrnam", "use 'getgrnam_r'", "group", 0},
    {"gethostbyaddr", "use 'getnameinfo'", "netdb", 0},
    {"gethostbyname", "use 'getaddrinfo'", "netdb", 0},
    {"gethostent", nullptr, "netdb", 0},
    {"getlogin", "use 'getlogin_r'", nullptr, 0},
    {"getnetbyaddr", nullptr, "netdb", 0},
    {"getnetbyname", nullptr, "netdb", 0},
    {"getnetent", nullptr, "netdb", 0},
    {"getopt", nullptr, nullptr, 0},
    {"getprotobyname", nullptr, "netdb", 0},
    {"getprotobynumber", nullptr, "netdb", 0},
    {"getprotoent", nullptr, "netdb", 0},
    {"getpwent", nullptr, "passwd", 0},
    {"getpwnam", "use 'getpwnam_r'", "passwd", 0},
    {"getpwuid", "use 'getpwuid_r'", "passwd", 0},
    {"getservbyname", nullptr, "netdb", 0},
    {"getservbyport", nullptr, "netdb", 0},
    {"getservent", nullptr, "netdb", 0},
    {"getutxent", nullptr, "utmpx", 0},
    {"getutxid", nullptr, "utmpx", 0},
    {"getutxline", nullptr, "utmpx", 0},
    {"gmtime", "use 'gmtime_r'", "time", 0},
    {"hcreate", nullptr, "hsearch", 0},
    {"hdestroy", nullptr, "hsearch", 0},
    {"hsearch", nullptr, "hsearch", 0},
    {"inet_ntoa", "use 'inet_ntop'", nullptr, 0},
    {"l64a", nullptr, nullptr, 0},
    {"lgamma", nullptr, "signgam", 0},
    {"lgammaf", nullptr, "signgam", 0},
    {"lgammal", nullptr, "signgam", 0},
    {"localeconv", nullptr, "locale", 0},
    {"localtime", "use 'localtime_r'", "time", 0},
    {"lrand48", "use 'nrand48'", "rand48", 0},
    {"mblen", "use 'mbrlen'", nullptr, 0},
    {"mbrlen", PassState, nullptr, 3},
    {"mbrtowc", PassState, nullptr, 4},
    {"mbsnrtowcs", PassState, nullptr, 5},
    {"mbsrtowcs", PassState, nullptr, 4},
    {"mbtowc", "use 'mbrtowc'", nullptr, 0},
    {"mrand48", "use 'jrand48'", "rand48", 0},
    {"nftw", nullptr, nullptr, 0},
    {"nl_langinfo", "use 'nl_langinfo_l'", "locale", 0},
    {"ptsname", "use 'ptsname_r'", nullptr, 0},
    {"putenv", ChangeEnvironment, "environment", 0},
    {"pututxline", nullptr, "utmpx", 0},
    {"rand", "use 'rand_r'", nullptr, 0},
    {"readdir", "use 'readdir_r'", nullptr, 0},
    {"setenv", ChangeEnvironment, "environment", 0},
    {"setgrent", nullptr, "group", 0},
    {"setkey", nullptr, "crypt", 0},
    {"setlocale", "use 'uselocale'", "locale", 0},
    {"setpwent", nullptr, "passwd", 0},
    {"setutxent", nullptr, "utmpx", 0},
    {"srand48", nullptr, "rand48", 0},
    {"strerror", "use 'strerror_r'", nullptr, 0},
    {"strsignal", nullptr, nullptr, 0},
    {"strtok", "use 'strtok_r'", nullptr, 0},
    {"system", "use 'posix_spawn'", nullptr, 0},
    {"tmpnam", PassBuffer, nullptr, 1},
    {"ttyname", "use 'ttyname_r'", nullptr, 0},
    {"unsetenv", ChangeEnvironment, "environment", 0},
    {"wcrtomb", PassState, nullptr, 3},
    {"wcsnrtombs", PassState, nullptr, 5},
    {"wcsrtombs", PassState, nullptr, 4},
    {"wctomb", "use 'wcrtomb'", nullptr, 0},
};

/// The table entry for a library function called Name, if any.
const UnsafeFunction *findUnsafe(llvm::StringRef Name) {
  const UnsafeFunction *End = std::end(UnsafeFunctions);
  const UnsafeFunction *Found =
      std::lower_bound(std::begin(UnsafeFunctions), End, Name,
                       [](const UnsafeFunction &F, llvm::StringRef Key) {
                         return llvm::StringRef(F.Name) < Key;
                       });
  return Found != End && Name == Found->Name ? Found : nullptr;
}

/// True for the functions that change the environment under `getenv`.
bool changesEnvironment(llvm::StringRef Name) {
  return Name == "setenv" || Name == "putenv" || Name == "unsetenv" ||
         Name == "clearenv";
}

/// The library function a call makes, when it is one the user did not
/// define: a declaration without a body in this unit.
const FunctionDecl *libraryCallee(const CallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee || !Callee->getIdentifier() || Callee->hasBody() ||
      !Callee->getDeclContext()->getRedeclContext()->isTranslationUnit())
    return nullptr;
  return Callee;
}

/// One call of a table function in thread context.
struct LibraryCall {
  const CallExpr *Call = nullptr;
  const FunctionDecl *Function = nullptr;
  const UnsafeFunction *Unsafe = nullptr;
  /// The locks held at the call that exclude other threads: the must
  /// set, without the locks held only for reading.
  PlaceSet Held;
};

class ThreadUnsafeCallsChecker
    : public Checker<check::ASTDecl<TranslationUnitDecl>> {
public:
  void checkASTDecl(const TranslationUnitDecl *Unit, AnalysisManager &Manager,
                    BugReporter &Reporter) const;

private:
  BugType UnsafeCall{this, "Thread-unsafe library call in thread context",
                     "Ownership"};
};

/// One run of the checker over a translation unit.
class Run {
public:
  Run(const BugType &Unsafe, const TranslationUnitDecl *Unit,
      AnalysisManager &Manager, BugReporter &Reporter)
      : Unsafe(Unsafe), Manager(Manager), Reporter(Reporter),
        Sources(Manager.getSourceManager()),
        Analysis(UnitAnalysis::of(Unit, Manager)), Context(Analysis.context()) {
  }

  void analyse();

private:
  void findEnvironmentChange();
  void gatherCalls();
  void checkState(const std::vector<const LibraryCall *> &Calls);
  void report(const LibraryCall &C, const std::string &Message,
              const LibraryCall *Other, const Place *OtherLock);
  std::string threadName(const FunctionDecl *Function) const;

  const BugType &Unsafe;
  AnalysisManager &Manager;
  BugReporter &Reporter;
  const SourceManager &Sources;
  UnitAnalysis &Analysis;
  const ThreadContext &Context;

  /// A call that changes the environment while threads may run, with
  /// the function making it; null when the unit makes none.
  const CallExpr *EnvironmentChange = nullptr;
  const FunctionDecl *EnvironmentChanger = nullptr;
  std::vector<LibraryCall> Calls;
  /// One report per library function and calling function.
  std::set<std::pair<llvm::StringRef, const FunctionDecl *>> Reported;
};

// Collects the calls in one function body.
class CallCollector : public RecursiveASTVisitor<CallCollector> {
public:
  std::vector<const CallExpr *> Found;
  bool VisitCallExpr(CallExpr *Call) {
    Found.push_back(Call);
    return true;
  }
};

void Run::findEnvironmentChange() {
  // In a function that starts threads, a change made while none of them
  // runs (before the first spawn, after the last join) races with
  // nothing. Anywhere else it may run beside a thread.
  std::set<const CallExpr *> WhileAlone;
  for (const FunctionDecl *Spawner : Analysis.windows().spawners())
    Analysis.windows().forEachStatement(
        Spawner, [&](const Stmt *S, const RunningThreads &Running) {
          if (const auto *Call = dyn_cast<CallExpr>(S))
            if (Running.empty())
              WhileAlone.insert(Call);
        });

  for (const FunctionDecl *Function : Context.functions()) {
    CallCollector Collector;
    Collector.TraverseStmt(Function->getBody());
    for (const CallExpr *Call : Collector.Found) {
      const FunctionDecl *Callee = libraryCallee(Call);
      if (!Callee || !changesEnvironment(Callee->getName()) ||
          WhileAlone.count(Call))
        continue;
      EnvironmentChange = Call;
      EnvironmentChanger = Function;
      return;
    }
  }
}

void Run::gatherCalls() {
  for (const FunctionDecl *Function : Context.threadFunctions()) {
    if (isInSystemHeader(Sources, Function->getLocation()) ||
        readAnnotations(Function).UnsynchronizedReason)
      continue;
    Analysis.locks().run(
        Function, Context.entryLocks(Function),
        [&](const Stmt *S, const HeldLocks &Held) {
          const auto *Call = dyn_cast<CallExpr>(S);
          const FunctionDecl *Callee = Call ? libraryCallee(Call) : nullptr;
          const UnsafeFunction *Entry =
              Callee ? findUnsafe(Callee->getName()) : nullptr;
          if (!Entry || isInSystemHeader(Sources, Call->getBeginLoc()))
            return;
          if (Entry->NullArgument) {
            unsigned Index = Entry->NullArgument - 1;
            if (Index >= Call->getNumArgs() ||
                !Call->getArg(Index)->isNullPointerConstant(
                    Function->getASTContext(),
                    Expr::NPC_ValueDependentIsNotNull))
              return;
          }
          LibraryCall Found;
          Found.Call = Call;
          Found.Function = Function;
          Found.Unsafe = Entry;
          for (const Place &Lock : Held.Must)
            if (!Held.ReadOnly.count(Lock))
              Found.Held.insert(Lock);
          Calls.push_back(Found);
        });
  }
}

std::string Run::threadName(const FunctionDecl *Function) const {
  const auto &Entries = Context.entriesReaching(Function);
  return Entries.empty() ? Function->getNameAsString()
                         : Entries.front()->getNameAsString();
}

void Run::checkState(const std::vector<const LibraryCall *> &Group) {
  // `getenv` alone races with nothing while the environment stays put.
  bool OnlyReads = llvm::all_of(Group, [](const LibraryCall *C) {
    return llvm::StringRef(C->Unsafe->Name) == "getenv";
  });
  if (OnlyReads && !EnvironmentChange)
    return;

  // The lock held at the most calls stands for the guard the code means;
  // one held at every call makes the group safe.
  std::map<Place, unsigned> Votes;
  for (const LibraryCall *C : Group)
    for (const Place &Lock : C->Held)
      ++Votes[Lock];
  const Place *Guard = nullptr;
  unsigned Best = 0;
  for (const auto &[Lock, Count] : Votes)
    if (Count > Best) {
      Guard = &Lock;
      Best = Count;
    }
  if (Guard && Best == Group.size())
    return;

  for (const LibraryCall *C : Group) {
    if (Guard && C->Held.count(*Guard))
      continue;
    std::string Name = C->Unsafe->Name;
    std::string Thread = threadName(C->Function);
    if (Guard) {
      const LibraryCall *Other = nullptr;
      for (const LibraryCall *Candidate : Group)
        if (Candidate->Held.count(*Guard)) {
          Other = Candidate;
          break;
        }
      report(*C,
             "'" + Name + "' is not thread-safe and is called by thread '" +
                 Thread + "' without holding '" + Guard->name() +
                 "'; its other calls hold it",
             Other, Guard);
    } else if (Name == "getenv") {
      report(*C,
             "'getenv' is called by thread '" + Thread +
                 "' while the environment may change; read it before the "
                 "first spawn",
             nullptr, nullptr);
    } else {
      const char *Fix =
          C->Unsafe->Fix ? C->Unsafe->Fix : "hold one lock at every call";
      report(*C,
             "'" + Name + "' is not thread-safe and is called by thread '" +
                 Thread + "'; " + Fix,
             nullptr, nullptr);
    }
  }
}

void Run::report(const LibraryCall &C, const std::string &Message,
                 const LibraryCall *Other, const Place *OtherLock) {
  if (!Reported.insert({C.Unsafe->Name, C.Function}).second)
    return;
  auto Report = std::make_unique<BasicBugReport>(
      Unsafe, Message, ownck::locationOf(C.Call, C.Function, Manager));
  Report->addRange(C.Call->getSourceRange());
  Report->setDeclWithIssue(C.Function);

  // The way from the thread's entry to the call, then its spawns.
  const auto &Entries = Context.entriesReaching(C.Function);
  if (!Entries.empty()) {
    const FunctionDecl *Entry = Entries.front();
    std::string Thread = Entry->getNameAsString();
    for (const CallStep &Step : Context.callChain(Entry, C.Function))
      if (const FunctionDecl *Callee = Step.Call->getDirectCallee())
        Report->addNote("thread '" + Thread + "' calls '" +
                            Callee->getNameAsString() + "' here",
                        ownck::locationOf(Step.Call, Step.Caller, Manager));
    for (const SpawnSite *Site : Context.spawnsOf(Entry))
      Report->addNote(
          "thread '" + Thread + "' spawned here" +
              (Site->InLoop ? "; the loop starts several of them" : ""),
          ownck::locationOf(Site->Call, Site->Spawner, Manager));
  }

  if (Other && OtherLock)
    Report->addNote("'" + std::string(Other->Unsafe->Name) +
                        "' is called here by thread '" +
                        threadName(Other->Function) + "' holding '" +
                        OtherLock->name() + "'",
                    ownck::locationOf(Other->Call, Other->Function, Manager));
  if (llvm::StringRef(C.Unsafe->Name) == "getenv" && EnvironmentChange)
    Report->addNote(
        "the environment is changed here",
        ownck::locationOf(EnvironmentChange, EnvironmentChanger, Manager));
  Reporter.emitReport(std::move(Report));
}

void Run::analyse() {
  if (Context.spawns().empty())
    return;
  gatherCalls();
  if (Calls.empty())
    return;
  findEnvironmentChange();

  // Group the calls by the hidden state they touch, in source order.
  std::map<llvm::StringRef, std::vector<const LibraryCall *>> Groups;
  for (const LibraryCall &C : Calls)
    Groups[C.Unsafe->State ? C.Unsafe->State : C.Unsafe->Name].push_back(&C);
  for (auto &[State, Group] : Groups) {
    std::stable_sort(Group.begin(), Group.end(),
                     [&](const LibraryCall *Left, const LibraryCall *Right) {
                       return Sources.isBeforeInTranslationUnit(
                           Left->Call->getBeginLoc(),
                           Right->Call->getBeginLoc());
                     });
    checkState(Group);
  }
}

void ThreadUnsafeCallsChecker::checkASTDecl(const TranslationUnitDecl *Unit,
                                            AnalysisManager &Manager,
                                            BugReporter &Reporter) const {
  Run Rules(UnsafeCall, Unit, Manager, Reporter);
  Rules.analyse();
}

} // namespace

void ownck::registerThreadUnsafeCallsChecker(CheckerManager &Manager) {
  Manager.registerChecker<ThreadUnsafeCallsChecker>();
}
