// Shared globals written or read through a pointer: a local pointer that
// only ever holds the global's address, a helper handed the address, and
// the library calls that write what their first argument points to. Rust
// refuses each as it refuses the direct access (parity rows P1, P8, P9).
// RUN: %analyze -verify %s

#include <ownership.h>
#include <pthread.h>
#include <string.h>
#include <threads.h>

// --- Rejected -----------------------------------------------------------

int hits_through_local; // #local_decl

void *bump_through_local(void *arg) {
  int *p = &hits_through_local;
  (*p)++; // expected-warning {{'hits_through_local' is written by thread 'bump_through_local' with no lock held; other threads access it concurrently}}
  return 0;
}
// expected-note@#local_decl {{'hits_through_local' declared here}}

struct tally {
  int count;
  int misses;
} totals; // #totals_decl

void *count_through_field_pointer(void *arg) {
  struct tally *t;
  t = &totals;
  t->count += 1; // expected-warning {{'totals.count' is written by thread 'count_through_field_pointer' with no lock held; other threads access it concurrently}}
  return 0;
}
// expected-note@#totals_decl {{'totals' declared here}}

long histogram[16]; // #histogram_decl

void *fill_through_element_pointer(void *arg) {
  long *slot = &histogram[3];
  slot[1] = 7; // expected-warning {{'histogram' is written by thread 'fill_through_element_pointer' with no lock held; other threads access it concurrently}}
  return 0;
}
// expected-note@#histogram_decl {{'histogram' declared here}}

int window[8]; // #window_decl

void *clear_by_stepping(void *arg) {
  for (int *w = window; w < window + 8; w++)
    *w = 0; // expected-warning {{'window' is written by thread 'clear_by_stepping' with no lock held; other threads access it concurrently}}
  return 0;
}
// expected-note@#window_decl {{'window' declared here}}

void *count_calls_in_static(void *arg) {
  static int calls; // #calls_decl
  int *c = &calls;
  *c += 1; // expected-warning {{'calls' is written by thread 'count_calls_in_static' with no lock held; other threads access it concurrently}}
  return 0;
}
// expected-note@#calls_decl {{'calls' declared here}}

int bumped_by_helper; // #helper_decl

static void bump(int *p) {
  (*p)++; // #bump_write
}

void *bump_through_helper(void *arg) {
  bump(&bumped_by_helper); // expected-warning {{'bumped_by_helper' is written by thread 'bump_through_helper' with no lock held; other threads access it concurrently}}
  return 0;
}
// expected-note@#helper_decl {{'bumped_by_helper' declared here}}
// expected-note@#bump_write {{'bumped_by_helper' is written here by 'bump' through its parameter 'p'}}

struct stats {
  int hits;
  int size;
} recorded; // #recorded_decl

static void record(struct stats *s) {
  s->hits++; // #record_write
}

void *record_through_helper(void *arg) {
  record(&recorded); // expected-warning {{'recorded.hits' is written by thread 'record_through_helper' with no lock held; other threads access it concurrently}}
  return 0;
}
// expected-note@#recorded_decl {{'recorded' declared here}}
// expected-note@#record_write {{'recorded.hits' is written here by 'record' through its parameter 's'}}

long deep_total; // #deep_decl

static void add_inner(long *q, long n) {
  *q += n; // #inner_write
}

static void add_outer(long *p) { add_inner(p, 2); }

void *add_two_calls_deep(void *arg) {
  long *alias = &deep_total;
  add_outer(alias); // expected-warning {{'deep_total' is written by thread 'add_two_calls_deep' with no lock held; other threads access it concurrently}}
  return 0;
}
// expected-note@#deep_decl {{'deep_total' declared here}}
// expected-note@#inner_write {{'deep_total' is written here by 'add_inner' through its parameter 'q'}}

struct stats cleared; // #cleared_decl
char last_name[32]; // #name_decl

void *clear_with_memset(void *arg) {
  memset(&cleared, 0, sizeof cleared); // expected-warning {{'cleared' is written by thread 'clear_with_memset' with no lock held; other threads access it concurrently}}
  return 0;
}
// expected-note@#cleared_decl {{'cleared' declared here}}

void *name_with_strcpy(void *arg) {
  strcpy(last_name, "worker"); // expected-warning {{'last_name' is written by thread 'name_with_strcpy' with no lock held; other threads access it concurrently}}
  return 0;
}
// expected-note@#name_decl {{'last_name' declared here}}

// The pointer is taken under the lock, but the write through it comes
// after the unlock.
pthread_mutex_t level_lock = PTHREAD_MUTEX_INITIALIZER;
int level; // #level_decl

void *raise_after_unlock(void *arg) {
  pthread_mutex_lock(&level_lock);
  int *p = &level;
  level = 1; // #level_locked
  pthread_mutex_unlock(&level_lock);
  (*p)++; // expected-warning {{'level' is written by thread 'raise_after_unlock' without holding 'level_lock'; its other accesses hold it}}
  return 0;
}
// expected-note@#level_decl {{'level' declared here}}
// expected-note@#level_locked {{'level' is also written here by thread 'raise_after_unlock'}}

// A C11 thread: the helper writes the global its caller hands it.
int c11_progress; // #c11_decl

static void advance(int *step) {
  *step = *step + 1; // #advance_write
}

int advance_c11(void *arg) {
  advance(&c11_progress); // expected-warning {{'c11_progress' is written by thread 'advance_c11' with no lock held; other threads access it concurrently}}
  return 0;
}
// expected-note@#c11_decl {{'c11_progress' declared here}}
// expected-note@#advance_write {{'c11_progress' is written here by 'advance' through its parameter 'step'}}

// SHARED_MUT: the guard must be held where the pointer is used.
pthread_mutex_t balance_lock = PTHREAD_MUTEX_INITIALIZER; // #balance_guard
pthread_mutex_t audit_lock = PTHREAD_MUTEX_INITIALIZER;
long balance SHARED_MUT(balance_lock); // #balance_decl

static void deposit(long *account, long amount) {
  *account += amount; // #deposit_write
}

void *deposit_through_pointer(void *arg) {
  long *b = &balance;
  *b += 10; // expected-warning {{'balance' is written by thread 'deposit_through_pointer' without holding its guard 'balance_lock'}}
  return 0;
}

void *deposit_through_helper(void *arg) {
  deposit(&balance, 20); // expected-warning {{'balance' is written by thread 'deposit_through_helper' without holding its guard 'balance_lock'}}
  return 0;
}

void *deposit_under_wrong_lock(void *arg) {
  pthread_mutex_lock(&audit_lock);
  deposit(&balance, 30); // expected-warning {{'balance' is written by thread 'deposit_under_wrong_lock' while holding 'audit_lock' instead of its guard 'balance_lock'}}
  pthread_mutex_unlock(&audit_lock);
  return 0;
}

void *deposit_after_unlock(void *arg) {
  long *b = &balance;
  pthread_mutex_lock(&balance_lock);
  *b += 40; // no-warning
  pthread_mutex_unlock(&balance_lock); // expected-note {{guard 'balance_lock' released here}}
  *b += 41; // expected-warning {{'balance' is written by thread 'deposit_after_unlock' without holding its guard 'balance_lock'}}
  return 0;
}
// expected-note@#balance_decl 4 {{'balance' declared here}}
// expected-note@#balance_guard 4 {{guard 'balance_lock' declared here}}
// expected-note@#deposit_write 2 {{'balance' is written here by 'deposit' through its parameter 'account'}}

// The spawner writing through a helper while a thread reads the global.
int ready_count; // #ready_decl

void *read_ready(void *arg) {
  return (void *)(long)ready_count; // #ready_read
}

void spawn_then_bump(void) {
  pthread_t reader;
  pthread_create(&reader, 0, read_ready, 0); // expected-note {{thread 'read_ready' spawned here and not joined before the access}}
  bump(&ready_count); // expected-warning {{'ready_count' is written by 'spawn_then_bump' while thread 'read_ready' may still access it; join the thread first}}
  pthread_join(reader, 0);
}
// expected-note@#ready_decl {{'ready_count' declared here}}
// expected-note@#ready_read {{'ready_count' is read here by thread 'read_ready'}}

// A field of the object handed to several threads, passed to a helper.
struct job {
  pthread_mutex_t lock;
  int done;
  int retries;
};

void *finish_job(void *arg) {
  struct job *j = arg;
  bump(&j->done); // expected-warning {{'shared_job.done' is written by thread 'finish_job' through its argument with no lock held; the same object is handed to several threads}}
  pthread_mutex_lock(&j->lock);
  bump(&j->retries); // no-warning
  pthread_mutex_unlock(&j->lock);
  return 0;
}
// expected-note@#bump_write {{'shared_job.done' is written here by 'bump' through its parameter 'p'}}

void start_jobs(void) {
  struct job shared_job = {PTHREAD_MUTEX_INITIALIZER, 0, 0}; // expected-note {{'shared_job' declared here}}
  pthread_t t[2];
  for (int i = 0; i < 2; i++)
    pthread_create(&t[i], 0, finish_job, &shared_job); // expected-note {{thread 'finish_job' spawned here; the loop starts several of them}}
  for (int i = 0; i < 2; i++)
    pthread_join(t[i], 0);
}

// --- Accepted -----------------------------------------------------------

pthread_mutex_t stats_lock = PTHREAD_MUTEX_INITIALIZER;
int locked_hits;
struct stats locked_stats;
long locked_total;

static void record_locked(struct stats *s) {
  pthread_mutex_lock(&stats_lock);
  s->hits++; // no-warning
  pthread_mutex_unlock(&stats_lock);
}

void *write_under_the_lock(void *arg) {
  int *p = &locked_hits;
  pthread_mutex_lock(&stats_lock);
  (*p)++;                                         // no-warning
  bump(&locked_hits);                             // no-warning
  memset(&locked_stats, 0, sizeof locked_stats); // no-warning
  add_outer(&locked_total);                       // no-warning
  pthread_mutex_unlock(&stats_lock);
  record_locked(&locked_stats); // no-warning
  return 0;
}

// The helper takes the guard around the write itself.
static void deposit_locked(long *account, long amount) {
  pthread_mutex_lock(&balance_lock);
  *account += amount; // no-warning
  pthread_mutex_unlock(&balance_lock);
}

void *deposit_with_locking_helper(void *arg) {
  deposit_locked(&balance, 50); // no-warning
  pthread_mutex_lock(&balance_lock);
  deposit(&balance, 60); // no-warning
  pthread_mutex_unlock(&balance_lock);
  return 0;
}

// Memory no other thread reaches: a thread-local, a local.
_Thread_local int per_thread_hits;

void *write_own_memory(void *arg) {
  int *p = &per_thread_hits;
  (*p)++;               // no-warning
  bump(&per_thread_hits); // no-warning
  struct stats mine;
  struct stats *m = &mine;
  memset(&mine, 0, sizeof mine); // no-warning
  m->hits++;                     // no-warning
  record(&mine);                 // no-warning
  return 0;
}

// A helper that points its parameter elsewhere before writing.
static void bump_scratch(int *p) {
  int scratch = 0;
  p = &scratch;
  (*p)++; // no-warning
}

int handed_but_not_written;

void *call_repointing_helper(void *arg) {
  bump_scratch(&handed_but_not_written); // no-warning
  return 0;
}

// A pointer given different objects on different paths stands for none
// of them, though every thread here writes one of the two.
int either_first, either_second;

void *write_through_chosen_pointer(void *arg) {
  int *p = &either_first;
  if (arg)
    p = &either_second;
  (*p)++; // TODO: should be refused; no-warning
  return 0;
}

// Writes made only by code no thread runs.
int set_up_before_threads;
struct stats set_up_stats;

static void set_up(void) {
  int *p = &set_up_before_threads;
  *p = 1;                                         // no-warning
  bump(&set_up_before_threads);                   // no-warning
  memset(&set_up_stats, 0, sizeof set_up_stats); // no-warning
}

void *read_set_up(void *arg) {
  return (void *)(long)(set_up_before_threads + set_up_stats.hits); // no-warning
}

// One thread only: nothing runs beside it.
int single_writer_count;

void *write_alone(void *arg) {
  bump(&single_writer_count); // no-warning
  return 0;
}

void start_all(void) {
  pthread_t t[2];
  thrd_t c[2];
  pthread_t once, alone;
  set_up();
  pthread_create(&once, 0, read_set_up, 0);
  pthread_create(&alone, 0, write_alone, 0);
  for (int i = 0; i < 2; i++) {
    pthread_create(&t[i], 0, bump_through_local, 0); // expected-note {{thread 'bump_through_local' spawned here; the loop starts several of them}}
    pthread_create(&t[i], 0, count_through_field_pointer, 0); // expected-note {{thread 'count_through_field_pointer' spawned here; the loop starts several of them}}
    pthread_create(&t[i], 0, fill_through_element_pointer, 0); // expected-note {{thread 'fill_through_element_pointer' spawned here; the loop starts several of them}}
    pthread_create(&t[i], 0, clear_by_stepping, 0); // expected-note {{thread 'clear_by_stepping' spawned here; the loop starts several of them}}
    pthread_create(&t[i], 0, count_calls_in_static, 0); // expected-note {{thread 'count_calls_in_static' spawned here; the loop starts several of them}}
    pthread_create(&t[i], 0, bump_through_helper, 0); // expected-note {{thread 'bump_through_helper' spawned here; the loop starts several of them}}
    pthread_create(&t[i], 0, record_through_helper, 0); // expected-note {{thread 'record_through_helper' spawned here; the loop starts several of them}}
    pthread_create(&t[i], 0, add_two_calls_deep, 0); // expected-note {{thread 'add_two_calls_deep' spawned here; the loop starts several of them}}
    pthread_create(&t[i], 0, clear_with_memset, 0); // expected-note {{thread 'clear_with_memset' spawned here; the loop starts several of them}}
    pthread_create(&t[i], 0, name_with_strcpy, 0); // expected-note {{thread 'name_with_strcpy' spawned here; the loop starts several of them}}
    pthread_create(&t[i], 0, raise_after_unlock, 0); // expected-note {{thread 'raise_after_unlock' spawned here; the loop starts several of them}}
    thrd_create(&c[i], advance_c11, 0); // expected-note {{thread 'advance_c11' spawned here; the loop starts several of them}}
    pthread_create(&t[i], 0, deposit_through_pointer, 0); // expected-note {{thread 'deposit_through_pointer' spawned here; the loop starts several of them}}
    pthread_create(&t[i], 0, deposit_through_helper, 0); // expected-note {{thread 'deposit_through_helper' spawned here; the loop starts several of them}}
    pthread_create(&t[i], 0, deposit_under_wrong_lock, 0); // expected-note {{thread 'deposit_under_wrong_lock' spawned here; the loop starts several of them}}
    pthread_create(&t[i], 0, deposit_after_unlock, 0); // expected-note {{thread 'deposit_after_unlock' spawned here; the loop starts several of them}}
    pthread_create(&t[i], 0, write_under_the_lock, 0);
    pthread_create(&t[i], 0, deposit_with_locking_helper, 0);
    pthread_create(&t[i], 0, write_own_memory, 0);
    pthread_create(&t[i], 0, call_repointing_helper, 0);
    pthread_create(&t[i], 0, write_through_chosen_pointer, 0);
  }
}

// One call that reads two objects through its parameter: each is
// reported at the call, not only the first.
struct progress {
  pthread_mutex_t lock;
  int count;
  int done;
};
static struct progress progress = {PTHREAD_MUTEX_INITIALIZER, 0, 0}; // #progress

static int peek_progress(struct progress *p) {
  return p->count + p->done; // expected-note {{'progress.count' is read here by 'peek_progress' through its parameter 'p'}} expected-note {{'progress.done' is read here by 'peek_progress' through its parameter 'p'}}
}

void *watch_progress(void *arg) {
  return (void *)(long)peek_progress(&progress); // expected-warning {{'progress.count' is read by thread 'watch_progress' without holding 'progress.lock'; its other accesses hold it}} expected-warning {{'progress.done' is read by thread 'watch_progress' without holding 'progress.lock'; its other accesses hold it}}
}

void *advance_progress(void *arg) {
  pthread_mutex_lock(&progress.lock);
  progress.count++; // expected-note {{'progress.count' is also written here by thread 'advance_progress'}}
  progress.done = 1; // expected-note {{'progress.done' is also written here by thread 'advance_progress'}}
  pthread_mutex_unlock(&progress.lock);
  return arg;
}

void run_progress(void) {
  pthread_t watcher, worker;
  pthread_create(&watcher, 0, watch_progress, 0); // expected-note 2 {{thread 'watch_progress' spawned here}}
  pthread_create(&worker, 0, advance_progress, 0); // expected-note 2 {{thread 'advance_progress' spawned here}}
  pthread_join(watcher, 0);
  pthread_join(worker, 0);
}
// expected-note@#progress 2 {{'progress' declared here}}
