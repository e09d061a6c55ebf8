// Writes to data shared read-only (parity row P7: Rust refuses assignment
// through an `Arc<T>`, E0594): an object declared SHARED, or reached
// through a pointer to const, written in thread context; in C the write
// needs a cast that drops const, in the thread or at the spawn. Reads are
// accepted, and so are writes ordered before the first spawn or after the
// last join.
// RUN: %analyze -verify %s

#include <ownership.h>
#include <pthread.h>
#include <string.h>
#include <threads.h>

struct limits {
  int max;
  int min;
};

// --- Rejected -----------------------------------------------------------

void *clamp_through_argument(void *arg) {
  const struct limits *limits = arg; // expected-note {{'limits' declared here}}
  ((struct limits *)limits)->max = 3; // expected-warning {{'limits->max' is reached through a pointer to const, but thread 'clamp_through_argument' writes it through a cast}} expected-note {{const is cast away here}}
  return 0;
}

void start_clamp(struct limits *shared_limits) {
  pthread_t thread;
  pthread_create(&thread, 0, clamp_through_argument, shared_limits); // expected-note {{thread 'clamp_through_argument' spawned here}}
  pthread_join(thread, 0);
}

// The cast is made in a helper two calls away from the thread's entry.
static void reset_level(const int *level) { // expected-note {{'level' declared here}}
  *(int *)level = 0; // expected-warning {{'*level' is reached through a pointer to const, but thread 'drain' writes it through a cast}} expected-note {{const is cast away here}}
}

static void drain_all(const int *level) {
  reset_level(level); // expected-note {{thread 'drain' calls 'reset_level' here}}
}

void *drain(void *arg) {
  drain_all(arg); // expected-note {{thread 'drain' calls 'drain_all' here}}
  return 0;
}

void start_drain(int *level) {
  pthread_t thread;
  pthread_create(&thread, 0, drain, level); // expected-note {{thread 'drain' spawned here}}
  pthread_join(thread, 0);
}

// A const global, cast and written.
const int retry_limit = 3; // expected-note {{'retry_limit' declared here}}

void *raise_retry_limit(void *arg) {
  *(int *)&retry_limit = 5; // expected-warning {{'retry_limit' is declared const, but thread 'raise_retry_limit' writes it through a cast}} expected-note {{const is cast away here}}
  return 0;
}

// A const global array, C11 threads; the cast is kept in a local pointer.
const long thresholds[4] = {1, 2, 3, 4}; // expected-note {{'thresholds' declared here}}

int lower_thresholds(void *arg) {
  long *writable = (long *)thresholds; // expected-note {{const is cast away here}}
  for (int i = 0; i < 4; i++)
    writable[i] = 0; // expected-warning {{'thresholds' is declared const, but thread 'lower_thresholds' writes it through a cast}}
  return 0;
}

// Const dropped by the spawner when it hands the object over.
static const struct limits default_limits = {10, 1}; // expected-note {{'default_limits' declared here}}

void *widen(void *arg) {
  struct limits *limits = arg;
  limits->max++; // expected-warning {{'default_limits.max' is declared const, but thread 'widen' writes it through a cast}}
  return 0;
}

// The cast assigned to a pointer declared earlier.
void *clamp_through_assigned_pointer(void *arg) {
  const struct limits *limits = arg;
  struct limits *writable; // expected-note {{'writable' declared here}}
  writable = (struct limits *)limits; // expected-note {{const is cast away here}}
  writable->min = 0; // expected-warning {{'writable->min' is reached through a pointer to const, but thread 'clamp_through_assigned_pointer' writes it through a cast}}
  return 0;
}

void start_clamp_assigned(struct limits *shared_limits) {
  pthread_t thread;
  pthread_create(&thread, 0, clamp_through_assigned_pointer, shared_limits); // expected-note {{thread 'clamp_through_assigned_pointer' spawned here}}
  pthread_join(thread, 0);
}

// A library call writing through the cast pointer, C11 threads.
int replace_limits(void *arg) {
  const struct limits *limits = arg; // expected-note {{'limits' declared here}}
  struct limits fresh = {20, 2};
  memcpy((void *)limits, &fresh, sizeof fresh); // expected-warning {{'*limits' is reached through a pointer to const, but thread 'replace_limits' writes it through a cast}} expected-note {{const is cast away here}}
  return 0;
}

void start_replace(struct limits *shared_limits) {
  thrd_t thread;
  thrd_create(&thread, replace_limits, shared_limits); // expected-note {{thread 'replace_limits' spawned here}}
  thrd_join(thread, 0);
}

// A SHARED global, and a SHARED field of a struct handed to threads.
int page_size SHARED = 4096; // expected-note {{'page_size' declared here}}

struct table {
  pthread_mutex_t lock;
  int capacity SHARED; // expected-note {{'capacity' declared here}}
  int used SHARED_MUT(lock);
};

void *grow_table(void *arg) {
  struct table *table = arg;
  page_size = 8192; // expected-warning {{'page_size' is declared SHARED, read-only while threads run, but thread 'grow_table' writes it}}
  table->capacity *= 2; // expected-warning {{'table->capacity' is declared SHARED, read-only while threads run, but thread 'grow_table' writes it}}
  pthread_mutex_lock(&table->lock);
  table->used++; // no-warning
  pthread_mutex_unlock(&table->lock);
  return 0;
}

int start_writers(void) {
  pthread_t threads[3];
  thrd_t lowerer;
  struct table table = {PTHREAD_MUTEX_INITIALIZER, 16, 0};
  pthread_create(&threads[0], 0, raise_retry_limit, 0); // expected-note {{thread 'raise_retry_limit' spawned here}}
  pthread_create(&threads[1], 0, widen, (void *)&default_limits); // expected-note {{thread 'widen' spawned here}} expected-note {{const is cast away here}}
  pthread_create(&threads[2], 0, grow_table, &table); // expected-note 2 {{thread 'grow_table' spawned here}}
  thrd_create(&lowerer, lower_thresholds, 0); // expected-note {{thread 'lower_thresholds' spawned here}}
  for (int i = 0; i < 3; i++)
    pthread_join(threads[i], 0);
  thrd_join(lowerer, 0);
  return table.capacity;
}

// The spawner casting const away while its threads read the object.
const int retry_budget = 3; // expected-note {{'retry_budget' declared here}}

void *read_retry_budget(void *arg) {
  return (void *)(long)retry_budget; // expected-note {{'retry_budget' is read here by thread 'read_retry_budget'}}
}

void change_budget_while_threads_read(void) {
  pthread_t readers[2];
  for (int i = 0; i < 2; i++)
    pthread_create(&readers[i], 0, read_retry_budget, 0); // expected-note {{thread 'read_retry_budget' spawned here and not joined before the access}}
  *(int *)&retry_budget = 4; // expected-warning {{'retry_budget' is written by 'change_budget_while_threads_read' while thread 'read_retry_budget' may still access it; join the thread first}}
  for (int i = 0; i < 2; i++)
    pthread_join(readers[i], 0);
}

// --- Accepted -----------------------------------------------------------

const int read_only_retries = 3;
int read_only_page SHARED = 4096;

void *read_through_const(void *arg) {
  const struct limits *limits = arg;
  const unsigned char *bytes = (const unsigned char *)limits; // no-warning: const kept
  return (void *)(long)(limits->max + bytes[0] + read_only_retries +
                        read_only_page); // no-warning
}

void *scribble_on_own_copy(void *arg) {
  struct limits copy = *(const struct limits *)arg; // no-warning
  memcpy(&copy, (const struct limits *)arg, sizeof copy); // no-warning
  const struct limits *view = &copy;
  ((struct limits *)view)->min = 0; // no-warning: the thread's own local
  return (void *)(long)copy.min;
}

// A SHARED_MUT field is mutable behind its guard, whatever the pointer
// (Rust's `&Mutex<T>` inside an `Arc`).
struct guarded_limits {
  pthread_mutex_t lock;
  int max SHARED_MUT(lock);
};

void *raise_under_guard(void *arg) {
  const struct guarded_limits *limits = arg;
  struct guarded_limits *writable = (struct guarded_limits *)limits;
  pthread_mutex_lock(&writable->lock);
  writable->max++; // no-warning
  pthread_mutex_unlock(&writable->lock);
  return 0;
}

void start_raisers(struct guarded_limits *limits) {
  pthread_t raisers[2];
  for (int i = 0; i < 2; i++)
    pthread_create(&raisers[i], 0, raise_under_guard, limits);
  for (int i = 0; i < 2; i++)
    pthread_join(raisers[i], 0);
}

int write_before_spawn_and_after_join(void) {
  static const struct limits tuned = {8, 2};
  pthread_t readers[2];
  ((struct limits *)&tuned)->max = 9; // no-warning: no thread runs yet
  read_only_page = 8192; // no-warning: no thread runs yet
  pthread_create(&readers[0], 0, read_through_const, (void *)&tuned);
  pthread_create(&readers[1], 0, scribble_on_own_copy, (void *)&tuned);
  pthread_join(readers[0], 0);
  pthread_join(readers[1], 0);
  *(int *)&read_only_retries = 4; // no-warning: every thread is joined
  ((struct limits *)&tuned)->min = 1; // no-warning: every thread is joined
  return tuned.max;
}

// --- A field of a SHARED struct is read-only like the struct ------------

struct settings {
  int depth;
  int width;
};
static struct settings settings SHARED; // expected-note {{'settings' declared here}}

void *change_setting(void *arg) {
  settings.depth = 5; // expected-warning {{'settings.depth' is declared SHARED, read-only while threads run, but thread 'change_setting' writes it}}
  return (void *)(long)settings.width; // no-warning: a read
}

int start_setting_changer(void) {
  pthread_t changer;
  settings.width = 10; // no-warning: no thread runs yet
  pthread_create(&changer, 0, change_setting, 0); // expected-note {{thread 'change_setting' spawned here}}
  pthread_join(changer, 0);
  return settings.depth;
}
