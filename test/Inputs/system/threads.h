/* A simulated C11 <threads.h> for the checker tests. */
#pragma clang system_header
#ifndef OWNCK_TEST_THREADS_H
#define OWNCK_TEST_THREADS_H

#include <time.h>

typedef unsigned long thrd_t;
typedef int (*thrd_start_t)(void *);
typedef struct { int opaque[10]; } mtx_t;
typedef struct { int opaque[12]; } cnd_t;
typedef int once_flag;
struct timespec;
#define ONCE_FLAG_INIT 0

enum { thrd_success = 0, thrd_busy = 1, thrd_error = 2, thrd_nomem = 3,
       thrd_timedout = 4 };
enum { mtx_plain = 0, mtx_recursive = 1, mtx_timed = 2 };

int thrd_create(thrd_t *thread, thrd_start_t start, void *arg);
int thrd_join(thrd_t thread, int *result);
int thrd_detach(thrd_t thread);
int thrd_sleep(const struct timespec *duration, struct timespec *remaining);
void thrd_yield(void);
_Noreturn void thrd_exit(int result);

int mtx_init(mtx_t *m, int type);
int mtx_lock(mtx_t *m);
int mtx_timedlock(mtx_t *restrict m, const struct timespec *restrict t);
int mtx_trylock(mtx_t *m);
int mtx_unlock(mtx_t *m);
void mtx_destroy(mtx_t *m);

int cnd_init(cnd_t *c);
int cnd_wait(cnd_t *c, mtx_t *m);
int cnd_timedwait(cnd_t *restrict c, mtx_t *restrict m,
                  const struct timespec *restrict t);
int cnd_signal(cnd_t *c);
int cnd_broadcast(cnd_t *c);
void cnd_destroy(cnd_t *c);

void call_once(once_flag *flag, void (*init)(void));

#endif
