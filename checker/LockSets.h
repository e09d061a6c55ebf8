//===- LockSets.h - Flow-sensitive lock sets over the CFG ------*- C++ -*-===//
//
// Which locks are held at each point of a function, computed over Clang's
// CFG the way Rust's borrow checker reasons: forward, flow-sensitive, not
// path-sensitive. A lock counts as held only when it is held on every path
// to the point (the must set); the may set keeps the locks held on some
// path, to explain a refusal. Calls apply their callee's summary, so a
// lock taken in a helper is held after the call whatever the inlining.
//
//===----------------------------------------------------------------------===//

#ifndef OWNCK_LOCKSETS_H
#define OWNCK_LOCKSETS_H

#include "ThreadModel.h"

#include "clang/Analysis/AnalysisDeclContext.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"

#include <map>
#include <set>

namespace ownck {

using PlaceSet = std::set<Place>;

/// The locks held at one program point.
struct HeldLocks {
  /// Held on every path to the point.
  PlaceSet Must;
  /// Held on at least one path to the point.
  PlaceSet May;
  /// Of the must set, the locks held only for reading (rwlock read side).
  PlaceSet ReadOnly;
  /// Locks whose lock call returned failure on some path to the point
  /// (a branch tested its result). Must and May still count them, since
  /// error handlers often carry on; a rule may forgive them.
  PlaceSet Failed;

  bool operator==(const HeldLocks &Other) const {
    return Must == Other.Must && May == Other.May &&
           ReadOnly == Other.ReadOnly && Failed == Other.Failed;
  }
  bool operator!=(const HeldLocks &Other) const { return !(*this == Other); }
};

/// What a call does to its caller's locks, in the callee's terms: places
/// based on the callee's pointer parameters or on globals.
struct LockSummary {
  /// Held when the callee returns, on every path, though not on entry.
  PlaceSet Acquired;
  /// Of Acquired, the locks held only for reading (rwlock read side).
  PlaceSet AcquiredShared;
  /// Released by the callee on some path though it did not take them.
  PlaceSet Released;

  bool operator==(const LockSummary &Other) const {
    return Acquired == Other.Acquired &&
           AcquiredShared == Other.AcquiredShared && Released == Other.Released;
  }
};

/// A value a branch tests against zero: a call or a variable, and whether
/// the edge taken is the one where it is zero (success, for the thread
/// API: pthread_create, the lock calls and thrd_* return 0 on success).
struct TestedResult {
  const clang::Expr *Value = nullptr;
  bool Zero = false;
};

/// What Block's branch condition tests on the edge to its successor
/// number Successor, for conditions such as `f() == 0`, `!f()`, `rc != 0`.
std::optional<TestedResult> testedResult(const clang::CFGBlock &Block,
                                         unsigned Successor,
                                         clang::ASTContext &Context);

/// Computes lock summaries for a translation unit's functions and runs
/// the lock-set analysis over one function at a time.
class LockSetAnalysis {
public:
  explicit LockSetAnalysis(clang::AnalysisDeclContextManager &Contexts)
      : Contexts(Contexts) {}

  /// Summarises every function given, iterating to a fixed point so that
  /// lock wrappers of lock wrappers (and recursion) are followed.
  void summarise(const std::vector<const clang::FunctionDecl *> &Functions);

  /// Analyses Function starting from Entry. Visit is called once for
  /// every CFG element statement reached, with the locks held just before
  /// it. AtExit, when given, is called once for every block that leaves
  /// the function, with the locks held when it leaves (the block's
  /// return statement, or null when control falls off the end). Blocks
  /// that end in a call that does not return are not exits. Returns the
  /// locks held at the function's exit.
  HeldLocks
  run(const clang::FunctionDecl *Function, const HeldLocks &Entry,
      llvm::function_ref<void(const clang::Stmt *, const HeldLocks &)> Visit,
      llvm::function_ref<void(const clang::ReturnStmt *, const HeldLocks &)>
          AtExit = {});

  /// Translates a place held by a caller at Call into the callee's terms:
  /// a global stays, a place reached through an argument becomes a place
  /// reached through the matching parameter.
  static std::optional<Place> intoCallee(const Place &Held,
                                         const clang::CallExpr *Call,
                                         const clang::FunctionDecl *Callee);

  /// The opposite: a callee place into the caller's terms at Call.
  static std::optional<Place> intoCaller(const Place &Callee,
                                         const clang::CallExpr *Call);

  /// The lock operand of a lock API call, as a place.
  static Place lockPlace(const ThreadCallInfo &Info);

  /// What Function does to its caller's locks; null before summarise or
  /// for a function without a body.
  const LockSummary *summaryOf(const clang::FunctionDecl *Function) const;

  /// The CFG of Function, or null when Clang cannot build one.
  clang::CFG *cfgOf(const clang::FunctionDecl *Function);

private:
  void transfer(const clang::Stmt *S, HeldLocks &State,
                PlaceSet *ReleasedUnheld);

  clang::AnalysisDeclContextManager &Contexts;
  std::map<const clang::FunctionDecl *, LockSummary> Summaries;
};

} // namespace ownck

#endif // OWNCK_LOCKSETS_H
