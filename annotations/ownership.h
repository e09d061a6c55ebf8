/*
 * ownership.h: the annotations that the ownck checker reads.
 *
 * Each macro states who may touch an object from which thread, in the
 * terms Rust's type system uses: OWNED (a value that moves), SHARED_MUT
 * (data inside its mutex), SHARED (shared read-only data) and NOSEND (a
 * value that must stay on its thread). Under Clang the macros expand to
 * `annotate` attributes that the checker reads from the AST; under any
 * other compiler they expand to nothing, so annotated code builds as
 * before. The guard named by SHARED_MUT is kept as text and resolved by
 * the checker in the declaration's scope.
 *
 * The header is C99 and has no effect on code generation.
 */
#ifndef OWNCK_OWNERSHIP_H
#define OWNCK_OWNERSHIP_H

#if defined(__clang__)
#define OWNCK_ANNOTATE(text) __attribute__((annotate(text)))
#else
#define OWNCK_ANNOTATE(text)
#endif
/* Spells its argument after macro expansion: a guard may be a macro. */
#define OWNCK_TEXT(tokens) OWNCK_SPELL(tokens)
#define OWNCK_SPELL(tokens) #tokens

/* One owner at a time; handing the object to a thread moves it there. */
#define OWNED OWNCK_ANNOTATE("ownck_owned")

/* Shared between threads; touched only while the lock `guard` is held. */
#define SHARED_MUT(guard) OWNCK_ANNOTATE("ownck_shared_mut:" OWNCK_TEXT(guard))

/* Shared between threads and read-only once the first thread starts. */
#define SHARED OWNCK_ANNOTATE("ownck_shared")

/* Values of this type must stay on the thread that created them. */
#define NOSEND OWNCK_ANNOTATE("ownck_nosend")

/*
 * The escape hatch: the object or function is deliberately left
 * unsynchronised, for the reason given (a string literal, required).
 * The checker reports nothing about it; grep for OWNCK_UNSYNCHRONIZED to
 * review every such decision.
 */
#define OWNCK_UNSYNCHRONIZED(reason)                                           \
  OWNCK_ANNOTATE("ownck_unsynchronized:" reason)

/*
 * A user function that starts a thread: parameter number `entry` (counted
 * from 1) is the thread's entry function and parameter number `argument`
 * the pointer passed to it, as for pthread_create(3).
 */
#define OWNCK_SPAWNS(entry, argument)                                          \
  OWNCK_ANNOTATE("ownck_spawns:" #entry "," #argument)

/*
 * User lock wrappers: the function acquires (or releases) the lock that
 * its parameter number `param` (counted from 1) points to.
 */
#define OWNCK_ACQUIRES(param) OWNCK_ANNOTATE("ownck_acquires:" #param)
#define OWNCK_RELEASES(param) OWNCK_ANNOTATE("ownck_releases:" #param)

#endif /* OWNCK_OWNERSHIP_H */
