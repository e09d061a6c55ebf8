/* A simulated <stdatomic.h> for the checker tests, built on Clang's
   C11 atomic builtins as the real one is. */
#pragma clang system_header
#ifndef OWNCK_TEST_STDATOMIC_H
#define OWNCK_TEST_STDATOMIC_H

typedef _Atomic(int) atomic_int;
typedef _Atomic(long) atomic_long;
typedef _Atomic(_Bool) atomic_bool;

typedef enum memory_order {
  memory_order_relaxed = __ATOMIC_RELAXED,
  memory_order_consume = __ATOMIC_CONSUME,
  memory_order_acquire = __ATOMIC_ACQUIRE,
  memory_order_release = __ATOMIC_RELEASE,
  memory_order_acq_rel = __ATOMIC_ACQ_REL,
  memory_order_seq_cst = __ATOMIC_SEQ_CST
} memory_order;

#define atomic_init __c11_atomic_init
#define atomic_load(object) __c11_atomic_load(object, __ATOMIC_SEQ_CST)
#define atomic_load_explicit __c11_atomic_load
#define atomic_store(object, value)                                           \
  __c11_atomic_store(object, value, __ATOMIC_SEQ_CST)
#define atomic_store_explicit __c11_atomic_store
#define atomic_fetch_add(object, value)                                       \
  __c11_atomic_fetch_add(object, value, __ATOMIC_SEQ_CST)
#define atomic_fetch_add_explicit __c11_atomic_fetch_add
#define atomic_compare_exchange_strong(object, expected, desired)             \
  __c11_atomic_compare_exchange_strong(object, expected, desired,             \
                                       __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)

#endif
