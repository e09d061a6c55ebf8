/*
 * accepted.c: refused.c fixed, in the two ways Rust offers for a static
 * that threads share. `atomic_count` is _Atomic: each atomic_fetch_add
 * is one indivisible read-modify-write (Rust: a static AtomicUsize).
 * `locked_count` is SHARED_MUT(count_lock): every access holds the
 * mutex (Rust: a static Mutex<u32>). Both reach 4000 on every run, and
 * ownck accepts the program. The reads in main come after the last
 * join and need neither.
 */
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <threads.h>

#include <ownership.h>

enum { THREADS = 4, INCREMENTS = 1000 };

static atomic_int atomic_count;
static mtx_t count_lock; /* a C11 mutex has no static initialiser */
static int locked_count SHARED_MUT(count_lock);

static int count(void *arg) {
  (void)arg;
  for (int i = 0; i < INCREMENTS; i++) {
    atomic_fetch_add(&atomic_count, 1);

    mtx_lock(&count_lock);
    locked_count++;
    mtx_unlock(&count_lock);
  }
  return 0;
}

int main(void) {
  thrd_t threads[THREADS];

  if (mtx_init(&count_lock, mtx_plain) != thrd_success) {
    fputs("mtx_init failed\n", stderr);
    return EXIT_FAILURE;
  }
  for (int i = 0; i < THREADS; i++)
    if (thrd_create(&threads[i], count, NULL) != thrd_success) {
      fputs("thrd_create failed\n", stderr);
      return EXIT_FAILURE;
    }
  for (int i = 0; i < THREADS; i++)
    thrd_join(threads[i], NULL);
  printf("atomic %d, locked %d\n", atomic_load(&atomic_count), locked_count);
  mtx_destroy(&count_lock);
  return 0;
}
