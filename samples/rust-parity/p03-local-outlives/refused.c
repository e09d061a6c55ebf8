/*
 * Parity row P3, refused: start_counting() hands the address of its local
 * `count` to a thread and returns the thread's handle, so that main can
 * join it later. By then start_counting() has returned, `count` is gone
 * and its stack slot is reused, yet the thread may still be writing it.
 * A C compiler accepts this; ownck refuses it, as rustc refuses a
 * thread::spawn closure that borrows a local (E0373).
 *
 *     ownck refused.c
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

/* Starts the counting thread; the caller joins it. */
static pthread_t start_counting(void) {
  pthread_t thread;
  int count = 0;
  int err;

  if ((err = pthread_create(&thread, NULL, work, &count)) != 0)
    die("pthread_create", err);
  return thread; /* `count` dies here, while the thread may still run */
}

int main(void) {
  pthread_t thread = start_counting();
  int err;

  if ((err = pthread_join(thread, NULL)) != 0)
    die("pthread_join", err);
  puts("done");
  return 0;
}
