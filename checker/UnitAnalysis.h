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

#include <memory>

namespace ownck {

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

private:
  UnitAnalysis(const clang::TranslationUnitDecl *Unit,
               clang::ento::AnalysisManager &Manager);

  const clang::TranslationUnitDecl *Unit;
  clang::ento::AnalysisManager *Manager;
  ThreadContext Context;
  LockSetAnalysis Locks;
  SpawnWindows Windows;
  bool LocksReady = false;
  bool WindowsReady = false;
};

} // namespace ownck

#endif // OWNCK_UNITANALYSIS_H
