/*
 * refused.c: parity row P7, a write to data shared read-only. `limit`
 * is declared SHARED: main sets it before the first thread starts, and
 * from then on threads only read it. check() raises it anyway when a
 * request is too big, while other threads read it: a race, and a broken
 * promise that every reader relies on.
 *
 * A C compiler accepts this; ownck refuses the write in check(), as
 * rustc refuses an assignment through an Arc<Config> (E0594).
 */
#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#include <ownership.h>

enum { THREADS = 4 };

/* One thread's question and answer; each thread gets its own. */
struct request {
  int size;
  bool fits;
};

static int limit SHARED; /* read-only once threads run */

/* Reports a failed pthread call, whose result is `err`, and exits. */
_Noreturn static void die(const char *what, int err) {
  errno = err;
  perror(what);
  exit(EXIT_FAILURE);
}

/* Decides whether the request behind `arg` is within the limit. */
static void *check(void *arg) {
  struct request *request = arg;

  if (request->size > limit)
    limit = request->size; /* refused: limit is SHARED, read-only */
  request->fits = request->size <= limit;
  return NULL;
}

int main(void) {
  pthread_t threads[THREADS];
  struct request requests[THREADS] = {
      {3, false}, {8, false}, {12, false}, {20, false}};
  int err;

  limit = 10; /* before the first spawn: no thread reads it yet */
  for (int i = 0; i < THREADS; i++)
    if ((err = pthread_create(&threads[i], NULL, check, &requests[i])) != 0)
      die("pthread_create", err);
  for (int i = 0; i < THREADS; i++)
    if ((err = pthread_join(threads[i], NULL)) != 0)
      die("pthread_join", err);
  for (int i = 0; i < THREADS; i++)
    printf("%d %s\n", requests[i].size, requests[i].fits ? "fits" : "too big");
  return 0;
}
