/*
 * fixed_mutex.c: racy_global.c fixed with a lock. SHARED_MUT names the
 * mutex that guards `counter`, and every increment holds it; main reads
 * the total after the last join, when no thread is left to race. Prints
 * 10000 on every run, and ownck accepts it. Rust's equivalent keeps the
 * counter inside an Arc<Mutex<i32>>.
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include <ownership.h>

enum { THREADS = 10, INCREMENTS = 1000 };

static pthread_mutex_t counter_lock = PTHREAD_MUTEX_INITIALIZER;
static int counter SHARED_MUT(counter_lock);

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
  printf("%d\n", counter);
  return 0;
}
