// SHARED_MUT objects touched without their guard: another lock held
// instead (parity row P8), or the guard released on some path (P9). Rust
// makes both impossible by putting the data inside its Mutex.
// RUN: %analyze -verify %s

#include <ownership.h>
#include <pthread.h>
#include <threads.h>

pthread_mutex_t balance_lock = PTHREAD_MUTEX_INITIALIZER; // #balance_guard
pthread_mutex_t audit_lock = PTHREAD_MUTEX_INITIALIZER;
long balance SHARED_MUT(balance_lock); // #balance_decl

void *deposit_under_wrong_lock(void *arg) {
  pthread_mutex_lock(&audit_lock);
  balance += 10; // expected-warning {{'balance' is written by thread 'deposit_under_wrong_lock' while holding 'audit_lock' instead of its guard 'balance_lock'}}
  pthread_mutex_unlock(&audit_lock);
  return 0;
}

void *deposit_without_lock(void *arg) {
  balance += 20; // expected-warning {{'balance' is written by thread 'deposit_without_lock' without holding its guard 'balance_lock'}}
  return 0;
}

void *deposit_after_early_unlock(void *arg) {
  pthread_mutex_lock(&balance_lock);
  balance += 30; // no-warning
  pthread_mutex_unlock(&balance_lock); // expected-note {{guard 'balance_lock' released here}}
  balance += 31; // expected-warning {{'balance' is written by thread 'deposit_after_early_unlock' without holding its guard 'balance_lock'}}
  return 0;
}

// The two unlocks test one condition, but the lock sets are not path
// sensitive: P11 also sees the lock kept when the paths cross, as rustc
// refuses a guard dropped in one branch and used in the other (E0382).
void *read_after_unlock_in_branch(void *arg) {
  long seen;
  pthread_mutex_lock(&balance_lock); // expected-note {{'balance_lock' acquired here}}
  if (arg)
    pthread_mutex_unlock(&balance_lock); // expected-note {{'balance_lock' released here on another path}} expected-note {{guard 'balance_lock' released here}}
  seen = balance; // expected-warning {{'balance' is read by thread 'read_after_unlock_in_branch' without holding its guard 'balance_lock' on every path}}
  if (!arg)
    pthread_mutex_unlock(&balance_lock);
  return (void *)seen; // expected-warning {{'balance_lock' is still held on some paths when 'read_after_unlock_in_branch' returns; release it on every path}}
}

static void release_balance(void) { pthread_mutex_unlock(&balance_lock); }

void *read_after_unlock_in_callee(void *arg) {
  long seen;
  pthread_mutex_lock(&balance_lock);
  release_balance(); // expected-note {{guard 'balance_lock' released here}}
  seen = balance; // expected-warning {{'balance' is read by thread 'read_after_unlock_in_callee' without holding its guard 'balance_lock'}}
  return (void *)seen;
}

void *read_after_failed_trylock(void *arg) {
  if (pthread_mutex_trylock(&balance_lock) != 0)
    return (void *)balance; // expected-warning {{'balance' is read by thread 'read_after_failed_trylock' without holding its guard 'balance_lock'}}
  pthread_mutex_unlock(&balance_lock);
  return 0;
}
// expected-note@#balance_decl 6 {{'balance' declared here}}
// expected-note@#balance_guard 6 {{guard 'balance_lock' declared here}}

// A guard that is a sibling field, reached through the thread argument.
struct account {
  pthread_mutex_t lock; // #account_lock
  long cents SHARED_MUT(lock); // #account_cents
};

struct account savings;
// expected-note@#account_cents 2 {{'cents' declared here}}
// expected-note@#account_lock 2 {{guard 'lock' declared here}}
struct account checking;

void *move_money_holding_the_other_account(void *arg) {
  struct account *from = arg;
  pthread_mutex_lock(&checking.lock);
  from->cents -= 5; // expected-warning {{'from->cents' is written by thread 'move_money_holding_the_other_account' while holding 'checking.lock' instead of its guard 'from->lock'}}
  pthread_mutex_unlock(&checking.lock);
  pthread_mutex_lock(&from->lock);
  from->cents -= 5; // no-warning
  pthread_mutex_unlock(&from->lock);
  return 0;
}

void *audit_savings(void *arg) {
  return (void *)savings.cents; // expected-warning {{'savings.cents' is read by thread 'audit_savings' without holding its guard 'savings.lock'}}
}

// C11 threads, and Clang's own guarded_by attribute.
mtx_t queue_lock; // #queue_guard
int queue_length SHARED_MUT(queue_lock); // #queue_decl
int legacy_length __attribute__((guarded_by(queue_lock))); // #legacy_decl

int consume(void *arg) {
  queue_length--; // expected-warning {{'queue_length' is written by thread 'consume' without holding its guard 'queue_lock'}}
  legacy_length--; // expected-warning {{'legacy_length' is written by thread 'consume' without holding its guard 'queue_lock'}}
  mtx_lock(&queue_lock);
  queue_length--; // no-warning
  legacy_length--; // no-warning
  mtx_unlock(&queue_lock);
  return 0;
}
// expected-note@#queue_decl {{'queue_length' declared here}}
// expected-note@#legacy_decl {{'legacy_length' declared here}}
// expected-note@#queue_guard 2 {{guard 'queue_lock' declared here}}

int main(void) {
  pthread_t threads[7];
  thrd_t consumer;
  pthread_create(&threads[0], 0, deposit_under_wrong_lock, 0); // expected-note {{thread 'deposit_under_wrong_lock' spawned here}}
  pthread_create(&threads[1], 0, deposit_without_lock, 0); // expected-note {{thread 'deposit_without_lock' spawned here}}
  pthread_create(&threads[2], 0, deposit_after_early_unlock, 0); // expected-note {{thread 'deposit_after_early_unlock' spawned here}}
  pthread_create(&threads[3], 0, read_after_unlock_in_branch, 0); // expected-note {{thread 'read_after_unlock_in_branch' spawned here}}
  pthread_create(&threads[4], 0, read_after_unlock_in_callee, 0); // expected-note {{thread 'read_after_unlock_in_callee' spawned here}}
  pthread_create(&threads[5], 0, read_after_failed_trylock, 0); // expected-note {{thread 'read_after_failed_trylock' spawned here}}
  pthread_create(&threads[6], 0, move_money_holding_the_other_account, &savings); // expected-note {{thread 'move_money_holding_the_other_account' spawned here}}
  pthread_create(&threads[6], 0, audit_savings, 0); // expected-note {{thread 'audit_savings' spawned here}}
  thrd_create(&consumer, consume, 0); // expected-note 2 {{thread 'consume' spawned here}}
  for (int i = 0; i < 7; i++)
    pthread_join(threads[i], 0);
  thrd_join(consumer, 0);
  return 0;
}

// A member of an anonymous struct names a lock of the enclosing struct.
struct counters {
  pthread_mutex_t lock; // expected-note {{guard 'lock' declared here}}
  struct {
    int hits SHARED_MUT(lock); // expected-note {{'hits' declared here}}
  };
};
struct counters page_counters;

void *count_page(void *arg) {
  pthread_mutex_lock(&page_counters.lock);
  page_counters.hits++; // no-warning
  pthread_mutex_unlock(&page_counters.lock); // expected-note {{guard 'page_counters.lock' released here}}
  page_counters.hits++; // expected-warning {{'page_counters.hits' is written by thread 'count_page' without holding its guard 'page_counters.lock'}}
  return 0;
}

void count_pages(void) {
  pthread_t counter;
  pthread_create(&counter, 0, count_page, 0); // expected-note {{thread 'count_page' spawned here}}
  pthread_join(counter, 0);
}

// --- Rejected: another lock held (P8), the guard dropped (P9) ----------

mtx_t index_lock; // #index_guard
mtx_t cache_lock;
long index_entries SHARED_MUT(index_lock); // #index_decl
long index_slots[8] SHARED_MUT(index_lock); // #slots_decl

static void lock_cache(void) __attribute__((acquire_capability(cache_lock)));
static void lock_cache(void) { mtx_lock(&cache_lock); }

int index_under_cache_lock(void *arg) {
  mtx_lock(&cache_lock);
  index_entries++; // expected-warning {{'index_entries' is written by thread 'index_under_cache_lock' while holding 'cache_lock' instead of its guard 'index_lock'}}
  mtx_unlock(&cache_lock);
  return 0;
}

int slot_under_lock_taken_in_helper(void *arg) {
  lock_cache();
  index_slots[3] = 1; // expected-warning {{'index_slots' is written by thread 'slot_under_lock_taken_in_helper' while holding 'cache_lock' instead of its guard 'index_lock'}}
  mtx_unlock(&cache_lock);
  return 0;
}

int count_calls_under_wrong_lock(void *arg) {
  static long calls SHARED_MUT(index_lock); // expected-note {{'calls' declared here}}
  mtx_lock(&cache_lock);
  calls++; // expected-warning {{'calls' is written by thread 'count_calls_under_wrong_lock' while holding 'cache_lock' instead of its guard 'index_lock'}}
  mtx_unlock(&cache_lock);
  return 0;
}

// Paths crossed as in read_after_unlock_in_branch: P9 and P11 both refuse.
int read_after_c11_unlock_on_error(void *arg) {
  long seen;
  mtx_lock(&index_lock); // expected-note {{'index_lock' acquired here}}
  if (arg == 0)
    mtx_unlock(&index_lock); // expected-note {{'index_lock' released here on another path}} expected-note {{guard 'index_lock' released here}}
  seen = index_entries; // expected-warning {{'index_entries' is read by thread 'read_after_c11_unlock_on_error' without holding its guard 'index_lock' on every path}}
  if (arg != 0)
    mtx_unlock(&index_lock);
  return (int)seen; // expected-warning {{'index_lock' is still held on some paths when 'read_after_c11_unlock_on_error' returns; release it on every path}}
}
// expected-note@#index_decl 2 {{'index_entries' declared here}}
// expected-note@#slots_decl {{'index_slots' declared here}}
// expected-note@#index_guard 4 {{guard 'index_lock' declared here}}

void run_index_threads(void) {
  thrd_t threads[4];
  thrd_create(&threads[0], index_under_cache_lock, 0); // expected-note {{thread 'index_under_cache_lock' spawned here}}
  thrd_create(&threads[1], slot_under_lock_taken_in_helper, 0); // expected-note {{thread 'slot_under_lock_taken_in_helper' spawned here}}
  thrd_create(&threads[2], count_calls_under_wrong_lock, 0); // expected-note {{thread 'count_calls_under_wrong_lock' spawned here}}
  thrd_create(&threads[3], read_after_c11_unlock_on_error, 0); // expected-note {{thread 'read_after_c11_unlock_on_error' spawned here}}
  for (int i = 0; i < 4; i++)
    thrd_join(threads[i], 0);
}

// --- Accepted -----------------------------------------------------------

static void lock_index(void) __attribute__((acquire_capability(index_lock)));
static void lock_index(void) { mtx_lock(&index_lock); }

static long read_entries_locked(void) {
  return index_entries; // no-warning: every caller holds index_lock
}

int index_under_its_guard(void *arg) {
  mtx_lock(&index_lock);
  index_entries++; // no-warning
  index_slots[1] = index_entries; // no-warning
  mtx_unlock(&index_lock);
  lock_index();
  index_slots[2]++; // no-warning: the helper takes the guard
  long seen = read_entries_locked();
  mtx_unlock(&index_lock);
  return (int)seen;
}

int return_early_after_unlock(void *arg) {
  mtx_lock(&index_lock);
  if (index_entries < 0) { // no-warning
    mtx_unlock(&index_lock);
    return -1;
  }
  index_entries--; // no-warning: the error path returned
  mtx_unlock(&index_lock);
  return 0;
}

void *unlock_on_both_branches(void *arg) {
  pthread_mutex_lock(&balance_lock);
  if (arg) {
    balance += 1; // no-warning
    pthread_mutex_unlock(&balance_lock);
  } else {
    balance -= 1; // no-warning
    pthread_mutex_unlock(&balance_lock);
  }
  return 0;
}

void run_accepted_index_threads(void) {
  thrd_t threads[2];
  pthread_t poster;
  mtx_init(&index_lock, mtx_plain);
  thrd_create(&threads[0], index_under_its_guard, 0);
  thrd_create(&threads[1], return_early_after_unlock, 0);
  pthread_create(&poster, 0, unlock_on_both_branches, 0);
  thrd_join(threads[0], 0);
  thrd_join(threads[1], 0);
  pthread_join(poster, 0);
}

// A guard named through a macro is the lock that the macro names.
#define QUEUE_GUARD macro_lock
pthread_mutex_t macro_lock = PTHREAD_MUTEX_INITIALIZER; // #macro_guard
int macro_guarded SHARED_MUT(QUEUE_GUARD); // #macro_guarded

void *use_macro_guard(void *arg) {
  pthread_mutex_lock(&macro_lock);
  macro_guarded++; // no-warning
  pthread_mutex_unlock(&macro_lock); // expected-note {{guard 'macro_lock' released here}}
  macro_guarded++; // expected-warning {{'macro_guarded' is written by thread 'use_macro_guard' without holding its guard 'macro_lock'}}
  return arg;
}

void run_macro_guard(void) {
  pthread_t t;
  pthread_create(&t, 0, use_macro_guard, 0); // expected-note {{thread 'use_macro_guard' spawned here}}
  pthread_join(t, 0);
}
// expected-note@#macro_guarded {{'macro_guarded' declared here}}
// expected-note@#macro_guard {{guard 'macro_lock' declared here}}
