/*
 * fixed_atomic.c: racy_global.c fixed with an atomic counter. Each
 * atomic_fetch_add is one indivisible read-modify-write, so no increment
 * is lost and no lock is needed. Prints 10000 on every run, and ownck
 * accepts it. Rust's equivalent is a static AtomicUsize.
 */
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

enum { THREADS = 10, INCREMENTS = 1000 };

static atomic_int counter;

/* Reports a failed pthread call, whose result is `err`, and exits. */
_Noreturn static void die(const char *what, int err) {
  errno = err;
  perror(what);
  exit(EXIT_FAILURE);
}

static void *work(void *arg) {
  (void)arg;
  for (int i = 0; i < INCREMENTS; i++)
    atomic_fetch_add(&counter, 1);
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
  printf("%d\n", atomic_load(&counter));
  return 0;
}
