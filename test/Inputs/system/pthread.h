/* A simulated <pthread.h> for the checker tests: the declarations the
   checker recognises, with no dependence on the host's headers. */
#pragma clang system_header
#ifndef OWNCK_TEST_PTHREAD_H
#define OWNCK_TEST_PTHREAD_H

typedef unsigned long pthread_t;
typedef struct { int opaque[10]; } pthread_attr_t;
typedef union { int opaque[10]; } pthread_mutex_t;
typedef struct { int opaque[2]; } pthread_mutexattr_t;
typedef union { int opaque[14]; } pthread_rwlock_t;
typedef volatile int pthread_spinlock_t;
typedef union { int opaque[12]; } pthread_cond_t;
typedef int pthread_once_t;
typedef union { int opaque[8]; } pthread_barrier_t;
typedef struct { int opaque[2]; } pthread_rwlockattr_t;
typedef struct { int opaque[2]; } pthread_condattr_t;
typedef struct { int opaque[2]; } pthread_barrierattr_t;
struct timespec;

#define PTHREAD_MUTEX_INITIALIZER { { 0 } }
#define PTHREAD_RWLOCK_INITIALIZER { { 0 } }
#define PTHREAD_COND_INITIALIZER { { 0 } }
#define PTHREAD_ONCE_INIT 0

int pthread_create(pthread_t *thread, const pthread_attr_t *attr,
                   void *(*start)(void *), void *arg);
int pthread_join(pthread_t thread, void **result);
int pthread_detach(pthread_t thread);
void pthread_exit(void *result) __attribute__((noreturn));
pthread_t pthread_self(void);

int pthread_mutex_init(pthread_mutex_t *m, const pthread_mutexattr_t *a);
int pthread_mutex_destroy(pthread_mutex_t *m);
int pthread_mutex_lock(pthread_mutex_t *m);
int pthread_mutex_trylock(pthread_mutex_t *m);
int pthread_mutex_timedlock(pthread_mutex_t *m, const struct timespec *t);
int pthread_mutex_unlock(pthread_mutex_t *m);

int pthread_rwlock_init(pthread_rwlock_t *l, const pthread_rwlockattr_t *a);
int pthread_rwlock_destroy(pthread_rwlock_t *l);
int pthread_rwlock_rdlock(pthread_rwlock_t *l);
int pthread_rwlock_tryrdlock(pthread_rwlock_t *l);
int pthread_rwlock_wrlock(pthread_rwlock_t *l);
int pthread_rwlock_trywrlock(pthread_rwlock_t *l);
int pthread_rwlock_unlock(pthread_rwlock_t *l);

int pthread_spin_init(pthread_spinlock_t *l, int shared);
int pthread_spin_destroy(pthread_spinlock_t *l);
int pthread_spin_lock(pthread_spinlock_t *l);
int pthread_spin_trylock(pthread_spinlock_t *l);
int pthread_spin_unlock(pthread_spinlock_t *l);

int pthread_cond_init(pthread_cond_t *c, const pthread_condattr_t *a);
int pthread_cond_destroy(pthread_cond_t *c);
int pthread_cond_wait(pthread_cond_t *c, pthread_mutex_t *m);
int pthread_cond_timedwait(pthread_cond_t *c, pthread_mutex_t *m,
                           const struct timespec *t);
int pthread_cond_signal(pthread_cond_t *c);
int pthread_cond_broadcast(pthread_cond_t *c);

int pthread_once(pthread_once_t *once, void (*init)(void));
int pthread_barrier_init(pthread_barrier_t *b, const pthread_barrierattr_t *a,
                         unsigned count);
int pthread_barrier_destroy(pthread_barrier_t *b);
int pthread_barrier_wait(pthread_barrier_t *b);
#define PTHREAD_BARRIER_SERIAL_THREAD (-1)

/* Cancellation cleanup handlers, as glibc's C macros shape them: the
   handler runs through a function pointer when pop is given non-zero. */
#define pthread_cleanup_push(routine, arg)                                     \
  do {                                                                         \
    void (*cleanup_routine_)(void *) = (routine);                              \
    void *cleanup_arg_ = (arg);
#define pthread_cleanup_pop(execute)                                           \
  if (execute)                                                                 \
    cleanup_routine_(cleanup_arg_);                                            \
  }                                                                            \
  while (0)

#endif
