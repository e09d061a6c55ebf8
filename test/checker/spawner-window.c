// The spawner touching what a running thread writes, before joining it:
// the seed program's "wait with sleep instead of join" (parity rows P1 and
// P2, the spawner's half; Rust refuses the read with E0502). Ordering by
// the thread API itself is accepted: before the spawn, after the join.
// Each case has its own data and thread, so only the spawner's side shows.
// RUN: %analyze -verify %s

#include <pthread.h>
#include <unistd.h>

// --- Rejected -----------------------------------------------------------

int progress_after_sleep; // expected-note {{'progress_after_sleep' declared here}}

void *advance(void *arg) {
  progress_after_sleep = 1; // expected-note {{'progress_after_sleep' is written here by thread 'advance'}}
  return 0;
}

int read_after_sleeping_instead_of_joining(void) {
  pthread_t thread;
  pthread_create(&thread, 0, advance, 0); // expected-note {{thread 'advance' spawned here and not joined before the access}}
  sleep(1);
  return progress_after_sleep; // expected-warning {{'progress_after_sleep' is read by 'read_after_sleeping_instead_of_joining' while thread 'advance' may still write it; join the thread first}}
}

int progress_after_detach; // expected-note {{'progress_after_detach' declared here}}

void *advance_detached(void *arg) {
  progress_after_detach = 2; // expected-note {{'progress_after_detach' is written here by thread 'advance_detached'}}
  return 0;
}

int read_after_detaching(void) {
  pthread_t thread;
  pthread_create(&thread, 0, advance_detached, 0); // expected-note {{thread 'advance_detached' spawned here and not joined before the access}}
  pthread_detach(thread);
  return progress_after_detach; // expected-warning {{'progress_after_detach' is read by 'read_after_detaching' while thread 'advance_detached' may still write it}}
}

int progress_maybe_joined; // expected-note {{'progress_maybe_joined' declared here}}

void *advance_maybe_joined(void *arg) {
  progress_maybe_joined = 3; // expected-note {{'progress_maybe_joined' is written here by thread 'advance_maybe_joined'}}
  return 0;
}

int read_after_joining_on_one_branch(int wait) {
  pthread_t thread;
  pthread_create(&thread, 0, advance_maybe_joined, 0); // expected-note {{thread 'advance_maybe_joined' spawned here and not joined before the access}}
  if (wait)
    pthread_join(thread, 0);
  return progress_maybe_joined; // expected-warning {{'progress_maybe_joined' is read by 'read_after_joining_on_one_branch' while thread 'advance_maybe_joined' may still write it}}
}

int level_reset_early; // expected-note {{'level_reset_early' declared here}}

void *read_level(void *arg) {
  return (void *)(long)level_reset_early; // expected-note {{'level_reset_early' is read here by thread 'read_level'}}
}

void write_while_thread_reads(void) {
  pthread_t thread;
  pthread_create(&thread, 0, read_level, 0); // expected-note {{thread 'read_level' spawned here and not joined before the access}}
  level_reset_early = 0; // expected-warning {{'level_reset_early' is written by 'write_while_thread_reads' while thread 'read_level' may still access it; join the thread first}}
  pthread_join(thread, 0);
}

void *fill(void *arg) {
  int *out = arg;
  *out = 42; // expected-note {{'answer' is written here by thread 'fill'}}
  return 0;
}

int read_local_before_join(void) {
  pthread_t thread;
  int answer = 0; // expected-note {{'answer' declared here}}
  pthread_create(&thread, 0, fill, &answer); // expected-note {{thread 'fill' spawned here and not joined before the access}}
  int early = answer; // expected-warning {{'answer' is read by 'read_local_before_join' while thread 'fill' may still write it}}
  pthread_join(thread, 0);
  return early + answer;
}

// --- Accepted -----------------------------------------------------------

int result_after_join;

void *compute(void *arg) {
  result_after_join = 7; // no-warning
  return 0;
}

int written_before_spawn_read_after_join(void) {
  pthread_t thread;
  result_after_join = 0; // no-warning
  pthread_create(&thread, 0, compute, 0);
  pthread_join(thread, 0);
  return result_after_join; // no-warning
}

void *fill_slot(void *arg) {
  int *out = arg;
  *out = 1; // no-warning
  return 0;
}

int read_after_join_loop(void) {
  pthread_t threads[4];
  int answers[4];
  for (int i = 0; i < 4; i++)
    pthread_create(&threads[i], 0, fill_slot, &answers[i]);
  for (int i = 0; i < 4; i++)
    pthread_join(threads[i], 0);
  return answers[0] + answers[3]; // no-warning
}

pthread_mutex_t level_lock = PTHREAD_MUTEX_INITIALIZER;
int level;

void *raise_level(void *arg) {
  pthread_mutex_lock(&level_lock);
  level++; // no-warning
  pthread_mutex_unlock(&level_lock);
  return 0;
}

int read_level_under_the_same_lock(void) {
  pthread_t thread;
  int seen;
  pthread_create(&thread, 0, raise_level, 0);
  pthread_mutex_lock(&level_lock);
  seen = level; // no-warning
  pthread_mutex_unlock(&level_lock);
  pthread_join(thread, 0);
  return seen;
}

int seen_by_checked_spawn;

void *mark_seen(void *arg) {
  ++seen_by_checked_spawn; // no-warning
  return 0;
}

int read_after_spawn_checked_for_failure(void) {
  pthread_t thread;
  int result = 0;
  int rc = pthread_create(&thread, 0, mark_seen, 0);
  if (rc)
    result = 1;
  else
    pthread_join(thread, 0);
  if (seen_by_checked_spawn != 1) // no-warning: a failed spawn starts no thread
    result = 1;
  return result;
}

int read_after_failed_spawn_returns(void) {
  pthread_t thread;
  if (pthread_create(&thread, 0, mark_seen, 0) != 0)
    return seen_by_checked_spawn; // no-warning: a failed spawn starts no thread
  pthread_join(thread, 0);
  return seen_by_checked_spawn; // no-warning
}

// The lock reaches the thread through its argument: the spawner and the
// thread hold the same lock under two names.
int count_under_handed_lock;

void *add_under_handed_lock(void *arg) {
  pthread_spinlock_t *lock = arg;
  pthread_spin_lock(lock);
  count_under_handed_lock++; // no-warning
  pthread_spin_unlock(lock);
  return 0;
}

int spawner_holds_the_lock_it_hands_over(void) {
  pthread_t first, second;
  pthread_spinlock_t lock;
  pthread_spin_init(&lock, 0);
  pthread_spin_lock(&lock);
  pthread_create(&first, 0, add_under_handed_lock, (void *)&lock);
  pthread_create(&second, 0, add_under_handed_lock, (void *)&lock);
  count_under_handed_lock++; // no-warning
  pthread_spin_unlock(&lock);
  pthread_join(first, 0);
  pthread_join(second, 0);
  return count_under_handed_lock;
}

struct job {
  pthread_mutex_t lock;
  int done_flag;
};
int job_done;

void *finish_job(void *arg) {
  struct job *job = arg;
  pthread_mutex_lock(&job->lock);
  job_done = 1; // no-warning
  pthread_mutex_unlock(&job->lock);
  return 0;
}

int spawner_reads_under_the_jobs_lock(struct job *job) {
  pthread_t thread;
  int seen;
  pthread_create(&thread, 0, finish_job, job);
  pthread_mutex_lock(&job->lock);
  seen = job_done; // no-warning
  pthread_mutex_unlock(&job->lock);
  pthread_join(thread, 0);
  return seen;
}

// C11 threads: the same rule with thrd_create and thrd_join.
#include <threads.h>

int c11_progress; // expected-note {{'c11_progress' declared here}}

int c11_advance(void *arg) {
  c11_progress = 1; // expected-note {{'c11_progress' is written here by thread 'c11_advance'}}
  return 0;
}

int c11_read_before_join(void) {
  thrd_t thread;
  thrd_create(&thread, c11_advance, 0); // expected-note {{thread 'c11_advance' spawned here and not joined before the access}}
  int early = c11_progress; // expected-warning {{'c11_progress' is read by 'c11_read_before_join' while thread 'c11_advance' may still write it; join the thread first}}
  thrd_join(thread, 0);
  return early + c11_progress; // no-warning
}

// Each element is set up and then handed to its own thread in one loop;
// reading a result before the join is still refused.
struct numbered_job {
  int id;
  long result;
};

void *run_job(void *arg) {
  struct numbered_job *job = arg;
  job->result = job->id * 2; // expected-note {{'jobs.result' is written here by thread 'run_job'}}
  return 0;
}

long set_up_each_element_then_spawn(void) {
  pthread_t threads[4];
  struct numbered_job jobs[4]; // expected-note {{'jobs' declared here}}
  for (int i = 0; i < 4; i++) {
    jobs[i].id = i; // no-warning: running threads hold other elements
    pthread_create(&threads[i], 0, run_job, &jobs[i]); // expected-note {{thread 'run_job' spawned here and not joined before the access}}
  }
  long early = jobs[0].result; // expected-warning {{'jobs.result' is read by 'set_up_each_element_then_spawn' while thread 'run_job' may still write it; join the thread first}}
  for (int i = 0; i < 4; i++)
    pthread_join(threads[i], 0);
  return early + jobs[3].result; // no-warning
}

// Joins made by a helper the spawner calls.
long joined_by_helper;

void *add_once(void *arg) {
  joined_by_helper = 1; // no-warning
  return 0;
}

static void wait_for(pthread_t *thread) { pthread_join(*thread, 0); }

long read_after_helper_joins(void) {
  pthread_t thread;
  pthread_create(&thread, 0, add_once, 0);
  wait_for(&thread);
  return joined_by_helper; // no-warning
}
