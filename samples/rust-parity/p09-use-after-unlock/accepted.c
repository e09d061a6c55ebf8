/*
 * accepted.c: refused.c fixed by reading `total` before the unlock,
 * while total_lock still keeps the other threads out. Exactly one
 * thread sees its own share bring the total to the quota. Prints
 * "total 100, filled by 1 thread(s)" on every run, and ownck accepts
 * it. Rust's equivalent uses the guard before dropping it.
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
  *filled_quota = total == QUOTA; /* accepted: total_lock is held */
  pthread_mutex_unlock(&total_lock);
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
