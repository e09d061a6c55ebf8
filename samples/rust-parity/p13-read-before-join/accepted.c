/*
 * accepted.c: refused.c fixed by joining the writers before the read.
 * pthread_join returns only once the thread has finished, and
 * everything the thread wrote is visible to main after it: no lock and
 * no sleep needed for the read. Prints 2000 on every run, and ownck
 * accepts it. Rust's equivalent takes the result from join().
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

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
  for (int i = 0; i < THREADS; i++)
    if ((err = pthread_join(threads[i], NULL)) != 0)
      die("pthread_join", err);
  printf("%d\n", counter); /* accepted: both writers have finished */
  return 0;
}
