/*
 * accepted.c: refused.c fixed by taking the rwlock in the mode each
 * access needs: for reading while lookup() reads the price, so lookups
 * still run side by side, and for writing while it counts itself, so
 * the count is changed by one thread at a time. Prints "4 lookups,
 * prices sum to 545" on every run, and ownck accepts it. Rust's
 * equivalent writes through the guard that RwLock::write returns.
 */
#define _POSIX_C_SOURCE 200809L /* for pthread_rwlock_t under -std=c11 */

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include <ownership.h>

enum { ITEMS = 4 };

/* One thread's question (which item) and answer (its price). */
struct query {
  int item;
  int price;
};

static pthread_rwlock_t table_lock = PTHREAD_RWLOCK_INITIALIZER;
static int prices[ITEMS] SHARED_MUT(table_lock) = {120, 45, 300, 80};
static int lookups SHARED_MUT(table_lock);

/* Reports a failed pthread call, whose result is `err`, and exits. */
_Noreturn static void die(const char *what, int err) {
  errno = err;
  perror(what);
  exit(EXIT_FAILURE);
}

static void *lookup(void *arg) {
  struct query *query = arg;

  pthread_rwlock_rdlock(&table_lock);
  query->price = prices[query->item]; /* a read: shared access suffices */
  pthread_rwlock_unlock(&table_lock);

  pthread_rwlock_wrlock(&table_lock);
  lookups++; /* accepted: table_lock is held for writing */
  pthread_rwlock_unlock(&table_lock);
  return NULL;
}

int main(void) {
  pthread_t threads[ITEMS];
  struct query queries[ITEMS];
  int sum = 0;
  int err;

  for (int i = 0; i < ITEMS; i++) {
    queries[i].item = i;
    if ((err = pthread_create(&threads[i], NULL, lookup, &queries[i])) != 0)
      die("pthread_create", err);
  }
  for (int i = 0; i < ITEMS; i++)
    if ((err = pthread_join(threads[i], NULL)) != 0)
      die("pthread_join", err);
  for (int i = 0; i < ITEMS; i++)
    sum += queries[i].price;
  printf("%d lookups, prices sum to %d\n", lookups, sum);
  return 0;
}
