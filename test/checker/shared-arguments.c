// One object handed by address to several threads that write through it
// (parity row P2: Rust refuses several `&mut` borrows of one local, E0499),
// and the accepted shapes: a disjoint object per thread, or a lock.
// RUN: %analyze -verify %s

#include <ownership.h>
#include <pthread.h>
#include <stdlib.h>
#include <threads.h>

// --- Rejected -----------------------------------------------------------

void *bump_through_argument(void *arg) {
  int *counter = arg;
  for (int i = 0; i < 1000; i++)
    (*counter)++; // expected-warning {{'local_counter' is written by thread 'bump_through_argument' through its argument with no lock held; the same object is handed to several threads}}
  return 0;
}

int spawn_with_local_counter(void) {
  pthread_t threads[10];
  int local_counter = 0; // expected-note {{'local_counter' declared here}}
  for (int i = 0; i < 10; i++)
    pthread_create(&threads[i], 0, bump_through_argument, &local_counter); // expected-note {{thread 'bump_through_argument' spawned here; the loop starts several of them}}
  for (int i = 0; i < 10; i++)
    pthread_join(threads[i], 0);
  return local_counter;
}

struct tally {
  pthread_mutex_t lock;
  long total;
  long seen;
};

static void add_to_tally(struct tally *tally, long amount) {
  tally->total += amount; // expected-warning {{'shared_tally.total' is written by thread 'tally_worker' through its argument with no lock held}}
}

void *tally_worker(void *arg) {
  struct tally *tally = arg;
  add_to_tally(tally, 5); // expected-note {{thread 'tally_worker' calls 'add_to_tally' here}}
  return 0;
}

void spawn_two_with_one_tally(void) {
  pthread_t first, second;
  struct tally shared_tally = {0}; // expected-note {{'shared_tally' declared here}}
  pthread_create(&first, 0, tally_worker, &shared_tally); // expected-note {{thread 'tally_worker' spawned here}}
  pthread_create(&second, 0, tally_worker, &shared_tally); // expected-note {{thread 'tally_worker' spawned here}}
  pthread_join(first, 0);
  pthread_join(second, 0);
}

int scale_c11(void *arg) {
  double *factor = arg;
  *factor *= 2; // expected-warning {{'*buffer' is written by thread 'scale_c11' through its argument with no lock held}}
  return 0;
}

void spawn_c11_with_one_allocation(void) {
  thrd_t threads[3];
  double *buffer = malloc(sizeof *buffer); // expected-note {{'buffer' declared here}}
  for (int i = 0; i < 3; i++)
    thrd_create(&threads[i], scale_c11, buffer); // expected-note {{thread 'scale_c11' spawned here; the loop starts several of them}}
  for (int i = 0; i < 3; i++)
    thrd_join(threads[i], 0);
  free(buffer);
}

// --- Accepted -----------------------------------------------------------

struct slot {
  long sum;
};

void *fill_own_slot(void *arg) {
  struct slot *mine = arg;
  mine->sum = 42; // no-warning
  return 0;
}

void spawn_with_disjoint_slots(void) {
  pthread_t threads[4];
  struct slot slots[4];
  for (int i = 0; i < 4; i++)
    pthread_create(&threads[i], 0, fill_own_slot, &slots[i]);
  for (int i = 0; i < 4; i++)
    pthread_join(threads[i], 0);
}

void spawn_with_fresh_allocations(void) {
  pthread_t threads[4];
  for (int i = 0; i < 4; i++) {
    struct slot *fresh = malloc(sizeof *fresh);
    pthread_create(&threads[i], 0, fill_own_slot, fresh);
  }
  for (int i = 0; i < 4; i++)
    pthread_join(threads[i], 0);
}

struct guarded_tally {
  pthread_mutex_t lock;
  long total SHARED_MUT(lock);
};

void *guarded_worker(void *arg) {
  struct guarded_tally *tally = arg;
  pthread_mutex_lock(&tally->lock);
  tally->total += 1; // no-warning
  pthread_mutex_unlock(&tally->lock);
  return 0;
}

// A wrapper returning with its lock held says so (parity row P11).
static void lock_tally(struct tally *tally)
    __attribute__((acquire_capability(tally->lock)));
static void lock_tally(struct tally *tally) {
  pthread_mutex_lock(&tally->lock);
}

void *consistently_locked_worker(void *arg) {
  struct tally *tally = arg;
  lock_tally(tally);
  tally->seen++; // no-warning
  pthread_mutex_unlock(&tally->lock);
  return 0;
}

void *read_only_worker(void *arg) {
  const struct tally *tally = arg;
  return (void *)tally->total; // no-warning
}

void spawn_accepted_sharing(void) {
  pthread_t threads[4];
  struct guarded_tally guarded;
  struct tally plain;
  pthread_mutex_init(&guarded.lock, 0);
  pthread_mutex_init(&plain.lock, 0);
  plain.total = 7;
  for (int i = 0; i < 4; i++) {
    pthread_create(&threads[i], 0, guarded_worker, &guarded);
    pthread_create(&threads[i], 0, consistently_locked_worker, &plain);
    pthread_create(&threads[i], 0, read_only_worker, &plain);
  }
  for (int i = 0; i < 4; i++)
    pthread_join(threads[i], 0);
}

// --- More shapes: a whole array handed to every thread -------------------

static void store_result(long *results, int index) {
  results[index] = index; // expected-warning {{'results' is written by thread 'compute_into_shared_array' through its argument with no lock held; the same object is handed to several threads}}
}

void *compute_into_shared_array(void *arg) {
  store_result(arg, 0); // expected-note {{thread 'compute_into_shared_array' calls 'store_result' here}}
  return 0;
}

void spawn_with_one_array(void) {
  pthread_t threads[4];
  long results[4]; // expected-note {{'results' declared here}}
  for (int i = 0; i < 4; i++)
    pthread_create(&threads[i], 0, compute_into_shared_array, results); // expected-note {{thread 'compute_into_shared_array' spawned here; the loop starts several of them}}
  for (int i = 0; i < 4; i++)
    pthread_join(threads[i], 0);
}

// --- Elements with constant indices -------------------------------------

void *bump_slot(void *arg) {
  int *slot = arg;
  (*slot)++; // no-warning: each thread has its own element
  return 0;
}

int spawn_with_constant_elements(void) {
  int results[2] = {0, 0};
  pthread_t first, second;
  pthread_create(&first, 0, bump_slot, &results[0]);
  pthread_create(&second, 0, bump_slot, &results[1]);
  pthread_join(first, 0);
  pthread_join(second, 0);
  return results[0] + results[1];
}

void *bump_same_slot(void *arg) {
  int *slot = arg;
  (*slot)++; // expected-warning {{'results' is written by thread 'bump_same_slot' through its argument with no lock held; the same object is handed to several threads}}
  return 0;
}

int spawn_with_one_constant_element_twice(void) {
  int results[2] = {0, 0}; // expected-note {{'results' declared here}}
  pthread_t first, second;
  pthread_create(&first, 0, bump_same_slot, &results[1]); // expected-note {{thread 'bump_same_slot' spawned here}}
  pthread_create(&second, 0, bump_same_slot, &results[1]); // expected-note {{thread 'bump_same_slot' spawned here}}
  pthread_join(first, 0);
  pthread_join(second, 0);
  return results[1];
}
