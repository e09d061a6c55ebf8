// Unannotated globals and function statics touched from thread context
// (parity row P1: Rust's `static mut`), and the shapes Rust accepts.
// RUN: %analyze -verify %s

#include <pthread.h>
#include <stdatomic.h>

// --- Rejected -----------------------------------------------------------

int counter_bumped_by_looped_threads; // #looped_decl

void *bump_looped(void *arg) {
  for (int i = 0; i < 1000; i++)
    counter_bumped_by_looped_threads++; // expected-warning {{'counter_bumped_by_looped_threads' is written by thread 'bump_looped' with no lock held; other threads access it concurrently}}
  return 0;
}
// expected-note@#looped_decl {{'counter_bumped_by_looped_threads' declared here}}

void spawn_looped(void) {
  pthread_t threads[10];
  for (int i = 0; i < 10; i++)
    pthread_create(&threads[i], 0, bump_looped, 0); // expected-note {{thread 'bump_looped' spawned here; the loop starts several of them}}
  for (int i = 0; i < 10; i++)
    pthread_join(threads[i], 0);
}

long total_written_by_two_entries; // #two_decl

void *add_two(void *arg) {
  total_written_by_two_entries += 2; // #add_two_write expected-warning {{'total_written_by_two_entries' is written by thread 'add_two' with no lock held; other threads access it concurrently}}
  return 0;
}

void *add_three(void *arg) {
  total_written_by_two_entries += 3; // #add_three_write expected-warning {{'total_written_by_two_entries' is written by thread 'add_three' with no lock held; other threads access it concurrently}}
  return 0;
}
// expected-note@#two_decl 2 {{'total_written_by_two_entries' declared here}}
// expected-note@#add_two_write {{'total_written_by_two_entries' is also written here by thread 'add_two'}}
// expected-note@#add_three_write {{'total_written_by_two_entries' is also written here by thread 'add_three'}}

void spawn_two_entries(void) {
  pthread_t first, second;
  pthread_create(&first, 0, add_two, 0); // expected-note 2 {{thread 'add_two' spawned here}}
  pthread_create(&second, 0, add_three, 0); // expected-note 2 {{thread 'add_three' spawned here}}
  pthread_join(first, 0);
  pthread_join(second, 0);
}

int flag_read_while_written; // #flag_decl

void *poll_flag(void *arg) {
  while (!flag_read_while_written) // #flag_read expected-warning {{'flag_read_while_written' is read by thread 'poll_flag' with no lock held; other threads write it concurrently}}
    ;
  return 0;
}

void *raise_flag(void *arg) {
  flag_read_while_written = 1; // #flag_write expected-warning {{'flag_read_while_written' is written by thread 'raise_flag' with no lock held; other threads access it concurrently}}
  return 0;
}
// expected-note@#flag_decl 2 {{'flag_read_while_written' declared here}}
// expected-note@#flag_write {{'flag_read_while_written' is also written here by thread 'raise_flag'}}
// expected-note@#flag_read {{'flag_read_while_written' is also read here by thread 'poll_flag'}}

void spawn_reader_and_writer(void) {
  pthread_t reader, writer;
  pthread_create(&reader, 0, poll_flag, 0); // expected-note 2 {{thread 'poll_flag' spawned here}}
  pthread_create(&writer, 0, raise_flag, 0); // expected-note 2 {{thread 'raise_flag' spawned here}}
  pthread_join(reader, 0);
  pthread_join(writer, 0);
}

int hits_counted_two_calls_deep; // #deep_decl

static void count_hit(void) {
  hits_counted_two_calls_deep++; // expected-warning {{'hits_counted_two_calls_deep' is written by thread 'visit' with no lock held}}
}
// expected-note@#deep_decl {{'hits_counted_two_calls_deep' declared here}}

static void handle_page(int page) {
  if (page > 0)
    count_hit(); // expected-note {{thread 'visit' calls 'count_hit' here}}
}

void *visit(void *arg) {
  for (int page = 0; page < 10; page++)
    handle_page(page); // expected-note {{thread 'visit' calls 'handle_page' here}}
  return 0;
}

void spawn_visitors(void) {
  pthread_t a, b;
  pthread_create(&a, 0, visit, 0); // expected-note {{thread 'visit' spawned here}}
  pthread_create(&b, 0, visit, 0); // expected-note {{thread 'visit' spawned here}}
  pthread_join(a, 0);
  pthread_join(b, 0);
}

void *next_ticket(void *arg) {
  static int ticket; // expected-note 2 {{'ticket' declared here}}
  ticket = ticket + 1; // expected-warning {{'ticket' is written by thread 'next_ticket' with no lock held}} expected-warning {{'ticket' is read by thread 'next_ticket' with no lock held}} expected-note 2 {{'ticket' is also}}
  return 0;
}

void spawn_ticket_takers(void) {
  pthread_t threads[4];
  for (int i = 0; i < 4; i++)
    pthread_create(&threads[i], 0, next_ticket, 0); // expected-note 2 {{thread 'next_ticket' spawned here; the loop starts several of them}}
  for (int i = 0; i < 4; i++)
    pthread_join(threads[i], 0);
}

pthread_mutex_t stats_lock = PTHREAD_MUTEX_INITIALIZER;
int stats_mostly_locked; // expected-note {{'stats_mostly_locked' declared here}}

void *record_stats(void *arg) {
  pthread_mutex_lock(&stats_lock);
  stats_mostly_locked++; // no-warning expected-note {{'stats_mostly_locked' is also written here by thread 'record_stats'}}
  pthread_mutex_unlock(&stats_lock);
  stats_mostly_locked = 0; // expected-warning {{'stats_mostly_locked' is written by thread 'record_stats' without holding 'stats_lock'; its other accesses hold it}}
  return 0;
}

void spawn_stats(void) {
  pthread_t threads[2];
  for (int i = 0; i < 2; i++)
    pthread_create(&threads[i], 0, record_stats, 0); // expected-note {{thread 'record_stats' spawned here}}
  for (int i = 0; i < 2; i++)
    pthread_join(threads[i], 0);
}

// --- Accepted -----------------------------------------------------------

#include <threads.h>

int sum_locked_everywhere;
mtx_t sum_lock;
int limit_read_by_every_thread;
int results_written_before_spawn;

int add_to_sum(void *arg) {
  for (int i = 0; i < limit_read_by_every_thread; i++) { // no-warning
    mtx_lock(&sum_lock);
    sum_locked_everywhere += results_written_before_spawn; // no-warning
    mtx_unlock(&sum_lock);
  }
  return 0;
}

int run_c11_adders(void) {
  thrd_t adders[4];
  limit_read_by_every_thread = 100; // no-warning
  results_written_before_spawn = 2; // no-warning
  mtx_init(&sum_lock, mtx_plain);
  for (int i = 0; i < 4; i++)
    thrd_create(&adders[i], add_to_sum, 0);
  for (int i = 0; i < 4; i++)
    thrd_join(adders[i], 0);
  return sum_locked_everywhere; // no-warning
}

int written_by_a_single_thread;

void *only_writer(void *arg) {
  written_by_a_single_thread = 5; // no-warning: no other thread runs it
  return 0;
}

int run_single_writer(void) {
  pthread_t writer;
  pthread_create(&writer, 0, only_writer, 0);
  pthread_join(writer, 0);
  return written_by_a_single_thread; // no-warning
}

// --- Rejected, C11 threads ----------------------------------------------

int c11_unlocked_total; // expected-note {{'c11_unlocked_total' declared here}}

int add_unlocked(void *arg) {
  c11_unlocked_total += 1; // expected-warning {{'c11_unlocked_total' is written by thread 'add_unlocked' with no lock held; other threads access it concurrently}}
  return 0;
}

void run_c11_unlocked(void) {
  thrd_t adders[2];
  for (int i = 0; i < 2; i++)
    thrd_create(&adders[i], add_unlocked, 0); // expected-note {{thread 'add_unlocked' spawned here; the loop starts several of them}}
  for (int i = 0; i < 2; i++)
    thrd_join(adders[i], 0);
}

// An inferred rwlock guard: reads may share it, writes may not.
pthread_rwlock_t table_rwlock = PTHREAD_RWLOCK_INITIALIZER;
int table_version; // expected-note {{'table_version' declared here}}

void *bump_version_under_read_lock(void *arg) {
  pthread_rwlock_rdlock(&table_rwlock);
  int seen = table_version; // no-warning
  table_version = seen + 1; // expected-warning {{'table_version' is written by thread 'bump_version_under_read_lock' while 'table_rwlock' is held only for reading}}
  pthread_rwlock_unlock(&table_rwlock);
  pthread_rwlock_wrlock(&table_rwlock);
  table_version++; // no-warning
  pthread_rwlock_unlock(&table_rwlock);
  return 0;
}

void run_version_bumpers(void) {
  pthread_t threads[2];
  for (int i = 0; i < 2; i++)
    pthread_create(&threads[i], 0, bump_version_under_read_lock, 0); // expected-note {{thread 'bump_version_under_read_lock' spawned here; the loop starts several of them}}
  for (int i = 0; i < 2; i++)
    pthread_join(threads[i], 0);
}

// A write made under both a read lock and a mutex is guarded by the mutex.
pthread_rwlock_t reader_rwlock = PTHREAD_RWLOCK_INITIALIZER;
pthread_mutex_t stop_lock = PTHREAD_MUTEX_INITIALIZER;
int stop_requested;

void *request_stop(void *arg) {
  pthread_rwlock_rdlock(&reader_rwlock);
  pthread_mutex_lock(&stop_lock);
  stop_requested = 1; // no-warning
  pthread_mutex_unlock(&stop_lock);
  pthread_rwlock_unlock(&reader_rwlock);
  pthread_rwlock_rdlock(&reader_rwlock);
  pthread_mutex_lock(&stop_lock);
  int seen = stop_requested; // no-warning
  pthread_mutex_unlock(&stop_lock);
  pthread_rwlock_unlock(&reader_rwlock);
  return (void *)(long)seen;
}

// The only access is a write under a read lock.
long bumped_under_read_lock; // expected-note {{'bumped_under_read_lock' declared here}}

void *bump_under_read_lock(void *arg) {
  pthread_rwlock_rdlock(&reader_rwlock);
  bumped_under_read_lock++; // expected-warning {{'bumped_under_read_lock' is written by thread 'bump_under_read_lock' while 'reader_rwlock' is held only for reading}}
  pthread_rwlock_unlock(&reader_rwlock);
  return 0;
}

void run_stoppers(void) {
  pthread_t threads[2];
  for (int i = 0; i < 2; i++) {
    pthread_create(&threads[i], 0, request_stop, 0);
    pthread_create(&threads[i], 0, bump_under_read_lock, 0); // expected-note {{thread 'bump_under_read_lock' spawned here; the loop starts several of them}}
  }
  for (int i = 0; i < 2; i++)
    pthread_join(threads[i], 0);
}

// --- More shapes: arrays, helpers, error paths ---------------------------

long histogram[8]; // expected-note {{'histogram' declared here}}

static void record_sample(long value) {
  histogram[value % 8]++; // expected-warning {{'histogram' is written by thread 'sample_values' with no lock held; other threads access it concurrently}}
}

int sample_values(void *arg) {
  for (long value = 0; value < 100; value++)
    record_sample(value); // expected-note {{thread 'sample_values' calls 'record_sample' here}}
  return 0;
}

void run_samplers(void) {
  thrd_t samplers[3];
  for (int i = 0; i < 3; i++)
    thrd_create(&samplers[i], sample_values, 0); // expected-note {{thread 'sample_values' spawned here; the loop starts several of them}}
  for (int i = 0; i < 3; i++)
    thrd_join(samplers[i], 0);
}

// Accepted: an inferred guard taken in a helper, an error path that
// unlocks and returns, and an array only read by the threads.
pthread_mutex_t orders_lock = PTHREAD_MUTEX_INITIALIZER;
long orders_placed;
const char *order_names[4] = {"a", "b", "c", "d"};

static void lock_orders(void) __attribute__((acquire_capability(orders_lock)));
static void lock_orders(void) { pthread_mutex_lock(&orders_lock); }

void *place_order(void *arg) {
  const char *name;
  lock_orders();
  if (orders_placed > 1000) { // no-warning
    pthread_mutex_unlock(&orders_lock);
    return 0;
  }
  orders_placed++; // no-warning
  name = order_names[orders_placed % 4]; // no-warning
  pthread_mutex_unlock(&orders_lock);
  return (void *)name;
}

void run_order_takers(void) {
  pthread_t takers[4];
  for (int i = 0; i < 4; i++)
    pthread_create(&takers[i], 0, place_order, 0);
  for (int i = 0; i < 4; i++)
    pthread_join(takers[i], 0);
}

// One helper, two threads: one calls it under the lock, the other does
// not. The report names the careless thread and its call, whatever the
// names' order.
static pthread_mutex_t visits_lock = PTHREAD_MUTEX_INITIALIZER;
static long visits; // expected-note {{'visits' declared here}}

static void count_visit(void) {
  visits++; // expected-warning {{'visits' is written by thread 'z_careless_visitor' with no lock held; other threads access it concurrently}}
}

void *a_locked_visitor(void *arg) {
  pthread_mutex_lock(&visits_lock);
  count_visit(); // no-warning
  pthread_mutex_unlock(&visits_lock);
  return arg;
}

void *z_careless_visitor(void *arg) {
  count_visit(); // expected-note {{thread 'z_careless_visitor' calls 'count_visit' here}}
  return arg;
}

void run_visitors(void) {
  pthread_t a, z;
  pthread_create(&a, 0, a_locked_visitor, 0); // expected-note {{thread 'a_locked_visitor' spawned here}}
  pthread_create(&z, 0, z_careless_visitor, 0); // expected-note {{thread 'z_careless_visitor' spawned here}}
  pthread_join(a, 0);
  pthread_join(z, 0);
}
