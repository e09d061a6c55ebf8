/*
 * refused.c: parity row P2, one local handed by address to several
 * threads that write it. main passes &counter to four threads, which
 * each add 1 to it 1000 times with no lock: the same object, written by
 * threads that run at once, loses increments.
 *
 * A C compiler accepts this; ownck refuses the write in count(), as
 * rustc refuses four scoped threads that each borrow `counter` mutably
 * (E0499). main's read after the last join is ordered, and accepted.
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

enum { THREADS = 4, INCREMENTS = 1000 };

/* Reports a failed pthread call, whose result is `err`, and exits. */
_Noreturn static void die(const char *what, int err) {
  errno = err;
  perror(what);
  exit(EXIT_FAILURE);
}

static void *count(void *arg) {
  int *counter = arg;

  for (int i = 0; i < INCREMENTS; i++)
    (*counter)++; /* refused: every thread writes the same int */
  return NULL;
}

int main(void) {
  pthread_t threads[THREADS];
  int counter = 0;
  int err;

  for (int i = 0; i < THREADS; i++)
    if ((err = pthread_create(&threads[i], NULL, count, &counter)) != 0)
      die("pthread_create", err);
  for (int i = 0; i < THREADS; i++)
    if ((err = pthread_join(threads[i], NULL)) != 0)
      die("pthread_join", err);
  printf("%d\n", counter);
  return 0;
}
