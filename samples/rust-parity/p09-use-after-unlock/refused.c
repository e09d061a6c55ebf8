/*
 * refused.c: parity row P9, data used after its guard is released.
 * Four threads each add their share to `total`, guarded by
 * `total_lock`; the thread whose share fills the quota is to say so.
 * contribute() releases the lock first and looks at `total` after: by
 * then another thread may have added its share too, and several
 * threads (or none) may believe they filled the quota.
 *
 * A C compiler accepts this; ownck refuses the read after the unlock.
 * Rust cannot express the mistake: `total` is reached only through the
 * guard, and a guard cannot be used once dropped (E0382, refused.rs).
 */
#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#include <ownership.h>

enum { THREADS = 4, SHARE = 25, QUOTA = THREADS * SHARE };

static pthread_mutex_t total_lock = PTHREAD_MUTEX_INITIALIZER;
static int total SHARED_MUT(total_lock);

/* Reports a failed pthread call, whose result is `err`, and exits. */
_Noreturn static void die(const char *what, int err) {
  errno = err;
  perror(what);
  exit(EXIT_FAILURE);
}

/* Adds one share; `arg` points at this thread's answer to "did my
 * share fill the quota?". */
static void *contribute(void *arg) {
  bool *filled_quota = arg;

  pthread_mutex_lock(&total_lock);
  total += SHARE;
  pthread_mutex_unlock(&total_lock);
  *filled_quota = total == QUOTA; /* refused: total_lock is released */
  return NULL;
}

int main(void) {
  pthread_t threads[THREADS];
  bool filled_quota[THREADS];
  int fillers = 0;
  int err;

  for (int i = 0; i < THREADS; i++)
    if ((err = pthread_create(&threads[i], NULL, contribute,
                              &filled_quota[i])) != 0)
      die("pthread_create", err);
  for (int i = 0; i < THREADS; i++)
    if ((err = pthread_join(threads[i], NULL)) != 0)
      die("pthread_join", err);
  for (int i = 0; i < THREADS; i++)
    fillers += filled_quota[i];
  printf("total %d, filled by %d thread(s)\n", total, fillers);
  return 0;
}
