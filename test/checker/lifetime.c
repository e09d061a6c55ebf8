// A local borrowed by a thread that may outlive it (parity row P3; rustc
// refuses the Rust twin with E0373, "closure may outlive the current
// function, but it borrows `x`"). The address of an automatic variable,
// of an element or field of one, or stored in the object handed over,
// must not reach a thread that may still run where the variable's
// lifetime ends: a return, the end of the function, the end of its block.
// Joined on every path before then is accepted, as std::thread::scope.
// Each case has its own thread entry, so only this rule shows.
// RUN: %analyze -verify %s

#include <ownership.h>
#include <pthread.h>
#include <stdlib.h>
#include <threads.h>

// --- Rejected -----------------------------------------------------------

void *count_words(void *arg) {
  int *words = arg;
  *words = 12;
  return 0;
}

void count_in_a_detached_thread(void) {
  pthread_t thread;
  int words = 0; // expected-note {{'words' declared here}}
  pthread_create(&thread, 0, count_words, &words); // expected-warning {{address of local 'words' is handed to thread 'count_words', which may still be running when 'words' goes out of scope}}
  pthread_detach(thread); // expected-note {{thread 'count_words' detached here}}
} // expected-note {{'count_in_a_detached_thread' returns here while thread 'count_words' may still be running}}

int sum_digits(void *arg) {
  int *digits = arg;
  return digits[0] + digits[7];
}

void sum_in_a_detached_c11_thread(void) {
  thrd_t thread;
  int digits[8] = {0}; // expected-note {{'digits' declared here}}
  if (thrd_create(&thread, sum_digits, digits) != thrd_success) // expected-warning {{address of local 'digits' is handed to thread 'sum_digits', which may still be running when 'digits' goes out of scope}}
    return;
  thrd_detach(thread); // expected-note {{thread 'sum_digits' detached here}}
} // expected-note {{'sum_in_a_detached_c11_thread' returns here while thread 'sum_digits' may still be running}}

struct totals {
  long bytes;
  long lines;
};

void *count_lines(void *arg) {
  long *lines = arg;
  *lines = 80;
  return 0;
}

void *count_bytes(void *arg) {
  long *bytes = arg;
  *bytes = 4096;
  return 0;
}

// The second spawn fails and the error path forgets the first thread.
int count_with_an_error_path_that_skips_the_join(void) {
  pthread_t lines_thread, bytes_thread;
  struct totals totals = {0, 0}; // expected-note {{'totals' declared here}}
  if (pthread_create(&lines_thread, 0, count_lines, &totals.lines) != 0) // expected-warning {{address of local 'totals' is handed to thread 'count_lines', which may still be running when 'totals' goes out of scope}}
    return -1;
  if (pthread_create(&bytes_thread, 0, count_bytes, &totals.bytes) != 0)
    return -1; // expected-note {{'count_with_an_error_path_that_skips_the_join' returns here while thread 'count_lines' may still be running}}
  pthread_join(lines_thread, 0);
  pthread_join(bytes_thread, 0);
  return (int)(totals.bytes + totals.lines);
}

void *fill_buffer(void *arg) {
  char *buffer = arg;
  buffer[0] = 'x';
  return 0;
}

void fill_joined_on_one_branch_only(int wait) {
  pthread_t thread;
  char buffer[64]; // expected-note {{'buffer' declared here}}
  pthread_create(&thread, 0, fill_buffer, &buffer[0]); // expected-warning {{address of local 'buffer' is handed to thread 'fill_buffer', which may still be running when 'buffer' goes out of scope}}
  if (wait)
    pthread_join(thread, 0);
} // expected-note {{'fill_joined_on_one_branch_only' returns here while thread 'fill_buffer' may still be running}}

void *sort_part(void *arg) { return (void *)(long)*(int *)arg; }

// A spawn that fails in a later round leaves the earlier threads running.
int sort_parts_with_an_error_path_in_the_spawn_loop(void) {
  pthread_t threads[4];
  int parts[4] = {4, 3, 2, 1}; // expected-note {{'parts' declared here}}
  for (int i = 0; i < 4; i++)
    if (pthread_create(&threads[i], 0, sort_part, &parts[i]) != 0) // expected-warning {{address of local 'parts' is handed to thread 'sort_part', which may still be running when 'parts' goes out of scope}}
      return -1; // expected-note {{'sort_parts_with_an_error_path_in_the_spawn_loop' returns here while thread 'sort_part' may still be running}}
  for (int i = 0; i < 4; i++)
    pthread_join(threads[i], 0);
  return parts[0];
}

void *watch_level(void *arg) { return (void *)(long)*(int *)arg; }

// The caller gets the handle and joins it later, after 'level' is gone.
pthread_t start_watching_and_return_the_handle(void) {
  pthread_t thread;
  int level = 3; // expected-note {{'level' declared here}}
  pthread_create(&thread, 0, watch_level, &level); // expected-warning {{address of local 'level' is handed to thread 'watch_level', which may still be running when 'level' goes out of scope}}
  return thread; // expected-note {{'start_watching_and_return_the_handle' returns here while thread 'watch_level' may still be running}}
}

void *watch_limit(void *arg) { return (void *)(long)*(int *)arg; }

pthread_t limit_watcher;

void start_watching_with_a_global_handle(void) {
  int limit = 10; // expected-note {{'limit' declared here}}
  pthread_create(&limit_watcher, 0, watch_limit, &limit); // expected-warning {{address of local 'limit' is handed to thread 'watch_limit', which may still be running when 'limit' goes out of scope}}
} // expected-note {{'start_watching_with_a_global_handle' returns here while thread 'watch_limit' may still be running}}

void stop_watching_the_limit(void) { pthread_join(limit_watcher, 0); }

int watch_depth(void *arg) { return *(int *)arg; }

void start_watching_into_an_out_parameter(thrd_t *thread, int depth) { // expected-note {{'depth' declared here}}
  thrd_create(thread, watch_depth, &depth); // expected-warning {{address of local 'depth' is handed to thread 'watch_depth', which may still be running when 'depth' goes out of scope}}
} // expected-note {{'start_watching_into_an_out_parameter' returns here while thread 'watch_depth' may still be running}}

void *scan_block(void *arg) { return (void *)(long)*(int *)arg; }

// The thread is joined after the block that owns 'first_block' has ended.
void scan_in_an_inner_block_joined_after_it(void) {
  pthread_t thread;
  {
    int first_block = 7; // expected-note {{'first_block' declared here}}
    pthread_create(&thread, 0, scan_block, &first_block); // expected-warning {{address of local 'first_block' is handed to thread 'scan_block', which may still be running when 'first_block' goes out of scope}}
  } // expected-note {{'first_block' goes out of scope here while thread 'scan_block' may still be running}}
  pthread_join(thread, 0);
}

void *scan_row(void *arg) { return (void *)(long)*(int *)arg; }

// Each round's 'row' dies at the end of its round, before the join loop.
void scan_rows_with_a_local_per_round(void) {
  pthread_t threads[4];
  for (int i = 0; i < 4; i++) {
    int row = i * 10; // expected-note {{'row' declared here}}
    pthread_create(&threads[i], 0, scan_row, &row); // expected-warning {{address of local 'row' is handed to thread 'scan_row', which may still be running when 'row' goes out of scope}}
  } // expected-note {{'row' goes out of scope here while thread 'scan_row' may still be running}}
  for (int i = 0; i < 4; i++)
    pthread_join(threads[i], 0);
}

struct request {
  int *status;
};

void *serve_request(void *arg) {
  struct request *request = arg;
  *request->status = 200;
  free(request);
  return 0;
}

// The heap request is the thread's to free; the local it points to is not.
void serve_with_a_local_inside_a_heap_request(void) {
  pthread_t thread;
  int status = 0; // expected-note {{'status' declared here}}
  struct request *request = malloc(sizeof *request);
  if (!request)
    return;
  request->status = &status; // expected-note {{address of 'status' stored in 'request->status' here}}
  if (pthread_create(&thread, 0, serve_request, request) == 0) // expected-warning {{address of local 'status' is handed to thread 'serve_request', which may still be running when 'status' goes out of scope}}
    pthread_detach(thread); // expected-note {{thread 'serve_request' detached here}}
} // expected-note {{'serve_with_a_local_inside_a_heap_request' returns here while thread 'serve_request' may still be running}}

void *report_progress(void *arg) {
  pthread_detach(pthread_self()); // expected-note {{thread 'report_progress' detached here}}
  return (void *)(long)*(int *)arg;
}

void report_from_a_thread_that_detaches_itself(void) {
  pthread_t thread;
  int progress = 50; // expected-note {{'progress' declared here}}
  int *shown = &progress; // expected-note {{address of 'progress' stored in 'shown' here}}
  pthread_create(&thread, 0, report_progress, shown); // expected-warning {{address of local 'progress' is handed to thread 'report_progress', which may still be running when 'progress' goes out of scope}}
} // expected-note {{'report_from_a_thread_that_detaches_itself' returns here while thread 'report_progress' may still be running}}

void *serve_forever(void *arg) { return (void *)(long)*(int *)arg; }

// main's locals end with its thread, however long the process lives.
int main(void) {
  pthread_t thread;
  int port = 8080; // expected-note {{'port' declared here}}
  pthread_create(&thread, 0, serve_forever, &port); // expected-warning {{address of local 'port' is handed to thread 'serve_forever', which may still be running when 'port' goes out of scope}}
  pthread_exit(0); // expected-note {{'main' ends its own thread here while thread 'serve_forever' may still be running}}
}

// A thread pool's submit function, annotated as a spawner: its tasks are
// never joined one by one, so they may outlive the submitter.
int pool_submit(void *pool, void *(*task)(void *), void *arg)
    OWNCK_SPAWNS(2, 3);

void *resize_image(void *arg) { return (void *)(long)*(int *)arg; }

void submit_a_local_to_a_pool(void *pool) {
  int width = 640; // expected-note {{'width' declared here}}
  pool_submit(pool, resize_image, &width); // expected-warning {{address of local 'width' is handed to thread 'resize_image', which may still be running when 'width' goes out of scope}}
} // expected-note {{'submit_a_local_to_a_pool' returns here while thread 'resize_image' may still be running}}

// --- Accepted -----------------------------------------------------------

void *add_up(void *arg) {
  int *sum = arg;
  *sum += 5;
  return 0;
}

// Joined on every path before the scope ends: the thread::scope shape.
int add_up_joined_on_every_path(int quick) {
  pthread_t thread;
  int sum = 0;
  if (pthread_create(&thread, 0, add_up, &sum) != 0) // no-warning
    return -1;
  if (quick) {
    pthread_join(thread, 0);
    return sum;
  }
  pthread_join(thread, 0);
  return sum * 2;
}

void *fill_slot(void *arg) {
  long *slot = arg;
  *slot = 1;
  return 0;
}

static void join_all(pthread_t *threads, int count) {
  for (int i = 0; i < count; i++)
    pthread_join(threads[i], 0);
}

long fill_slots_joined_by_a_helper_loop(void) {
  pthread_t threads[4];
  long slots[4];
  for (int i = 0; i < 4; i++)
    pthread_create(&threads[i], 0, fill_slot, &slots[i]); // no-warning
  join_all(threads, 4);
  return slots[0] + slots[3];
}

void *fill_cell(void *arg) {
  long *cell = arg;
  *cell = 2;
  return 0;
}

long fill_cells_joined_by_a_join_loop(void) {
  pthread_t threads[4];
  long cells[4];
  for (int i = 0; i < 4; i++)
    if (pthread_create(&threads[i], 0, fill_cell, &cells[i]) != 0) // no-warning
      exit(1); // ends the process: no frame is left early
  for (int i = 0; i < 4; i++)
    pthread_join(threads[i], 0);
  return cells[0];
}

void *merge_part(void *arg) { return (void *)(long)*(int *)arg; }

// The error path joins the threads started in earlier rounds.
int merge_parts_joining_the_started_ones_on_error(void) {
  pthread_t threads[4];
  int parts[4] = {1, 2, 3, 4};
  for (int i = 0; i < 4; i++)
    if (pthread_create(&threads[i], 0, merge_part, &parts[i]) != 0) { // no-warning
      for (int j = 0; j < i; j++)
        pthread_join(threads[j], 0);
      return -1;
    }
  for (int i = 0; i < 4; i++)
    pthread_join(threads[i], 0);
  return parts[0];
}

int copy_name(void *arg) { return *(char *)arg; }

static void wait_for(thrd_t thread) { thrd_join(thread, 0); }

// A spawn that fails starts no thread; the helper joins a handle it is
// given by value.
int copy_name_with_a_checked_c11_spawn(void) {
  thrd_t thread;
  char name[16] = "worker";
  int rc = thrd_create(&thread, copy_name, name); // no-warning
  if (rc != thrd_success)
    return -1;
  wait_for(thread);
  return name[0];
}

struct worker {
  pthread_t thread;
  int result;
};

void *compute(void *arg) {
  struct worker *self = arg;
  self->result = 42;
  return 0;
}

static void finish(struct worker *worker) { pthread_join(worker->thread, 0); }

int compute_with_a_worker_struct(void) {
  struct worker worker;
  if (pthread_create(&worker.thread, 0, compute, &worker) != 0) // no-warning
    return -1;
  finish(&worker);
  return worker.result;
}

void *scan_chunk(void *arg) { return (void *)(long)*(int *)arg; }

// The thread is joined before the block that owns 'chunk' ends.
void scan_in_an_inner_block_joined_inside_it(void) {
  for (int round = 0; round < 3; round++) {
    pthread_t thread;
    int chunk = round;
    pthread_create(&thread, 0, scan_chunk, &chunk); // no-warning
    pthread_join(thread, 0);
  }
}

void *tick(void *arg) {
  int *ticks = arg;
  ++*ticks;
  return 0;
}

// Static storage outlives the function: not a borrow of a local (a
// static touched by threads is a global, another rule's matter).
void tick_a_static_local_detached(void) {
  static int ticks;
  pthread_t thread;
  pthread_create(&thread, 0, tick, &ticks); // no-warning
  pthread_detach(thread);
}

void *tock(void *arg) {
  int *tocks = arg;
  ++*tocks;
  return 0;
}

// A thread-local of the spawning thread is no local of the function.
void tock_a_thread_local_detached(void) {
  static _Thread_local int tocks;
  pthread_t thread;
  pthread_create(&thread, 0, tock, &tocks); // no-warning
  pthread_detach(thread);
}

void *consume_message(void *arg) {
  free(arg);
  return 0;
}

// A fresh allocation handed over is the thread's to keep.
void hand_over_a_heap_message(void) {
  pthread_t thread;
  char *message = malloc(32);
  if (!message)
    return;
  if (pthread_create(&thread, 0, consume_message, message) == 0) // no-warning
    pthread_detach(thread);
  else
    free(message);
}

// --- Known limitations --------------------------------------------------

void *print_point(void *arg) { return (void *)(long)*(int *)arg; }

struct point {
  int x, y;
};

// TODO: a compound literal is an automatic object too; its address is not
// recognised as a local's.
void print_a_compound_literal_detached(void) {
  pthread_t thread;
  pthread_create(&thread, 0, print_point, &(struct point){1, 2}); // no-warning
  pthread_detach(thread);
}

void *poll_device(void *arg) { return (void *)(long)*(int *)arg; }

// FIXME: the join of a copy of the handle is not seen as a join of the
// thread, so this correct function is reported.
void poll_joined_through_a_copy_of_the_handle(void) {
  pthread_t thread, copy;
  int device = 4; // expected-note {{'device' declared here}}
  pthread_create(&thread, 0, poll_device, &device); // expected-warning {{address of local 'device' is handed to thread 'poll_device', which may still be running when 'device' goes out of scope}}
  copy = thread;
  pthread_join(copy, 0);
} // expected-note {{'poll_joined_through_a_copy_of_the_handle' returns here while thread 'poll_device' may still be running}}

void *read_source(void *arg) { return (void *)(long)*(int *)arg; }

static void start_reader(pthread_t *thread, int *source) {
  pthread_create(thread, 0, read_source, source); // no-warning
}

// TODO: a spawn made inside a helper is not followed back into the
// caller, whose local the helper lends.
void lend_through_a_spawning_helper(void) {
  pthread_t thread;
  int source = 1;
  start_reader(&thread, &source); // no-warning
  pthread_detach(thread);
}

void *decode_frame(void *arg) { return (void *)(long)*(int *)arg; }

// TODO: a thread started through a function pointer has no known entry,
// and its spawn is not followed.
void decode_through_a_function_pointer(void) {
  void *(*entry)(void *) = decode_frame;
  pthread_t thread;
  int frame = 9;
  pthread_create(&thread, 0, entry, &frame); // no-warning
  pthread_detach(thread);
}
