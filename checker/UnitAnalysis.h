//===- UnitAnalysis.h - The analyses every checker starts from -*- C++ -*-===//
//
// The thread context, the lock sets and the spawn windows of one
// translation unit, built once, on first use, and shared by all the
// ownership checkers that run over that unit. Each piece is computed only
// when a checker asks for it, so a unit that starts no thread costs one
// walk of its declarations.
//
//===----------------------------------------------------------------------===//

#ifndef OWNCK_UNITANALYSIS_H
#define OWNCK_UNITANALYSIS_H

#include "LockSets.h"
#include "SpawnWindows.h"
#include "ThreadContext.h"

#include "clang/StaticAnalyzer/Core/PathSensitive/AnalysisManager.h"

#include <map>
#include <memory>
#include <set>
#include <vector>

namespace ownck {

/// An atomic operation a function makes on memory, itself or through a
/// helper handed the memory's address.
struct AtomicSite {
  /// The atomic operation, or the call to the helper that makes it.
  const clang::Expr *Site = nullptr;
  /// The memory, in the function's own terms.
  Place Object;
  /// False for loads.
  bool Writes = false;
};

using AtomicSites =
    std::map<const clang::FunctionDecl *, std::vector<AtomicSite>>;

class UnitAnalysis {
public:
  /// The analysis of Unit, made on the first call for that unit. The
  /// result lives until the next unit is analysed.
  static UnitAnalysis &of(const clang::TranslationUnitDecl *Unit,
                          clang::ento::AnalysisManager &Manager);

  /// Functions, spawns and thread context.
  const ThreadContext &context() const { return Context; }

  /// The lock-set analysis, with every function summarised and the locks
  /// held on entry to each thread-context function computed.
  LockSetAnalysis &locks();

  /// The spawn windows of every spawning function, computed.
  const SpawnWindows &windows();

  /// Per function, the atomic operations it makes on memory it can name:
  /// its own, and through helpers that operate on what a pointer
  /// parameter points to (a few calls deep), renamed as the memory the
  /// call hands over.
  const AtomicSites &atomics();

  /// The variables that hold the thread argument of Entry inside
  /// Function, a function Entry reaches: the entry's pointer parameter,
  /// pointers initialised or assigned from one, and the pointer
  /// parameters of helpers handed one. Null when Function holds none.
  const std::set<const clang::ValueDecl *> *
  argumentAliases(const clang::FunctionDecl *Entry,
                  const clang::FunctionDecl *Function);

private:
  void findArgumentAliases();

  UnitAnalysis(const clang::TranslationUnitDecl *Unit,
               clang::ento::AnalysisManager &Manager);

  const clang::TranslationUnitDecl *Unit;
  clang::ento::AnalysisManager *Manager;
  ThreadContext Context;
  LockSetAnalysis Locks;
  SpawnWindows Windows;
  AtomicSites Atomics;
  bool LocksReady = false;
  bool WindowsReady = false;
  /// Per entry and function reached from it, the argument's aliases.
  std::map<std::pair<const clang::FunctionDecl *, const clang::FunctionDecl *>,
           std::set<const clang::ValueDecl *>>
      Aliases;
  bool AtomicsReady = false;
  bool AliasesReady = false;
};

} // namespace ownck

#endif // OWNCK_UNITANALYSIS_H
