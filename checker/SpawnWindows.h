//===- SpawnWindows.h - Which threads may run at each point ----*- C++ -*-===//
//
// The spawner's side of every thread: for each function that starts
// threads, a forward may-analysis over its CFG of the threads started and
// not yet joined at each point. A spawn adds its thread; a join of its
// handle (directly, in a helper that joins what it is given, or in a loop
// over a handle array) removes it; the edge where a spawn's result says it
// failed removes it too, unless a thread of an earlier round of the same
// loop may still be running. From this follow the windows in which the
// spawner and its threads run at once, whether two spawns' threads may
// overlap, and whether a function joins everything it starts before it
// returns (the `thread::scope` shape).
//
//===----------------------------------------------------------------------===//

#ifndef OWNCK_SPAWNWINDOWS_H
#define OWNCK_SPAWNWINDOWS_H

#include "ThreadContext.h"

#include "clang/Analysis/AnalysisDeclContext.h"
#include "llvm/ADT/STLFunctionalExtras.h"

#include <map>
#include <optional>
#include <set>
#include <utility>
#include <vector>

namespace ownck {

using RunningThreads = std::set<const SpawnSite *>;

/// The handle a join call waits for, as the place the spawn wrote it to;
/// an element of a handle array stands for the whole array. Invalid when
/// Call is not a join.
Place joinedHandle(const clang::CallExpr *Call);

/// The place a spawn writes its thread's handle to; invalid when none.
Place handleOf(const SpawnSite &Site);

/// The call that detaches Site's thread and the function it is in: one
/// in the spawner given the thread's handle, or one in the thread's entry
/// given the thread's own (`pthread_self()`). A null call when neither.
std::pair<const clang::CallExpr *, const clang::FunctionDecl *>
detachOf(const SpawnSite &Site);

class SpawnWindows {
public:
  SpawnWindows(const ThreadContext &Context, LockSetAnalysis &Locks,
               clang::AnalysisDeclContextManager &Contexts);

  /// Runs the analysis over every function that spawns a thread with a
  /// known entry.
  void compute();

  /// The functions analysed, in no particular order.
  std::vector<const clang::FunctionDecl *> spawners() const;

  /// Replays Spawner's CFG once, calling Visit for each statement element
  /// reached with the threads that may be running just before it, in
  /// block order. Does nothing for a function that spawns nothing.
  void forEachStatement(
      const clang::FunctionDecl *Spawner,
      llvm::function_ref<void(const clang::Stmt *, const RunningThreads &)>
          Visit) const;

  /// The threads that may still be running when Spawner returns.
  RunningThreads runningAtExit(const clang::FunctionDecl *Spawner) const;

  /// Each block that leads into Spawner's exit (a return, the end of the
  /// body, a call that does not return), with the threads that may still
  /// be running as control leaves it. Unreachable blocks are left out.
  std::vector<std::pair<const clang::CFGBlock *, RunningThreads>>
  runningIntoExit(const clang::FunctionDecl *Spawner) const;

  /// The threads that may be running when Site's spawn is made.
  const RunningThreads &runningAtSpawn(const SpawnSite *Site) const;

  /// True when the function joins every thread it starts on every path
  /// before it returns.
  bool isScoped(const clang::FunctionDecl *Spawner) const {
    return ScopedSpawners.count(Spawner) > 0;
  }

  /// True when the threads of the two spawns may run at once.
  bool overlap(const SpawnSite *First, const SpawnSite *Second) const;

  /// True when the threads of any two of Sites (a site with itself, for
  /// a spawn in a loop) may run at once.
  bool anyOverlap(const std::vector<const SpawnSite *> &Sites) const;

private:
  struct Steps;

  void findJoiners();

  const ThreadContext &Context;
  LockSetAnalysis &Locks;
  clang::AnalysisDeclContextManager &Contexts;

  /// Per spawning function, the threads that may be running at the start
  /// of each CFG block (indexed by block number; unset when unreachable).
  std::map<const clang::FunctionDecl *,
           std::vector<std::optional<RunningThreads>>>
      RunningAtBlock;
  /// The threads that may be running when each spawn is made.
  std::map<const SpawnSite *, RunningThreads> RunningAtSpawn;
  /// Spawning functions that join every thread they start before they
  /// return.
  std::set<const clang::FunctionDecl *> ScopedSpawners;
  /// Per function, the thread handles it joins that its callers can
  /// name: through a pointer parameter, given by value, or global.
  std::map<const clang::FunctionDecl *, PlaceSet> Joiners;
};

} // namespace ownck

#endif // OWNCK_SPAWNWINDOWS_H
