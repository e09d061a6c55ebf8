/*
 * racy_local.c: the seed example with the counter a local of main. Its
 * address goes to ten threads, and each adds 1 through that pointer 1000
 * times with no lock, so increments can be lost as in racy_global.c. A C
 * compiler accepts it; ownck refuses it, as rustc refuses ten closures
 * that borrow one local mutably at once (E0499).
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

enum { THREADS = 10, INCREMENTS = 1000 };

/* Reports a failed pthread call, whose result is `err`, and exits. */
_Noreturn static void die(const char *what, int err) {
  errno = err;
  perror(what);
  exit(EXIT_FAILURE);
}

static void *work(void *arg) {
  int *counter = arg;

  for (int i = 0; i < INCREMENTS; i++)
    (*counter)++;
  return NULL;
}

int main(void) {
  pthread_t threads[THREADS];
  int counter = 0;
  int err;

  for (int i = 0; i < THREADS; i++)
    if ((err = pthread_create(&threads[i], NULL, work, &counter)) != 0)
      die("pthread_create", err);
  for (int i = 0; i < THREADS; i++)
    if ((err = pthread_join(threads[i], NULL)) != 0)
      die("pthread_join", err);
  printf("%d\n", counter);
  return 0;
}
