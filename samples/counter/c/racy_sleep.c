/*
 * racy_sleep.c: two threads write the counter with no lock, and main
 * waits for them with a sleep instead of a join before it reads the
 * counter. The writers race with each other, and main's read races with
 * both: a sleep orders nothing, only a join does. ownck refuses the
 * writes and the read, as rustc refuses threads that borrow a counter
 * mutably while main reads it (E0499, E0502).
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

enum { THREADS = 2, INCREMENTS = 1000 };

static int counter;

/* Reports a failed pthread call, whose result is `err`, and exits. */
_Noreturn static void die(const char *what, int err) {
  errno = err;
  perror(what);
  exit(EXIT_FAILURE);
}

static void *work(void *arg) {
  (void)arg;
  for (int i = 0; i < INCREMENTS; i++)
    counter++;
  return NULL;
}

int main(void) {
  pthread_t threads[THREADS];
  int err;

  for (int i = 0; i < THREADS; i++)
    if ((err = pthread_create(&threads[i], NULL, work, NULL)) != 0)
      die("pthread_create", err);
  sleep(1); /* hoping the writers are done: nothing guarantees it */
  printf("%d\n", counter);
  return 0;
}
