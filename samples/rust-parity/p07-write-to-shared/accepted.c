/*
 * accepted.c: refused.c fixed by keeping the promise. main sets the
 * SHARED `limit` before the first spawn; the threads only read it, so
 * any number of them may do so at once, with no lock. Each writes only
 * its own request, and main prints the answers after the last join.
 * Prints the same four lines on every run, and ownck accepts it. Rust's
 * equivalent reads the limit through an Arc<Config>.
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

  request->fits = request->size <= limit; /* a read: accepted */
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
