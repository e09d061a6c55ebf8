//===- Checkers.h - The ownership checkers the plugin registers -*- C++ -*-===//
//
// One checker per rule family, each in a file of its own, all registered
// under the `ownership` package by Plugin.cpp. Every checker runs once per
// translation unit, on the unit's declaration, and never starts Clang's
// path-sensitive engine.
//
//===----------------------------------------------------------------------===//

#ifndef OWNCK_CHECKERS_H
#define OWNCK_CHECKERS_H

namespace clang {
namespace ento {
class CheckerManager;
} // namespace ento
} // namespace clang

namespace ownck {

/// ownership.SharedState: shared mutable state reached without its guard,
/// writes to read-only data, the spawner touching what a running thread
/// touches, malformed annotations.
void registerSharedStateChecker(clang::ento::CheckerManager &Manager);

/// ownership.Lifetime: a local whose address reaches a thread that may
/// outlive it.
void registerLifetimeChecker(clang::ento::CheckerManager &Manager);

/// ownership.Moves: OWNED objects used after being moved into a thread,
/// or moved into two.
void registerMovesChecker(clang::ento::CheckerManager &Manager);

/// ownership.Send: NOSEND values handed to another thread.
void registerSendChecker(clang::ento::CheckerManager &Manager);

/// ownership.LockDiscipline: locks still held when the function that took
/// them returns, condition waits without their mutex.
void registerLockDisciplineChecker(clang::ento::CheckerManager &Manager);

/// ownership.AtomicMix: one object accessed both atomically and plainly.
void registerAtomicMixChecker(clang::ento::CheckerManager &Manager);

/// ownership.ThreadUnsafeCalls: library calls that are not thread-safe,
/// made in thread context.
void registerThreadUnsafeCallsChecker(clang::ento::CheckerManager &Manager);

} // namespace ownck

#endif // OWNCK_CHECKERS_H
