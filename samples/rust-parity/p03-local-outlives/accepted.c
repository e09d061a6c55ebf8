/*
 * Parity row P3, accepted: the thread that adds to `count` is joined
 * before count_in_a_thread() returns, on every path, so the thread never
 * outlives the local it borrows. This is the shape of Rust's
 * thread::scope, which joins its threads before the scope ends; the
 * function then reads the total safely.
 *
 *     ownck accepted.c && cc -pthread accepted.c && ./a.out
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

enum { INCREMENTS = 1000 };

/* Reports a failed pthread call, whose result is `err`, and exits. */
_Noreturn static void die(const char *what, int err) {
  errno = err;
  perror(what);
  exit(EXIT_FAILURE);
}

static void *work(void *arg) {
  int *count = arg;

  for (int i = 0; i < INCREMENTS; i++)
    (*count)++;
  return NULL;
}

/* Counts in a thread and returns the total once the thread is done. */
static int count_in_a_thread(void) {
  pthread_t thread;
  int count = 0;
  int err;

  if ((err = pthread_create(&thread, NULL, work, &count)) != 0)
    die("pthread_create", err);
  if ((err = pthread_join(thread, NULL)) != 0) /* the end of the scope */
    die("pthread_join", err);
  return count;
}

int main(void) {
  printf("%d\n", count_in_a_thread());
  return 0;
}
