// OWNED objects moved into threads: the spawner using one after handing it
// over and before the join (parity row P4), and one object handed to two
// threads (P5). Rust refuses both with E0382 once `thread::spawn(move ...)`
// has taken the value. A join gives the object back; a spawn that failed
// never took it; a fresh object stored into the owning pointer is new.
// RUN: %analyze -verify %s

#include <ownership.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <threads.h>

struct job {
  int count;
  char *data OWNED; // #job_data
};

void *fill_line(void *arg) {
  char *line = arg;
  line[0] = 'x';
  return 0;
}

void *run_job(void *arg) {
  struct job *job = arg;
  job->count++;
  return 0;
}

int serve(void *arg) {
  char *body = arg;
  return body[0];
}

void consume(char *text);

// --- Rejected: P4, used after the move ----------------------------------

int read_line_before_join(void) {
  pthread_t thread;
  char *line OWNED = malloc(64); // expected-note {{'line' declared OWNED here}}
  pthread_create(&thread, 0, fill_line, line); // expected-note {{'line' moved into thread 'fill_line' here}}
  int first = line[0]; // expected-warning {{'line' is used by 'read_line_before_join' after it was moved into thread 'fill_line'; join the thread first}}
  pthread_join(thread, 0);
  return first;
}

void free_before_join(void) {
  pthread_t thread;
  char *line OWNED = malloc(64); // expected-note {{'line' declared OWNED here}}
  pthread_create(&thread, 0, fill_line, line); // expected-note {{'line' moved into thread 'fill_line' here}}
  free(line); // expected-warning {{'line' is freed by 'free_before_join' after it was moved into thread 'fill_line'; join the thread first}}
  pthread_join(thread, 0);
}

int write_struct_before_join(void) {
  pthread_t thread;
  struct job job OWNED = {0, 0}; // expected-note {{'job' declared OWNED here}}
  pthread_create(&thread, 0, run_job, &job); // expected-note {{'job' moved into thread 'run_job' here}}
  job.count = 3; // expected-warning {{'job' is written by 'write_struct_before_join' after it was moved into thread 'run_job'; join the thread first}}
  pthread_join(thread, 0);
  return job.count; // no-warning
}

void pass_to_function_before_join(char *text OWNED) { // expected-note {{'text' declared OWNED here}}
  thrd_t thread;
  thrd_create(&thread, serve, text); // expected-note {{'text' moved into thread 'serve' here}}
  consume(text); // expected-warning {{'text' is passed to 'consume' by 'pass_to_function_before_join' after it was moved into thread 'serve'; join the thread first}}
  thrd_join(thread, 0);
}

void *clear_job_data(void *arg) {
  struct job *job = arg;
  job->data[0] = 0;
  return 0;
}

void free_owned_field_on_error_path(int cancelled) {
  pthread_t thread;
  struct job job = {0, malloc(8)};
  pthread_create(&thread, 0, clear_job_data, &job); // expected-note {{'job.data' moved into thread 'clear_job_data' here}}
  if (cancelled)
    free(job.data); // expected-warning {{'job.data' is freed by 'free_owned_field_on_error_path' after it was moved into thread 'clear_job_data'; join the thread first}}
  pthread_join(thread, 0);
  if (!cancelled)
    free(job.data); // no-warning
}
// expected-note@#job_data {{'data' declared OWNED here}}

int use_after_join_on_one_branch(int wait) {
  pthread_t thread;
  char *line OWNED = malloc(64); // expected-note {{'line' declared OWNED here}}
  pthread_create(&thread, 0, fill_line, line); // expected-note {{'line' moved into thread 'fill_line' here}}
  if (wait)
    pthread_join(thread, 0); // expected-note {{thread 'fill_line' joined here, but not on every path to the use}}
  return line[1]; // expected-warning {{'line' is used by 'use_after_join_on_one_branch' after it was moved into thread 'fill_line'; join the thread first}}
}

struct settings {
  int verbose;
  int level;
};
static struct settings settings OWNED; // expected-note {{'settings' declared OWNED here}}

void *apply_settings(void *arg) {
  struct settings *mine = arg;
  return (void *)(long)mine->level;
}

static int settings_level(void) {
  return settings.level; // expected-note {{'settings' used here by 'settings_level'}}
}

static void print_settings(void) { printf("%d\n", settings_level()); }

void helper_reads_moved_global(void) {
  pthread_t thread;
  pthread_create(&thread, 0, apply_settings, &settings); // expected-note {{'settings' moved into thread 'apply_settings' here}}
  pthread_detach(thread); // expected-note {{thread 'apply_settings' detached here}}
  print_settings(); // expected-warning {{'settings' is used through the call to 'print_settings' after it was moved into thread 'apply_settings'; the thread is detached and never gives it back}}
}

struct pool;
int pool_submit(struct pool *pool, void *(*task)(void *), void *arg)
    OWNCK_SPAWNS(2, 3);

void use_after_submitting_to_a_pool(struct pool *pool) {
  struct job *job OWNED = calloc(1, sizeof *job); // expected-note {{'job' declared OWNED here}}
  pool_submit(pool, run_job, job); // expected-note {{'job' moved into thread 'run_job' here}}
  if (job->count > 0) // expected-warning {{'job' is used by 'use_after_submitting_to_a_pool' after it was moved into thread 'run_job'; join the thread first}}
    job->count = 0;
}

int function_static_buffer_read_early(void) {
  static char scratch[64] OWNED; // expected-note {{'scratch' declared OWNED here}}
  pthread_t thread;
  pthread_create(&thread, 0, fill_line, scratch); // expected-note {{'scratch' moved into thread 'fill_line' here}}
  int first = scratch[0]; // expected-warning {{'scratch' is used by 'function_static_buffer_read_early' after it was moved into thread 'fill_line'; join the thread first}}
  pthread_join(thread, 0);
  return first;
}

struct request {
  int id;
  char *payload OWNED; // #request_payload
};

// A thread that hands the payload it was given on to a worker of its own,
// then reads it through its argument before joining that worker.
void *dispatch(void *arg) {
  struct request *request = arg;
  pthread_t worker;
  pthread_create(&worker, 0, fill_line, request->payload); // expected-note {{'request->payload' moved into thread 'fill_line' here}}
  request->id = 2; // no-warning
  char first = request->payload[0]; // expected-warning {{'request->payload' is used by 'dispatch' after it was moved into thread 'fill_line'; join the thread first}}
  pthread_join(worker, 0);
  return (void *)(long)first;
}
// expected-note@#request_payload {{'payload' declared OWNED here}}

void start_dispatch(struct request *request OWNED) {
  pthread_t thread;
  pthread_create(&thread, 0, dispatch, request);
  pthread_join(thread, 0);
}

pthread_mutex_t jobs_lock = PTHREAD_MUTEX_INITIALIZER;
static void lock_jobs(void) __attribute__((acquire_capability(jobs_lock)));
static void lock_jobs(void) { pthread_mutex_lock(&jobs_lock); }
static void unlock_jobs(void) { pthread_mutex_unlock(&jobs_lock); }

// A lock does not give a moved object back: only the join does.
int read_under_a_lock_taken_in_a_helper(void) {
  pthread_t thread;
  struct job *job OWNED = calloc(1, sizeof *job); // expected-note {{'job' declared OWNED here}}
  pthread_create(&thread, 0, run_job, job); // expected-note {{'job' moved into thread 'run_job' here}}
  lock_jobs();
  int count = job->count; // expected-warning {{'job' is used by 'read_under_a_lock_taken_in_a_helper' after it was moved into thread 'run_job'; join the thread first}}
  unlock_jobs();
  pthread_join(thread, 0);
  free(job); // no-warning
  return count;
}

// --- Rejected: P5, moved twice ------------------------------------------

void spawn_twice_without_join(void) {
  pthread_t first, second;
  char *line OWNED = malloc(64); // expected-note {{'line' declared OWNED here}}
  pthread_create(&first, 0, fill_line, line); // expected-note {{'line' first moved into thread 'fill_line' here}}
  pthread_create(&second, 0, fill_line, line); // expected-warning {{'line' is moved into thread 'fill_line' while thread 'fill_line' may still own it; join that thread first or give each thread its own object}}
  pthread_join(first, 0);
  pthread_join(second, 0);
}

void spawn_same_job_in_loop(void) {
  pthread_t threads[4];
  struct job job OWNED = {0, 0}; // expected-note {{'job' declared OWNED here}}
  for (int i = 0; i < 4; i++) // expected-note {{'job' is handed over again on each iteration of this loop}}
    pthread_create(&threads[i], 0, run_job, &job); // expected-warning {{'job' is moved into a new thread 'run_job' on each iteration while the threads of earlier iterations may still own it; give each thread its own object}}
  for (int i = 0; i < 4; i++)
    pthread_join(threads[i], 0);
}

int read_body(void *arg) { return ((char *)arg)[1]; }

void c11_two_entries_one_body(void) {
  thrd_t writer, reader;
  char *body OWNED = malloc(16); // expected-note {{'body' declared OWNED here}}
  if (thrd_create(&writer, serve, body) != thrd_success) // expected-note {{'body' first moved into thread 'serve' here}}
    return;
  thrd_create(&reader, read_body, body); // expected-warning {{'body' is moved into thread 'read_body' while thread 'serve' may still own it; join that thread first or give each thread its own object}}
  thrd_join(writer, 0);
  thrd_join(reader, 0);
}

void same_offset_twice(void) {
  thrd_t first, second;
  char *text OWNED = malloc(4); // expected-note 2 {{'text' declared OWNED here}}
  thrd_create(&first, serve, text + 1); // expected-note {{'text' first moved into thread 'serve' here}} expected-note {{'text' moved into thread 'serve' here}}
  text[1] = 'a'; // expected-warning {{'text' is written by 'same_offset_twice' after it was moved into thread 'serve'; join the thread first}}
  thrd_create(&second, serve, text + 1); // expected-warning {{'text' is moved into thread 'serve' while thread 'serve' may still own it; join that thread first or give each thread its own object}}
  thrd_join(first, 0);
  thrd_join(second, 0);
}

// The crossed joins are seen without their conditions, so ownership.Lifetime
// also finds 'first' possibly running when 'job' dies.
void joined_on_one_branch_then_moved_again(int wait) {
  pthread_t first, second;
  struct job job OWNED = {0, 0}; // expected-note {{'job' declared OWNED here}} expected-note {{'job' declared here}}
  pthread_create(&first, 0, run_job, &job); // expected-note {{'job' first moved into thread 'run_job' here}} expected-warning {{address of local 'job' is handed to thread 'run_job', which may still be running when 'job' goes out of scope}}
  if (wait)
    pthread_join(first, 0);
  pthread_create(&second, 0, run_job, &job); // expected-warning {{'job' is moved into thread 'run_job' while thread 'run_job' may still own it; join that thread first or give each thread its own object}}
  pthread_join(second, 0);
  if (!wait)
    pthread_join(first, 0);
} // expected-note {{'joined_on_one_branch_then_moved_again' returns here while thread 'run_job' may still be running}}

static struct job shared_job OWNED; // expected-note {{'shared_job' declared OWNED here}}

void start_first_job_worker(void) {
  pthread_t thread;
  pthread_create(&thread, 0, run_job, &shared_job); // expected-note {{'shared_job' first moved into thread 'run_job' here}}
  pthread_detach(thread);
}

void start_second_job_worker(void) {
  pthread_t thread;
  pthread_create(&thread, 0, run_job, &shared_job); // expected-warning {{'shared_job' is moved into thread 'run_job' while thread 'run_job' may still own it; join that thread first or give each thread its own object}}
  pthread_detach(thread);
}

// --- Accepted: P4 -------------------------------------------------------

int read_line_after_join(void) {
  pthread_t thread;
  char *line OWNED = malloc(64);
  line[1] = 'y'; // no-warning
  pthread_create(&thread, 0, fill_line, line);
  pthread_join(thread, 0);
  int first = line[0]; // no-warning
  free(line);          // no-warning
  return first;
}

int use_when_spawn_failed(void) {
  pthread_t thread;
  char *line OWNED = malloc(64);
  if (pthread_create(&thread, 0, fill_line, line) != 0) {
    free(line); // no-warning
    return -1;
  }
  pthread_join(thread, 0);
  free(line); // no-warning
  return 0;
}

int c11_use_when_spawn_failed(void) {
  thrd_t thread;
  char *body OWNED = malloc(16);
  int status = thrd_create(&thread, serve, body);
  if (status != thrd_success) {
    consume(body); // no-warning
    return -1;
  }
  thrd_join(thread, 0);
  consume(body); // no-warning
  return 0;
}

static void wait_for(pthread_t *thread) { pthread_join(*thread, 0); }

int owned_objects_never_handed_over(void) {
  pthread_t thread;
  char *kept OWNED = malloc(8);
  char *line OWNED = malloc(64);
  pthread_create(&thread, 0, fill_line, line);
  kept[0] = 'k';  // no-warning
  consume(kept);  // no-warning
  wait_for(&thread);
  return line[0]; // no-warning
}

void new_object_after_the_move(void) {
  pthread_t thread;
  char *line OWNED = malloc(64);
  pthread_create(&thread, 0, fill_line, line);
  pthread_detach(thread);
  line = malloc(64); // no-warning
  line[0] = 'n';     // no-warning
  free(line);        // no-warning
}

void other_fields_stay_with_the_spawner(void) {
  pthread_t thread;
  struct job job = {0, malloc(8)};
  pthread_create(&thread, 0, fill_line, job.data);
  job.count = 1; // no-warning
  pthread_join(thread, 0);
  free(job.data); // no-warning
}

static struct settings defaults OWNED;

static int defaults_level(void) { return defaults.level; }

int helper_reads_global_after_join(void) {
  pthread_t thread;
  pthread_create(&thread, 0, apply_settings, &defaults);
  pthread_join(thread, 0);
  return defaults_level(); // no-warning
}

int read_through_an_alias_before_join(void) {
  pthread_t thread;
  char *line OWNED = malloc(64);
  char *alias = line;
  pthread_create(&thread, 0, fill_line, line);
  int first = alias[0]; // FIXME: a copy of the owning pointer is not followed; expect the use-after-move report
  pthread_join(thread, 0);
  return first;
}

static struct settings overrides OWNED;

static void start_overrides_worker(void) {
  pthread_t thread;
  pthread_create(&thread, 0, apply_settings, &overrides);
  pthread_detach(thread);
}

int read_global_moved_by_a_helper(void) {
  start_overrides_worker();
  return overrides.level; // TODO: the helper moved 'overrides' into a thread it did not join; expect the use-after-move report
}

// --- Accepted: P5 -------------------------------------------------------

void join_between_the_two_moves(void) {
  pthread_t first, second;
  char *line OWNED = malloc(64);
  pthread_create(&first, 0, fill_line, line);
  pthread_join(first, 0);
  pthread_create(&second, 0, fill_line, line); // no-warning
  pthread_join(second, 0);
  free(line);
}

void one_element_per_thread(void) {
  pthread_t threads[4];
  struct job jobs[4] OWNED;
  for (int i = 0; i < 4; i++) {
    jobs[i].count = i;                              // no-warning
    pthread_create(&threads[i], 0, run_job, &jobs[i]); // no-warning
  }
  for (int i = 0; i < 4; i++)
    pthread_join(threads[i], 0);
  printf("%d\n", jobs[3].count); // no-warning
}

void one_line_per_thread(char *lines[4] OWNED) {
  pthread_t threads[4];
  for (int i = 0; i < 4; i++)
    pthread_create(&threads[i], 0, fill_line, lines[i]); // no-warning
  for (int i = 0; i < 4; i++)
    pthread_join(threads[i], 0);
  consume(lines[0]); // no-warning
}

void fresh_allocation_per_iteration(void) {
  pthread_t threads[4];
  for (int i = 0; i < 4; i++) {
    char *line OWNED = malloc(64);
    line[0] = 'a';                                     // no-warning
    pthread_create(&threads[i], 0, fill_line, line); // no-warning
  }
  for (int i = 0; i < 4; i++)
    pthread_join(threads[i], 0);
}

void fresh_allocation_into_outer_pointer(void) {
  thrd_t threads[4];
  char *body OWNED;
  for (int i = 0; i < 4; i++) {
    body = malloc(16);
    body[0] = 'b';                            // no-warning
    thrd_create(&threads[i], serve, body); // no-warning
  }
  for (int i = 0; i < 4; i++)
    thrd_join(threads[i], 0);
}

void retry_when_the_first_spawn_failed(void) {
  pthread_t thread;
  char *line OWNED = malloc(64);
  if (pthread_create(&thread, 0, fill_line, line) != 0 &&
      pthread_create(&thread, 0, fill_line, line) != 0) // no-warning
    return;
  pthread_join(thread, 0);
}

static struct job nightly_job OWNED;

void run_nightly_job(void) {
  pthread_t thread;
  pthread_create(&thread, 0, run_job, &nightly_job);
  pthread_join(thread, 0);
}

void rerun_nightly_job(void) {
  pthread_t thread;
  pthread_create(&thread, 0, run_job, &nightly_job); // no-warning
  pthread_join(thread, 0);
}

void one_element_per_thread_by_offset(void) {
  thrd_t threads[4];
  char *text OWNED = malloc(4);
  for (int i = 0; i < 4; i++)
    thrd_create(&threads[i], serve, text + i); // no-warning
  for (int i = 0; i < 4; i++)
    thrd_join(threads[i], 0);
  free(text); // no-warning
}

void two_constant_elements(void) {
  pthread_t first, second;
  struct job pair[2] OWNED;
  pthread_create(&first, 0, run_job, &pair[0]);
  pthread_create(&second, 0, run_job, &pair[1]); // no-warning
  pthread_join(first, 0);
  pthread_join(second, 0);
}

// A field read out of the moved object and passed by value is a use of
// the object, not a hand-over of it.
struct message {
  char text[64];
  unsigned long length;
};

void *measure_message(void *arg) {
  struct message *m = arg;
  m->length = 2;
  return 0;
}

void print_length_too_early(void) {
  struct message *m OWNED = malloc(sizeof *m); // expected-note {{'m' declared OWNED here}}
  pthread_t t;
  pthread_create(&t, 0, measure_message, m); // expected-note {{'m' moved into thread 'measure_message' here}}
  printf("%lu\n", m->length); // expected-warning {{'m' is used by 'print_length_too_early' after it was moved into thread 'measure_message'; join the thread first}}
  pthread_join(t, 0);
  free(m);
}
