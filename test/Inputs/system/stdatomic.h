/* A simulated <stdatomic.h> for the checker tests, built on Clang's
   C11 atomic builtins as the real one is. */
#pragma clang system_header
#ifndef OWNCK_TEST_STDATOMIC_H
#define OWNCK_TEST_STDATOMIC_H

typedef _Atomic(int) atomic_int;
typedef _Atomic(long) atomic_long;
typedef _Atomic(_Bool) atomic_bool;

#define memory_order_relaxed __ATOMIC_RELAXED
#define memory_order_seq_cst __ATOMIC_SEQ_CST
#define atomic_load(object) __c11_atomic_load(object, __ATOMIC_SEQ_CST)
#define atomic_store(object, value)                                           \
  __c11_atomic_store(object, value, __ATOMIC_SEQ_CST)
#define atomic_fetch_add(object, value)                                       \
  __c11_atomic_fetch_add(object, value, __ATOMIC_SEQ_CST)

#endif
