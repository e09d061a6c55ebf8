/*
 * racy_global.c: the seed example with the counter in a global. Ten
 * threads each add 1 to `counter` 1000 times with no lock. `counter++`
 * is a read, an add and a write, so increments from different threads
 * can overwrite each other and the total can come out short of 10000,
 * differently from run to run. A C compiler accepts it; ownck refuses
 * it, as rustc refuses a `static mut` touched from threads (E0133).
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

enum { THREADS = 10, INCREMENTS = 1000 };

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
  for (int i = 0; i < THREADS; i++)
    if ((err = pthread_join(threads[i], NULL)) != 0)
      die("pthread_join", err);
  printf("%d\n", counter);
  return 0;
}
