// Shapes Rust accepts and so must ownck (parity row P15, and the accepted
// half of P1, P2, P8 and P9): nothing in this file may be reported.
// RUN: %analyze -verify %s
// expected-no-diagnostics

#include <ownership.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <threads.h>

_Atomic int atomic_counter;
atomic_long typedef_atomic_counter;
_Thread_local int per_thread_scratch;
const int limit_read_by_all = 10;
int config_written_before_spawn;
int result_read_after_join;
int guarded_total SHARED_MUT(total_lock);
pthread_mutex_t total_lock = PTHREAD_MUTEX_INITIALIZER;
int inferred_total;
pthread_mutex_t inferred_lock = PTHREAD_MUTEX_INITIALIZER;
pthread_once_t init_once = PTHREAD_ONCE_INIT;
int table_initialised_once;
int wrapped_total SHARED_MUT(wrapped_lock);
pthread_mutex_t wrapped_lock = PTHREAD_MUTEX_INITIALIZER;
int debug_counter OWNCK_UNSYNCHRONIZED("statistics; an off-by-one is fine");

static void init_table(void) { table_initialised_once = 1; }

// A wrapper returning with its lock held says so (parity row P11).
static void take_wrapped(void) __attribute__((acquire_capability(wrapped_lock)));
static void take_wrapped(void) { pthread_mutex_lock(&wrapped_lock); }
static void drop_wrapped(void) { pthread_mutex_unlock(&wrapped_lock); }

static void add_locked(int amount) {
  // Every caller holds total_lock, so this helper runs with it held.
  guarded_total += amount; // no-warning
}

void *worker(void *arg) {
  for (int i = 0; i < limit_read_by_all; i++) {
    atomic_counter++;                           // no-warning
    atomic_fetch_add(&typedef_atomic_counter, 1); // no-warning
    per_thread_scratch += config_written_before_spawn; // no-warning
    debug_counter++;                            // no-warning

    pthread_mutex_lock(&total_lock);
    guarded_total++; // no-warning
    add_locked(2);
    pthread_mutex_unlock(&total_lock);

    pthread_mutex_lock(&inferred_lock);
    inferred_total++; // no-warning
    pthread_mutex_unlock(&inferred_lock);

    if (pthread_mutex_trylock(&inferred_lock) == 0) {
      inferred_total--; // no-warning
      pthread_mutex_unlock(&inferred_lock);
    }

    take_wrapped();
    wrapped_total++; // no-warning
    drop_wrapped();
  }
  pthread_once(&init_once, init_table);
  return 0;
}

int c11_total;
mtx_t c11_lock;

int c11_worker(void *arg) {
  mtx_lock(&c11_lock);
  c11_total++; // no-warning
  mtx_unlock(&c11_lock);
  if (mtx_trylock(&c11_lock) != thrd_success)
    return 1;
  c11_total--; // no-warning
  mtx_unlock(&c11_lock);
  return 0;
}

// Each thread gets its own slot or its own allocation.
struct slot {
  long sum;
};

void *fill_slot(void *arg) {
  struct slot *mine = arg;
  mine->sum += 1; // no-warning
  return 0;
}

int main(void) {
  pthread_t threads[4];
  thrd_t c11_threads[4];
  struct slot slots[4];
  config_written_before_spawn = 3;
  mtx_init(&c11_lock, mtx_plain);
  for (int i = 0; i < 4; i++)
    pthread_create(&threads[i], 0, worker, 0);
  for (int i = 0; i < 4; i++)
    thrd_create(&c11_threads[i], c11_worker, 0);
  for (int i = 0; i < 4; i++)
    pthread_create(&threads[i], 0, fill_slot, &slots[i]);
  for (int i = 0; i < 4; i++) {
    struct slot *fresh = malloc(sizeof *fresh);
    pthread_create(&threads[i], 0, fill_slot, fresh);
  }
  for (int i = 0; i < 4; i++)
    pthread_join(threads[i], 0);
  result_read_after_join = guarded_total + inferred_total;
  return result_read_after_join;
}
