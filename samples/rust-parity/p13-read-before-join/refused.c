/*
 * refused.c: parity row P13, reading a thread's result before the join.
 * This is the seed example's "sleep" variant: two threads add to the
 * counter and main, instead of joining them, sleeps for a second and
 * reads it. The writers hold `counter_lock`, so they do not race with
 * each other; main's read does race with them. A sleep orders nothing:
 * on a loaded machine the writers are not done after a second, and the
 * total printed is short.
 *
 * A C compiler accepts this; ownck refuses main's read. rustc refuses
 * the same idea, reading what a thread owns before join() returns it
 * (E0382, refused.rs).
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

enum { THREADS = 2, INCREMENTS = 1000 };

static pthread_mutex_t counter_lock = PTHREAD_MUTEX_INITIALIZER;
static int counter;

/* Reports a failed pthread call, whose result is `err`, and exits. */
_Noreturn static void die(const char *what, int err) {
  errno = err;
  perror(what);
  exit(EXIT_FAILURE);
}

static void *work(void *arg) {
  (void)arg;
  for (int i = 0; i < INCREMENTS; i++) {
    pthread_mutex_lock(&counter_lock);
    counter++;
    pthread_mutex_unlock(&counter_lock);
  }
  return NULL;
}

int main(void) {
  pthread_t threads[THREADS];
  int err;

  for (int i = 0; i < THREADS; i++)
    if ((err = pthread_create(&threads[i], NULL, work, NULL)) != 0)
      die("pthread_create", err);
  sleep(1);                /* hoping the writers are done: nothing says so */
  printf("%d\n", counter); /* refused: the writers may still be running */
  return 0;
}
