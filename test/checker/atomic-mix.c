// Objects accessed with atomic builtins in one place and plainly in
// another (parity row P14: Rust's AtomicUsize has no plain access, so
// `*counter += 1` on one is refused with E0368). The plain access is
// refused in thread context, and in the spawner while a thread that
// touches the object may still run; `_Atomic` objects, ordered accesses
// and objects nobody writes are accepted.
// RUN: %analyze -verify %s

#include <ownership.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <threads.h>
#include <unistd.h>

// --- Rejected -----------------------------------------------------------

// A global bumped with a GCC builtin and tested plainly by the same
// threads.
long page_hits; // expected-note {{'page_hits' declared here}}

void *serve_page(void *arg) {
  __atomic_fetch_add(&page_hits, 1, __ATOMIC_RELAXED); // expected-note {{'page_hits' is accessed atomically here}}
  if (page_hits > 1000) // expected-warning {{'page_hits' is read plainly by thread 'serve_page' but accessed atomically elsewhere; use an atomic operation here too}}
    return (void *)1;
  return 0;
}

void serve_pages(void) {
  pthread_t servers[4];
  for (int i = 0; i < 4; i++)
    pthread_create(&servers[i], 0, serve_page, 0); // expected-note {{thread 'serve_page' spawned here; the loop starts several of them}}
  for (int i = 0; i < 4; i++)
    pthread_join(servers[i], 0);
}

// A spin lock taken with __sync_lock_test_and_set and released with a
// plain store: the release must be __sync_lock_release.
int spin_word; // expected-note {{'spin_word' declared here}}

void *add_under_spin_word(void *arg) {
  while (__sync_lock_test_and_set(&spin_word, 1)) // expected-note {{'spin_word' is accessed atomically here}}
    ;
  // The critical section would go here.
  spin_word = 0; // expected-warning {{'spin_word' is written plainly by thread 'add_under_spin_word' but accessed atomically elsewhere; use an atomic operation here too}}
  return 0;
}

void add_under_spin_words(void) {
  pthread_t adders[2];
  for (int i = 0; i < 2; i++)
    pthread_create(&adders[i], 0, add_under_spin_word, 0); // expected-note {{thread 'add_under_spin_word' spawned here; the loop starts several of them}}
  for (int i = 0; i < 2; i++)
    pthread_join(adders[i], 0);
}

// A function static handed out with __sync_fetch_and_add and reset
// plainly, two calls deep in a C11 thread.
static int take_ticket(void) {
  static int next_ticket; // expected-note {{'next_ticket' declared here}}
  int mine = __sync_fetch_and_add(&next_ticket, 1); // expected-note {{'next_ticket' is accessed atomically here}}
  if (mine > 100)
    next_ticket = 0; // expected-warning {{'next_ticket' is written plainly by thread 'sell_tickets' but accessed atomically elsewhere; use an atomic operation here too}}
  return mine;
}

static int sell_one(void) {
  return take_ticket(); // expected-note {{thread 'sell_tickets' calls 'take_ticket' here}}
}

int sell_tickets(void *arg) {
  return sell_one(); // expected-note {{thread 'sell_tickets' calls 'sell_one' here}}
}

void open_box_office(void) {
  thrd_t sellers[3];
  for (int i = 0; i < 3; i++)
    thrd_create(&sellers[i], sell_tickets, 0); // expected-note {{thread 'sell_tickets' spawned here; the loop starts several of them}}
  for (int i = 0; i < 3; i++)
    thrd_join(sellers[i], 0);
}

// A field reached through the thread argument, added to with C11
// atomic_fetch_add on a cast and cleared plainly in a helper.
struct request_stats {
  long served;
  long failed;
};

static void clear_served(struct request_stats *stats) {
  stats->served = 0; // expected-warning {{'stats.served' is written plainly by thread 'handle_requests' but accessed atomically elsewhere; use an atomic operation here too}}
}

void *handle_requests(void *arg) {
  struct request_stats *stats = arg;
  atomic_fetch_add((_Atomic long *)&stats->served, 1); // expected-note {{'stats.served' is accessed atomically here}}
  if (stats->failed) // no-warning
    clear_served(stats); // expected-note {{thread 'handle_requests' calls 'clear_served' here}}
  return 0;
}

void run_request_handlers(void) {
  pthread_t handlers[2];
  struct request_stats stats = {0, 0}; // expected-note {{'stats' declared here}}
  pthread_create(&handlers[0], 0, handle_requests, &stats); // expected-note {{thread 'handle_requests' spawned here}}
  pthread_create(&handlers[1], 0, handle_requests, &stats); // expected-note {{thread 'handle_requests' spawned here}}
  pthread_join(handlers[0], 0);
  pthread_join(handlers[1], 0);
}

// An array: elements collapse onto the array, so the atomic increments of
// one bucket and the plain read of another are one object.
int latency_buckets[8]; // expected-note {{'latency_buckets' declared here}}

void *record_latency(void *arg) {
  long bucket = (long)arg & 7;
  __atomic_add_fetch(&latency_buckets[bucket], 1, __ATOMIC_RELAXED); // expected-note {{'latency_buckets' is accessed atomically here}}
  return 0;
}

void *report_latency(void *arg) {
  int slow = 0;
  for (int i = 4; i < 8; i++)
    slow += latency_buckets[i]; // expected-warning {{'latency_buckets' is read plainly by thread 'report_latency' but accessed atomically elsewhere; use an atomic operation here too}}
  return (void *)(long)slow;
}

void measure_latency(void) {
  pthread_t recorder, reporter;
  pthread_create(&recorder, 0, record_latency, 0); // expected-note {{thread 'record_latency' spawned here}}
  pthread_create(&reporter, 0, report_latency, 0); // expected-note {{thread 'report_latency' spawned here}}
  pthread_join(recorder, 0);
  pthread_join(reporter, 0);
}

// A plain store under a mutex does not help: the atomic accesses hold no
// lock.
pthread_mutex_t stop_lock = PTHREAD_MUTEX_INITIALIZER;
int stop_requested; // expected-note {{'stop_requested' declared here}}

void *poll_stop(void *arg) {
  while (!__atomic_load_n(&stop_requested, __ATOMIC_ACQUIRE)) // expected-note {{'stop_requested' is accessed atomically here}}
    ;
  return 0;
}

void *request_stop(void *arg) {
  pthread_mutex_lock(&stop_lock);
  stop_requested = 1; // expected-warning {{'stop_requested' is written plainly by thread 'request_stop' but accessed atomically elsewhere; use an atomic operation here too}}
  pthread_mutex_unlock(&stop_lock);
  return 0;
}

void stop_poller(void) {
  pthread_t poller, stopper;
  pthread_create(&poller, 0, poll_stop, 0); // expected-note {{thread 'poll_stop' spawned here}}
  pthread_create(&stopper, 0, request_stop, 0); // expected-note {{thread 'request_stop' spawned here}}
  pthread_join(poller, 0);
  pthread_join(stopper, 0);
}

// The spawner reads plainly, with a sleep instead of a join, what the
// thread still adds to atomically.
long bytes_copied; // expected-note {{'bytes_copied' declared here}}

void *copy_blocks(void *arg) {
  for (int i = 0; i < 16; i++)
    __atomic_fetch_add(&bytes_copied, 512, __ATOMIC_RELAXED); // expected-note {{'bytes_copied' is accessed atomically here}}
  return 0;
}

long copy_and_peek(void) {
  pthread_t copier;
  pthread_create(&copier, 0, copy_blocks, 0); // expected-note {{thread 'copy_blocks' spawned here and not joined before the access}}
  sleep(1);
  long seen = bytes_copied; // expected-warning {{'bytes_copied' is read plainly by 'copy_and_peek' but accessed atomically elsewhere, and thread 'copy_blocks' may still be running; use an atomic operation here or join the thread first}}
  pthread_join(copier, 0);
  return seen;
}

// The same through a local handed by address to a C11 thread: the
// spawner writes it plainly while the thread adds to it atomically.
int count_down(void *arg) {
  int *remaining = arg;
  atomic_fetch_add_explicit((_Atomic int *)remaining, -1, memory_order_relaxed); // expected-note {{'remaining' is accessed atomically here}}
  return 0;
}

int reset_while_counting(void) {
  thrd_t counter;
  int remaining = 10; // expected-note {{'remaining' declared here}}
  thrd_create(&counter, count_down, &remaining); // expected-note {{thread 'count_down' spawned here and not joined before the access}}
  remaining = 10; // expected-warning {{'remaining' is written plainly by 'reset_while_counting' but accessed atomically elsewhere, and thread 'count_down' may still be running; use an atomic operation here or join the thread first}}
  thrd_join(counter, 0);
  return remaining; // no-warning
}

// A global handed to one thread by address and updated atomically
// through the argument, written by name in another: one object.
long jobs_done; // expected-note {{'jobs_done' declared here}}

void *finish_job(void *arg) {
  __atomic_fetch_add((long *)arg, 1, __ATOMIC_RELAXED); // expected-note {{'jobs_done' is accessed atomically here}}
  return 0;
}

void *restart_jobs(void *arg) {
  jobs_done = 0; // expected-warning {{'jobs_done' is written plainly by thread 'restart_jobs' but accessed atomically elsewhere; use an atomic operation here too}}
  return 0;
}

void run_jobs(void) {
  pthread_t finisher, restarter;
  pthread_create(&finisher, 0, finish_job, &jobs_done); // expected-note {{thread 'finish_job' spawned here}}
  pthread_create(&restarter, 0, restart_jobs, 0); // expected-note {{thread 'restart_jobs' spawned here}}
  pthread_join(finisher, 0);
  pthread_join(restarter, 0);
}

// An atomic helper given the address: the call is the atomic access.
static void add_one_atomically(long *counter) {
  __atomic_add_fetch(counter, 1, __ATOMIC_RELAXED);
}

long retries; // expected-note {{'retries' declared here}}

int retry_send(void *arg) {
  add_one_atomically(&retries); // expected-note {{'retries' is accessed atomically here}}
  return 0;
}

int give_up_sending(void *arg) {
  return retries > 3; // expected-warning {{'retries' is read plainly by thread 'give_up_sending' but accessed atomically elsewhere; use an atomic operation here too}}
}

void send_with_retries(void) {
  thrd_t sender, watcher;
  thrd_create(&sender, retry_send, 0); // expected-note {{thread 'retry_send' spawned here}}
  thrd_create(&watcher, give_up_sending, 0); // expected-note {{thread 'give_up_sending' spawned here}}
  thrd_join(sender, 0);
  thrd_join(watcher, 0);
}

// A heap object handed to a thread that sets its flag atomically, polled
// plainly by the spawner.
struct job {
  int done;
  long result;
};

void *run_job(void *arg) {
  struct job *job = arg;
  job->result = 42;
  __atomic_store_n(&job->done, 1, __ATOMIC_RELEASE); // expected-note {{'job->done' is accessed atomically here}}
  return 0;
}

long wait_for_job(void) {
  pthread_t worker;
  struct job *job = malloc(sizeof *job); // expected-note {{'job' declared here}}
  if (!job)
    return -1;
  job->done = 0; // no-warning
  pthread_create(&worker, 0, run_job, job); // expected-note {{thread 'run_job' spawned here and not joined before the access}}
  while (!job->done) // expected-warning {{'job->done' is read plainly by 'wait_for_job' but accessed atomically elsewhere, and thread 'run_job' may still be running; use an atomic operation here or join the thread first}}
    ;
  pthread_join(worker, 0);
  long result = job->result;
  free(job);
  return result;
}

// TODO: only the spawner's own accesses are checked between the spawn
// and the join, not those of the functions it calls.
long uploads_done;

void *upload(void *arg) {
  __atomic_fetch_add(&uploads_done, 1, __ATOMIC_RELAXED);
  return 0;
}

static long peek_uploads(void) {
  return uploads_done; // TODO: a plain read while 'upload' may run; not reported
}

long upload_and_peek(void) {
  pthread_t uploader;
  pthread_create(&uploader, 0, upload, 0);
  long seen = peek_uploads();
  pthread_join(uploader, 0);
  return seen;
}

// --- Accepted -----------------------------------------------------------

// Every access atomic, with each family of builtins.
long gcc_total;
int sync_total;
int c11_total;

void *add_atomically_everywhere(void *arg) {
  __atomic_fetch_add(&gcc_total, 1, __ATOMIC_RELAXED); // no-warning
  if (__atomic_load_n(&gcc_total, __ATOMIC_RELAXED) > 10) // no-warning
    __atomic_store_n(&gcc_total, 0, __ATOMIC_RELAXED); // no-warning
  int expected = 0;
  __atomic_compare_exchange_n(&sync_total, &expected, 1, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); // no-warning
  __sync_fetch_and_add(&sync_total, 1); // no-warning
  __sync_bool_compare_and_swap(&sync_total, 2, 0); // no-warning
  atomic_fetch_add((_Atomic int *)&c11_total, 1); // no-warning
  return (void *)(long)atomic_load((_Atomic int *)&c11_total); // no-warning
}

// An atomic helper at every access while the threads run.
long sent_messages;

static void add_atomically(long *counter, long amount) {
  __atomic_fetch_add(counter, amount, __ATOMIC_RELAXED);
}

int send_messages(void *arg) {
  add_atomically(&sent_messages, 1); // no-warning
  return 0;
}

long run_senders(void) {
  thrd_t senders[2];
  sent_messages = 0; // no-warning
  for (int i = 0; i < 2; i++)
    thrd_create(&senders[i], send_messages, 0);
  for (int i = 0; i < 2; i++)
    thrd_join(senders[i], 0);
  return sent_messages; // no-warning
}

// _Atomic objects are atomic under the plain operators too.
_Atomic long typed_total;
atomic_int typed_flag;

int add_to_typed(void *arg) {
  typed_total++; // no-warning
  typed_total += 2; // no-warning
  atomic_fetch_add(&typed_total, 1); // no-warning
  if (typed_flag) // no-warning
    typed_flag = 0; // no-warning
  return 0;
}

// Initialised plainly before the first spawn and read plainly after the
// last join: ordered by the thread API.
long ordered_total;

void *add_ordered(void *arg) {
  __atomic_add_fetch(&ordered_total, 1, __ATOMIC_RELAXED); // no-warning
  return 0;
}

long run_ordered(void) {
  pthread_t adders[4];
  ordered_total = 0; // no-warning
  for (int i = 0; i < 4; i++)
    pthread_create(&adders[i], 0, add_ordered, 0);
  for (int i = 0; i < 4; i++)
    pthread_join(adders[i], 0);
  return ordered_total; // no-warning
}

// The same through the thread argument, with the typed atomics of a
// structure set up before the spawn and read after the join.
struct tally {
  long hits;
  const char *label;
};

static void bump_tally(struct tally *tally) {
  __sync_add_and_fetch(&tally->hits, 1); // no-warning
}

int count_into_tally(void *arg) {
  struct tally *tally = arg;
  bump_tally(tally);
  return tally->label != 0; // no-warning
}

long run_tally(void) {
  thrd_t counters[2];
  struct tally tally;
  tally.hits = 0; // no-warning
  tally.label = "requests"; // no-warning
  for (int i = 0; i < 2; i++)
    thrd_create(&counters[i], count_into_tally, &tally);
  for (int i = 0; i < 2; i++)
    thrd_join(counters[i], 0);
  return tally.hits; // no-warning
}

// Read by everyone, written by no one while the threads run: reads alone
// cannot race, atomic or not.
int verbosity;

void *log_if_verbose(void *arg) {
  if (__atomic_load_n(&verbosity, __ATOMIC_RELAXED) > 1) // no-warning
    return (void *)1;
  return (void *)(long)verbosity; // no-warning
}

void run_loggers(void) {
  pthread_t loggers[2];
  verbosity = 2; // no-warning
  for (int i = 0; i < 2; i++)
    pthread_create(&loggers[i], 0, log_if_verbose, 0);
  for (int i = 0; i < 2; i++)
    pthread_join(loggers[i], 0);
}

// A thread's own locals, and thread-locals, are its own.
_Thread_local int per_thread_events;

void *count_own_events(void *arg) {
  int local_events = 0;
  __atomic_fetch_add(&local_events, 1, __ATOMIC_RELAXED);
  local_events++; // no-warning
  __atomic_fetch_add(&per_thread_events, 1, __ATOMIC_RELAXED);
  per_thread_events = 0; // no-warning
  return (void *)(long)local_events;
}

// The escape hatch.
long approximate_events OWNCK_UNSYNCHRONIZED("statistics; a lost update is fine");

void *count_approximately(void *arg) {
  __atomic_fetch_add(&approximate_events, 1, __ATOMIC_RELAXED);
  approximate_events = 0; // no-warning
  return 0;
}

void run_event_counters(void) {
  pthread_t counters[4];
  for (int i = 0; i < 2; i++)
    pthread_create(&counters[i], 0, count_own_events, 0);
  for (int i = 2; i < 4; i++)
    pthread_create(&counters[i], 0, count_approximately, 0);
  thrd_t typed;
  thrd_create(&typed, add_to_typed, 0);
  pthread_t everywhere;
  pthread_create(&everywhere, 0, add_atomically_everywhere, 0);
  for (int i = 0; i < 4; i++)
    pthread_join(counters[i], 0);
  thrd_join(typed, 0);
  pthread_join(everywhere, 0);
}
