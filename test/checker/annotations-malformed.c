// Annotations that cannot mean anything are errors at the annotation,
// never silently ignored.
// RUN: %analyze -verify %s

#include <ownership.h>
#include <pthread.h>

pthread_mutex_t real_lock = PTHREAD_MUTEX_INITIALIZER;
int not_a_lock;

int guard_names_nothing SHARED_MUT(missing_lock); // expected-warning {{'guard_names_nothing' is SHARED_MUT(missing_lock) but 'missing_lock' names no variable or field in scope}}
int guard_is_not_a_lock SHARED_MUT(not_a_lock); // expected-warning {{'guard_is_not_a_lock' is SHARED_MUT(not_a_lock) but 'not_a_lock' is not a mutex, rwlock, spinlock or 'mtx_t'}}
int guard_is_fine SHARED_MUT(real_lock); // no-warning

struct record {
  pthread_mutex_t lock;
  int count SHARED_MUT(lock); // no-warning
  int total SHARED_MUT(lokc); // expected-warning {{'total' is SHARED_MUT(lokc) but 'lokc' names no variable or field in scope}}
};

void SHARED_MUT(real_lock) function_marked_shared_mut(void); // expected-warning {{'function_marked_shared_mut' cannot be SHARED_MUT; it applies to variables and fields only}}
void SHARED function_marked_shared(void); // expected-warning {{'function_marked_shared' cannot be SHARED; it applies to variables and fields only}}
void OWNED function_marked_owned(void); // expected-warning {{'function_marked_owned' cannot be OWNED; it applies to variables, parameters and fields only}}
int NOSEND variable_marked_nosend; // expected-warning {{'variable_marked_nosend' cannot be NOSEND; it applies to struct, union and typedef declarations only}}
int silenced_without_reason OWNCK_UNSYNCHRONIZED(""); // expected-warning {{'silenced_without_reason' is OWNCK_UNSYNCHRONIZED without a reason; say why it needs no lock}}
int spawner_on_variable OWNCK_SPAWNS(1, 2); // expected-warning {{'spawner_on_variable' cannot be OWNCK_SPAWNS; it applies to functions only}}

int spawn_with_bad_numbers(void *(*entry)(void *), void *arg) OWNCK_SPAWNS(1, 3); // expected-warning {{'spawn_with_bad_numbers' has no parameter number '3' for OWNCK_SPAWNS; parameters count from 1}}
void acquire_with_zero(pthread_mutex_t *lock) OWNCK_ACQUIRES(0); // expected-warning {{'acquire_with_zero' has no parameter number '0' for OWNCK_ACQUIRES; parameters count from 1}}
void release_fine(pthread_mutex_t *lock) OWNCK_RELEASES(1); // no-warning

struct NOSEND handle { // no-warning
  int fd;
};

int unknown_annotation __attribute__((annotate("ownck_borrowed"))); // expected-warning {{'ownck_borrowed' on 'unknown_annotation' is not an ownership annotation}}
int foreign_annotation __attribute__((annotate("someone_else"))); // no-warning

pthread_mutex_t both_lock;
int shared_and_guarded SHARED SHARED_MUT(both_lock); // expected-warning {{'shared_and_guarded' is both SHARED and SHARED_MUT; keep the one that states the intent}}
int silenced_and_guarded OWNCK_UNSYNCHRONIZED("fast path") SHARED_MUT(both_lock); // expected-warning {{'silenced_and_guarded' is both OWNCK_UNSYNCHRONIZED and shared with a rule; keep the one that states the intent}}
int spawner_with_int_parameters(int entry, int arg) OWNCK_SPAWNS(1, 2); // expected-warning {{'spawner_with_int_parameters' has no thread entry in parameter 1; OWNCK_SPAWNS needs a function pointer there}} expected-warning {{'spawner_with_int_parameters' has no thread argument in parameter 2; OWNCK_SPAWNS needs a pointer there}}
int spawner_naming_one_parameter_twice(void *(*entry)(void *), void *arg) OWNCK_SPAWNS(1, 1); // expected-warning {{'spawner_naming_one_parameter_twice' names parameter 1 as both entry and argument in OWNCK_SPAWNS}}
int spawner_with_one_number(void *(*entry)(void *), void *arg) OWNCK_SPAWNS(1, ); // expected-warning {{'spawner_with_one_number' has no parameter number '' for OWNCK_SPAWNS; parameters count from 1}}
void lock_by_value(int lock) OWNCK_ACQUIRES(1); // expected-warning {{'lock_by_value' takes no lock pointer in parameter 1 for OWNCK_ACQUIRES}}
int spawner_with_three_numbers(void *(*entry)(void *), void *arg, int flags) __attribute__((annotate("ownck_spawns:1,2,3"))); // expected-warning {{'spawner_with_three_numbers' needs two parameter numbers for OWNCK_SPAWNS}}
struct queue_with_lock {
  pthread_mutex_t lock;
};
void lock_whole_queue(struct queue_with_lock *queue) OWNCK_ACQUIRES(1); // expected-warning {{'lock_whole_queue' takes no lock pointer in parameter 1 for OWNCK_ACQUIRES}}

// One object, one guard; and an object is either owned or shared.
pthread_mutex_t first_lock, second_lock;
int two_guards SHARED_MUT(first_lock) SHARED_MUT(second_lock); // expected-warning {{'two_guards' is SHARED_MUT(first_lock) and SHARED_MUT(second_lock); one guard must cover every access}}
int same_guard_twice SHARED_MUT(first_lock) SHARED_MUT(first_lock); // no-warning
int *owned_and_guarded OWNED SHARED_MUT(first_lock); // expected-warning {{'owned_and_guarded' is both OWNED and SHARED_MUT; keep the one that states the intent}}
int *owned_and_shared OWNED SHARED; // expected-warning {{'owned_and_shared' is both OWNED and SHARED; keep the one that states the intent}}

// NOSEND marks the types whose values carry thread-bound state; an enum
// is plain data.
enum NOSEND colour { RED, GREEN }; // expected-warning {{'colour' cannot be NOSEND; it applies to struct, union and typedef declarations only}}
typedef struct handle NOSEND handle_t; // no-warning

// A parameter only points at the shared data.
void count_into(int *total SHARED_MUT(first_lock)); // expected-warning {{'total' cannot be SHARED_MUT; a parameter holds no shared data: annotate the variable or field it points to}}

// The guard is a name, expanded first when it is a macro.
#define STATS_LOCK first_lock
int hits_through_macro SHARED_MUT(STATS_LOCK); // no-warning
struct with_lock {
  pthread_mutex_t lock;
} server;
int guard_as_path SHARED_MUT(server.lock); // expected-warning {{'guard_as_path' is SHARED_MUT(server.lock) but 'server.lock' is not a name; name a lock variable, or a lock field of the same struct}}
int guard_as_pointer SHARED_MUT(&first_lock); // expected-warning {{'guard_as_pointer' is SHARED_MUT(&first_lock) but '&first_lock' is not a name; name a lock variable, or a lock field of the same struct}}

// A malformed annotation is ignored after its report: the wrapper above
// that names a whole struct takes no lock for its callers.
struct queue_with_lock counted_queue = {PTHREAD_MUTEX_INITIALIZER};
int queued SHARED_MUT(counted_lock); // expected-note {{'queued' declared here}}
pthread_mutex_t counted_lock = PTHREAD_MUTEX_INITIALIZER; // expected-note {{guard 'counted_lock' declared here}}

void *enqueue_through_bad_wrapper(void *arg) {
  lock_whole_queue(&counted_queue);
  queued++; // expected-warning {{'queued' is written by thread 'enqueue_through_bad_wrapper' without holding its guard 'counted_lock'}}
  return arg;
}

void run_bad_wrapper(void) {
  pthread_t t;
  pthread_create(&t, 0, enqueue_through_bad_wrapper, 0); // expected-note {{thread 'enqueue_through_bad_wrapper' spawned here}}
  pthread_join(t, 0);
}
