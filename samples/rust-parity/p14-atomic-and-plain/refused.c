/*
 * refused.c: parity row P14, one counter half converted to atomics. Ten
 * threads each count 500 items one at a time and 500 more in one batch.
 * count_one() uses an atomic add; count_batch() still uses a plain `+=`,
 * a read, an add and a write that any atomic add of another thread can
 * fall between, so its update, or theirs, is lost and the total can come
 * out short of 10000. A C compiler accepts it; ownck refuses the plain
 * access, as rustc refuses `+=` on an AtomicUsize (E0368).
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

/* Counts a batch of items with a plain add: refused. */
static void count_batch(int items) { counter += items; }

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
