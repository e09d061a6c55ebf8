//===- ThreadModel.h - What ownck knows about threads and locks -*- C++ -*-===//
//
// The vocabulary shared by every ownership rule: places in memory named
// the same way at two program points, the thread API (spawn, join, lock,
// unlock, atomics) recognised at call sites, and the ownership annotations
// read from declarations. Nothing here walks a whole function; the
// analyses in LockSets and the checkers build on these pieces.
//
//===----------------------------------------------------------------------===//

#ifndef OWNCK_THREADMODEL_H
#define OWNCK_THREADMODEL_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace ownck {

/// A place in memory as the source names it: a variable, possibly
/// dereferenced when it is a pointer, then a chain of fields. Array
/// elements collapse onto their array, so `locks[i]` and `locks[j]` are
/// one place. Two expressions denote the same place when they spell the
/// same chain from the same variable.
struct Place {
  /// The variable the chain starts from; null for "no place".
  const clang::ValueDecl *Base = nullptr;
  /// True when Base is a pointer and the chain starts at its pointee.
  bool Deref = false;
  /// The fields selected, outermost first.
  std::vector<const clang::FieldDecl *> Fields;

  bool isValid() const { return Base != nullptr; }

  /// True when Base has static storage: a global or a function static.
  bool isGlobal() const;

  /// The place one more field down.
  Place withField(const clang::FieldDecl *Field) const;

  /// The place rendered as source: `counter`, `*p`, `ctx->lock`.
  std::string name() const;

  bool operator<(const Place &Other) const {
    return std::tie(Base, Deref, Fields) <
           std::tie(Other.Base, Other.Deref, Other.Fields);
  }
  bool operator==(const Place &Other) const {
    return Base == Other.Base && Deref == Other.Deref && Fields == Other.Fields;
  }
};

/// The place an lvalue expression designates, or an invalid place when
/// the expression is too indirect to name the same way twice.
Place placeOfLValue(const clang::Expr *E);

/// The place a pointer-valued expression points to.
Place placeOfPointee(const clang::Expr *E);

/// The kinds of thread API call the rules care about.
enum class ThreadCall {
  None,
  Spawn,    // pthread_create, thrd_create, OWNCK_SPAWNS functions
  Join,     // pthread_join, thrd_join
  Lock,     // exclusive acquisition
  ReadLock, // shared acquisition (rwlock read side)
  TryLock,  // acquisition that may fail, recognised on its success edge
  Unlock,   // release
  CondWait, // pthread_cond_wait, cnd_wait and their timed forms
  Once,     // pthread_once, call_once
  Detach,   // pthread_detach, thrd_detach: the thread is never joined
  Barrier,  // pthread_barrier_wait: no ordering is claimed from it yet
  Signal,   // pthread_cond_signal, cnd_signal and the broadcasts
  Sleep,    // sleep, usleep, nanosleep, thrd_sleep, thrd_yield: order nothing
  Exit,     // pthread_exit, thrd_exit: the calling thread ends
  Init,     // *_init of a mutex, rwlock, spinlock, condition or barrier
  Destroy,  // *_destroy of the same
};

/// A recognised thread API call and the operands that matter.
struct ThreadCallInfo {
  ThreadCall Kind = ThreadCall::None;
  /// The call classified.
  const clang::CallExpr *Call = nullptr;
  /// Spawn: the entry function, when it names one directly.
  const clang::FunctionDecl *Entry = nullptr;
  /// Spawn: the argument handed to the entry; Join, Detach: the handle.
  const clang::Expr *Argument = nullptr;
  /// Spawn: the handle written by the call.
  const clang::Expr *Handle = nullptr;
  /// Lock, TryLock, Unlock, CondWait: the lock operand (a pointer);
  /// Barrier, Signal, Init, Destroy: the object operated on (a pointer).
  const clang::Expr *LockOperand = nullptr;
  /// TryLock, ReadLock: exclusive or shared acquisition.
  bool Shared = false;
};

/// Classifies a call, from the thread APIs and from the annotations on
/// the callee's declaration.
ThreadCallInfo classifyCall(const clang::CallExpr *Call);

/// An atomic operation on memory it is given the address of: a GCC
/// builtin (`__atomic_*`, `__sync_*`), a C11 builtin (`__c11_atomic_*`,
/// which <stdatomic.h>'s `atomic_*` macros expand to), or an `atomic_*`
/// function declared in a system header.
struct AtomicOperation {
  /// The pointer to the memory operated on; null when the statement is
  /// not an atomic operation.
  const clang::Expr *Pointer = nullptr;
  /// False for loads, which leave the memory as it is.
  bool Writes = false;
};

/// Classifies S as an atomic operation. Fences, lock-freedom queries and
/// `atomic_init` (a plain initialisation) are not operations on memory.
AtomicOperation classifyAtomic(const clang::Stmt *S);

/// True when values of this type are synchronisation objects (mutexes,
/// condition variables, once flags, barriers...) that are meant to be
/// shared and are only ever touched through their API.
bool isSynchronisationType(clang::QualType Type);

/// True when values of this type are locks that SHARED_MUT may name.
bool isLockType(clang::QualType Type);

/// The ownership facts written on one declaration.
struct Annotations {
  bool Owned = false;
  bool Shared = false;
  bool NoSend = false;
  /// SHARED_MUT(guard), or Clang's guarded_by: the guard's spelling.
  std::optional<std::string> GuardName;
  /// guarded_by's argument, when the guard came from Clang's attribute.
  const clang::Expr *GuardExpr = nullptr;
  /// OWNCK_UNSYNCHRONIZED(reason).
  std::optional<std::string> UnsynchronizedReason;
  /// The location of the annotation, for reports about it.
  clang::SourceLocation Location;
};

Annotations readAnnotations(const clang::Decl *D);

/// The OWNED object that P lies in: the shortest prefix of P whose
/// variable or last field is annotated OWNED; Owned, when given, receives
/// that declaration. An invalid place when nothing on the way is OWNED.
Place ownedObjectOf(const Place &P, const clang::ValueDecl **Owned = nullptr);

/// A guard resolved to the declaration it names, or the reason it could
/// not be.
struct ResolvedGuard {
  /// A global or local lock variable, or a sibling field.
  const clang::ValueDecl *Decl = nullptr;
  std::string Problem;
};

/// Resolves the guard named on the declaration D in D's scope: a global,
/// a variable of the enclosing function, or a sibling field.
ResolvedGuard resolveGuard(const clang::ValueDecl *D, const Annotations &Notes);

/// The guard place an access to Object needs, when the object's last
/// field or its variable is SHARED_MUT; an invalid place otherwise.
Place guardPlaceFor(const Place &Object, const ResolvedGuard &Guard);

/// Prefix and suffix tests that read the same on every LLVM the plugin
/// builds against (StringRef's own spelling changed in LLVM 16).
inline bool startsWith(llvm::StringRef Text, llvm::StringRef Prefix) {
  return Text.substr(0, Prefix.size()) == Prefix;
}
inline bool endsWith(llvm::StringRef Text, llvm::StringRef Suffix) {
  return Text.size() >= Suffix.size() &&
         Text.substr(Text.size() - Suffix.size()) == Suffix;
}

/// Strips parentheses and every cast.
const clang::Expr *stripAll(const clang::Expr *E);

} // namespace ownck

#endif // OWNCK_THREADMODEL_H
