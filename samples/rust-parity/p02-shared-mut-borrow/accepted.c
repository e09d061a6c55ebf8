/*
 * accepted.c: refused.c fixed by giving each thread its own slot. main
 * passes &slots[i] to thread i, so no two threads write the same int,
 * and sums the slots after the last join, when every thread is done.
 * Prints 4000 on every run, and ownck accepts it. Rust's equivalent
 * hands each scoped thread one element of slots.iter_mut().
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
  int *slot = arg; /* this thread's own int, touched by no other */

  for (int i = 0; i < INCREMENTS; i++)
    (*slot)++;
  return NULL;
}

int main(void) {
  pthread_t threads[THREADS];
  int slots[THREADS] = {0};
  int total = 0;
  int err;

  for (int i = 0; i < THREADS; i++)
    if ((err = pthread_create(&threads[i], NULL, count, &slots[i])) != 0)
      die("pthread_create", err);
  for (int i = 0; i < THREADS; i++)
    if ((err = pthread_join(threads[i], NULL)) != 0)
      die("pthread_join", err);
  for (int i = 0; i < THREADS; i++)
    total += slots[i];
  printf("%d\n", total);
  return 0;
}
