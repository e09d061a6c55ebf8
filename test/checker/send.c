// Values of a NOSEND type handed to another thread (parity row P6: rustc
// refuses to move an `Rc` into `thread::spawn`, E0277 "cannot be sent
// between threads safely"), directly, through a pointer or through the
// fields of the argument; and NOSEND globals touched in thread context (a
// `static` whose type is not `Sync`, E0277 "cannot be shared between
// threads safely"). Accepted: NOSEND values made and used inside the
// thread, arguments with no NOSEND part, NOSEND values the main thread
// keeps, `_Thread_local` ones.
// RUN: %analyze -verify %s

#include <ownership.h>
#include <pthread.h>
#include <stdlib.h>
#include <threads.h>

// A connection whose buffers are reference counted without atomics.
struct NOSEND conn { // #conn_nosend
  int refs;
  char *buffer;
};

// A cursor made NOSEND through its typedef, used through a second one.
struct cursor {
  int row;
};
typedef struct cursor cursor_t NOSEND; // #cursor_nosend
typedef cursor_t db_cursor_t;

struct conn *conn_open(void);
db_cursor_t *cursor_open(void);

// --- Rejected -----------------------------------------------------------

void *serve(void *arg) { // #serve_entry
  struct conn *c = arg;
  return c->buffer;
}

void send_connection_by_address(void) {
  pthread_t thread;
  struct conn local = {1, 0};
  pthread_create(&thread, 0, serve, &local); // expected-warning {{'&local' cannot be sent to thread 'serve'; 'struct conn' is NOSEND}}
  pthread_join(thread, 0);
}

void send_connection_pointer(void) {
  pthread_t thread;
  struct conn *opened = conn_open();
  pthread_create(&thread, 0, serve, opened); // expected-warning {{'opened' cannot be sent to thread 'serve'; 'struct conn' is NOSEND}}
  pthread_join(thread, 0);
}
// expected-note@#conn_nosend 2 {{'struct conn' is declared NOSEND here}}
// expected-note@#serve_entry 2 {{thread 'serve' starts here}}

int walk_rows(void *arg) { // #walk_rows_entry
  db_cursor_t *rows = arg;
  return rows->row;
}

int send_cursor_through_typedef_chain(void) {
  thrd_t thread;
  int result;
  db_cursor_t *rows = cursor_open();
  thrd_create(&thread, walk_rows, (void *)rows); // expected-warning {{'rows' cannot be sent to thread 'walk_rows'; 'cursor_t' is NOSEND}}
  thrd_join(thread, &result);
  return result;
}
// expected-note@#cursor_nosend {{'cursor_t' is declared NOSEND here}}
// expected-note@#walk_rows_entry {{thread 'walk_rows' starts here}}

// The argument is plain; one of its fields points to a connection.
struct job {
  int id;
  struct conn *session; // #job_session
};

void *run_job(void *arg) { // #run_job_entry
  struct job *work = arg;
  return work->session;
}

void send_job_holding_a_connection(struct job *work) {
  pthread_t thread;
  pthread_create(&thread, 0, run_job, work); // expected-warning {{'work' cannot be sent to thread 'run_job'; its field 'session' reaches NOSEND 'struct conn'}}
  pthread_join(thread, 0);
}
// expected-note@#job_session {{reached through field 'session'}}
// expected-note@#conn_nosend {{'struct conn' is declared NOSEND here}}
// expected-note@#run_job_entry {{thread 'run_job' starts here}}

// Two fields deep, through an array of cursors inside a union.
union view {
  long offset;
  cursor_t cursors[2]; // #view_cursors
};
struct report {
  int pages;
  union view layout; // #report_layout
};

int print_report(void *arg) { // #print_report_entry
  struct report *out = arg;
  return out->pages;
}

int send_report_with_cursors_inside(void) {
  thrd_t thread;
  struct report monthly = {0};
  int result;
  thrd_create(&thread, print_report, &monthly); // expected-warning {{'&monthly' cannot be sent to thread 'print_report'; its field 'layout.cursors' reaches NOSEND 'cursor_t'}}
  thrd_join(thread, &result);
  return result;
}
// expected-note@#report_layout {{reached through field 'layout'}}
// expected-note@#view_cursors {{reached through field 'cursors'}}
// expected-note@#cursor_nosend {{'cursor_t' is declared NOSEND here}}
// expected-note@#print_report_entry {{thread 'print_report' starts here}}

// A user spawner: its second parameter is the entry, the third the
// argument.
OWNCK_SPAWNS(2, 3)
int pool_submit(int priority, void *(*task)(void *), void *context);

void *flush(void *arg) { // #flush_entry
  return arg;
}

void submit_connection_to_pool(struct conn *c) {
  pool_submit(1, flush, c); // expected-warning {{'c' cannot be sent to thread 'flush'; 'struct conn' is NOSEND}}
}
// expected-note@#conn_nosend {{'struct conn' is declared NOSEND here}}
// expected-note@#flush_entry {{thread 'flush' starts here}}

// A global connection read by a helper of the thread, one call deep.
struct conn *current_conn; // #current_conn_decl

static int current_refs(void) {
  return current_conn->refs; // expected-warning {{'current_conn' cannot be shared with thread 'log_refs'; 'struct conn' is NOSEND}}
}

void *log_refs(void *arg) {
  return (void *)(long)current_refs(); // expected-note {{thread 'log_refs' calls 'current_refs' here}}
}

void start_log_refs(void) {
  pthread_t thread;
  current_conn = conn_open();
  pthread_create(&thread, 0, log_refs, 0); // expected-note {{thread 'log_refs' spawned here}}
  pthread_join(thread, 0);
}
// expected-note@#current_conn_decl {{'current_conn' declared here}}
// expected-note@#conn_nosend {{'struct conn' is declared NOSEND here}}

// A function static holding a cursor, two calls deep in a C11 thread,
// reached through a field of the static's struct.
struct cache {
  int hits;
  db_cursor_t *last; // #cache_last
};

static int cache_hits(void) {
  static struct cache memo; // #memo_decl
  return memo.hits; // expected-warning {{'memo' cannot be shared with thread 'count_hits'; its field 'last' reaches NOSEND 'cursor_t'}}
}

static int lookup(void) {
  return cache_hits(); // expected-note {{thread 'count_hits' calls 'cache_hits' here}}
}

int count_hits(void *arg) {
  return lookup(); // expected-note {{thread 'count_hits' calls 'lookup' here}}
}

int start_count_hits(void) {
  thrd_t thread;
  int result;
  thrd_create(&thread, count_hits, 0); // expected-note {{thread 'count_hits' spawned here}}
  thrd_join(thread, &result);
  return result;
}
// expected-note@#memo_decl {{'memo' declared here}}
// expected-note@#cache_last {{reached through field 'last'}}
// expected-note@#cursor_nosend {{'cursor_t' is declared NOSEND here}}

// A `void *` hides the type; the entry shows it.
void *close_later(void *arg) { // #close_later_entry
  struct conn *closing = arg; // expected-note {{thread 'close_later' takes its argument as 'struct conn *' here}}
  return closing->buffer;
}

void send_connection_as_void_pointer(void) {
  pthread_t thread;
  void *opaque = conn_open();
  pthread_create(&thread, 0, close_later, opaque); // expected-warning {{'opaque' cannot be sent to thread 'close_later'; 'struct conn' is NOSEND}}
  pthread_join(thread, 0);
}
// expected-note@#conn_nosend {{'struct conn' is declared NOSEND here}}
// expected-note@#close_later_entry {{thread 'close_later' starts here}}

// An argument too long to quote is described instead.
struct conn *conn_open_with_options(int retries, int timeout, int flags);

void *serve_twice(void *arg) { // #serve_twice_entry
  return arg;
}

void send_connection_opened_in_the_call(int retries, int timeout, int flags) {
  pthread_t thread;
  pthread_create(&thread, 0, serve_twice, conn_open_with_options(retries, timeout, flags)); // expected-warning {{the thread argument cannot be sent to thread 'serve_twice'; 'struct conn' is NOSEND}}
  pthread_join(thread, 0);
}
// expected-note@#conn_nosend {{'struct conn' is declared NOSEND here}}
// expected-note@#serve_twice_entry {{thread 'serve_twice' starts here}}

// TODO: a NOSEND value stored in a `void *` field is not seen.
struct task {
  void *context;
};

void *run_task(void *arg) {
  struct task *todo = arg;
  return todo->context;
}

void send_task_with_opaque_connection(void) {
  pthread_t thread;
  struct task todo = {conn_open()};
  pthread_create(&thread, 0, run_task, &todo); // TODO: should be refused; no-warning
  pthread_join(thread, 0);
}

// --- Accepted -----------------------------------------------------------

// The connection is opened and closed by the thread itself.
void *serve_own_connection(void *arg) {
  struct conn *mine = conn_open(); // no-warning
  struct conn copy = *mine;        // no-warning
  return copy.buffer;
}

void spawn_thread_that_opens_its_own(void) {
  pthread_t thread;
  pthread_create(&thread, 0, serve_own_connection, 0); // no-warning
  pthread_join(thread, 0);
}

// Made in a helper two calls deep inside a C11 thread.
static db_cursor_t *open_rows(void) { return cursor_open(); }
static int count_rows(void) { return open_rows()->row; } // no-warning

int rows_thread(void *arg) { return count_rows(); }

int spawn_rows_thread(void) {
  thrd_t thread;
  int result;
  thrd_create(&thread, rows_thread, 0); // no-warning
  thrd_join(thread, &result);
  return result;
}

// Only plain data crosses; a recursive struct is walked without end.
struct node {
  int value;
  struct node *next;
  struct node *children[2];
};

void *sum_list(void *arg) {
  struct node *head = arg;
  return head->next;
}

void send_plain_list(struct node *list) {
  pthread_t thread;
  pthread_create(&thread, 0, sum_list, list); // no-warning
  pthread_join(thread, 0);
}

// The main thread keeps its connection; the thread gets a plain copy of
// what it needs.
void *print_count(void *arg) {
  int *count = arg;
  return (void *)(long)*count;
}

int keep_connection_on_main_thread(void) {
  pthread_t thread;
  struct conn *mine = conn_open(); // no-warning
  int refs = mine->refs;
  pthread_create(&thread, 0, print_count, &refs); // no-warning
  pthread_join(thread, 0);
  return mine->refs; // no-warning
}

// A connection per thread, in thread-local storage; a global one that
// only the main thread touches.
_Thread_local struct conn *thread_conn;
struct conn *main_conn;

void *use_thread_local(void *arg) {
  thread_conn = conn_open(); // no-warning
  return thread_conn->buffer; // no-warning
}

void spawn_thread_local_user(void) {
  pthread_t thread;
  main_conn = conn_open(); // no-warning
  pthread_create(&thread, 0, use_thread_local, 0);
  pthread_join(thread, 0);
  main_conn->refs--; // no-warning
}

// The escape hatch, with its reason, on the variable handed over.
void *drain(void *arg) { return arg; }

void hand_over_with_reason(void) {
  pthread_t thread;
  struct conn *moved OWNCK_UNSYNCHRONIZED("main never touches it again") =
      conn_open();
  pthread_create(&thread, 0, drain, moved); // no-warning
  pthread_join(thread, 0);
}

// A null argument carries nothing.
void spawn_with_null(void) {
  pthread_t thread;
  pthread_create(&thread, 0, serve_own_connection, NULL); // no-warning
  pthread_join(thread, 0);
}
