//===- ThreadContext.h - Spawns, entries and thread context ----*- C++ -*-===//
//
// The whole-translation-unit picture the rules start from: every function
// with a body, every thread spawn, the entry function each one starts and
// the set of functions that run in thread context (each entry and all it
// calls, at any depth, recursion included). Also the locks held on entry
// to each thread-context function, met over all its callers in thread
// context, so that a helper called with a lock held is analysed with it.
//
//===----------------------------------------------------------------------===//

#ifndef OWNCK_THREADCONTEXT_H
#define OWNCK_THREADCONTEXT_H

#include "LockSets.h"

#include "clang/AST/Decl.h"
#include "clang/AST/Stmt.h"

#include <map>
#include <vector>

namespace ownck {

/// One call that starts a thread.
struct SpawnSite {
  const clang::CallExpr *Call = nullptr;
  /// The function containing the call.
  const clang::FunctionDecl *Spawner = nullptr;
  /// The thread's entry function (its definition), when named directly.
  const clang::FunctionDecl *Entry = nullptr;
  /// The argument handed to the entry.
  const clang::Expr *Argument = nullptr;
  /// Where the thread's handle is written (a pointer), if anywhere.
  const clang::Expr *Handle = nullptr;
  /// True when the call sits in a loop body, so it starts many threads.
  bool InLoop = false;
  /// The innermost loop whose body holds the call, if any.
  const clang::Stmt *Loop = nullptr;
  /// The spawn's rank in source order among all spawns of the unit.
  unsigned Order = 0;
};

/// How a thread-context function is first reached from an entry: the
/// call that reaches it and the function making that call.
struct CallStep {
  const clang::CallExpr *Call = nullptr;
  const clang::FunctionDecl *Caller = nullptr;
};

class ThreadContext {
public:
  /// Gathers functions and spawns from the translation unit.
  explicit ThreadContext(const clang::TranslationUnitDecl *Unit);

  const std::vector<const clang::FunctionDecl *> &functions() const {
    return Functions;
  }
  const std::vector<SpawnSite> &spawns() const { return Spawns; }

  /// The entries whose threads reach Function; empty outside thread
  /// context. Sorted by name for stable reports.
  const std::vector<const clang::FunctionDecl *> &
  entriesReaching(const clang::FunctionDecl *Function) const;

  /// The functions in thread context, in discovery order.
  const std::vector<const clang::FunctionDecl *> &threadFunctions() const {
    return ThreadFunctions;
  }

  /// The spawn sites that start Entry.
  const std::vector<const SpawnSite *> &
  spawnsOf(const clang::FunctionDecl *Entry) const;

  /// The calls leading from Entry to Function, outermost first; empty
  /// when Function is Entry or is not reached from it.
  std::vector<CallStep> callChain(const clang::FunctionDecl *Entry,
                                  const clang::FunctionDecl *Function) const;

  /// Computes the locks held on entry to every thread-context function.
  void computeEntryLocks(LockSetAnalysis &Locks);

  /// The locks held on entry to Function (empty for entries).
  const HeldLocks &entryLocks(const clang::FunctionDecl *Function) const;

  /// The direct calls made by Function to functions with a body.
  const std::vector<
      std::pair<const clang::CallExpr *, const clang::FunctionDecl *>> &
  callsFrom(const clang::FunctionDecl *Function) const;

private:
  std::vector<const clang::FunctionDecl *> Functions;
  std::vector<SpawnSite> Spawns;
  std::map<const clang::FunctionDecl *, std::vector<const SpawnSite *>>
      SpawnsByEntry;
  std::vector<const clang::FunctionDecl *> ThreadFunctions;
  std::map<const clang::FunctionDecl *,
           std::vector<const clang::FunctionDecl *>>
      Reaching;
  std::map<const clang::FunctionDecl *,
           std::vector<
               std::pair<const clang::CallExpr *, const clang::FunctionDecl *>>>
      Calls;
  /// Per entry, how each function it reaches was first reached.
  std::map<const clang::FunctionDecl *,
           std::map<const clang::FunctionDecl *, CallStep>>
      FirstCall;
  std::map<const clang::FunctionDecl *, HeldLocks> EntryLocks;
};

} // namespace ownck

#endif // OWNCK_THREADCONTEXT_H
