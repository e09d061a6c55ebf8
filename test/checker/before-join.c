// Reading a thread's result before joining it (parity row P13: Rust
// refuses the read with E0502 while the thread holds the `&mut`, and with
// E0382 once the result moved into it). Waiting with a sleep or a busy
// loop on a plain flag is not a join: the read is refused at the
// spawner's access. Accepted: the read after the join, and atomic reads
// of a flag the thread writes atomically. The plain `sleep`, detached
// threads and joins on one branch only are in spawner-window.c.
// RUN: %analyze -verify %s

#include <ownership.h>
#include <pthread.h>
#include <stdlib.h>
#include <stdatomic.h>
#include <threads.h>
#include <time.h>
#include <unistd.h>

// --- Rejected -----------------------------------------------------------

long usleep_result; // expected-note {{'usleep_result' declared here}}

void *compute_usleep_result(void *arg) {
  usleep_result = 6 * 7; // expected-note {{'usleep_result' is written here by thread 'compute_usleep_result'}}
  return 0;
}

long read_after_usleep(void) {
  pthread_t thread;
  pthread_create(&thread, 0, compute_usleep_result, 0); // expected-note {{thread 'compute_usleep_result' spawned here and not joined before the access}}
  usleep(1000);
  long seen = usleep_result; // expected-warning {{'usleep_result' is read by 'read_after_usleep' while thread 'compute_usleep_result' may still write it; join the thread first}}
  pthread_join(thread, 0);
  return seen;
}

void *fill_through_argument(void *arg) {
  long *out = arg;
  *out = 42; // expected-note {{'answer' is written here by thread 'fill_through_argument'}}
  return 0;
}

long read_local_after_nanosleep(void) {
  pthread_t thread;
  long answer = 0; // expected-note {{'answer' declared here}}
  struct timespec pause = {0, 1000000};
  pthread_create(&thread, 0, fill_through_argument, &answer); // expected-note {{thread 'fill_through_argument' spawned here and not joined before the access}}
  nanosleep(&pause, 0);
  long seen = answer; // expected-warning {{'answer' is read by 'read_local_after_nanosleep' while thread 'fill_through_argument' may still write it; join the thread first}}
  pthread_join(thread, 0);
  return seen;
}

int c11_result; // expected-note {{'c11_result' declared here}}

int compute_c11_result(void *arg) {
  c11_result = 7; // expected-note {{'c11_result' is written here by thread 'compute_c11_result'}}
  return 0;
}

int read_after_thrd_sleep(void) {
  thrd_t thread;
  struct timespec pause = {1, 0};
  thrd_create(&thread, compute_c11_result, 0); // expected-note {{thread 'compute_c11_result' spawned here and not joined before the access}}
  thrd_sleep(&pause, 0);
  int seen = c11_result; // expected-warning {{'c11_result' is read by 'read_after_thrd_sleep' while thread 'compute_c11_result' may still write it; join the thread first}}
  thrd_join(thread, 0);
  return seen;
}

int plain_done; // expected-note {{'plain_done' declared here}}

void *finish_plainly(void *arg) {
  plain_done = 1; // expected-note {{'plain_done' is written here by thread 'finish_plainly'}}
  return 0;
}

void spin_on_plain_flag(void) {
  pthread_t thread;
  pthread_create(&thread, 0, finish_plainly, 0); // expected-note {{thread 'finish_plainly' spawned here and not joined before the access}}
  while (!plain_done) // expected-warning {{'plain_done' is read by 'spin_on_plain_flag' while thread 'finish_plainly' may still write it; join the thread first}}
    ;
  pthread_join(thread, 0);
}

int yielded_done; // expected-note {{'yielded_done' declared here}}

int finish_c11(void *arg) {
  yielded_done = 1; // expected-note {{'yielded_done' is written here by thread 'finish_c11'}}
  return 0;
}

static int is_done(void) { return yielded_done; }

void spin_with_thrd_yield(void) {
  thrd_t thread;
  thrd_create(&thread, finish_c11, 0); // expected-note {{thread 'finish_c11' spawned here and not joined before the access}}
  while (!yielded_done) // expected-warning {{'yielded_done' is read by 'spin_with_thrd_yield' while thread 'finish_c11' may still write it; join the thread first}}
    thrd_yield();
  // TODO: reads made by the spawner's callees are not checked.
  while (!is_done()) // no-warning
    thrd_yield();
  thrd_join(thread, 0);
}

// --- Accepted -----------------------------------------------------------

long joined_result;

void *compute_joined_result(void *arg) {
  joined_result = 42; // no-warning
  return 0;
}

long read_after_sleep_and_join(void) {
  pthread_t thread;
  pthread_create(&thread, 0, compute_joined_result, 0);
  sleep(1);
  pthread_join(thread, 0);
  return joined_result; // no-warning: the join orders the write before it
}

atomic_int atomic_ready;
_Atomic long atomic_progress;
long published_payload;

void *publish(void *arg) {
  published_payload = 7; // no-warning
  atomic_progress = 50;  // no-warning
  atomic_store(&atomic_ready, 1);
  return 0;
}

long spin_on_atomic_flag(void) {
  pthread_t thread;
  pthread_create(&thread, 0, publish, 0);
  while (!atomic_load(&atomic_ready)) // no-warning
    usleep(10);
  long progress = atomic_progress; // no-warning: an atomic read
  pthread_join(thread, 0);
  return progress + published_payload; // no-warning: read after the join
}

int c11_joined_total;

int add_c11_total(void *arg) {
  c11_joined_total += 3; // no-warning
  return 0;
}

int read_after_c11_join_loop(void) {
  thrd_t threads[2];
  struct timespec pause = {0, 1000};
  c11_joined_total = 1; // no-warning: no thread runs yet
  thrd_create(&threads[0], add_c11_total, 0);
  thrd_join(threads[0], 0);
  thrd_create(&threads[1], add_c11_total, 0);
  thrd_sleep(&pause, 0);
  thrd_join(threads[1], 0);
  return c11_joined_total; // no-warning
}

// --- Known limitation -------------------------------------------------

// Barriers order the writes before them, but ownck does not model that
// yet (see docs/limitations.md).
pthread_barrier_t results_ready;
long barrier_result; // expected-note {{'barrier_result' declared here}}

void *compute_before_barrier(void *arg) {
  barrier_result = 99; // expected-note {{'barrier_result' is written here by thread 'compute_before_barrier'}}
  pthread_barrier_wait(&results_ready);
  return 0;
}

long read_after_barrier(void) {
  pthread_t thread;
  pthread_barrier_init(&results_ready, 0, 2);
  pthread_create(&thread, 0, compute_before_barrier, 0); // expected-note {{thread 'compute_before_barrier' spawned here and not joined before the access}}
  pthread_barrier_wait(&results_ready);
  // FIXME: the barrier orders the thread's write before this read.
  long seen = barrier_result; // expected-warning {{'barrier_result' is read by 'read_after_barrier' while thread 'compute_before_barrier' may still write it; join the thread first}}
  pthread_join(thread, 0);
  pthread_barrier_destroy(&results_ready);
  return seen;
}

// A SHARED_MUT field of the object handed over: the annotation adds a
// rule, it never removes one. The spawner reads without the guard while
// the threads that write under it run.
struct tally {
  pthread_mutex_t lock;
  long done SHARED_MUT(lock);
};

void *add_to_tally(void *arg) {
  struct tally *t = arg;
  pthread_mutex_lock(&t->lock);
  t->done++; // expected-note {{'tally.done' is written here by thread 'add_to_tally'}}
  pthread_mutex_unlock(&t->lock);
  return 0;
}

long peek_at_tally(void) {
  struct tally tally = {PTHREAD_MUTEX_INITIALIZER, 0}; // expected-note {{'tally' declared here}}
  pthread_t workers[2];
  for (int i = 0; i < 2; i++)
    pthread_create(&workers[i], 0, add_to_tally, &tally); // expected-note {{thread 'add_to_tally' spawned here}}
  long seen = tally.done; // expected-warning {{'tally.done' is read by 'peek_at_tally' while thread 'add_to_tally' may still write it; join the thread first}}
  pthread_mutex_lock(&tally.lock);
  seen += tally.done; // no-warning
  pthread_mutex_unlock(&tally.lock);
  for (int i = 0; i < 2; i++)
    pthread_join(workers[i], 0);
  return seen + tally.done; // no-warning
}

// A heap object handed over by a pointer that is not OWNED: the spawner's
// reads and writes through that pointer before the join race with the
// thread's writes through its argument (Rust refuses them once the Box
// moved into the thread).
struct heap_result {
  long sum;
  long count;
};

void *sum_into_heap(void *arg) {
  struct heap_result *r = arg;
  r->sum = 42; // expected-note 2 {{'r->sum' is written here by thread 'sum_into_heap'}}
  return 0;
}

long read_heap_result_early(void) {
  struct heap_result *r = calloc(1, sizeof *r); // expected-note {{'r' declared here}}
  pthread_t t;
  pthread_create(&t, 0, sum_into_heap, r); // expected-note {{thread 'sum_into_heap' spawned here and not joined before the access}}
  long early = r->sum; // expected-warning {{'r->sum' is read by 'read_heap_result_early' while thread 'sum_into_heap' may still write it; join the thread first}}
  pthread_join(t, 0);
  early += r->sum; // no-warning
  free(r);
  return early;
}

void reset_heap_result_early(void) {
  struct heap_result *r = malloc(sizeof *r); // expected-note {{'r' declared here}}
  r->sum = 0; // no-warning: before the spawn
  pthread_t t;
  pthread_create(&t, 0, sum_into_heap, r); // expected-note {{thread 'sum_into_heap' spawned here and not joined before the access}}
  r->count = 1; // expected-warning {{'r->count' is written by 'reset_heap_result_early' while thread 'sum_into_heap' may still access it; join the thread first}}
  pthread_join(t, 0);
  free(r);
}

// One object per thread, allocated in the loop that spawns: each is set
// up before its own thread starts, and read after every join.
long sum_per_thread_results(void) {
  struct heap_result *results[4];
  pthread_t t[4];
  for (int i = 0; i < 4; i++) {
    struct heap_result *r = malloc(sizeof *r);
    r->count = i; // no-warning
    results[i] = r;
    pthread_create(&t[i], 0, sum_into_heap, r);
  }
  long total = 0;
  for (int i = 0; i < 4; i++) {
    pthread_join(t[i], 0);
    total += results[i]->sum; // no-warning
    free(results[i]);
  }
  return total;
}

// A pointer given two objects names neither for the whole function.
long read_second_result(int which) {
  struct heap_result first = {0, 0}, second = {0, 0};
  struct heap_result *r = &first;
  if (which)
    r = &second;
  pthread_t t;
  pthread_create(&t, 0, sum_into_heap, r);
  // TODO: refuse this read; 'r' holds the object the thread writes.
  long early = r->sum; // no-warning
  pthread_join(t, 0);
  return early;
}
