/*
 * accepted.c: refused.c fixed by taking the lock that guards the data.
 * deposit() holds deposits_lock while it counts and balance_lock while
 * it adds to `balance`, each object under its own guard, as its
 * SHARED_MUT annotation says. Prints "400 deposits, balance 4000" on
 * every run, and ownck accepts it. Rust's equivalent locks each Mutex
 * to reach the number inside it.
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
    pthread_mutex_unlock(&deposits_lock);

    pthread_mutex_lock(&balance_lock);
    balance += AMOUNT; /* accepted: its own guard is held */
    pthread_mutex_unlock(&balance_lock);
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
