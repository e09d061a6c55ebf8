/*
 * refused.c: parity row P8, data reached while holding the wrong lock.
 * `balance` is guarded by `balance_lock` and `deposits` by
 * `deposits_lock`. deposit() takes deposits_lock and then updates both:
 * the lock it holds keeps other threads away from `deposits` only, so
 * two deposits can still race on `balance`.
 *
 * A C compiler accepts this; ownck refuses the write to `balance`. Rust
 * cannot express the mistake: the balance lives inside its own Mutex,
 * and holding another mutex's guard gives no way in (refused.rs).
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include <ownership.h>

enum { THREADS = 4, DEPOSITS = 100, AMOUNT = 10 };

static pthread_mutex_t balance_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t deposits_lock = PTHREAD_MUTEX_INITIALIZER;
static long balance SHARED_MUT(balance_lock);
static int deposits SHARED_MUT(deposits_lock);

/* Reports a failed pthread call, whose result is `err`, and exits. */
_Noreturn static void die(const char *what, int err) {
  errno = err;
  perror(what);
  exit(EXIT_FAILURE);
}

static void *deposit(void *arg) {
  (void)arg;
  for (int i = 0; i < DEPOSITS; i++) {
    pthread_mutex_lock(&deposits_lock);
    deposits++;
    balance += AMOUNT; /* refused: deposits_lock does not guard it */
    pthread_mutex_unlock(&deposits_lock);
  }
  return NULL;
}

int main(void) {
  pthread_t threads[THREADS];
  int err;

  for (int i = 0; i < THREADS; i++)
    if ((err = pthread_create(&threads[i], NULL, deposit, NULL)) != 0)
      die("pthread_create", err);
  for (int i = 0; i < THREADS; i++)
    if ((err = pthread_join(threads[i], NULL)) != 0)
      die("pthread_join", err);
  printf("%d deposits, balance %ld\n", deposits, balance);
  pthread_mutex_destroy(&balance_lock);
  pthread_mutex_destroy(&deposits_lock);
  return 0;
}
