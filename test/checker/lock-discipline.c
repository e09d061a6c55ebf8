// Lock discipline, which Rust's guards enforce by construction: a lock
// still held when the function that took it returns (parity row P11;
// Rust drops every guard at the end of its scope), and a condition wait
// without its mutex held (P12; Condvar::wait takes the MutexGuard, so
// rustc refuses the call with E0308).
// RUN: %analyze -verify %s

#include <ownership.h>
#include <pthread.h>
#include <stdlib.h>
#include <threads.h>

pthread_mutex_t queue_lock = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t stats_lock = PTHREAD_MUTEX_INITIALIZER;
pthread_rwlock_t table_lock = PTHREAD_RWLOCK_INITIALIZER;
pthread_spinlock_t slot_lock;
mtx_t log_lock;
int queue_length;
int table_size;
int slots_free;
int log_lines;

struct job_queue {
  pthread_mutex_t lock;
  pthread_cond_t nonempty;
  int length;
  int closed;
};

// ===================== P11: a lock still held on return ==================

// --- Rejected ---

int push_job_early_return_on_full(void) {
  pthread_mutex_lock(&queue_lock); // expected-note {{'queue_lock' acquired here}}
  if (queue_length >= 64)
    return -1; // expected-warning {{'queue_lock' is still held when 'push_job_early_return_on_full' returns on this path; release it before returning}}
  queue_length++;
  pthread_mutex_unlock(&queue_lock); // expected-note {{'queue_lock' released here on another path}}
  return 0;
}

void pop_job_unlock_in_one_branch(int verbose) {
  pthread_mutex_lock(&queue_lock); // expected-note {{'queue_lock' acquired here}}
  queue_length--;
  if (verbose)
    pthread_mutex_unlock(&queue_lock); // expected-note {{'queue_lock' released here on another path}}
} // expected-warning {{'queue_lock' is still held when 'pop_job_unlock_in_one_branch' returns on this path; release it before returning}}

int pop_job_unlock_in_one_branch_then_merge(int verbose) {
  int left;
  pthread_mutex_lock(&queue_lock); // expected-note {{'queue_lock' acquired here}}
  left = --queue_length;
  if (verbose)
    pthread_mutex_unlock(&queue_lock); // expected-note {{'queue_lock' released here on another path}}
  left = left > 0 ? left : 0;
  return left; // expected-warning {{'queue_lock' is still held on some paths when 'pop_job_unlock_in_one_branch_then_merge' returns; release it on every path}}
}

int drain_queue_break_skips_unlock(void) {
  int drained = 0;
  for (;;) {
    pthread_mutex_lock(&queue_lock); // expected-note {{'queue_lock' acquired here}}
    if (queue_length == 0)
      break;
    queue_length--;
    drained++;
    pthread_mutex_unlock(&queue_lock); // expected-note {{'queue_lock' released here on another path}}
  }
  return drained; // expected-warning {{'queue_lock' is still held when 'drain_queue_break_skips_unlock' returns; release it or annotate 'drain_queue_break_skips_unlock' with acquire_capability(queue_lock)}}
}

int bump_stats_trylock_success_kept(void) {
  if (pthread_mutex_trylock(&stats_lock) == 0) { // expected-note {{'stats_lock' acquired here}}
    queue_length++;
    return 1; // expected-warning {{'stats_lock' is still held when 'bump_stats_trylock_success_kept' returns on this path; release it before returning}}
  }
  return 0;
}

// Unannotated lock wrappers: the lock-set analysis infers what they do,
// but P11 refuses them, as a function returning a guard must say so.
void take_stats(void) {
  pthread_mutex_lock(&stats_lock); // expected-note {{'stats_lock' acquired here}}
} // expected-warning {{'stats_lock' is still held when 'take_stats' returns; release it or annotate 'take_stats' with acquire_capability(stats_lock)}}

void take_lock(pthread_mutex_t *lock) {
  pthread_mutex_lock(lock); // expected-note {{'*lock' acquired here}}
} // expected-warning {{'*lock' is still held when 'take_lock' returns; release it or annotate 'take_lock' with OWNCK_ACQUIRES(1)}}

void take_job_queue(struct job_queue *queue) {
  pthread_mutex_lock(&queue->lock); // expected-note {{'queue->lock' acquired here}}
} // expected-warning {{'queue->lock' is still held when 'take_job_queue' returns; release it or annotate 'take_job_queue' with acquire_capability(queue->lock)}}

// The read side of an rwlock, a spinlock and a C11 mutex, each kept on an
// error path; the last one in a thread, through its argument.
int lookup_read_lock_kept_on_miss(int key) {
  pthread_rwlock_rdlock(&table_lock); // expected-note {{'table_lock' acquired here}}
  if (key >= table_size)
    return -1; // expected-warning {{'table_lock' is still held when 'lookup_read_lock_kept_on_miss' returns on this path; release it before returning}}
  pthread_rwlock_unlock(&table_lock); // expected-note {{'table_lock' released here on another path}}
  return key;
}

int claim_slot_spin_kept_when_full(void) {
  pthread_spin_lock(&slot_lock); // expected-note {{'slot_lock' acquired here}}
  if (slots_free == 0)
    return 0; // expected-warning {{'slot_lock' is still held when 'claim_slot_spin_kept_when_full' returns on this path; release it before returning}}
  slots_free--;
  pthread_spin_unlock(&slot_lock); // expected-note {{'slot_lock' released here on another path}}
  return 1;
}

int log_line_c11_kept_on_error(void *arg) {
  mtx_t *lock = arg;
  if (mtx_lock(lock) != thrd_success)
    return -1; // no-warning
  log_lines++; // expected-note@-2 {{'*lock' acquired here}}
  if (log_lines > 1000)
    return -1; // expected-warning {{'*lock' is still held when 'log_line_c11_kept_on_error' returns on this path; release it before returning}}
  mtx_unlock(lock); // expected-note {{'*lock' released here on another path}}
  return 0;
}

void *close_queue_thread_keeps_lock(void *arg) {
  struct job_queue *queue = arg;
  pthread_mutex_lock(&queue->lock); // expected-note {{'queue->lock' acquired here}}
  queue->closed = 1;
  return 0; // expected-warning {{'queue->lock' is still held when 'close_queue_thread_keeps_lock' returns; release it before returning}}
}

// A thread's entry is no lock wrapper: nothing would release its lock.
void *hold_stats_until_thread_ends(void *arg) {
  pthread_mutex_lock(&stats_lock); // expected-note {{'stats_lock' acquired here}}
  queue_length++;
  return 0; // expected-warning {{'stats_lock' is still held when 'hold_stats_until_thread_ends' returns; release it before returning}}
}

// Ending the thread keeps the lock forever.
void *exit_thread_while_locked(void *arg) {
  pthread_mutex_lock(&stats_lock); // expected-note {{'stats_lock' acquired here}}
  if (arg)
    pthread_exit(0); // expected-warning {{'stats_lock' is still held when 'exit_thread_while_locked' returns on this path; release it before returning}}
  pthread_mutex_unlock(&stats_lock); // expected-note {{'stats_lock' released here on another path}}
  return 0;
}

// --- Accepted ---

int push_job_unlocks_on_every_path(void) {
  pthread_mutex_lock(&queue_lock);
  if (queue_length >= 64) {
    pthread_mutex_unlock(&queue_lock);
    return -1; // no-warning
  }
  queue_length++;
  pthread_mutex_unlock(&queue_lock);
  return 0; // no-warning
}

int bump_stats_trylock_released(void) {
  if (pthread_mutex_trylock(&stats_lock) != 0)
    return 0; // no-warning
  queue_length++;
  pthread_mutex_unlock(&stats_lock);
  return 1; // no-warning
}

// Annotated lock wrappers, with ownck's macros and Clang's attributes.
void lock_annotated(pthread_mutex_t *lock) OWNCK_ACQUIRES(1) {
  pthread_mutex_lock(lock);
} // no-warning

void unlock_annotated(pthread_mutex_t *lock) OWNCK_RELEASES(1) {
  pthread_mutex_unlock(lock);
} // no-warning

void take_stats_attributed(void) __attribute__((acquire_capability(stats_lock)));
void take_stats_attributed(void) {
  pthread_mutex_lock(&stats_lock);
} // no-warning

void lock_job_queue_attributed(struct job_queue *queue)
    __attribute__((acquire_capability(queue->lock)));
void lock_job_queue_attributed(struct job_queue *queue) {
  pthread_mutex_lock(&queue->lock);
} // no-warning

int count_with_wrappers(struct job_queue *queue) {
  int length;
  lock_job_queue_attributed(queue);
  length = queue->length;
  unlock_annotated(&queue->lock);
  take_stats_attributed();
  queue_length++;
  unlock_annotated(&stats_lock);
  return length; // no-warning
}

// A lock call that fails takes nothing.
int push_job_lock_failure_returns(void) {
  if (pthread_mutex_lock(&queue_lock) != 0)
    return -1; // no-warning
  queue_length++;
  pthread_mutex_unlock(&queue_lock);
  return 0;
}

int push_job_lock_failure_assigned_in_condition(void) {
  int error;
  if ((error = pthread_mutex_lock(&queue_lock)) != 0)
    return error; // no-warning
  queue_length++;
  pthread_mutex_unlock(&queue_lock);
  return 0;
}

int push_job_lock_failure_stored_then_tested(void) {
  int error = pthread_mutex_lock(&queue_lock);
  if (error)
    return error; // no-warning
  queue_length++;
  pthread_mutex_unlock(&queue_lock);
  return 0;
}

// FIXME: a lock call's result is matched with its test only in the block
// that stores it; a branch in between hides the failure, and the error
// path is reported.
int push_job_lock_failure_tested_after_a_branch(int verbose) {
  int error = pthread_mutex_lock(&queue_lock); // expected-note {{'queue_lock' acquired here}}
  if (verbose)
    queue_length += 0;
  if (error)
    return error; // expected-warning {{'queue_lock' is still held when 'push_job_lock_failure_tested_after_a_branch' returns on this path; release it before returning}}
  queue_length++;
  pthread_mutex_unlock(&queue_lock); // expected-note {{'queue_lock' released here on another path}}
  return 0;
}

// Functions that run with their caller's lock held, annotated with
// Clang's attributes: they may drop it, or drop it and take it back.
void drop_stats_attributed(void) __attribute__((release_capability(stats_lock)));
void drop_stats_attributed(void) {
  pthread_mutex_unlock(&stats_lock);
} // no-warning

void flush_stats_locked(void) __attribute__((requires_capability(stats_lock)));
void flush_stats_locked(void) {
  pthread_mutex_unlock(&stats_lock);
  queue_length = 0;
  pthread_mutex_lock(&stats_lock);
} // no-warning


// Ending the thread after the unlock.
int log_worker_exits_after_unlock(void *arg) {
  mtx_lock(&log_lock);
  log_lines++;
  mtx_unlock(&log_lock);
  thrd_exit(0); // no-warning
}

// A helper that lets the lock go for a while and takes it back: the lock
// is its caller's, held on entry.
void pause_with_lock_dropped(void) {
  pthread_mutex_unlock(&queue_lock);
  queue_length = queue_length + 0;
  pthread_mutex_lock(&queue_lock);
} // no-warning

// Ending the process with a lock held is no leak.
void fail_hard_while_locked(void) {
  pthread_mutex_lock(&queue_lock);
  if (queue_length < 0)
    abort(); // no-warning
  pthread_mutex_unlock(&queue_lock);
}

// A C11 mutex and a read lock released through one cleanup label.
int log_line_c11_goto_cleanup(void) {
  int status = 0;
  if (mtx_lock(&log_lock) != thrd_success)
    return -1;
  pthread_rwlock_rdlock(&table_lock);
  if (table_size == 0) {
    status = -1;
    goto out;
  }
  log_lines++;
out:
  pthread_rwlock_unlock(&table_lock);
  mtx_unlock(&log_lock);
  return status; // no-warning
}

// ========== P12: a condition wait without its mutex held ===============

pthread_mutex_t ready_lock = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t other_lock = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t ready_cond = PTHREAD_COND_INITIALIZER;
int ready;
mtx_t c11_lock;
cnd_t c11_cond;
int c11_ready;

// --- Rejected ---

void wait_ready_without_lock(void) {
  while (!ready)
    pthread_cond_wait(&ready_cond, &ready_lock); // expected-warning {{'ready_cond' is waited on without holding its mutex 'ready_lock'}}
}

void wait_ready_holding_other_lock(void) {
  pthread_mutex_lock(&other_lock); // expected-note {{'other_lock' acquired here}}
  while (!ready)
    pthread_cond_wait(&ready_cond, &ready_lock); // expected-warning {{'ready_cond' is waited on with 'other_lock' held instead of its mutex 'ready_lock'}}
  pthread_mutex_unlock(&other_lock);
}

void wait_ready_locked_on_some_paths(int urgent) {
  if (!urgent)
    pthread_mutex_lock(&ready_lock); // expected-note {{'ready_lock' acquired here on some paths only}}
  pthread_cond_wait(&ready_cond, &ready_lock); // expected-warning {{'ready_cond' is waited on without holding its mutex 'ready_lock' on every path}}
  pthread_mutex_unlock(&ready_lock);
}

void wait_ready_after_unlock_in_branch(int quick) {
  pthread_mutex_lock(&ready_lock);
  if (quick)
    pthread_mutex_unlock(&ready_lock); // expected-note {{'ready_lock' released here on some paths}}
  pthread_cond_wait(&ready_cond, &ready_lock); // expected-warning {{'ready_cond' is waited on without holding its mutex 'ready_lock' on every path}}
  pthread_mutex_unlock(&ready_lock);
}

// Through the thread argument: the queue's own lock is not taken.
void *take_job_wait_without_queue_lock(void *arg) {
  struct job_queue *queue = arg;
  while (queue->length == 0)
    pthread_cond_wait(&queue->nonempty, &queue->lock); // expected-warning {{'queue->nonempty' is waited on without holding its mutex 'queue->lock'}}
  return 0;
}

// A helper that waits: one caller holds the mutex, the other does not.
static void wait_for_job(struct job_queue *queue) {
  while (queue->length == 0)
    pthread_cond_wait(&queue->nonempty, &queue->lock); // expected-warning {{'queue->nonempty' is waited on without holding its mutex 'queue->lock'}}
}

void consume_locked(struct job_queue *queue) {
  pthread_mutex_lock(&queue->lock);
  wait_for_job(queue);
  queue->length--;
  pthread_mutex_unlock(&queue->lock);
}

void consume_unlocked(struct job_queue *queue) {
  wait_for_job(queue); // expected-note {{'wait_for_job' is called here without 'queue->lock' held}}
}

// C11: cnd_wait and cnd_timedwait without the mtx_t.
int wait_c11_without_lock(void *arg) {
  while (!c11_ready)
    cnd_wait(&c11_cond, &c11_lock); // expected-warning {{'c11_cond' is waited on without holding its mutex 'c11_lock'}}
  return 0;
}

int wait_c11_timed_after_unlock(const struct timespec *deadline) {
  mtx_lock(&c11_lock);
  c11_ready = 0;
  mtx_unlock(&c11_lock);
  return cnd_timedwait(&c11_cond, &c11_lock, deadline); // expected-warning {{'c11_cond' is waited on without holding its mutex 'c11_lock'}}
}

// --- Accepted ---

void wait_ready_in_loop(void) {
  pthread_mutex_lock(&ready_lock);
  while (!ready)
    pthread_cond_wait(&ready_cond, &ready_lock); // no-warning
  pthread_mutex_unlock(&ready_lock);
}

int wait_ready_timed(const struct timespec *deadline) {
  int status = 0;
  pthread_mutex_lock(&ready_lock);
  while (!ready && status == 0)
    status = pthread_cond_timedwait(&ready_cond, &ready_lock, deadline); // no-warning
  pthread_mutex_unlock(&ready_lock);
  return status;
}

// The mutex taken in an annotated wrapper.
void wait_ready_lock_from_wrapper(void) {
  lock_annotated(&ready_lock);
  while (!ready)
    pthread_cond_wait(&ready_cond, &ready_lock); // no-warning
  unlock_annotated(&ready_lock);
}

// The mutex taken by an annotated wrapper defined in another file.
void lock_ready_elsewhere(pthread_mutex_t *lock) OWNCK_ACQUIRES(1);
void unlock_ready_elsewhere(pthread_mutex_t *lock) OWNCK_RELEASES(1);

int wait_ready_lock_from_other_file(void) {
  lock_ready_elsewhere(&ready_lock);
  while (!ready)
    pthread_cond_wait(&ready_cond, &ready_lock); // no-warning
  unlock_ready_elsewhere(&ready_lock);
  return 0; // no-warning
}

// The queue's lock taken by a wrapper carrying Clang's attribute.
void take_job_lock_from_attributed_wrapper(struct job_queue *queue) {
  lock_job_queue_attributed(queue);
  while (queue->length == 0)
    pthread_cond_wait(&queue->nonempty, &queue->lock); // no-warning
  queue->length--;
  unlock_annotated(&queue->lock);
}

// Through the thread argument, the queue's own lock held.
void *take_job_holding_queue_lock(void *arg) {
  struct job_queue *queue = arg;
  pthread_mutex_lock(&queue->lock);
  while (queue->length == 0 && !queue->closed)
    pthread_cond_wait(&queue->nonempty, &queue->lock); // no-warning
  if (queue->length > 0)
    queue->length--;
  pthread_mutex_unlock(&queue->lock);
  return 0;
}

// A helper that waits, every caller holding the mutex; one of them is a
// helper itself, called with the lock held.
static void wait_until_closed(struct job_queue *queue) {
  while (!queue->closed)
    pthread_cond_wait(&queue->nonempty, &queue->lock); // no-warning
}

static void finish_locked(struct job_queue *queue) {
  wait_until_closed(queue);
  queue->length = 0;
}

void *finisher(void *arg) {
  struct job_queue *queue = arg;
  pthread_mutex_lock(&queue->lock);
  finish_locked(queue);
  pthread_mutex_unlock(&queue->lock);
  return 0;
}

void shut_down(struct job_queue *queue) {
  pthread_mutex_lock(&queue->lock);
  wait_until_closed(queue);
  pthread_mutex_unlock(&queue->lock);
}

int wait_c11_holding_lock(void *arg) {
  mtx_lock(&c11_lock);
  while (!c11_ready)
    cnd_wait(&c11_cond, &c11_lock); // no-warning
  mtx_unlock(&c11_lock);
  return 0;
}

// Each thread gets a queue of its own, so that only the lock discipline
// is at stake here.
int main(void) {
  struct job_queue waiting = {PTHREAD_MUTEX_INITIALIZER,
                              PTHREAD_COND_INITIALIZER, 0, 0};
  struct job_queue taking = {PTHREAD_MUTEX_INITIALIZER,
                             PTHREAD_COND_INITIALIZER, 0, 0};
  struct job_queue finishing = {PTHREAD_MUTEX_INITIALIZER,
                                PTHREAD_COND_INITIALIZER, 0, 0};
  struct job_queue closing = {PTHREAD_MUTEX_INITIALIZER,
                              PTHREAD_COND_INITIALIZER, 0, 0};
  pthread_t threads[4];
  thrd_t c11_threads[2];
  pthread_create(&threads[0], 0, take_job_wait_without_queue_lock, &waiting);
  pthread_create(&threads[1], 0, take_job_holding_queue_lock, &taking);
  pthread_create(&threads[2], 0, finisher, &finishing);
  pthread_create(&threads[3], 0, close_queue_thread_keeps_lock, &closing);
  pthread_create(&threads[3], 0, hold_stats_until_thread_ends, 0);
  thrd_create(&c11_threads[0], wait_c11_without_lock, 0);
  thrd_create(&c11_threads[1], wait_c11_holding_lock, 0);
  for (int i = 0; i < 4; i++)
    pthread_join(threads[i], 0);
  thrd_join(c11_threads[0], 0);
  thrd_join(c11_threads[1], 0);
  return 0;
}

// A capability wrapper in the style of Clang's thread-safety analysis:
// the attribute names the whole wrapper, the function takes the mutex
// inside it. Neither function leaves anything held that it does not say.
typedef struct __attribute__((capability("mutex"))) {
  pthread_mutex_t raw;
} wrapped_mutex;

static wrapped_mutex stats_mutex = {PTHREAD_MUTEX_INITIALIZER};
static long stats_hits __attribute__((guarded_by(stats_mutex)));

static void wrapped_lock(wrapped_mutex *w)
    __attribute__((acquire_capability(*w))) {
  pthread_mutex_lock(&w->raw);
} // no-warning

static void wrapped_unlock(wrapped_mutex *w)
    __attribute__((release_capability(*w))) {
  pthread_mutex_unlock(&w->raw);
} // no-warning

void *count_stats(void *arg) {
  wrapped_lock(&stats_mutex);
  stats_hits++; // no-warning
  wrapped_unlock(&stats_mutex);
  return arg;
}

void run_stats_threads(void) {
  pthread_t a, b;
  pthread_create(&a, 0, count_stats, 0);
  pthread_create(&b, 0, count_stats, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
}

// What lies outside the wrapper named by the attribute is still refused.
static pthread_mutex_t beside_wrapper = PTHREAD_MUTEX_INITIALIZER;

static void wrapped_lock_and_more(wrapped_mutex *w)
    __attribute__((acquire_capability(*w))) {
  pthread_mutex_lock(&w->raw);
  pthread_mutex_lock(&beside_wrapper); // expected-note {{'beside_wrapper' acquired here}}
} // expected-warning {{'beside_wrapper' is still held when 'wrapped_lock_and_more' returns; release it or annotate 'wrapped_lock_and_more' with acquire_capability(beside_wrapper)}}

void call_wrapped_lock_and_more(void) {
  wrapped_lock_and_more(&stats_mutex);
  wrapped_unlock(&stats_mutex);
  pthread_mutex_unlock(&beside_wrapper);
}
