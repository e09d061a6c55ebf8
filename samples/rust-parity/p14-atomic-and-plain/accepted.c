/*
 * accepted.c: refused.c corrected. The batch is counted with the same
 * atomic add as the single items, so every access made while the threads
 * run is atomic and no update is lost. Prints 10000 on every run, and
 * ownck accepts it. The plain read in main comes after the last join,
 * which orders it after every add, as Rust's load after join.
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

enum { THREADS = 10, ITEMS = 500 };

static int counter;

/* Reports a failed pthread call, whose result is `err`, and exits. */
_Noreturn static void die(const char *what, int err) {
  errno = err;
  perror(what);
  exit(EXIT_FAILURE);
}

/* Counts one item: an atomic read-modify-write. */
static void count_one(void) {
  __atomic_fetch_add(&counter, 1, __ATOMIC_RELAXED);
}

/* Counts a batch of items: one atomic add of the whole batch. */
static void count_batch(int items) {
  __atomic_fetch_add(&counter, items, __ATOMIC_RELAXED);
}

static void *work(void *arg) {
  (void)arg;
  for (int i = 0; i < ITEMS; i++)
    count_one();
  count_batch(ITEMS);
  return NULL;
}

int main(void) {
  pthread_t threads[THREADS];
  int err;

  for (int i = 0; i < THREADS; i++)
    if ((err = pthread_create(&threads[i], NULL, work, NULL)) != 0)
      die("pthread_create", err);
  for (int i = 0; i < THREADS; i++)
    if ((err = pthread_join(threads[i], NULL)) != 0)
      die("pthread_join", err);
  /* Every thread has been joined: a plain read is ordered after them. */
  printf("%d\n", counter);
  return 0;
}
